from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portail.orientation.models import Lieu


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


def test_form_without_query_shows_the_form(client, communes):
    response = client.get("/annuaire/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<form class="lieu-search" method="get"' in html
    assert 'label for="id_type"' in html and 'label for="id_q"' in html
    assert "Résultats" not in html


def test_get_round_trip_with_fallback_explained(client, lieux):
    response = client.get("/annuaire/", {"type": "pmi", "q": "boussy saint antoine"})
    html = response.content.decode()
    assert "Aucun centre de PMI à Boussy-Saint-Antoine." in html
    assert "même intercommunalité" in html
    assert "PMI de Vigneux" in html and f'href="/annuaire/lieu/{lieux["vigneux"].pk}/"' in html
    assert 'value="boussy saint antoine"' in html  # what was typed stays
    assert '<option value="pmi" selected>' in html
    assert 'href="tel:0199000001"' in html
    assert "lun. 9h-12h, 13h30-17h" in html


def test_unknown_commune_keeps_what_was_typed(client, lieux):
    html = client.get("/annuaire/", {"type": "pmi", "q": "Trifouillis"}).content.decode()
    assert 'value="Trifouillis"' in html
    assert 'aria-invalid="true"' in html and 'class="error-summary"' in html
    assert "Nous ne trouvons pas « Trifouillis »" in html


def test_missing_fields_are_explained(client, communes):
    html = client.get("/annuaire/", {"type": "", "q": ""}).content.decode()
    assert "Choisissez un type de lieu." in html
    assert "Indiquez une commune ou un code postal." in html
    assert 'href="#id_type"' in html and 'href="#id_q"' in html


def test_bogus_type_is_a_form_error_not_a_500(client, communes):
    response = client.get("/annuaire/", {"type": "<script>", "q": "x" * 500})
    assert response.status_code == 200
    assert "Choisissez un type de lieu dans la liste." in response.content.decode()


def test_ambiguous_commune_offers_links(client, lieux):
    html = client.get("/annuaire/", {"type": "pmi", "q": "91150"}).content.decode()
    assert "Plusieurs communes correspondent" in html
    assert 'href="?type=pmi&amp;q=%C3%89tampes"' in html


def test_results_page_costs_a_constant_number_of_queries(client, lieux, communes):
    from tests.orientation.conftest import make_lieu

    def count(params):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/annuaire/", params).status_code == 200
        return len(queries)

    count({"type": "pmi", "q": "Massy"})  # warms the communes index
    few = count({"type": "pmi", "q": "Massy"})
    for number in range(8):
        make_lieu(communes["Massy"], name=f"PMI {number}")
    many = count({"type": "pmi", "q": "Massy"})
    assert few == many
    assert many <= 10, many


def test_results_page_is_cached_for_anonymous_visitors(client, lieux):
    params = {"type": "pmi", "q": "Massy"}
    client.get("/annuaire/", params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/annuaire/", params)
    assert response.status_code == 200 and "PMI de Massy" in response.content.decode()
    assert len(queries) == 0


def test_place_page(client, lieux):
    lieu = lieux["massy"]
    lieu.accessibility = "Ascenseur et boucle magnétique."
    lieu.services = "Pesée et vaccins."
    lieu.save()
    html = client.get(f"/annuaire/lieu/{lieu.pk}/").content.decode()
    assert "<h1>PMI de Massy</h1>" in html
    assert 'href="tel:0199000001"' in html
    assert '<th scope="row">Lundi</th><td>9h-12h, 13h30-17h</td>' in html
    assert "Ascenseur et boucle magnétique." in html and "Pesée et vaccins." in html


def test_place_page_404_for_inactive_and_unknown(client, lieux):
    assert client.get(f"/annuaire/lieu/{lieux['inactive'].pk}/").status_code == 404
    assert client.get("/annuaire/lieu/999999/").status_code == 404


def test_types_page_explains_every_type(client, db):
    html = client.get("/annuaire/types/").content.decode()
    assert "À quoi sert un CPEF ?" in html
    assert html.count('class="lieu-types__item"') == 12
    assert 'href="/annuaire/?type=mission_locale"' in html


def test_site_search_lists_places(client, lieux):
    html = client.get("/recherche/", {"q": "Vigneux"}).content.decode()
    assert "Lieux de l&#x27;annuaire" in html
    assert f"/annuaire/lieu/{lieux['vigneux'].pk}/" in html
    assert "PMI fermée" not in client.get("/recherche/", {"q": "Dourdan"}).content.decode()


def test_demo_loader_is_idempotent_and_exercises_every_level(db):
    out = StringIO()
    call_command("load_demo_orientation", stdout=out)
    assert "lieux créés" in out.getvalue() and "communes traitées" in out.getvalue()
    count = Lieu.objects.count()
    assert Lieu.objects.filter(is_demo=True).count() == count > 40
    snapshot = sorted(Lieu.objects.values_list("name", "phone", "address", "updated_at"))
    out = StringIO()
    call_command("load_demo_orientation", stdout=out)
    assert "0 lieux créés" in out.getvalue()
    assert sorted(Lieu.objects.values_list("name", "phone", "address", "updated_at")) == snapshot
    assert all(
        "(adresse de démonstration)" in a for a in Lieu.objects.values_list("address", flat=True)
    )
    assert all(p.startswith("01 99 00") for p in Lieu.objects.values_list("phone", flat=True))
    # every type exists, and each arrondissement has a PMI, a CPEF and a CAF
    assert set(Lieu.objects.values_list("type", flat=True)) == {
        "pmi",
        "caf",
        "cpef",
        "css",
        "cegidd",
        "mds",
        "mdph",
        "mission_locale",
        "mediation",
        "point_justice",
        "maison_ados",
        "fjt",
    }
    for code in ("pmi", "cpef", "caf"):
        arrondissements = set(
            Lieu.objects.filter(type=code).values_list("commune__arrondissement_code", flat=True)
        )
        assert arrondissements == {"911", "912", "913"}
    from portail.orientation.place_search import search_places

    assert search_places("pmi", "Boussy-Saint-Antoine").level == "epci"
    assert search_places("pmi", "Dourdan").level == "arrondissement"
    assert search_places("fjt", "Étampes").level == "departement"
    assert search_places("pmi", "Massy").level == "commune"
