from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrientationConfig(AppConfig):
    name = "portail.orientation"
    label = "orientation"
    verbose_name = _("Annuaire et orientation")
