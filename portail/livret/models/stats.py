"""Server-side counters: page views per day and "cette page vous a-t-elle aidé ?" votes."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageViewCount(models.Model):
    """One row per page and day. No visitor data at all: only a number."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("page"))
    date = models.DateField(_("jour"))
    views = models.PositiveIntegerField(_("vues"), default=0)

    class Meta:
        verbose_name = _("vues d'une page (par jour)")
        verbose_name_plural = _("vues des pages (par jour)")
        constraints = [models.UniqueConstraint(fields=["page", "date"],
                                               name="livret_pageview_unique_day")]

    @classmethod
    def record(cls, page, day=None):
        day = day or timezone.localdate()
        if cls.objects.filter(page_id=page.pk, date=day).update(views=F("views") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(page_id=page.pk, date=day, views=1)
        except IntegrityError:  # another request created the row meanwhile
            cls.objects.filter(page_id=page.pk, date=day).update(views=F("views") + 1)


class HelpfulVote(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE,
                             related_name="+", verbose_name=_("page"))
    helpful = models.BooleanField(_("la page a aidé"))
    comment = models.TextField(_("commentaire"), blank=True)
    created_at = models.DateTimeField(_("date"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("avis sur une page")
        verbose_name_plural = _("avis sur les pages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id} {'oui' if self.helpful else 'non'}"
