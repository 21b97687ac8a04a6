"""Demo livrets, guide, FAQ and glossary (idempotent: running it twice changes nothing)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portail.livret.demo import load_all


class Command(BaseCommand):
    help = "Charge les livrets, le guide 15 ans et plus, la FAQ et le glossaire de démonstration."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]

        def out(message):
            if verbosity:
                self.stdout.write(message)

        with transaction.atomic():
            load_all(out)
        out(self.style.SUCCESS("Livret : contenus de démonstration prêts."))
