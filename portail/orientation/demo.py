"""Fictitious places for the demo site: plausible, never real, always labelled as demo.

Phone numbers are in the 01 99 00 xx xx range that ARCEP keeps for fiction.
"""

from datetime import time

from .models import Commune, Horaire, Lieu
from .types import LieuType

DEMO_ADDRESS_SUFFIX = "(adresse de démonstration)"
STREETS = [
    "rue de la Mairie",
    "avenue de la République",
    "place du Marché",
    "rue des Écoles",
    "allée des Tilleuls",
    "boulevard de la Gare",
    "rue Victor-Hugo",
]

# (weekday, opens, closes, note) per type; hours are typical, not real.
MORNING, AFTERNOON = (time(9), time(12)), (time(13, 30), time(17))
WEEK = range(5)
HOURS = {
    LieuType.PMI: [(d, *MORNING, "") for d in WEEK]
    + [(d, *AFTERNOON, "sur rendez-vous") for d in (0, 1, 3, 4)],
    LieuType.CAF: [(d, time(8, 30), time(12, 30), "") for d in (0, 1, 3)]
    + [(3, time(13, 30), time(16), "sur rendez-vous")],
    LieuType.MISSION_LOCALE: [(d, *MORNING, "") for d in WEEK]
    + [(d, *AFTERNOON, "") for d in (0, 1, 2, 3)],
    LieuType.MAISON_ADOS: [(d, time(13), time(19), "") for d in (1, 2, 3, 4)]
    + [(5, time(10), time(13), "")],
    LieuType.CEGIDD: [(0, time(14), time(18), "sans rendez-vous"), (2, time(9), time(13), "")],
}
DEFAULT_HOURS = [(d, *MORNING, "") for d in WEEK] + [(d, *AFTERNOON, "") for d in WEEK]

TEXTS = {
    LieuType.PMI: (
        "Femmes enceintes, parents et enfants de moins de 6 ans.",
        "Consultations de bébés, vaccins, pesée, conseils d'une puéricultrice, "
        "suivi de grossesse par une sage-femme.",
    ),
    LieuType.CAF: (
        "Allocataires de la CAF et futurs allocataires.",
        "Aide pour une demande d'allocation, bornes en libre accès, rendez-vous "
        "avec un conseiller.",
    ),
    LieuType.CPEF: (
        "Tout le monde, y compris les mineurs, sans l'accord des parents.",
        "Contraception, test de grossesse, écoute sur la vie affective et "
        "sexuelle. Gratuit et confidentiel.",
    ),
    LieuType.MISSION_LOCALE: (
        "Jeunes de 16 à 25 ans sortis de l'école.",
        "Formation, emploi, logement, santé, papiers.",
    ),
}
DEFAULT_TEXT = ("Tout public.", "Accueil, information et orientation.")
ACCESSIBILITY = "Accès de plain-pied pour les fauteuils roulants. Boucle magnétique à l'accueil."

EVERY_TYPE_COMMUNES = 4  # the largest communes get a place of every type
PMI_EXTRA_COMMUNES = 5  # the next ones get a PMI and an MDS


def demo_plan(departement: str) -> list[tuple[str, Commune]]:
    """(type, commune) pairs to create, for the largest communes of the département."""
    communes = list(
        Commune.objects.filter(departement_code=departement).order_by("-population", "nom")
    )
    plan: list[tuple[str, Commune]] = []
    seen_arrondissements = set()
    for commune in communes:  # the largest commune of each arrondissement
        if commune.arrondissement_code not in seen_arrondissements:
            seen_arrondissements.add(commune.arrondissement_code)
            plan += [(code, commune) for code in (LieuType.PMI, LieuType.CPEF, LieuType.CAF)]
    for commune in communes[:EVERY_TYPE_COMMUNES]:
        plan += [(code, commune) for code in LieuType.values]
    extra = communes[EVERY_TYPE_COMMUNES : EVERY_TYPE_COMMUNES + PMI_EXTRA_COMMUNES]
    for commune in extra:
        plan += [(LieuType.PMI, commune), (LieuType.MDS, commune)]
    unique = {(str(code), commune.insee): commune for code, commune in plan}
    return [(code, commune) for (code, _), commune in unique.items()]


def ensure_lieu(number: int, type_code: str, commune: Commune) -> tuple[Lieu, bool]:
    label = LieuType(type_code).label
    name = f"{label} – {commune.nom} (démo)"
    existing = Lieu.objects.filter(is_demo=True, name=name).first()
    if existing:
        return existing, False
    public, services = TEXTS.get(type_code, DEFAULT_TEXT)
    lieu = Lieu(
        type=type_code,
        name=name,
        address=f"{number % 40 + 1} {STREETS[number % len(STREETS)]} {DEMO_ADDRESS_SUFFIX}",
        postal_code=min(commune.codes_postaux.values_list("code", flat=True), default=""),
        commune=commune,
        phone=f"01 99 00 {number // 100 % 100:02d} {number % 100:02d}",
        email=f"{type_code.replace('_', '-')}.{commune.insee}@lieux.example",
        public=public,
        services=services,
        accessibility=ACCESSIBILITY if number % 3 else "",
        is_demo=True,
    )
    lieu.save()
    for order, (weekday, opens, closes, note) in enumerate(HOURS.get(type_code, DEFAULT_HOURS)):
        Horaire.objects.create(
            lieu=lieu, sort_order=order, weekday=weekday, opens=opens, closes=closes, note=note
        )
    return lieu, True
