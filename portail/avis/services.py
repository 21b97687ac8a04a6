"""Storing answers: anonymity, one answer per person, invitations, edits.

Anonymity trade-off for edits: while a questionnaire allows edits, a signed-in person's
draft keeps a random `edit_key` and the response keeps its sha256. Someone with database
access could join the two during that window. `purge_edit_links` deletes the keys and
drafts once the questionnaire closes, after which no link remains. Questionnaires that
do not allow edits never store the key.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Answer, Invitation, ParticipationMarker, Questionnaire, Response, ResponseDraft


class AlreadyAnswered(Exception):
    pass


class InvalidInvitation(Exception):
    pass


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def participant_key(*, user=None, token=None) -> str:
    """Keyed hash, so marker rows cannot be matched to users by hashing their ids."""
    source = f"user:{user.pk}" if user is not None else f"token:{token}"
    return hmac.new(settings.SECRET_KEY.encode(), source.encode(), hashlib.sha256).hexdigest()


def create_invitations(questionnaire, count):
    """Return `count` new raw tokens; only their hashes are stored."""
    tokens = [secrets.token_urlsafe(24) for _ in range(count)]
    Invitation.objects.bulk_create(
        [Invitation(questionnaire=questionnaire, token_hash=sha256(t)) for t in tokens]
    )
    return tokens


def invitation_is_usable(questionnaire, token):
    return (
        bool(token)
        and Invitation.objects.filter(
            questionnaire=questionnaire, token_hash=sha256(token), used_at__isnull=True
        ).exists()
    )


def _answer_rows(questions, values):
    rows = []
    for question in questions:
        value = values.get(question.code)
        if value is None:
            continue
        base = {"question": question, "question_code": question.code}
        if "choices" in value:
            for choice in value["choices"]:
                text = value["other"] if choice == "__autre__" else ""
                rows.append(Answer(choice=choice, text=text, **base))
        elif "number" in value:
            rows.append(Answer(number=value["number"], **base))
        else:
            rows.append(Answer(text=value["text"], **base))
    return rows


def _profile(questions, values):
    profile = {"territory": "", "mesure": ""}
    for question in questions:
        if question.profile and question.code in values:
            choices = values[question.code].get("choices") or [""]
            profile[question.profile] = choices[0][:200]
    return profile


def submit(questionnaire, questions, values, *, user=None, token=None, data=None):
    """Store one anonymous response. Raises AlreadyAnswered / InvalidInvitation."""
    with transaction.atomic():
        if questionnaire.audience == Questionnaire.Audience.INVITATION:
            invitation = (
                Invitation.objects.select_for_update()
                .filter(questionnaire=questionnaire, token_hash=sha256(token or ""))
                .first()
            )
            if invitation is None:
                raise InvalidInvitation
            if invitation.used_at:
                raise AlreadyAnswered
            invitation.used_at = timezone.now()
            invitation.save(update_fields=["used_at"])
        if questionnaire.requires_marker:
            key = participant_key(user=user, token=token) if (user or token) else None
            if key is None:
                raise InvalidInvitation
            try:
                with transaction.atomic():
                    ParticipationMarker.objects.create(questionnaire=questionnaire, key_hash=key)
            except IntegrityError:
                raise AlreadyAnswered from None
        edit_key = secrets.token_hex(16) if (questionnaire.allow_edit and user) else ""
        response = Response.objects.create(
            questionnaire=questionnaire,
            submitted_on=timezone.localdate(),
            edit_key_hash=sha256(edit_key) if edit_key else "",
            **_profile(questions, values),
        )
        rows = _answer_rows(questions, values)
        for row in rows:
            row.response = response
        Answer.objects.bulk_create(rows)
        if user is not None:
            _after_submit_draft(questionnaire, user, data, edit_key)
    return response


def _after_submit_draft(questionnaire, user, data, edit_key):
    if edit_key:
        ResponseDraft.objects.update_or_create(
            questionnaire=questionnaire,
            user=user,
            defaults={"edit_key": edit_key, "submitted": True, "data": data or {}},
        )
    else:
        ResponseDraft.objects.filter(questionnaire=questionnaire, user=user).delete()


def update_submitted(questionnaire, questions, values, draft, data):
    """Replace the answers of the response this draft's edit key points to."""
    with transaction.atomic():
        response = (
            Response.objects.select_for_update()
            .filter(questionnaire=questionnaire, edit_key_hash=sha256(draft.edit_key))
            .first()
        )
        if response is None:
            return None
        response.answers.all().delete()
        for field_name, value in _profile(questions, values).items():
            setattr(response, field_name, value)
        response.save(update_fields=["territory", "mesure"])
        rows = _answer_rows(questions, values)
        for row in rows:
            row.response = response
        Answer.objects.bulk_create(rows)
        draft.data = data
        draft.save(update_fields=["data", "updated_at"])
    return response


def save_draft(questionnaire, user, data):
    draft, _created = ResponseDraft.objects.update_or_create(
        questionnaire=questionnaire, user=user, defaults={"data": data}
    )
    return draft


def purge_edit_links(now=None):
    """Cut every draft-to-response link of closed questionnaires. Returns rows purged."""
    now = now or timezone.now()
    closed = Questionnaire.objects.filter(mode=Questionnaire.Mode.CAMPAIGN, closes_at__lte=now)
    count, _detail = ResponseDraft.objects.filter(questionnaire__in=closed).delete()
    Response.objects.filter(questionnaire__in=closed).exclude(edit_key_hash="").update(
        edit_key_hash=""
    )
    return count
