"""Small public counts for the avis app (indicators). No personal data leaves here."""

from django.db.models import Count
from django.db.models.functions import ExtractYear

from .models import AccessRequest, Expression, Invitation


def _per_year(queryset, field) -> dict[int, int]:
    rows = (
        queryset.annotate(year=ExtractYear(field))
        .values("year")
        .annotate(n=Count("id"))
        .order_by("year")
    )
    return {row["year"]: row["n"] for row in rows}


def access_requests_per_year() -> dict[int, int]:
    return _per_year(AccessRequest.objects.all(), "created_at")


def propositions_per_year() -> dict[int, int]:
    """Fiches de recueil d'expression written by families, per year."""
    return _per_year(Expression.objects.all(), "created_at")


def activated_accounts_per_year() -> dict[int, int]:
    return _per_year(Invitation.objects.filter(used_at__isnull=False), "used_at")
