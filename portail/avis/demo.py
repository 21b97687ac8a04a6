"""Demonstration content for the avis app (used by `load_demo_avis`)."""

import datetime
import random

from django.utils import timezone

from .models import (
    Answer,
    Committee,
    CommitteeMember,
    CommitteeSession,
    Condition,
    Question,
    Questionnaire,
    Reclamation,
    Registration,
    Response,
    Suggestion,
)
from .services import sha256

TERRITORIES = ["Nord-Essonne", "Centre-Essonne", "Sud-Essonne", "Val-de-Seine"]
MESURES = [
    "Accueil en famille d'accueil",
    "Accueil en établissement",
    "Aide éducative à domicile",
    "Suivi de PMI",
]
Kind = Question.Kind

QUESTIONS = [
    # code, section, label, kind, choices, required, profile, publish, allow_other
    (
        "territoire",
        "Vous",
        "Où habitez-vous ?",
        Kind.SINGLE,
        TERRITORIES,
        False,
        "territory",
        False,
        False,
    ),
    (
        "mesure",
        "",
        "Quel accompagnement avez-vous ?",
        Kind.SINGLE,
        MESURES,
        False,
        "mesure",
        False,
        False,
    ),
    (
        "accueil",
        "Votre avis",
        "Êtes-vous satisfait de l'accueil ?",
        Kind.SCALE,
        [],
        True,
        "",
        True,
        False,
    ),
    ("informe", "", "Vous sentez-vous bien informé ?", Kind.YESNO, [], True, "", True, False),
    (
        "manque",
        "",
        "Qu'est-ce qui vous a manqué ?",
        Kind.MULTIPLE,
        [
            "Savoir qui fait quoi",
            "Des documents plus clairs",
            "Un numéro à appeler",
            "Des rendez-vous plus fréquents",
        ],
        False,
        "",
        True,
        True,
    ),
    ("enfants", "", "Combien d'enfants sont concernés ?", Kind.NUMBER, [], False, "", False, False),
    (
        "comite",
        "",
        "Aimeriez-vous participer à un comité d'usagers ?",
        Kind.YESNO,
        [],
        False,
        "",
        True,
        False,
    ),
    (
        "comite-sujet",
        "",
        "De quel sujet aimeriez-vous parler ?",
        Kind.SHORT,
        [],
        False,
        "",
        False,
        False,
    ),
    (
        "commentaire",
        "Pour finir",
        "Voulez-vous ajouter quelque chose ?",
        Kind.LONG,
        [],
        False,
        "",
        False,
        False,
    ),
]
CONDITIONS = [
    ("manque", "informe", "non"),
    ("comite-sujet", "comite", "oui"),
    ("comite-sujet", "informe", "non"),
]


def ensure_questionnaire(slug, title, *, mode, opens_at=None, closes_at=None):
    questionnaire, created = Questionnaire.objects.get_or_create(
        slug=slug,
        defaults={
            "title": title,
            "mode": mode,
            "opens_at": opens_at,
            "closes_at": closes_at,
            "intro": "Questionnaire de démonstration. Il prend environ 3 minutes.",
            "theme": Questionnaire.Theme.ASE,
            "one_answer_only": False,
        },
    )
    if created:
        for order, (
            code,
            section,
            label,
            kind,
            choices,
            required,
            profile,
            publish,
            other,
        ) in enumerate(QUESTIONS):
            Question.objects.create(
                questionnaire=questionnaire,
                sort_order=order,
                code=code,
                section=section,
                label=label,
                kind=kind,
                choices="\n".join(choices),
                required=required,
                profile=profile,
                publish_results=publish,
                allow_other=other,
            )
        for order, (target, dep, value) in enumerate(CONDITIONS):
            Condition.objects.create(
                questionnaire=questionnaire,
                sort_order=order,
                question_code=target,
                depends_on=dep,
                value=value,
            )
    return questionnaire, created


