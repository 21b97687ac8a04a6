"""The /avis/ hub: every way to give one's opinion."""

from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from portail.avis.models import Committee, Questionnaire


def open_questionnaires(now=None):
    now = now or timezone.now()
    return (
        Questionnaire.objects.filter(is_live=True)
        .filter(
            Q(mode=Questionnaire.Mode.PERMANENT)
            | Q(mode=Questionnaire.Mode.CAMPAIGN, opens_at__lte=now, closes_at__gt=now)
        )
        .exclude(audience=Questionnaire.Audience.INVITATION)
    )


def hub(request):
    questionnaires = list(open_questionnaires())
    return render(
        request,
        "avis/hub.html",
        {
            "permanent": [q for q in questionnaires if q.mode == Questionnaire.Mode.PERMANENT],
            "campaigns": [q for q in questionnaires if q.mode == Questionnaire.Mode.CAMPAIGN],
            "committees": Committee.objects.filter(is_live=True),
            "breadcrumb": [(_("Donner mon avis"), request.path)],
        },
    )
