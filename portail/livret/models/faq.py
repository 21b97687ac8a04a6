"""Frequently asked questions: themes, entries (snippets with workflow) and FAQ pages."""

import json

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..page_cache import AnonymousPageCacheMixin
from .base import ReviewedSnippet


class FaqTheme(models.Model):
    name = models.CharField(_("thème"), max_length=80, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=80, unique=True)
    intro = models.TextField(_("présentation"), blank=True, max_length=400)
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("intro"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("thème de questions")
        verbose_name_plural = _("thèmes de questions")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class FaqEntry(index.Indexed, ReviewedSnippet):
    slug = models.SlugField(
        _("identifiant"),
        max_length=80,
        unique=True,
        help_text=_("Sert d'ancre dans la page et de clé pour l'assistant. Ne pas le changer."),
    )
    question = models.CharField(_("question"), max_length=255)
    answer = RichTextField(_("réponse"), features=["bold", "italic", "link", "ul", "ol"])
    theme = models.ForeignKey(
        FaqTheme, on_delete=models.PROTECT, related_name="entries", verbose_name=_("thème")
    )
    bot_phrasings = models.TextField(
        _("autres façons de poser la question"),
        blank=True,
        help_text=_(
            "Une formulation par ligne, telle que les gens l'écrivent (fautes, "
            "sans accents, style SMS). Sert à entraîner l'assistant."
        ),
    )
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)

    panels = [
        FieldPanel("question"),
        FieldPanel("slug"),
        FieldPanel("theme"),
        FieldPanel("answer"),
        FieldPanel("bot_phrasings"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("question", boost=3),
        index.SearchField("answer"),
        index.SearchField("bot_phrasings"),
        index.FilterField("live"),
        index.FilterField("theme_id"),
    ]

    class Meta:
        verbose_name = _("question fréquente")
        verbose_name_plural = _("questions fréquentes")
        ordering = ["theme__sort_order", "sort_order", "question"]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.question)[:80]
        super().save(*args, **kwargs)

    @property
    def phrasings(self) -> list[str]:
        return [line.strip() for line in self.bot_phrasings.splitlines() if line.strip()]

    def public_url(self) -> str:
        """The FAQ page that shows this entry's theme, with the entry's anchor."""
        page = FaqPage.page_for_theme(self.theme_id)
        return f"{page.url}#{self.slug}" if page else ""


class FaqPage(AnonymousPageCacheMixin, Page):
    """Lists the live entries of the chosen themes (all themes when none is chosen)."""

    intro = models.TextField(_("chapeau"), blank=True, max_length=400)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("page_themes", label=_("Thèmes affichés (tous si aucun)")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    template = "livret/faq_page.html"

    class Meta:
        verbose_name = _("page de questions fréquentes")

    @classmethod
    def page_for_theme(cls, theme_id):
        """The most specific live FAQ page for a theme; the all-themes page otherwise."""
        link = (
            FaqPageTheme.objects.filter(theme_id=theme_id, page__live=True)
            .select_related("page")
            .order_by("-page__depth")
            .first()
        )
        if link:
            return link.page
        return cls.objects.live().filter(page_themes__isnull=True).order_by("depth").first()

    def themes(self):
        chosen = [link.theme_id for link in self.page_themes.all()]
        themes = FaqTheme.objects.all()
        if chosen:
            themes = themes.filter(pk__in=chosen)
        entries = (
            FaqEntry.objects.live().filter(theme__in=themes).order_by("sort_order", "question")
        )
        grouped = {theme.pk: (theme, []) for theme in themes}
        for entry in entries:
            grouped[entry.theme_id][1].append(entry)
        return [(theme, items) for theme, items in grouped.values() if items]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = self.themes()
        context["faq_themes"] = themes
        context["faq_json_ld"] = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": entry.question,
                        "acceptedAnswer": {
                            "@type": "Answer",
                            "text": strip_tags(entry.answer).strip(),
                        },
                    }
                    for _theme, entries in themes
                    for entry in entries
                ],
            },
            ensure_ascii=False,
        ).replace("<", "\\u003c")
        return context


class FaqPageTheme(Orderable):
    page = ParentalKey(FaqPage, related_name="page_themes", on_delete=models.CASCADE)
    theme = models.ForeignKey(
        FaqTheme, on_delete=models.CASCADE, related_name="+", verbose_name=_("thème")
    )
    panels = [FieldPanel("theme")]
