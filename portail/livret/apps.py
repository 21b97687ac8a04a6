from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LivretConfig(AppConfig):
    name = "portail.livret"
    label = "livret"
    verbose_name = _("Livret et contenus publics")
