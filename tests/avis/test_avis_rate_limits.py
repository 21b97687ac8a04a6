"""Rate limits on public forms: the 21st POST in an hour gets a French 429, nothing lost."""

import datetime
import uuid

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import timezone

from portail.avis.models import Committee, CommitteeSession, Reclamation, Registration, Suggestion

LIMIT = 20


@pytest.fixture
def rate_limited(settings):
    """Turn the limit back on, counting in a cache whose keys no other run shares."""
    alias = "avis_rate_limit_test"
    settings.CACHES = {
        **django_settings.CACHES,
        alias: {**django_settings.CACHES["default"], "KEY_PREFIX": f"avis-rl-{uuid.uuid4().hex}"},
    }
    settings.RATELIMIT_USE_CACHE = alias
    settings.RATELIMIT_ENABLE = True
    # No cache.clear(): on Redis it would flush the whole database. A fresh prefix suffices.
    # A distinct address per test as well: the counter is keyed by IP.
    n = uuid.uuid4().int
    return f"10.{n % 250 + 1}.{n // 250 % 250 + 1}.{n // 62500 % 250 + 1}"


def _post_many(client, url, make_data, ip):
    responses = [
        client.post(url, make_data(i), REMOTE_ADDR=ip, follow=False) for i in range(LIMIT + 1)
    ]
    return responses[:LIMIT], responses[LIMIT]


def _assert_kept(last, typed):
    content = last.content.decode()
    assert last.status_code == 429
    assert "Réessayez dans une heure" in content
    assert "toujours dans le formulaire" in content
    assert typed in content  # what was typed comes back in the form


def test_suggestion_limit(client, db, rate_limited):
    url = reverse("avis:suggestion")
    first, last = _post_many(
        client, url, lambda i: {"topic": "accueil", "text": f"Idée numéro {i}"}, rate_limited
    )
    assert all(r.status_code == 200 for r in first)
    _assert_kept(last, f"Idée numéro {LIMIT}")
    assert Suggestion.objects.count() == LIMIT
    # Another address is not affected.
    other = client.post(url, {"topic": "accueil", "text": "Autre"}, REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 200 and Suggestion.objects.count() == LIMIT + 1


def test_reclamation_limit(client, db, rate_limited):
    url = reverse("avis:reclamation")
    first, last = _post_many(
        client,
        url,
        lambda i: {"topic": "accueil", "subject": f"Objet {i}", "description": f"Texte long {i}"},
        rate_limited,
    )
    assert all(r.status_code == 302 for r in first)
    _assert_kept(last, f"Texte long {LIMIT}")
    assert Reclamation.objects.count() == LIMIT


def test_registration_limit(client, db, rate_limited):
    committee = Committee.objects.create(
        name="Comité", slug="comite-rl", purpose="Parler", composition="Parents"
    )
    start = timezone.now() + datetime.timedelta(days=5)
    session = CommitteeSession.objects.create(
        committee=committee,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place="Évry",
        theme="Accueil",
        capacity=50,
    )
    url = reverse("avis:register", args=[session.pk])
    first, last = _post_many(
        client,
        url,
        lambda i: {"name": f"Personne {i}", "email": f"p{i}@example.org", "consent": "on"},
        rate_limited,
    )
    assert all(r.status_code == 302 for r in first)
    content = last.content.decode()
    assert last.status_code == 429 and "Réessayez dans une heure" in content
    assert f"Personne {LIMIT}" in content
    assert Registration.objects.count() == LIMIT
