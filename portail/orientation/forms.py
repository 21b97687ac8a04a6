from django import forms
from django.utils.translation import gettext_lazy as _

from .types import LieuType


class LieuSearchForm(forms.Form):
    type = forms.ChoiceField(
        label=_("Type de lieu"),
        choices=[("", _("Choisissez un type de lieu"))] + list(LieuType.choices),
        error_messages={
            "required": _("Choisissez un type de lieu."),
            "invalid_choice": _("Choisissez un type de lieu dans la liste."),
        },
    )
    q = forms.CharField(
        label=_("Commune ou code postal"),
        max_length=80,
        help_text=_("Par exemple : Évry-Courcouronnes ou 91000."),
        error_messages={
            "required": _("Indiquez une commune ou un code postal."),
            "max_length": _("Écrivez seulement le nom de la commune (80 caractères au plus)."),
        },
    )
