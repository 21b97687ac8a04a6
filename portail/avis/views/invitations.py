"""Admin: create single-use invitation links for a questionnaire, shown once as a CSV."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portail.avis.models import Questionnaire
from portail.avis.services import create_invitations
from portail.avis.views.admin import _tabular_response

MAX_LINKS = 5000


class InvitationCountForm(forms.Form):
    count = forms.IntegerField(
        label=_("Nombre de liens à créer"),
        min_value=1,
        max_value=MAX_LINKS,
        help_text=_(
            "Chaque lien sert une seule fois. Les liens ne sont montrés qu'une fois, dans le "
            "fichier téléchargé : gardez-le en lieu sûr."
        ),
    )


class InvitationLinksView(WagtailAdminTemplateMixin, FormView):
    template_name = "avis/admin/invitations.html"
    form_class = InvitationCountForm
    header_icon = "link"

    def dispatch(self, request, *args, **kwargs):
        self.questionnaire = get_object_or_404(Questionnaire, pk=kwargs["pk"])
        if not request.user.has_perm("avis.change_questionnaire"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Créer des liens d'invitation : %(title)s") % {"title": self.questionnaire.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["questionnaire"] = self.questionnaire
        context["is_invitation"] = self.questionnaire.audience == Questionnaire.Audience.INVITATION
        return context

    def form_valid(self, form):
        if self.questionnaire.audience != Questionnaire.Audience.INVITATION:
            form.add_error(
                None,
                _(
                    "Ce questionnaire n'est pas réservé aux invitations : "
                    "changez d'abord son public."
                ),
            )
            return self.form_invalid(form)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        slug = self.questionnaire.slug
        rows = [[str(_("Lien d'invitation"))]]
        rows += [
            [base + reverse("avis:questionnaire_invitation", args=[slug, token])]
            for token in create_invitations(self.questionnaire, form.cleaned_data["count"])
        ]
        response = _tabular_response(rows, "csv", f"invitations-{slug}")
        response["Cache-Control"] = "no-store"
        return response
