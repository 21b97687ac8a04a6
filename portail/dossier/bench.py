"""Target of `make bench` for the espace personnel: the first demo parent's dossier home."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from .queries import visible_children

BENCH_PARENT_EMAIL = "parent.placement@portail.example"


def bench_dossier_target():
    """(path, email) of a dossier home the demo parent may read, or None without demo data."""
    user = get_user_model().objects.filter(email=BENCH_PARENT_EMAIL).first()
    child = visible_children(user).order_by("pk").first() if user else None
    if child is None:
        return None
    return reverse("dossier:child", args=[child.pk]), user.email
