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
    for entry in entries:
        url = entry.public_url()
        if url:
            results.append({"title": entry.question, "url": url,
                            "excerpt": Truncator(strip_tags(entry.answer)).words(30)})
    glossary = GlossaryPage.objects.live().first()
    if glossary:
        for term in GlossaryTerm.objects.live().search(query, operator="or")[:MAX_RESULTS]:
            results.append({"title": f"{term.acronym} : {term.expansion}",
                            "url": f"{glossary.url}#{term.anchor}",
                            "excerpt": Truncator(term.definition).words(30)})
    return {"title": _("Questions fréquentes et glossaire"), "results": results}


__all__ = ["search_faq_and_glossary", "FaqPage"]
