"""1,000 submissions from 50 parallel HTTP clients through the real server stack.

Unlike test_avis_concurrency_pg (service calls from threads), this goes through Django's
threaded live server: CSRF, middleware, the view's own checks, then the database. 100 of
the 1,000 submissions reuse an invitation token already handed to another submission.
"""

import datetime
import random
import threading
import time
from collections import Counter

import pytest
import requests
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from portail.avis.models import (
    Answer,
    Invitation,
    ParticipationMarker,
    Question,
    Questionnaire,
    Response,
)
from portail.avis.services import create_invitations

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not settings.USING_POSTGRES,
        reason="Needs PostgreSQL (set DATABASE_URL=postgres://…): SQLite serialises "
        "writers and the live server would share one connection, so it cannot show races.",
    ),
]

CLIENTS, TOTAL, REUSED = 50, 1000, 100
ANSWERS = {"q-satisfait": "4", "q-informe": "oui"}


def _small_invitation_campaign():
    """Two questions only: the test measures concurrency, not form rendering."""
    now = timezone.now()
    q = Questionnaire.objects.create(
        slug="parallele-http",
        title="Campagne parallèle",
        mode=Questionnaire.Mode.CAMPAIGN,
        audience=Questionnaire.Audience.INVITATION,
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1),
    )
    for order, (code, kind) in enumerate(
        [("satisfait", Question.Kind.SCALE), ("informe", Question.Kind.YESNO)]
    ):
        Question.objects.create(
            questionnaire=q, sort_order=order, code=code, kind=kind, label=code, required=True
        )
    return q


def _classify(response):
    if response.status_code >= 500:
        return f"error-{response.status_code}"
    if response.status_code == 302 and response.headers["Location"].endswith("/merci/"):
        return "stored"
    if response.status_code == 200 and "Vous avez déjà répondu" in response.text:
        return "duplicate"  # lost the race inside the transaction
    if response.status_code == 404 and "invitation" in response.text.lower():
        return "duplicate"  # token already used when the view checked it
    return f"unexpected-{response.status_code}"


@pytest.mark.django_db(transaction=True)
def test_http_parallel_invitation_submissions(live_server):
    q = _small_invitation_campaign()
    unique = TOTAL - REUSED
    tokens = create_invitations(q, unique)
    plan = tokens + random.Random(11).sample(tokens, REUSED)
    random.Random(12).shuffle(plan)
    batches = [plan[i::CLIENTS] for i in range(CLIENTS)]
    form_url = live_server.url + "{}".format(
        reverse("avis:questionnaire_invitation", args=[q.slug, "TOKEN"])
    )
    outcomes, problems, lock = Counter(), [], threading.Lock()
    barrier = threading.Barrier(CLIENTS)

    def client(batch):
        session = requests.Session()
        mine = Counter()
        try:
            # Before the race every token is unused: this GET always returns the form.
            first = session.get(form_url.replace("TOKEN", batch[0]), timeout=60)
            assert first.status_code == 200 and "csrftoken" in session.cookies
            barrier.wait()
            for token in batch:
                url = form_url.replace("TOKEN", token)
                session.get(url, timeout=60)  # like a browser: show the form, then send it
                data = {**ANSWERS, "csrfmiddlewaretoken": session.cookies["csrftoken"]}
                sent = session.post(url, data=data, allow_redirects=False, timeout=60)
                mine[_classify(sent)] += 1
        except (AssertionError, requests.RequestException, threading.BrokenBarrierError) as exc:
            barrier.abort()  # reported below, never swallowed
            with lock:
                problems.append(repr(exc))
        finally:
            session.close()
        with lock:
            outcomes.update(mine)

    threads = [threading.Thread(target=client, args=(batch,)) for batch in batches]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    print(f"\n{TOTAL} HTTP submissions from {CLIENTS} clients in {elapsed:.1f} s")

    assert problems == []
    assert outcomes == {"stored": unique, "duplicate": REUSED}, outcomes
    assert Response.objects.filter(questionnaire=q).count() == unique
    assert Answer.objects.filter(response__questionnaire=q).count() == 2 * unique
    assert ParticipationMarker.objects.filter(questionnaire=q).count() == unique
    assert Invitation.objects.filter(questionnaire=q, used_at__isnull=False).count() == unique
    assert not Invitation.objects.filter(questionnaire=q, used_at__isnull=True).exists()
