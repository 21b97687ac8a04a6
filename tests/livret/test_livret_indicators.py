"""Server-side counters and the small public functions used by the ODPE dashboard."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portail.livret import indicators
from portail.livret.models import PageViewCount

pytestmark = pytest.mark.django_db


def test_views_are_counted_per_page_and_day(client, small_content, settings):
    settings.LIVRET_VIEW_FLUSH_EVERY = 1
    livret = small_content["livrets"]["aed"]
    for _ in range(3):
        client.get(livret.url)  # cached after the first: still counted
    client.get(small_content["guide"].url)
    client.get("/glossaire/")  # not a livret page: not counted
    today = timezone.localdate()
    assert PageViewCount.objects.get(page=livret, date=today).views == 3
    rows = indicators.page_views(today - timedelta(days=1), today)
    assert {row["title"]: row["views"] for row in rows} == {
        livret.title: 3,
        small_content["guide"].title: 1,
    }
    assert indicators.total_views(today, today) == 4
    assert indicators.page_views(today - timedelta(days=9), today - timedelta(days=1)) == []


def test_views_are_buffered_then_written(client, small_content, settings):
    settings.LIVRET_VIEW_FLUSH_EVERY = 3
    livret = small_content["livrets"]["aed"]
    client.get(livret.url)
    client.get(livret.url)
    assert not PageViewCount.objects.filter(page=livret).exists()
    client.get(livret.url)
    assert PageViewCount.objects.get(page=livret).views == 3


def test_helpful_votes_indicator(client, small_content):
    livret = small_content["livrets"]["aed"]
    url = reverse("livret:helpful_vote", args=[livret.pk])
    for answer in ["oui", "oui", "non"]:
        client.post(url, {"helpful": answer})
    today = timezone.localdate()
    assert indicators.helpful_votes(today, today) == [
        {"page_id": livret.pk, "title": livret.title, "yes": 2, "no": 1}
    ]
