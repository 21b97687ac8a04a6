"""Two Rasa instances share one conversation (PostgreSQL tracker store, Redis lock store).

The session's Rasa (instance A) already uses the shared stores when they are reachable; this
test starts instance B with the same endpoints file and model, then alternates the portal
between A and B within one conversation: the place form's slot filled on A is used on B.
"""

import re
from importlib import import_module

import chat_rasa_stack as stack
import pytest
import requests
from django.conf import settings
from django.core.management import call_command

pytestmark = [pytest.mark.assistant, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def instance_b(rasa_stack):
    if not rasa_stack["shared_stores"]:
        pytest.skip(f"stockages partagés indisponibles : {stack.shared_stores_reason()}")
    folder = rasa_stack["folder"]
    port = stack.free_port()
    token = rasa_stack["token"]
    process = stack.start_rasa(folder, port, rasa_stack["model"], rasa_stack["endpoints"], token)
    try:
        stack.wait_ready(
            process, f"http://127.0.0.1:{port}/status?token={token}", folder / f"rasa-{port}.log"
        )
        yield f"http://127.0.0.1:{port}"
    finally:
        stack.stop(process)


def sender_of(portal_chat) -> str:
    session_key = portal_chat.http.cookies.get(settings.SESSION_COOKIE_NAME)
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_key)
    return store["chat_sender"]


def test_conversation_alternates_between_two_instances(rasa_stack, instance_b, portal_chat):
    from django.apps import apps

    from portail.chat import conf

    call_command("load_demo_orientation", verbosity=0)
    Lieu = apps.get_model("orientation", "Lieu")  # noqa: N806
    instance_a = rasa_stack["url"]
    try:
        conf.RASA_URL = instance_a
        first = portal_chat.send(payload='/find_place{"lieu_type":"cpef"}')
        assert "commune" in portal_chat.text(first).lower(), portal_chat.text(first)

        conf.RASA_URL = instance_b  # the next message goes to the other process
        second = portal_chat.send("Évry-Courcouronnes")
        text = portal_chat.text(second)
        names = re.findall(r"^• (.+)$", text, flags=re.MULTILINE)
        assert names, text
        cpef = set(Lieu.objects.filter(type="cpef").values_list("name", flat=True))
        assert set(names) <= cpef, f"the CPEF slot set on instance A was lost on B: {text}"

        conf.RASA_URL = instance_a
        third = portal_chat.send("merci")
        assert third["degraded"] is False
    finally:
        conf.RASA_URL = instance_a

    sender = sender_of(portal_chat)
    trackers = [
        requests.get(
            f"{url}/conversations/{sender}/tracker",
            params={"token": rasa_stack["token"]},
            timeout=10,
        ).json()
        for url in (instance_a, instance_b)
    ]
    texts = [
        [e.get("text") for e in tracker["events"] if e["event"] == "user"] for tracker in trackers
    ]
    assert texts[0] == texts[1]  # one conversation, seen whole from both instances
    assert "Évry-Courcouronnes" in texts[0] and "merci" in texts[0]
