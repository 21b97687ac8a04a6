from wagtail import hooks

from .admin_views import DossierGroup
from .livret_context import referent_for_livret


@hooks.register("register_admin_viewset")
def register_dossier_viewsets():
    return DossierGroup()


@hooks.register("portail_livret_context")
def livret_context(request, page):
    return referent_for_livret(request, page)
