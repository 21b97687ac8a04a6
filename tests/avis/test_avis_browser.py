"""Real browser: keyboard-only conditional questionnaire, waiting list, XSS corpus, axe."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portail.avis.models import (
    Answer,
    Committee,
    CommitteeSession,
    Reclamation,
    Registration,
    Suggestion,
)

pytestmark = pytest.mark.browser

XSS = [
    "<script>alert('xss1')</script>",
    "<img src=x onerror=alert('xss2')>",
    "<svg onload=alert('xss3')>",
    "javascript:alert('xss4')",
    "<a href=\"javascript:alert('xss5')\">clic</a>",
    "&lt;script&gt;alert('xss6')&lt;/script&gt;",
    "%3Cscript%3Ealert('xss7')%3C/script%3E",
    "<scr<script>ipt>alert('xss8')</scr</script>ipt>",
    "\"><script>alert('xss9')</script>",
    "<iframe src=javascript:alert('xss10')></iframe>",
    "<details open ontoggle=alert('xss11')>",
    "<svg><animate onbegin=alert('xss12') attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss13')>",
    "'-alert('xss14')-'",
    "<img src=x onerror=window.__xss=1>",
]


def tab_to(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never received keyboard focus")


def watch(page):
    fired = []
    page.on("dialog", lambda dialog: (fired.append(dialog.message), dialog.dismiss()))
    page.on(
        "console", lambda message: fired.append(message.text) if "xss" in message.text else None
    )
    return fired


def test_conditional_questionnaire_keyboard_only(
    live_server, page, questionnaire, assert_accessible
):
    page.goto(live_server.url + reverse("avis:questionnaire", args=[questionnaire.slug]))
    assert page.locator("#question-manque").is_hidden()
    assert page.locator("#question-sujet").is_hidden()
    assert_accessible(page)
    tab_to(page, "#q-satisfait-1")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    tab_to(page, "#q-informe-1")
    page.keyboard.press("ArrowDown")  # « Non »
    assert page.locator("#question-manque").is_visible()
    assert "ajoutée" in page.locator("[data-avis-live]").text_content()
    tab_to(page, "#q-manque-1")
    page.keyboard.press("Space")
    tab_to(page, "#q-comite-1")
    page.keyboard.press("Space")  # « Oui »: with informe = non, both AND conditions hold
    assert page.locator("#question-sujet").is_visible()
    tab_to(page, "#q-sujet")
    page.keyboard.type("Les écrits")
    tab_to(page, "button[value=send]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/merci/$"))
    assert_accessible(page)
    stored = dict(Answer.objects.values_list("question_code", "choice"))
    assert stored["satisfait"] == "4" and stored["informe"] == "non"
    assert stored["manque"] == "Documents" and stored["comite"] == "oui"
    assert Answer.objects.get(question_code="sujet").text == "Les écrits"


def test_errors_are_announced_and_accessible(live_server, page, questionnaire, assert_accessible):
    page.goto(live_server.url + reverse("avis:questionnaire", args=[questionnaire.slug]))
    page.click("button[value=send]")
    assert page.locator(".error-summary").is_visible()
    assert (
        page.locator("#question-satisfait fieldset").get_attribute("aria-describedby").strip()
        == "erreur-satisfait"
    )
    assert_accessible(page)


@pytest.fixture
def full_session(transactional_db):
    committee = Committee.objects.create(
        name="Comité des usagers",
        slug="comite-b",
        purpose="Parler du livret",
        composition="Parents",
    )
    start = timezone.now() + datetime.timedelta(days=10)
    session = CommitteeSession.objects.create(
        committee=committee,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place="Évry",
        theme="Le livret",
        capacity=1,
    )
    Registration.objects.create(
        session=session,
        name="Déjà là",
        email="a@example.org",
        consent=True,
        status=Registration.Status.ACCEPTED,
    )
    return session


def test_register_to_full_session_goes_to_waiting_list(
    live_server, page, full_session, assert_accessible
):
    page.goto(live_server.url + reverse("avis:committee", args=["comite-b"]))
    assert "Complet" in page.content()
    assert_accessible(page)
    page.click("text=S'inscrire sur la liste d'attente")
    assert_accessible(page)
    page.fill("#id_name", "Sam")
    page.fill("#id_email", "sam@example.org")
    page.check("#id_consent")
    page.click("form.avis-form button[type=submit]")
    page.wait_for_url(re.compile(r"/email/$"))
    assert_accessible(page)
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/waiting/$"))
    assert "liste d'attente" in page.content()
    assert_accessible(page)
    assert Registration.objects.get(name="Sam").status == Registration.Status.WAITING


def _login(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )


def test_xss_corpus_never_executes(live_server, page, questionnaire, full_session, staff_user):
    fired = watch(page)
    client = Client()
    secrets = []
    for payload in XSS:
        client.post(
            reverse("avis:questionnaire", args=[questionnaire.slug]),
            {
                "q-satisfait": "3",
                "q-informe": "non",
                "q-comite": "oui",
                "q-manque": "__autre__",
                "q-manque-autre": payload[:200],
                "q-sujet": payload,
                "q-commentaire": payload,
            },
        )
        client.post(reverse("avis:suggestion"), {"topic": "autre", "text": "Idée " + payload})
        response = client.post(
            reverse("avis:reclamation"),
            {
                "topic": "autre",
                "subject": ("Objet " + payload)[:200],
                "description": "Texte " + payload,
                "name": payload[:150],
            },
        )
        secrets.append(response["Location"])
        client.post(
            reverse("avis:register", args=[full_session.pk]),
            {
                "name": ("Nom " + payload)[:150],
                "email": "x@example.org",
                "consent": "on",
                "name_public": "on",
                "motivation": payload,
            },
        )
    assert Suggestion.objects.count() == len(XSS)
    Registration.objects.update(status=Registration.Status.ACCEPTED)
    public_pages = [reverse("avis:committee", args=["comite-b"]), *secrets]
    for path in public_pages:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
    # Forms shown again with errors echo what was typed: through the browser too.
    page.goto(live_server.url + reverse("avis:suggestion"))
    for payload in XSS[:6]:
        page.fill("#id_text", payload + "x" * 3000)
        page.click("form.avis-form button[type=submit]")
        page.wait_for_load_state("load")
        assert "au plus 3000" in page.content()
    _login(page, live_server, staff_user)
    admin_pages = [reverse("avis_results", args=[questionnaire.pk])]
    admin_pages += [
        reverse("wagtailsnippets_avis_suggestion:edit", args=[s.pk])
        for s in Suggestion.objects.all()[:5]
    ]
    admin_pages += [
        reverse("wagtailsnippets_avis_reclamation:edit", args=[r.pk])
        for r in Reclamation.objects.all()[:5]
    ]
    admin_pages += [
        reverse("wagtailsnippets_avis_registration:edit", args=[r.pk])
        for r in Registration.objects.all()[:5]
    ]
    admin_pages += [
        reverse(f"wagtailsnippets_avis_{name}:list")
        for name in ("registration", "reclamation", "suggestion", "questionnaire", "committee")
    ]
    admin_pages += [reverse("avis_indicators"), reverse("avis_results_index")]
    for path in admin_pages:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        assert "/gestion/login" not in page.url
    page.wait_for_timeout(300)
    assert fired == []
    assert page.evaluate("window.__xss") is None
