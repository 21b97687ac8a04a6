"""Shared plumbing of the dossier views: sign-in, rights, breadcrumb."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..queries import get_access_or_404


def dossier_view(view):
    """Sign-in required, then the child's dossier must be visible to the user (else 404)."""

    @login_required
    @wraps(view)
    def wrapper(request, child_id, *args, **kwargs):
        access = get_access_or_404(request.user, child_id)
        return view(request, access, *args, **kwargs)

    return wrapper


def crumbs(access=None, *extra):
    items = [(_("Mon espace"), reverse("dossier:espace"))]
    if access is not None:
        items.append((str(access.child), reverse("dossier:child", args=[access.child.pk])))
    items.extend(extra)
    return items
