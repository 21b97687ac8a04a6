import pytest
from django.core.cache import cache
from drf_spectacular.validation import validate_schema

from portail.orientation.types import LieuType


@pytest.fixture(autouse=True)
def _no_throttle_history():
    cache.clear()


@pytest.mark.django_db
def test_types(client):
    data = client.get("/api/v1/lieux/types/").json()
    assert data["types"][0] == {"code": "pmi", "label": "Centre de PMI"}
    assert [t["code"] for t in data["types"]] == LieuType.values
    assert {"code": "fjt", "label": "Foyer de jeunes travailleurs"} in data["types"]


def test_search_contract(client, lieux, demo_socle):
    response = client.get("/api/v1/lieux/", {"type": "pmi", "q": "91300", "limit": 3})
    assert response.status_code == 200
    data = response.json()
    assert data["commune"] == {"insee": "91377", "nom": "Massy", "codes_postaux": ["91300"]}
    assert data["niveau"] == "commune"
    assert data["message"] == "2 lieux trouvés à Massy."
    assert data["contact_general"]["telephone"] == "01 00 00 00 00"
    assert data["contact_general"]["label"]
    assert data["candidats"] == []
    first = data["results"][1]
    lieu = lieux["massy"]
    assert first == {
        "id": lieu.pk,
        "nom": "PMI de Massy",
        "type": "pmi",
        "type_label": "Centre de PMI",
        "adresse": "1 rue de l'Essai",
        "code_postal": "91300",
        "commune": "Massy",
        "telephone": "01 99 00 00 01",
        "email": "essai@lieux.example",
        "horaires": "lun. 9h-12h, 13h30-17h; mer. 9h-12h (sur rendez-vous)",
        "url": f"/annuaire/lieu/{lieu.pk}/",
    }


def test_search_fallback_level(client, lieux):
    data = client.get("/api/v1/lieux/", {"type": "pmi", "q": "boussy st antoine"}).json()
    assert data["commune"]["nom"] == "Boussy-Saint-Antoine"
    assert data["niveau"] == "epci"
    assert [r["nom"] for r in data["results"]] == ["PMI de Vigneux"]


def test_unknown_commune_is_200_with_message(client, lieux):
    response = client.get("/api/v1/lieux/", {"type": "pmi", "q": "Lyon 3e"})
    assert response.status_code == 200
    data = response.json()
    assert data["commune"] is None and data["niveau"] is None and data["results"] == []
    assert "« Lyon 3e »" in data["message"]
    assert data["contact_general"]["label"]


def test_ambiguous_commune_lists_candidates(client, lieux):
    data = client.get("/api/v1/lieux/", {"type": "pmi", "q": "morsang"}).json()
    assert data["commune"] is None and data["results"] == []
    assert {c["nom"] for c in data["candidats"]} == {"Morsang-sur-Orge", "Morsang-sur-Seine"}
    assert "Précisez" in data["message"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Massy"},
        {"type": "piscine", "q": "Massy"},
        {"type": "pmi"},
        {"type": "pmi", "q": "   "},
        {"type": "pmi", "q": "Massy", "limit": "0"},
        {"type": "pmi", "q": "Massy", "limit": "21"},
        {"type": "pmi", "q": "Massy", "limit": "trois"},
    ],
)
def test_bad_parameters_are_400(client, communes, params):
    response = client.get("/api/v1/lieux/", params)
    assert response.status_code == 400
    assert set(response.json()) == {"error"} and response.json()["error"]


def test_detail(client, lieux):
    lieu = lieux["massy"]
    data = client.get(f"/api/v1/lieux/{lieu.pk}/").json()
    assert data["nom"] == "PMI de Massy" and data["url"] == f"/annuaire/lieu/{lieu.pk}/"
    assert [h["texte"] for h in data["horaires_detail"]] == [
        "9h-12h",
        "13h30-17h",
        "9h-12h (sur rendez-vous)",
    ]
    assert data["horaires_detail"][0]["jour_label"] == "lundi"
    assert data["horaires_detail"][0]["ouverture"] == "09:00"
    assert {"accessibilite", "services", "public", "site_internet"} <= set(data)


def test_detail_inactive_or_unknown_is_404(client, lieux):
    for pk in (lieux["inactive"].pk, 999999):
        response = client.get(f"/api/v1/lieux/{pk}/")
        assert response.status_code == 404
        assert response.json() == {"error": "Lieu introuvable."}


def test_api_is_throttled(client, communes, settings):
    from portail.orientation.api.views import AnnuaireThrottle

    AnnuaireThrottle.rate = "3/min"
    try:
        codes = [client.get("/api/v1/lieux/types/").status_code for _ in range(4)]
    finally:
        AnnuaireThrottle.rate = "120/min"
    assert codes == [200, 200, 200, 429]


@pytest.mark.django_db
def test_schema_is_valid_openapi_with_our_paths(client):
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    assert {"/api/v1/lieux/", "/api/v1/lieux/types/", "/api/v1/lieux/{id}/"} <= set(paths)
    search = paths["/api/v1/lieux/"]["get"]
    params = {p["name"]: p for p in search["parameters"]}
    assert params["type"]["required"] and params["q"]["required"]
    assert "pmi" in params["type"]["schema"]["enum"]
    ref = search["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    body = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert set(body["properties"]) == {
        "commune",
        "niveau",
        "message",
        "contact_general",
        "candidats",
        "results",
    }
    assert "400" in search["responses"]


def test_trusted_token_lifts_the_throttle(client, communes, monkeypatch):
    from portail.orientation import conf
    from portail.orientation.api.views import AnnuaireThrottle

    monkeypatch.setattr(AnnuaireThrottle, "rate", "2/min")
    monkeypatch.setattr(conf, "API_TRUSTED_TOKEN", "jeton-de-l-assistant")
    trusted = [
        client.get("/api/v1/lieux/types/", headers={"X-Portail-Token": "jeton-de-l-assistant"})
        for _ in range(4)
    ]
    assert [r.status_code for r in trusted] == [200] * 4
    wrong = [
        client.get("/api/v1/lieux/types/", headers={"X-Portail-Token": "mauvais"}) for _ in range(3)
    ]
    assert [r.status_code for r in wrong] == [200, 200, 429]
