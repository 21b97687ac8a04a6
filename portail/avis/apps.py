from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AvisConfig(AppConfig):
    name = "portail.avis"
    label = "avis"
    verbose_name = _("Avis et participation")
