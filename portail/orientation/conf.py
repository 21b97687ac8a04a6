"""Tunables of the annuaire; each can be overridden in settings."""

from django.conf import settings

DEPARTEMENT = getattr(settings, "DEPARTEMENT", "91")
# In-process cache of the communes index used by the commune search (seconds).
COMMUNE_INDEX_SECONDS = getattr(settings, "ORIENTATION_COMMUNE_INDEX_SECONDS", 600)
# Anonymous annuaire pages are cached this long (seconds).
PAGE_SECONDS = getattr(settings, "ORIENTATION_PAGE_SECONDS", 120)
API_THROTTLE_RATE = getattr(settings, "ORIENTATION_API_THROTTLE_RATE", "120/min")
# The assistant's action server calls the API for every visitor from one address: it sends
# this shared token (header X-Portail-Token) and is not throttled. Empty: no exemption.
API_TRUSTED_TOKEN = getattr(settings, "ORIENTATION_API_TRUSTED_TOKEN", "")
DEFAULT_LIMIT = 3
MAX_LIMIT = 20
