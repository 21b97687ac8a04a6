"""Public pages of the annuaire: search form and results, one place, the kinds of places."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie

from . import conf
from .forms import LieuSearchForm
from .hours import hours_by_day
from .models import Lieu
from .place_search import general_contact, search_places
from .types import TYPE_EXPLANATIONS, LieuType

RESULTS_PER_PAGE = 10


def anonymous_cache(view):
    """Cache the page for anonymous visitors only (keyed on cookies, hence language)."""
    cached = cache_page(conf.PAGE_SECONDS)(vary_on_cookie(view))

    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return cached(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_GET
@anonymous_cache
def annuaire(request):
    form = LieuSearchForm(request.GET or None)
    search = None
    if form.is_bound and form.is_valid():
        search = search_places(form.cleaned_data["type"], form.cleaned_data["q"], RESULTS_PER_PAGE)
        if search.commune is None and not search.match.ambiguous:
            form.add_error("q", search.message)
    context = {
        "form": form,
        "search": search,
        "contact": general_contact() if search else None,
        "breadcrumb": [(_("Trouver un lieu"), request.path)],
    }
    return render(request, "orientation/annuaire.html", context)


@require_GET
@anonymous_cache
def lieu_detail(request, pk):
    lieu = Lieu.objects.active().for_display().filter(pk=pk).first()
    if lieu is None:
        raise Http404
    context = {
        "lieu": lieu,
        "hours": hours_by_day(lieu.horaires.all()),
        "breadcrumb": [
            (_("Trouver un lieu"), reverse("orientation:annuaire")),
            (lieu.name, request.path),
        ],
    }
    return render(request, "orientation/lieu_detail.html", context)


@require_GET
@anonymous_cache
def types(request):
    items = [
        {
            "code": code,
            "label": label,
            "question": TYPE_EXPLANATIONS[code][0],
            "answer": TYPE_EXPLANATIONS[code][1],
        }
        for code, label in LieuType.choices
    ]
    context = {
        "items": items,
        "breadcrumb": [
            (_("Trouver un lieu"), reverse("orientation:annuaire")),
            (_("Les types de lieux"), request.path),
        ],
    }
    return render(request, "orientation/types.html", context)
