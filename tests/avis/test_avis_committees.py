"""Committee registrations: email confirmation, capacity, waiting list, reminders, iCal."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from portail.avis import committee_services as seats
from portail.avis.ical import session_ics
from portail.avis.models import Committee, CommitteeSession, Registration

S = Registration.Status


@pytest.fixture
def session(db):
    committee = Committee.objects.create(
        name="Comité test", slug="comite-test", purpose="Parler", composition="Parents"
    )
    start = timezone.now() + datetime.timedelta(days=1)
    return CommitteeSession.objects.create(
        committee=committee,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place="Salle, Évry; étage 2",
        theme="Le livret",
        capacity=2,
    )


def form(**extra):
    data = {"name": "Alex", "email": "alex@example.org", "consent": "on"}
    data.update(extra)
    return data


def register_public(client, session, email):
    client.post(reverse("avis:register", args=[session.pk]), form(email=email))
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    return client.post(link)


def test_public_registration_needs_email_confirmation(client, session):
    response = client.post(reverse("avis:register", args=[session.pk]), form())
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == S.AWAITING_EMAIL
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    assert client.get(link).status_code == 200  # a page with a button, not a change
    assert Registration.objects.get().status == S.AWAITING_EMAIL
    client.post(link)
    assert Registration.objects.get().status == S.REGISTERED
    ics = mail.outbox[-1].attachments[0]
    assert ics[0] == "reunion.ics" and "BEGIN:VEVENT" in ics[1]


def test_full_session_waiting_list_and_promotion(client, session):
    for n in range(4):
        register_public(client, session, f"p{n}@example.org")
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [S.REGISTERED, S.REGISTERED, S.WAITING, S.WAITING]
    first = Registration.objects.order_by("pk").first()
    cancel = reverse("avis:registration_cancel", args=[seats.cancel_token(first)])
    client.post(cancel)
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [S.CANCELLED, S.REGISTERED, S.REGISTERED, S.WAITING]
    assert "place s'est libérée" in mail.outbox[-1].subject
    client.post(cancel)  # twice: nothing more happens
    assert Registration.objects.filter(status=S.REGISTERED).count() == 2


def test_staff_refusal_frees_a_seat(session):
    people = [
        Registration.objects.create(
            session=session, name=str(n), consent=True, email=f"{n}@example.org"
        )
        for n in range(3)
    ]
    for person in people:
        seats.place(person)
    people[0].status = S.REFUSED
    people[0].save()
    seats.refill(session.pk)
    assert Registration.objects.get(pk=people[2].pk).status == S.REGISTERED


def test_minor_needs_parent(client, session):
    response = client.post(reverse("avis:register", args=[session.pk]), form(is_minor="on"))
    content = response.content.decode()
    assert "parent ou du tuteur." in content and "est nécessaire" in content
    assert not Registration.objects.exists()


def test_logged_in_registration_is_immediate(client, session, family_user):
    client.force_login(family_user)
    client.post(reverse("avis:register", args=[session.pk]), form(email=family_user.email))
    registration = Registration.objects.get()
    assert registration.status == S.REGISTERED and registration.user == family_user


def test_reminders_sent_once(session):
    registration = Registration.objects.create(
        session=session, name="A", consent=True, email="a@example.org"
    )
    seats.place(registration)
    mail.outbox.clear()
    call_command("send_session_reminders", verbosity=0)
    call_command("send_session_reminders", verbosity=0)
    assert len(mail.outbox) == 1 and "Rappel" in mail.outbox[0].subject
    assert "/avis/inscription/annuler/" in mail.outbox[0].body


def test_ics_escaping_and_folding(session):
    session.theme = "Un thème très long, avec virgules; points-virgules et accents éèà " * 3
    text = session_ics(session)
    assert text.endswith("\r\n") and "LOCATION:Salle\\, Évry\\; étage 2" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_names_public_only_with_consent(client, session):
    Registration.objects.create(
        session=session,
        name="Visible",
        email="v@example.org",
        consent=True,
        name_public=True,
        status=S.ACCEPTED,
    )
    Registration.objects.create(
        session=session, name="Discret", email="d@example.org", consent=True, status=S.ACCEPTED
    )
    page = client.get(reverse("avis:committee", args=["comite-test"])).content.decode()
    assert "Visible" in page and "Discret" not in page
