"""load_demo_livret: complete, labelled as demonstration, idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from portail.livret.models import (
    Droit,
    FaqEntry,
    GlossaryTerm,
    GuidePage,
    Intervenant,
    LivretPage,
    VoieDeRecours,
)

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            LivretPage,
            GuidePage,
            FaqEntry,
            GlossaryTerm,
            Intervenant,
            Droit,
            VoieDeRecours,
        )
    }


def test_demo_content_is_complete_and_idempotent(demo_socle):
    out = StringIO()
    call_command("load_demo_livret", stdout=out)
    assert "livrets : 8 créés" in out.getvalue()
    first = counts()
    assert first["LivretPage"] == 8
    assert first["GuidePage"] == 1
    assert first["FaqEntry"] >= 40 and first["GlossaryTerm"] >= 40
    for entry in FaqEntry.objects.all():
        assert entry.live
        assert 3 <= len(entry.phrasings) <= 6, entry.slug
    assert all(term.live for term in GlossaryTerm.objects.all())
    for livret in LivretPage.objects.all():
        kinds = {block.block_type for block in livret.body}
        assert {"intervenants", "droits", "recours", "steps", "contacts"} <= kinds
    assert FaqEntry.objects.values("theme").distinct().count() >= 8
    # Labelled as demonstration content where users see it.
    assert "démonstration" in Page.objects.get(slug="livret-d-accueil").specific.intro

    out = StringIO()
    call_command("load_demo_livret", stdout=out)
    assert counts() == first
    assert "0 créés" in out.getvalue()


def test_public_urls_of_the_demo(client, demo_livret):
    for url in [
        "/livret-d-accueil/",
        "/livret-d-accueil/aide-educative-a-domicile/",
        "/guide-15-ans/",
        "/questions-frequentes/",
        "/glossaire/",
    ]:
        assert client.get(url).status_code == 200, url
    faq = client.get("/questions-frequentes/").content.decode()
    assert faq.count('<details class="faq-entry"') >= 40
