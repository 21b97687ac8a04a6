"""Réponse quand le bot n'a pas compris (nlu_fallback)."""

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import portal_api
from actions.lieux import format_contact

TOPIC_BUTTONS = [
    {"title": "PMI (santé de la mère et de l'enfant)", "payload": "/ask_pmi"},
    {"title": "CAF (aides aux familles)", "payload": "/ask_caf"},
    {"title": "Santé sexuelle", "payload": "/ask_sante_sexuelle"},
    {"title": "Handicap", "payload": "/ask_handicap"},
    {"title": "Jeunes de 18 à 21 ans", "payload": "/ask_jeune_majeur"},
    {"title": "Trouver un lieu", "payload": "/find_place"},
]


def fallback_text(contact: Any) -> str:
    return (
        "Désolé, je n'ai pas compris. Choisissez un thème ou écrivez votre question autrement. "
        f"{format_contact(contact)} En cas de danger : 119 / 17 / 112."
    )


class ActionFallbackHelp(Action):
    def name(self) -> str:
        return "action_fallback_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        contact = await asyncio.to_thread(portal_api.general_contact)
        dispatcher.utter_message(text=fallback_text(contact), buttons=TOPIC_BUTTONS)
        return []
