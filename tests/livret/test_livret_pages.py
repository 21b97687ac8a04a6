"""Every page type renders, with its structure; mesure codes are unique per site."""

import pytest
from bs4 import BeautifulSoup
from wagtail import hooks

from portail.livret.models import MESURE_CHOICES, LivretPage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_public_urls_render(client, demo_livret):
    for url, title in [
        ("/livret-d-accueil/", "Livret d'accueil"),
        ("/guide-15-ans/", "Guide du parcours : 15 ans et plus"),
        ("/questions-frequentes/", "Questions fréquentes"),
        ("/glossaire/", "Glossaire des sigles"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert [h.get_text(strip=True) for h in soup(response).find_all("h1")] == [title]


def test_one_livret_per_mesure_renders_with_its_sections(client, demo_livret):
    livrets = LivretPage.objects.live()
    assert sorted(livrets.values_list("mesure_code", flat=True)) == sorted(
        code for code, _label in MESURE_CHOICES
    )
    for livret in livrets:
        response = client.get(livret.url)
        assert response.status_code == 200
        page = soup(response)
        assert page.find("h1").get_text(strip=True) == livret.title
        assert page.find(id="en-bref")
        # Every table-of-contents link points to an element of the page.
        toc_links = page.select("nav.toc a")
        assert len(toc_links) >= 5
        for link in toc_links:
            assert page.find(id=link["href"][1:]), link
        assert page.select("ol.stepper li")
        assert "Défenseur des droits" in page.get_text()
        assert page.select_one("form.helpful-form")
        assert page.find("a", href=f"{livret.url}pdf/")


def test_livret_index_groups_livrets_by_cadre(client, demo_livret):
    page = soup(client.get("/livret-d-accueil/"))
    headings = [h.get_text(strip=True) for h in page.find_all("h2")]
    assert "Administratif (avec votre accord)" in headings
    assert "Judiciaire (décidé par le juge des enfants)" in headings
    assert len(page.select("ul.cards a")) == 8


def test_mesure_code_is_unique_per_site(small_content, admin_user):
    index = small_content["index"]
    form_class = LivretPage.get_edit_handler().get_form_class()
    data = {
        "title": "Doublon",
        "slug": "doublon",
        "mesure_code": "aed",
        "cadre": "administratif",
        "summary": "Résumé.",
        "body-count": "0",
    }
    form = form_class(data, instance=LivretPage(), parent_page=index, for_user=admin_user)
    assert not form.is_valid()
    assert form.errors["mesure_code"] == ["Un livret existe déjà pour cette mesure sur ce site."]
    data["mesure_code"] = "aemo"
    form = form_class(data, instance=LivretPage(), parent_page=index, for_user=admin_user)
    assert form.is_valid(), form.errors


def test_livret_context_hook_adds_referent_and_disables_cache(client, small_content):
    livret = small_content["livrets"]["aed"]

    def referent(request, page):
        return {
            "referent": {
                "name": "Mme Exemple",
                "role": "Référente ASE",
                "phone": "01 00 00 00 99",
                "email": "ref@demo.example",
            }
        }

    with hooks.register_temporarily("portail_livret_context", referent):
        first = client.get(livret.url)
        second = client.get(livret.url)
    assert "Mme Exemple" in first.content.decode()
    assert soup(first).find(id="mon-referent")
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    # Without the hook the page no longer shows it, and is cached again.
    third = client.get(livret.url)
    assert "Mme Exemple" not in third.content.decode()
    assert third["X-Page-Cache"] == "miss"
