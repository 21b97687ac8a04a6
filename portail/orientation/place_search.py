"""Places of a type near a commune: same commune, else same EPCI, else same
arrondissement, else anywhere in the département — the nearest non-empty level wins."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import conf
from .commune_search import CommuneMatch, CommuneRef, find_commune
from .models import Lieu
from .types import TYPE_NOUNS, LieuType

LEVELS = ["commune", "epci", "arrondissement", "departement"]


@dataclass
class PlaceSearch:
    type: str
    match: CommuneMatch
    level: str | None = None
    lieux: list[Lieu] = field(default_factory=list)
    message: str = ""

    @property
    def commune(self) -> CommuneRef | None:
        return self.match.commune


def _level_of(row: dict, commune: CommuneRef) -> int:
    if row["commune_id"] == commune.insee:
        return 0
    if commune.epci_code and row["commune__epci_code"] == commune.epci_code:
        return 1
    if commune.arrondissement_code and (
        row["commune__arrondissement_code"] == commune.arrondissement_code
    ):
        return 2
    return 3


def nearest_places(type_code: str, commune: CommuneRef, limit: int) -> tuple[str | None, list]:
    """(level, places) with a constant number of queries (3) whatever the data."""
    rows = (
        Lieu.objects.active()
        .filter(type=type_code, commune__departement_code=commune.departement_code)
        .values("id", "name", "commune_id", "commune__epci_code", "commune__arrondissement_code")
    )
    ranked: dict[int, list[dict]] = {}
    for row in rows:
        ranked.setdefault(_level_of(row, commune), []).append(row)
    if not ranked:
        return None, []
    best = min(ranked)
    chosen = sorted(
        ranked[best], key=lambda row: (row["commune_id"] != commune.insee, row["name"].lower())
    )[:limit]
    ids = [row["id"] for row in chosen]
    places = {lieu.pk: lieu for lieu in Lieu.objects.filter(pk__in=ids).for_display()}
    return LEVELS[best], [places[pk] for pk in ids if pk in places]


def _none_here(type_code: str, where: str) -> str:
    gender, noun = TYPE_NOUNS[LieuType(type_code)]
    if gender == "f":
        return _("Aucune %(noun)s à %(where)s.") % {"noun": noun, "where": where}
    return _("Aucun %(noun)s à %(where)s.") % {"noun": noun, "where": where}


def build_message(search: PlaceSearch) -> str:
    match, commune = search.match, search.commune
    if not match.query:
        return _("Indiquez une commune ou un code postal.")
    if match.ambiguous:
        names = ", ".join(c.nom for c in match.candidates)
        return _(
            "Plusieurs communes correspondent à « %(query)s » : %(names)s. Précisez laquelle."
        ) % {"query": match.query, "names": names}
    if commune is None:
        return _(
            "Nous ne trouvons pas « %(query)s » parmi les communes du département. "
            "Vérifiez l'orthographe ou écrivez le code postal (5 chiffres)."
        ) % {"query": match.query}
    if search.level is None:
        gender, noun = TYPE_NOUNS[LieuType(search.type)]
        return _(
            "L'annuaire ne contient pas encore de lieu de ce type (%(noun)s) dans le "
            "département. Appelez le standard du département pour être orienté."
        ) % {"noun": noun}
    count = len(search.lieux)
    if search.level == "commune":
        return ngettext(
            "%(count)d lieu trouvé à %(commune)s.", "%(count)d lieux trouvés à %(commune)s.", count
        ) % {"count": count, "commune": commune.nom}
    none_here = _none_here(search.type, commune.nom)
    if search.level == "epci":
        nearby = _("Voici les plus proches, dans la même intercommunalité (%(name)s).") % {
            "name": commune.epci_nom
        }
    elif search.level == "arrondissement":
        nearby = _("Voici les plus proches, dans le même arrondissement (%(name)s).") % {
            "name": commune.arrondissement_nom
        }
    else:
        nearby = _("Voici d'autres lieux du département, plus éloignés.")
    return f"{none_here} {nearby}"


def search_places(type_code: str, query: str, limit: int = conf.DEFAULT_LIMIT) -> PlaceSearch:
    search = PlaceSearch(type=type_code, match=find_commune(query))
    if search.commune is not None:
        search.level, search.lieux = nearest_places(type_code, search.commune, limit)
    search.message = build_message(search)
    return search


def general_contact() -> dict:
    """The département's switchboard, from the default site's portal settings."""
    from portail.core.models import PortalSettings

    portal = PortalSettings.objects.filter(site__is_default_site=True).first()
    if portal is None:
        return {"label": settings.DEPARTEMENT_NAME, "telephone": ""}
    return {"label": portal.departement_name, "telephone": portal.phone}
