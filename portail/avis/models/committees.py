"""Comités d'usagers, their sessions and the registrations to them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable


class Committee(ClusterableModel):
    class Selection(models.TextChoices):
        CANDIDATURE = "candidature", _("Sur candidature")
        DESIGNATION = "designation", _("Par désignation")
        ELECTION = "election", _("Par élection")

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("adresse courte"), unique=True, max_length=80)
    purpose = models.TextField(_("à quoi sert le comité"))
    composition = models.TextField(_("qui en fait partie"))
    selection = models.CharField(
        _("comment les membres sont choisis"),
        max_length=20,
        choices=Selection.choices,
        default=Selection.CANDIDATURE,
    )
    selection_details = models.TextField(_("précisions sur le choix des membres"), blank=True)
    is_live = models.BooleanField(_("en ligne"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("purpose"),
        FieldPanel("composition"),
        FieldPanel("selection"),
        FieldPanel("selection_details"),
        FieldPanel("is_live"),
        InlinePanel("sessions", heading=_("Réunions"), label=_("réunion")),
        InlinePanel("members", heading=_("Membres"), label=_("membre")),
    ]

    class Meta:
        verbose_name = _("comité d'usagers")
        verbose_name_plural = _("comités d'usagers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CommitteeMember(Orderable):
    committee = ParentalKey(Committee, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("nom"), max_length=150)
    role = models.CharField(_("rôle"), max_length=150, blank=True)
    name_public = models.BooleanField(
        _("la personne accepte que son nom soit publié"), default=False
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role"), FieldPanel("name_public")])]


class CommitteeSession(Orderable):
    committee = ParentalKey(Committee, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))
    place = models.CharField(_("lieu"), max_length=300)
    theme = models.CharField(_("thème"), max_length=300)
    capacity = models.PositiveIntegerField(_("nombre de places"), default=15)

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
        FieldPanel("theme"),
        FieldPanel("capacity"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("réunion")
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.committee} – {self.starts_at:%d/%m/%Y}"

    def seats_taken(self):
        return self.registrations.filter(status__in=Registration.SEATED).count()


class Registration(models.Model):
    class Status(models.TextChoices):
        AWAITING_EMAIL = "awaiting_email", _("En attente de confirmation de l'adresse")
        REGISTERED = "registered", _("Inscrite, en attente de validation")
        ACCEPTED = "accepted", _("Acceptée")
        REFUSED = "refused", _("Refusée")
        WAITING = "waiting", _("Sur liste d'attente")
        CANCELLED = "cancelled", _("Annulée")

    SEATED = (Status.REGISTERED, Status.ACCEPTED)

    session = models.ForeignKey(
        CommitteeSession, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="avis_registrations",
    )
    name = models.CharField(_("nom"), max_length=150)
    email = models.EmailField(_("adresse électronique"))
    profile = models.CharField(_("vous êtes"), max_length=200, blank=True)
    motivation = models.TextField(_("ce que vous aimeriez dire ou apporter"), blank=True)
    wants_membership = models.BooleanField(_("candidate pour devenir membre"), default=False)
    consent = models.BooleanField(_("accord pour le traitement des données"), default=False)
    name_public = models.BooleanField(_("accord pour publier le nom"), default=False)
    is_minor = models.BooleanField(_("personne mineure"), default=False)
    parent_email = models.EmailField(_("adresse du parent ou tuteur"), blank=True)
    parental_consent = models.BooleanField(_("accord du parent ou tuteur"), default=False)
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=Status.choices,
        default=Status.AWAITING_EMAIL,
        db_index=True,
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    panels = [
        FieldPanel("session", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("profile", read_only=True),
        FieldPanel("motivation", read_only=True),
        FieldPanel("is_minor", read_only=True),
        FieldPanel("parent_email", read_only=True),
        FieldPanel("status"),
    ]

    class Meta:
        verbose_name = _("inscription à une réunion")
        verbose_name_plural = _("inscriptions aux réunions")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.name} – {self.session}"
