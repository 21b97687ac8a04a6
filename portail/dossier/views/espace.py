"""Espace personnel: the list of dossiers, then one dossier's home, sections and timeline."""

from django.contrib.auth.decorators import login_required
from django.db.models import Max
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import access_log
from ..models import (
    PPE,
    AccessLog,
    Decision,
    Document,
    Entry,
    Meeting,
    Mesure,
    Role,
    SituationReport,
)
from ..queries import visible_children
from .base import crumbs, dossier_view


@login_required
def espace(request):
    children = visible_children(request.user).order_by("last_name", "first_name")
    return render(
        request,
        "dossier/espace.html",
        {
            "children": children,
            "breadcrumb": crumbs(),
        },
    )


@dossier_view
def child_home(request, access):
    child = access.child
    previous_visit = AccessLog.objects.filter(
        user=request.user, child=child, object_type="home"
    ).aggregate(last=Max("at"))["last"]
    access_log.record(request, access, "home", _("Accueil du dossier"))
    documents = access.items(Document).select_related("shared_by")
    new_documents = documents
    if previous_visit:
        field = "created_at" if access.is_staff_role else "shared_at"
        new_documents = documents.filter(**{f"{field}__gt": previous_visit})
    now = timezone.now()
    return render(
        request,
        "dossier/child_home.html",
        {
            "access": access,
            "child": child,
            "team": child.assignments.select_related("user").order_by("role"),
            "mesures": child.mesures.all(),
            "next_meetings": access.items(Meeting).filter(date__gte=now).order_by("date")[:3],
            "new_documents": list(new_documents[:5]),
            "new_documents_count": new_documents.count(),
            "previous_visit": previous_visit,
            "sections": access.visible_sections(),
            "breadcrumb": crumbs(access),
        },
    )


@dossier_view
def section(request, access, section):
    labels = dict(access.visible_sections())
    if section not in labels:
        raise Http404
    access_log.record(
        request, access, "section", _("Section %(s)s") % {"s": labels[section]}, section=section
    )
    return render(
        request,
        "dossier/section.html",
        {
            "access": access,
            "child": access.child,
            "section_code": section,
            "section_label": labels[section],
            "entries": access.items(Entry, section).select_related("shared_by"),
            "documents": access.items(Document, section).select_related("shared_by"),
            "sections": access.visible_sections(),
            "breadcrumb": crumbs(access, (labels[section], "")),
        },
    )


@dossier_view
def ppe(request, access):
    access_log.record(request, access, "ppe", _("Projet pour l'enfant"))
    return render(
        request,
        "dossier/ppe.html",
        {
            "access": access,
            "child": access.child,
            "ppes": access.items(PPE).prefetch_related("objectives"),
            "reports": access.items(SituationReport),
            "breadcrumb": crumbs(access, (_("Projet pour l'enfant"), "")),
        },
    )


@dossier_view
def decisions(request, access):
    access_log.record(request, access, "decisions", _("Décisions"))
    return render(
        request,
        "dossier/decisions.html",
        {
            "access": access,
            "child": access.child,
            "decisions": access.items(Decision),
            "breadcrumb": crumbs(access, (_("Décisions"), "")),
        },
    )


@dossier_view
def documents(request, access):
    access_log.record(request, access, "documents", _("Liste des documents"))
    return render(
        request,
        "dossier/documents.html",
        {
            "access": access,
            "child": access.child,
            "documents": access.items(Document).select_related("shared_by"),
            "breadcrumb": crumbs(access, (_("Documents"), "")),
        },
    )


@dossier_view
def timeline(request, access):
    """Parcours: mesures, decisions, meetings and shared documents in date order."""
    access_log.record(request, access, "parcours", _("Parcours"))
    events = []
    for mesure in Mesure.objects.filter(child=access.child):
        events.append((mesure.start_date, _("Début de la mesure"), str(mesure), ""))
        if mesure.end_date and mesure.end_date <= timezone.localdate():
            events.append((mesure.end_date, _("Fin de la mesure"), str(mesure), ""))
    for decision in access.items(Decision):
        events.append(
            (
                decision.date,
                _("Décision"),
                decision.title,
                reverse("dossier:decisions", args=[access.child.pk]),
            )
        )
    for meeting in access.items(Meeting):
        events.append(
            (
                timezone.localdate(meeting.date),
                _("Rencontre"),
                meeting.title,
                reverse("dossier:meeting", args=[access.child.pk, meeting.pk]),
            )
        )
    for document in access.items(Document):
        events.append(
            (
                timezone.localdate(document.shared_at or document.created_at),
                _("Document"),
                document.title,
                "",
            )
        )
    events.sort(key=lambda e: e[0], reverse=True)
    return render(
        request,
        "dossier/timeline.html",
        {
            "access": access,
            "child": access.child,
            "events": events,
            "breadcrumb": crumbs(access, (_("Parcours"), "")),
        },
    )


@dossier_view
def consultations(request, access):
    """Qui a consulté mon dossier."""
    logs = list(AccessLog.objects.filter(child=access.child).order_by("-at", "-id")[:200])
    role_labels = dict(Role.choices)
    for log in logs:
        log.role_label = role_labels.get(log.role, log.role)
    return render(
        request,
        "dossier/consultations.html",
        {
            "access": access,
            "child": access.child,
            "logs": logs,
            "breadcrumb": crumbs(access, (_("Qui a consulté le dossier"), "")),
        },
    )
