"""Mark the first occurrence of each known acronym as <abbr title="…"> in rendered HTML."""

import re

from bs4 import BeautifulSoup, NavigableString
from django.core.cache import cache

from . import conf

SKIP_PARENTS = {"a", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "code"}


def glossary_terms() -> dict[str, str]:
    """{acronym: expansion} of live terms, cached until a term is published or removed."""
    terms = cache.get(conf.GLOSSARY_CACHE_KEY)
    if terms is None:
        from .models import GlossaryTerm

        terms = dict(GlossaryTerm.objects.live().values_list("acronym", "expansion"))
        cache.set(conf.GLOSSARY_CACHE_KEY, terms, None)
    return terms


def invalidate_glossary_cache(**kwargs):
    cache.delete(conf.GLOSSARY_CACHE_KEY)


def _pattern(acronyms):
    # Longest first so that "MDPH" wins over "MDP"; case-sensitive, whole words only.
    alternatives = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")


def _skipped(node):
    return any(parent.name in SKIP_PARENTS for parent in node.parents)


def abbreviate(html: str, seen: set[str] | None = None) -> str:
    """Return `html` with first occurrences wrapped; `seen` carries state across a page."""
    terms = glossary_terms()
    if not html or not terms:
        return html
    seen = set() if seen is None else seen
    pattern = _pattern(terms)
    if not pattern.search(html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    for existing in soup.find_all("abbr"):
        seen.add(existing.get_text())
    for text_node in list(soup.find_all(string=True)):
        if _skipped(text_node) or not pattern.search(text_node):
            continue
        pieces, last, changed = [], 0, False
        for match in pattern.finditer(text_node):
            acronym = match.group(1)
            if acronym in seen:
                continue
            seen.add(acronym)
            pieces.append(NavigableString(text_node[last : match.start()]))
            tag = soup.new_tag("abbr", title=terms[acronym])
            tag.string = acronym
            pieces.append(tag)
            last, changed = match.end(), True
        if changed:
            pieces.append(NavigableString(text_node[last:]))
            for piece in pieces:
                text_node.insert_before(piece)
            text_node.extract()
    return str(soup)
