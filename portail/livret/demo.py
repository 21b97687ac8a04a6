"""Idempotent loader of the livret demo content: looks things up before creating them."""

from wagtail.models import Page, Site

from .demo_content import faq, glossary, guide, livrets, snippets
from .models import (
    Droit,
    FaqEntry,
    FaqPage,
    FaqTheme,
    GlossaryPage,
    GlossaryTerm,
    GuidePage,
    Intervenant,
    LivretIndexPage,
    LivretPage,
    VoieDeRecours,
)

DEMO_LABEL = "Contenu de démonstration."


def _publish(obj):
    obj.save_revision().publish()
    return obj


def _get_or_publish(model, lookup: dict, values: dict):
    """Create and publish a snippet once; never touch an existing one (editors may have)."""
    obj = model.objects.filter(**lookup).first()
    if obj is not None:
        return obj, False
    obj = model(**lookup, **values)
    obj.live = False
    obj.save()
    return _publish(obj), True


def load_snippets(out):
    intervenants, droits, recours = {}, {}, {}
    created = 0
    for key, (role, what, reach, cadre) in snippets.INTERVENANTS.items():
        intervenants[key], new = _get_or_publish(
            Intervenant,
            {"role": role},
            {"what_they_do": what, "how_to_reach": reach, "cadre": cadre},
        )
        created += new
    for key, data in snippets.DROITS.items():
        name, explanation, how, contact, *link = data
        url, label = (link + ["", ""])[:2]
        droits[key], new = _get_or_publish(
            Droit,
            {"name": name},
            {
                "explanation": explanation,
                "how_to_exercise": how,
                "contact": contact,
                "link_url": url,
                "link_label": label,
            },
        )
        created += new
    for key, (title, when, how, deadline, cadre) in snippets.RECOURS.items():
        recours[key], new = _get_or_publish(
            VoieDeRecours,
            {"title": title},
            {"when": when, "how": how, "deadline": deadline, "cadre": cadre},
        )
        created += new
    out(f"  intervenants, droits, voies de recours : {created} créés")
    return intervenants, droits, recours


def _add_page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_livrets(home, intervenants, droits, recours, out):
    index = LivretIndexPage.objects.child_of(home).filter(slug="livret-d-accueil").first()
    if index is None:
        index = _add_page(
            home,
            LivretIndexPage(
                title="Livret d'accueil",
                slug="livret-d-accueil",
                intro="Un livret par situation : ce qui se passe, qui fait quoi, vos droits et vos "
                "recours, les étapes et qui contacter. Choisissez celui qui correspond à votre "
                "situation. " + DEMO_LABEL,
            ),
        )
    created = 0
    for data in livrets.LIVRETS:
        if LivretPage.objects.filter(mesure_code=data["mesure_code"]).exists():
            continue
        body = [
            (
                "intervenants",
                {
                    "title": "Qui fait quoi",
                    "intro": "",
                    "items": [intervenants[k] for k in data["intervenants"]],
                },
            ),
            (
                "steps",
                {
                    "title": "Les étapes",
                    "intro": "",
                    "steps": [{"title": t, "text": f"<p>{x}</p>"} for t, x in data["steps"]],
                },
            ),
            (
                "droits",
                {
                    "title": "Vos droits",
                    "intro": "Vous pouvez les exercer à tout moment.",
                    "items": [droits[k] for k in data["droits"]],
                },
            ),
            (
                "recours",
                {
                    "title": "Si vous n'êtes pas d'accord",
                    "intro": "",
                    "items": [recours[k] for k in data["recours"]],
                },
            ),
            (
                "callout",
                {
                    "title": "En cas d'urgence",
                    "tone": "important",
                    "text": "<p>Enfant en danger : appelez le 119, gratuit, 24 h sur 24. "
                    "Urgence vitale : 15 ou 112.</p>",
                },
            ),
            ("contacts", livrets.CONTACTS),
        ]
        _add_page(
            index,
            LivretPage(
                title=data["title"],
                slug=data["slug"],
                mesure_code=data["mesure_code"],
                cadre=data["cadre"],
                summary=data["summary"],
                body=body,
            ),
        )
        created += 1
    out(f"  livrets : {created} créés ({LivretPage.objects.count()} au total)")
    return index


def load_guide(home, out):
    if GuidePage.objects.filter(slug="guide-15-ans").exists():
        out("  guide 15 ans et plus : déjà présent")
        return
    _add_page(
        home,
        GuidePage(
            title="Guide du parcours : 15 ans et plus",
            slug="guide-15-ans",
            intro=guide.INTRO + " " + DEMO_LABEL,
            timeline=[("stage", {"age": a, "title": t, "text": x}) for a, t, x in guide.TIMELINE],
            domains=[
                (
                    "domain",
                    {
                        "domain": key,
                        "title": title,
                        "intro": intro,
                        "steps": [{"title": s, "text": p, "age": age} for s, p, age in steps],
                    },
                )
                for key, title, intro, steps in guide.DOMAINS
            ],
        ),
    )
    out("  guide 15 ans et plus : créé")


def load_faq(home, out):
    themes = {}
    for order, (slug, (name, intro)) in enumerate(faq.THEMES.items()):
        themes[slug], _new = FaqTheme.objects.get_or_create(
            slug=slug, defaults={"name": name, "intro": intro, "sort_order": order}
        )
    created = 0
    for order, (theme, slug, question, answer, phrasings) in enumerate(faq.ENTRIES):
        _obj, new = _get_or_publish(
            FaqEntry,
            {"slug": slug},
            {
                "question": question,
                "answer": answer,
                "theme": themes[theme],
                "bot_phrasings": "\n".join(phrasings),
                "sort_order": order,
            },
        )
        created += new
    if not FaqPage.objects.filter(slug="questions-frequentes").exists():
        _add_page(
            home,
            FaqPage(
                title="Questions fréquentes",
                slug="questions-frequentes",
                intro="Les réponses aux questions que les familles et les "
                "jeunes posent le plus souvent. " + DEMO_LABEL,
            ),
        )
    out(f"  questions fréquentes : {created} créées ({FaqEntry.objects.count()} au total)")


def load_glossary(home, out):
    created = 0
    for acronym, expansion, definition in glossary.TERMS:
        _obj, new = _get_or_publish(
            GlossaryTerm, {"acronym": acronym}, {"expansion": expansion, "definition": definition}
        )
        created += new
    if not GlossaryPage.objects.filter(slug="glossaire").exists():
        _add_page(
            home,
            GlossaryPage(
                title="Glossaire des sigles",
                slug="glossaire",
                intro="Les sigles de l'aide à l'enfance et de la santé, "
                "expliqués simplement. " + DEMO_LABEL,
            ),
        )
    out(f"  glossaire : {created} termes créés ({GlossaryTerm.objects.count()} au total)")


def load_all(out=print):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise RuntimeError("Chargez d'abord le socle : manage.py load_demo --skip-apps")
    home = Page.objects.get(pk=site.root_page_id)
    intervenants, droits, recours = load_snippets(out)
    load_livrets(home, intervenants, droits, recours, out)
    load_guide(home, out)
    load_faq(home, out)
    load_glossary(home, out)
