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
    assert fake_portal.requests == [("/api/v1/lieux/types/", {})]  # ensuite, le cache
    assert "X-Portail-Token" not in fake_portal.headers[0]


def test_every_portal_call_sends_the_token_when_set(fake_portal, monkeypatch):
    from actions import portal_api

    monkeypatch.setenv("PORTAL_API_TOKEN", "s3cret")
    run_fallback()
    portal_api.search_places("pmi", "Evry")
    assert [path for path, _ in fake_portal.requests] == ["/api/v1/lieux/types/", "/api/v1/lieux/"]
    assert [h.get("X-Portail-Token") for h in fake_portal.headers] == ["s3cret", "s3cret"]


def test_fallback_without_portal(dead_portal):
    message = run_fallback()
    assert "le standard du Département" in message["text"]
    assert "119 / 17 / 112" in message["text"]
