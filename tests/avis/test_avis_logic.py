"""Conditional display and validation, every combination of the conditions we support."""

import itertools

import pytest
from django.http import QueryDict

from portail.avis import logic


def qd(data):
    query = QueryDict(mutable=True)
    for key, value in data.items():
        if isinstance(value, list):
            query.setlist(key, value)
        else:
            query[key] = value
    return query


def check(questionnaire, data):
    questions = list(questionnaire.questions.all())
    cond_map = logic.conditions_by_code(questionnaire.conditions.all())
    return logic.validate(questions, cond_map, qd(data))


@pytest.mark.parametrize(
    ("informe", "comite"), list(itertools.product(["oui", "non", ""], ["oui", "non", ""]))
)
def test_and_conditions_every_combination(questionnaire, informe, comite):
    data = {
        "q-satisfait": "3",
        "q-informe": informe,
        "q-comite": comite,
        "q-manque": ["Documents"],
        "q-sujet": "Les écrits",
    }
    outcome = check(questionnaire, data)
    assert ("manque" in outcome.visible) == (informe == "non")
    assert ("sujet" in outcome.visible) == (informe == "non" and comite == "oui")
    # Hidden answers are dropped even though the browser sent them.
    assert ("manque" in outcome.values) == (informe == "non")
    assert ("sujet" in outcome.values) == (informe == "non" and comite == "oui")


def test_required_only_when_shown(questionnaire):
    outcome = check(questionnaire, {"q-satisfait": "5", "q-informe": "oui"})
    assert outcome.is_valid, outcome.errors
    outcome = check(questionnaire, {"q-satisfait": "5", "q-informe": "non", "q-comite": "oui"})
    assert set(outcome.errors) == {"manque", "sujet"}


def test_condition_on_hidden_question_is_false(questionnaire):
    """A chain: if the question depended on is hidden, the dependent one is hidden too."""
    from portail.avis.models import Condition

    Condition.objects.create(
        questionnaire=questionnaire, question_code="enfants", depends_on="sujet", value="x"
    )
    data = {
        "q-satisfait": "5",
        "q-informe": "oui",
        "q-comite": "oui",
        "q-sujet": "x",
        "q-enfants": "2",
    }
    outcome = check(questionnaire, data)
    assert "sujet" not in outcome.visible
    assert "enfants" not in outcome.visible and "enfants" not in outcome.values
    data["q-informe"] = "non"
    data["q-manque"] = ["Téléphone"]
    outcome = check(questionnaire, data)
    assert {"sujet", "enfants"} <= outcome.visible
    assert outcome.values["enfants"] == {"number": logic.Decimal("2.00")}


def test_condition_on_multiple_choice_matches_any_ticked(questionnaire):
    from portail.avis.models import Condition

    Condition.objects.create(
        questionnaire=questionnaire,
        question_code="commentaire",
        depends_on="manque",
        value="Téléphone",
    )
    base = {"q-satisfait": "2", "q-informe": "non", "q-commentaire": "ok"}
    shown = check(questionnaire, {**base, "q-manque": ["Documents", "Téléphone"]})
    hidden = check(questionnaire, {**base, "q-manque": ["Documents"]})
    assert "commentaire" in shown.visible and "commentaire" not in hidden.visible


def test_other_needs_text_and_is_cleaned(questionnaire):
    data = {"q-satisfait": "2", "q-informe": "non", "q-manque": ["__autre__"]}
    assert "manque" in check(questionnaire, data).errors
    data["q-manque-autre"] = "<b>Un</b> interprète"
    outcome = check(questionnaire, data)
    assert outcome.values["manque"] == {"choices": ["__autre__"], "other": "Un interprète"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("q-satisfait", "6"),
        ("q-informe", "peut-être"),
        ("q-territoire", "Ailleurs"),
        ("q-enfants", "beaucoup"),
        ("q-enfants", "1e30"),
        ("q-enfants", "NaN"),
    ],
)
def test_invalid_values_refused(questionnaire, field, value):
    data = {"q-satisfait": "3", "q-informe": "oui", field: value}
    assert check(questionnaire, data).errors


def test_too_long_text_refused_in_french(questionnaire, settings):
    from portail.avis import conf

    data = {"q-satisfait": "3", "q-informe": "oui", "q-commentaire": "a" * (conf.LONG_TEXT_MAX + 1)}
    error = check(questionnaire, data).errors["commentaire"]
    assert "trop longue" in error and str(conf.LONG_TEXT_MAX) in error


def test_markup_only_text_counts_as_empty(questionnaire):
    data = {
        "q-satisfait": "3",
        "q-informe": "non",
        "q-comite": "oui",
        "q-manque": ["Documents"],
        "q-sujet": "<script></script>",
    }
    assert check(questionnaire, data).errors == {"sujet": "Cette question est obligatoire."}
