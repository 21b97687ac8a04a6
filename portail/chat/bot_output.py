"""Turn what Rasa answers into safe, structured messages.

Nothing from the bot is ever inserted as HTML. A text becomes a list of parts, each either
plain text or a link the portal builds itself: a same-site path or a `tel:` number.
Buttons keep a plain title and a payload that must look like a Rasa intent (`/intent`
with optional JSON entities). Everything else (images, attachments, custom) is dropped.
"""

import json
import re
from urllib.parse import urlsplit

from portail.core.sanitize import clean_text

MAX_TEXT_LENGTH = 2000
MAX_BUTTONS = 8
MAX_TITLE_LENGTH = 80
MAX_PAYLOAD_LENGTH = 200
PAYLOAD_RE = re.compile(r"^/[A-Za-z][A-Za-z0-9_/\-]{0,80}(\{.*\})?$")

# Short national numbers are always linked; 15 and 17 only when written as a number to
# call ("le 15", "17/112"), never "15 ans".
_NOT_A_NUMBER_TO_CALL = r"(?! ?(?:ans|h\b|heures|mois|jours|semaines|min|%))"
_PHONE = (
    r"(?P<phone>(?:\+33 ?|0)[1-9](?:[ .\-]?\d{2}){4})"
    r"|(?P<short>\b(?:119|3919|3114|112|114|115|116000|116111)\b)"
    r"|(?:(?<=\ble )|(?<=\bau )|(?<=\bou )|(?<=: ))(?P<sos>1[57])\b"
    + _NOT_A_NUMBER_TO_CALL
    + r"|(?P<sos2>\b1[57])(?=/112\b)"
)
_URL = (
    r"(?P<url>https?://[^\s<>\"']+)"
    r"|(?:(?<=\s)|(?<=^)|(?<=\())(?P<path>/[a-z0-9][a-z0-9\-_/.#?=&]*)"
)
TOKEN_RE = re.compile(f"{_URL}|{_PHONE}", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?)»"


def _split_trailing(value: str) -> tuple[str, str]:
    stripped = value.rstrip(TRAILING_PUNCTUATION)
    return stripped, value[len(stripped) :]


def _same_site_path(url: str, site_hosts: set[str]) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or parts.netloc.lower() not in site_hosts:
        return None
    path = parts.path or "/"
    if not path.startswith("/") or path.startswith("//"):
        return None
    return (
        path
        + (f"?{parts.query}" if parts.query else "")
        + (f"#{parts.fragment}" if parts.fragment else "")
    )


def text_parts(text: str, site_hosts: set[str]) -> list[dict]:
    """Split a plain text into text and link parts."""
    parts: list[dict] = []

    def add_text(value: str) -> None:
        if not value:
            return
        if parts and parts[-1]["type"] == "text":
            parts[-1]["text"] += value
        else:
            parts.append({"type": "text", "text": value})

    position = 0
    for match in TOKEN_RE.finditer(text):
        add_text(text[position : match.start()])
        position = match.end()
        raw = match.group(0)
        if match.group("url") or match.group("path"):
            raw, trailing = _split_trailing(raw)
            href = raw if match.group("path") else _same_site_path(raw, site_hosts)
            if href:
                parts.append({"type": "link", "href": href, "text": href})
            else:
                add_text(raw)  # another site: shown, never linked
            add_text(trailing)
        else:
            digits = re.sub(r"[^\d+]", "", raw)
            parts.append({"type": "tel", "href": f"tel:{digits}", "text": raw})
    add_text(text[position:])
    return parts


def clean_payload(payload) -> str | None:
    """A button payload kept only if it is an intent with optional flat JSON entities."""
    if not isinstance(payload, str) or len(payload) > MAX_PAYLOAD_LENGTH:
        return None
    match = PAYLOAD_RE.match(payload)
    if not match:
        return None
    if match.group(1):
        try:
            entities = json.loads(match.group(1))
        except ValueError:
            return None
        if not isinstance(entities, dict) or not all(
            isinstance(k, str) and isinstance(v, str | int) for k, v in entities.items()
        ):
            return None
    return payload


def clean_buttons(buttons) -> list[dict]:
    cleaned = []
    if not isinstance(buttons, list):
        return cleaned
    for button in buttons[:MAX_BUTTONS]:
        if not isinstance(button, dict):
            continue
        title = (
            clean_text(button.get("title"), MAX_TITLE_LENGTH)
            if isinstance(button.get("title"), str)
            else ""
        )
        payload = clean_payload(button.get("payload"))
        if title and payload:
            cleaned.append({"title": title, "payload": payload})
    return cleaned


def make_message(text: str, site_hosts: set[str], buttons=None, **extra) -> dict:
    return {"text": text, "parts": text_parts(text, site_hosts), "buttons": buttons or [], **extra}


def clean_bot_messages(raw, site_hosts: set[str]) -> list[dict]:
    """Sanitise Rasa's REST answer (a list of dicts); anything unexpected is dropped."""
    messages = []
    if not isinstance(raw, list):
        return messages
    for item in raw:
        if not isinstance(item, dict):
            continue
        text = item.get("text")
        text = clean_text(text, MAX_TEXT_LENGTH) if isinstance(text, str) else ""
        buttons = clean_buttons(item.get("buttons"))
        if text or buttons:
            messages.append(make_message(text, site_hosts, buttons))
    return messages
