import json

import pytest
from django.core.management import call_command
from wagtail.models import Page

from portail.core.models import HomePage, StandardPage


@pytest.mark.django_db
def test_home_page_shows_the_four_audiences(client, demo_socle):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    for label in [
        "Je suis parent",
        "J&#x27;ai 15 ans ou plus",
        "Donner mon avis",
        "Trouver un lieu",
    ]:
        assert label in html
    assert 'href="#contenu"' in html  # skip link
    assert "Menu principal" in html


@pytest.mark.django_db
def test_footer_links_to_accessibility_legal_and_privacy_pages(client, demo_socle):
    html = client.get("/").content.decode()
    for slug in ["accessibilite", "mentions-legales", "donnees-personnelles"]:
        assert f"/{slug}/" in html
        assert client.get(f"/{slug}/").status_code == 200


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing(demo_socle):
    counts = (Page.objects.count(), StandardPage.objects.count(), HomePage.objects.count())
    call_command("load_demo", skip_apps=True, verbosity=0)
    assert (Page.objects.count(), StandardPage.objects.count(), HomePage.objects.count()) == counts


@pytest.mark.django_db
def test_breadcrumb_on_content_page(client, demo_socle):
    html = client.get("/accessibilite/").content.decode()
    assert 'aria-label="Vous êtes ici"' in html
    assert 'aria-current="page"' in html


@pytest.mark.django_db
def test_unknown_page_answers_a_french_404(client, demo_socle):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_500_template_is_french_and_standalone(rf):
    from portail.core.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Le service rencontre un problème" in response.content.decode()


@pytest.mark.django_db
def test_health_reports_database_and_cache(client):
    response = client.get("/sante/")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_robots_and_sitemap(client, demo_socle):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /espace/" in robots
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert "/accessibilite/" in sitemap.content.decode()


@pytest.mark.django_db
def test_language_switcher_sets_cookie_and_refuses_foreign_redirects(client, demo_socle):
    response = client.get("/langue/en/?next=/accessibilite/")
    assert response.status_code == 302
    assert response["Location"] == "/accessibilite/"
    assert response.cookies["django_language"].value == "en"
    english = client.get("/").content.decode()
    assert '<html lang="en">' in english
    assert "Skip to content" in english  # compiled locale/en catalogue
    assert client.get("/langue/fr/?next=https://evil.example/")["Location"] == "/"


@pytest.mark.django_db
def test_home_page_is_cached_for_visitors_and_refreshed_on_publish(client, demo_socle):
    from django.core.cache import cache

    cache.clear()
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    demo_socle.intro = "Nouvelle introduction publiée"
    demo_socle.save_revision().publish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Nouvelle introduction publiée" in response.content.decode()


@pytest.mark.django_db
def test_menu_change_empties_the_page_cache(client, demo_socle):
    from django.core.cache import cache

    from portail.core.models import MenuItem

    cache.clear()
    client.get("/")
    item = MenuItem.objects.first()
    item.label = "Nouvel intitulé du menu"
    item.save()
    assert "Nouvel intitulé du menu" in client.get("/").content.decode()


@pytest.mark.django_db
def test_signed_in_visitors_never_get_the_cached_page(client, demo_socle, django_user_model):
    client.get("/")
    client.force_login(django_user_model.objects.create_user("a@example.org", "x-123456789"))
    assert "X-Page-Cache" not in client.get("/")


@pytest.mark.django_db
def test_browser_language_does_not_switch_the_interface(client, demo_socle):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="fr">' in html
    assert "Aller au contenu" in html
    assert ">English</a>" in html  # each language named in itself


@pytest.mark.django_db
def test_login_page_explains_invitation_only_and_offers_no_sign_up(client, demo_socle):
    html = client.get("/compte/login/").content.decode()
    assert "sur invitation" in html
    assert "/compte/signup/" not in html
    assert 'for="id_login"' in html  # a visible label, not a placeholder only


@pytest.mark.django_db
def test_health_reports_an_unreachable_assistant_without_failing(client, settings):
    from portail.chat import conf

    original = conf.RASA_URL
    conf.RASA_URL = "http://127.0.0.1:9"  # discard port: nothing listens
    try:
        response = client.get("/sante/")
    finally:
        conf.RASA_URL = original
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["optional"]["assistant"].startswith("error:")
