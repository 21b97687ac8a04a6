"""Kinds of places of the annuaire, with a plain explanation of each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LieuType(models.TextChoices):
    PMI = "pmi", _("Centre de PMI")
    CAF = "caf", _("Accueil CAF")
    CPEF = "cpef", _("Centre de planification (CPEF)")
    CSS = "css", _("Centre de santé sexuelle")
    CEGIDD = "cegidd", _("CeGIDD (dépistage)")
    MDS = "mds", _("Maison départementale des solidarités")
    MDPH = "mdph", _("MDPH / MDA")
    MISSION_LOCALE = "mission_locale", _("Mission locale")
    MEDIATION = "mediation", _("Espace rencontre / médiation familiale")
    POINT_JUSTICE = "point_justice", _("Point justice / CIDFF")
    MAISON_ADOS = "maison_ados", _("Maison des adolescents")
    FJT = "fjt", _("Foyer de jeunes travailleurs")


# (question, answer) per type, for the "types de lieux" page.
TYPE_EXPLANATIONS = {
    LieuType.PMI: (
        _("À quoi sert un centre de PMI ?"),
        _(
            "La PMI (protection maternelle et infantile) suit gratuitement les femmes "
            "enceintes et les enfants de moins de 6 ans : pesée, vaccins, conseils, "
            "visites de puéricultrice. Vous pouvez y aller sans être suivi par ailleurs."
        ),
    ),
    LieuType.CAF: (
        _("À quoi sert un accueil CAF ?"),
        _(
            "La CAF (caisse d'allocations familiales) verse les aides aux familles : "
            "allocations, aide au logement, RSA, prime d'activité. À l'accueil, on vous aide "
            "à faire une demande ou à comprendre un courrier."
        ),
    ),
    LieuType.CPEF: (
        _("À quoi sert un CPEF ?"),
        _(
            "Le centre de planification et d'éducation familiale répond aux questions sur la "
            "contraception, la grossesse, la vie affective et sexuelle. C'est gratuit et "
            "confidentiel, y compris pour les mineurs, sans l'accord des parents."
        ),
    ),
    LieuType.CSS: (
        _("À quoi sert un centre de santé sexuelle ?"),
        _(
            "Il accueille tout le monde, jeunes et adultes, pour la contraception, les tests "
            "de grossesse, le dépistage des infections sexuelles et l'écoute. Gratuit et "
            "confidentiel."
        ),
    ),
    LieuType.CEGIDD: (
        _("À quoi sert un CeGIDD ?"),
        _(
            "Le centre gratuit d'information, de dépistage et de diagnostic fait des tests "
            "du VIH, des hépatites et des autres infections sexuelles. Vous pouvez rester "
            "anonyme."
        ),
    ),
    LieuType.MDS: (
        _("À quoi sert une maison départementale des solidarités ?"),
        _(
            "C'est le service social du département près de chez vous. Des assistantes "
            "sociales et des éducateurs vous reçoivent pour l'argent, le logement, les "
            "enfants ou une situation difficile."
        ),
    ),
    LieuType.MDPH: (
        _("À quoi sert la MDPH ou la MDA ?"),
        _(
            "La maison départementale des personnes handicapées (ou de l'autonomie) reçoit les "
            "demandes liées au handicap d'un enfant ou d'un adulte : aides, orientation, "
            "accompagnement à l'école."
        ),
    ),
    LieuType.MISSION_LOCALE: (
        _("À quoi sert une mission locale ?"),
        _(
            "Elle aide les jeunes de 16 à 25 ans qui ne sont plus à l'école : trouver une "
            "formation, un emploi, un logement, faire ses papiers, se soigner."
        ),
    ),
    LieuType.MEDIATION: (
        _("À quoi sert un espace rencontre ou une médiation familiale ?"),
        _(
            "L'espace rencontre est un lieu neutre où un enfant peut voir un parent, avec des "
            "professionnels présents. La médiation familiale aide les parents séparés ou en "
            "conflit à se parler et à trouver des accords."
        ),
    ),
    LieuType.POINT_JUSTICE: (
        _("À quoi sert un point justice ou un CIDFF ?"),
        _(
            "Des juristes vous informent gratuitement sur vos droits : famille, séparation, "
            "violences, logement, travail. Le CIDFF (centre d'information sur les droits des "
            "femmes et des familles) aide en particulier les femmes et les familles."
        ),
    ),
    LieuType.MAISON_ADOS: (
        _("À quoi sert une maison des adolescents ?"),
        _(
            "Les jeunes de 11 à 25 ans et leurs parents peuvent y parler d'un souci : "
            "mal-être, école, famille, santé. L'accueil est gratuit, sans rendez-vous le plus "
            "souvent."
        ),
    ),
    LieuType.FJT: (
        _("À quoi sert un foyer de jeunes travailleurs ?"),
        _(
            "Il loue des logements meublés à petit prix aux jeunes de 16 à 30 ans qui "
            "travaillent, sont en formation ou en recherche d'emploi, avec un accompagnement."
        ),
    ),
}


def type_label(code: str) -> str:
    return str(LieuType(code).label)


def is_valid_type(code: str | None) -> bool:
    return code in LieuType.values


# Grammatical gender and lower-case noun, for sentences such as "Aucun centre de PMI à …".
TYPE_NOUNS = {
    LieuType.PMI: ("m", _("centre de PMI")),
    LieuType.CAF: ("m", _("accueil CAF")),
    LieuType.CPEF: ("m", _("centre de planification (CPEF)")),
    LieuType.CSS: ("m", _("centre de santé sexuelle")),
    LieuType.CEGIDD: ("m", _("CeGIDD (centre de dépistage)")),
    LieuType.MDS: ("f", _("maison départementale des solidarités")),
    LieuType.MDPH: ("f", _("MDPH ou MDA")),
    LieuType.MISSION_LOCALE: ("f", _("mission locale")),
    LieuType.MEDIATION: ("m", _("espace rencontre ou de médiation familiale")),
    LieuType.POINT_JUSTICE: ("m", _("point justice ou CIDFF")),
    LieuType.MAISON_ADOS: ("f", _("maison des adolescents")),
    LieuType.FJT: ("m", _("foyer de jeunes travailleurs")),
}
