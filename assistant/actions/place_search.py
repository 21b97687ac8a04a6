"""Formulaire de recherche de lieu et appel de l'API du portail."""

import asyncio
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import portal_api
from actions.lieux import (
    format_contact,
    format_place,
    normalize_commune,
    normalize_type,
    type_label,
)

TEXT_TYPE_UNKNOWN = (
    "Je n'ai pas compris le type de lieu. Choisissez dans la liste, s'il vous plaît."
)
TEXT_COMMUNE_INVALID = (
    "Je n'ai pas compris la commune. Écrivez le nom de la commune ou le code postal "
    "à 5 chiffres. N'écrivez pas votre adresse ni votre téléphone."
)


class ValidatePlaceSearchForm(FormValidationAction):
    def name(self) -> str:
        return "validate_place_search_form"

    def validate_lieu_type(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        code = normalize_type(slot_value)
        if code is None:
            dispatcher.utter_message(text=TEXT_TYPE_UNKNOWN)
        return {"lieu_type": code}

    def validate_commune(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        commune = normalize_commune(slot_value)
        if commune is None:
            dispatcher.utter_message(text=TEXT_COMMUNE_INVALID)
        return {"commune": commune}


def build_answer(code: str, query: str, data: dict[str, Any]) -> str:
    """Texte de réponse à partir de la réponse de l'API (jamais d'adresse inventée)."""
    results: list[dict[str, Any]] = data.get("results") or []
    message = str(data.get("message") or "").strip()
    label = type_label(code, results)
    if results:
        intro = message or f"Voici les lieux les plus proches ({label}) :"
        cards = [format_place(place, portal_api.portal_url()) for place in results]
        return "\n\n".join([intro] + cards)
    if data.get("commune") is None:
        first = f"Je ne connais pas la commune « {query} » dans le département."
    else:
        first = f"Je n'ai pas trouvé de {label} pour « {query} »."
    parts = [first]
    if message:
        parts.append(message)
    parts.append(format_contact(data.get("contact_general")))
    parts.append(f"Tous les lieux : {portal_api.directory_url()}")
    return " ".join(parts)


def failure_answer() -> str:
    return (
        "Désolé, je ne peux pas chercher les lieux pour le moment. "
        f"Vous pouvez les voir sur la page « Trouver un lieu » : {portal_api.directory_url()}"
    )


class ActionSearchPlaces(Action):
    def name(self) -> str:
        return "action_search_places"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        code = normalize_type(tracker.get_slot("lieu_type"))
        query = normalize_commune(tracker.get_slot("commune")) or ""
        reset = [SlotSet("lieu_type", None), SlotSet("commune", None)]
        if not code or not query:
            dispatcher.utter_message(text=failure_answer())
            return reset
        try:
            data = await asyncio.to_thread(portal_api.search_places, code, query, 3)
        except portal_api.PortalUnavailable:
            dispatcher.utter_message(text=failure_answer())
            return reset
        dispatcher.utter_message(text=build_answer(code, query, data))
        return reset


TYPE_BUTTONS = [
    ("PMI", "pmi"),
    ("CAF", "caf"),
    ("Santé sexuelle", "css"),
    ("Dépistage (CeGIDD)", "cegidd"),
    ("MDS (solidarités)", "mds"),
    ("MDPH (handicap)", "mdph"),
    ("Mission locale", "mission_locale"),
    ("Médiation familiale", "mediation"),
    ("Point justice", "point_justice"),
    ("Maison des ados", "maison_ados"),
    ("Foyer de jeunes (FJT)", "fjt"),
]


class ActionAskLieuType(Action):
    """Question du formulaire : quel type de lieu (avec boutons)."""

    def name(self) -> str:
        return "action_ask_lieu_type"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        buttons = [
            {"title": title, "payload": '/find_place{"lieu_type":"' + code + '"}'}
            for title, code in TYPE_BUTTONS
        ]
        dispatcher.utter_message(text="Quel lieu cherchez-vous ?", buttons=buttons)
        return []


class ActionAskCommune(Action):
    """Question du formulaire : dans quelle commune."""

    def name(self) -> str:
        return "action_ask_commune"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            text=(
                "Dans quelle commune ? Vous pouvez aussi écrire le code postal (par exemple 91000)."
            )
        )
        return []
