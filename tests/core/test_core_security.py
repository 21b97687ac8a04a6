import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from portail.core.sanitize import clean_html, clean_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_public_pages_send_a_csp_without_inline_scripts(client, demo_socle):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert "<script>" not in response.content.decode()  # no inline script at all


@pytest.mark.django_db
def test_signed_in_pages_are_never_cached(client, demo_socle):
    user = get_user_model().objects.create_user("parent@example.org", "motdepasse-solide-42")
    client.force_login(user)
    response = client.get("/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_anonymous_pages_vary_on_cookie(client, demo_socle):
    response = client.get("/")
    assert "Cookie" in response["Vary"]
    assert "no-store" not in response.get("Cache-Control", "")


def test_production_settings_pass_check_deploy():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.production",
        "SECRET_KEY": "x" * 20 + "-production-secret-for-the-check-only-" + "y" * 20,
        "ALLOWED_HOSTS": "portail.example.fr",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by conftest for Playwright only
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.production",
        "SECRET_KEY": "",
        "ALLOWED_HOSTS": "portail.example.fr",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_admin_login_is_locked_after_repeated_failures(client, settings):
    get_user_model().objects.create_user("editeur@example.org", "le-bon-mot-de-passe-42")
    url = f"/{settings.WAGTAIL_ADMIN_PATH}login/"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "editeur@example.org", "password": "mauvais"})
    response = client.post(
        url, {"username": "editeur@example.org", "password": "le-bon-mot-de-passe-42"}
    )
    assert response.status_code == 429
    assert "bloquée" in response.content.decode()


def test_admin_lives_at_the_configured_path(settings):
    assert settings.WAGTAIL_ADMIN_PATH != "admin/"


@pytest.mark.parametrize(
    "dirty, expected",
    [
        ("<script>alert(1)</script>Bonjour", "alert(1)Bonjour"),
        ('<img src=x onerror="alert(1)">Salut', "Salut"),
        ("Tom & Jerry <3", "Tom & Jerry <3"),
        ("ligne 1\r\nligne 2\x00", "ligne 1\nligne 2"),
        (None, ""),
    ],
)
def test_clean_text_strips_markup_and_control_characters(dirty, expected):
    assert clean_text(dirty) == expected


def test_clean_text_cuts_to_max_length():
    assert clean_text("abcdef", max_length=3) == "abc"


def test_clean_html_keeps_only_the_whitelist():
    html = clean_html('<p onclick="x()">Oui <a href="javascript:alert(1)">lien</a></p>')
    assert html == "<p>Oui lien</p>"
