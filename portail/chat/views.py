"""Same-origin bridge to Rasa: a JSON API for the widget and a page that works without JS."""

import json

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited

from . import conf
from .conversation import InvalidMessage, reply, sender_id

MAX_BODY_BYTES = 8 * 1024


def _rate_limited(request) -> bool:
    """Per visitor (the session's sender id) and per IP address."""
    by_visitor = is_ratelimited(
        request,
        group="chat-visitor",
        key=lambda group, req: sender_id(req),
        rate=conf.RATE_PER_VISITOR,
        increment=True,
    )
    by_ip = is_ratelimited(
        request, group="chat-ip", key="ip", rate=conf.RATE_PER_IP, increment=True
    )
    return by_visitor or by_ip


def _too_many() -> str:
    return _("Vous avez envoyé beaucoup de messages. Attendez une minute, puis réessayez.")


@never_cache
@ensure_csrf_cookie
@require_GET
def session(request):
    """Called when the widget opens: sets the CSRF cookie and gives the token to the script.

    The CSRF cookie is HttpOnly, so the token travels in this private, never-cached
    answer; the pages carrying the widget stay free of any per-visitor token.
    """
    sender_id(request)
    return JsonResponse({"csrfToken": get_token(request), "maxLength": conf.MAX_MESSAGE_LENGTH})


@never_cache
@require_POST
def message(request):
    if len(request.body) > MAX_BODY_BYTES:
        return JsonResponse({"error": _("Votre message est trop long.")}, status=400)
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": _("Requête illisible.")}, status=400)
    if not isinstance(data, dict):
        return JsonResponse({"error": _("Requête illisible.")}, status=400)
    if _rate_limited(request):
        return JsonResponse({"error": _too_many()}, status=429)
    try:
        answer = reply(request, data.get("message"), data.get("payload"))
    except InvalidMessage as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse(answer)


HISTORY_KEY = "chat_page_history"


def _button_title(history: list, payload: str) -> str:
    for item in reversed(history):
        for button in item.get("buttons", []):
            if button["payload"] == payload:
                return button["title"]
    return _("(choix)")


@never_cache
@require_http_methods(["GET", "POST"])
def assistant_page(request):
    """The whole conversation server-rendered: for visitors without JavaScript."""
    history = request.session.get(HISTORY_KEY, [])
    error = ""
    typed = ""
    if request.method == "POST":
        if "clear" in request.POST:
            request.session.pop(HISTORY_KEY, None)
            return redirect(reverse("chat:assistant"))
        typed = request.POST.get("message", "")
        payload = request.POST.get("payload", "")
        if _rate_limited(request):
            error = _too_many()
        else:
            try:
                answer = reply(request, typed, payload)
            except InvalidMessage as exc:
                error = str(exc)
            else:
                shown = _button_title(history, payload) if payload else typed
                history.append({"author": "user", "text": " ".join(shown.split())[:500]})
                history.extend({"author": "bot", **msg} for msg in answer["messages"])
                history = history[-conf.PAGE_HISTORY_LENGTH :]
                request.session[HISTORY_KEY] = history
                return redirect(reverse("chat:assistant") + "#derniere-reponse")
    context = {
        "history": history,
        "last_index": len(history) - 1,
        "error": error,
        "typed": typed,
        "max_length": conf.MAX_MESSAGE_LENGTH,
        "retention_days": conf.RETENTION_DAYS,
        "directory_url": conf.DIRECTORY_URL,
        "faq_url": conf.FAQ_URL,
        "breadcrumb": [(_("Assistant"), reverse("chat:assistant"))],
    }
    return render(request, "chat/assistant_page.html", context)
