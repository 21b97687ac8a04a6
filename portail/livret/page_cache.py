"""The livret's pages use the core anonymous page cache and count their views."""

from portail.core.page_cache import HIT_HEADER, bump_generation, mark_personal
from portail.core.page_cache import AnonymousPageCacheMixin as CorePageCacheMixin

__all__ = ["HIT_HEADER", "AnonymousPageCacheMixin", "bump_generation", "mark_personal"]


class AnonymousPageCacheMixin(CorePageCacheMixin):
    def record_view(self):
        from .models.stats import PageViewCount

        PageViewCount.record(self)
