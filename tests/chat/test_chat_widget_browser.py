"""The chat widget in a real browser: keyboard only, axe-core clean, degraded mode, 320 px."""

import re

import pytest
from django.core.management import call_command, get_commands

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server):
    call_command("load_demo", skip_apps=True, verbosity=0)
    return live_server.url


def tab_to(page, predicate_js: str, backwards: bool = False, limit: int = 120):
    """Press Tab (or Shift+Tab) until the focused element matches; fail otherwise."""
    for _ in range(limit):
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return !!({predicate_js}); }})()"
        ):
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    pytest.fail(f"focus never reached: {predicate_js}")


def open_widget_by_keyboard(page):
    tab_to(page, "el && el.id === 'chat-opener'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#chat-panel:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "chat-input"


def test_widget_keyboard_escape_and_axe(site, page, assert_accessible, fake_rasa):
    fake_rasa.reply = [
        {
            "text": "Quel type de lieu cherchez-vous ? Tous les lieux : /annuaire/",
            "buttons": [{"title": "PMI", "payload": '/find_place{"lieu_type":"pmi"}'}],
        }
    ]
    page.goto(site + "/")
    assert page.is_hidden(".chat-widget__links")  # the script replaced the plain links
    open_widget_by_keyboard(page)
    page.keyboard.type("je cherche un lieu")
    page.keyboard.press("Enter")
    choice = page.get_by_role("button", name="PMI")
    choice.wait_for()
    assert page.get_attribute("#chat-log", "role") == "log"
    assert page.get_attribute("#chat-log", "aria-live") == "polite"
    assert_accessible(page)  # widget open, with a bot message and a choice button

    fake_rasa.reply = [{"text": "Dans quelle commune ?"}]
    tab_to(page, "el && el.classList.contains('chat-choice')", backwards=True)
    page.keyboard.press("Enter")
    page.get_by_text("Dans quelle commune ?").wait_for()
    assert fake_rasa.requests[-1][1]["message"] == '/find_place{"lieu_type":"pmi"}'

    page.keyboard.press("Escape")
    assert page.is_hidden("#chat-panel")
    assert page.evaluate("document.activeElement.id") == "chat-opener"


def test_widget_degraded_mode_is_visible_at_320px(site, mobile_page, assert_accessible, rasa_down):
    page = mobile_page
    page.goto(site + "/")
    open_widget_by_keyboard(page)
    page.keyboard.type("bonjour")
    page.keyboard.press("Enter")
    page.locator(".chat-msg--degraded").first.wait_for()
    degraded = page.locator(".chat-msg--degraded").first
    assert "ne répond pas" in degraded.inner_text()
    assert page.locator("#chat-log a[href='/annuaire/']").count() >= 1
    assert page.locator("#chat-log a[href='tel:3114']").count() >= 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"horizontal scroll at 320 px: {width}"
    assert_accessible(page)


def test_without_javascript_plain_links_are_shown(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    try:
        page.goto(site + "/")
        links = page.locator(".chat-widget__links")
        assert links.get_by_role("link", name="Trouver un lieu").is_visible()
        assert links.get_by_role("link", name="Questions fréquentes").is_visible()
        assert page.is_hidden("#chat-opener")
    finally:
        context.close()


@pytest.mark.assistant
def test_ask_for_a_cpef_and_follow_the_reply_keyboard_only(site, page, rasa_stack):
    if "load_demo_orientation" not in get_commands():
        pytest.fail("load_demo_orientation is missing")
    call_command("load_demo_orientation", verbosity=0)
    page.goto(site + "/")
    open_widget_by_keyboard(page)
    page.keyboard.type("je cherche un cpef pres de evry")
    page.keyboard.press("Enter")
    link = page.locator("#chat-log a[href^='/annuaire/lieu/']").first
    link.wait_for(timeout=20_000)
    href = link.get_attribute("href")
    tab_to(page, f"el && el.getAttribute('href') === '{href}'", backwards=True)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert page.locator("h1").count() == 1
