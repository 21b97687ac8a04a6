"""Reusable pieces of the livrets: who does what, rights, ways to appeal, glossary."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from .base import ReviewedSnippet

SHORT_RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]


class Intervenant(index.Indexed, ReviewedSnippet):
    role = models.CharField(
        _("fonction"),
        max_length=120,
        help_text=_("Par exemple : référent ASE, assistant familial."),
    )
    what_they_do = RichTextField(
        _("ce qu'il ou elle fait pour la famille"), features=SHORT_RICH_TEXT
    )
    how_to_reach = models.TextField(
        _("comment le ou la joindre"),
        blank=True,
        max_length=500,
        help_text=_("Téléphone, lieu, horaires : en phrases simples."),
    )
    cadre = models.CharField(
        _("cadre"),
        max_length=20,
        blank=True,
        choices=[("administratif", _("Administratif")), ("judiciaire", _("Judiciaire"))],
        help_text=_("Laisser vide si la personne intervient dans les deux cadres."),
    )

    panels = [
        FieldPanel("role"),
        FieldPanel("what_they_do"),
        FieldPanel("how_to_reach"),
        FieldPanel("cadre"),
    ]
    search_fields = [
        index.SearchField("role"),
        index.SearchField("what_they_do"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("intervenant")
        verbose_name_plural = _("intervenants")
        ordering = ["role"]

    def __str__(self):
        return self.role


class Droit(index.Indexed, ReviewedSnippet):
    name = models.CharField(_("droit"), max_length=160)
    explanation = RichTextField(_("ce que c'est"), features=SHORT_RICH_TEXT)
    how_to_exercise = RichTextField(_("comment l'exercer"), features=SHORT_RICH_TEXT)
    contact = models.TextField(_("à qui s'adresser"), blank=True, max_length=500)
    link_url = models.URLField(_("lien utile"), blank=True)
    link_label = models.CharField(_("texte du lien"), max_length=120, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("explanation"),
        FieldPanel("how_to_exercise"),
        FieldPanel("contact"),
        FieldPanel("link_url"),
        FieldPanel("link_label"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("explanation"),
        index.SearchField("how_to_exercise"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("droit")
        verbose_name_plural = _("droits")
        ordering = ["name"]

    def __str__(self):
        return self.name


class VoieDeRecours(index.Indexed, ReviewedSnippet):
    title = models.CharField(_("voie de recours"), max_length=160)
    when = RichTextField(_("dans quel cas"), features=SHORT_RICH_TEXT)
    how = RichTextField(_("comment faire"), features=SHORT_RICH_TEXT)
    deadline = models.CharField(_("délai"), max_length=160, blank=True)
    cadre = models.CharField(
        _("cadre"),
        max_length=20,
        blank=True,
        choices=[("administratif", _("Administratif")), ("judiciaire", _("Judiciaire"))],
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("when"),
        FieldPanel("how"),
        FieldPanel("deadline"),
        FieldPanel("cadre"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("when"),
        index.SearchField("how"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("voie de recours")
        verbose_name_plural = _("voies de recours")
        ordering = ["title"]

    def __str__(self):
        return self.title


class GlossaryTerm(index.Indexed, ReviewedSnippet):
    acronym = models.CharField(
        _("sigle"),
        max_length=20,
        unique=True,
        help_text=_("Écrit comme dans les textes, par exemple CeGIDD."),
    )
    expansion = models.CharField(_("forme développée"), max_length=200)
    definition = models.TextField(_("explication simple"), max_length=1200)

    panels = [FieldPanel("acronym"), FieldPanel("expansion"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("acronym"),
        index.SearchField("expansion", boost=2),
        index.SearchField("definition"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")
        ordering = ["acronym"]

    def __str__(self):
        return f"{self.acronym} – {self.expansion}"

    @property
    def anchor(self):
        return f"terme-{self.acronym.lower()}"
