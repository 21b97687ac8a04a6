"""Seats, waiting list and emails for committee sessions (race-safe by row locking)."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portail.avis import conf, emails
from portail.avis.ical import session_ics

from .models import CommitteeSession, Registration

CONFIRM_SALT, CANCEL_SALT = "avis.registration.confirm", "avis.registration.cancel"
Status = Registration.Status


def confirm_token(registration):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(registration.pk))


def cancel_token(registration):
    return signing.Signer(salt=CANCEL_SALT).sign(str(registration.pk))


def registration_from_confirm_token(token):
    try:
        pk = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            token, max_age=conf.REGISTRATION_CONFIRM_MAX_AGE
        )
    except signing.BadSignature:
        return None
    return Registration.objects.filter(pk=pk).first()


def registration_from_cancel_token(token):
    try:
        pk = signing.Signer(salt=CANCEL_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return Registration.objects.filter(pk=pk).first()


def _lock_session(session_id):
    return CommitteeSession.objects.select_for_update().get(pk=session_id)


def _promote(session):
    """Give free seats to the waiting list, first come first served."""
    free = session.capacity - session.registrations.filter(status__in=Registration.SEATED).count()
    if free <= 0:
        return []
    promoted = list(
        session.registrations.filter(status=Status.WAITING).order_by("queued_at", "pk")[:free]
    )
    for registration in promoted:
        registration.status = Status.REGISTERED
        registration.save(update_fields=["status"])
    return promoted


def place(registration, request=None):
    """Seat the person, or queue them when the session is full. Sends the email."""
    with transaction.atomic():
        session = _lock_session(registration.session_id)
        registration.refresh_from_db(fields=["status"])
        if registration.status != Status.AWAITING_EMAIL:
            return registration
        taken = session.registrations.filter(status__in=Registration.SEATED).count()
        registration.status = Status.REGISTERED if taken < session.capacity else Status.WAITING
        registration.queued_at = timezone.now()
        registration.save(update_fields=["status", "queued_at"])
    notify(registration, request)
    return registration


def cancel(registration, request=None):
    with transaction.atomic():
        session = _lock_session(registration.session_id)
        registration.refresh_from_db(fields=["status"])
        if registration.status == Status.CANCELLED:
            return []
        registration.status = Status.CANCELLED
        registration.save(update_fields=["status"])
        promoted = _promote(session)
    for other in promoted:
        notify(other, request, promoted=True)
    return promoted


def refill(session_id, request=None):
    """After staff refuse or cancel someone in the admin."""
    with transaction.atomic():
        promoted = _promote(_lock_session(session_id))
    for other in promoted:
        notify(other, request, promoted=True)
    return promoted


def absolute(request, path):
    if request is not None:
        return request.build_absolute_uri(path)
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + path


def notify(registration, request=None, *, promoted=False, reminder=False):
    session = registration.session
    context = {
        "registration": registration,
        "session": session,
        "promoted": promoted,
        "reminder": reminder,
        "cancel_link": absolute(
            request, reverse("avis:registration_cancel", args=[cancel_token(registration)])
        ),
    }
    attachments = []
    if registration.status in Registration.SEATED:
        attachments.append(("reunion.ics", session_ics(session), "text/calendar"))
    emails.send("avis/email/registration_status.txt", registration.email, context, attachments)


def send_confirmation_request(registration, request):
    link = absolute(
        request, reverse("avis:registration_confirm", args=[confirm_token(registration)])
    )
    emails.send(
        "avis/email/registration_confirm.txt",
        registration.email,
        {"registration": registration, "link": link},
    )
