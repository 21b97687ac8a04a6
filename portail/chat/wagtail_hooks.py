import requests
from wagtail import hooks

from . import conf


@hooks.register("portail_health")
def assistant_health():
    """Whether Rasa answers: reported by /sante/, never makes the portal unhealthy."""
    try:
        requests.get(f"{conf.RASA_URL}/", timeout=(0.5, 1.0)).raise_for_status()
    except requests.RequestException as exc:
        return {"assistant": f"error: {exc.__class__.__name__}"}
    return {"assistant": "ok"}
