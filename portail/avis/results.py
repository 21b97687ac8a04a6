"""Results of a questionnaire, computed by the database (a fixed number of queries).

k-anonymity: when the responses matching the filters are fewer than K, nothing of the
subgroup is shown (counts, percentages, averages), whatever the combination of filters.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count

from portail.avis import conf

from .models import Answer, Question, Response

BAR_HEIGHT, BAR_GAP, LABEL_WIDTH = 22, 8, 0


@dataclass
class Filters:
    start: datetime.date | None = None
    end: datetime.date | None = None
    territory: str = ""
    mesure: str = ""

    @property
    def active(self):
        return bool(self.start or self.end or self.territory or self.mesure)


def filtered_responses(questionnaire, filters=None):
    responses = Response.objects.filter(questionnaire=questionnaire)
    filters = filters or Filters()
    if filters.start:
        responses = responses.filter(submitted_on__gte=filters.start)
    if filters.end:
        responses = responses.filter(submitted_on__lte=filters.end)
    if filters.territory:
        responses = responses.filter(territory=filters.territory)
    if filters.mesure:
        responses = responses.filter(mesure=filters.mesure)
    return responses


def filter_options(questionnaire, field):
    """Values of a profile field with at least K responses (smaller groups are not offered)."""
    rows = (
        Response.objects.filter(questionnaire=questionnaire)
        .exclude(**{field: ""})
        .values(field)
        .annotate(n=Count("id"))
        .order_by(field)
    )
    return [row[field] for row in rows if row["n"] >= conf.K_ANONYMITY]


def _chart(rows):
    """Geometry of a horizontal bar chart, drawn as inline SVG by the template."""
    for index, row in enumerate(rows):
        row["y"] = index * (BAR_HEIGHT + BAR_GAP)
        row["width"] = max(row["percent"], 0.5) if row["count"] else 0
    return {"height": max(len(rows), 1) * (BAR_HEIGHT + BAR_GAP)}


def compute(questionnaire, filters=None, *, questions=None, include_text=False):
    """Per-question counts, percentages and averages, or `hidden` below K answers."""
    responses = filtered_responses(questionnaire, filters)
    total = responses.count()
    if questions is None:
        questions = list(questionnaire.questions.all())
    result = {
        "total": total,
        "hidden": total < conf.K_ANONYMITY,
        "questions": [],
        "k": conf.K_ANONYMITY,
    }
    if result["hidden"]:
        return result
    answers = Answer.objects.filter(response__in=responses.values("id"))
    counts = {}
    for row in (
        answers.exclude(choice="")
        .values("question_id", "choice")
        .annotate(n=Count("id"))
        .order_by()
    ):
        counts[(row["question_id"], row["choice"])] = row["n"]
    answered = {
        row["question_id"]: row
        for row in (
            answers.values("question_id")
            .annotate(n=Count("response_id", distinct=True), avg=Avg("number"))
            .order_by()
        )
    }
    for question in questions:
        stats = answered.get(question.pk, {"n": 0, "avg": None})
        item = {
            "question": question,
            "answered": stats["n"],
            "rows": [],
            "average": None,
            "texts": [],
        }
        if question.kind in Question.CHOICE_KINDS:
            options = list(question.options())
            if question.allow_other:
                options.append(("__autre__", "Autre"))
            for value, label in options:
                count = counts.get((question.pk, value), 0)
                percent = round(100 * count / stats["n"], 1) if stats["n"] else 0
                item["rows"].append({"label": label, "count": count, "percent": percent})
            if question.kind == Question.Kind.SCALE and stats["n"]:
                weighted = sum(
                    int(v) * counts.get((question.pk, v), 0) for v, _l in options if v.isdigit()
                )
                item["average"] = round(weighted / stats["n"], 2)
            item["chart"] = _chart(item["rows"])
        elif question.kind == Question.Kind.NUMBER and stats["avg"] is not None:
            item["average"] = round(float(stats["avg"]), 2)
        elif include_text and question.kind in Question.TEXT_KINDS:
            item["texts"] = list(
                answers.filter(question=question)
                .exclude(text="")
                .order_by("-id")
                .values_list("text", flat=True)[:20]
            )
        result["questions"].append(item)
    return result


def public_results(questionnaire):
    """Only questions editors chose to publish, never free text, with the same K rule."""
    questions = [
        q
        for q in questionnaire.questions.filter(publish_results=True)
        if q.kind not in Question.TEXT_KINDS
    ]
    if not questions:
        return None
    return compute(questionnaire, questions=questions)


def export_rows(result):
    """Flat rows for CSV / XLSX: one per question option (or average)."""
    header = ["Question", "Réponse", "Nombre", "Pourcentage", "Personnes ayant répondu"]
    rows = [header]
    if result["hidden"]:
        rows.append(["Moins de 5 réponses : résultats masqués", "", "", "", ""])
        return rows
    for item in result["questions"]:
        label = item["question"].label
        for row in item["rows"]:
            rows.append([label, row["label"], row["count"], row["percent"], item["answered"]])
        if item["average"] is not None:
            rows.append([label, "Moyenne", item["average"], "", item["answered"]])
        if not item["rows"] and item["average"] is None:
            rows.append([label, "(texte libre, non exporté)", "", "", item["answered"]])
    return rows
