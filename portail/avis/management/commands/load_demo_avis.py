"""Demo questionnaires with generated answers, committees, suggestions, réclamations."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from portail.avis import demo
from portail.avis.models import Committee, Questionnaire


class Command(BaseCommand):
    help = "Charge les données de démonstration de « Donner mon avis » (idempotent)."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        now = timezone.now()
        with transaction.atomic():
            permanent, created = demo.ensure_questionnaire(
                "votre-avis",
                "Votre avis sur l'accompagnement (démonstration)",
                mode=Questionnaire.Mode.PERMANENT,
            )
            if created:
                count = demo.generate_answers(permanent, 200, seed=91)
                self._say(verbose, f"Questionnaire permanent : {count} réponses générées.")
            campaign, created = demo.ensure_questionnaire(
                "enquete-satisfaction",
                "Enquête de satisfaction (démonstration)",
                mode=Questionnaire.Mode.CAMPAIGN,
                opens_at=now - datetime.timedelta(days=120),
                closes_at=now + datetime.timedelta(days=60),
            )
            if created:
                count = demo.generate_answers(campaign, 300, seed=2026)
                self._say(verbose, f"Campagne : {count} réponses générées.")
            ase, _created = demo.ensure_committee(
                "comite-usagers-ase",
                "Comité des usagers de l'ASE (démonstration)",
                "Parents et jeunes accompagnés par l'aide sociale à l'enfance donnent leur "
                "avis sur les documents, l'accueil et les procédures.",
                "Des parents, des jeunes de plus de 15 ans et d'anciens bénéficiaires, avec "
                "deux cadres du Département.",
                Committee.Selection.CANDIDATURE,
            )
            if demo.ensure_sessions(ase):
                self._say(verbose, "Comité ASE : 2 réunions, dont une complète.")
            demo.ensure_committee(
                "comite-utilisateurs-pmi",
                "Comité d'utilisateurs de la PMI (démonstration)",
                "Échanger sur les consultations, l'accueil et les ateliers de PMI.",
                "Des parents suivis par la PMI et des professionnels des centres.",
                Committee.Selection.DESIGNATION,
            )
            if demo.ensure_feedback():
                self._say(verbose, "Suggestions et réclamations de démonstration créées.")
        self._say(verbose, "Avis : données de démonstration prêtes.")

    def _say(self, verbose, text):
        if verbose:
            self.stdout.write(text)
