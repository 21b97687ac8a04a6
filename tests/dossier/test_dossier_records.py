"""Access log, downloads, uploads, export, query counts, requests, indicators, hooks."""

import io
import json
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from dossier_factories import PDF, add_document
from wagtail import hooks

from portail.dossier import indicators
from portail.dossier.models import AccessLog, AccessRequest, AppendOnlyError, Document, Expression
from portail.dossier.validators import validate_upload


def test_each_read_is_logged_and_shown_to_family(client, world):
    a = world["a"]
    client.force_login(world["referent_a"])
    client.get(reverse("dossier:section", args=[a["child"].pk, "educatif"]))
    client.force_login(a["parent"])
    client.get(reverse("dossier:download", args=[a["child"].pk, a["document"].pk]))
    logs = AccessLog.objects.filter(child=a["child"])
    assert logs.filter(user=world["referent_a"], role="professionnel", section="educatif").exists()
    doc_log = logs.get(object_type="document")
    assert doc_log.object_id == a["document"].pk and doc_log.ip_prefix == "127.0.0.0/24"
    body = client.get(reverse("dossier:consultations", args=[a["child"].pk])).content.decode()
    assert world["referent_a"].get_full_name() in body and "Professionnel" in body
    assert a["document"].title in body and "Vous" in body


def test_access_log_is_append_only(world):
    log = AccessLog.objects.create(
        user=world["admin"],
        user_label="x",
        role="admin",
        child=world["a"]["child"],
        object_type="home",
        label="x",
    )
    log.label = "changé"
    with pytest.raises(AppendOnlyError):
        log.save()
    with pytest.raises(AppendOnlyError):
        log.delete()
    with pytest.raises(AppendOnlyError):
        AccessLog.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AccessLog.objects.update(label="y")
    assert AccessLog.objects.get(pk=log.pk).label == "x"


def test_access_log_has_no_delete_in_admin(client, world):
    client.force_login(world["admin"])
    log = AccessLog.objects.create(
        user=world["admin"],
        user_label="x",
        role="admin",
        child=world["a"]["child"],
        object_type="home",
        label="x",
    )
    assert client.get("/gestion/dossier/accesslog/").status_code == 200
    delete_url = f"/gestion/dossier/accesslog/delete/{log.pk}/"
    assert client.get(delete_url).status_code in (302, 403)
    client.post(delete_url)
    assert AccessLog.objects.filter(pk=log.pk).exists()
    index = client.get("/gestion/dossier/accesslog/").content.decode()
    assert "/gestion/dossier/accesslog/delete/" not in index


