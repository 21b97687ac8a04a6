"""Answering a questionnaire: public, signed-in, or through an invitation link."""

import json

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from portail.avis import logic, services
from portail.avis.models import ParticipationMarker, Question, Questionnaire, ResponseDraft
from portail.avis.results import public_results


def _breadcrumb(questionnaire=None):
    crumbs = [(_("Donner mon avis"), reverse("avis:hub"))]
    if questionnaire:
        crumbs.append(
            (questionnaire.title, reverse("avis:questionnaire", args=[questionnaire.slug]))
        )
    return crumbs


def build_items(questions, cond_map, data, errors):
    """Everything the template needs per question, grouped by section."""
    by_code = {q.code: q for q in questions}
    sections, current = [], None
    for question in questions:
        if current is None or question.section:
            current = {"title": question.section, "items": []}
            sections.append(current)
        raw = logic._raw_value(question, data)
        rules = cond_map.get(question.code, [])
        other = data.get(logic.other_name(question), "")
        current["items"].append(
            {
                "q": question,
                "name": logic.field_name(question),
                "other_name": logic.other_name(question),
                "selected": raw if isinstance(raw, list) else [raw],
                "value": raw if isinstance(raw, str) else "",
                "other": other[0] if isinstance(other, list) else other,
                "options": question.options(),
                "error": errors.get(question.code),
                "rules_json": json.dumps([{"on": dep, "value": value} for dep, value in rules]),
                "condition_text": logic.describe_conditions(rules, by_code) if rules else "",
                "is_fieldset": question.kind in Question.CHOICE_KINDS,
            }
        )
    return sections


def _data_for_storage(post):
    return {k: v for k, v in post.lists() if k.startswith("q-")}


def _access_problem(request, questionnaire, token):
    """Return a rendered refusal, a redirect, or None when the visitor may answer."""
    if not questionnaire.is_open():
        return render(
            request,
            "avis/questionnaire_closed.html",
            {"questionnaire": questionnaire, "breadcrumb": _breadcrumb()},
        )
    audience = questionnaire.audience
    if audience == Questionnaire.Audience.USERS and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if audience == Questionnaire.Audience.INVITATION and not services.invitation_is_usable(
        questionnaire, token
    ):
        return render(
            request,
            "avis/invitation_invalid.html",
            {"questionnaire": questionnaire, "breadcrumb": _breadcrumb()},
            status=404,
        )
    return None


def _already(request, questionnaire):
    return render(
        request,
        "avis/questionnaire_already.html",
        {"questionnaire": questionnaire, "breadcrumb": _breadcrumb()},
    )


@never_cache
def questionnaire(request, slug, token=None):
    questionnaire = get_object_or_404(Questionnaire, slug=slug, is_live=True)
    problem = _access_problem(request, questionnaire, token)
    if problem is not None:
        return problem
    user = request.user if request.user.is_authenticated else None
    use_token = token if questionnaire.audience == Questionnaire.Audience.INVITATION else None
    questions = list(questionnaire.questions.all())
    cond_map = logic.conditions_by_code(questionnaire.conditions.all())
    draft = (
        ResponseDraft.objects.filter(questionnaire=questionnaire, user=user).first()
        if user
        else None
    )
    editing = bool(draft and draft.submitted and draft.edit_key and questionnaire.is_open())
    marker_user = user if not use_token else None
    if (
        questionnaire.requires_marker
        and marker_user
        and not editing
        and ParticipationMarker.objects.filter(
            questionnaire=questionnaire, key_hash=services.participant_key(user=marker_user)
        ).exists()
    ):
        return _already(request, questionnaire)

    errors, data = {}, (draft.data if draft else {})
    if request.method == "POST":
        data = request.POST
        if request.POST.get("action") == "draft" and user and not editing:
            services.save_draft(questionnaire, user, _data_for_storage(request.POST))
            messages.success(
                request,
                _(
                    "Vos réponses sont enregistrées. Vous pourrez "
                    "reprendre plus tard depuis ce même lien."
                ),
            )
            return redirect(request.path)
        outcome = logic.validate(questions, cond_map, request.POST)
        errors = outcome.errors
        if outcome.is_valid:
            stored = _data_for_storage(request.POST)
            try:
                if editing:
                    services.update_submitted(
                        questionnaire, questions, outcome.values, draft, stored
                    )
                else:
                    services.submit(
                        questionnaire,
                        questions,
                        outcome.values,
                        user=marker_user if not use_token else None,
                        token=use_token,
                        data=stored,
                    )
            except services.AlreadyAnswered:
                return _already(request, questionnaire)
            except services.InvalidInvitation:
                return render(
                    request,
                    "avis/invitation_invalid.html",
                    {"questionnaire": questionnaire, "breadcrumb": _breadcrumb()},
                    status=404,
                )
            return redirect("avis:questionnaire_thanks", slug=questionnaire.slug)

    sections = build_items(questions, cond_map, data, errors)
    error_items = [item for section in sections for item in section["items"] if item["error"]]
    return render(
        request,
        "avis/questionnaire_form.html",
        {
            "questionnaire": questionnaire,
            "sections": sections,
            "error_items": error_items,
            "can_save_draft": bool(user) and not editing,
            "editing": editing,
            "breadcrumb": _breadcrumb(questionnaire),
        },
    )


def questionnaire_thanks(request, slug):
    questionnaire = get_object_or_404(Questionnaire, slug=slug, is_live=True)
    return render(
        request,
        "avis/questionnaire_thanks.html",
        {
            "questionnaire": questionnaire,
            "breadcrumb": _breadcrumb(questionnaire),
            "has_public_results": questionnaire.questions.filter(publish_results=True).exists(),
        },
    )


def questionnaire_results(request, slug):
    questionnaire = get_object_or_404(Questionnaire, slug=slug, is_live=True)
    return render(
        request,
        "avis/questionnaire_results.html",
        {
            "questionnaire": questionnaire,
            "results": public_results(questionnaire),
            "breadcrumb": _breadcrumb() + [(_("Résultats"), request.path)],
        },
    )
