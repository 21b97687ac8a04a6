import pytest
from django.db import connection
from wagtail.models import Page

from portail.core.models import StandardPage


@pytest.fixture
def searchable(demo_socle):
    page = StandardPage(
        title="Le placement de l'enfant",
        slug="placement",
        intro="Quand un enfant est placé, la famille garde des droits.",
        body=[("paragraph", "<p>Éducateur référent et assistant familial.</p>")],
    )
    demo_socle.add_child(instance=page)
    page.save_revision().publish()
    return page


def titles(response):
    return [p.title for p in response.context["page_obj"].object_list]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["éducateur", "educateur", "EDUCATEUR", "Educateur"])
def test_search_ignores_accents_and_case(client, searchable, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    assert "Le placement de l'enfant" in titles(response)


@pytest.mark.django_db
def test_search_uses_french_stemming_on_postgresql(client, searchable):
    if connection.vendor != "postgresql":
        pytest.skip("La racinisation française n'existe que sur PostgreSQL.")
    response = client.get("/recherche/", {"q": "placements"})
    assert "Le placement de l'enfant" in titles(response)


@pytest.mark.django_db
def test_search_without_match_says_so(client, searchable):
    response = client.get("/recherche/", {"q": "zzzzzz"})
    assert response.status_code == 200
    assert "Aucune page ne correspond" in response.content.decode()


@pytest.mark.django_db
def test_search_never_returns_draft_pages(client, searchable):
    draft = StandardPage(title="Brouillon éducateur", slug="brouillon", live=False)
    searchable.get_parent().add_child(instance=draft)
    assert Page.objects.filter(slug="brouillon", live=False).exists()
    assert "Brouillon éducateur" not in titles(client.get("/recherche/", {"q": "éducateur"}))


@pytest.mark.django_db
def test_overlong_query_is_cut_not_an_error(client, searchable):
    response = client.get("/recherche/", {"q": "a" * 5000})
    assert response.status_code == 200
    assert len(response.context["query"]) == 200
