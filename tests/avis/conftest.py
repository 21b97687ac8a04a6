"""Fixtures of the avis tests: questionnaires built in code, like editors would."""

import datetime

import pytest
from django.utils import timezone

from portail.avis.models import Condition, Question, Questionnaire

K = Question.Kind


def build_questionnaire(slug="test-q", **options):
    options.setdefault("title", "Questionnaire de test")
    questionnaire = Questionnaire.objects.create(slug=slug, **options)
    specs = [
        ("territoire", K.SINGLE, "Nord\nSud", False, "territory"),
        ("satisfait", K.SCALE, "", True, ""),
        ("informe", K.YESNO, "", True, ""),
        ("manque", K.MULTIPLE, "Documents\nTéléphone\nRendez-vous", True, ""),
        ("comite", K.YESNO, "", False, ""),
        ("sujet", K.SHORT, "", True, ""),
        ("enfants", K.NUMBER, "", False, ""),
        ("commentaire", K.LONG, "", False, ""),
    ]
    for order, (code, kind, choices, required, profile) in enumerate(specs):
        Question.objects.create(
            questionnaire=questionnaire,
            sort_order=order,
            code=code,
            kind=kind,
            label=f"Question {code}",
            choices=choices,
            required=required,
            profile=profile,
            allow_other=code == "manque",
            publish_results=kind not in Question.TEXT_KINDS,
            section="Partie 2" if code == "comite" else "",
        )
    # manque shown if informe = non; sujet shown if comite = oui AND informe = non.
    for order, (target, dep, value) in enumerate(
        [("manque", "informe", "non"), ("sujet", "comite", "oui"), ("sujet", "informe", "non")]
    ):
        Condition.objects.create(
            questionnaire=questionnaire,
            sort_order=order,
            question_code=target,
            depends_on=dep,
            value=value,
        )
    return questionnaire


@pytest.fixture
def questionnaire(db):
    return build_questionnaire()


@pytest.fixture
def campaign_factory(db):
    def make(slug, **options):
        now = timezone.now()
        options.setdefault("mode", Questionnaire.Mode.CAMPAIGN)
        options.setdefault("opens_at", now - datetime.timedelta(days=1))
        options.setdefault("closes_at", now + datetime.timedelta(days=1))
        return build_questionnaire(slug, **options)

    return make


@pytest.fixture
def family_user(db, django_user_model):
    return django_user_model.objects.create_user(
        email="parent@example.org", password="motdepasse-solide-42"
    )


@pytest.fixture
def valid_post():
    def make(**extra):
        data = {"q-territoire": "Nord", "q-satisfait": "4", "q-informe": "oui", "q-comite": "non"}
        data.update(extra)
        return data

    return make


def make_staff(django_user_model, email="admin@example.org"):
    """A superuser with a TOTP device, as the admin requires for staff."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt

    admin = django_user_model.objects.create_superuser(email=email, password="x-solide-42")
    Authenticator.objects.create(
        user=admin,
        type=Authenticator.Type.TOTP,
        data={"secret": encrypt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")},
    )
    return admin


@pytest.fixture
def staff_user(db, django_user_model):
    return make_staff(django_user_model)


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    """The Redis cache outlives test runs: counters would leak from one run to the next."""
    settings.RATELIMIT_ENABLE = False
