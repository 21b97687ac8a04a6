"""1,000 submissions from 50 parallel clients: all stored, no duplicate per token."""

import random
import threading

import pytest
from django.conf import settings
from django.db import connection

from portail.avis import services
from portail.avis.models import Answer, Invitation, ParticipationMarker, Questionnaire, Response

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not settings.USING_POSTGRES,
        reason="Needs PostgreSQL (set DATABASE_URL=postgres://…): SQLite "
        "serialises writers, so it cannot show races.",
    ),
]

CLIENTS, PER_CLIENT, DUPLICATES = 50, 20, 100


@pytest.mark.django_db(transaction=True)
def test_parallel_invitation_submissions(campaign_factory):
    q = campaign_factory("parallele", audience=Questionnaire.Audience.INVITATION)
    questions = list(q.questions.all())
    values = {
        "satisfait": {"choices": ["4"], "other": ""},
        "informe": {"choices": ["oui"], "other": ""},
    }
    unique = CLIENTS * PER_CLIENT - DUPLICATES
    tokens = services.create_invitations(q, unique)
    # 100 tokens are submitted twice, by two different clients, on purpose.
    plan = tokens + random.Random(7).sample(tokens, DUPLICATES)
    random.Random(8).shuffle(plan)
    outcomes, lock, barrier = [], threading.Lock(), threading.Barrier(CLIENTS)

    def client(batch):
        barrier.wait()
        mine = []
        try:
            for token in batch:
                try:
                    services.submit(q, questions, values, token=token)
                    mine.append("stored")
                except services.AlreadyAnswered:
                    mine.append("duplicate")
        finally:
            connection.close()
        with lock:
            outcomes.extend(mine)

    threads = [threading.Thread(target=client, args=(plan[i::CLIENTS],)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(outcomes) == CLIENTS * PER_CLIENT
    assert outcomes.count("stored") == unique
    assert outcomes.count("duplicate") == DUPLICATES
    assert Response.objects.filter(questionnaire=q).count() == unique
    assert Answer.objects.filter(response__questionnaire=q).count() == 2 * unique
    assert ParticipationMarker.objects.filter(questionnaire=q).count() == unique
    assert not Invitation.objects.filter(questionnaire=q, used_at__isnull=True).exists()


@pytest.mark.django_db(transaction=True)
def test_parallel_public_submissions_all_stored(campaign_factory):
    q = campaign_factory("parallele-public")
    questions = list(q.questions.all())
    values = {"satisfait": {"choices": ["3"], "other": ""}}
    barrier = threading.Barrier(CLIENTS)

    def client():
        barrier.wait()
        try:
            for _ in range(PER_CLIENT):
                services.submit(q, questions, values)
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Response.objects.filter(questionnaire=q).count() == CLIENTS * PER_CLIENT
