"""Uploads are checked by their content (magic bytes), never by their name."""

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import conf


def validate_upload(upload):
    size = getattr(upload, "size", None) or 0
    if size > conf.UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("Le fichier est trop lourd (%(size)s). La taille maximale est %(max)s.")
            % {"size": filesizeformat(size), "max": filesizeformat(conf.UPLOAD_MAX_BYTES)},
            code="too_large",
        )
    if size == 0:
        raise ValidationError(_("Le fichier est vide."), code="empty")
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(261)
    upload.seek(position)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in conf.UPLOAD_ALLOWED_MIME:
        raise ValidationError(
            _("Ce type de fichier n'est pas accepté. Envoyez un PDF, une photo JPEG ou PNG."),
            code="bad_type",
        )
    return kind.mime
