"""Admin registration (snippets with workflow), hooks and cache invalidation."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.signals import published, unpublished
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .abbr import invalidate_glossary_cache
from .models import Droit, FaqEntry, FaqTheme, GlossaryTerm, Intervenant, VoieDeRecours
from .page_cache import bump_generation
from .search import search_faq_and_glossary


class CadreFilterSet(WagtailFilterSet):
    cadre = django_filters.ChoiceFilter(
        choices=[("administratif", _("Administratif")), ("judiciaire", _("Judiciaire"))],
        label=_("Cadre"),
    )


class IntervenantFilterSet(CadreFilterSet):
    class Meta:
        model = Intervenant
        fields = ["cadre", "live"]


class RecoursFilterSet(CadreFilterSet):
    class Meta:
        model = VoieDeRecours
        fields = ["cadre", "live"]


class IntervenantViewSet(SnippetViewSet):
    model = Intervenant
    icon = "group"
    list_display = ["role", "cadre", "live"]
    filterset_class = IntervenantFilterSet
    search_fields = ["role"]


class DroitViewSet(SnippetViewSet):
    model = Droit
    icon = "doc-full"
    list_display = ["name", "live"]
    list_filter = ["live"]


class RecoursViewSet(SnippetViewSet):
    model = VoieDeRecours
    icon = "warning"
    list_display = ["title", "cadre", "live"]
    filterset_class = RecoursFilterSet


class FaqThemeViewSet(SnippetViewSet):
    model = FaqTheme
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "sort_order"]


class FaqEntryViewSet(SnippetViewSet):
    model = FaqEntry
    icon = "help"
    list_display = ["question", "theme", "live"]
    list_filter = ["theme", "live"]
    search_fields = ["question", "bot_phrasings"]


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["acronym", "expansion", "live"]
    list_filter = ["live"]
    search_fields = ["acronym", "expansion"]


class LivretContentGroup(SnippetViewSetGroup):
    menu_label = _("Contenus du livret")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        IntervenantViewSet,
        DroitViewSet,
        RecoursViewSet,
        FaqThemeViewSet,
        FaqEntryViewSet,
        GlossaryViewSet,
    )


register_snippet(LivretContentGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("livret/avis-pages/", admin_views.helpful_report, name="livret_helpful_report")]


@hooks.register("register_reports_menu_item")
def register_helpful_report_menu_item():
    return MenuItem(
        _("Avis sur les pages du livret"),
        reverse("livret_helpful_report"),
        icon_name="thumbtack",
        order=700,
    )


hooks.register("portail_search", search_faq_and_glossary)


def _on_snippet_publish(sender, **kwargs):
    if sender is GlossaryTerm:
        invalidate_glossary_cache()
    bump_generation()


for signal in (published, unpublished):
    signal.connect(_on_snippet_publish, dispatch_uid=f"livret-snippet-{id(signal)}")
