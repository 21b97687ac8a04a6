"""FAQ pages (JSON-LD, anchors), glossary A-Z, and <abbr> on first use of an acronym."""

import json

import pytest
from bs4 import BeautifulSoup

from portail.livret.abbr import abbreviate
from portail.livret.models import FaqEntry, GlossaryTerm

pytestmark = pytest.mark.django_db


def test_faq_page_json_ld_and_anchors(client, small_content):
    response = client.get("/questions-frequentes/")
    page = BeautifulSoup(response.content, "html.parser")
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "FAQPage"
    questions = [item["name"] for item in data["mainEntity"]]
    assert "Combien de temps dure un placement ?" in questions
    assert all(
        item["acceptedAnswer"]["text"] and "<" not in item["acceptedAnswer"]["text"]
        for item in data["mainEntity"]
    )
    for entry in small_content["entries"]:
        details = page.find("details", id=entry.slug)
        assert details and details.find("summary")


def test_faq_entry_public_url(small_content):
    entry = small_content["entries"][0]
    assert entry.public_url() == "/questions-frequentes/#duree-placement"


def test_faq_entry_phrasings(small_content):
    entry = small_content["entries"][0]
    assert entry.phrasings == ["placement ca dure combien", "duree placement"]


def test_json_ld_cannot_break_out_of_its_script(client, small_content):
    entry = small_content["entries"][1]
    entry.question = "Et </script><script>alert(1)</script> ?"
    entry.save_revision().publish()
    html = client.get("/questions-frequentes/").content.decode()
    assert "</script><script>alert(1)" not in html


def test_glossary_page_a_to_z(client, small_content):
    page = BeautifulSoup(client.get("/glossaire/").content, "html.parser")
    letters = [a.get_text() for a in page.select(".az-nav a")]
    assert letters == ["A", "M", "P"]
    assert page.find(id="lettre-A") and page.find(id="terme-ase")
    assert len(page.select(".az-nav li")) == 26


def test_abbr_marks_first_occurrence_only(small_content):
    html = "<p>L'ASE et le PPE. Encore l'ASE.</p>"
    out = BeautifulSoup(abbreviate(html), "html.parser")
    abbrs = out.find_all("abbr")
    assert [(a.get_text(), a["title"]) for a in abbrs] == [
        ("ASE", "Aide sociale à l'enfance"),
        ("PPE", "Projet pour l'enfant"),
    ]
    assert out.get_text() == "L'ASE et le PPE. Encore l'ASE."


def test_abbr_skips_links_headings_existing_abbr_and_partial_words(small_content):
    html = '<h2>ASE</h2><p><a href="/x">ASE</a> <abbr title="x">PPE</abbr> PPE CASE MDS-X MDS.</p>'
    out = BeautifulSoup(abbreviate(html), "html.parser")
    assert out.h2.find("abbr") is None
    assert out.a.find("abbr") is None
    abbrs = [a.get_text() for a in out.find_all("abbr")]
    # PPE already explained by the existing abbr; CASE and MDS-X are not acronyms of ours.
    assert abbrs == ["PPE", "MDS"]


def test_abbr_shared_across_blocks_of_a_page(client, small_content):
    html = client.get(small_content["livrets"]["aed"].url).content.decode()
    page = BeautifulSoup(html, "html.parser")
    titles = [a.get_text() for a in page.select("main abbr")]
    assert titles.count("PPE") == 1


def test_glossary_cache_is_invalidated_on_publish(small_content):
    assert "<abbr" not in abbreviate("<p>Le CJM.</p>")
    term = GlossaryTerm(acronym="CJM", expansion="Contrat jeune majeur", definition="Après 18.")
    term.live = False
    term.save()
    revision = term.save_revision()
    assert "<abbr" not in abbreviate("<p>Le CJM.</p>")  # a draft is not used
    revision.publish()
    assert '<abbr title="Contrat jeune majeur">CJM</abbr>' in abbreviate("<p>Le CJM.</p>")
    term.refresh_from_db()
    term.unpublish()
    assert "<abbr" not in abbreviate("<p>Le CJM.</p>")


def test_faq_entry_slug_is_unique(small_content):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        FaqEntry.objects.create(
            slug="duree-placement",
            question="Autre",
            answer="<p>x</p>",
            theme=small_content["theme"],
        )
