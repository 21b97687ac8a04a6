"""Fixtures of the livret tests: demo content, a small livret, users."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_cache():
    """Page cache, rate-limit counters and the glossary list live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_livret(demo_socle):
    from portail.livret.demo import load_all

    load_all(out=lambda message: None)
    return demo_socle


@pytest.fixture
def livret_index(demo_socle):
    from portail.livret.models import LivretIndexPage

    index = LivretIndexPage(title="Livret d'accueil", slug="livret-d-accueil")
    demo_socle.add_child(instance=index)
    index.save_revision().publish()
    return index


def publish_snippet(model, **values):
    obj = model(**values)
    obj.live = False
    obj.save()
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


@pytest.fixture
def make_user(django_user_model):
    def make(email):
        return django_user_model.objects.create_user(email=email, password="x-long-password-1")

    return make
