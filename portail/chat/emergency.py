"""Keyword safety net: emergency numbers win whatever the bot answers, or if it is down.

Every keyword list lives here. Matching works on a simplified form of the message
(lower case, no accents, punctuation removed, doubled letters collapsed) so typos, SMS
writing and missing accents still match; a few long stems also match approximately.
Over-matching is accepted: showing emergency numbers by mistake costs little.
"""

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Emergency:
    code: str
    number: str  # the number that must appear in any answer to this emergency
    answer: str


EMERGENCIES = {
    "suicide": Emergency(
        "suicide",
        "3114",
        _(
            "Si vous pensez au suicide ou si vous avez envie de vous faire du mal, appelez le "
            "3114, gratuit, jour et nuit. Vous pouvez en parler, quelqu'un vous écoute. "
            "En cas de danger immédiat : 15 ou 112."
        ),
    ),
    "enfant_danger": Emergency(
        "enfant_danger",
        "119",
        _(
            "Si un enfant est en danger ou maltraité, ou si c'est vous, appelez le 119, "
            "gratuit, jour et nuit, même d'un portable sans crédit. Si le danger est "
            "immédiat, appelez le 17 ou le 112."
        ),
    ),
    "violences_conjugales": Emergency(
        "violences_conjugales",
        "3919",
        _(
            "Violences dans le couple : appelez le 3919, gratuit et anonyme. Si vous êtes "
            "en danger tout de suite, appelez le 17 ou le 112, ou envoyez un SMS au 114."
        ),
    ),
    "danger_immediat": Emergency(
        "danger_immediat",
        "17",
        _(
            "Si vous êtes en danger maintenant, appelez le 17 (police, gendarmerie) ou le "
            "112. Si vous ne pouvez pas parler, envoyez un SMS au 114."
        ),
    ),
    "urgence_medicale": Emergency(
        "urgence_medicale",
        "15",
        _("Urgence médicale : appelez le 15 (SAMU) ou le 112."),
    ),
}

# Whole phrases, written in the simplified form (see `simplify`): regular expressions.
PHRASES = {
    "suicide": [
        r"\b(?:me|te|se) (?:tuer|suicider|pendre|jeter|foutre en l air|faire du mal)\b",
        r"\ben finir\b",
        r"\bmetre fin a (?:mes|ses|tes) jours\b",
        r"\b(?:envie|veux|voudrais|vais) (?:de )?mourir\b",
        r"\bplus (?:envie|la force) de vivre\b",
        r"\bveux (?:plus|pas) vivre\b",
        r"\bme scarifie\b",
        r"\bme mutile\b",
        r"\bsauter (?:du|par la) (?:pont|fenetre)\b",
    ],
    "violences_conjugales": [
        r"\bviolences? conjugales?\b",
        r"\bfeme batue\b",
        r"\b(?:mon|mn|ma) (?:mari|conjoint|conjointe|copain|compagnon|compagne|ex|copine|"
        r"feme|home) (?:me|m) ?(?:frape|bat|tape|cogne|menace|etrangle|viole|insulte)",
        r"\b(?:mon|mn) (?:mari|conjoint|copain|compagnon|ex) est violent\b",
    ],
    "enfant_danger": [
        r"\benfants? en danger\b",
        r"\b(?:mes|mon|ma|son|sa) (?:pere|mere|parents?|beau pere|bele mere|daron|darone|"
        r"frere|oncle|famile d acueil) (?:me|m) ?(?:frape|bat|tape|cogne|touche|viole|"
        r"enferme|menace)",
        r"\b(?:frape|bat|tape|cogne) (?:mon|ma|mes|son|sa|ses|un|une|les) "
        r"(?:enfant|enfants|fils|fille|bebe|petit|petite)\b",
        r"\bsecoue (?:le|mon|un) bebe\b",
        r"\batouchements?\b",
        r"\babus sexuels?\b",
        r"\bmaltrait",
        r"\binceste\b",
    ],
    # Could be a child or an adult: both answers are shown.
    "violences": [
        r"\b(?:il|elle|on|ils) (?:me|m) ?(?:frape|bat|tape|cogne|touche|viole)",
    ],
    "danger_immediat": [
        r"\ben danger\b",
        r"\bdanger de mort\b",
        r"\bau secours\b",
        r"\baidez moi vite\b",
        r"\b(?:va|veut|vont|veulent) me tuer\b",
        r"\bmenace(?:s)? de mort\b",
        r"\b(?:un|une|son|avec un) (?:couteau|arme|pistolet|fusil)\b",
        r"\bm a enferme",
    ],
    "urgence_medicale": [
        r"\burgence medicale\b",
        r"\bne respire (?:plus|pas|mal)\b",
        r"\brespire mal\b",
        r"\bs est etoufe\b",
        r"\bs etoufe\b",
        r"\binconscient",
        r"\bconvulse\b",
        r"\bconvulsions?\b",
        r"\bperd (?:bcp|beaucoup) de sang\b",
        r"\bhemoragie\b",
        r"\ba avale (?:des|un|une|du|de la) (?:medicaments?|cachets?|produit|javel)\b",
        r"\boverdose\b",
        r"\bsamu\b",
    ],
}

# Single words: a token starting with the stem matches, and approximately for long stems.
STEMS = {
    "suicide": ["suicid", "suicd", "sucid", "suisid"],
    "enfant_danger": ["maltrait", "violente", "violentee"],
    # "frappe" or "violences" alone: the person may be a child or an adult, show both.
    "violences": ["violenc", "violant", "frape", "tabase", "cogne", "viol", "batu"],
    "danger_immediat": ["danger"],
}
# Stems that are common word beginnings must match exactly, never approximately.
EXACT_ONLY = {"viol", "cogne", "frape", "danger", "batu"}
# Words the "viol" / "danger" stems must not catch.
NOT_EMERGENCY = {
    "violet",
    "violete",
    "violon",
    "violons",
    "violation",
    "dangereux",
    "dangereuse",
    "dangers",
    "cognee",
}

# What a generic "violences" hit shows.
VIOLENCE_CODES = ["enfant_danger", "violences_conjugales"]
ORDER = ["suicide", "danger_immediat", "enfant_danger", "violences_conjugales", "urgence_medicale"]

_COMPILED = {code: [re.compile(p) for p in patterns] for code, patterns in PHRASES.items()}


def simplify(text: str) -> str:
    """Lower case, accents and punctuation removed, doubled letters collapsed."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("œ", "oe").replace("æ", "ae")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"([a-z])\1+", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _stem_matches(token: str, stem: str) -> bool:
    if token in NOT_EMERGENCY:
        return False
    if token.startswith(stem):
        return True
    if stem in EXACT_ONLY or len(stem) < 5 or len(token) < len(stem) - 1:
        return False
    return SequenceMatcher(None, stem, token[: len(stem) + 1]).ratio() >= 0.83


def detect(text: str) -> list[str]:
    """Emergency codes found in a visitor's message, most urgent first."""
    plain = simplify(text)
    if not plain:
        return []
    found = {code for code, patterns in _COMPILED.items() if any(p.search(plain) for p in patterns)}
    tokens = plain.split()
    for code, stems in STEMS.items():
        if any(_stem_matches(token, stem) for token in tokens for stem in stems):
            found.add(code)
    if "violences" in found:
        found.discard("violences")
        # A precise phrase already said who is hurt: no need to show the other number.
        if not found.intersection(VIOLENCE_CODES):
            found.update(VIOLENCE_CODES)
    return [code for code in ORDER if code in found]


def answers_for(text: str) -> list[Emergency]:
    return [EMERGENCIES[code] for code in detect(text)]
