"""Editors' report: votes of "cette page vous a-t-elle aidé ?" per page, latest comments."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import HelpfulVote


def helpful_report(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    rows = (
        HelpfulVote.objects.values("page_id")
        .annotate(
            yes=Count("pk", filter=Q(helpful=True)),
            no=Count("pk", filter=Q(helpful=False)),
            comments=Count("pk", filter=~Q(comment="")),
        )
        .order_by("-no", "-yes")
    )
    pages = Page.objects.in_bulk([row["page_id"] for row in rows])
    for row in rows:
        row["page"] = pages.get(row["page_id"])
    comments = HelpfulVote.objects.exclude(comment="").select_related("page")[:50]
    return render(
        request,
        "livret/admin/helpful_report.html",
        {"rows": rows, "comments": comments, "header_title": _("Avis sur les pages")},
    )
