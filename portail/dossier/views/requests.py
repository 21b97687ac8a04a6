"""Demande d'accès au dossier: open to anyone, including former placed young adults."""

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

from .. import conf
from ..forms import AccessRequestForm
from ..queries import family_children


def attach_known_dossier(access_request, user):
    """Route the request to the right cadres when the requester already has a dossier online."""
    children = list(family_children(user).values_list("pk", "territory_id"))
    territories = {territory_id for _pk, territory_id in children}
    if len(children) == 1:
        access_request.child_id = children[0][0]
    if len(territories) == 1:
        access_request.territory_id = territories.pop()


@ratelimit(key="ip", rate="10/h", method="POST", block=False)
def access_request(request):
    form = AccessRequestForm(request.POST or None)
    limited = getattr(request, "limited", False)
    if request.method == "POST" and not limited and form.is_valid():
        access_request = form.save(commit=False)
        if request.user.is_authenticated:
            access_request.user = request.user
            attach_known_dossier(access_request, request.user)
        access_request.save()
        request.session["dossier_access_request"] = access_request.pk
        return redirect("dossier:access_request_done")
    return render(
        request,
        "dossier/access_request.html",
        {
            "form": form,
            "limited": limited,
            "delay_days": conf.ACCESS_REQUEST_DELAY_DAYS,
            "breadcrumb": [(_("Demander l'accès à un dossier"), "")],
        },
        status=429 if limited else 200,
    )


def access_request_done(request):
    from ..models import AccessRequest

    pk = request.session.get("dossier_access_request")
    item = AccessRequest.objects.filter(pk=pk).first() if pk else None
    return render(
        request,
        "dossier/access_request_done.html",
        {
            "item": item,
            "breadcrumb": [(_("Demande envoyée"), "")],
        },
    )
