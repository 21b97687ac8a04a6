"""Authorisation matrix: every role × every dossier URL × own / other / guessed objects."""

import pytest
from django.urls import reverse

SECTION_CODES = ["administratif", "social", "educatif", "sante"]


def dossier_urls(fam):
    c = fam["child"].pk
    urls = [reverse("dossier:child", args=[c])]
    urls += [reverse("dossier:section", args=[c, s]) for s in SECTION_CODES]
    urls += [
        reverse(f"dossier:{n}", args=[c])
        for n in ("ppe", "decisions", "documents", "meetings", "timeline", "consultations")
    ]
    urls.append(reverse("dossier:meeting", args=[c, fam["meeting"].pk]))
    urls.append(reverse("dossier:download", args=[c, fam["document"].pk]))
    return urls


# role → which families it may read
ALLOWED = {
    "parent_a": {"a"},
    "jeune_a": {"a"},
    "referent_a": {"a"},
    "cadre_north": {"a"},
    "admin": {"a", "b"},
    "outsider": set(),
    "parent_b": {"b"},
}


def user_for(world, role):
    if role == "parent_a":
        return world["a"]["parent"]
    if role == "jeune_a":
        return world["a"]["jeune"]
    if role == "parent_b":
        return world["b"]["parent"]
    return world[role]


@pytest.mark.parametrize("role", sorted(ALLOWED))
def test_matrix(client, world, role):
    user = user_for(world, role)
    client.force_login(user)
    for key in ("a", "b"):
        fam = world[key]
        other = world["b" if key == "a" else "a"]
        for url in dossier_urls(fam):
            response = client.get(url)
            allowed = key in ALLOWED[role]
            if allowed and "/section/sante/" in url and role == "parent_a":
                allowed = True  # health_access is on by default
            expected = 200 if allowed else 404
            assert response.status_code == expected, (role, url, response.status_code)
            body = response.getvalue() if hasattr(response, "getvalue") else b""
            if response.status_code == 404 or key not in ALLOWED[role]:
                for leak in (fam["child"].last_name, fam["entry"].title, fam["decision"].title):
                    assert leak.encode() not in body, (role, url, leak)
            if (
                response.status_code == 200
                and "telecharger" not in url
                and other["child"].pk not in {world[k]["child"].pk for k in ALLOWED[role]}
            ):
                assert other["child"].last_name.encode() not in body


@pytest.mark.parametrize("role", sorted(ALLOWED))
def test_guessed_ids_answer_404(client, world, role):
    client.force_login(user_for(world, role))
    a = world["a"]
    assert client.get(reverse("dossier:child", args=[999999])).status_code == 404
    # Another family's meeting / document under one's own dossier URL.
    b = world["b"]
    assert (
        client.get(reverse("dossier:meeting", args=[a["child"].pk, b["meeting"].pk])).status_code
        == 404
    )
    assert (
        client.get(reverse("dossier:download", args=[a["child"].pk, b["document"].pk])).status_code
        == 404
    )


def test_anonymous_is_sent_to_login(client, world):
    for url in dossier_urls(world["a"]) + [reverse("dossier:espace")]:
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


def test_espace_lists_only_own_children(client, world):
    client.force_login(world["a"]["parent"])
    body = client.get(reverse("dossier:espace")).content.decode()
    assert world["a"]["child"].last_name in body
    assert world["b"]["child"].last_name not in body


def test_unshared_items_invisible_to_family_visible_to_staff(client, world):
    a = world["a"]
    url = reverse("dossier:section", args=[a["child"].pk, "educatif"])
    for family_user in (a["parent"], a["jeune"]):
        client.force_login(family_user)
        body = client.get(url).content.decode()
        assert a["entry"].title in body
        assert a["secret"].title not in body
        assert a["hidden_doc"].title not in body
        docs = client.get(reverse("dossier:download", args=[a["child"].pk, a["hidden_doc"].pk]))
        assert docs.status_code == 404
    client.force_login(world["referent_a"])
    body = client.get(url).content.decode()
    assert a["secret"].title in body and a["hidden_doc"].title in body


def test_health_audience_is_stricter(client, world):
    a = world["a"]
    url = reverse("dossier:section", args=[a["child"].pk, "sante"])
    client.force_login(a["jeune"])
    assert a["health"].title in client.get(url).content.decode()
    client.force_login(a["parent"])
    assert a["health"].title not in client.get(url).content.decode()  # audience: jeune only
    link = a["parent"].parent_links.get()
    link.health_access = False
    link.save()
    assert client.get(url).status_code == 404
    home = client.get(reverse("dossier:child", args=[a["child"].pk])).content.decode()
    assert "/section/sante/" not in home


def test_young_person_under_access_age_has_no_access(client, world, settings):
    a = world["a"]
    child = a["child"]
    child.birth_date = child.birth_date.replace(year=child.birth_date.year + 3)  # 13 years old
    child.save()
    client.force_login(a["jeune"])
    assert client.get(reverse("dossier:child", args=[child.pk])).status_code == 404
    client.force_login(a["parent"])
    assert client.get(reverse("dossier:child", args=[child.pk])).status_code == 200


def test_suspended_parent_link_closes_access(client, world):
    a = world["a"]
    a["parent"].parent_links.update(suspended=True)
    client.force_login(a["parent"])
    assert client.get(reverse("dossier:child", args=[a["child"].pk])).status_code == 404


def test_rules_agree_with_querysets(world):
    a, b = world["a"], world["b"]
    assert a["parent"].has_perm("dossier.read_dossier", a["child"])
    assert not a["parent"].has_perm("dossier.read_dossier", b["child"])
    assert a["parent"].has_perm("dossier.read_item", a["entry"])
    assert not a["parent"].has_perm("dossier.read_item", a["secret"])
    assert not a["parent"].has_perm("dossier.read_item", a["health"])
    assert a["jeune"].has_perm("dossier.read_item", a["health"])
    assert world["referent_a"].has_perm("dossier.manage_dossier", a["child"])
    assert not world["referent_a"].has_perm("dossier.manage_dossier", b["child"])
    assert world["cadre_north"].has_perm("dossier.read_dossier", a["child"])
    assert not world["cadre_north"].has_perm("dossier.read_dossier", b["child"])
    assert a["parent"].has_perm("dossier.write_expression", a["child"])
    assert not world["referent_a"].has_perm("dossier.write_expression", a["child"])
