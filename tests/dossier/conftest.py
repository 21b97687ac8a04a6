"""Two families in two territories, their professionals, and one of everything."""

import pytest
from dossier_factories import build_family, make_user

from portail.dossier.models import Territory


@pytest.fixture
def world(db, django_user_model):
    north = Territory.objects.create(name="Nord")
    south = Territory.objects.create(name="Sud")
    referent_a = make_user(django_user_model, "referent-a@example.org", staff=True)
    referent_b = make_user(django_user_model, "referent-b@example.org", staff=True)
    cadre_north = make_user(django_user_model, "cadre-nord@example.org", staff=True)
    north.managers.add(cadre_north)
    a = build_family(django_user_model, "a", north, referent_a)
    b = build_family(django_user_model, "b", south, referent_b)
    return {
        "a": a,
        "b": b,
        "referent_a": referent_a,
        "referent_b": referent_b,
        "cadre_north": cadre_north,
        "admin": make_user(django_user_model, "admin@example.org", superuser=True),
        "outsider": make_user(django_user_model, "personne@example.org"),
    }
