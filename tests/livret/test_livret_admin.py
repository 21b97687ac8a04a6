"""Editors' side: snippet listings with filters, edit forms, previews, page editor."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, admin_user):
    # Staff accounts must have a second factor before reaching the admin.
    Authenticator.objects.create(
        user=admin_user, type=Authenticator.Type.TOTP, data={"secret": "demo"}
    )
    client.force_login(admin_user)
    return client


def test_snippet_listings_filters_and_edit_forms(editor, small_content):
    objects = [
        *small_content["snippets"].values(),
        small_content["entries"][0],
        small_content["terms"][0],
        small_content["theme"],
    ]
    for obj in objects:
        viewset = obj.snippet_viewset
        listing = editor.get(reverse(viewset.get_url_name("list")), {"live": "true"})
        assert listing.status_code == 200, viewset
        edit = editor.get(reverse(viewset.get_url_name("edit"), args=[obj.pk]))
        assert edit.status_code == 200, viewset
    entry = small_content["entries"][0]
    preview_url = reverse(entry.snippet_viewset.get_url_name("preview_on_edit"), args=[entry.pk])
    assert editor.get(preview_url).status_code == 200


def test_menu_group_and_page_editor(editor, small_content):
    html = editor.get("/gestion/").content.decode()
    assert "Contenus du livret" in html
    livret = small_content["livrets"]["aed"]
    assert editor.get(f"/gestion/pages/{livret.pk}/edit/").status_code == 200
    guide = small_content["guide"]
    assert editor.get(f"/gestion/pages/{guide.pk}/edit/").status_code == 200
