from datetime import time

import pytest
from django.core.exceptions import ValidationError

from portail.orientation.hours import format_hours, hours_by_day
from portail.orientation.models import Horaire
from portail.orientation.place_search import search_places


def names(search):
    return [lieu.name for lieu in search.lieux]


def test_places_in_the_commune_first(lieux):
    search = search_places("pmi", "Massy")
    assert search.level == "commune"
    assert names(search) == ["Antenne PMI de Massy", "PMI de Massy"]
    assert search.message == "2 lieux trouvés à Massy."


def test_same_epci_when_the_commune_has_none(lieux):
    search = search_places("pmi", "Boussy-Saint-Antoine")
    assert search.level == "epci"
    assert names(search) == ["PMI de Vigneux"]
    assert search.message.startswith("Aucun centre de PMI à Boussy-Saint-Antoine.")
    assert "même intercommunalité" in search.message


def test_same_arrondissement_and_inactive_places_ignored(lieux):
    search = search_places("pmi", "dourdan")
    assert search.level == "arrondissement"
    assert names(search) == ["PMI d'Étampes"]
    assert "même arrondissement (Étampes)" in search.message


def test_departement_as_last_resort(lieux):
    search = search_places("fjt", "Étampes")
    assert search.level == "departement"
    assert names(search) == ["FJT de Massy"]
    assert "Aucun foyer de jeunes travailleurs à Étampes." in search.message


def test_feminine_type_and_no_place_at_all(lieux):
    search = search_places("mission_locale", "Massy")
    assert search.level is None and search.lieux == []
    assert "standard du département" in search.message


def test_limit(lieux):
    assert len(search_places("pmi", "91300", limit=1).lieux) == 1


def test_unknown_commune_message(lieux):
    search = search_places("pmi", "Marseille")
    assert search.commune is None and search.lieux == []
    assert "« Marseille »" in search.message and "code postal" in search.message


def test_constant_query_count(lieux, communes, django_assert_max_num_queries):
    from tests.orientation.conftest import make_lieu

    search_places("pmi", "Massy")  # warms the communes index
    with django_assert_max_num_queries(3):
        search_places("pmi", "Massy", limit=20)
    for number in range(8):
        make_lieu(communes["Massy"], name=f"PMI {number}")
    with django_assert_max_num_queries(3):
        assert len(search_places("pmi", "Massy", limit=20).lieux) == 10


def test_hours_formatting(lieux):
    lieu = lieux["massy"]
    assert lieu.hours_summary() == "lun. 9h-12h, 13h30-17h; mer. 9h-12h (sur rendez-vous)"
    assert hours_by_day(lieu.horaires.all()) == [
        ("lundi", ["9h-12h", "13h30-17h"]),
        ("mercredi", ["9h-12h (sur rendez-vous)"]),
    ]
    assert format_hours([]) == ""


def test_closing_before_opening_is_refused(lieux):
    slot = Horaire(lieu=lieux["massy"], weekday=1, opens=time(14), closes=time(9))
    with pytest.raises(ValidationError):
        slot.full_clean()
