"""Client HTTP minimal de l'API « lieux » du portail (contrat /api/v1/lieux/)."""

import os
import time
from typing import Any

import requests

TIMEOUT_SECONDS = 3.0
_CONTACT_TTL_SECONDS = 3600
_contact_cache: dict[str, Any] = {"value": None, "at": 0.0}


class PortalUnavailable(Exception):
    """Le portail ne répond pas, répond une erreur ou un JSON invalide."""


class PortalBadRequest(PortalUnavailable):
    """Le portail refuse la requête (400), par exemple un type inconnu."""


def portal_url() -> str:
    return os.environ.get("PORTAL_URL", "http://127.0.0.1:8000").rstrip("/")


def directory_url() -> str:
    """Lien général « Trouver un lieu »."""
    return f"{portal_url()}/annuaire/"


def request_headers() -> dict[str, str]:
    """En-têtes de chaque appel ; le jeton partagé exempte le bot de la limite par IP du portail."""
    headers = {"Accept": "application/json"}
    token = os.environ.get("PORTAL_API_TOKEN", "").strip()
    if token:
        headers["X-Portail-Token"] = token
    return headers


def _get(path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    try:
        response = requests.get(
            f"{portal_url()}{path}",
            params=params,
            timeout=TIMEOUT_SECONDS,
            headers=request_headers(),
        )
    except requests.RequestException as exc:
        raise PortalUnavailable(str(exc)) from exc
    if response.status_code == 400:
        raise PortalBadRequest(response.text[:200])
    if response.status_code != 200:
        raise PortalUnavailable(f"HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError as exc:
        raise PortalUnavailable("réponse non JSON") from exc
    if not isinstance(data, dict):
        raise PortalUnavailable("réponse inattendue")
    return data


def _remember_contact(data: dict[str, Any]) -> None:
    contact = data.get("contact_general")
    if isinstance(contact, dict) and contact.get("telephone"):
        _contact_cache["value"] = contact
        _contact_cache["at"] = time.monotonic()


def search_places(type_code: str, query: str, limit: int = 3) -> dict[str, Any]:
    """GET /api/v1/lieux/?type=…&q=…&limit=… (lève PortalUnavailable)."""
    data = _get("/api/v1/lieux/", {"type": type_code, "q": query, "limit": limit})
    results = data.get("results")
    data["results"] = (
        [r for r in results if isinstance(r, dict)] if isinstance(results, list) else []
    )
    _remember_contact(data)
    return data


def general_contact() -> dict[str, Any] | None:
    """Contact général du Département (mis en cache une heure), ou None."""
    cached = _contact_cache["value"]
    if cached and time.monotonic() - _contact_cache["at"] < _CONTACT_TTL_SECONDS:
        return cached
    try:
        _remember_contact(_get("/api/v1/lieux/types/"))
    except PortalUnavailable:
        return cached  # ancienne valeur éventuelle, sinon None
    return _contact_cache["value"]


def clear_cache() -> None:
    _contact_cache["value"] = None
    _contact_cache["at"] = 0.0
