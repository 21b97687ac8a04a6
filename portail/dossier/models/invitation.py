"""Accounts come by invitation only: single use, expiring, revocable."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf
from .choices import Role


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def default_expiry():
    return timezone.now() + timedelta(days=conf.INVITATION_VALIDITY_DAYS)


class Invitation(models.Model):
    ROLES = [(Role.PARENT.value, Role.PARENT.label), (Role.JEUNE.value, Role.JEUNE.label)]

    email = models.EmailField(_("adresse électronique"))
    first_name = models.CharField(_("prénom"), max_length=80)
    last_name = models.CharField(_("nom"), max_length=80)
    role = models.CharField(_("rôle"), max_length=20, choices=ROLES)
    child = models.ForeignKey(
        "dossier.Child",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("enfant"),
    )
    # Only the SHA-256 of the token is stored; the token itself is in the email only.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("créée par"),
    )
    expires_at = models.DateTimeField(_("expire le"), default=default_expiry)
    used_at = models.DateTimeField(_("utilisée le"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("révoquée le"), null=True, blank=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.get_role_display()})"

    def new_token(self) -> str:
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        return token

    @property
    def state(self) -> str:
        if self.revoked_at:
            return "revoked"
        if self.used_at:
            return "used"
        if self.expires_at <= timezone.now():
            return "expired"
        return "valid"

    def get_state_display(self):
        return {
            "revoked": _("Révoquée"),
            "used": _("Utilisée"),
            "expired": _("Expirée"),
            "valid": _("En attente"),
        }[self.state]

    @classmethod
    def find(cls, token: str):
        return cls.objects.select_related("child").filter(token_hash=hash_token(token)).first()
