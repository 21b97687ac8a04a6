"""axe-core on every public avis page, at desktop width and at 320 px, plus keyboard use."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portail.avis.models import Committee, CommitteeSession, Reclamation, Suggestion

pytestmark = pytest.mark.browser


def tab_to(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never received keyboard focus")


def test_suggestion_form_by_keyboard_only(live_server, page, transactional_db, assert_accessible):
    page.goto(live_server.url + reverse("avis:suggestion"))
    assert_accessible(page)
    tab_to(page, "#id_topic")
    page.keyboard.press("ArrowDown")
    chosen = page.eval_on_selector("#id_topic", "el => el.value")
    assert chosen
    tab_to(page, "#id_text")
    page.keyboard.type("Des horaires le samedi matin")
    tab_to(page, "form.avis-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Merci" in page.content()
    assert_accessible(page)
    stored = Suggestion.objects.get()
    assert stored.text == "Des horaires le samedi matin" and stored.topic == chosen


def test_reclamation_form_errors_and_tracking(
    live_server, page, transactional_db, assert_accessible
):
    page.goto(live_server.url + reverse("avis:reclamation"))
    assert_accessible(page)
    with page.expect_navigation():
        page.click("form.avis-form button[type=submit]")  # everything empty
    assert page.locator("[aria-invalid=true]").count() >= 2
    assert_accessible(page)
    page.select_option("#id_topic", index=1)
    page.fill("#id_subject", "Rendez-vous annulé")
    page.fill("#id_description", "Personne ne m'a prévenu.")
    page.click("form.avis-form button[type=submit]")
    page.wait_for_url(re.compile(r"/suivi/"))
    number = Reclamation.objects.get().tracking_number
    assert number in page.content()
    assert_accessible(page)


def test_public_results_page(live_server, page, questionnaire, assert_accessible):
    client = Client()
    for score in ("2", "3", "4", "4", "5", "5"):
        client.post(
            reverse("avis:questionnaire", args=[questionnaire.slug]),
            {"q-territoire": "Nord", "q-satisfait": score, "q-informe": "oui", "q-comite": "non"},
        )
    page.goto(live_server.url + reverse("avis:questionnaire_results", args=[questionnaire.slug]))
    assert "6 réponses" in page.content()
    assert_accessible(page)


def test_committee_page(live_server, page, transactional_db, assert_accessible):
    committee = Committee.objects.create(
        name="Comité des usagers", slug="comite-a11y", purpose="Parler", composition="Parents"
    )
    start = timezone.now() + datetime.timedelta(days=8)
    CommitteeSession.objects.create(
        committee=committee,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place="Évry",
        theme="Les courriers",
        capacity=10,
    )
    page.goto(live_server.url + reverse("avis:committee", args=[committee.slug]))
    assert "Les courriers" in page.content()
    assert_accessible(page)


def test_questionnaire_at_320px(live_server, mobile_page, questionnaire, assert_accessible):
    mobile_page.goto(live_server.url + reverse("avis:questionnaire", args=[questionnaire.slug]))
    assert_accessible(mobile_page)
    overflow = mobile_page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert not overflow, "horizontal scrolling at 320 px"
    with mobile_page.expect_navigation():
        mobile_page.click("button[value=send]")
    assert mobile_page.locator(".error-summary").is_visible()
    assert_accessible(mobile_page)