def generate_answers(questionnaire, count, seed):
    """Deterministic fake answers, inserted in bulk."""
    rng = random.Random(seed)
    questions = {q.code: q for q in questionnaire.questions.all()}
    today = timezone.localdate()
    responses = Response.objects.bulk_create(
        [
            Response(
                questionnaire=questionnaire,
                submitted_on=today - datetime.timedelta(days=rng.randrange(0, 120)),
                territory=rng.choice(TERRITORIES),
                mesure=rng.choice(MESURES),
            )
            for _ in range(count)
        ]
    )
    if not responses or responses[0].pk is None:  # backends without RETURNING
        responses = list(Response.objects.filter(questionnaire=questionnaire).order_by("pk"))
    rows = []
    for response in responses:

        def add(code, response=response, **values):
            rows.append(
                Answer(response=response, question=questions[code], question_code=code, **values)
            )

        add("territoire", choice=response.territory)
        add("mesure", choice=response.mesure)
        add("accueil", choice=str(rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 6, 4])[0]))
        informed = rng.random() < 0.6
        add("informe", choice="oui" if informed else "non")
        if not informed:
            for choice in rng.sample(questions["manque"].choice_list, rng.randint(1, 2)):
                add("manque", choice=choice)
        add("enfants", number=rng.randint(1, 4))
        add("comite", choice=rng.choice(["oui", "non"]))
    Answer.objects.bulk_create(rows, batch_size=2000)
    return len(responses)


def ensure_committee(slug, name, purpose, composition, selection):
    committee, created = Committee.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name,
            "purpose": purpose,
            "composition": composition,
            "selection": selection,
        },
    )
    return committee, created


def ensure_sessions(committee):
    if committee.sessions.exists():
        return False
    start = (timezone.now() + datetime.timedelta(days=21)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    full = CommitteeSession.objects.create(
        committee=committee,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place="Maison départementale des solidarités d'Évry (démonstration)",
        theme="Le livret d'accueil : ce qui est clair, ce qui ne l'est pas",
        capacity=3,
    )
    later = start + datetime.timedelta(days=60)
    CommitteeSession.objects.create(
        committee=committee,
        starts_at=later,
        ends_at=later + datetime.timedelta(hours=2),
        place="Hôtel du Département, Évry (démonstration)",
        theme="L'accès au dossier personnel",
        capacity=12,
    )
    people = ["Camille (démo)", "Sami (démo)", "Nadia (démo)", "Léo (démo)", "Inès (démo)"]
    for index, name in enumerate(people):
        Registration.objects.create(
            session=full,
            name=name,
            email=f"participant{index}@example.org",
            consent=True,
            status=Registration.Status.ACCEPTED if index < 3 else Registration.Status.WAITING,
            queued_at=timezone.now(),
            name_public=index == 0,
        )
    CommitteeMember.objects.create(
        committee=committee, name="Camille (démo)", role="Parent représentant", name_public=True
    )
    return True


def ensure_feedback():
    if Suggestion.objects.exists() or Reclamation.objects.exists():
        return False
    now = timezone.now()
    Suggestion.objects.create(
        topic="information", text="Mettre les horaires des MDS sur le site. (démonstration)"
    )
    Suggestion.objects.create(
        topic="accueil",
        text="Une salle d'attente avec des jeux pour les petits. (démonstration)",
        status="answered",
        staff_note="Proposé aux MDS.",
        led_to_change=True,
        created_at=now - datetime.timedelta(days=30),
    )
    Reclamation.objects.create(
        topic="accueil",
        subject="Rendez-vous annulé sans prévenir",
        description="Démonstration : rendez-vous annulé le jour même.",
        secret_hash=sha256("demo-reclamation-1"),
        created_at=now - datetime.timedelta(days=10),
    )
    Reclamation.objects.create(
        topic="information",
        subject="Courrier difficile à comprendre",
        description="Démonstration : courrier sans explication.",
        secret_hash=sha256("demo-reclamation-2"),
        answer="Nous avons revu ce modèle de courrier. (démonstration)",
        created_at=now - datetime.timedelta(days=40),
    )
    return True
