"""Who the dossier is about and who may read it: children, parents, staff, territories."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf
from .choices import AssignmentRole


class Territory(models.Model):
    name = models.CharField(_("nom"), max_length=120, unique=True)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="managed_territories",
        verbose_name=_("cadres du territoire"),
        help_text=_("Les cadres voient tous les dossiers du territoire."),
    )

    class Meta:
        verbose_name = _("territoire")
        verbose_name_plural = _("territoires")
        ordering = ["name"]

    def __str__(self):
        return self.name


def years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class Child(models.Model):
    first_name = models.CharField(_("prénom"), max_length=80)
    last_name = models.CharField(_("nom"), max_length=80)
    birth_date = models.DateField(_("date de naissance"))
    birth_place = models.CharField(_("lieu de naissance"), max_length=120, blank=True)
    filiation = models.TextField(
        _("filiation"), blank=True, help_text=_("Parents et autorité parentale, en clair.")
    )
    territory = models.ForeignKey(
        Territory,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("territoire"),
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="own_dossier",
        verbose_name=_("compte du jeune"),
        help_text=_("Le jeune lit son dossier lui-même à partir de %(age)s ans.")
        % {"age": conf.JEUNE_ACCESS_AGE},
    )
    is_demo = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("enfant (dossier)")
        verbose_name_plural = _("enfants (dossiers)")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def age(self) -> int:
        return years_between(self.birth_date, timezone.localdate())

    @property
    def has_own_access_age(self) -> bool:
        return self.age >= conf.JEUNE_ACCESS_AGE


class ParentLink(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="parent_links",
        verbose_name=_("parent"),
    )
    child = models.ForeignKey(
        Child, on_delete=models.CASCADE, related_name="parent_links", verbose_name=_("enfant")
    )
    relationship = models.CharField(_("lien"), max_length=60, default=_("parent"))
    holds_parental_authority = models.BooleanField(
        _("exerce l'autorité parentale"),
        default=True,
        help_text=_("Sans autorité parentale, le parent ne lit pas le dossier en ligne."),
    )
    health_access = models.BooleanField(
        _("accès à la section santé"),
        default=True,
        help_text=_("À décocher si le jeune a demandé le secret sur sa santé, ou sur décision."),
    )
    suspended = models.BooleanField(
        _("accès suspendu"),
        default=False,
        help_text=_("Suspend tout accès en ligne de ce parent à ce dossier."),
    )

    class Meta:
        verbose_name = _("lien parent – enfant")
        verbose_name_plural = _("liens parent – enfant")
        constraints = [
            models.UniqueConstraint(fields=["user", "child"], name="dossier_unique_parent_link")
        ]

    def __str__(self):
        return f"{self.user} → {self.child}"

    @property
    def grants_access(self) -> bool:
        return self.holds_parental_authority and not self.suspended


class Assignment(models.Model):
    """A professional assigned to a child's dossier."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("professionnel"),
    )
    child = models.ForeignKey(
        Child, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("enfant")
    )
    role = models.CharField(_("rôle"), max_length=30, choices=AssignmentRole.choices)
    since = models.DateField(_("depuis"), default=timezone.localdate)

    class Meta:
        verbose_name = _("intervenant")
        verbose_name_plural = _("intervenants")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "child", "role"], name="dossier_unique_assignment"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}) → {self.child}"
