"""Shared fixtures: a real browser (Debian's Chromium through Playwright) and axe-core."""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by
# fixtures in that same thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium introuvable à {CHROMIUM} : lancez `make test` (il l'installe).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def mobile_page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def run_axe(page, context_selector=None):
    """Inject axe-core and return the list of violations (any impact) for the page."""
    if not AXE_JS.exists():
        pytest.fail("axe-core absent : lancez `npm ci` (fait par `make test`).")
    # Evaluated through the DevTools protocol: the page's CSP forbids inline scripts.
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;window.axe = axe; true;")
    return page.evaluate(
        """async (sel) => {
            const r = await axe.run(sel ? document.querySelector(sel) : document,
              {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
               'best-practice']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }""",
        context_selector,
    )


@pytest.fixture
def assert_accessible():
    def check(page, context_selector=None):
        violations = run_axe(page, context_selector)
        assert violations == [], f"axe-core violations on {page.url}: {violations}"

    return check


@pytest.fixture
def demo_socle(db):
    """The socle's demo site: home page, footer pages, settings and menu."""
    from django.core.management import call_command

    call_command("load_demo", skip_apps=True, verbosity=0)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def editor_with_mfa(django_user_model):
    """A superuser who has set up TOTP: professionals must, or every page redirects to MFA."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt

    user = django_user_model.objects.create_superuser(
        "editeur@demo.portail.example", "motdepasse-editeur-123"
    )
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt("JBSWY3DPEHPK3PXP")}
    )
    return user


@pytest.fixture
def editor_client(client, editor_with_mfa):
    """A Django test client signed in as `editor_with_mfa` (Wagtail admin usable)."""
    client.force_login(editor_with_mfa)
    return client
