from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from ..export import build_export


@login_required
def export(request):
    if request.method == "POST":
        response = HttpResponse(build_export(request.user), content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="mes-donnees-portail.zip"'
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
    return render(
        request,
        "dossier/export.html",
        {
            "breadcrumb": [(_("Mon espace"), "/espace/"), (_("Télécharger mes données"), "")],
        },
    )
