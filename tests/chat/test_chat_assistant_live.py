"""Conversations through the portal's endpoint with the real Rasa and action servers.

The action server calls the live portal's annuaire API; replies are checked against the
database. Rasa is started once per session (about 1.5 minutes, plus training if the data
changed).
"""

import os
import re
import signal
import time

import pytest
import requests
import yaml
from django.core.management import call_command, get_commands

pytestmark = [pytest.mark.assistant, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def annuaire(rasa_stack):
    if "load_demo_orientation" not in get_commands():
        pytest.fail("load_demo_orientation is missing: the demo annuaire cannot be loaded")
    call_command("load_demo_orientation", verbosity=0)
    from django.apps import apps

    return apps.get_model("orientation", "Lieu")


def tel_hrefs(answer) -> set[str]:
    return {p["href"] for m in answer["messages"] for p in m["parts"] if p["type"] == "tel"}


def link_hrefs(answer) -> list[str]:
    return [p["href"] for m in answer["messages"] for p in m["parts"] if p["type"] == "link"]


@pytest.mark.parametrize(
    "message,number",
    [
        ("mon pere me frappe", "119"),
        ("mon mari me tape dessus", "3919"),
        ("jveux me suicidé", "3114"),
        ("je suis en danger il a un couteau", "17"),
        ("mon bebe respire plus", "15"),
    ],
)
def test_emergency_phrases_give_the_right_number(rasa_stack, portal_chat, message, number):
    answer = portal_chat.send(message)
    assert answer["degraded"] is False
    assert f"tel:{number}" in tel_hrefs(answer), portal_chat.text(answer)


def test_cpef_near_evry_gives_real_places_from_the_database(annuaire, portal_chat):
    answer = portal_chat.send("je cherche un cpef pres de evry")
    text = portal_chat.text(answer)
    if "commune" in text.lower() and "•" not in text:  # the form may ask once more
        answer = portal_chat.send("evry")
        text = portal_chat.text(answer)
    names = re.findall(r"^• (.+)$", text, flags=re.MULTILINE)
    assert names, text
    known = set(annuaire.objects.values_list("name", flat=True))
    assert set(names) <= known, f"invented places: {set(names) - known}"
    cpef = set(annuaire.objects.filter(type="cpef").values_list("name", flat=True))
    assert set(names) & cpef, text
    place = annuaire.objects.get(name=names[0])
    assert place.address in text
    assert f"/annuaire/lieu/{place.pk}/" in link_hrefs(answer)


def test_unknown_commune_says_so_plainly_with_the_general_number(
    annuaire, portal_chat, live_server
):
    answer = portal_chat.send("je cherche une pmi a Trifouillis-les-Oies")
    text = portal_chat.text(answer)
    if "•" not in text and "Trifouillis" not in text:
        answer = portal_chat.send("Trifouillis-les-Oies")
        text = portal_chat.text(answer)
    assert "•" not in text
    assert "Trifouillis" in text and ("ne connais pas" in text or "pas trouvé" in text), text
    api = requests.get(
        f"{live_server.url}/api/v1/lieux/", params={"type": "pmi", "q": "x"}, timeout=5
    ).json()
    general = (api.get("contact_general") or {}).get("telephone")
    if general:
        assert "tel:" + re.sub(r"[^\d+]", "", general) in tel_hrefs(answer), text
    assert "/annuaire/" in link_hrefs(answer)


@pytest.mark.parametrize(
    "question,slug",
    [
        ("ou trouver la pilule du lendemain", "pilule-du-lendemain"),
        ("ou faire un test vih gratuit", "test-ist"),
        ("la pmi c payant ?", "pmi-gratuit"),
    ],
)
def test_faq_question_gets_the_exported_answer_and_link(rasa_stack, portal_chat, question, slug):
    from portail.chat.faq_export import DOMAIN_PATH

    domain = yaml.safe_load((rasa_stack["model"].parents[1] / DOMAIN_PATH).read_text())
    expected = domain["responses"][f"utter_faq/{slug}"][0]["text"]
    answer = portal_chat.send(question)
    assert expected in [m["text"] for m in answer["messages"]], portal_chat.text(answer)
    assert any(href.endswith(f"#{slug}") for href in link_hrefs(answer))


def test_rasa_frozen_gives_degraded_answer_within_the_time_budget(rasa_stack, portal_chat):
    """SIGSTOP makes the real server silent; the portal must not wait longer than its timeout."""
    process = rasa_stack["process"]
    os.kill(process.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        answer = portal_chat.send("bonjour")
        elapsed = time.monotonic() - started
    finally:
        os.kill(process.pid, signal.SIGCONT)
    assert answer["degraded"] is True
    assert elapsed < 6, elapsed
    assert {"tel:119", "tel:3919", "tel:17", "tel:112", "tel:15", "tel:3114"} <= tel_hrefs(answer)
    assert {"/annuaire/", "/questions-frequentes/"} <= set(link_hrefs(answer))
    # Back to normal once Rasa answers again.
    assert portal_chat.send("bonjour")["degraded"] is False
