"""A signed-in parent reading the livret page of their child's mesure sees the référent."""

from django.db.models import Q
from django.utils import timezone

from .models import Assignment, AssignmentRole, Mesure
from .queries import visible_children


def referent_for_livret(request, page) -> dict:
    code = getattr(page, "mesure_code", "") or ""
    user = getattr(request, "user", None)
    if not code or user is None or not user.is_authenticated:
        return {}
    today = timezone.localdate()
    mesure = (
        Mesure.objects.filter(
            code=code,
            child__in=visible_children(user).filter(parent_links__user=user).values("pk"),
            start_date__lte=today,
        )
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("-start_date")
        .first()
    )
    if mesure is None:
        return {}
    assignment = (
        Assignment.objects.filter(child_id=mesure.child_id, role=AssignmentRole.REFERENT)
        .select_related("user")
        .first()
    )
    if assignment is None:
        return {}
    referent = assignment.user
    return {
        "referent": {
            "name": referent.get_full_name() or referent.email,
            "role": referent.job_title or str(AssignmentRole.REFERENT.label),
            "phone": referent.phone,
            "email": referent.email,
        }
    }
