"""Tunables of the avis app (override them in settings)."""

from django.conf import settings

# Subgroups with fewer answers than this are never shown (k-anonymity).
K_ANONYMITY = getattr(settings, "AVIS_K_ANONYMITY", 5)
# Promised answer delay for a réclamation, in days (shown to the author).
RECLAMATION_ANSWER_DAYS = getattr(settings, "AVIS_RECLAMATION_ANSWER_DAYS", 60)
# Longest free-text answers accepted (characters).
SHORT_TEXT_MAX = getattr(settings, "AVIS_SHORT_TEXT_MAX", 200)
LONG_TEXT_MAX = getattr(settings, "AVIS_LONG_TEXT_MAX", 3000)
# Email confirmation links for committee registrations stay valid this long (seconds).
REGISTRATION_CONFIRM_MAX_AGE = getattr(settings, "AVIS_REGISTRATION_CONFIRM_MAX_AGE", 7 * 86400)
# Reminder emails are sent this many hours before a committee session.
SESSION_REMINDER_HOURS = getattr(settings, "AVIS_SESSION_REMINDER_HOURS", 48)
FROM_EMAIL = getattr(settings, "AVIS_FROM_EMAIL", None)  # None: DEFAULT_FROM_EMAIL
