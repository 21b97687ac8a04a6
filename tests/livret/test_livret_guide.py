"""Guide 15+: anyone reads and prints; a signed-in young person's ticks are private."""

import pytest
from bs4 import BeautifulSoup

from portail.livret.models import GuideProgress

pytestmark = pytest.mark.django_db


def steps_url(guide):
    return f"{guide.url}etapes/"


def checked_ids(response):
    page = BeautifulSoup(response.content, "html.parser")
    return {box["value"] for box in page.select("input[name=steps][checked]")}


def test_guide_renders_timeline_and_checklist_for_anyone(client, small_content):
    guide = small_content["guide"]
    response = client.get(guide.url)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select("ol.timeline li")
    boxes = page.select("input[type=checkbox][name=steps]")
    assert {box["value"] for box in boxes} == guide.step_ids()
    for box in boxes:  # every box has its label
        assert page.find("label", attrs={"for": box["id"]})
    assert not page.select("input[name=csrfmiddlewaretoken]")  # cacheable for anonymous
    assert response["X-Page-Cache"] == "miss"


def test_anonymous_cannot_save_ticks(client, small_content):
    guide = small_content["guide"]
    step = next(iter(guide.step_ids()))
    response = client.post(steps_url(guide), {"steps": [step]})
    assert response.status_code == 302
    assert "/compte/" in response["Location"]
    assert GuideProgress.objects.count() == 0


def test_ticks_are_saved_privately(client, small_content, make_user):
    guide = small_content["guide"]
    first, second = sorted(guide.step_ids())
    alice, bob = make_user("alice@example.com"), make_user("bob@example.com")

    client.force_login(alice)
    response = client.post(steps_url(guide), {"steps": [first]})
    assert response.status_code == 302
    page = client.get(guide.url)
    assert checked_ids(page) == {first}
    assert "X-Page-Cache" not in page  # personal: never cached
    assert "no-store" in page["Cache-Control"]

    client.force_login(bob)
    assert checked_ids(client.get(guide.url)) == set()
    client.post(steps_url(guide), {"steps": [second]})
    # Bob's form save does not touch Alice's ticks.
    assert set(GuideProgress.objects.filter(user=alice).values_list("step_id", flat=True)) == {
        first
    }
    assert set(GuideProgress.objects.filter(user=bob).values_list("step_id", flat=True)) == {second}

    # Unticking by form removes only one's own tick.
    client.post(steps_url(guide), {})
    assert not GuideProgress.objects.filter(user=bob).exists()
    assert GuideProgress.objects.filter(user=alice).count() == 1


def test_single_tick_endpoint_for_javascript(client, small_content, make_user):
    guide = small_content["guide"]
    step = sorted(guide.step_ids())[0]
    user = make_user("jeune@example.com")
    client.force_login(user)
    response = client.post(steps_url(guide), {"step": step, "checked": "1"})
    assert response.json() == {"step": step, "checked": True}
    assert GuideProgress.objects.filter(user=user, step_id=step).exists()
    client.post(steps_url(guide), {"step": step, "checked": "0"})
    assert not GuideProgress.objects.filter(user=user).exists()
    # A step that is not in this guide does not exist.
    assert (
        client.post(steps_url(guide), {"step": "pas-une-etape", "checked": "1"}).status_code == 404
    )
    assert client.get(steps_url(guide)).status_code == 405
