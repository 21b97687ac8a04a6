"""Answering through HTTP: anonymity, one answer per person, invitations, drafts, edits."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from portail.avis import services
from portail.avis.models import (
    Answer,
    Invitation,
    ParticipationMarker,
    Questionnaire,
    Response,
    ResponseDraft,
)


def url(q, token=None):
    if token:
        return reverse("avis:questionnaire_invitation", args=[q.slug, token])
    return reverse("avis:questionnaire", args=[q.slug])


def test_response_has_no_link_to_a_person():
    for model in (Response, Answer):
        related = {f.related_model for f in model._meta.get_fields() if f.is_relation}
        assert not any(getattr(m, "USERNAME_FIELD", None) for m in related if m)
    marker_fields = {f.name for f in ParticipationMarker._meta.get_fields()}
    assert "response" not in marker_fields and "user" not in marker_fields


def test_public_answer_is_stored_and_hidden_answers_dropped(client, questionnaire, valid_post):
    data = valid_post(
        **{
            "q-manque": "Documents",
            "q-sujet": "caché",
            "q-commentaire": "Merci <script>alert(1)</script>",
        }
    )
    response = client.post(url(questionnaire), data)
    assert response.status_code == 302
    stored = Response.objects.get()
    assert stored.territory == "Nord"
    codes = set(stored.answers.values_list("question_code", flat=True))
    assert "manque" not in codes and "sujet" not in codes
    assert stored.answers.get(question_code="commentaire").text == "Merci alert(1)"
    assert not ParticipationMarker.objects.exists()  # public: nothing about the person


def test_errors_keep_what_was_typed(client, questionnaire):
    long_text = "é" * 4000
    response = client.post(url(questionnaire), {"q-informe": "oui", "q-commentaire": long_text})
    assert response.status_code == 200
    content = response.content.decode()
    assert "trop longue" in content and long_text in content
    assert "Cette question est obligatoire" in content
    assert 'href="#question-satisfait"' in content
    assert not Response.objects.exists()


def test_without_js_conditional_questions_show_with_a_note(client, questionnaire):
    content = client.get(url(questionnaire)).content.decode()
    assert "Répondez seulement si vous avez répondu « Non » à « Question informe »" in content
    assert (
        "et vous avez répondu « Oui » à « Question comite »" in content
        or "vous avez répondu « Oui » à « Question comite »" in content
    )
    assert "avis/questionnaire.js" in content


def test_logged_in_audience_one_answer_per_user(client, campaign_factory, family_user, valid_post):
    q = campaign_factory("camp", audience=Questionnaire.Audience.USERS)
    assert client.get(url(q)).status_code == 302  # login first
    client.force_login(family_user)
    assert client.post(url(q), valid_post()).status_code == 302
    second = client.post(url(q), valid_post())
    assert "déjà répondu" in second.content.decode()
    assert Response.objects.count() == 1 and ParticipationMarker.objects.count() == 1
    marker = ParticipationMarker.objects.get()
    # Keyed hash: hashing the user id alone does not find the marker.
    assert marker.key_hash != services.sha256(f"user:{family_user.pk}")
    assert marker.key_hash == services.participant_key(user=family_user)
    with pytest.raises(services.AlreadyAnswered):
        services.submit(q, list(q.questions.all()), {}, user=family_user)


def test_invitation_is_single_use(client, campaign_factory, valid_post):
    q = campaign_factory("invit", audience=Questionnaire.Audience.INVITATION)
    token, other = services.create_invitations(q, 2)
    assert not Invitation.objects.filter(token_hash=token).exists()  # only hashes kept
    assert client.get(url(q)).status_code == 404
    assert client.get(url(q, "faux-jeton")).status_code == 404
    assert client.post(url(q, token), valid_post()).status_code == 302
    assert client.get(url(q, token)).status_code == 404
    assert client.post(url(q, token), valid_post()).status_code == 404
    assert client.post(url(q, other), valid_post()).status_code == 302
    assert Response.objects.count() == 2


def test_closed_campaign_refuses(client, campaign_factory, valid_post):
    now = timezone.now()
    q = campaign_factory(
        "fermee",
        opens_at=now - datetime.timedelta(days=5),
        closes_at=now - datetime.timedelta(days=1),
    )
    response = client.post(url(q), valid_post())
    assert "pas ouvert" in response.content.decode()
    assert not Response.objects.exists()


def test_draft_then_resume_then_submit(client, campaign_factory, family_user):
    q = campaign_factory("brouillon", audience=Questionnaire.Audience.USERS)
    client.force_login(family_user)
    client.post(url(q), {"q-satisfait": "2", "q-commentaire": "À finir", "action": "draft"})
    assert not Response.objects.exists()
    content = client.get(url(q)).content.decode()
    assert "À finir" in content and 'value="2" checked' in content
    client.post(url(q), {"q-satisfait": "2", "q-informe": "oui", "action": "send"})
    assert Response.objects.count() == 1
    assert not ResponseDraft.objects.exists()  # no edits allowed: no link kept


def test_edit_until_close_then_link_purged(client, campaign_factory, family_user, valid_post):
    q = campaign_factory("modifiable", audience=Questionnaire.Audience.USERS, allow_edit=True)
    client.force_login(family_user)
    client.post(url(q), valid_post(**{"q-satisfait": "1"}))
    page = client.get(url(q)).content.decode()
    assert "Enregistrer mes modifications" in page
    client.post(url(q), valid_post(**{"q-satisfait": "5"}))
    assert Response.objects.count() == 1
    assert Answer.objects.get(question_code="satisfait").choice == "5"
    q.closes_at = timezone.now() - datetime.timedelta(seconds=1)
    q.save()
    assert services.purge_edit_links() == 1
    assert not Response.objects.exclude(edit_key_hash="").exists()
    assert not ResponseDraft.objects.exists()


def test_public_results_never_show_free_text_and_respect_k(client, questionnaire, valid_post):
    results_url = reverse("avis:questionnaire_results", args=[questionnaire.slug])
    for _ in range(4):
        client.post(url(questionnaire), valid_post(**{"q-commentaire": "secret perso"}))
    assert "moins de 5 réponses" in client.get(results_url).content.decode()
    client.post(url(questionnaire), valid_post())
    content = client.get(results_url).content.decode()
    assert "5 réponses" in content and "secret perso" not in content
    assert "Question commentaire" not in content and "<svg" in content


def test_invitation_command_prints_working_links(client, campaign_factory, valid_post):
    import io

    from django.core.management import call_command

    campaign_factory("cmd", audience=Questionnaire.Audience.INVITATION)
    out = io.StringIO()
    call_command("create_avis_invitations", "cmd", "3", stdout=out)
    links = out.getvalue().split()
    assert len(links) == 3 and Invitation.objects.count() == 3
    path = links[0].split("://", 1)[1].split("/", 1)[1]
    assert client.post("/" + path, valid_post()).status_code == 302
