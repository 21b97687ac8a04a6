"""Donner mon avis: questionnaires, suggestions and réclamations, user committees, ODPE.

Scheduled commands (run them once a day from cron or a systemd timer):

- ``manage.py purge_avis_edit_links``: once a campaign has closed, deletes the drafts and
  edit keys that linked a signed-in person to their anonymous response
  (see ``services.purge_edit_links``).
- ``manage.py send_session_reminders``: reminder emails before committee sessions.

Invitation links are created in the admin (questionnaire listing, « Créer des liens
d'invitation »: downloaded once as a CSV) or with ``manage.py create_avis_invitations``.
Public forms are limited to 20 POSTs per hour and per address; over the limit the form
comes back with HTTP 429, a French message and everything that was typed.
"""
