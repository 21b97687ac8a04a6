"""Admin results: DB aggregation, k-anonymity on every filter, exports, query counts."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from portail.avis import demo, results
from portail.avis.models import Answer, Question, Response


@pytest.fixture
def demo_questionnaire(db):
    questionnaire, _created = demo.ensure_questionnaire("demo-q", "Démo", mode="permanent")
    return questionnaire


def test_counts_and_percentages(demo_questionnaire):
    demo.generate_answers(demo_questionnaire, 120, seed=1)
    data = results.compute(demo_questionnaire)
    assert data["total"] == 120 and not data["hidden"]
    informe = next(i for i in data["questions"] if i["question"].code == "informe")
    expected_yes = Answer.objects.filter(question_code="informe", choice="oui").count()
    assert informe["answered"] == 120
    assert informe["rows"][0]["count"] == expected_yes
    assert informe["rows"][0]["percent"] == round(100 * expected_yes / 120, 1)
    accueil = next(i for i in data["questions"] if i["question"].code == "accueil")
    assert 1 <= accueil["average"] <= 5


def test_k_anonymity_on_every_filter_combination(demo_questionnaire):
    demo.generate_answers(demo_questionnaire, 40, seed=2)
    for territory in demo.TERRITORIES:
        for mesure in demo.MESURES:
            filters = results.Filters(territory=territory, mesure=mesure)
            n = results.filtered_responses(demo_questionnaire, filters).count()
            data = results.compute(demo_questionnaire, filters)
            assert data["hidden"] == (n < 5)
            if data["hidden"]:
                assert data["questions"] == []
                assert "masqués" in results.export_rows(data)[1][0]


def test_small_territories_are_not_offered(demo_questionnaire):
    Response.objects.bulk_create(
        [
            Response(questionnaire=demo_questionnaire, submitted_on="2026-01-01", territory="Petit")
            for _ in range(4)
        ]
    )
    assert "Petit" not in results.filter_options(demo_questionnaire, "territory")


def test_results_page_queries_do_not_grow(staff_client, demo_questionnaire):
    page = reverse("avis_results", args=[demo_questionnaire.pk])
    demo.generate_answers(demo_questionnaire, 20, seed=3)
    with CaptureQueriesContext(connection) as few:
        assert staff_client.get(page).status_code == 200
    demo.generate_answers(demo_questionnaire, 600, seed=4)
    with CaptureQueriesContext(connection) as many:
        assert staff_client.get(page).status_code == 200
    assert len(many) == len(few)


def test_exports(staff_client, demo_questionnaire):
    demo.generate_answers(demo_questionnaire, 30, seed=5)
    page = reverse("avis_results", args=[demo_questionnaire.pk])
    csv_text = staff_client.get(page + "?format=csv").content.decode("utf-8-sig")
    assert "Vous sentez-vous bien informé ?;Oui;" in csv_text
    assert ";';" not in csv_text
    xlsx = staff_client.get(page + "?format=xlsx&territoire=Nord-Essonne")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.cell(1, 1).value == "Question"


def test_results_pages_need_permission(client, demo_questionnaire, django_user_model):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user(
        email="e@example.org", password="x", is_staff=True
    )
    Authenticator.objects.create(
        user=editor,
        type=Authenticator.Type.TOTP,
        data={"secret": encrypt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")},
    )
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # Wagtail turns PermissionDenied into a redirect to the admin home with a message.
    for page in (reverse("avis_results", args=[demo_questionnaire.pk]), reverse("avis_indicators")):
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def test_indicators_page_and_csv(staff_client, demo_questionnaire):
    demo.generate_answers(demo_questionnaire, 10, seed=6)
    demo.ensure_feedback()
    page = staff_client.get(reverse("avis_indicators"))
    assert page.status_code == 200
    csv_text = staff_client.get(reverse("avis_indicators") + "?format=csv").content.decode(
        "utf-8-sig"
    )
    assert "Questionnaires répondus;Démo;10" in csv_text


def test_question_rejects_publishing_free_text(demo_questionnaire):
    from django.core.exceptions import ValidationError

    question = Question(
        questionnaire=demo_questionnaire,
        code="x",
        label="x",
        kind=Question.Kind.LONG,
        publish_results=True,
    )
    with pytest.raises(ValidationError):
        question.clean()


def test_admin_refuses_condition_on_a_later_question(staff_client, db):
    """The editor form checks conditions; editing keeps question ids (answers stay)."""
    from portail.avis.models import Questionnaire

    url = reverse("wagtailsnippets_avis_questionnaire:add")
    data = {
        "title": "Q",
        "slug": "q-admin",
        "theme": "general",
        "mode": "permanent",
        "audience": "public",
        "one_answer_only": "on",
        "is_live": "on",
        "questions-TOTAL_FORMS": "2",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-code": "a",
        "questions-0-label": "A",
        "questions-0-kind": "yesno",
        "questions-0-ORDER": "1",
        "questions-1-code": "b",
        "questions-1-label": "B",
        "questions-1-kind": "short",
        "questions-1-ORDER": "2",
        "conditions-TOTAL_FORMS": "1",
        "conditions-INITIAL_FORMS": "0",
        "conditions-MIN_NUM_FORMS": "0",
        "conditions-MAX_NUM_FORMS": "1000",
        "conditions-0-question_code": "a",
        "conditions-0-depends_on": "b",
        "conditions-0-value": "x",
        "conditions-0-ORDER": "1",
    }
    response = staff_client.post(url, data)
    assert response.status_code == 200 and not Questionnaire.objects.exists()
    assert "placée avant" in response.content.decode()
    data.update(
        {
            "conditions-0-question_code": "b",
            "conditions-0-depends_on": "a",
            "conditions-0-value": "oui",
        }
    )
    assert staff_client.post(url, data).status_code == 302
    questionnaire = Questionnaire.objects.get()
    ids = list(questionnaire.questions.values_list("pk", flat=True))
    edit = reverse("wagtailsnippets_avis_questionnaire:edit", args=[questionnaire.pk])
    data.update(
        {
            "questions-INITIAL_FORMS": "2",
            "questions-0-id": str(ids[0]),
            "questions-1-id": str(ids[1]),
            "questions-1-label": "B modifiée",
        }
    )
    assert staff_client.post(edit, data).status_code == 302
    assert list(questionnaire.questions.values_list("pk", flat=True)) == ids
