"""Types de lieux, normalisation des saisies et mise en forme des réponses."""

import re
import unicodedata
from typing import Any

TYPE_LABELS = {
    "pmi": "centre de PMI (Protection maternelle et infantile)",
    "caf": "CAF (Caisse d'allocations familiales)",
    "cpef": "centre de planification (CPEF)",
    "css": "centre de santé sexuelle",
    "cegidd": "centre de dépistage (CeGIDD)",
    "mds": "MDS (maison départementale des solidarités)",
    "mdph": "MDPH (Maison départementale des personnes handicapées)",
    "mission_locale": "mission locale",
    "mediation": "lieu de médiation familiale",
    "point_justice": "point justice",
    "maison_ados": "maison des adolescents",
    "fjt": "FJT (foyer de jeunes travailleurs)",
}

_SYNONYMS = {
    "pmi": ["pmi", "protection maternelle", "centre de pmi", "consultation pmi"],
    "caf": ["caf", "caisse d allocations familiales", "allocations familiales"],
    "cpef": [
        "cpef",
        "planning",
        "planning familial",
        "planing",
        "planing familial",
        "centre de planification",
    ],
    "css": ["css", "sante sexuelle", "centre de sante sexuelle"],
    "cegidd": ["cegidd", "depistage", "test ist", "test vih"],
    "mds": [
        "mds",
        "maison des solidarites",
        "maison departementale des solidarites",
        "assistante sociale",
    ],
    "mdph": [
        "mdph",
        "mda",
        "maison de l autonomie",
        "handicap",
        "maison departementale des personnes handicapees",
    ],
    "mission_locale": ["mission locale", "mission_locale", "missionlocale"],
    "mediation": ["mediation", "mediation familiale", "espace rencontre", "lieu de mediation"],
    "point_justice": ["point justice", "point_justice", "cidff", "justice"],
    "maison_ados": ["maison des ados", "maison des adolescents", "maison_ados", "mda ados"],
    "fjt": ["fjt", "foyer de jeunes travailleurs", "foyer jeunes travailleurs", "foyer jeunes"],
}

_PREFIXES = re.compile(
    r"^(?:j habite|je vis|je suis|j suis|jsuis|chui|je reside|on est|"
    r"code postal|cp|ville|commune|dans|sur|vers|pres de|a cote de|a|au|en|de|la|le)\s+"
)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9_]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalize_type(value: Any) -> str | None:
    """Code de type (« pmi », « cpef »…) à partir d'une saisie ou d'une entité."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if not value:
        return None
    plain = _plain(str(value))
    if plain.replace(" ", "_") in TYPE_LABELS:
        return plain.replace(" ", "_")
    for code, words in _SYNONYMS.items():
        if plain in words:
            return code
    for code, words in _SYNONYMS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", plain) for w in words):
            return code
    return None


def normalize_commune(value: Any) -> str | None:
    """Nom de commune ou code postal nettoyé, ou None si la saisie ne convient pas."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if not value:
        return None
    text = str(value).strip()
    if "@" in text or re.search(r"\d{6,}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}", text):
        return None  # ressemble à un téléphone ou un e-mail
    postal = re.search(r"\b\d{5}\b", text)
    if postal:
        return postal.group(0)
    cleaned = re.sub(r"[!?.,;:]+$", "", text).strip()
    previous = None
    while previous != cleaned:
        previous = cleaned
        plain = _plain(cleaned)
        match = _PREFIXES.match(plain + " ")
        if match and len(plain) > len(match.group(0).strip()):
            # retire le même nombre de mots dans le texte d'origine
            n_words = len(match.group(0).split())
            cleaned = " ".join(re.split(r"[\s']+", cleaned)[n_words:]).strip()
    if not 2 <= len(cleaned) <= 60 or not re.search(r"[A-Za-zÀ-ÿ]", cleaned):
        return None
    return cleaned


def type_label(code: str, results: list[dict[str, Any]]) -> str:
    for place in results:
        if place.get("type_label"):
            return str(place["type_label"])
    return TYPE_LABELS.get(code, code)


def format_place(place: dict[str, Any], base_url: str) -> str:
    """Fiche d'un lieu : uniquement les champs fournis par le portail."""
    lines = [f"• {place.get('nom') or 'Lieu sans nom'}"]
    address = ", ".join(
        part
        for part in [
            str(place.get("adresse") or "").strip(),
            " ".join(
                p
                for p in [str(place.get("code_postal") or ""), str(place.get("commune") or "")]
                if p
            ).strip(),
        ]
        if part
    )
    if address:
        lines.append(f"Adresse : {address}")
    if place.get("telephone"):
        lines.append(f"Téléphone : {place['telephone']}")
    if place.get("horaires"):
        lines.append(f"Horaires : {place['horaires']}")
    if place.get("url"):
        url = str(place["url"])
        lines.append(f"Fiche : {url if url.startswith('http') else base_url + url}")
    return "\n".join(lines)


def format_contact(contact: dict[str, Any] | None) -> str:
    if contact and contact.get("telephone"):
        label = contact.get("label") or "le standard du Département"
        return f"Vous pouvez appeler {label} au {contact['telephone']}."
    return "Vous pouvez appeler le standard du Département."