def test_download_headers(client, world):
    a = world["a"]
    client.force_login(a["parent"])
    response = client.get(reverse("dossier:download", args=[a["child"].pk, a["document"].pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_private_files_are_outside_media_root(world, settings):
    path = world["a"]["document"].file.path
    assert str(settings.PRIVATE_MEDIA_ROOT) in path
    assert not path.startswith(str(settings.MEDIA_ROOT) + "/")


@pytest.mark.parametrize(
    "content,name,ok",
    [
        (PDF, "a.pdf", True),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "a.png", True),
        (b"\xff\xd8\xff\xe0" + b"\0" * 40, "a.jpg", True),
        (b"<html><script>alert(1)</script>", "a.pdf", False),
        (b"MZ\x90\x00" + b"\0" * 40, "a.pdf", False),
    ],
)
def test_upload_type_by_content(content, name, ok):
    upload = SimpleUploadedFile(name, content)
    if ok:
        validate_upload(upload)
    else:
        with pytest.raises(ValidationError, match="type de fichier"):
            validate_upload(upload)


def test_upload_size_limit():
    upload = SimpleUploadedFile("big.pdf", PDF + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError, match="trop lourd"):
        validate_upload(upload)


def test_admin_upload_rejects_bad_type_in_french(client, world):
    client.force_login(world["referent_a"])
    response = client.post(
        "/gestion/dossier/document/new/",
        {
            "child": world["a"]["child"].pk,
            "section": "educatif",
            "title": "Faux",
            "file": SimpleUploadedFile("faux.pdf", b"<script>x</script>"),
            "audience": "",
        },
    )
    assert response.status_code == 200
    assert "type de fichier" in response.content.decode()
    assert not Document.objects.filter(title="Faux").exists()


def test_admin_is_scoped_to_own_dossiers(client, world):
    client.force_login(world["referent_a"])
    body = client.get("/gestion/dossier/child/").content.decode()
    assert world["a"]["child"].last_name in body
    assert world["b"]["child"].last_name not in body
    edit = client.get(f"/gestion/dossier/child/edit/{world['b']['child'].pk}/")
    assert edit.status_code == 404


def test_export_contains_only_shared_items(client, world):
    a = world["a"]
    client.force_login(a["parent"])
    response = client.post(reverse("dossier:export"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("mes-donnees.json"))
    dossier = data["dossiers"][0]
    titles = [n["title"] for n in dossier["notes"]]
    assert a["entry"].title in titles and a["secret"].title not in titles
    assert a["health"].title not in titles
    assert [d["titre"] for d in dossier["documents"]] == [a["document"].title]
    assert archive.read(dossier["documents"][0]["fichier"]) == PDF
    assert world["b"]["child"].last_name not in json.dumps(data)


@pytest.mark.parametrize("view", ["dossier:child", "dossier:section"])
def test_query_count_constant_from_1_to_200_documents(
    client, world, django_assert_num_queries, view
):
    a = world["a"]
    Document.objects.filter(child=a["child"]).exclude(pk=a["document"].pk).delete()
    client.force_login(a["parent"])
    args = [a["child"].pk] + (["educatif"] if view == "dossier:section" else [])
    url = reverse(view, args=args)
    client.get(url)  # warm up: session, content types
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for i in range(199):
        add_document(a["child"], f"Doc {i}", by=world["referent_a"])
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200
    if view == "dossier:section":
        assert response.content.decode().count("/telecharger/") == 200


def test_expression_before_meeting(client, world):
    a = world["a"]
    url = reverse("dossier:meeting", args=[a["child"].pk, a["meeting"].pk])
    client.force_login(a["jeune"])
    response = client.post(url, {"text": "<b>Je veux</b> voir ma sœur."})
    assert response.status_code == 302
    expression = Expression.objects.get()
    assert expression.text == "Je veux voir ma sœur." and expression.author_role == "jeune"
    assert client.post(url, {"text": "   "}).status_code == 200
    client.force_login(world["referent_a"])
    assert "Je veux voir ma sœur." in client.get(url).content.decode()
    client.force_login(a["parent"])
    assert "Je veux voir ma sœur." not in client.get(url).content.decode()


def test_access_request_form_and_indicators(client, db):
    url = reverse("dossier:access_request")
    page = client.get(url).content.decode()
    assert "un mois" in page
    response = client.post(
        url,
        {
            "full_name": "Ancien <i>Jeune</i>",
            "email": "a@example.org",
            "relation": "ancien",
            "concerned_person": "Moi",
            "concerned_birth_date": "1990-05-01",
            "whole_file": "on",
            "accompanied_reading": "on",
        },
    )
    assert response.status_code == 302
    request = AccessRequest.objects.get()
    assert request.full_name == "Ancien Jeune" and request.status == "recue"
    year = request.created_at.year
    assert indicators.access_requests_per_year() == {year: 1}
    assert indicators.propositions_per_year() == {}
    bad = client.post(url, {"full_name": "X", "email": "pas-un-email"})
    assert bad.status_code == 200 and "X" in bad.content.decode()


def test_refusal_needs_a_reason(db):
    request = AccessRequest(
        full_name="A",
        email="a@example.org",
        relation="parent",
        concerned_person="B",
        concerned_birth_date="2010-01-01",
        status="refusee",
    )
    with pytest.raises(ValidationError):
        request.full_clean()


def test_livret_hook_gives_the_referent(rf, world):
    class LivretPage:
        mesure_code = "placement_judiciaire"

    request = rf.get("/")
    request.user = world["a"]["parent"]
    results = [fn(request, LivretPage()) for fn in hooks.get_hooks("portail_livret_context")]
    referent = next(r["referent"] for r in results if r)
    assert referent["email"] == world["referent_a"].email
    LivretPage.mesure_code = "aed"
    assert all(not fn(request, LivretPage()) for fn in hooks.get_hooks("portail_livret_context"))


def test_demo_is_idempotent(db):
    call_command("load_demo_dossier", verbosity=0)
    counts = [m.objects.count() for m in (Document, AccessLog, Expression)]
    from portail.dossier.models import Child, Entry

    before = (Child.objects.count(), Entry.objects.count(), counts)
    out = io.StringIO()
    call_command("load_demo_dossier", stdout=out)
    assert (
        Child.objects.count(),
        Entry.objects.count(),
        [m.objects.count() for m in (Document, AccessLog, Expression)],
    ) == before
    assert "jeune.16ans@portail.example" in out.getvalue()
