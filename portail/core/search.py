"""Accent- and case-insensitive page search on both SQLite and PostgreSQL.

SQLite's FTS5 tokenizer already folds accents; on PostgreSQL the `french_unaccent`
text search configuration (migration core 0002) stems French and drops accents.
"""

from anyascii import anyascii


def normalise_query(query: str) -> str:
    return " ".join(anyascii(query).split())


def search_pages(queryset, query: str):
    return queryset.search(normalise_query(query), operator="or")
