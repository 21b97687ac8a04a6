"""Query budget of a livret and the anonymous page cache."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from portail.livret.models import Droit, Intervenant, LivretPage, VoieDeRecours

pytestmark = pytest.mark.django_db


@pytest.fixture
def big_livret(livret_index, publish):
    people = [
        publish(Intervenant, role=f"Intervenant {i}", what_they_do="<p>Aide.</p>")
        for i in range(12)
    ]
    rights = [
        publish(Droit, name=f"Droit {i}", explanation="<p>x</p>", how_to_exercise="<p>y</p>")
        for i in range(12)
    ]
    appeals = [
        publish(VoieDeRecours, title=f"Recours {i}", when="<p>x</p>", how="<p>y</p>")
        for i in range(8)
    ]
    docs = [
        Document.objects.create(
            title=f"Document {i}", file=ContentFile(b"demo", name=f"doc{i}.txt")
        )
        for i in range(4)
    ]
    body = []
    for i in range(6):
        body += [
            ("heading", {"text": f"Partie {i}", "level": "h2"}),
            ("paragraph", f"<p>Le PPE et l'ASE, partie {i}.</p>"),
            ("intervenants", {"title": f"Qui {i}", "intro": "", "items": people[i : i + 6]}),
            ("droits", {"title": f"Droits {i}", "intro": "", "items": rights[i : i + 6]}),
            ("recours", {"title": f"Recours {i}", "intro": "", "items": appeals[i : i + 3]}),
            (
                "documents",
                {
                    "title": f"Documents {i}",
                    "intro": "",
                    "items": [{"document": d, "description": ""} for d in docs],
                },
            ),
            (
                "steps",
                {
                    "title": f"Étapes {i}",
                    "intro": "",
                    "steps": [{"title": "Un", "text": "<p>1</p>"}],
                },
            ),
            ("callout", {"title": "", "tone": "info", "text": "<p>Info</p>"}),
        ]
    body.append(
        (
            "contacts",
            {
                "title": "Contacts",
                "intro": "",
                "phone": "01",
                "phone_hours": "",
                "email": "",
                "permanences": [],
            },
        )
    )
    page = LivretPage(
        title="Grand livret",
        slug="grand-livret",
        mesure_code="aed",
        cadre="administratif",
        summary="Résumé.",
        body=body,
    )
    livret_index.add_child(instance=page)
    page.save_revision().publish()
    assert len(page.body) >= 30
    return page


def test_uncached_livret_query_budget(client, big_livret, django_assert_max_num_queries):
    from portail.livret.abbr import glossary_terms

    client.get("/")  # a running server has its site root paths and glossary list cached
    glossary_terms()
    with django_assert_max_num_queries(12) as captured:
        response = client.get(big_livret.url)
    print(f"uncached livret of {len(big_livret.body)} blocks: {len(captured)} queries")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert "Intervenant 10" in html and "Document 3" in html and "Recours 7" in html


def test_anonymous_cache_hit_and_invalidation_on_publish(
    client, big_livret, django_assert_max_num_queries
):
    assert client.get(big_livret.url)["X-Page-Cache"] == "miss"
    # Only Wagtail's routing and view-restriction check remain (site, 3 route steps).
    with django_assert_max_num_queries(6):
        response = client.get(big_livret.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Grand livret" in response.content.decode()

    big_livret.title = "Grand livret republié"
    big_livret.save_revision().publish()
    response = client.get(big_livret.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Grand livret republié" in response.content.decode()


def test_snippet_publication_invalidates_cached_pages(client, big_livret):
    client.get(big_livret.url)
    droit = Droit.objects.get(name="Droit 0")
    droit.name = "Droit zéro renommé"
    droit.save_revision().publish()
    response = client.get(big_livret.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Droit zéro renommé" in response.content.decode()


def test_never_cached_for_signed_in_users_or_query_strings(client, big_livret, make_user):
    assert "X-Page-Cache" not in client.get(big_livret.url, {"avis": "merci"})
    client.get(big_livret.url)  # now cached for anonymous visitors
    client.force_login(make_user("parent@example.com"))
    response = client.get(big_livret.url)
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]
    assert "parent@example.com" in response.content.decode() or response.status_code == 200
