"""Search, health and robots: the few views the socle owns."""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.models import Page

from .search import search_pages

MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    results = []
    extra_sections = []
    if query:
        results = search_pages(Page.objects.live().public().specific(), query)
        for provider in hooks.get_hooks("portail_search"):
            section = provider(request, query)
            if section and section.get("results"):
                extra_sections.append(section)
    paginator = Paginator(results, 10)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    return render(
        request,
        "core/search.html",
        {"query": query, "page_obj": page_obj, "extra_sections": extra_sections},
    )


@never_cache
@require_GET
def health(request):
    state = {"database": "ok", "cache": "ok"}
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - report any database failure as a state
        state["database"] = f"error: {exc.__class__.__name__}"
    try:
        cache.set("health-check", "1", 5)
        if cache.get("health-check") != "1":
            state["cache"] = "error: value not read back"
    except Exception as exc:  # noqa: BLE001
        state["cache"] = f"error: {exc.__class__.__name__}"
    healthy = all(value == "ok" for value in state.values())
    # Optional services (e.g. the assistant) are reported but never make the portal unhealthy.
    optional = {}
    for check in hooks.get_hooks("portail_health"):
        optional.update(check())
    body = {
        "status": "ok" if healthy else "error",
        "checks": state,
        "optional": optional,
        "database_vendor": connection.vendor,
        "cache_backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "duration_ms": round((time.monotonic() - started) * 1000, 1),
    }
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.WAGTAIL_ADMIN_PATH}",
        "Disallow: /compte/",
        "Disallow: /espace/",
        "Disallow: /api/chat/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


@require_GET
def switch_language(request, code):
    """A plain link (no form, no CSRF token) so that public pages stay cacheable."""
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if code in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response
