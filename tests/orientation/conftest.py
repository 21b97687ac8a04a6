"""Fixtures of the annuaire tests: the shipped communes and a few places."""

from datetime import time

import pytest

from portail.orientation import importer
from portail.orientation.commune_search import clear_index
from portail.orientation.models import CodePostal, Commune, Horaire, Lieu
from portail.orientation.normalise import normalise_name

TRIMMED = importer.TRIMMED_DIR / "communes-91.json"


@pytest.fixture(autouse=True)
def _fresh_commune_index():
    clear_index()
    yield
    clear_index()


@pytest.fixture
def communes(db):
    """The 194 communes of the shipped file, inserted in two queries."""
    records = importer.read_trimmed(TRIMMED, "91")
    Commune.objects.bulk_create(
        Commune(
            insee=r.insee,
            nom=r.nom,
            nom_normalise=normalise_name(r.nom),
            departement_code=r.departement_code,
            epci_code=r.epci_code,
            epci_nom=r.epci_nom,
            arrondissement_code=r.arrondissement_code,
            arrondissement_nom=r.arrondissement_nom,
            population=r.population,
        )
        for r in records
    )
    CodePostal.objects.bulk_create(
        CodePostal(commune_id=r.insee, code=code) for r in records for code in r.codes_postaux
    )
    return {c.nom: c for c in Commune.objects.all()}


def make_lieu(commune, type_code="pmi", name=None, active=True, hours=True, **extra):
    lieu = Lieu.objects.create(
        type=type_code,
        name=name or f"Lieu {type_code} {commune.nom}",
        address="1 rue de l'Essai",
        postal_code=commune.codes_postaux.first().code,
        commune=commune,
        phone="01 99 00 00 01",
        email="essai@lieux.example",
        active=active,
        **extra,
    )
    if hours:
        Horaire.objects.create(lieu=lieu, weekday=0, opens=time(9), closes=time(12))
        Horaire.objects.create(lieu=lieu, weekday=0, opens=time(13, 30), closes=time(17))
        Horaire.objects.create(
            lieu=lieu, weekday=2, opens=time(9), closes=time(12), note="sur rendez-vous"
        )
    return lieu


@pytest.fixture
def lieux(communes):
    """PMIs placed so that each fallback level can be reached:
    Massy (commune), Vigneux-sur-Seine (EPCI of Boussy-Saint-Antoine), Étampes
    (arrondissement of Dourdan); an inactive PMI at Dourdan; one FJT at Massy only."""
    return {
        "massy": make_lieu(communes["Massy"], name="PMI de Massy"),
        "massy2": make_lieu(communes["Massy"], name="Antenne PMI de Massy", hours=False),
        "vigneux": make_lieu(communes["Vigneux-sur-Seine"], name="PMI de Vigneux"),
        "etampes": make_lieu(communes["Étampes"], name="PMI d'Étampes"),
        "inactive": make_lieu(communes["Dourdan"], name="PMI fermée de Dourdan", active=False),
        "fjt": make_lieu(communes["Massy"], "fjt", name="FJT de Massy"),
    }
