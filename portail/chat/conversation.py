"""One turn of conversation: safety net, forwarding to Rasa, degraded answer."""

import logging
import secrets

from django.utils.translation import gettext as _

from . import conf, rasa_client
from .bot_output import clean_bot_messages, clean_payload, make_message
from .emergency import EMERGENCIES, answers_for

logger = logging.getLogger(__name__)

SESSION_SENDER_KEY = "chat_sender"


class InvalidMessage(ValueError):
    """The visitor's input cannot be sent; the message says why, in French."""


def sender_id(request) -> str:
    """A random opaque id kept in the session: not derived from the person or the IP."""
    sender = request.session.get(SESSION_SENDER_KEY)
    if not sender:
        sender = secrets.token_urlsafe(18)
        request.session[SESSION_SENDER_KEY] = sender
    return sender


def site_hosts(request) -> set[str]:
    return {request.get_host().lower(), *(host.lower() for host in conf.SITE_HOSTS)}


def validate_input(message, payload) -> tuple[str, str]:
    """Return (text to send to Rasa, text typed by the visitor) or raise InvalidMessage."""
    if payload not in (None, ""):
        cleaned = clean_payload(payload)
        if not cleaned:
            raise InvalidMessage(_("Ce choix n'est pas reconnu. Écrivez votre question."))
        return cleaned, ""
    if not isinstance(message, str):
        raise InvalidMessage(_("Écrivez votre question avant d'envoyer."))
    text = " ".join(message.split())
    if not text:
        raise InvalidMessage(_("Écrivez votre question avant d'envoyer."))
    if len(text) > conf.MAX_MESSAGE_LENGTH:
        raise InvalidMessage(
            _("Votre message est trop long : %(max)s caractères au plus. Raccourcissez-le.")
            % {"max": conf.MAX_MESSAGE_LENGTH}
        )
    if text.startswith("/"):
        text = text.lstrip("/ ")  # typed text must never be read as an intent
        if not text:
            raise InvalidMessage(_("Écrivez votre question avant d'envoyer."))
    return text, text


def degraded_messages(request) -> list[dict]:
    hosts = site_hosts(request)
    return [
        make_message(
            _(
                "L'assistant ne répond pas pour le moment. Vous pouvez chercher un lieu sur "
                "%(directory)s ou lire les questions fréquentes sur %(faq)s."
            )
            % {"directory": conf.DIRECTORY_URL, "faq": conf.FAQ_URL},
            hosts,
            degraded=True,
        ),
        make_message(
            _(
                "En cas d'urgence : enfant en danger, le 119 ; violences conjugales, le "
                "3919 ; danger immédiat, le 17 ou le 112 ; urgence médicale, le 15 ; "
                "pensées suicidaires, le 3114."
            ),
            hosts,
            degraded=True,
            emergency=True,
        ),
    ]


def reply(request, message=None, payload=None) -> dict:
    """Answer one visitor message. Raises InvalidMessage for unusable input."""
    to_rasa, typed = validate_input(message, payload)
    hosts = site_hosts(request)
    emergency = [
        make_message(str(item.answer), hosts, emergency=True, code=item.code)
        for item in answers_for(typed)
    ]
    try:
        raw = rasa_client.send(sender_id(request), to_rasa)
    except rasa_client.RasaUnavailable as exc:
        # Never log the visitor's words, only that Rasa failed and how.
        logger.warning("Rasa unavailable: %s", exc)
        return {"messages": emergency + degraded_messages(request), "degraded": True}
    messages = clean_bot_messages(raw, hosts)
    if not messages:
        messages = [
            make_message(
                _("Je n'ai pas de réponse à cela. Reformulez votre question, ou consultez %(faq)s.")
                % {"faq": conf.FAQ_URL},
                hosts,
            )
        ]
    # Rasa's own emergency answer already gave the number: do not repeat it.
    said = {part["href"] for msg in messages for part in msg["parts"] if part["type"] == "tel"}
    emergency = [msg for msg in emergency if f"tel:{EMERGENCIES[msg['code']].number}" not in said]
    return {"messages": emergency + messages, "degraded": False}
