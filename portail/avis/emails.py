"""Emails sent by the avis app (plain text, French)."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from portail.avis import conf


def send(template, to, context, attachments=()):
    subject, _sep, body = render_to_string(template, context).strip().partition("\n")
    message = EmailMessage(subject.strip(), body.strip() + "\n", conf.FROM_EMAIL, [to])
    for attachment in attachments:
        message.attach(*attachment)
    message.send(fail_silently=False)
