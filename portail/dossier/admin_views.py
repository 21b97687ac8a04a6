"""Staff side in the Wagtail admin: every list, form and object scoped by the same rights."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import invitations
from .admin_access import (
    LoggedReadMixin,
    PrivateFileInput,
    ScopedObjectMixin,
    ScopedSingleObjectMixin,
    admin_download,
)
from .models import (
    PPE,
    AccessLog,
    AccessRequest,
    Assignment,
    Child,
    Decision,
    Document,
    Entry,
    Expression,
    Invitation,
    Meeting,
    Mesure,
    ParentLink,
    SituationReport,
    Territory,
)
from .queries import scope_queryset as scoped
from .validators import validate_upload


class ScopedForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        if "child" in self.fields:
            self.fields["child"].queryset = scoped(user, Child.objects.all())
        if "territory" in self.fields and not user.is_superuser:
            self.fields["territory"].queryset = Territory.objects.filter(managers=user)
        if "file" in self.fields and self._meta.model is Document:
            self.fields["file"].widget = PrivateFileInput()


class ScopedIndex(generic.IndexView):
    def get_base_queryset(self):
        return scoped(self.request.user, super().get_base_queryset())


class SharingSave:
    """Stamp the author and who shared an item with the family, and when."""

    def save_instance(self):
        instance = self.form.instance
        if hasattr(instance, "apply_sharing"):
            if instance.created_by_id is None:
                instance.created_by = self.request.user
            instance.apply_sharing(self.request.user)
        if isinstance(instance, Document) and self.form.cleaned_data.get("file"):
            upload = self.form.cleaned_data["file"]
            if hasattr(upload, "content_type"):
                instance.content_type = validate_upload(upload)
                instance.size = upload.size
        return super().save_instance()


class ScopedCreate(SharingSave, generic.CreateView):
    pass


class ScopedEdit(LoggedReadMixin, SharingSave, ScopedSingleObjectMixin, generic.EditView):
    pass


class ScopedDelete(ScopedSingleObjectMixin, generic.DeleteView):
    pass


class ScopedInspect(LoggedReadMixin, ScopedSingleObjectMixin, generic.InspectView):
    pass


class ScopedHistory(LoggedReadMixin, ScopedObjectMixin, HistoryView):
    pass


class ScopedUsage(ScopedObjectMixin, UsageView):
    pass


class DossierViewSet(ModelViewSet):
    form_fields = "__all__"
    index_view_class = ScopedIndex
    add_view_class = ScopedCreate
    edit_view_class = ScopedEdit
    delete_view_class = ScopedDelete
    inspect_view_class = ScopedInspect
    history_view_class = ScopedHistory
    usage_view_class = ScopedUsage
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        from wagtail.admin.forms.models import WagtailAdminModelForm  # noqa: F401

        return forms.modelform_factory(
            self.model,
            form=ScopedForm,
            fields=self.get_form_fields() or "__all__",
            exclude=self.get_exclude_form_fields(),
        )


def _viewset(model_, icon_, fields, list_display_):
    attrs = {"model": model_, "icon": icon_, "form_fields": fields, "list_display": list_display_}
    return type(f"{model_.__name__}ViewSet", (DossierViewSet,), attrs)(
        name=f"dossier_{model_._meta.model_name}",
        url_prefix=f"dossier/{model_._meta.model_name}",
    )


class InvitationForm(ScopedForm):
    revoke = forms.BooleanField(label=_("Révoquer cette invitation"), required=False)

    class Meta:
        model = Invitation
        fields = ["email", "first_name", "last_name", "role", "child"]


class InvitationCreate(ScopedCreate):
    def save_instance(self):
        instance = self.form.instance
        instance.created_by = self.request.user
        invitations.send_invitation(instance)
        return instance


class InvitationEdit(ScopedEdit):
    def save_instance(self):
        if self.form.cleaned_data.get("revoke"):
            invitations.revoke(self.form.instance)
        return self.form.instance


class InvitationViewSet(DossierViewSet):
    model = Invitation
    icon = "mail"
    add_view_class = InvitationCreate
    edit_view_class = InvitationEdit
    list_display = ["__str__", "child", "email", "get_state_display", "expires_at"]

    def get_form_class(self, for_update=False):
        return InvitationForm


class AccessRequestViewSet(DossierViewSet):
    """Scoped by `queries.visible_access_requests`: superusers, and cadres of the territory."""

    model = AccessRequest
    icon = "folder-open-inverse"
    form_fields = [
        "status",
        "territory",
        "child",
        "refusal_reason",
        "staff_note",
        "full_name",
        "email",
        "phone",
        "relation",
        "concerned_person",
        "concerned_birth_date",
        "whole_file",
        "message",
        "accompanied_reading",
    ]
    list_display = ["full_name", "relation", "territory", "status", "created_at", "due_date"]
    list_filter = ["status", "relation"]


class AccessLogIndex(ScopedIndex):
    pass


class ReadOnlyPolicy(ModelPermissionPolicy):
    WRITE_ACTIONS = {"add", "change", "delete"}

    def user_has_permission(self, user, action):
        return action not in self.WRITE_ACTIONS and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return action not in self.WRITE_ACTIONS and super().user_has_permission_for_instance(
            user, action, instance
        )


register_permission_policy(AccessLog, ReadOnlyPolicy(AccessLog))
register_permission_policy(Expression, ReadOnlyPolicy(Expression))


class DocumentViewSet(DossierViewSet):
    model = Document
    icon = "doc-full-inverse"
    form_fields = ["child", "section", "title", "file", "audience"]
    list_display = ["title", "child", "section", "audience", "shared_at"]

    def get_urlpatterns(self):
        # Private files have no public URL: staff download through this scoped, logged view.
        return super().get_urlpatterns() + [
            path("download/<int:pk>/", admin_download, name="download")
        ]


class ExpressionViewSet(DossierViewSet):
    """Read-only: the family's own words are never edited by staff."""

    model = Expression
    icon = "comment"
    form_fields = []
    list_display = ["__str__", "child", "meeting", "author_role", "created_at"]


