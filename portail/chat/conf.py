"""Tunables of the chat bridge, read from settings with safe defaults."""

from django.conf import settings

# Where the Rasa server listens. Only its REST webhook is ever called.
RASA_URL = getattr(settings, "RASA_URL", "http://127.0.0.1:5005").rstrip("/")
RASA_WEBHOOK_PATH = getattr(settings, "CHAT_RASA_WEBHOOK_PATH", "/webhooks/rest/webhook")
# (connect, read) timeouts in seconds: the visitor waits a few seconds at most.
RASA_TIMEOUT = getattr(settings, "CHAT_RASA_TIMEOUT", (1.0, 4.0))

MAX_MESSAGE_LENGTH = getattr(settings, "CHAT_MAX_MESSAGE_LENGTH", 500)
# django-ratelimit rates, per visitor (sender id) and per IP address.
RATE_PER_VISITOR = getattr(settings, "CHAT_RATE_PER_VISITOR", "20/m")
RATE_PER_IP = getattr(settings, "CHAT_RATE_PER_IP", "60/m")

# Shown in the privacy notice; must match the tracker store purge of assistant/.
RETENTION_DAYS = getattr(settings, "CHAT_RETENTION_DAYS", 30)

DIRECTORY_URL = getattr(settings, "CHAT_DIRECTORY_URL", "/annuaire/")
FAQ_URL = getattr(settings, "CHAT_FAQ_URL", "/questions-frequentes/")

# Hosts whose absolute links in bot replies are turned into same-site paths
# (the action server builds links from its PORTAL_URL). The request's host always is.
SITE_HOSTS = getattr(settings, "CHAT_SITE_HOSTS", [])

# How many messages the no-JavaScript page keeps in the session.
PAGE_HISTORY_LENGTH = getattr(settings, "CHAT_PAGE_HISTORY_LENGTH", 20)
