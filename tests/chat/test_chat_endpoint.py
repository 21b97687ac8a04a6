"""The same-origin endpoint, against stand-in Rasa servers on real sockets."""

import json
import logging
import random
import time

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

SECRET_WORDS = "Je m'appelle Zoé Dupont-Secret"


def test_session_endpoint_sets_csrf_cookie_and_is_private(client):
    response = client.get("/api/chat/session/")
    assert response.status_code == 200
    assert response.json()["csrfToken"]
    assert "csrftoken" in response.cookies
    assert "no-store" in response["Cache-Control"]


def test_message_without_csrf_token_is_refused(fake_rasa):
    client = Client(enforce_csrf_checks=True)
    client.get("/api/chat/session/")
    response = client.post(
        "/api/chat/message/",
        data=json.dumps({"message": "bonjour"}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert fake_rasa.requests == []


def test_get_is_not_allowed(client):
    assert client.get("/api/chat/message/").status_code == 405


def test_message_forwarded_to_rest_webhook_with_opaque_sender(chat_client, fake_rasa):
    fake_rasa.reply = [
        {"recipient_id": "x", "text": "Voici la PMI : /annuaire/pmi-evry/"},
        {"recipient_id": "x", "buttons": [{"title": "Autre lieu", "payload": "/find_place"}]},
    ]
    response = chat_client.send({"message": "  je cherche   une pmi "})
    assert response.status_code == 200
    data = response.json()
    assert data["degraded"] is False
    assert data["messages"][0]["text"] == "Voici la PMI : /annuaire/pmi-evry/"
    assert {"type": "link", "href": "/annuaire/pmi-evry/", "text": "/annuaire/pmi-evry/"} in data[
        "messages"
    ][0]["parts"]
    assert data["messages"][1]["buttons"] == [{"title": "Autre lieu", "payload": "/find_place"}]
    path, body = fake_rasa.requests[0]
    assert path == "/webhooks/rest/webhook"
    assert body["message"] == "je cherche une pmi"
    sender = body["sender"]
    assert len(sender) >= 20 and "127.0.0.1" not in sender
    chat_client.send({"message": "encore"})
    assert fake_rasa.requests[1][1]["sender"] == sender  # same visitor, same conversation
    other = Client(enforce_csrf_checks=True)
    token = other.get("/api/chat/session/").json()["csrfToken"]
    other.post(
        "/api/chat/message/",
        data=json.dumps({"message": "salut"}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert fake_rasa.requests[2][1]["sender"] != sender


def test_button_payload_is_forwarded_as_is(chat_client, fake_rasa):
    response = chat_client.send({"payload": '/find_place{"lieu_type":"cpef"}'})
    assert response.status_code == 200
    assert fake_rasa.requests[0][1]["message"] == '/find_place{"lieu_type":"cpef"}'


def test_typed_slash_is_not_an_intent(chat_client, fake_rasa):
    chat_client.send({"message": "/urgence_suicide"})
    assert fake_rasa.requests[0][1]["message"] == "urgence_suicide"


@pytest.mark.parametrize(
    "body",
    [{"message": ""}, {"message": "   "}, {"message": 12}, {}, {"payload": "http://x"}],
)
def test_empty_or_invalid_input_gives_french_400(chat_client, fake_rasa, body):
    response = chat_client.send(body)
    assert response.status_code == 400
    assert response.json()["error"]
    assert fake_rasa.requests == []


def test_too_long_message_gives_french_400(chat_client, fake_rasa):
    response = chat_client.send({"message": "a" * 501})
    assert response.status_code == 400
    assert "trop long" in response.json()["error"]
    assert fake_rasa.requests == []
    assert chat_client.send({"message": "a" * 500}).status_code == 200


def test_unreadable_json_gives_400(chat_client):
    token = chat_client.get("/api/chat/session/").json()["csrfToken"]
    response = chat_client.post(
        "/api/chat/message/", data="{oops", content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 400


def test_rate_limit_per_visitor(chat_client, fake_rasa, monkeypatch):
    from portail.chat import conf

    monkeypatch.setattr(conf, "RATE_PER_VISITOR", "3/m")
    statuses = [chat_client.send({"message": f"question {i}"}).status_code for i in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert "Attendez" in chat_client.send({"message": "x"}).json()["error"]
    assert len(fake_rasa.requests) == 3


def test_rate_limit_per_ip_across_visitors(fake_rasa, monkeypatch):
    from portail.chat import conf

    monkeypatch.setattr(conf, "RATE_PER_IP", "4/m")
    address = f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
    statuses = []
    for _ in range(3):  # three visitors (three sessions) from one address
        client = Client(enforce_csrf_checks=True)
        token = client.get("/api/chat/session/").json()["csrfToken"]
        for _ in range(2):
            statuses.append(
                client.post(
                    "/api/chat/message/",
                    data=json.dumps({"message": "bonjour"}),
                    content_type="application/json",
                    HTTP_X_CSRFTOKEN=token,
                    REMOTE_ADDR=address,
                ).status_code
            )
    assert statuses == [200, 200, 200, 200, 429, 429]


def test_rasa_down_answers_degraded_at_once(chat_client, rasa_down, caplog):
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG):
        response = chat_client.send({"message": SECRET_WORDS})
    assert time.monotonic() - started < 3
    data = response.json()
    assert response.status_code == 200 and data["degraded"] is True
    hrefs = {p["href"] for m in data["messages"] for p in m["parts"] if p["type"] != "text"}
    assert {"/annuaire/", "/questions-frequentes/"} <= hrefs
    assert {"tel:119", "tel:3919", "tel:17", "tel:112", "tel:15", "tel:3114"} <= hrefs
    assert "Zoé" not in caplog.text and "Secret" not in caplog.text


def test_rasa_silent_answers_degraded_within_the_timeout(chat_client, rasa_silent):
    started = time.monotonic()
    response = chat_client.send({"message": "je cherche une pmi"})
    elapsed = time.monotonic() - started
    assert response.json()["degraded"] is True
    assert 3.5 < elapsed < 6, elapsed  # the 4 s read timeout fired, not later


def test_rasa_error_status_is_degraded(chat_client, fake_rasa):
    fake_rasa.status = 500
    assert chat_client.send({"message": "bonjour"}).json()["degraded"] is True


def test_emergency_is_prepended_even_when_rasa_answers_otherwise(chat_client, fake_rasa):
    fake_rasa.reply = [{"recipient_id": "x", "text": "Voici les lieux CAF."}]
    data = chat_client.send({"message": "jveu me suicidé"}).json()
    assert data["messages"][0]["emergency"] is True
    assert {"type": "tel", "href": "tel:3114", "text": "3114"} in data["messages"][0]["parts"]
    assert data["messages"][1]["text"] == "Voici les lieux CAF."


def test_emergency_not_repeated_when_rasa_gave_the_number(chat_client, fake_rasa):
    fake_rasa.reply = [{"recipient_id": "x", "text": "Appelez le 3114, jour et nuit."}]
    data = chat_client.send({"message": "je veux me suicider"}).json()
    assert len(data["messages"]) == 1


def test_emergency_also_shown_when_rasa_is_down(chat_client, rasa_down):
    data = chat_client.send({"message": "mon mari me frappe"}).json()
    assert data["degraded"] is True
    assert data["messages"][0]["code"] == "violences_conjugales"


def test_empty_rasa_answer_gets_a_plain_message(chat_client, fake_rasa):
    fake_rasa.reply = []
    data = chat_client.send({"message": "bonjour"}).json()
    assert data["messages"] and data["messages"][0]["text"]
