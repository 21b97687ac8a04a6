"""Load the whole demo site: the socle first, then each app's own demo command."""

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import transaction

from portail.core import demo

# Order matters: annuaire before livret (contacts), livret before dossier (mesures).
APP_DEMO_COMMANDS = [
    "load_demo_orientation",
    "load_demo_livret",
    "load_demo_dossier",
    "load_demo_avis",
    "load_demo_chat",
]


class Command(BaseCommand):
    help = "Charge le site de démonstration (idempotent : le relancer ne change rien)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-apps",
            action="store_true",
            help="Ne charger que le socle (accueil, pages du pied de page).",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        with transaction.atomic():
            home = demo.ensure_home(settings.WAGTAIL_SITE_NAME, settings.DEPARTEMENT_NAME)
            footer = {
                slug: demo.ensure_standard_page(home, slug, title, intro, sections)
                for slug, (title, intro, sections) in demo.FOOTER_PAGES.items()
            }
            demo.ensure_settings(home, settings.DEPARTEMENT_NAME, footer)
            _, created = demo.ensure_admin()
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Socle : accueil, pages et réglages prêts."))
        if not options["skip_apps"]:
            available = get_commands()
            for name in APP_DEMO_COMMANDS:
                if name in available:
                    if verbosity:
                        self.stdout.write(f"→ {name}")
                    call_command(name, verbosity=verbosity)
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Administrateur de démonstration : {demo.DEMO_ADMIN_EMAIL} / "
                    f"{demo.DEMO_ADMIN_PASSWORD} (/{settings.WAGTAIL_ADMIN_PATH}) – "
                    f"secret TOTP : {demo.DEMO_ADMIN_TOTP_SECRET}"
                )
            )
