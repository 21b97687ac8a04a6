"""Admin: snippets for editors and staff, results and indicators pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portail.avis import committee_services
from portail.avis.models import Committee, Questionnaire, Reclamation, Registration, Suggestion
from portail.avis.views import admin as admin_views
from portail.avis.views.invitations import InvitationLinksView


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "form"
    menu_label = _("Questionnaires")
    list_display = ["title", "mode", "audience", "opens_at", "closes_at", "is_live"]
    list_filter = ["mode", "audience", "is_live"]


class SuggestionViewSet(SnippetViewSet):
    model = Suggestion
    icon = "comment"
    menu_label = _("Suggestions")
    list_display = ["__str__", "status", "created_at"]
    list_filter = ["status", "topic"]


class ReclamationViewSet(SnippetViewSet):
    model = Reclamation
    icon = "warning"
    menu_label = _("Réclamations")
    list_display = ["tracking_number", "subject", "status", "created_at", "due_on"]
    list_filter = ["status", "topic"]
    search_fields = ["tracking_number", "subject"]


class CommitteeViewSet(SnippetViewSet):
    model = Committee
    icon = "group"
    menu_label = _("Comités d'usagers")
    list_display = ["name", "selection", "is_live"]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "user"
    menu_label = _("Inscriptions aux réunions")
    list_display = ["name", "session", "status", "created_at"]
    list_filter = ["status", "session__committee"]


class AvisGroup(SnippetViewSetGroup):
    menu_label = _("Avis et participation")
    menu_icon = "comment"
    menu_order = 250
    items = (
        QuestionnaireViewSet,
        SuggestionViewSet,
        ReclamationViewSet,
        CommitteeViewSet,
        RegistrationViewSet,
    )


register_snippet(AvisGroup)


@hooks.register("after_edit_snippet")
def refill_after_staff_decision(request, instance):
    """Refusing or cancelling someone in the admin frees a seat for the waiting list."""
    if isinstance(instance, Registration) and instance.status not in (
        Registration.SEATED + (Registration.Status.WAITING,)
    ):
        committee_services.refill(instance.session_id, request)


@hooks.register("register_admin_urls")
def avis_admin_urls():
    return [
        path("avis/resultats/", admin_views.ResultsIndexView.as_view(), name="avis_results_index"),
        path("avis/resultats/<int:pk>/", admin_views.ResultsView.as_view(), name="avis_results"),
        path("avis/indicateurs/", admin_views.IndicatorsView.as_view(), name="avis_indicators"),
        path(
            "avis/questionnaires/<int:pk>/invitations/",
            InvitationLinksView.as_view(),
            name="avis_invitations",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def invitation_links_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, Questionnaire)
        and snippet.audience == Questionnaire.Audience.INVITATION
        and user.has_perm("avis.change_questionnaire")
    ):
        yield ListingButton(
            _("Créer des liens d'invitation"),
            reverse("avis_invitations", args=[snippet.pk]),
            icon_name="link",
            priority=50,
        )


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_results(request.user)


@hooks.register("register_admin_menu_item")
def results_menu_item():
    return StaffMenuItem(
        _("Résultats des questionnaires"),
        reverse("avis_results_index"),
        icon_name="list-ul",
        order=251,
    )


@hooks.register("register_admin_menu_item")
def indicators_menu_item():
    return StaffMenuItem(
        _("Indicateurs de participation"), reverse("avis_indicators"), icon_name="table", order=252
    )
