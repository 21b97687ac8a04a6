"""Traceability: the append-only access log and the requests for access to a dossier."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf


class AppendOnlyError(Exception):
    pass


class AccessLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("The access log is append-only.")

    def delete(self):
        raise AppendOnlyError("The access log is append-only.")


class AccessLog(models.Model):
    """One read of a dossier section or one download. Never changed, never deleted.

    The IP address is truncated (IPv4 to its /24 network, IPv6 to its /48) rather than
    hashed: an unsalted hash of an IPv4 address is reversed by trying all 2^32 values,
    while the network prefix still tells "from where" without naming one device.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("qui"),
    )
    user_label = models.CharField(_("nom affiché"), max_length=200)
    role = models.CharField(_("rôle"), max_length=30)
    child = models.ForeignKey(
        "dossier.Child",
        on_delete=models.PROTECT,
        related_name="access_logs",
        verbose_name=_("dossier"),
    )
    object_type = models.CharField(_("type"), max_length=40)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    section = models.CharField(_("section"), max_length=40, blank=True)
    label = models.CharField(_("quoi"), max_length=200)
    at = models.DateTimeField(_("quand"), default=timezone.now, db_index=True)
    ip_prefix = models.CharField(_("réseau d'origine"), max_length=50, blank=True)
    user_agent = models.CharField(_("navigateur"), max_length=120, blank=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation du dossier")
        verbose_name_plural = _("journal des consultations")
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.user_label} – {self.label}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("The access log is append-only.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("The access log is append-only.")


class AccessRequest(models.Model):
    """Demande d'accès au dossier (CRPA, RGPD), handled by staff in the admin."""

    class Status(models.TextChoices):
        RECEIVED = "recue", _("Reçue")
        IN_PROGRESS = "en_cours", _("En cours")
        APPOINTMENT = "rendez_vous", _("Rendez-vous proposé")
        COMMUNICATED = "communiquee", _("Communiquée")
        REFUSED = "refusee", _("Refusée")

    class Relation(models.TextChoices):
        PARENT = "parent", _("Je suis parent de l'enfant")
        JEUNE = "jeune", _("Je suis le jeune concerné")
        FORMER = "ancien", _("J'ai été accueilli(e) par l'aide sociale à l'enfance")
        OTHER = "autre", _("Autre situation")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Who handles the request: the cadres of this territory (see queries.visible_access_requests).
    territory = models.ForeignKey(
        "dossier.Territory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="access_requests",
        verbose_name=_("territoire"),
        help_text=_(
            "Les cadres de ce territoire traitent la demande. Rempli automatiquement "
            "quand la personne a déjà un dossier en ligne."
        ),
    )
    child = models.ForeignKey(
        "dossier.Child",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="access_requests",
        verbose_name=_("dossier concerné"),
    )
    full_name = models.CharField(_("nom et prénom"), max_length=160)
    email = models.EmailField(_("adresse électronique"))
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    relation = models.CharField(_("votre situation"), max_length=10, choices=Relation.choices)
    concerned_person = models.CharField(_("personne concernée par le dossier"), max_length=200)
    concerned_birth_date = models.DateField(_("sa date de naissance"))
    whole_file = models.BooleanField(_("je demande tout le dossier"), default=True)
    message = models.TextField(_("précisions"), blank=True)
    accompanied_reading = models.BooleanField(
        _("je souhaite lire le dossier accompagné(e) d'un professionnel"), default=False
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    refusal_reason = models.TextField(_("motif du refus"), blank=True)
    staff_note = models.TextField(_("note interne"), blank=True)
    created_at = models.DateTimeField(_("reçue le"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("demande d'accès au dossier")
        verbose_name_plural = _("demandes d'accès au dossier")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.full_name} – {self.created_at:%d/%m/%Y}"

    @property
    def due_date(self) -> datetime.date:
        return (self.created_at + datetime.timedelta(days=conf.ACCESS_REQUEST_DELAY_DAYS)).date()

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.status == self.Status.REFUSED and not self.refusal_reason.strip():
            raise ValidationError({"refusal_reason": _("Un refus doit toujours être motivé.")})
