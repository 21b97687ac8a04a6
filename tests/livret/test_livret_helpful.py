"""The "cette page vous a-t-elle aidé ?" widget: no-JS path, sanitising, rate limit, report."""

import pytest
from django.urls import reverse

from portail.livret.models import HelpfulVote

pytestmark = pytest.mark.django_db


def vote_url(page):
    return reverse("livret:helpful_vote", args=[page.pk])


def test_vote_without_javascript_redirects_with_thanks(client, small_content):
    livret = small_content["livrets"]["aed"]
    response = client.post(
        vote_url(livret), {"helpful": "non", "comment": "<script>x()</script>Trop long\x00"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{livret.url}?avis=merci#avis"
    vote = HelpfulVote.objects.get()
    assert vote.helpful is False and vote.page_id == livret.pk
    assert "<" not in vote.comment and "\x00" not in vote.comment
    assert "Trop long" in vote.comment
    page = client.get(response["Location"]).content.decode()
    assert "Merci, votre réponse est enregistrée." in page


def test_vote_as_json(client, small_content):
    livret = small_content["livrets"]["aed"]
    response = client.post(vote_url(livret), {"helpful": "oui"}, HTTP_ACCEPT="application/json")
    assert response.json() == {"status": "ok"}
    assert HelpfulVote.objects.filter(helpful=True).count() == 1


def test_invalid_answer_or_page(client, small_content):
    livret = small_content["livrets"]["aed"]
    assert client.post(vote_url(livret), {"helpful": "peut-être"}).status_code == 404
    assert (
        client.post(reverse("livret:helpful_vote", args=[999999]), {"helpful": "oui"}).status_code
        == 404
    )
    assert client.get(vote_url(livret)).status_code == 405
    assert HelpfulVote.objects.count() == 0


def test_votes_are_rate_limited_per_ip(client, small_content, settings):
    livret = small_content["livrets"]["aed"]
    for _ in range(10):
        client.post(vote_url(livret), {"helpful": "oui"}, REMOTE_ADDR="10.0.0.1")
    response = client.post(vote_url(livret), {"helpful": "oui"}, REMOTE_ADDR="10.0.0.1")
    assert response["Location"] == f"{livret.url}?avis=trop#avis"
    assert HelpfulVote.objects.count() == 10
    # Another address is not affected.
    client.post(vote_url(livret), {"helpful": "oui"}, REMOTE_ADDR="10.0.0.2")
    assert HelpfulVote.objects.count() == 11


def test_editors_see_counts_per_page(client, small_content, admin_user):
    livret = small_content["livrets"]["aed"]
    for answer in ["oui", "oui", "non"]:
        client.post(
            vote_url(livret), {"helpful": answer, "comment": "Clair" if answer == "non" else ""}
        )
    from allauth.mfa.models import Authenticator
    from django.test import Client

    # Staff accounts must have a second factor before reaching the admin.
    Authenticator.objects.create(
        user=admin_user, type=Authenticator.Type.TOTP, data={"secret": "demo"}
    )
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get(reverse("livret_helpful_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert livret.title.replace("'", "&#x27;") in html
    assert "<td>2</td><td>1</td><td>1</td>" in html.replace("\n", "")


def test_report_is_for_editors_only(client, make_user):
    user = make_user("parent@example.com")
    client.force_login(user)
    response = client.get(reverse("livret_helpful_report"))
    assert response.status_code in (302, 403)
