"""Small public functions for the ODPE dashboard (avis app). Aggregates only, no visitor data."""

from datetime import date

from django.db.models import Count, Q, Sum

from .models import GuidePage, HelpfulVote, LivretIndexPage, LivretPage, PageViewCount


def page_views(start: date, end: date) -> list[dict]:
    """Views per livret, livret index and guide page between two dates (inclusive)."""
    page_ids = [
        *LivretPage.objects.values_list("pk", flat=True),
        *LivretIndexPage.objects.values_list("pk", flat=True),
        *GuidePage.objects.values_list("pk", flat=True),
    ]
    rows = (
        PageViewCount.objects.filter(page_id__in=page_ids, date__range=(start, end))
        .values("page_id", "page__title", "page__url_path")
        .annotate(views=Sum("views"))
        .order_by("-views")
    )
    return [{"page_id": r["page_id"], "title": r["page__title"], "views": r["views"]} for r in rows]


def helpful_votes(start: date, end: date) -> list[dict]:
    """Yes / no answers to "cette page vous a-t-elle aidé ?" per page."""
    rows = (
        HelpfulVote.objects.filter(created_at__date__range=(start, end))
        .values("page_id", "page__title")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)))
        .order_by("page__title")
    )
    return [
        {"page_id": r["page_id"], "title": r["page__title"], "yes": r["yes"], "no": r["no"]}
        for r in rows
    ]


def total_views(start: date, end: date) -> int:
    return sum(row["views"] for row in page_views(start, end))
