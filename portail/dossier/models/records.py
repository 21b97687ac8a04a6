"""The content of a dossier: mesures, entries, PPE, reports, decisions, documents."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..storage import get_private_storage
from ..validators import validate_upload
from .choices import MesureType, PPEDomain, Section
from .sharing import Shareable


class Mesure(models.Model):
    class Nature(models.TextChoices):
        ADMINISTRATIVE = "administrative", _("Administrative (avec l'accord des parents)")
        JUDICIAIRE = "judiciaire", _("Judiciaire (décidée par le juge des enfants)")

    child = models.ForeignKey(
        "dossier.Child",
        on_delete=models.CASCADE,
        related_name="mesures",
        verbose_name=_("enfant"),
    )
    code = models.CharField(_("type de mesure"), max_length=40, choices=MesureType.choices)
    nature = models.CharField(_("nature"), max_length=20, choices=Nature.choices)
    authority = models.CharField(
        _("autorité qui décide"),
        max_length=200,
        help_text=_(
            "Par exemple : juge des enfants du tribunal judiciaire, président du Département."
        ),
    )
    start_date = models.DateField(_("début"))
    end_date = models.DateField(_("fin prévue"), null=True, blank=True)

    class Meta:
        verbose_name = _("mesure")
        verbose_name_plural = _("mesures")
        ordering = ["-start_date"]

    def __str__(self):
        return self.get_code_display()

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        return self.start_date <= today and (self.end_date is None or self.end_date >= today)


class Entry(Shareable):
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    body = models.TextField(_("texte"))
    date = models.DateField(_("date"), default=timezone.localdate)

    class Meta:
        verbose_name = _("note du dossier")
        verbose_name_plural = _("notes du dossier")
        ordering = ["-date", "-id"]


class PPE(Shareable):
    """Projet pour l'enfant."""

    start_date = models.DateField(_("début"))
    end_date = models.DateField(_("fin"), null=True, blank=True)

    class Meta:
        verbose_name = _("projet pour l'enfant (PPE)")
        verbose_name_plural = _("projets pour l'enfant (PPE)")
        ordering = ["-start_date"]


class PPEObjective(models.Model):
    ppe = models.ForeignKey(PPE, on_delete=models.CASCADE, related_name="objectives")
    domain = models.CharField(_("domaine"), max_length=30, choices=PPEDomain.choices)
    text = models.TextField(_("objectif"))

    class Meta:
        verbose_name = _("objectif du PPE")
        verbose_name_plural = _("objectifs du PPE")
        ordering = ["domain", "id"]

    def __str__(self):
        return f"{self.get_domain_display()} : {self.text[:40]}"


class SituationReport(Shareable):
    """Rapport de situation, written at least once a year."""

    year = models.PositiveIntegerField(_("année"))
    body = models.TextField(_("contenu"))

    class Meta:
        verbose_name = _("rapport de situation")
        verbose_name_plural = _("rapports de situation")
        ordering = ["-year"]


class Decision(Shareable):
    date = models.DateField(_("date"))
    authority = models.CharField(_("qui a décidé"), max_length=200)
    reasons = models.TextField(_("motifs"), help_text=_("Les raisons de la décision, en clair."))

    class Meta:
        verbose_name = _("décision")
        verbose_name_plural = _("décisions")
        ordering = ["-date"]


def document_upload_to(instance, filename):
    # The stored name never reuses the visitor's file name.
    import uuid

    return f"dossier/{instance.child_id}/{uuid.uuid4().hex}"


class Document(Shareable):
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    file = models.FileField(
        _("fichier"),
        storage=get_private_storage,
        upload_to=document_upload_to,
        validators=[validate_upload],
        help_text=_("PDF, JPEG ou PNG, 10 Mo au plus."),
    )
    content_type = models.CharField(max_length=50, editable=False, default="application/pdf")
    size = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at", "-id"]

    @property
    def download_name(self) -> str:
        from django.utils.text import slugify

        from ..conf import UPLOAD_ALLOWED_MIME

        extension = UPLOAD_ALLOWED_MIME.get(self.content_type, "bin")
        return f"{slugify(self.title) or 'document'}.{extension}"


class Meeting(Shareable):
    date = models.DateTimeField(_("date et heure"))
    place = models.CharField(_("lieu"), max_length=200)
    convocation = models.TextField(_("convocation"), blank=True)
    conclusions = models.TextField(
        _("conclusions rendues à la famille"),
        blank=True,
    )

    class Meta:
        verbose_name = _("rencontre")
        verbose_name_plural = _("rencontres")
        ordering = ["-date"]


class Expression(models.Model):
    """Fiche de recueil d'expression: the family's view written before a meeting."""

    child = models.ForeignKey("dossier.Child", on_delete=models.CASCADE, related_name="expressions")
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="expressions",
        null=True,
        blank=True,
        verbose_name=_("rencontre"),
    )
    author = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("auteur"),
    )
    author_role = models.CharField(_("rôle de l'auteur"), max_length=20)
    text = models.TextField(_("ce que je veux dire"))
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True)

    class Meta:
        verbose_name = _("expression de la famille")
        verbose_name_plural = _("expressions de la famille")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.author} – {self.created_at:%d/%m/%Y}"
