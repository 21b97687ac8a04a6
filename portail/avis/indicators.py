"""ODPE indicators: live figures from this app and, when available, from other apps."""

import datetime

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    Answer,
    CommitteeSession,
    Question,
    Reclamation,
    Registration,
    Response,
    Suggestion,
)

UNAVAILABLE = None  # rendered as « indisponible »


def responses_per_questionnaire():
    return list(
        Response.objects.values("questionnaire__title", "questionnaire__mode")
        .annotate(n=Count("id"))
        .order_by("questionnaire__title")
    )


def satisfaction_by_theme():
    """Average of satisfaction-scale answers (1 to 5), per questionnaire theme."""
    rows = (
        Answer.objects.filter(question__kind=Question.Kind.SCALE)
        .exclude(choice="")
        .values("question__questionnaire__theme", "choice")
        .annotate(n=Count("id"))
        .order_by()
    )
    totals = {}
    for row in rows:
        theme = row["question__questionnaire__theme"]
        weighted, count = totals.get(theme, (0, 0))
        totals[theme] = (weighted + int(row["choice"]) * row["n"], count + row["n"])
    return {theme: round(w / n, 2) for theme, (w, n) in sorted(totals.items()) if n}


def _delay_days(queryset, done_field):
    # Done in Python: averaging durations is not portable between SQLite and PostgreSQL,
    # and these tables hold hundreds of rows, not millions.
    pairs = queryset.filter(**{f"{done_field}__isnull": False}).values_list(
        "created_at", done_field
    )
    delays = [(done - created).total_seconds() / 86400 for created, done in pairs]
    return round(sum(delays) / len(delays), 1) if delays else None


def feedback_figures():
    return {
        "suggestions": Suggestion.objects.count(),
        "suggestions_led_to_change": Suggestion.objects.filter(led_to_change=True).count(),
        "suggestions_delay": _delay_days(Suggestion.objects.all(), "handled_at"),
        "reclamations": Reclamation.objects.count(),
        "reclamations_answered": Reclamation.objects.filter(answered_at__isnull=False).count(),
        "reclamations_delay": _delay_days(Reclamation.objects.all(), "answered_at"),
    }


def committee_figures():
    sessions = CommitteeSession.objects.annotate(
        participants=Count("registrations", filter=Q(registrations__status__in=Registration.SEATED))
    )
    past = sessions.filter(starts_at__lt=timezone.now())
    return {
        "sessions_held": past.count(),
        "sessions_planned": sessions.filter(starts_at__gte=timezone.now()).count(),
        "participants": sum(s.participants for s in past),
        "per_year": list(
            past.annotate(year=ExtractYear("starts_at"))
            .values("year")
            .annotate(n=Count("id"))
            .order_by("year")
        ),
    }


def dossier_access_requests():
    """From the dossier app's public function; None when it is not there yet."""
    try:
        from portail.dossier.indicators import access_requests_per_year
    except ImportError:
        return UNAVAILABLE
    try:
        return dict(sorted(access_requests_per_year().items()))
    except Exception:  # noqa: BLE001 - another app's failure must not break this page
        return UNAVAILABLE


def livret_views(start=None, end=None):
    end = end or timezone.localdate()
    start = start or end - datetime.timedelta(days=365)
    try:
        from portail.livret.indicators import page_views
    except ImportError:
        return UNAVAILABLE
    try:
        rows = page_views(start, end)
        # The livret app returns [{"title", "views", ...}]; keep {title: views}.
        if isinstance(rows, list):
            return {row.get("title", ""): row.get("views", 0) for row in rows}
        return rows
    except Exception:  # noqa: BLE001
        return UNAVAILABLE


def all_indicators():
    return {
        "responses": responses_per_questionnaire(),
        "satisfaction": satisfaction_by_theme(),
        "feedback": feedback_figures(),
        "committees": committee_figures(),
        "dossier_requests": dossier_access_requests(),
        "livret_views": livret_views(),
    }


def csv_rows(data):
    rows = [[_("Indicateur"), _("Détail"), _("Valeur")]]
    for row in data["responses"]:
        rows.append([_("Questionnaires répondus"), row["questionnaire__title"], row["n"]])
    for theme, avg in data["satisfaction"].items():
        rows.append([_("Satisfaction moyenne (sur 5)"), theme, avg])
    for key, value in data["feedback"].items():
        rows.append([_("Suggestions et réclamations"), key, "" if value is None else value])
    for key in ("sessions_held", "sessions_planned", "participants"):
        rows.append([_("Comités d'usagers"), key, data["committees"][key]])
    if data["dossier_requests"] is None:
        rows.append([_("Demandes d'accès au dossier"), "", _("indisponible")])
    else:
        for year, n in data["dossier_requests"].items():
            rows.append([_("Demandes d'accès au dossier"), year, n])
    views = data["livret_views"]
    if views is None:
        rows.append([_("Consultations du livret et du guide"), "", _("indisponible")])
    elif isinstance(views, dict):
        for key, n in views.items():
            rows.append([_("Consultations du livret et du guide"), key, n])
    else:
        rows.append([_("Consultations du livret et du guide"), "", views])
    return rows
