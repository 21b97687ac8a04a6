"""Two guards on every request: MFA for professionals, inactivity timeout on /espace/."""

import time

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import conf

SESSION_LAST_SEEN = "dossier_last_seen"
MFA_EXEMPT_PREFIXES = ("/compte/", "/static/", "/sante/", "/langue/", "/robots.txt")


def needs_mfa_setup(user) -> bool:
    if not conf.MFA_REQUIRED_FOR_STAFF or not user.is_authenticated:
        return False
    if not (user.is_staff or user.is_superuser):
        return False
    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class DossierSecurityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if request.path.startswith("/espace/") and self._timed_out(request):
                logout(request)
                messages.info(
                    request,
                    _(
                        "Vous avez été déconnecté après %(minutes)s minutes sans activité. "
                        "Reconnectez-vous pour continuer."
                    )
                    % {"minutes": conf.INACTIVITY_TIMEOUT // 60},
                )
                return redirect(f"{reverse('account_login')}?next={request.path}")
            request.session[SESSION_LAST_SEEN] = int(time.time())
            if not request.path.startswith(MFA_EXEMPT_PREFIXES) and needs_mfa_setup(user):
                messages.warning(
                    request,
                    _(
                        "Les professionnels doivent activer la double authentification "
                        "avant d'accéder au portail."
                    ),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _timed_out(request) -> bool:
        last_seen = request.session.get(SESSION_LAST_SEEN)
        return last_seen is not None and time.time() - last_seen > conf.INACTIVITY_TIMEOUT
