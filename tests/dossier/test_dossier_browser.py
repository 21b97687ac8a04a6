"""A parent accepts an invitation, sets up TOTP, reads a document, sees the log, writes."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from portail.dossier import invitations
from portail.dossier.models import AccessLog, Expression, Invitation

PASSWORD = "une phrase assez longue 42"


def totp_now(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_parent_journey(live_server, page, assert_accessible, world):
    a = world["a"]
    inv = Invitation(
        email="maman@example.org",
        first_name="Awa",
        last_name="Diallo",
        role="parent",
        child=a["child"],
        created_by=world["referent_a"],
    )
    token = invitations.send_invitation(inv)
    page.goto(f"{live_server.url}/espace/invitation/{token}/")
    assert_accessible(page)
    page.get_by_label("Choisissez un mot de passe").fill(PASSWORD)
    page.get_by_label("Tapez-le une deuxième fois").fill(PASSWORD)
    page.get_by_role("button", name="Activer mon compte").click()
    page.wait_for_url(re.compile(r"/compte/login/"))
    assert_accessible(page)
    page.fill("input[name=login]", "maman@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(lambda url: "/compte/login/" not in url)
    page.goto(f"{live_server.url}/compte/2fa/totp/activate/")
    if "/reauthenticate/" in page.url:  # allauth asks for the password again
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_url(re.compile(r"/totp/activate/"))
    assert_accessible(page)
    secret = page.locator("#authenticator_secret").input_value()
    page.fill("input[name=code]", totp_now(secret))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/espace/dossiers/{a['child'].pk}/")
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=a["document"].title).first.click()
    assert download.value.suggested_filename.endswith(".pdf")
    page.goto(f"{live_server.url}/espace/dossiers/{a['child'].pk}/consultations/")
    assert_accessible(page)
    assert a["document"].title in page.content()
    page.goto(f"{live_server.url}/espace/dossiers/{a['child'].pk}/rencontres/{a['meeting'].pk}/")
    page.get_by_label("Ce que je veux dire avant la rencontre").fill(
        "Je voudrais parler des vacances."
    )
    page.get_by_role("button", name="Envoyer mon message").click()
    page.wait_for_load_state()
    assert "Merci" in page.content()
    assert_accessible(page)
    assert Expression.objects.filter(author__email="maman@example.org").exists()
    assert AccessLog.objects.filter(
        user__email="maman@example.org", object_type="document"
    ).exists()
