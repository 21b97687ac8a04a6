"""Tunables of the dossier app (override any of them in settings)."""

from django.conf import settings

# A young person gets their own access to the dossier from this age.
JEUNE_ACCESS_AGE = getattr(settings, "DOSSIER_JEUNE_ACCESS_AGE", 15)
# Signed-in visitors of /espace/ are signed out after this many seconds without activity.
INACTIVITY_TIMEOUT = getattr(settings, "DOSSIER_INACTIVITY_TIMEOUT", 15 * 60)
INVITATION_VALIDITY_DAYS = getattr(settings, "DOSSIER_INVITATION_VALIDITY_DAYS", 7)
UPLOAD_MAX_BYTES = getattr(settings, "DOSSIER_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
UPLOAD_ALLOWED_MIME = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}
# Professionals (staff users) must set up two-factor authentication before anything else.
MFA_REQUIRED_FOR_STAFF = getattr(settings, "DOSSIER_MFA_REQUIRED_FOR_STAFF", True)
# Legal delay to answer a request for access to a dossier (CRPA / RGPD): one month.
ACCESS_REQUEST_DELAY_DAYS = getattr(settings, "DOSSIER_ACCESS_REQUEST_DELAY_DAYS", 30)
