"""Find a commune of the département from what a visitor typed: name or postal code.

Pure functions over an in-memory index of the ~200 communes (rebuilt from the database at
most every few minutes, and at once when communes change). Matching is accent-, case- and
punctuation-insensitive and tolerates small typos.
"""

import difflib
import re
import time
from dataclasses import dataclass, field

from . import conf
from .normalise import normalise_name

POSTAL_CODE = re.compile(r"\b(\d{5})\b")
MAX_CANDIDATES = 8
# A fuzzy match must be at least this similar, and clearly ahead of the next one.
FUZZY_THRESHOLD = 0.75
FUZZY_MARGIN = 0.04


@dataclass(frozen=True)
class CommuneRef:
    insee: str
    nom: str
    nom_normalise: str
    codes_postaux: tuple[str, ...]
    epci_code: str
    epci_nom: str
    arrondissement_code: str
    arrondissement_nom: str
    departement_code: str
    population: int


@dataclass
class CommuneMatch:
    query: str
    commune: CommuneRef | None = None
    candidates: list[CommuneRef] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.commune is None and bool(self.candidates)


_index: dict = {"built": 0.0, "communes": []}


def clear_index() -> None:
    _index["built"] = 0.0
    _index["communes"] = []


def load_index() -> list[CommuneRef]:
    """The communes of the configured département, cached in this process."""
    if _index["communes"] and time.monotonic() - _index["built"] < conf.COMMUNE_INDEX_SECONDS:
        return _index["communes"]
    from .models import CodePostal, Commune

    postal: dict[str, list[str]] = {}
    for insee, code in CodePostal.objects.filter(
        commune__departement_code=conf.DEPARTEMENT
    ).values_list("commune_id", "code"):
        postal.setdefault(insee, []).append(code)
    communes = [
        CommuneRef(
            insee=row["insee"],
            nom=row["nom"],
            nom_normalise=row["nom_normalise"],
            codes_postaux=tuple(sorted(postal.get(row["insee"], []))),
            epci_code=row["epci_code"],
            epci_nom=row["epci_nom"],
            arrondissement_code=row["arrondissement_code"],
            arrondissement_nom=row["arrondissement_nom"],
            departement_code=row["departement_code"],
            population=row["population"] or 0,
        )
        for row in Commune.objects.filter(departement_code=conf.DEPARTEMENT).values()
    ]
    _index["communes"] = communes
    _index["built"] = time.monotonic()
    return communes


def _by_population(communes):
    return sorted(communes, key=lambda c: (-c.population, c.nom))


def _decide(query: str, matches: list[CommuneRef]) -> CommuneMatch:
    if len(matches) == 1:
        return CommuneMatch(query, commune=matches[0])
    return CommuneMatch(query, candidates=_by_population(matches)[:MAX_CANDIDATES])


def _fuzzy_scores(needle: str, communes: list[CommuneRef]) -> list[tuple[float, CommuneRef]]:
    """Similarity to the whole name, or to its start as long as the query ("corbiel").

    SequenceMatcher caches what it learns about seq2, so the query is seq2; the cheap upper
    bounds (real_quick_ratio, quick_ratio) skip most names before the costly ratio().
    """
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(needle)
    scores = []
    for commune in communes:
        best = 0.0
        for candidate, malus in (
            (commune.nom_normalise, 0.0),
            (commune.nom_normalise[: len(needle)], 0.0),
        ):
            matcher.set_seq1(candidate)
            floor = FUZZY_THRESHOLD + malus
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            best = max(best, matcher.ratio() - malus)
        if best >= FUZZY_THRESHOLD:
            scores.append((best, commune))
    return sorted(scores, key=lambda item: (-item[0], -item[1].population))


def match_by_name(query: str, needle: str, communes: list[CommuneRef]) -> CommuneMatch:
    exact = [c for c in communes if c.nom_normalise == needle]
    if exact:
        return _decide(query, exact)
    prefix = [c for c in communes if c.nom_normalise.startswith(needle)]
    if prefix:
        return _decide(query, prefix)
    # Every typed word starts a word of the name, in order ("ulis", "courcouronnes").
    words = needle.split()
    by_words = [
        c
        for c in communes
        if all(any(part.startswith(word) for part in c.nom_normalise.split()) for word in words)
    ]
    if by_words:
        return _decide(query, by_words)
    close = _fuzzy_scores(needle, communes)
    if not close:
        return CommuneMatch(query)
    if len(close) == 1 or close[0][0] - close[1][0] >= FUZZY_MARGIN:
        return CommuneMatch(query, commune=close[0][1])
    best = close[0][0]
    return CommuneMatch(
        query, candidates=[c for score, c in close if best - score < FUZZY_MARGIN][:MAX_CANDIDATES]
    )


def find_commune(query: str, communes: list[CommuneRef] | None = None) -> CommuneMatch:
    """Best commune for `query`, or candidates when ambiguous, or nothing."""
    query = (query or "").strip()[:120]
    if communes is None:
        communes = load_index()
    postal = POSTAL_CODE.search(query)
    needle = normalise_name(POSTAL_CODE.sub(" ", query))
    if postal:
        code = postal.group(1)
        pool = [c for c in communes if code in c.codes_postaux] or [
            c for c in communes if c.insee == code
        ]
        if not pool:
            return CommuneMatch(query)
        if needle:  # "91000 Évry": the name decides between the communes of the code
            named = match_by_name(query, needle, pool)
            if named.commune or named.candidates:
                return named
        return _decide(query, pool)
    if not needle:
        return CommuneMatch(query)
    return match_by_name(query, needle, communes)


def get_commune(insee: str) -> CommuneRef | None:
    return next((c for c in load_index() if c.insee == insee), None)
