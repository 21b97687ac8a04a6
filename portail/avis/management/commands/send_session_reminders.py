"""Send reminder emails (with the .ics file) before committee sessions."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from portail.avis import conf
from portail.avis.committee_services import notify
from portail.avis.models import Registration


class Command(BaseCommand):
    help = "Envoie les rappels des réunions de comité qui ont lieu bientôt."

    def handle(self, *args, **options):
        now = timezone.now()
        due = Registration.objects.filter(
            status__in=Registration.SEATED,
            reminder_sent_at__isnull=True,
            session__starts_at__gt=now,
            session__starts_at__lte=now + datetime.timedelta(hours=conf.SESSION_REMINDER_HOURS),
        ).select_related("session__committee")
        sent = 0
        for registration in due:
            notify(registration, reminder=True)
            Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=now)
            sent += 1
        if options["verbosity"]:
            self.stdout.write(f"{sent} rappel(s) envoyé(s).")
