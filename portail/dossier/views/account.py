"""Account safety: sign out everywhere."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods


@login_required
@require_http_methods(["GET", "POST"])
def logout_everywhere(request):
    if request.method == "POST":
        request.user.end_all_sessions()
        logout(request)
        messages.success(request, _("Vous êtes déconnecté de tous vos appareils."))
        return redirect("account_login")
    return render(
        request,
        "dossier/logout_everywhere.html",
        {
            "breadcrumb": [(_("Mon espace"), "/espace/"), (_("Se déconnecter partout"), "")],
        },
    )
