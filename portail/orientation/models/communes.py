"""Reference data: the communes of the configured département (Etalab's découpage)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Commune(models.Model):
    insee = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    nom = models.CharField(_("nom"), max_length=120)
    nom_normalise = models.CharField(
        _("nom normalisé"),
        max_length=120,
        db_index=True,
        editable=False,
        help_text=_("Sans accents ni tirets, pour la recherche."),
    )
    departement_code = models.CharField(_("département"), max_length=3, db_index=True)
    epci_code = models.CharField(
        _("code de l'intercommunalité"), max_length=9, blank=True, db_index=True
    )
    epci_nom = models.CharField(_("intercommunalité"), max_length=200, blank=True)
    arrondissement_code = models.CharField(
        _("code de l'arrondissement"), max_length=4, blank=True, db_index=True
    )
    arrondissement_nom = models.CharField(_("arrondissement"), max_length=120, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["nom"]

    def __str__(self):
        return self.nom

    def save(self, *args, **kwargs):
        from ..normalise import normalise_name

        self.nom_normalise = normalise_name(self.nom)
        super().save(*args, **kwargs)


class CodePostal(models.Model):
    """One row per (commune, postal code): a postal-code lookup is one indexed query."""

    commune = models.ForeignKey(
        Commune, on_delete=models.CASCADE, related_name="codes_postaux", verbose_name=_("commune")
    )
    code = models.CharField(_("code postal"), max_length=5, db_index=True)

    class Meta:
        verbose_name = _("code postal")
        verbose_name_plural = _("codes postaux")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["commune", "code"], name="orientation_cp_unique")
        ]

    def __str__(self):
        return self.code
