"""`portail_search` provider: live FAQ entries and glossary terms matching a query."""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from portail.core.search import normalise_query

from .models import FaqEntry, FaqPage, GlossaryPage, GlossaryTerm

MAX_RESULTS = 10


def search_faq_and_glossary(request, query):
    query = normalise_query(query)
    if not query:
        return None
    results = []
    entries = FaqEntry.objects.live().search(query, operator="or")[:MAX_RESULTS]
    pages = {}  # theme id -> FAQ page: one lookup per theme, not per entry
    for entry in entries:
        if entry.theme_id not in pages:
            pages[entry.theme_id] = FaqPage.page_for_theme(entry.theme_id)
        page = pages[entry.theme_id]
        if page is not None:
            results.append(
                {
                    "title": entry.question,
                    "url": f"{page.url}#{entry.slug}",
                    "excerpt": Truncator(strip_tags(entry.answer)).words(30),
                }
            )
    glossary = GlossaryPage.objects.live().first()
    if glossary:
        for term in GlossaryTerm.objects.live().search(query, operator="or")[:MAX_RESULTS]:
            results.append(
                {
                    "title": f"{term.acronym} : {term.expansion}",
                    "url": f"{glossary.url}#{term.anchor}",
                    "excerpt": Truncator(term.definition).words(30),
                }
            )
    return {"title": _("Questions fréquentes et glossaire"), "results": results}
