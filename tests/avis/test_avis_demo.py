"""Demo data: idempotent, labelled, and the pages that show it work."""

from django.core.management import call_command
from django.urls import reverse

from portail.avis.models import (
    Committee,
    Questionnaire,
    Reclamation,
    Registration,
    Response,
    Suggestion,
)


def counts():
    return [
        m.objects.count()
        for m in (Questionnaire, Response, Committee, Registration, Suggestion, Reclamation)
    ]


def test_load_demo_avis_is_idempotent_and_shown(client, db):
    call_command("load_demo_avis", verbosity=0)
    first = counts()
    assert first[1] == 500 and first[3] == 5
    call_command("load_demo_avis", verbosity=0)
    assert counts() == first
    assert Registration.objects.filter(status=Registration.Status.WAITING).count() == 2
    hub = client.get(reverse("avis:hub")).content.decode()
    assert "démonstration" in hub and "Enquête de satisfaction" in hub
    results = client.get(reverse("avis:questionnaire_results", args=["votre-avis"]))
    assert "200 réponses" in results.content.decode()
    assert client.get(
        reverse("avis:session_calendar", args=[Registration.objects.first().session_id])
    ).content.startswith(b"BEGIN:VCALENDAR")


def test_indicators_degrade_without_other_apps(db, monkeypatch):
    import sys

    from portail.avis import indicators

    monkeypatch.setitem(sys.modules, "portail.dossier.indicators", None)
    monkeypatch.setitem(sys.modules, "portail.livret.indicators", None)
    data = indicators.all_indicators()
    assert data["dossier_requests"] is None and data["livret_views"] is None
    assert ["Demandes d'accès au dossier", "", "indisponible"] in indicators.csv_rows(data)


def test_indicators_read_other_apps_public_functions(db, monkeypatch):
    from portail.avis import indicators
    from portail.dossier import indicators as dossier_indicators
    from portail.livret import indicators as livret_indicators

    monkeypatch.setattr(dossier_indicators, "access_requests_per_year", lambda: {2025: 3})
    monkeypatch.setattr(
        livret_indicators, "page_views", lambda start, end: [{"title": "Livret", "views": 12}]
    )
    data = indicators.all_indicators()
    assert data["dossier_requests"] == {2025: 3}
    assert data["livret_views"] == {"Livret": 12}
    assert ["Consultations du livret et du guide", "Livret", 12] in indicators.csv_rows(data)
