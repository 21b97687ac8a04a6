"""Download of a dossier document through an authorised view only."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .. import access_log
from ..models import Document
from .base import dossier_view


def serve_document(request, access, document):
    """Log the download, then send the file privately. Shared by the family and admin sides."""
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    access_log.record(
        request, access, "document", document.title, object_id=document.pk, section=document.section
    )
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.download_name,
        content_type=document.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@dossier_view
def download(request, access, document_id):
    document = get_object_or_404(access.items(Document), pk=document_id)
    return serve_document(request, access, document)
