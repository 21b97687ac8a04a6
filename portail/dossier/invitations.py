"""Create, send, accept and revoke invitations."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Invitation, ParentLink, Role


def invitation_url(token: str) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{reverse('dossier:invitation', args=[token])}"


def send_invitation(invitation: Invitation) -> str:
    """Give the invitation a fresh token, save it and email the link. Returns the token."""
    token = invitation.new_token()
    invitation.save()
    context = {
        "invitation": invitation,
        "url": invitation_url(token),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    send_mail(
        _("Votre accès à l'espace personnel du portail familles"),
        render_to_string("dossier/email/invitation.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [invitation.email],
    )
    return token


def revoke(invitation: Invitation):
    if invitation.state == "valid":
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])


def existing_user(invitation: Invitation):
    return get_user_model().objects.filter(email__iexact=invitation.email).first()


@transaction.atomic
def accept(invitation_id: int, password: str | None):
    """Activate the account and link it to the child. Returns the user or None if stale."""
    invitation = (
        Invitation.objects.select_for_update().select_related("child").get(pk=invitation_id)
    )
    if invitation.state != "valid":
        return None
    User = get_user_model()
    user = existing_user(invitation)
    if user is None:
        user = User.objects.create_user(
            email=invitation.email,
            password=password,
            first_name=invitation.first_name,
            last_name=invitation.last_name,
        )
    elif password:
        user.set_password(password)
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    if invitation.role == Role.PARENT:
        ParentLink.objects.get_or_create(user=user, child=invitation.child)
    else:
        child = invitation.child
        child.account = user
        child.save(update_fields=["account"])
    invitation.used_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["used_at", "user"])
    return user
