"""Tunables of the livret app (override in settings if needed)."""

from django.conf import settings

# "Cette page vous a-t-elle aidé ?": votes allowed per IP address.
HELPFUL_RATE = getattr(settings, "LIVRET_HELPFUL_RATE", "10/h")
HELPFUL_COMMENT_MAX = getattr(settings, "LIVRET_HELPFUL_COMMENT_MAX", 1000)
GLOSSARY_CACHE_KEY = "livret:glossary-terms:v1"


def view_flush_every() -> int:
    """Views are added up in the cache and written to the database every N views per page
    and day (one UPDATE instead of one per view). 1 writes every view at once."""
    return max(1, int(getattr(settings, "LIVRET_VIEW_FLUSH_EVERY", 10)))
