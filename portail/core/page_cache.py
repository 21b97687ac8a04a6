"""Anonymous page cache, Wagtail-aware.

A public page's rendered HTML is kept for anonymous GET requests without query string. The key
holds the page id, its last publication date, the language, the path and a generation number
bumped whenever a page or a livret snippet is published, so that publishing invalidates it.
Responses to signed-in visitors, personalised responses (`mark_personal(request)`), previews
and responses that set a cookie are never stored. Used by every public page type.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import HttpResponse
from django.utils.translation import get_language

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"


def bump_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def _generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def mark_personal(request):
    """Call when a response carries something of the visitor: it will not be cached."""
    request.page_personal_context = True


def _has_pending_messages(request):
    storage = getattr(request, "_messages", None)
    if storage is None:
        return False
    return bool(
        getattr(storage, "_queued_messages", None) or getattr(storage, "_loaded_data", None)
    )


class AnonymousPageCacheMixin:
    #: call `record_view()` on every GET (pages whose audience is an indicator)
    count_views = False

    def record_view(self):
        """Subclasses that set `count_views` say where the view is counted."""

    def get_view_restrictions(self):
        """Same result as Wagtail's, in one query: ancestor paths derive from our own path."""
        from wagtail.models import PageViewRestriction

        if self.alias_of_id:
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()

    def breadcrumb_ancestors(self):
        """Ancestors below the site root, reusing the parents loaded while routing."""
        chain, page = [], self
        while page.depth > 2:
            parent = getattr(page, "_cached_parent_obj", None)
            if parent is None:
                return list(self.get_ancestors().filter(depth__gt=1))
            chain.append(parent)
            page = parent
        return list(reversed(chain))

    def _anonymous_cache_key(self, request):
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET" or request.GET:
            return None
        if getattr(request, "is_preview", False) or request.user.is_authenticated:
            return None
        published = self.last_published_at.timestamp() if self.last_published_at else 0
        return f"page:{self.pk}:{published}:{_generation()}:{get_language()}:{request.path}"

    def serve(self, request, *args, **kwargs):
        if self.count_views and request.method == "GET":
            self.record_view()
        key = self._anonymous_cache_key(request)
        if key:
            cached = cache.get(key)
            if cached is not None:
                content, content_type = cached
                response = HttpResponse(content, content_type=content_type)
                response[HIT_HEADER] = "hit"
                return response
        response = super().serve(request, *args, **kwargs)
        if key and self._cacheable(request, response):
            cache.set(
                key, (response.content, response["Content-Type"]), settings.PAGE_CACHE_SECONDS
            )
            response[HIT_HEADER] = "miss"
        return response

    def _cacheable(self, request, response):
        if response.status_code != 200 or getattr(request, "page_personal_context", False):
            return False
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        return (
            "text/html" in response.get("Content-Type", "")
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not _has_pending_messages(request)
            and not getattr(request, "page_personal_context", False)
        )
