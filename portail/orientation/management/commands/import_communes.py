"""Import the communes of the configured département (idempotent)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portail.orientation import conf
from portail.orientation.importer import (
    SourceError,
    export_trimmed,
    import_records,
    read_source,
)


class Command(BaseCommand):
    help = (
        "Importe les communes du département (code INSEE, codes postaux, intercommunalité, "
        "arrondissement) depuis @etalab/decoupage-administratif. Relancer ne change rien."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--departement",
            default=conf.DEPARTEMENT,
            help="Code du département (par défaut : réglage DEPARTEMENT).",
        )
        parser.add_argument(
            "--source", type=Path, help="Dossier data/ d'Etalab ou fichier réduit communes-XX.json."
        )
        parser.add_argument(
            "--export",
            type=Path,
            metavar="FICHIER",
            help="Écrire le fichier réduit au lieu d'importer.",
        )

    def handle(self, *args, **options):
        departement = options["departement"]
        try:
            records, source = read_source(departement, options["source"])
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        if not records:
            raise CommandError(f"Aucune commune du département {departement} dans {source}.")
        verbose = options["verbosity"] > 0
        if verbose:
            self.stdout.write(
                f"{len(records)} communes du département {departement} lues dans {source}."
            )
        if options["export"]:
            export_trimmed(records, departement, options["export"])
            self.stdout.write(self.style.SUCCESS(f"Fichier écrit : {options['export']}"))
            return

        def progress(done, total):
            if verbose:
                self.stdout.write(f"  {done}/{total} communes traitées")

        counts = import_records(records, progress)
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Communes : {counts['created']} créées, {counts['updated']} mises à jour, "
                    f"{counts['unchanged']} inchangées."
                )
            )
