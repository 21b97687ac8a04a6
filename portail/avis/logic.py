"""Reading, validating and conditionally showing questionnaire answers.

Pure functions over questions, conditions and submitted data: the server decides what
counts. A question is visible when every condition on it holds (AND); a condition holds
when the question it depends on is itself visible and its answer matches.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from portail.avis import conf
from portail.core.sanitize import clean_text

from .models import Question

OTHER = "__autre__"
Kind = Question.Kind


def field_name(question):
    return f"q-{question.code}"


def other_name(question):
    return f"q-{question.code}-autre"


def conditions_by_code(conditions):
    """{question_code: [(depends_on, value), ...]} from Condition rows."""
    result = {}
    for condition in conditions:
        result.setdefault(condition.question_code, []).append(
            (condition.depends_on, condition.value.strip())
        )
    return result


def _matches(raw, expected):
    if isinstance(raw, list):
        return expected in raw
    return raw == expected


def _raw_value(question, data):
    name = field_name(question)
    if question.kind == Kind.MULTIPLE:
        return (
            [v for v in data.getlist(name) if v]
            if hasattr(data, "getlist")
            else list(data.get(name) or [])
        )
    value = data.get(name, "")
    if isinstance(value, list):  # drafts store lists
        value = value[0] if value else ""
    return str(value).strip()


def visible_codes(questions, cond_map, data):
    """The codes of the questions shown for these answers, in order."""
    visible, raws = set(), {}
    for question in questions:
        raws[question.code] = _raw_value(question, data)
        rules = cond_map.get(question.code, [])
        if all(dep in visible and _matches(raws.get(dep), value) for dep, value in rules):
            visible.add(question.code)
    return visible


@dataclass
class Outcome:
    values: dict = field(default_factory=dict)  # code -> normalised value (answered only)
    errors: dict = field(default_factory=dict)  # code -> French message
    visible: set = field(default_factory=set)

    @property
    def is_valid(self):
        return not self.errors


def _too_long(text, limit):
    return _(
        "Votre réponse est trop longue : %(limit)s caractères au maximum, vous en avez "
        "écrit %(count)s. Raccourcissez-la ; votre texte est conservé."
    ) % {"limit": limit, "count": len(text)}


def _other_text(question, data, outcome):
    text = data.get(other_name(question), "")
    text = text[0] if isinstance(text, list) else str(text or "")
    if len(text) > conf.SHORT_TEXT_MAX:
        outcome.errors[question.code] = _too_long(text, conf.SHORT_TEXT_MAX)
        return None
    return clean_text(text)


def _clean_one(question, raw, data, outcome):
    """Normalise one visible, non-empty answer or record an error."""
    code = question.code
    allowed = {value for value, _label in question.options()}
    if question.kind == Kind.MULTIPLE:
        if question.allow_other:
            allowed.add(OTHER)
        if any(v not in allowed for v in raw):
            outcome.errors[code] = _("Choisissez parmi les réponses proposées.")
            return
        other = _other_text(question, data, outcome) if OTHER in raw else ""
        if other is None:
            return
        if OTHER in raw and not other:
            outcome.errors[code] = _("Précisez votre réponse « Autre ».")
            return
        outcome.values[code] = {
            "choices": [v for v in raw if v != OTHER] + ([OTHER] if other else []),
            "other": other,
        }
    elif question.kind in (Kind.SINGLE, Kind.YESNO, Kind.SCALE):
        if question.kind == Kind.SINGLE and question.allow_other:
            allowed.add(OTHER)
        if raw not in allowed:
            outcome.errors[code] = _("Choisissez parmi les réponses proposées.")
            return
        other = ""
        if raw == OTHER:
            other = _other_text(question, data, outcome)
            if other is None:
                return
            if not other:
                outcome.errors[code] = _("Précisez votre réponse « Autre ».")
                return
        outcome.values[code] = {"choices": [raw], "other": other}
    elif question.kind == Kind.NUMBER:
        try:
            number = Decimal(raw.replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            outcome.errors[code] = _("Indiquez un nombre, par exemple 3.")
            return
        if not number.is_finite() or abs(number) >= Decimal("1e9"):
            outcome.errors[code] = _("Ce nombre n'est pas valable.")
            return
        outcome.values[code] = {"number": number.quantize(Decimal("0.01"))}
    else:
        limit = conf.SHORT_TEXT_MAX if question.kind == Kind.SHORT else conf.LONG_TEXT_MAX
        if len(raw) > limit:
            outcome.errors[code] = _too_long(raw, limit)
            return
        text = clean_text(raw)
        if text:
            outcome.values[code] = {"text": text}
        elif question.required:
            outcome.errors[code] = _("Cette question est obligatoire.")


def validate(questions, cond_map, data):
    """Check submitted data; hidden questions are ignored, required only when shown."""
    outcome = Outcome(visible=visible_codes(questions, cond_map, data))
    for question in questions:
        if question.code not in outcome.visible:
            continue
        raw = _raw_value(question, data)
        if raw in ("", []):
            if question.required:
                outcome.errors[question.code] = _("Cette question est obligatoire.")
            continue
        _clean_one(question, raw, data, outcome)
    return outcome


def describe_conditions(rules, questions_by_code):
    """Plain French for the no-JavaScript note: « Répondez seulement si … »."""
    parts = []
    for dep, value in rules:
        question = questions_by_code.get(dep)
        label = question.label if question else dep
        shown = dict(question.options()).get(value, value) if question else value
        parts.append(
            _("vous avez répondu « %(answer)s » à « %(question)s »")
            % {"answer": shown, "question": label}
        )
    return _(" et ").join(parts)
