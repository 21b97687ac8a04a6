"""Filet de sécurité des urgences : mots-clés et composant Rasa."""

import pytest

from components.emergency_rules import contains_personal_data, detect_emergency

CASES = [
    ("je veux me suicider", "urgence_suicide"),
    ("JE VEUX ME SUICIDÉ", "urgence_suicide"),
    ("jveux me sucider", "urgence_suicide"),
    ("j'ai envie de mourir", "urgence_suicide"),
    ("je veux en finir", "urgence_suicide"),
    ("plus envie de vivre...", "urgence_suicide"),
    ("il me frappe", "urgence_violences_conjugales"),
    ("mon mari me frape", "urgence_violences_conjugales"),
    ("Mon conjoint m'a étranglée hier", "urgence_violences_conjugales"),
    ("il bat mes enfants", "urgence_enfant_danger"),
    ("mon pere me frappe", "urgence_enfant_danger"),
    ("mes parents m'ont frappé", "urgence_enfant_danger"),
    ("un enfant en danger chez mes voisins", "urgence_enfant_danger"),
    ("je suis en danger", "urgence_danger_immediat"),
    ("au secours", "urgence_danger_immediat"),
    ("il a un couteau", "urgence_danger_immediat"),
    ("mon fils a fait une overdose", "urgence_medicale"),
    ("mon bébé ne respire plus", "urgence_medicale"),
    ("elle est inconsciente", "urgence_medicale"),
]


@pytest.mark.parametrize("text,intent", CASES)
def test_emergencies_detected(text, intent):
    assert detect_emergency(text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "ma fille a de la fièvre la nuit",
        "je cherche une PMI à Massy",
        "prime de naissance",
        "mon fils est agressif à l'école",
        "j'ai hâte d'en finir avec ce dossier",
        "bonjour",
    ],
)
def test_no_false_alarm(text):
    assert detect_emergency(text) is None


def test_personal_data():
    assert contains_personal_data("mon mail est a.b@gmail.com")
    assert contains_personal_data("appelez le 06 12 34 56 78")
    assert contains_personal_data("+33 6 12 34 56 78")
    assert not contains_personal_data("je suis à 91000")
    assert not contains_personal_data("j'ai appelé le 119")


def _message(text, intent, confidence):
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": confidence})
    message.set(
        INTENT_RANKING_KEY,
        [
            {"name": intent, "confidence": confidence},
            {"name": "urgence_suicide", "confidence": 0.01},
        ],
    )
    return message


def test_component_overrides_intent_and_keeps_ranking():
    from components.emergency_safety_net import EmergencySafetyNet

    component = EmergencySafetyNet(EmergencySafetyNet.get_default_config())
    message = _message("jveux me suicidé", "ask_caf", 0.88)
    component.process([message])
    assert message.get("intent") == {"name": "urgence_suicide", "confidence": 1.0}
    names = [r["name"] for r in message.get("intent_ranking")]
    assert names == ["urgence_suicide", "ask_caf"]


def test_component_personal_data_and_passthrough():
    from components.emergency_safety_net import EmergencySafetyNet

    component = EmergencySafetyNet(EmergencySafetyNet.get_default_config())
    personal = _message("mon tel 0612345678", "inform", 0.6)
    normal = _message("prime de naissance", "ask_caf", 0.9)
    button = _message('/find_place{"lieu_type":"pmi"}', "find_place", 1.0)
    component.process([personal, normal, button])
    assert personal.get("intent")["name"] == "partage_donnees_perso"
    assert normal.get("intent") == {"name": "ask_caf", "confidence": 0.9}
    assert button.get("intent")["name"] == "find_place"
