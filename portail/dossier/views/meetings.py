"""Meetings and the family's expression before them (fiche de recueil d'expression)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .. import access_log
from ..forms import ExpressionForm
from ..models import Expression, Meeting
from .base import crumbs, dossier_view


@dossier_view
def meetings(request, access):
    access_log.record(request, access, "meetings", _("Rencontres"))
    return render(
        request,
        "dossier/meetings.html",
        {
            "access": access,
            "child": access.child,
            "meetings": access.items(Meeting),
            "breadcrumb": crumbs(access, (_("Rencontres"), "")),
        },
    )


def _expressions_for(access, meeting):
    qs = meeting.expressions.select_related("author")
    # The family sees its own words; staff see everyone's.
    return qs if access.is_staff_role else qs.filter(author=access.user)


@dossier_view
def meeting_detail(request, access, meeting_id):
    meeting = get_object_or_404(access.items(Meeting), pk=meeting_id)
    form = ExpressionForm(request.POST or None) if access.is_family else None
    if request.method == "POST":
        if form is None:
            return redirect("dossier:meeting", access.child.pk, meeting.pk)
        if form.is_valid():
            Expression.objects.create(
                child=access.child,
                meeting=meeting,
                author=request.user,
                author_role=access.role,
                text=form.cleaned_data["text"],
            )
            messages.success(
                request, _("Merci. Votre message a été envoyé au référent et ajouté au dossier.")
            )
            return redirect("dossier:meeting", access.child.pk, meeting.pk)
    else:
        access_log.record(request, access, "meeting", meeting.title, object_id=meeting.pk)
    return render(
        request,
        "dossier/meeting_detail.html",
        {
            "access": access,
            "child": access.child,
            "meeting": meeting,
            "form": form,
            "expressions": _expressions_for(access, meeting),
            "breadcrumb": crumbs(access, (meeting.title, "")),
        },
    )
