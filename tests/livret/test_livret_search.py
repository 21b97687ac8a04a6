"""Search: pages, FAQ entries and glossary terms; accents ignored; French stemming on PG."""

import pytest
from django.db import connection

from portail.livret.models import FaqEntry
from portail.livret.search import search_faq_and_glossary

pytestmark = pytest.mark.django_db


def titles(section):
    return [item["title"] for item in (section or {}).get("results", [])]


def test_hook_is_registered():
    from wagtail import hooks

    assert search_faq_and_glossary in hooks.get_hooks("portail_search")


def test_accent_insensitive_search_on_faq_and_glossary(rf, small_content):
    request = rf.get("/recherche/")
    assert "Combien de temps dure un placement ?" in titles(
        search_faq_and_glossary(request, "durée")
    )
    assert "Combien de temps dure un placement ?" in titles(
        search_faq_and_glossary(request, "DUREE")
    )
    assert "MDS : Maison départementale des solidarités" in titles(
        search_faq_and_glossary(request, "solidarites")
    )
    assert search_faq_and_glossary(request, "   ") is None


def test_search_view_lists_pages_and_faq(client, small_content):
    html = client.get("/recherche/", {"q": "placement"}).content.decode()
    assert "Le placement judiciaire" in html
    assert "/questions-frequentes/#duree-placement" in html


def test_bot_phrasings_are_searchable(rf, small_content):
    assert "Combien de temps dure un placement ?" in titles(
        search_faq_and_glossary(rf.get("/"), "ca dure combien")
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="French stemming: PostgreSQL")
def test_french_stemming_place_finds_placement(rf, client, small_content, publish):
    publish(
        FaqEntry,
        slug="familial",
        theme=small_content["theme"],
        question="Le placement familial",
        answer="<p>Chez un assistant.</p>",
    )
    assert "Le placement familial" in titles(search_faq_and_glossary(rf.get("/"), "placé"))
    html = client.get("/recherche/", {"q": "placé"}).content.decode()
    assert "Le placement judiciaire" in html


def test_each_faq_result_has_its_own_anchor(rf, small_content):
    section = search_faq_and_glossary(rf.get("/"), "placement projet")
    urls = {item["title"]: item["url"] for item in section["results"]}
    assert urls["Combien de temps dure un placement ?"] == "/questions-frequentes/#duree-placement"
    assert urls["C'est quoi le PPE ?"] == "/questions-frequentes/#c-est-quoi-ppe"
