"""Server-side counters: page views per day and "cette page vous a-t-elle aidé ?" votes."""

from django.core.cache import cache
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf


class PageViewCount(models.Model):
    """One row per page and day. No visitor data at all: only a number."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    date = models.DateField(_("jour"))
    views = models.PositiveIntegerField(_("vues"), default=0)

    class Meta:
        verbose_name = _("vues d'une page (par jour)")
        verbose_name_plural = _("vues des pages (par jour)")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="livret_pageview_unique_day")
        ]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"

    @classmethod
    def record(cls, page, day=None):
        """Count one view. Views are buffered in the cache and written every N views, so a
        page view usually costs no query; at most N-1 views per page and day may be lost if
        the cache is emptied."""
        day = day or timezone.localdate()
        every = conf.view_flush_every()
        if every == 1:
            cls.add(page.pk, day, 1)
            return
        key = f"livret:views:{page.pk}:{day.isoformat()}"
        if cache.add(key, 1, timeout=3 * 24 * 3600):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.add(key, 1, timeout=3 * 24 * 3600)
                count = 1
        if count >= every:
            cache.decr(key, count)
            cls.add(page.pk, day, count)

    @classmethod
    def add(cls, page_id, day, views):
        if cls.objects.filter(page_id=page_id, date=day).update(views=F("views") + views):
            return
        try:
            with transaction.atomic():
                cls.objects.create(page_id=page_id, date=day, views=views)
        except IntegrityError:  # another request created the row meanwhile
            cls.objects.filter(page_id=page_id, date=day).update(views=F("views") + views)


class HelpfulVote(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    helpful = models.BooleanField(_("la page a aidé"))
    comment = models.TextField(_("commentaire"), blank=True)
    created_at = models.DateTimeField(_("date"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("avis sur une page")
        verbose_name_plural = _("avis sur les pages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id} {'oui' if self.helpful else 'non'}"
