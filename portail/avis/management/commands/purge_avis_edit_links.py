"""Cut the draft-to-response links of closed campaigns (run daily, e.g. from cron).

While a campaign allows edits, a signed-in person's draft and their anonymous response
share an edit key. Once the campaign closes, this command deletes the drafts and the
keys so that no link between a person and an answer remains.
"""

from django.core.management.base import BaseCommand

from portail.avis.services import purge_edit_links


class Command(BaseCommand):
    help = "Supprime les liens brouillon-réponse des campagnes fermées (à lancer chaque jour)."

    def handle(self, *args, **options):
        purged = purge_edit_links()
        if options["verbosity"]:
            self.stdout.write(f"{purged} brouillon(s) supprimé(s) après fermeture.")
