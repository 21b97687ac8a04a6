"""Action de recherche de lieu contre un faux portail HTTP local."""

import asyncio
import re
from pathlib import Path

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import portal_api
from actions.place_search import ActionAskLieuType, ActionSearchPlaces, ValidatePlaceSearchForm


def make_tracker(lieu_type=None, commune=None):
    return Tracker(
        sender_id="test",
        slots={"lieu_type": lieu_type, "commune": commune},
        latest_message={"text": "", "intent": {"name": "inform"}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name=None,
    )


def run_search(lieu_type, commune):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSearchPlaces().run(dispatcher, make_tracker(lieu_type, commune), {}))
    return " ".join(m.get("text") or "" for m in dispatcher.messages), events


def test_results_show_real_place_only(fake_portal):
    text, events = run_search("pmi", "Evry")
    assert "Centre de PMI des Pyramides" in text
    assert "2 place des Pyramides, 91000 Évry-Courcouronnes" in text
    assert "01 60 00 00 12" in text and "lun. 9h-12h" in text
    assert "/annuaire/lieu/12/" in text
    assert fake_portal.requests[-1] == (
        "/api/v1/lieux/",
        {"type": "pmi", "q": "Evry", "limit": "3"},
    )
    assert {e["name"]: e["value"] for e in events} == {"lieu_type": None, "commune": None}


def test_postal_code_and_synonym_are_normalised(fake_portal):
    text, _ = run_search("protection maternelle et infantile", "j'habite à 91000")
    assert fake_portal.requests[-1][1]["type"] == "pmi"
    assert fake_portal.requests[-1][1]["q"] == "91000"
    assert "Centre de PMI des Pyramides" in text


def test_no_place_gives_general_number(fake_portal):
    text, _ = run_search("caf", "Massy")
    assert "Je n'ai pas trouvé" in text
    assert "01 60 91 91 91" in text
    assert "Adresse" not in text


def test_unknown_commune_is_said_plainly(fake_portal):
    text, _ = run_search("pmi", "Marseille")
    assert "Je ne connais pas la commune « Marseille »" in text
    assert "pas dans le département" in text
    assert "01 60 91 91 91" in text


def test_bad_type_400_is_polite(fake_portal):
    text, _ = run_search("mdph", "Evry")
    assert "Désolé" in text and "/annuaire/" in text


def test_portal_down_is_polite(dead_portal):
    text, _ = run_search("pmi", "Evry")
    assert "Désolé" in text
    assert f"http://127.0.0.1:{dead_portal}/annuaire/" in text


def test_timeout_is_polite(fake_portal, monkeypatch):
    from tests.conftest import FakePortal

    FakePortal.delay = 0.6
    monkeypatch.setattr(portal_api, "TIMEOUT_SECONDS", 0.2)
    text, _ = run_search("pmi", "Evry")
    assert "Désolé" in text


def test_validation_normalises_type_and_commune():
    form = ValidatePlaceSearchForm()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker()
    assert form.validate_lieu_type("planning familial", dispatcher, tracker, {}) == {
        "lieu_type": "cpef"
    }
    assert form.validate_lieu_type("planing familial", dispatcher, tracker, {}) == {
        "lieu_type": "cpef"
    }
    assert form.validate_lieu_type(["FJT"], dispatcher, tracker, {}) == {"lieu_type": "fjt"}
    assert form.validate_commune("je suis à Corbeil-Essonnes", dispatcher, tracker, {}) == {
        "commune": "Corbeil-Essonnes"
    }
    assert form.validate_commune("91300", dispatcher, tracker, {}) == {"commune": "91300"}
    assert dispatcher.messages == []


def test_validation_rejects_unknown_values():
    form = ValidatePlaceSearchForm()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker()
    assert form.validate_lieu_type("boulangerie", dispatcher, tracker, {}) == {"lieu_type": None}
    assert form.validate_commune("06 12 34 56 78", dispatcher, tracker, {}) == {"commune": None}
    assert form.validate_commune("x", dispatcher, tracker, {}) == {"commune": None}
    assert len(dispatcher.messages) == 3


def test_ask_type_offers_buttons():
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskLieuType().run(dispatcher, make_tracker(), {}))
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert '/find_place{"lieu_type":"pmi"}' in payloads


def test_faq_place_button_codes_are_accepted_as_they_come():
    """Les boutons « Trouver un lieu près de chez moi » des réponses FAQ pré-remplissent le type."""
    import yaml

    domain = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "domain" / "faq_generated.yml").read_text("utf-8")
    )
    payloads = {
        button["payload"]
        for variants in domain["responses"].values()
        for variant in variants
        for button in variant.get("buttons", [])
    }
    codes = {re.fullmatch(r'/find_place\{"lieu_type":"([a-z_]+)"\}', p).group(1) for p in payloads}
    assert codes == {"pmi", "caf", "css", "mdph", "mission_locale", "mds"}
    form = ValidatePlaceSearchForm()
    for code in codes:
        dispatcher = CollectingDispatcher()
        assert form.validate_lieu_type(code, dispatcher, make_tracker(), {}) == {"lieu_type": code}
        assert dispatcher.messages == []
