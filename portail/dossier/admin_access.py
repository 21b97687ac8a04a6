"""Rights and traceability for the staff side: every admin object is scoped and every read logged.

All admin views of dossier models go through `scope_queryset` (queries.py), so an object
outside the user's rights answers 404 on every URL (edit, inspect, delete, history, usage,
download), and every display of a dossier object writes one line of the access log.
"""

from django import forms
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from . import access_log
from .models import AccessLog, Child, Document
from .queries import get_access, scope_queryset

DOCUMENT_DOWNLOAD_URL = "dossier_document:download"


def _child_id(obj):
    if isinstance(obj, Child):
        return obj.pk
    return getattr(obj, "child_id", None)


def log_admin_read(request, obj):
    """One access-log line for a staff member displaying `obj`; role = their role on the dossier.

    Access requests not yet tied to a dossier, and the access log itself, are not dossier
    content: nothing to log against.
    """
    if isinstance(obj, AccessLog):
        return None
    child_id = _child_id(obj)
    if child_id is None:
        return None
    access = get_access(request.user, child_id)
    if access is None:
        return None
    label = f"{capfirst(obj._meta.verbose_name)} : {obj}"
    return access_log.record(
        request,
        access,
        f"admin_{obj._meta.model_name}"[:40],
        label,
        object_id=obj.pk,
        section=getattr(obj, "section", "") or "",
    )


class ScopedObjectMixin:
    """The object of any admin view comes from the scoped queryset, else 404.

    Used as is by the history and usage views, whose own `get_queryset` lists log entries
    or references and must stay untouched.
    """

    def scoped_objects(self):
        return scope_queryset(self.request.user, self.model._default_manager.all())

    def setup(self, request, *args, **kwargs):
        # Before any permission check: an object outside one's rights answers 404, never a
        # redirect that would confirm it exists.
        pk = kwargs.get("pk")
        if pk is not None:
            self.request = request
            if not self.scoped_objects().filter(pk=unquote(str(pk))).exists():
                raise Http404
        super().setup(request, *args, **kwargs)

    def get_base_object_queryset(self):  # history, usage (BaseObjectMixin)
        return self.scoped_objects()


class ScopedSingleObjectMixin(ScopedObjectMixin):
    """Edit, delete and inspect views look their object up in `get_queryset`."""

    def get_queryset(self):
        return self.scoped_objects()

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        # Wagtail's InspectView looks the object up on the bare model: scope it here.
        return get_object_or_404(self.get_queryset(), pk=unquote(str(self.kwargs["pk"])))


class LoggedReadMixin:
    """Log each display of the object (GET); form posts are writes, not reads."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not getattr(self, "results_only", False):  # paging a listing is not a new read
            log_admin_read(request, self.object)
        return response


def admin_download(request, pk):
    """Staff download of a document: same rights, same log line, same headers as the family."""
    from .views.documents import serve_document

    document = get_object_or_404(scope_queryset(request.user, Document.objects.all()), pk=pk)
    access = get_access(request.user, document.child_id)
    if access is None:
        raise Http404
    return serve_document(request, access, document)


class _CurrentDocument:
    """What the file widget shows for a stored document: a link to the authorised download."""

    def __init__(self, pk):
        self.url = reverse(DOCUMENT_DOWNLOAD_URL, args=[pk])

    def __str__(self):
        return str(_("Télécharger le document actuel"))


class PrivateFileInput(forms.ClearableFileInput):
    """Private files have no public URL: link to the logged admin download instead."""

    def is_initial(self, value):
        instance = getattr(value, "instance", None)
        return bool(value and instance is not None and instance.pk)

    def format_value(self, value):
        if self.is_initial(value):
            return _CurrentDocument(value.instance.pk)
        return None
