"""The widget on every page and the full-page assistant that works without JavaScript."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_widget_on_home_page_without_token_or_inline_code(client, demo_socle):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="chat-widget"' in html
    # Without JavaScript: plain links to the annuaire, the FAQ and the full-page assistant.
    assert 'href="/annuaire/"' in html and 'href="/questions-frequentes/"' in html
    assert 'href="/assistant/"' in html
    assert "Une question ? Discuter avec l'assistant" in html
    assert 'role="log"' in html and 'aria-live="polite"' in html
    assert "Ne donnez ni votre nom ni votre numéro de dossier" in html
    assert "effacées après 30 jours" in html
    for number in ("119", "3919", "3114"):
        assert f'href="tel:{number}"' in html
    # Cacheable: no per-visitor token, no session, no inline script or style attribute.
    assert "csrfmiddlewaretoken" not in html
    assert "sessionid" not in response.cookies
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html
    assert "/static/chat/chat.js" in html and "/static/chat/chat.css" in html


def test_widget_on_a_404_page(client, demo_socle):
    response = client.get("/nulle-part/")
    assert response.status_code == 404
    assert 'id="chat-widget"' in response.content.decode()


def test_assistant_page_conversation_without_javascript(client, demo_socle, fake_rasa):
    fake_rasa.reply = [
        {
            "text": "Quel type de lieu ? Tous les lieux : /annuaire/",
            "buttons": [{"title": "PMI", "payload": '/find_place{"lieu_type":"pmi"}'}],
        }
    ]
    page = client.get("/assistant/")
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"] or "no-cache" in page["Cache-Control"]
    response = client.post("/assistant/", {"message": "je cherche un lieu"}, follow=True)
    html = response.content.decode()
    assert "je cherche un lieu" in html
    assert 'Tous les lieux : <a href="/annuaire/">/annuaire/</a>' in html
    assert 'name="payload" value="/find_place{&quot;lieu_type&quot;:&quot;pmi&quot;}"' in html
    fake_rasa.reply = [{"text": "Dans quelle commune ?"}]
    response = client.post(
        "/assistant/", {"payload": '/find_place{"lieu_type":"pmi"}'}, follow=True
    )
    html = response.content.decode()
    assert fake_rasa.requests[1][1]["message"] == '/find_place{"lieu_type":"pmi"}'
    assert 'Vous :</span>\n      <p class="chat-msg__text">PMI</p>' in html
    assert "Dans quelle commune ?" in html
    response = client.post("/assistant/", {"clear": "1"}, follow=True)
    assert "Dans quelle commune ?" not in response.content.decode()


def test_assistant_page_keeps_typed_text_on_error(client, demo_socle, fake_rasa):
    response = client.post("/assistant/", {"message": "x" * 501})
    html = response.content.decode()
    assert response.status_code == 200
    assert "trop long" in html and 'aria-invalid="true"' in html
    assert "x" * 501 in html
    assert fake_rasa.requests == []


def test_assistant_page_degraded_when_rasa_down(client, demo_socle, rasa_down):
    html = client.post("/assistant/", {"message": "bonjour"}, follow=True).content.decode()
    assert "ne répond pas pour le moment" in html
    assert '<a href="tel:3114">3114</a>' in html
