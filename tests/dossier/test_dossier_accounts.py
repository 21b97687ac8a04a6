"""Invitations, MFA for professionals, sign out everywhere, inactivity timeout."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from dossier_factories import make_user

from portail.dossier import invitations
from portail.dossier.middleware import SESSION_LAST_SEEN
from portail.dossier.models import Invitation

PASSWORD = "une phrase assez longue 42"


@pytest.fixture
def invitation(world):
    inv = Invitation(
        email="nouveau@example.org",
        first_name="Nadia",
        last_name="Nouvelle",
        role="parent",
        child=world["a"]["child"],
        created_by=world["referent_a"],
    )
    token = invitations.send_invitation(inv)
    return inv, token


def accept(client, token, password=PASSWORD):
    return client.post(
        reverse("dossier:invitation", args=[token]), {"password1": password, "password2": password}
    )


def test_invitation_is_emailed_with_a_hashed_token(invitation):
    inv, token = invitation
    assert token not in inv.token_hash
    assert len(mail.outbox) == 1 and token in mail.outbox[0].body


def test_valid_invitation_activates_account_once(client, invitation, django_user_model):
    inv, token = invitation
    assert client.get(reverse("dossier:invitation", args=[token])).status_code == 200
    response = accept(client, token)
    assert response.status_code == 302
    user = django_user_model.objects.get(email="nouveau@example.org")
    assert user.check_password(PASSWORD)
    assert user.parent_links.filter(child=inv.child).exists()
    again = client.get(reverse("dossier:invitation", args=[token]))
    assert again.status_code == 410
    assert "déjà servi" in again.content.decode()
    # Sign in with allauth (email + password) and read the dossier.
    login = client.post(
        reverse("account_login"), {"login": "nouveau@example.org", "password": PASSWORD}
    )
    assert login.status_code == 302
    assert client.get(reverse("dossier:child", args=[inv.child.pk])).status_code == 200


def test_weak_password_is_refused_and_form_kept(client, invitation):
    _inv, token = invitation
    response = accept(client, token, password="123")
    assert response.status_code == 200
    assert "field__error" in response.content.decode()


def test_expired_invitation(client, invitation):
    inv, token = invitation
    Invitation.objects.filter(pk=inv.pk).update(expires_at=timezone.now() - timedelta(hours=1))
    response = client.get(reverse("dossier:invitation", args=[token]))
    assert response.status_code == 410 and "expiré" in response.content.decode()
    assert accept(client, token).status_code == 410


def test_revoked_invitation(client, invitation):
    inv, token = invitation
    invitations.revoke(inv)
    response = accept(client, token)
    assert response.status_code == 410 and "annulé" in response.content.decode()


def test_unknown_token(client, world):
    response = client.get(reverse("dossier:invitation", args=["nimportequoi"]))
    assert response.status_code == 404 and "inconnu" in response.content.decode()


def test_professional_without_mfa_is_sent_to_setup(client, world, django_user_model):
    pro = make_user(django_user_model, "sans-mfa@example.org", staff=True, mfa=False)
    client.force_login(pro)
    for url in (reverse("dossier:espace"), "/gestion/", "/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("mfa_activate_totp")
    client.force_login(world["referent_a"])  # has TOTP
    assert client.get(reverse("dossier:espace")).status_code == 200


def test_family_without_mfa_is_not_forced(client, world):
    client.force_login(world["a"]["parent"])
    assert client.get(reverse("dossier:espace")).status_code == 200


def test_logout_everywhere_ends_other_sessions(client, world, django_user_model):
    from django.test import Client

    parent = world["a"]["parent"]
    other_device = Client()
    other_device.force_login(parent)
    client.force_login(parent)
    assert other_device.get(reverse("dossier:espace")).status_code == 200
    response = client.post(reverse("dossier:logout_everywhere"))
    assert response.status_code == 302
    assert other_device.get(reverse("dossier:espace")).status_code == 302
    assert client.get(reverse("dossier:espace")).status_code == 302


def test_inactivity_timeout_on_espace(client, world, settings):
    client.force_login(world["a"]["parent"])
    assert client.get(reverse("dossier:espace")).status_code == 200
    session = client.session
    session[SESSION_LAST_SEEN] = int(time.time()) - 16 * 60
    session.save()
    response = client.get(reverse("dossier:espace"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert client.get(reverse("dossier:espace")).status_code == 302  # really signed out


def test_recent_activity_keeps_session(client, world):
    client.force_login(world["a"]["parent"])
    session = client.session
    session[SESSION_LAST_SEEN] = int(time.time()) - 5 * 60
    session.save()
    assert client.get(reverse("dossier:espace")).status_code == 200
