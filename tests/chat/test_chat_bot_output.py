"""Sanitising what Rasa answers: plain text, safe links only, validated buttons."""

import pytest

from portail.chat.bot_output import clean_bot_messages, clean_payload, text_parts

HOSTS = {"portail.example", "testserver"}


def links(parts):
    return [(p["type"], p["href"]) for p in parts if p["type"] != "text"]


def joined(parts):
    return "".join(p["text"] for p in parts)


def test_same_site_path_is_linked_and_trailing_dot_kept_as_text():
    parts = text_parts("En savoir plus : /questions-frequentes/pmi/.", HOSTS)
    assert links(parts) == [("link", "/questions-frequentes/pmi/")]
    assert joined(parts) == "En savoir plus : /questions-frequentes/pmi/."


def test_absolute_url_of_the_portal_becomes_a_path():
    parts = text_parts("Fiche : http://portail.example/annuaire/lieu/pmi-evry/", HOSTS)
    assert links(parts) == [("link", "/annuaire/lieu/pmi-evry/")]


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/x", "javascript:alert(1)", "//evil.example/x", "data:text/html,x"],
)
def test_other_sites_and_schemes_are_never_linked(url):
    parts = text_parts(f"Voir {url} maintenant", HOSTS)
    assert [p for p in parts if p["type"] == "link" and not p["href"].startswith("/")] == []
    assert all(not p["href"].startswith("//") for p in parts if p["type"] == "link")
    assert joined(parts) == f"Voir {url} maintenant"


def test_phone_numbers_become_tel_links():
    parts = text_parts("Appelez le 119 ou le 01 60 91 91 91, ou le 17/112.", HOSTS)
    assert links(parts) == [
        ("tel", "tel:119"),
        ("tel", "tel:0160919191"),
        ("tel", "tel:17"),
        ("tel", "tel:112"),
    ]


def test_ages_and_durations_are_not_phone_numbers():
    parts = text_parts("Jusqu'à 15 ans, ou le 15 ans plus tard, 17 h, 14 semaines.", HOSTS)
    assert links(parts) == []


def test_markup_is_removed_from_text():
    messages = clean_bot_messages(
        [
            {
                "recipient_id": "a",
                "text": "<script>alert(1)</script><b>Bonjour</b> <img src=x onerror=y>",
            }
        ],
        HOSTS,
    )
    assert messages[0]["text"] == "alert(1)Bonjour"
    assert "<" not in joined(messages[0]["parts"])


@pytest.mark.parametrize(
    "payload,ok",
    [
        ("/find_place", True),
        ('/find_place{"lieu_type":"pmi"}', True),
        ("/faq/pmi-consultation-gratuite", True),
        ("find_place", False),
        ("https://evil.example", False),
        ("/x{not json}", False),
        ('/x{"a":{"b":1}}', False),
        ("/" + "a" * 300, False),
        (None, False),
        (42, False),
    ],
)
def test_payload_validation(payload, ok):
    assert (clean_payload(payload) is not None) is ok


def test_buttons_keep_title_and_valid_payload_only():
    messages = clean_bot_messages(
        [
            {
                "text": "Choisissez",
                "buttons": [
                    {"title": "<i>PMI</i>", "payload": '/find_place{"lieu_type":"pmi"}'},
                    {"title": "Pirate", "payload": "http://evil.example"},
                    {"title": "", "payload": "/greet"},
                    "not a dict",
                ],
            }
        ],
        HOSTS,
    )
    assert messages[0]["buttons"] == [{"title": "PMI", "payload": '/find_place{"lieu_type":"pmi"}'}]


def test_images_custom_and_garbage_are_dropped():
    raw = [
        {"recipient_id": "a", "image": "http://evil.example/x.png"},
        {"recipient_id": "a", "custom": {"html": "<b>x</b>"}},
        "garbage",
        {"text": 12},
    ]
    assert clean_bot_messages(raw, HOSTS) == []
    assert clean_bot_messages({"not": "a list"}, HOSTS) == []
