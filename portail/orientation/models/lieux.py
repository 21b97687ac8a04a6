"""Places of the annuaire and their structured opening hours."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from ..hours import WEEKDAYS, format_hours
from ..types import LieuType


class LieuQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def for_display(self):
        return self.select_related("commune").prefetch_related("horaires")


class Lieu(index.Indexed, ClusterableModel):
    type = models.CharField(
        _("type de lieu"), max_length=20, choices=LieuType.choices, db_index=True
    )
    name = models.CharField(_("nom"), max_length=200)
    address = models.CharField(
        _("adresse"), max_length=250, help_text=_("Numéro et rue, sans la commune.")
    )
    postal_code = models.CharField(_("code postal"), max_length=5)
    commune = models.ForeignKey(
        "orientation.Commune",
        on_delete=models.PROTECT,
        related_name="lieux",
        verbose_name=_("commune"),
    )
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("adresse électronique"), blank=True)
    website = models.URLField(_("site internet"), blank=True)
    public = models.TextField(
        _("public accueilli"),
        blank=True,
        max_length=500,
        help_text=_("Qui peut venir : âge, situation, sur rendez-vous…"),
    )
    services = models.TextField(_("services proposés"), blank=True, max_length=1000)
    accessibility = models.TextField(
        _("accessibilité"),
        blank=True,
        max_length=500,
        help_text=_("Accès en fauteuil roulant, ascenseur, boucle magnétique, langue des signes…"),
    )
    active = models.BooleanField(
        _("visible sur le portail"),
        default=True,
        help_text=_("Décochez pour retirer le lieu de l'annuaire sans le supprimer."),
    )
    is_demo = models.BooleanField(_("donnée de démonstration"), default=False)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    objects = LieuQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("type"), FieldPanel("active")]),
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("postal_code"), FieldPanel("commune")],
            heading=_("Adresse"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        InlinePanel("horaires", label=_("Horaires d'ouverture")),
        FieldPanel("public"),
        FieldPanel("services"),
        FieldPanel("accessibility"),
        FieldPanel("is_demo"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("services"),
        index.SearchField("public"),
        index.SearchField("type_label"),
        index.RelatedFields("commune", [index.SearchField("nom")]),
        index.FilterField("active"),
        index.FilterField("type"),
    ]

    class Meta:
        verbose_name = _("lieu ressource")
        verbose_name_plural = _("lieux ressources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("orientation:lieu", args=[self.pk])

    @property
    def type_label(self):
        return self.get_type_display()

    @property
    def tel_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""

    def hours_summary(self):
        """Uses the prefetched hours when present (no query per place in lists)."""
        return format_hours(self.horaires.all())


class Horaire(Orderable):
    lieu = ParentalKey(Lieu, on_delete=models.CASCADE, related_name="horaires")
    weekday = models.PositiveSmallIntegerField(_("jour"), choices=WEEKDAYS)
    opens = models.TimeField(_("ouverture"))
    closes = models.TimeField(_("fermeture"))
    note = models.CharField(
        _("précision"),
        max_length=120,
        blank=True,
        help_text=_("Par exemple : sur rendez-vous, semaines paires."),
    )

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("horaire")
        verbose_name_plural = _("horaires")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError(
                {"closes": _("L'heure de fermeture doit être après l'heure d'ouverture.")}
            )