class AccessLogViewSet(DossierViewSet):
    """Read-only: the log can be listed and inspected, never edited or deleted."""

    model = AccessLog
    icon = "history"
    form_fields = []
    list_display = ["at", "user_label", "role", "child", "label", "ip_prefix"]
    list_filter = ["role"]
    index_view_class = AccessLogIndex


class DossierGroup(ViewSetGroup):
    menu_label = _("Dossiers")
    menu_icon = "folder-open-1"
    menu_order = 250
    items = (
        _viewset(
            Child,
            "user",
            [
                "first_name",
                "last_name",
                "birth_date",
                "birth_place",
                "filiation",
                "territory",
                "account",
            ],
            ["__str__", "birth_date", "territory"],
        ),
        _viewset(
            ParentLink,
            "group",
            [
                "user",
                "child",
                "relationship",
                "holds_parental_authority",
                "health_access",
                "suspended",
            ],
            ["__str__", "health_access", "suspended"],
        ),
        _viewset(
            Assignment, "user", ["user", "child", "role", "since"], ["__str__", "role", "since"]
        ),
        _viewset(
            Mesure,
            "tasks",
            ["child", "code", "nature", "authority", "start_date", "end_date"],
            ["__str__", "child", "start_date"],
        ),
        _viewset(
            Entry,
            "doc-full",
            ["child", "section", "title", "date", "body", "audience"],
            ["title", "child", "section", "audience", "shared_at"],
        ),
        DocumentViewSet(name="dossier_document", url_prefix="dossier/document"),
        _viewset(
            Decision,
            "pick",
            ["child", "title", "date", "authority", "reasons", "audience"],
            ["title", "child", "date", "audience"],
        ),
        _viewset(
            Meeting,
            "date",
            ["child", "title", "date", "place", "convocation", "conclusions", "audience"],
            ["title", "child", "date", "audience"],
        ),
        _viewset(
            PPE,
            "list-ul",
            ["child", "title", "start_date", "end_date", "audience"],
            ["title", "child", "audience"],
        ),
        _viewset(
            SituationReport,
            "doc-empty",
            ["child", "title", "year", "body", "audience"],
            ["title", "child", "year", "audience"],
        ),
        ExpressionViewSet(name="dossier_expression", url_prefix="dossier/expression"),
        InvitationViewSet(name="dossier_invitation", url_prefix="dossier/invitation"),
        AccessRequestViewSet(name="dossier_accessrequest", url_prefix="dossier/accessrequest"),
        AccessLogViewSet(name="dossier_accesslog", url_prefix="dossier/accesslog"),
    )
