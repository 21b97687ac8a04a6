"""The keyword safety net: many real-life phrasings, typos, no accents, SMS style."""

import pytest

from portail.chat.emergency import EMERGENCIES, detect, simplify

SUICIDE = [
    "je veux me suicider",
    "J'ai envie de me suicider",
    "jveu me suicidé",
    "je pense au suicide",
    "suicide",
    "sucide",
    "suiside",
    "idees suicidaires",
    "j'ai envie de mourir",
    "je veux mourir",
    "je vais me tuer",
    "j'ai plus envie de vivre",
    "je veux plus vivre",
    "envie d'en finir",
    "je veux mettre fin à mes jours",
    "je me scarifie",
    "JE VAIS ME FOUTRE EN L'AIR",
]
CHILD = [
    "mon père me frappe",
    "mon pere me frape",
    "ma mere me bat",
    "mes parents me tapent",
    "ma belle-mère me tape",
    "il frappe mon enfant",
    "un enfant en danger dans mon immeuble",
    "maltraitance",
    "maltraitanse",
    "mon voisin maltraite son fils",
    "mon oncle me touche",
    "attouchements",
    "inceste",
]
CONJUGAL = [
    "mon mari me frappe",
    "mon copain me bat",
    "mon ex me menace",
    "mon conjoint est violent",
    "violences conjugales",
    "violence conjugale",
    "femme battue",
]
IMMEDIATE = [
    "je suis en danger",
    "jsuis en danger",
    "au secours",
    "il va me tuer",
    "il a un couteau",
    "on m'a enfermée",
    "menace de mort",
]
MEDICAL = [
    "mon bébé ne respire plus",
    "mon bebe respire mal",
    "il est inconscient",
    "mon fils fait des convulsions",
    "ma fille a avalé des médicaments",
    "urgence médicale",
    "elle s'est étouffée",
]
BOTH_VIOLENCE = ["il me frappe", "frappe", "on me bat", "violences", "violance", "je suis frappée"]
NOT_EMERGENCY = [
    "je cherche une pmi pres de evry",
    "mon fils a 15 ans",
    "ma fille aura 17 ans",
    "la caf",
    "bonjour",
    "les dangers des écrans pour les bébés",
    "un pull violet",
    "suivi de grossesse",
    "rendez-vous au planning familial",
    "la prime de naissance",
    "comment lire mon dossier",
    "ma fille a de la fièvre la nuit",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SUICIDE)
def test_suicide_phrasings_give_3114(text):
    assert detect(text)[0] == "suicide"


@pytest.mark.parametrize("text", CHILD)
def test_child_in_danger_gives_119(text):
    assert "enfant_danger" in detect(text)


@pytest.mark.parametrize("text", CONJUGAL)
def test_domestic_violence_gives_3919(text):
    assert "violences_conjugales" in detect(text)


@pytest.mark.parametrize("text", IMMEDIATE)
def test_immediate_danger_gives_17(text):
    assert "danger_immediat" in detect(text)


@pytest.mark.parametrize("text", MEDICAL)
def test_medical_emergency_gives_15(text):
    assert "urgence_medicale" in detect(text)


@pytest.mark.parametrize("text", BOTH_VIOLENCE)
def test_ambiguous_violence_shows_both_numbers(text):
    assert {"enfant_danger", "violences_conjugales"} <= set(detect(text))


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_ordinary_questions_are_not_emergencies(text):
    assert detect(text) == []


def test_precise_phrase_does_not_add_the_other_violence_number():
    assert detect("mon mari me frappe") == ["violences_conjugales"]
    assert detect("mon père me frappe") == ["enfant_danger"]


def test_most_urgent_first():
    assert detect("mon mari me frappe et je veux mourir")[0] == "suicide"


def test_simplify_removes_accents_punctuation_and_doubled_letters():
    assert simplify("Frappée !!  L'ÉCOLE") == "frape l ecole"


@pytest.mark.parametrize("code", sorted(EMERGENCIES))
def test_each_answer_contains_its_number(code):
    emergency = EMERGENCIES[code]
    assert emergency.number in str(emergency.answer)
