"""Livret, guide, FAQ and glossary in a real browser: axe-core clean, keyboard, 320 px, CSP."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture
def site(live_server, small_content):
    return live_server.url


def open_page(page, url):
    page.add_init_script(CSP_LISTENER)
    page.goto(url)
    page.wait_for_load_state("load")


def assert_no_csp_violation(page):
    assert page.evaluate("window.__cspViolations") == []


def tab_to(page, predicate_js, limit=150):
    for _ in range(limit):
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return !!({predicate_js}); }})()"
        ):
            return
        page.keyboard.press("Tab")
    pytest.fail(f"focus never reached: {predicate_js}")


def test_livret_page_accessible_desktop_and_320(site, page, mobile_page, assert_accessible):
    for browser_page in (page, mobile_page):
        open_page(browser_page, f"{site}/livret-d-accueil/placement-judiciaire/")
        assert browser_page.locator("h1").inner_text() == "Le placement judiciaire"
        assert_accessible(browser_page)
        assert_no_csp_violation(browser_page)
    # At 320 px nothing overflows horizontally.
    assert mobile_page.evaluate("document.documentElement.scrollWidth") <= 320


def test_helpful_widget_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{site}/livret-d-accueil/aide-educative-a-domicile/")
    page.check("#helpful-oui")
    page.fill("#helpful-comment", "Très clair")
    page.click("text=Envoyer ma réponse")
    assert "avis=merci" in page.url
    assert page.locator(".helpful-widget [role=status]").is_visible()
    context.close()


def test_guide_tick_by_keyboard_kept_on_device(site, page, mobile_page, assert_accessible):
    open_page(page, f"{site}/guide-15-ans/")
    assert_accessible(page)
    tab_to(page, "el && el.type === 'checkbox'")
    page.keyboard.press("Space")
    box_id = page.evaluate("document.activeElement.id")
    assert page.is_checked(f"#{box_id}")
    assert "cochée" in page.locator(".guide-status").inner_text()
    page.reload()
    page.wait_for_selector(f"#{box_id}")
    assert page.is_checked(f"#{box_id}")  # localStorage, anonymous visitor
    assert_accessible(page)
    assert_no_csp_violation(page)
    open_page(mobile_page, f"{site}/guide-15-ans/")
    assert_accessible(mobile_page)
    assert mobile_page.evaluate("document.documentElement.scrollWidth") <= 320


def test_faq_accessible_keyboard_and_json_ld_allowed(site, page, mobile_page, assert_accessible):
    open_page(page, f"{site}/questions-frequentes/")
    assert_accessible(page)
    tab_to(page, "el && el.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.parentElement.open") is True
    assert_no_csp_violation(page)
    # The anchor of an entry opens it.
    open_page(page, f"{site}/questions-frequentes/#c-est-quoi-ppe")
    assert page.evaluate("document.getElementById('c-est-quoi-ppe').open") is True
    open_page(mobile_page, f"{site}/questions-frequentes/")
    assert_accessible(mobile_page)


def test_glossary_accessible_desktop_and_320(site, page, mobile_page, assert_accessible):
    for browser_page in (page, mobile_page):
        open_page(browser_page, f"{site}/glossaire/")
        assert_accessible(browser_page)
        assert_no_csp_violation(browser_page)
    assert mobile_page.evaluate("document.documentElement.scrollWidth") <= 320
