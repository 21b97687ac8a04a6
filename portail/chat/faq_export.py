"""Published FAQ entries → the two generated files of the Rasa project (retrieval intent)."""

import html
import json
import re

from django.apps import apps
from django.utils.html import strip_tags

from . import conf

HEADER = "# Fichier généré par « manage.py export_faq_rasa » : ne pas modifier à la main.\n"
NLU_PATH = "data/nlu/faq_generated.yml"
DOMAIN_PATH = "domain/faq_generated.yml"
MAX_SENTENCES = 3
MAX_ANSWER_CHARS = 320
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9«(])")


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def plain_answer(rich_text: str) -> str:
    """1 to 3 short plain sentences from the rich-text answer."""
    text = one_line(html.unescape(strip_tags(re.sub(r"</(p|li|h\d)>", r"</\1> ", rich_text))))
    sentences = [s for s in SENTENCE_END.split(text) if s]
    kept: list[str] = []
    for sentence in sentences[:MAX_SENTENCES]:
        if kept and len(" ".join(kept + [sentence])) > MAX_ANSWER_CHARS:
            break
        kept.append(sentence)
    return " ".join(kept)


MAX_EXAMPLES = 8
# FAQ theme slug → place type code of the annuaire API: the answer offers the nearest place.
THEME_PLACE_TYPES = {
    "pmi": "pmi",
    "caf": "caf",
    "sante-sexuelle": "css",
    "handicap": "mdph",
    "jeunes-majeurs": "mission_locale",
    "ase": "mds",
}
PLACE_BUTTON_TITLE = "Trouver un lieu près de chez moi"
# Brackets, braces and parentheses are Rasa's entity syntax inside examples.
ENTITY_SYNTAX = re.compile(r"[\[\]{}()]")


def rasa_key(slug: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", slug.lower()).strip("-")


def examples(entry, seen: set[str]) -> list[str]:
    """The question and the editors' phrasings, once each across all entries, in order."""
    result = []
    for line in [entry.question, *entry.bot_phrasings.splitlines()]:
        line = one_line(ENTITY_SYNTAX.sub(" ", line)).lstrip("-• ").strip()
        if line and line.lower() not in seen and len(result) < MAX_EXAMPLES:
            seen.add(line.lower())
            result.append(line)
    return result


def live_entries():
    FaqEntry = apps.get_model("livret", "FaqEntry")  # noqa: N806 - no import of livret
    return list(FaqEntry.objects.filter(live=True).select_related("theme").order_by("slug"))


def render(entries) -> dict[str, str]:
    """{relative path: file content}, deterministic for a given set of entries."""
    nlu = [HEADER, 'version: "3.1"\n', "nlu:\n"]
    domain = [HEADER, 'version: "3.1"\n', "intents:\n", "  - faq\n", "responses:\n"]
    seen: set[str] = set()
    for entry in entries:
        key = rasa_key(entry.slug)
        lines = examples(entry, seen)
        if not key or not lines:
            continue
        url = entry.public_url() or f"{conf.FAQ_URL}#{entry.slug}"
        if url.startswith("http"):
            url = "/" + url.split("/", 3)[-1] if url.count("/") >= 3 else conf.FAQ_URL
        answer = f"{plain_answer(entry.answer)} En savoir plus : {url}".strip()
        nlu.append(f"- intent: faq/{key}\n  examples: |\n")
        nlu.extend(f"    - {line}\n" for line in lines)
        domain.append(f"  utter_faq/{key}:\n")
        domain.append(f"  - text: {json.dumps(answer, ensure_ascii=False)}\n")
        place_type = THEME_PLACE_TYPES.get(getattr(entry.theme, "slug", ""))
        if place_type:
            payload = '/find_place{"lieu_type":"' + place_type + '"}'
            domain.append("    buttons:\n")
            domain.append(f"    - title: {json.dumps(PLACE_BUTTON_TITLE, ensure_ascii=False)}\n")
            domain.append(f"      payload: '{payload}'\n")
    if nlu[-1] == "nlu:\n":
        nlu[-1] = "nlu: []\n"
        domain[-1] = "responses: {}\n"
    return {NLU_PATH: "".join(nlu), DOMAIN_PATH: "".join(domain)}
