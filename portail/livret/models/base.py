"""Shared base for snippets that editors review before publishing."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search.queryset import SearchableQuerySetMixin


class LiveQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)


class ReviewedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model
):
    """Draft → review → publish. The row holds the published content; drafts live in revisions."""

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    objects = LiveQuerySet.as_manager()

    preview_template = "livret/snippet_preview.html"

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        return {"object": self, "kind": self._meta.verbose_name}
