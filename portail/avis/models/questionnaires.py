"""Questionnaires built by editors: questions, display conditions, invitations.

Questions are rows with a stable primary key and an editor-chosen `code`: editing a
questionnaire in the admin updates rows in place (modelcluster keeps their ids), so
stored answers keep pointing at the right question. Conditions refer to codes, which
editors can read and type, even for questions not saved yet.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from portail.avis.admin_forms import QuestionnaireAdminForm

DEFAULT_SCALE_LABELS = [
    _("Pas du tout satisfait"),
    _("Peu satisfait"),
    _("Moyennement satisfait"),
    _("Satisfait"),
    _("Très satisfait"),
]


class Questionnaire(ClusterableModel):
    base_form_class = QuestionnaireAdminForm

    class Mode(models.TextChoices):
        PERMANENT = "permanent", _("Permanent (toujours ouvert)")
        CAMPAIGN = "campaign", _("Campagne (dates d'ouverture et de fermeture)")

    class Audience(models.TextChoices):
        PUBLIC = "public", _("Tout le monde")
        USERS = "users", _("Personnes connectées à leur compte")
        INVITATION = "invitation", _("Sur invitation (lien à usage unique)")

    class Theme(models.TextChoices):
        GENERAL = "general", _("Général")
        ASE = "ase", _("Aide sociale à l'enfance")
        PMI = "pmi", _("Protection maternelle et infantile")
        LIVRET = "livret", _("Livret d'accueil")
        DOSSIER = "dossier", _("Dossier personnel")
        JEUNES = "jeunes", _("Jeunes de 15 ans et plus")

    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(_("adresse courte"), unique=True, max_length=80)
    intro = models.TextField(_("introduction"), blank=True)
    theme = models.CharField(
        _("thème"), max_length=20, choices=Theme.choices, default=Theme.GENERAL
    )
    mode = models.CharField(_("mode"), max_length=20, choices=Mode.choices, default=Mode.PERMANENT)
    opens_at = models.DateTimeField(_("ouverture"), null=True, blank=True)
    closes_at = models.DateTimeField(_("fermeture"), null=True, blank=True)
    audience = models.CharField(
        _("public"), max_length=20, choices=Audience.choices, default=Audience.PUBLIC
    )
    one_answer_only = models.BooleanField(
        _("une seule réponse par personne"),
        default=True,
        help_text=_("Pour les personnes connectées et les invitations."),
    )
    allow_edit = models.BooleanField(
        _("modification possible jusqu'à la fermeture"),
        default=False,
        help_text=_("Les personnes connectées peuvent revenir sur leurs réponses."),
    )
    is_live = models.BooleanField(_("en ligne"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("intro"),
        FieldPanel("theme"),
        MultiFieldPanel(
            [
                FieldPanel("mode"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("audience"),
                FieldPanel("one_answer_only"),
                FieldPanel("allow_edit"),
                FieldPanel("is_live"),
            ],
            heading=_("Diffusion"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("question")),
        InlinePanel("conditions", heading=_("Conditions d'affichage"), label=_("condition")),
    ]

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.mode == self.Mode.CAMPAIGN and not (self.opens_at and self.closes_at):
            raise ValidationError(
                _("Une campagne a besoin d'une date d'ouverture et de fermeture.")
            )
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("La fermeture doit suivre l'ouverture.")})

    def is_open(self, now=None):
        now = now or timezone.now()
        if not self.is_live:
            return False
        if self.mode == self.Mode.PERMANENT:
            return True
        return bool(self.opens_at and self.closes_at and self.opens_at <= now < self.closes_at)

    @property
    def requires_marker(self):
        return self.one_answer_only and self.audience != self.Audience.PUBLIC


class Question(Orderable):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Choix unique")
        MULTIPLE = "multiple", _("Choix multiple")
        SCALE = "scale", _("Échelle de satisfaction (1 à 5)")
        YESNO = "yesno", _("Oui / non")
        NUMBER = "number", _("Nombre")
        SHORT = "short", _("Texte court")
        LONG = "long", _("Texte long")

    class Profile(models.TextChoices):
        NONE = "", _("Aucun")
        TERRITORY = "territory", _("Territoire")
        MESURE = "mesure", _("Mesure ou accompagnement")

    CHOICE_KINDS = {Kind.SINGLE, Kind.MULTIPLE, Kind.YESNO, Kind.SCALE}
    TEXT_KINDS = {Kind.SHORT, Kind.LONG}

    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="questions")
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_(
            "Court et stable, ex. « satisfaction-accueil ». Sert aux conditions d'affichage."
        ),
    )
    section = models.CharField(
        _("nouvelle section"),
        max_length=200,
        blank=True,
        help_text=_("Remplir pour commencer une nouvelle section avec ce titre."),
    )
    label = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("aide"), max_length=300, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    choices = models.TextField(
        _("choix"), blank=True, help_text=_("Un choix par ligne (choix unique ou multiple).")
    )
    allow_other = models.BooleanField(_("proposer « Autre » avec précision"), default=False)
    scale_labels = models.TextField(
        _("libellés de l'échelle"),
        blank=True,
        help_text=_("Cinq lignes, de 1 à 5. Vide : libellés de satisfaction par défaut."),
    )
    required = models.BooleanField(_("obligatoire"), default=False)
    profile = models.CharField(
        _("question de profil"),
        max_length=20,
        blank=True,
        choices=Profile.choices,
        default=Profile.NONE,
        help_text=_("Permet de filtrer les résultats."),
    )
    publish_results = models.BooleanField(
        _("publier les résultats"), default=False, help_text=_("Jamais pour les textes libres.")
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
        FieldPanel("section"),
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("choices"),
        FieldPanel("allow_other"),
        FieldPanel("scale_labels"),
        FieldRowPanel(
            [FieldPanel("required"), FieldPanel("profile"), FieldPanel("publish_results")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "code"], name="avis_question_code_unique"
            )
        ]

    def __str__(self):
        return self.label

    def clean(self):
        if self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE) and not self.choice_list:
            raise ValidationError({"choices": _("Indiquez au moins un choix.")})
        if self.publish_results and self.kind in self.TEXT_KINDS:
            raise ValidationError(
                {"publish_results": _("Les textes libres ne sont jamais publiés.")}
            )
        if self.scale_labels and len(self.scale_label_list) != 5:
            raise ValidationError({"scale_labels": _("Il faut exactement cinq libellés.")})

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    @property
    def scale_label_list(self):
        labels = [line.strip() for line in self.scale_labels.splitlines() if line.strip()]
        return labels or [str(label) for label in DEFAULT_SCALE_LABELS]

    def options(self):
        """(value, label) pairs for choice questions, in display order."""
        if self.kind == self.Kind.YESNO:
            return [("oui", str(_("Oui"))), ("non", str(_("Non")))]
        if self.kind == self.Kind.SCALE:
            return [
                (str(i), f"{i} – {label}") for i, label in enumerate(self.scale_label_list, start=1)
            ]
        return [(choice, choice) for choice in self.choice_list]


class Condition(Orderable):
    """Show `question_code` only when `depends_on` was answered with `value`.

    Several conditions on the same question must all hold (AND).
    """

    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="conditions")
    question_code = models.SlugField(_("question à afficher (code)"), max_length=40)
    depends_on = models.SlugField(_("si la question (code)"), max_length=40)
    value = models.CharField(
        _("a pour réponse"),
        max_length=200,
        help_text=_("Texte exact du choix, « oui »/« non », ou une note de 1 à 5."),
    )

    panels = [
        FieldRowPanel([FieldPanel("question_code"), FieldPanel("depends_on"), FieldPanel("value")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("condition d'affichage")

    def __str__(self):
        return f"{self.question_code} si {self.depends_on} = {self.value}"


class Invitation(models.Model):
    """A single-use link; only the hash of its token is kept."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")

    def __str__(self):
        return f"{self.questionnaire} – {self.created_at:%d/%m/%Y}"
