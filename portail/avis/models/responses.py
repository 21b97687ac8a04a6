"""Stored answers. A `Response` never points at a person; see `ParticipationMarker`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .questionnaires import Question, Questionnaire


class Response(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="responses"
    )
    # Day only: the exact time could help re-identify someone against server logs.
    submitted_on = models.DateField(_("date de réponse"), db_index=True)
    # Copied from the profile questions so results can be filtered cheaply.
    territory = models.CharField(_("territoire"), max_length=200, blank=True, db_index=True)
    mesure = models.CharField(_("mesure"), max_length=200, blank=True, db_index=True)
    # sha256 of a random token held in the author's draft while editing is allowed;
    # cleared when the campaign closes (see services.purge_edit_links).
    edit_key_hash = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        verbose_name = _("réponse")
        verbose_name_plural = _("réponses")
        indexes = [models.Index(fields=["questionnaire", "submitted_on"])]

    def __str__(self):
        return f"{self.questionnaire_id} – {self.submitted_on}"


class Answer(models.Model):
    """One value; a multiple-choice question gives one row per ticked choice."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    # SET_NULL keeps answers if an editor deletes a question; the code stays readable.
    question = models.ForeignKey(
        Question, on_delete=models.SET_NULL, null=True, related_name="answers"
    )
    question_code = models.CharField(max_length=40)
    choice = models.CharField(max_length=200, blank=True)
    number = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("réponse à une question")
        indexes = [models.Index(fields=["question", "choice"])]

    def __str__(self):
        return self.question_code


class ParticipationMarker(models.Model):
    """Records *that* someone answered, never *what*: no link to the response."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="markers"
    )
    key_hash = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "key_hash"], name="avis_marker_unique")
        ]

    def __str__(self):
        return self.key_hash[:8]


class ResponseDraft(models.Model):
    """A signed-in person's work in progress (and edit key while edits are allowed)."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="drafts"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="avis_drafts"
    )
    data = models.JSONField(default=dict)
    edit_key = models.CharField(max_length=64, blank=True)
    submitted = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "user"], name="avis_draft_unique")
        ]

    def __str__(self):
        return f"{self.questionnaire_id} – {self.updated_at:%d/%m/%Y}"
