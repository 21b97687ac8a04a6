"""Demo places of the annuaire (idempotent: running it again changes nothing)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from portail.orientation import conf
from portail.orientation.demo import demo_plan, ensure_lieu
from portail.orientation.models import Commune


class Command(BaseCommand):
    help = "Charge les lieux de démonstration de l'annuaire (et les communes si besoin)."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        departement = conf.DEPARTEMENT
        if not Commune.objects.filter(departement_code=departement).exists():
            if verbose:
                self.stdout.write("Communes absentes : import…")
            call_command(
                "import_communes",
                departement=departement,
                verbosity=options["verbosity"],
                stdout=self.stdout._out,
            )
        plan = demo_plan(departement)
        created = 0
        with transaction.atomic():
            for number, (type_code, commune) in enumerate(plan, start=1):
                _, was_created = ensure_lieu(number, type_code, commune)
                created += was_created
                if verbose and (number % 20 == 0 or number == len(plan)):
                    self.stdout.write(f"  {number}/{len(plan)} lieux vérifiés")
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Annuaire : {created} lieux créés, {len(plan) - created} déjà présents."
                )
            )
