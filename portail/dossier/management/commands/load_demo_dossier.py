from django.core.management.base import BaseCommand
from django.db import transaction

from portail.dossier import demo


class Command(BaseCommand):
    help = "Charge les dossiers de démonstration (idempotent)."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        with transaction.atomic():
            demo.load(self.stdout if verbosity else None)
        if verbosity:
            self.stdout.write("Comptes de démonstration de l'espace personnel :")
            for email, _first, _last, role, _staff in demo.PEOPLE:
                line = f"  {email} / {demo.PASSWORD} ({role})"
                if email in demo.PRO_TOTP:
                    line += f" – secret TOTP : {demo.PRO_TOTP[email]}"
                self.stdout.write(line)
