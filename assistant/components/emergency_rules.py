"""Détection par mots-clés des urgences et des données personnelles.

Module pur (aucune dépendance à Rasa) pour être testé vite et simplement.
Le texte est normalisé : minuscules, sans accents, ponctuation remplacée par
des espaces. Les motifs tolèrent quelques fautes courantes.
"""

import re
import unicodedata
from re import Pattern


def normalize(text: str) -> str:
    """Minuscules, sans accents, apostrophes et ponctuation en espaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("œ", "oe")
    text = re.sub(r"[^a-z0-9@.+]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# Verbes de violence, avec fautes fréquentes (frape, tappe, bas…).
_HIT = r"(?:fr+app?e?\w*|tapp?e?\w*|cogn\w*|bat+\w*|bas|frapp\w*|viol\w*|etrangl\w*|brutalis\w*)"
_CHILD = (
    r"(?:enfants?|fils|filles?|bebes?|petits?|petite|gosses?|gamins?|gamines?|neveux?|niece"
    r"|soeurs?|freres?)"
)
_PARENT = (
    r"(?:pere|mere|parents?|daron\w*|beau pere|belle mere|oncle|tante|grand pere|educateur"
    r"|educatrice)"
)
_PARTNER = r"(?:mari|conjoint\w*|copain|copine|compagn\w*|concubin\w*|ex|femme|partenaire|mec)"

_RULES: list[tuple[str, list[str]]] = [
    (
        "urgence_suicide",
        [
            r"\bsu?i[cs]+id",  # suicide, suicider, sucide, suiside…
            r"\bsucid",
            r"\bme tuer\b",
            r"\bme foutre en l air\b",
            r"\b(envie|besoin) de (mourir|crever|disparaitre)\b",
            r"\b(veux|voudrais|vais|prefere) (mourir|crever)\b",
            r"\b(veux|envie d|vais|voudrais|besoin d) en finir\b",
            r"\bmettre fin a (mes jours|ma vie)\b",
            r"\bplus envie de vivre\b",
            r"\bme (pendre|jeter sous|jeter du|jeter par|scarifier|mutiler)\b",
            r"\bm ouvrir les veines\b",
            r"\bidees? (noires?|suicidaires?)\b",
        ],
    ),
    (
        "urgence_enfant_danger",
        [
            rf"\b{_HIT} (mon|ma|mes|les|nos|son|sa|ses|notre|le|la) {_CHILD}\b",
            rf"\b{_PARENT} (me|nous|m) {_HIT}",
            rf"\b{_PARENT} (m|nous) (a|ont) {_HIT}",
            rf"\b{_CHILD} (est|sont) (battue?s?|frappee?s?|maltraitee?s?|en danger)\b",
            r"\bmaltrait",
            r"\binceste\b",
            r"\benfants? en danger\b",
            r"\battouchement",
            r"\b(abus|abuse) (sexuel|de moi|mon enfant|ma fille|mon fils)",
        ],
    ),
    (
        "urgence_violences_conjugales",
        [
            rf"\b{_PARTNER} (me|m) ({_HIT}|menace\w*|insult\w*|enferm\w*)",
            rf"\b{_PARTNER} (m|nous) a ({_HIT}|menace\w*|enferm\w*)",
            r"\bviolences? conjugales?\b",
            r"\bfemme battue\b",
            rf"\b(il|elle) (me|m) ({_HIT})",
            r"\b(il|elle) m a (frappe|tape|battu|cogne|viole|etrangle)\w*",
        ],
    ),
    (
        "urgence_medicale",
        [
            r"\boverdose\b",
            r"\bover dose\b",
            r"\b(respire|respir) (plus|pas|mal)\b",
            r"\binconscien",
            r"\bconvuls",
            r"\bs est evanoui",
            r"\bevanoui",
            r"\bsaigne (beaucoup|enormement|abondamment)\b",
            r"\ba avale (des|un|du|de la|toute)\b",
            r"\bintoxi",
            r"\bcrise cardiaque\b",
            r"\bne se reveille (pas|plus)\b",
            r"\bs etouffe\b",
        ],
    ),
    (
        "urgence_danger_immediat",
        [
            r"\b(je suis|on est|nous sommes|suis) en danger\b",
            r"\ben danger\b",
            r"\bau secours\b",
            r"\bveut me tuer\b",
            r"\bva me tuer\b",
            r"\b(il|elle|ils) (me|m) menace\w*",
            r"\bon me menace\b",
            r"\b(un|une) (couteau|arme|pistolet|fusil)\b",
            r"\bon m agresse\b",
            r"\b(m a|on m|j ai ete|je me suis fait|me fait|viens d etre) agress",
            r"\bagression\b",
            r"\bsequestr",
            r"\bm enferme\b",
            r"\bme suit dans la rue\b",
        ],
    ),
]

_COMPILED: list[tuple[str, list[Pattern]]] = [
    (intent, [re.compile(p) for p in patterns]) for intent, patterns in _RULES
]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"(?:\+33|0033|\b0)\s*[1-9](?:[\s.-]*\d{2}){4}\b")


def detect_emergency(text: str) -> str | None:
    """Nom de l'intention d'urgence reconnue, ou None."""
    norm = normalize(text)
    for intent, patterns in _COMPILED:
        if any(p.search(norm) for p in patterns):
            return intent
    return None


def contains_personal_data(text: str) -> bool:
    """Vrai si le message semble contenir une adresse e-mail ou un numéro de téléphone."""
    text = text or ""
    return bool(_EMAIL.search(text) or _PHONE.search(text))
