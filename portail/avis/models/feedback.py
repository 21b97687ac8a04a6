"""Suggestion book and réclamations, handled by staff in the admin."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from portail.avis import conf

TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I look-alikes


class FeedbackStatus(models.TextChoices):
    RECEIVED = "received", _("Reçue")
    IN_PROGRESS = "in_progress", _("En cours de traitement")
    ANSWERED = "answered", _("Réponse envoyée")
    CLOSED = "closed", _("Close")


class FeedbackTopic(models.TextChoices):
    ACCUEIL = "accueil", _("Accueil et contacts")
    INFORMATION = "information", _("Information et documents")
    ACCOMPAGNEMENT = "accompagnement", _("Accompagnement de l'enfant ou du jeune")
    PMI = "pmi", _("Consultations de PMI")
    SITE = "site", _("Ce site internet")
    AUTRE = "autre", _("Autre sujet")


class Suggestion(models.Model):
    topic = models.CharField(_("sujet"), max_length=20, choices=FeedbackTopic.choices)
    text = models.TextField(_("suggestion"))
    email = models.EmailField(_("adresse électronique"), blank=True)
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=FeedbackStatus.choices,
        default=FeedbackStatus.RECEIVED,
        db_index=True,
    )
    staff_note = models.TextField(_("suite donnée"), blank=True)
    led_to_change = models.BooleanField(
        _("a permis un ajustement"),
        default=False,
        help_text=_("Proposition ayant permis d'ajuster une procédure ou un dispositif."),
    )
    created_at = models.DateTimeField(_("reçue le"), default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(_("traitée le"), null=True, blank=True)

    panels = [
        FieldPanel("topic", read_only=True),
        FieldPanel("text", read_only=True),
        FieldPanel("email", read_only=True),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("staff_note"), FieldPanel("led_to_change")],
            heading=_("Traitement"),
        ),
    ]

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_topic_display()} – {self.created_at:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        if self.status != FeedbackStatus.RECEIVED and not self.handled_at:
            self.handled_at = timezone.now()
        super().save(*args, **kwargs)


def new_tracking_number():
    year = timezone.now().year
    suffix = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(8))
    return f"REC-{year}-{suffix}"


class Reclamation(models.Model):
    tracking_number = models.CharField(
        _("numéro de suivi"),
        max_length=20,
        unique=True,
        default=new_tracking_number,
        editable=False,
    )
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="avis_reclamations",
    )
    topic = models.CharField(_("sujet"), max_length=20, choices=FeedbackTopic.choices)
    subject = models.CharField(_("objet"), max_length=200)
    description = models.TextField(_("description"))
    name = models.CharField(_("nom"), max_length=150, blank=True)
    email = models.EmailField(_("adresse électronique"), blank=True)
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=FeedbackStatus.choices,
        default=FeedbackStatus.RECEIVED,
        db_index=True,
    )
    answer = models.TextField(
        _("réponse à l'auteur"),
        blank=True,
        help_text=_("Visible par l'auteur sur sa page de suivi."),
    )
    created_at = models.DateTimeField(_("reçue le"), default=timezone.now, db_index=True)
    answered_at = models.DateTimeField(_("répondue le"), null=True, blank=True)

    panels = [
        FieldPanel("topic", read_only=True),
        FieldPanel("subject", read_only=True),
        FieldPanel("description", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("answer")], heading=_("Traitement")),
    ]

    class Meta:
        verbose_name = _("réclamation")
        verbose_name_plural = _("réclamations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.tracking_number} – {self.subject}"

    def save(self, *args, **kwargs):
        if self.answer and not self.answered_at:
            self.answered_at = timezone.now()
            if self.status in (FeedbackStatus.RECEIVED, FeedbackStatus.IN_PROGRESS):
                self.status = FeedbackStatus.ANSWERED
        super().save(*args, **kwargs)

    @property
    def due_on(self):
        return (self.created_at + datetime.timedelta(days=conf.RECLAMATION_ANSWER_DAYS)).date()
