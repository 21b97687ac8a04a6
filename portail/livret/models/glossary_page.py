"""The A-Z glossary page."""

from itertools import groupby

from anyascii import anyascii
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from ..page_cache import AnonymousPageCacheMixin
from .snippets import GlossaryTerm


def _letter(term):
    return anyascii(term.acronym[:1]).upper()


class GlossaryPage(AnonymousPageCacheMixin, Page):
    intro = models.TextField(_("chapeau"), blank=True, max_length=400)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    template = "livret/glossary_page.html"
    max_count = 1

    class Meta:
        verbose_name = _("glossaire de A à Z")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = sorted(GlossaryTerm.objects.live(), key=lambda t: anyascii(t.acronym).upper())
        groups = [(letter, list(items)) for letter, items in groupby(terms, key=_letter)]
        present = {letter for letter, _items in groups}
        context["letters"] = [(chr(c), chr(c) in present) for c in range(ord("A"), ord("Z") + 1)]
        context["term_groups"] = groups
        return context
