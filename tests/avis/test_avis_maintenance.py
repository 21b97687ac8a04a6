"""Scheduled purge of edit links, and the admin page that creates invitation links."""

import csv
import datetime
import io

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portail.avis.models import Invitation, Questionnaire, Response, ResponseDraft
from portail.avis.services import sha256


def _url(q):
    return reverse("avis:questionnaire", args=[q.slug])


def test_purge_command_cuts_link_after_close(client, campaign_factory, family_user, valid_post):
    open_q = campaign_factory("ouverte", audience=Questionnaire.Audience.USERS, allow_edit=True)
    closing = campaign_factory("fermante", audience=Questionnaire.Audience.USERS, allow_edit=True)
    client.force_login(family_user)
    client.post(_url(open_q), valid_post())
    client.post(_url(closing), valid_post())
    draft = ResponseDraft.objects.get(questionnaire=closing)
    linked = Response.objects.get(questionnaire=closing)
    assert linked.edit_key_hash == sha256(draft.edit_key)

    out = io.StringIO()
    call_command("purge_avis_edit_links", stdout=out)
    assert "0 brouillon" in out.getvalue()  # both still open: nothing purged yet
    assert ResponseDraft.objects.count() == 2

    closing.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    closing.save()
    out = io.StringIO()
    call_command("purge_avis_edit_links", stdout=out)
    assert "1 brouillon" in out.getvalue()
    assert not ResponseDraft.objects.filter(questionnaire=closing).exists()
    linked.refresh_from_db()
    assert linked.edit_key_hash == ""
    assert linked.answers.exists()  # the answer itself stays
    # The still-open campaign keeps its edit link.
    assert ResponseDraft.objects.filter(questionnaire=open_q).exists()
    assert Response.objects.get(questionnaire=open_q).edit_key_hash != ""


def _invitation_q(campaign_factory):
    return campaign_factory("sur-invitation", audience=Questionnaire.Audience.INVITATION)


def test_editor_creates_invitation_links_as_csv(editor_client, campaign_factory):
    q = _invitation_q(campaign_factory)
    admin_url = reverse("avis_invitations", args=[q.pk])
    page = editor_client.get(admin_url)
    assert page.status_code == 200
    assert "Nombre de liens à créer" in page.content.decode()
    listing = editor_client.get(reverse("wagtailsnippets_avis_questionnaire:list"))
    assert admin_url in listing.content.decode()

    response = editor_client.post(admin_url, {"count": "7"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    links = [row[0] for row in rows[1:]]
    assert rows[0] == ["Lien d'invitation"] and len(links) == 7 == len(set(links))
    assert Invitation.objects.filter(questionnaire=q).count() == 7
    # Only hashes are stored; each link opens the questionnaire once.
    token = links[0].rstrip("/").rsplit("/", 1)[1]
    assert not Invitation.objects.filter(token_hash=token).exists()
    path = links[0].split("://", 1)[1].split("/", 1)[1]
    visitor = Client()
    assert visitor.get("/" + path).status_code == 200


def test_invitation_links_refused_without_change_permission(
    client, campaign_factory, django_user_model
):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt
    from django.contrib.auth.models import Permission

    q = _invitation_q(campaign_factory)
    staff = django_user_model.objects.create_user(email="lecteur@example.org", password="x-42")
    staff.is_staff = True
    staff.save()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    Authenticator.objects.create(
        user=staff, type=Authenticator.Type.TOTP, data={"secret": encrypt("JBSWY3DPEHPK3PXP")}
    )
    client.force_login(staff)
    admin_url = reverse("avis_invitations", args=[q.pk])
    assert client.get(admin_url).status_code in (302, 403)
    assert client.post(admin_url, {"count": "3"}).status_code in (302, 403)
    assert not Invitation.objects.exists()


def test_invitation_links_validation(editor_client, campaign_factory):
    q = _invitation_q(campaign_factory)
    admin_url = reverse("avis_invitations", args=[q.pk])
    for bad in ("0", "abc", "5001"):
        response = editor_client.post(admin_url, {"count": bad})
        assert response.status_code == 200 and "text/html" in response["Content-Type"]
    public = campaign_factory("publique")
    response = editor_client.post(reverse("avis_invitations", args=[public.pk]), {"count": "2"})
    assert "réservé aux invitations" in response.content.decode()
    assert not Invitation.objects.exists()
