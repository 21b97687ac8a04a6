"""The only code that talks to Rasa: its REST webhook, with short timeouts."""

import requests

from . import conf


class RasaUnavailable(Exception):
    """Rasa did not answer in time, or answered something unusable."""


def send(sender: str, message: str) -> list:
    """Forward one message; return Rasa's raw list of bot messages."""
    try:
        response = requests.post(
            f"{conf.RASA_URL}{conf.RASA_WEBHOOK_PATH}",
            json={"sender": sender, "message": message},
            timeout=conf.RASA_TIMEOUT,
        )
    except requests.RequestException as exc:
        # Only the exception class: the message may echo what the visitor typed.
        raise RasaUnavailable(exc.__class__.__name__) from None
    if response.status_code != 200:
        raise RasaUnavailable(f"HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError:
        raise RasaUnavailable("invalid JSON") from None
    if not isinstance(data, list):
        raise RasaUnavailable("unexpected JSON")
    return data
