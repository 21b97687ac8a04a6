"""Print N single-use invitation links for a questionnaire (only hashes are stored)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from portail.avis.models import Questionnaire
from portail.avis.services import create_invitations


class Command(BaseCommand):
    help = "Crée des liens d'invitation à usage unique et les affiche (une seule fois)."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("count", type=int)

    def handle(self, *args, slug, count, **options):
        questionnaire = Questionnaire.objects.filter(slug=slug).first()
        if questionnaire is None:
            raise CommandError(f"Aucun questionnaire « {slug} ».")
        if questionnaire.audience != Questionnaire.Audience.INVITATION:
            raise CommandError("Ce questionnaire n'est pas réservé aux invitations.")
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for token in create_invitations(questionnaire, count):
            path = reverse("avis:questionnaire_invitation", args=[slug, token])
            self.stdout.write(base + path)
