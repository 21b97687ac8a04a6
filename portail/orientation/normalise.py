"""Normalisation of commune names and visitors' queries, for matching."""

import re

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Common abbreviations people type for commune names.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "s": "sur", "ss": "sous", "sr": "sur"}


def normalise_name(value: str) -> str:
    """'Saint-Michel-sur-Orge' and 'st michel s/ orge' both give 'saint michel sur orge'."""
    text = anyascii(value or "").lower()
    words = _NON_ALNUM.sub(" ", text).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)
