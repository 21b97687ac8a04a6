"""Suggestion book and réclamations: public forms and the author's tracking page."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from portail.avis import conf, emails
from portail.avis.forms import ReclamationForm, SuggestionForm
from portail.avis.models import Reclamation
from portail.avis.services import sha256

LIMITED = _(
    "Vous avez envoyé beaucoup de messages en peu de temps. Votre texte n'a pas encore été "
    "envoyé : il est toujours dans le formulaire. Réessayez dans une heure."
)
# Over the limit: the form comes back with what was typed and HTTP 429 (Too Many Requests).
TOO_MANY = 429


def _crumbs(label, name):
    return [(_("Donner mon avis"), reverse("avis:hub")), (label, reverse(name))]


@ratelimit(key="ip", rate="20/h", method="POST", block=False)
def suggestion(request):
    form = SuggestionForm(request.POST or None)
    if request.method == "POST":
        if getattr(request, "limited", False):
            form.add_error(None, LIMITED)
        elif form.is_valid():
            form.save()
            return render(
                request,
                "avis/suggestion_thanks.html",
                {"breadcrumb": _crumbs(_("Suggestion"), "avis:suggestion")},
            )
    return render(
        request,
        "avis/suggestion_form.html",
        {"form": form, "breadcrumb": _crumbs(_("Suggestion"), "avis:suggestion")},
        status=TOO_MANY if getattr(request, "limited", False) else 200,
    )


@ratelimit(key="ip", rate="20/h", method="POST", block=False)
def reclamation(request):
    form = ReclamationForm(request.POST or None)
    if request.method == "POST":
        if getattr(request, "limited", False):
            form.add_error(None, LIMITED)
        elif form.is_valid():
            secret = secrets.token_urlsafe(24)
            item = form.save(commit=False)
            item.secret_hash = sha256(secret)
            if request.user.is_authenticated:
                item.user = request.user
            with transaction.atomic():
                item.save()
            link = request.build_absolute_uri(reverse("avis:reclamation_track", args=[secret]))
            if item.email:
                emails.send(
                    "avis/email/reclamation_ack.txt",
                    item.email,
                    {"reclamation": item, "link": link},
                )
            messages.success(request, _("Votre réclamation est enregistrée."))
            return redirect(f"{reverse('avis:reclamation_track', args=[secret])}?nouvelle=1")
    return render(
        request,
        "avis/reclamation_form.html",
        {
            "form": form,
            "answer_days": conf.RECLAMATION_ANSWER_DAYS,
            "breadcrumb": _crumbs(_("Réclamation"), "avis:reclamation"),
        },
        status=TOO_MANY if getattr(request, "limited", False) else 200,
    )


@never_cache
def reclamation_track(request, secret):
    item = Reclamation.objects.filter(secret_hash=sha256(secret)).first()
    if item is None:
        raise Http404
    return render(
        request,
        "avis/reclamation_track.html",
        {
            "item": item,
            "is_new": request.GET.get("nouvelle") == "1",
            "breadcrumb": _crumbs(_("Suivi de ma réclamation"), "avis:reclamation"),
        },
    )


@never_cache
@login_required
def my_reclamations(request):
    items = Reclamation.objects.filter(user=request.user)
    return render(
        request,
        "avis/my_reclamations.html",
        {"items": items, "breadcrumb": _crumbs(_("Mes réclamations"), "avis:my_reclamations")},
    )


@never_cache
@login_required
def my_reclamation_detail(request, number):
    item = Reclamation.objects.filter(user=request.user, tracking_number=number).first()
    if item is None:
        raise Http404
    return render(
        request,
        "avis/reclamation_track.html",
        {"item": item, "breadcrumb": _crumbs(_("Mes réclamations"), "avis:my_reclamations")},
    )
