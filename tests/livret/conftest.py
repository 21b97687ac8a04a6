"""Fixtures of the livret tests: demo content, a small livret, users."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    """Page cache, rate-limit counters and the glossary list live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_livret(demo_socle):
    from portail.livret.demo import load_all

    load_all(out=lambda message: None)
    return demo_socle


@pytest.fixture
def livret_index(demo_socle):
    from portail.livret.models import LivretIndexPage

    index = LivretIndexPage(title="Livret d'accueil", slug="livret-d-accueil")
    demo_socle.add_child(instance=index)
    index.save_revision().publish()
    return index


def publish_snippet(model, **values):
    obj = model(**values)
    obj.live = False
    obj.save()
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


@pytest.fixture
def make_user(django_user_model):
    def make(email):
        return django_user_model.objects.create_user(email=email, password="x-long-password-1")

    return make


@pytest.fixture
def small_content(livret_index):
    """A compact site: two livrets, the guide, an FAQ page and a glossary."""
    from portail.livret.models import (
        Droit,
        FaqEntry,
        FaqPage,
        FaqTheme,
        GlossaryPage,
        GlossaryTerm,
        GuidePage,
        Intervenant,
        LivretPage,
        VoieDeRecours,
    )

    home = livret_index.get_parent()
    referent = publish_snippet(
        Intervenant,
        role="Référent ASE",
        what_they_do="<p>Suit le PPE de votre enfant.</p>",
        how_to_reach="Par la MDS.",
    )
    droit = publish_snippet(
        Droit,
        name="Saisir le Défenseur des droits",
        explanation="<p>Autorité indépendante.</p>",
        how_to_exercise="<p>Par téléphone.</p>",
    )
    recours = publish_snippet(
        VoieDeRecours,
        title="Faire appel",
        when="<p>Désaccord avec le juge.</p>",
        how="<p>Au greffe.</p>",
        deadline="Quinze jours.",
    )
    body = [
        ("intervenants", {"title": "Qui fait quoi", "intro": "", "items": [referent]}),
        (
            "steps",
            {
                "title": "Les étapes",
                "intro": "",
                "steps": [{"title": "Audience", "text": "<p>Le juge décide.</p>"}],
            },
        ),
        ("droits", {"title": "Vos droits", "intro": "", "items": [droit]}),
        ("recours", {"title": "Recours", "intro": "", "items": [recours]}),
        (
            "contacts",
            {
                "title": "Contacts",
                "intro": "",
                "phone": "01 00 00 00 10",
                "phone_hours": "9 h - 17 h",
                "email": "",
                "permanences": [
                    {"place": "MDS", "address": "", "days": "mardi", "hours": "14 h - 17 h"}
                ],
            },
        ),
    ]
    livrets = {}
    for code, slug, title, cadre in [
        ("placement_judiciaire", "placement-judiciaire", "Le placement judiciaire", "judiciaire"),
        ("aed", "aide-educative-a-domicile", "L'aide éducative à domicile", "administratif"),
    ]:
        page = LivretPage(
            title=title,
            slug=slug,
            mesure_code=code,
            cadre=cadre,
            summary="Ce que dit le juge des enfants, le PPE et la MDS.",
            body=body,
        )
        livret_index.add_child(instance=page)
        page.save_revision().publish()
        livrets[code] = page
    guide = GuidePage(
        title="Guide 15 ans et plus",
        slug="guide-15-ans",
        intro="Préparer tes 18 ans.",
        timeline=[("stage", {"age": "17 ans", "title": "Entretien", "text": "<p>Bilan.</p>"})],
        domains=[
            (
                "domain",
                {
                    "domain": "papiers",
                    "title": "Papiers",
                    "intro": "",
                    "steps": [
                        {"title": "Carte d'identité", "text": "", "age": ""},
                        {"title": "Recensement", "text": "À 16 ans.", "age": "16 ans"},
                    ],
                },
            )
        ],
    )
    home.add_child(instance=guide)
    guide.save_revision().publish()
    theme = FaqTheme.objects.create(name="Aide sociale à l'enfance", slug="ase")
    entries = [
        publish_snippet(
            FaqEntry,
            slug="duree-placement",
            theme=theme,
            question="Combien de temps dure un placement ?",
            answer="<p>Le juge fixe la durée. Voir l'ASE.</p>",
            bot_phrasings="placement ca dure combien\nduree placement",
        ),
        publish_snippet(
            FaqEntry,
            slug="c-est-quoi-ppe",
            theme=theme,
            question="C'est quoi le PPE ?",
            answer="<p>Un projet écrit.</p>",
        ),
    ]
    faq = FaqPage(title="Questions fréquentes", slug="questions-frequentes")
    home.add_child(instance=faq)
    faq.save_revision().publish()
    terms = [
        publish_snippet(
            GlossaryTerm,
            acronym="ASE",
            expansion="Aide sociale à l'enfance",
            definition="Service du Département.",
        ),
        publish_snippet(
            GlossaryTerm,
            acronym="PPE",
            expansion="Projet pour l'enfant",
            definition="Document écrit avec la famille.",
        ),
        publish_snippet(
            GlossaryTerm,
            acronym="MDS",
            expansion="Maison départementale des solidarités",
            definition="Accueil social.",
        ),
    ]
    glossary = GlossaryPage(title="Glossaire", slug="glossaire")
    home.add_child(instance=glossary)
    glossary.save_revision().publish()
    return {
        "index": livret_index,
        "livrets": livrets,
        "guide": guide,
        "faq": faq,
        "entries": entries,
        "terms": terms,
        "glossary": glossary,
        "theme": theme,
        "snippets": {"intervenant": referent, "droit": droit, "recours": recours},
    }


@pytest.fixture
def publish():
    return publish_snippet
