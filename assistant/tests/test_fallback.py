"""Action de repli : numéro général lu dans l'API, sinon « le standard du Département »."""

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionFallbackHelp
from tests.test_place_search import make_tracker


def run_fallback():
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFallbackHelp().run(dispatcher, make_tracker(), {}))
    return dispatcher.messages[0]


def test_fallback_uses_general_contact_and_caches_it(fake_portal):
    message = run_fallback()
    assert "01 60 91 91 91" in message["text"]
    assert "119 / 17 / 112" in message["text"]
    assert {b["payload"] for b in message["buttons"]} >= {"/ask_pmi", "/find_place"}
    run_fallback()
    assert len(fake_portal.requests) == 1  # la deuxième fois vient du cache


def test_fallback_without_portal(dead_portal):
    message = run_fallback()
    assert "le standard du Département" in message["text"]
    assert "119 / 17 / 112" in message["text"]
