import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_is_accessible_and_keyboard_first(live_server, page, assert_accessible, demo_socle):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-links a").first
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#contenu")
    assert_accessible(page)


def test_search_page_is_accessible(live_server, page, assert_accessible, demo_socle):
    page.goto(live_server.url + "/recherche/?q=donn%C3%A9es")
    assert page.locator("h1").inner_text() == "Rechercher sur le portail"
    assert_accessible(page)


def test_content_page_is_accessible_at_320px(
    live_server, mobile_page, assert_accessible, demo_socle
):
    mobile_page.goto(live_server.url + "/accessibilite/")
    width = mobile_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"horizontal scroll at 320 px: {width}px"
    toggle = mobile_page.locator(".main-nav__toggle")
    assert toggle.is_visible()
    toggle.click()
    assert mobile_page.locator("#main-nav-list").is_visible()
    assert_accessible(mobile_page)


def test_no_csp_violation_on_the_home_page(live_server, page, demo_socle):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/")
    page.wait_for_load_state("networkidle")
    assert not [e for e in errors if "Content Security Policy" in e], errors
