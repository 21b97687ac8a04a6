"""Filet de sécurité NLU : les urgences l'emportent sur le classifieur.

Placé en dernier dans le pipeline. Si un mot-clé d'urgence est trouvé,
l'intention devient l'intention d'urgence avec une confiance de 1,0
(le classement des autres intentions est conservé derrière).
Si le message contient un e-mail ou un numéro de téléphone, l'intention
devient ``partage_donnees_perso`` pour rappeler de ne pas les donner.
"""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from components.emergency_rules import contains_personal_data, detect_emergency

PERSONAL_DATA_INTENT = "partage_donnees_perso"


def override_intent(message: Message, intent_name: str) -> None:
    """Impose l'intention avec confiance 1,0 et garde le reste du classement."""
    ranking = message.get(INTENT_RANKING_KEY) or []
    rest = [r for r in ranking if r.get("name") != intent_name]
    top = {"name": intent_name, "confidence": 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top] + rest, add_to_output=True)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EmergencySafetyNet(GraphComponent):
    """Remplace l'intention prédite quand un mot-clé d'urgence est présent."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"detect_personal_data": True}

    def __init__(self, config: dict[str, Any]) -> None:
        self._detect_personal_data = config.get("detect_personal_data", True)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "EmergencySafetyNet":
        return cls(config)

    def decide(self, text: str) -> str | None:
        emergency = detect_emergency(text)
        if emergency:
            return emergency
        if self._detect_personal_data and contains_personal_data(text):
            return PERSONAL_DATA_INTENT
        return None

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue  # boutons : la charge utile est déjà une intention
            intent_name = self.decide(text)
            if intent_name:
                override_intent(message, intent_name)
        return messages
