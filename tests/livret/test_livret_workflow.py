"""Snippets go through draft → publish: nothing unpublished is shown to the public."""

import pytest

from portail.livret.models import Droit, FaqEntry

pytestmark = pytest.mark.django_db


def test_draft_snippet_hidden_until_published(client, small_content):
    livret = small_content["livrets"]["aed"]
    draft = Droit(name="Droit au brouillon", explanation="<p>x</p>", how_to_exercise="<p>y</p>")
    draft.live = False
    draft.save()
    draft.save_revision()
    body = list(livret.body.raw_data)
    body.append(
        {"type": "droits", "value": {"title": "Autres droits", "intro": "", "items": [draft.pk]}}
    )
    livret.body = body
    livret.save_revision().publish()

    assert "Droit au brouillon" not in client.get(livret.url).content.decode()
    draft.get_latest_revision().publish()
    assert "Droit au brouillon" in client.get(livret.url).content.decode()


def test_edits_of_a_live_snippet_wait_for_publication(client, small_content):
    droit = small_content["snippets"]["droit"]
    livret = small_content["livrets"]["aed"]
    droit.name = "Nouveau nom en relecture"
    revision = droit.save_revision()  # a draft: the live row is unchanged
    droit.refresh_from_db()
    assert droit.has_unpublished_changes
    assert "Nouveau nom en relecture" not in client.get(livret.url).content.decode()
    revision.publish()
    assert "Nouveau nom en relecture" in client.get(livret.url).content.decode()


def test_unpublished_faq_entry_is_not_listed_nor_found(client, small_content):
    entry = FaqEntry(
        slug="brouillon",
        question="Question en brouillon zorglub",
        answer="<p>r</p>",
        theme=small_content["theme"],
    )
    entry.live = False
    entry.save()
    entry.save_revision()
    assert "zorglub" not in client.get("/questions-frequentes/").content.decode()
    assert (
        "zorglub"
        not in client.get("/recherche/?q=zorglub")
        .content.decode()
        .split("</h1>")[1]
        .split('name="q"')[1][40:]
    )
    entry.get_latest_revision().publish()
    assert "zorglub" in client.get("/questions-frequentes/").content.decode()


def test_snippets_are_registered_with_workflow_in_one_menu_group(admin_client):
    from wagtail.snippets.models import get_snippet_models

    from portail.livret.models import GlossaryTerm, Intervenant, VoieDeRecours

    models = get_snippet_models()
    for model in (Intervenant, Droit, VoieDeRecours, FaqEntry, GlossaryTerm):
        assert model in models
        assert (
            model.snippet_viewset.filterset_class is not None or model.snippet_viewset.list_filter
        )
    from wagtail.models import WorkflowMixin

    assert issubclass(FaqEntry, WorkflowMixin)
