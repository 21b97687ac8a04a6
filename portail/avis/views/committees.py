"""Comités d'usagers: presentation, sessions, registration, confirmation, cancellation."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from portail.avis import committee_services as seats
from portail.avis.forms import RegistrationForm
from portail.avis.ical import session_ics
from portail.avis.models import Committee, CommitteeSession, Registration


def _crumbs(committee=None):
    crumbs = [
        (_("Donner mon avis"), reverse("avis:hub")),
        (_("Comités d'usagers"), reverse("avis:committees")),
    ]
    if committee:
        crumbs.append((committee.name, reverse("avis:committee", args=[committee.slug])))
    return crumbs


def committees(request):
    return render(
        request,
        "avis/committee_list.html",
        {"committees": Committee.objects.filter(is_live=True), "breadcrumb": _crumbs()},
    )


def committee(request, slug):
    item = get_object_or_404(Committee, slug=slug, is_live=True)
    sessions = list(item.sessions.filter(starts_at__gte=timezone.now()))
    for session in sessions:
        session.places_left = max(session.capacity - session.seats_taken(), 0)
        session.public_names = list(
            session.registrations.filter(
                status=Registration.Status.ACCEPTED, name_public=True
            ).values_list("name", flat=True)
        )
    return render(
        request,
        "avis/committee_detail.html",
        {
            "committee": item,
            "sessions": sessions,
            "members": item.members.filter(name_public=True),
            "breadcrumb": _crumbs(item),
        },
    )


def _open_session(pk):
    session = get_object_or_404(
        CommitteeSession.objects.select_related("committee"), pk=pk, committee__is_live=True
    )
    if session.starts_at <= timezone.now():
        raise Http404
    return session


@never_cache
@ratelimit(key="ip", rate="20/h", method="POST", block=False)
def register(request, pk):
    session = _open_session(pk)
    user = request.user if request.user.is_authenticated else None
    initial = {"email": user.email} if user else {}
    form = RegistrationForm(request.POST or None, initial=initial)
    full = session.seats_taken() >= session.capacity
    if request.method == "POST":
        if getattr(request, "limited", False):
            form.add_error(
                None,
                _(
                    "Trop de demandes en peu de temps. Votre demande n'a pas encore été "
                    "envoyée : elle est toujours dans le formulaire. Réessayez dans une heure."
                ),
            )
        elif form.is_valid():
            registration = form.save(commit=False)
            registration.session = session
            registration.user = user
            registration.save()
            # A signed-in person's address is already verified by the account.
            if user and registration.email.lower() == user.email.lower():
                seats.place(registration, request)
                return redirect("avis:registration_done", pk=session.pk, status=registration.status)
            seats.send_confirmation_request(registration, request)
            return redirect("avis:registration_done", pk=session.pk, status="email")
    return render(
        request,
        "avis/registration_form.html",
        {"form": form, "session": session, "full": full, "breadcrumb": _crumbs(session.committee)},
        status=429 if getattr(request, "limited", False) else 200,
    )


def registration_done(request, pk, status):
    session = get_object_or_404(CommitteeSession.objects.select_related("committee"), pk=pk)
    if status not in ("email", "registered", "waiting"):
        raise Http404
    return render(
        request,
        "avis/registration_done.html",
        {"session": session, "status": status, "breadcrumb": _crumbs(session.committee)},
    )


@never_cache
def registration_confirm(request, token):
    registration = seats.registration_from_confirm_token(token)
    if registration is None:
        return render(
            request, "avis/registration_link_invalid.html", {"breadcrumb": _crumbs()}, status=404
        )
    if request.method == "POST":
        seats.place(registration, request)
        registration.refresh_from_db()
        status = "waiting" if registration.status == Registration.Status.WAITING else "registered"
        return redirect("avis:registration_done", pk=registration.session_id, status=status)
    return render(
        request,
        "avis/registration_confirm.html",
        {
            "registration": registration,
            "session": registration.session,
            "breadcrumb": _crumbs(registration.session.committee),
        },
    )


@never_cache
def registration_cancel(request, token):
    registration = seats.registration_from_cancel_token(token)
    if registration is None:
        return render(
            request, "avis/registration_link_invalid.html", {"breadcrumb": _crumbs()}, status=404
        )
    done = registration.status == Registration.Status.CANCELLED
    if request.method == "POST" and not done:
        seats.cancel(registration, request)
        done = True
    return render(
        request,
        "avis/registration_cancel.html",
        {
            "registration": registration,
            "session": registration.session,
            "done": done,
            "breadcrumb": _crumbs(registration.session.committee),
        },
    )


def session_calendar(request, pk):
    session = get_object_or_404(
        CommitteeSession.objects.select_related("committee"), pk=pk, committee__is_live=True
    )
    response = HttpResponse(
        session_ics(session, uid_domain=request.get_host()),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="reunion-{session.pk}.ics"'
    return response
