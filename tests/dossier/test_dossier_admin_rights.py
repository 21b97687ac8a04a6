"""Staff side: every admin URL of a dossier model is scoped (404 outside one's rights) and
every display of a dossier object in the admin is written to the access log."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from portail.dossier.models import (
    AccessLog,
    AccessRequest,
    Expression,
    Invitation,
    SituationReport,
)

OBJECT_ACTIONS = ["edit", "inspect", "delete", "history", "history-results", "usage"]
GUESSED_ID = 999999


def access_request(full_name, territory=None, child=None):
    return AccessRequest.objects.create(
        full_name=full_name,
        email="demande@example.org",
        relation="parent",
        concerned_person=full_name,
        concerned_birth_date=datetime.date(2010, 1, 1),
        territory=territory,
        child=child,
    )


def add_admin_objects(world, key):
    """One of every admin-managed object for family `key`, by admin URL prefix."""
    fam = world[key]
    child = fam["child"]
    invitation = Invitation(
        email=f"invite-{key}@example.org",
        first_name="Invite",
        last_name=f"Invitee{key}",
        role="parent",
        child=child,
    )
    invitation.new_token()
    invitation.save()
    log = AccessLog.objects.create(
        user=fam["parent"],
        user_label="x",
        role="parent",
        child=child,
        object_type="home",
        label=f"Journal{key}",
    )
    return {
        "child": child,
        "parentlink": child.parent_links.get(),
        "assignment": child.assignments.get(),
        "mesure": child.mesures.get(),
        "entry": fam["entry"],
        "document": fam["document"],
        "decision": fam["decision"],
        "meeting": fam["meeting"],
        "ppe": fam["ppe"],
        "situationreport": SituationReport.objects.create(
            child=child, title=f"Rapport{key}", year=2025, body="contenu"
        ),
        "expression": Expression.objects.create(
            child=child,
            meeting=fam["meeting"],
            author=fam["parent"],
            author_role="parent",
            text=f"MonAvis{key}",
        ),
        "invitation": invitation,
        "accesslog": log,
        "accessrequest": access_request(f"Demandeur{key}", child.territory, child),
    }


def admin_urls(prefix, pk):
    urls = [f"/gestion/dossier/{prefix}/{action}/{pk}/" for action in OBJECT_ACTIONS]
    if prefix == "document":
        urls.append(f"/gestion/dossier/document/download/{pk}/")
    return urls


@pytest.fixture
def admin_world(world):
    world["objects"] = {key: add_admin_objects(world, key) for key in ("a", "b")}
    return world


def leaks_of(world, key):
    fam = world[key]
    return [
        fam["child"].last_name,
        fam["entry"].title,
        fam["decision"].title,
        f"Rapport{key}",
        f"MonAvis{key}",
        f"Invitee{key}",
        f"Demandeur{key}",
        f"Journal{key}",
    ]


@pytest.mark.parametrize("staff", ["referent_a", "cadre_north"])
def test_admin_urls_of_another_dossier_answer_404_without_leak(client, admin_world, staff):
    client.force_login(admin_world[staff])
    for prefix, obj in admin_world["objects"]["b"].items():
        for url in admin_urls(prefix, obj.pk) + admin_urls(prefix, GUESSED_ID):
            response = client.get(url)
            assert response.status_code == 404, (staff, url, response.status_code)
            body = response.content
            for leak in leaks_of(admin_world, "b"):
                assert leak.encode() not in body, (staff, url, leak)
        # A delete posted against another family's object changes nothing.
        assert client.post(f"/gestion/dossier/{prefix}/delete/{obj.pk}/").status_code == 404
        assert type(obj).objects.filter(pk=obj.pk).exists()
    assert not AccessLog.objects.filter(user=admin_world[staff]).exists()


def test_admin_urls_of_own_dossier_open_for_the_referent(client, admin_world):
    client.force_login(admin_world["referent_a"])
    for prefix in ("child", "entry", "document", "decision", "meeting", "ppe", "situationreport"):
        obj = admin_world["objects"]["a"][prefix]
        for action in ("edit", "inspect", "history", "usage"):
            url = f"/gestion/dossier/{prefix}/{action}/{obj.pk}/"
            assert client.get(url).status_code == 200, url
    inspect = client.get(
        f"/gestion/dossier/expression/inspect/{admin_world['objects']['a']['expression'].pk}/"
    )
    assert inspect.status_code == 200 and "MonAvisa" in inspect.content.decode()


LOGGED_PREFIXES = [
    "child",
    "entry",
    "document",
    "decision",
    "meeting",
    "ppe",
    "situationreport",
    "expression",
    "accessrequest",
]


@pytest.mark.parametrize(
    ("staff", "role"),
    [("referent_a", "professionnel"), ("cadre_north", "cadre"), ("admin", "admin")],
)
def test_every_admin_display_is_logged_with_the_staff_role(client, admin_world, staff, role):
    user = admin_world[staff]
    client.force_login(user)
    objects = admin_world["objects"]["a"]
    child = admin_world["a"]["child"]
    for prefix in LOGGED_PREFIXES:
        if prefix == "accessrequest" and staff == "referent_a":
            continue  # référents do not handle access requests (see test below)
        obj = objects[prefix]
        for action in ("inspect", "edit"):
            before = AccessLog.objects.count()
            response = client.get(f"/gestion/dossier/{prefix}/{action}/{obj.pk}/")
            if response.status_code == 302:  # read-only models: no edit view allowed
                continue
            assert response.status_code == 200, (prefix, action)
            assert AccessLog.objects.count() == before + 1, (prefix, action)
            log = AccessLog.objects.order_by("-id").first()
            assert (log.user, log.role, log.child, log.object_id) == (user, role, child, obj.pk)
            assert log.object_type == f"admin_{prefix}"
            assert log.ip_prefix == "127.0.0.0/24"
            assert str(obj)[:20] in log.label
    entry_log = AccessLog.objects.filter(user=user, object_type="admin_entry").first()
    assert entry_log.section == "educatif"
    # The family sees the staff read in "Qui a consulté".
    client.force_login(admin_world["a"]["parent"])
    page = client.get(reverse("dossier:consultations", args=[child.pk])).content.decode()
    assert user.get_full_name() in page and objects["entry"].title in page


def test_admin_document_download_is_authorised_and_logged(client, admin_world):
    a = admin_world["a"]
    client.force_login(admin_world["referent_a"])
    edit = client.get(f"/gestion/dossier/document/edit/{a['document'].pk}/").content.decode()
    download_url = f"/gestion/dossier/document/download/{a['document'].pk}/"
    assert download_url in edit  # the widget links to the logged view, never to a file path
    response = client.get(download_url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= {v.strip() for v in response["Cache-Control"].split(",")}
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    log = AccessLog.objects.get(object_type="document", user=admin_world["referent_a"])
    assert (log.role, log.object_id, log.section) == ("professionnel", a["document"].pk, "educatif")
    # The document stays editable without a new file.
    response = client.post(
        f"/gestion/dossier/document/edit/{a['document'].pk}/",
        {
            "child": a["child"].pk,
            "section": "educatif",
            "title": "Titre modifié",
            "audience": "both",
        },
    )
    assert response.status_code == 302
    a["document"].refresh_from_db()
    assert a["document"].title == "Titre modifié" and a["document"].file


def test_access_requests_are_visible_to_the_territory_cadres_and_superusers(client, admin_world):
    north_request = admin_world["objects"]["a"]["accessrequest"]
    south_request = admin_world["objects"]["b"]["accessrequest"]
    unknown = access_request("Inconnu Territoire")
    expected = {
        "referent_a": set(),
        "referent_b": set(),
        "cadre_north": {north_request, unknown},
        "admin": {north_request, south_request, unknown},
    }
    for staff, visible in expected.items():
        client.force_login(admin_world[staff])
        index = client.get("/gestion/dossier/accessrequest/")
        body = index.content.decode() if index.status_code == 200 else ""
        for item in (north_request, south_request, unknown):
            url = f"/gestion/dossier/accessrequest/inspect/{item.pk}/"
            status = client.get(url).status_code
            edit_status = client.get(f"/gestion/dossier/accessrequest/edit/{item.pk}/").status_code
            if item in visible:
                assert (status, edit_status) == (200, 200), (staff, item)
                assert item.full_name in body, (staff, item)
            else:
                assert (status, edit_status) == (404, 404), (staff, item)
                assert item.full_name not in body, (staff, item)


def test_cadre_cannot_move_a_request_to_another_territory(client, admin_world):
    north_request = admin_world["objects"]["a"]["accessrequest"]
    south = admin_world["b"]["child"].territory
    client.force_login(admin_world["cadre_north"])
    form = client.get(f"/gestion/dossier/accessrequest/edit/{north_request.pk}/").content.decode()
    assert f'value="{south.pk}"' not in form


def test_access_request_from_a_known_family_goes_to_its_territory(client, admin_world):
    a = admin_world["a"]
    client.force_login(a["parent"])
    response = client.post(
        reverse("dossier:access_request"),
        {
            "full_name": "Parent Connu",
            "email": "parent-a@example.org",
            "relation": "parent",
            "concerned_person": "Mon enfant",
            "concerned_birth_date": "2010-05-01",
            "whole_file": "on",
        },
    )
    assert response.status_code == 302
    created = AccessRequest.objects.get(full_name="Parent Connu")
    assert created.territory == a["child"].territory and created.child == a["child"]
    client.force_login(admin_world["cadre_north"])
    assert "Parent Connu" in client.get("/gestion/dossier/accessrequest/").content.decode()
    client.force_login(admin_world["referent_b"])
    assert "Parent Connu" not in client.get("/gestion/dossier/accessrequest/").content.decode()
    assert timezone.now() >= created.created_at
