"""Admin for the annuaire, and the annuaire's section of the site search."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Commune, Lieu
from .types import LieuType

SEARCH_LIMIT = 10


class LieuFilterSet(WagtailFilterSet):
    type = django_filters.ChoiceFilter(label=_("Type de lieu"), choices=LieuType.choices)
    commune = django_filters.ModelChoiceFilter(label=_("Commune"), queryset=Commune.objects.all())
    active = django_filters.BooleanFilter(label=_("Visible sur le portail"))

    class Meta:
        model = Lieu
        fields = ["type", "commune", "active", "is_demo"]


class LieuViewSet(SnippetViewSet):
    model = Lieu
    icon = "site"
    menu_label = _("Lieux")
    list_display = ["name", "type_label", "commune", "active", "updated_at"]
    list_per_page = 50
    filterset_class = LieuFilterSet
    search_fields = ["name", "address", "services"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Lieu.objects.select_related("commune")


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "globe"
    menu_label = _("Communes")
    list_display = ["nom", "insee", "epci_nom", "arrondissement_nom"]
    list_filter = ["arrondissement_nom"]
    search_fields = ["nom", "insee"]
    ordering = ["nom"]
    inspect_view_enabled = True


class AnnuaireGroup(SnippetViewSetGroup):
    items = (LieuViewSet, CommuneViewSet)
    menu_icon = "site"
    menu_label = _("Annuaire")
    menu_name = "annuaire"


register_snippet(AnnuaireGroup)


@hooks.register("portail_search")
def search_lieux(request, query):
    """Places whose name, services, type or commune match the visitor's query."""
    from wagtail.search.backends import get_search_backend

    matches = get_search_backend().search(query, Lieu.objects.filter(active=True))[:SEARCH_LIMIT]
    lieux = Lieu.objects.filter(pk__in=[lieu.pk for lieu in matches]).select_related("commune")
    return {
        "title": str(_("Lieux de l'annuaire")),
        "results": [
            {
                "title": lieu.name,
                "url": lieu.get_absolute_url(),
                "excerpt": f"{lieu.type_label} — {lieu.postal_code} {lieu.commune.nom}",
            }
            for lieu in lieux
        ],
    }
