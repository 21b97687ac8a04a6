"""What every shareable item of a dossier carries: who shared it, when, with whom."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import Audience


class Shareable(models.Model):
    child = models.ForeignKey("dossier.Child", on_delete=models.CASCADE, verbose_name=_("enfant"))
    title = models.CharField(_("titre"), max_length=200)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    audience = models.CharField(
        _("partagé avec"),
        max_length=10,
        choices=Audience.choices,
        blank=True,
        help_text=_("Laisser vide : la famille ne voit pas cet élément."),
    )
    shared_at = models.DateTimeField(_("partagé le"), null=True, blank=True, editable=False)
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("partagé par"),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    @property
    def is_shared(self) -> bool:
        return bool(self.shared_at and self.audience)

    def apply_sharing(self, user):
        """Record who shared the item when an audience is set; clear it when removed."""
        if self.audience and not self.shared_at:
            self.shared_at = timezone.now()
            self.shared_by = user
        elif not self.audience:
            self.shared_at = None
            self.shared_by = None
