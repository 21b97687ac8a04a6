"""Staff side in the Wagtail admin: every list, form and object scoped by the same rights."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import invitations
from .models import (
    PPE,
    AccessLog,
    AccessRequest,
    Assignment,
    Child,
    Decision,
    Document,
    Entry,
    Invitation,
    Meeting,
    Mesure,
    ParentLink,
    SituationReport,
)
from .queries import visible_children
from .validators import validate_upload


def scoped(user, queryset):
    if user.is_superuser:
        return queryset
    children = visible_children(user)
    if queryset.model is Child:
        return queryset.filter(pk__in=children.values("pk"))
    return queryset.filter(child__in=children.values("pk"))


class ScopedForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "child" in self.fields and self.for_user is not None:
            self.fields["child"].queryset = scoped(self.for_user, Child.objects.all())


class ScopedMixin:
    def get_queryset(self):
        return scoped(self.request.user, self.model._default_manager.all())


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


class ScopedEdit(SharingSave, ScopedMixin, generic.EditView):
    pass


class ScopedDelete(ScopedMixin, generic.DeleteView):
    pass


class ScopedInspect(ScopedMixin, generic.InspectView):
    pass


class DossierViewSet(ModelViewSet):
    form_fields = "__all__"
    index_view_class = ScopedIndex
    add_view_class = ScopedCreate
    edit_view_class = ScopedEdit
    delete_view_class = ScopedDelete
    inspect_view_class = ScopedInspect
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


class AccessRequestViewSet(ModelViewSet):
    model = AccessRequest
    icon = "folder-open-inverse"
    form_fields = [
        "status",
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
    list_display = ["full_name", "relation", "status", "created_at", "due_date"]
    list_filter = ["status", "relation"]
    inspect_view_enabled = True
    copy_view_enabled = False


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
        _viewset(
            Document,
            "doc-full-inverse",
            ["child", "section", "title", "file", "audience"],
            ["title", "child", "section", "audience", "shared_at"],
        ),
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
        InvitationViewSet(name="dossier_invitation", url_prefix="dossier/invitation"),
        AccessRequestViewSet(name="dossier_accessrequest", url_prefix="dossier/accessrequest"),
        AccessLogViewSet(name="dossier_accesslog", url_prefix="dossier/accesslog"),
    )
