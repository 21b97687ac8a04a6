"""Write the published FAQ into the assistant's retrieval-intent files (one source)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portail.chat.faq_export import live_entries, render


class Command(BaseCommand):
    help = (
        "Exporte les questions fréquentes publiées vers assistant/data/nlu/faq_generated.yml "
        "et assistant/domain/faq_generated.yml."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(Path(settings.BASE_DIR) / "assistant"),
            help="Dossier du projet Rasa (assistant/ par défaut).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Ne rien écrire ; échouer si les fichiers ne sont pas à jour.",
        )

    def handle(self, *args, **options):
        root = Path(options["output_dir"])
        entries = live_entries()
        stale = []
        for relative, content in render(entries).items():
            path = root / relative
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current == content:
                continue
            stale.append(relative)
            if not options["check"]:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
        if options["check"] and stale:
            raise CommandError(
                "Fichiers de l'assistant périmés : "
                + ", ".join(stale)
                + ". Lancez « manage.py export_faq_rasa » puis réentraînez l'assistant."
            )
        if options["verbosity"]:
            state = "à jour" if not stale else "écrits : " + ", ".join(stale)
            self.stdout.write(
                self.style.SUCCESS(f"{len(entries)} questions fréquentes exportées ({state}).")
            )
