import pytest
from django.core.cache import cache

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(demo_socle, lieux):
    cache.clear()
    return lieux


def test_results_page_is_accessible(live_server, page, assert_accessible, site):
    page.goto(f"{live_server.url}/annuaire/?type=pmi&q=boussy")
    assert "même intercommunalité" in page.locator(".lieu-results__message").inner_text()
    assert page.locator(".lieu-card").count() == 1
    assert_accessible(page)


def test_errors_and_candidates_are_accessible(live_server, page, assert_accessible, site):
    page.goto(f"{live_server.url}/annuaire/?type=&q=Trifouillis")
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
    page.goto(f"{live_server.url}/annuaire/?type=pmi&q=91150")
    assert page.locator(".commune-candidates li").count() > 3
    assert_accessible(page)


def test_place_and_types_pages_are_accessible(live_server, page, assert_accessible, site):
    page.goto(f"{live_server.url}/annuaire/lieu/{site['massy'].pk}/")
    assert page.locator("h1").inner_text() == "PMI de Massy"
    assert_accessible(page)
    page.goto(f"{live_server.url}/annuaire/types/")
    assert_accessible(page)


def test_pages_fit_320_px(live_server, mobile_page, assert_accessible, site):
    for path in ("/annuaire/?type=pmi&q=Massy", f"/annuaire/lieu/{site['massy'].pk}/"):
        mobile_page.goto(f"{live_server.url}{path}")
        assert_accessible(mobile_page)
        width = mobile_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (path, width)


def test_keyboard_only_search(live_server, page, site):
    page.goto(f"{live_server.url}/annuaire/")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_type":
            break
    else:
        pytest.fail("Le choix du type de lieu n'est pas atteignable au clavier.")
    page.keyboard.press("ArrowDown")  # first real choice: Centre de PMI
    assert page.eval_on_selector("#id_type", "el => el.value") == "pmi"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_q"
    page.keyboard.type("91300")
    page.keyboard.press("Enter")
    page.wait_for_url("**/annuaire/?type=pmi&q=91300")
    assert "2 lieux trouvés à Massy." in page.locator(".lieu-results__message").inner_text()
    page.keyboard.press("Tab")  # the skip links come first, focus is visible on each stop
    assert page.evaluate("document.activeElement.tagName") == "A"
