"""The frame every page shares (language, skip link, landmarks, one h1), the display switches
without JavaScript, the security headers, sign-in and its rate limit, and the production check."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

from django.test import Client

from tests.web.conftest import PASSWORD

REPO = Path(__file__).resolve().parents[2]


def test_home_has_language_skip_link_landmarks_and_one_h1(client: Client, db: Any) -> None:
    html = client.get("/").content.decode()
    assert '<html lang="en-GB">' in html
    assert '<a class="skip-link" href="#main">' in html and 'id="main"' in html
    assert "<header" in html and "<main" in html and "<nav" in html and "<footer" in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert "<table" not in html  # no layout tables
    assert 'href="/chat/"' in html  # says how to start


def test_security_headers_and_strict_csp(client: Client, db: Any) -> None:
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "<script" not in response.content.decode()  # nothing inline for CSP to allow


def test_display_switches_work_without_javascript(client: Client, db: Any) -> None:
    assert 'class=""' in client.get("/").content.decode()
    response = client.post("/display/", {"toggle": "large_text", "next": "/chat/"})
    assert response.status_code == 302 and response["Location"] == "/chat/"
    client.post("/display/", {"toggle": "easy_read", "next": "/"})
    html = client.get("/").content.decode()
    assert 'class="large-text easy-read"' in html
    assert "Larger text: on" in html and 'aria-pressed="true"' in html
    assert "1 question at a time" in html  # the easy-read wording of the welcome
    client.post("/display/", {"toggle": "large_text", "next": "/"})
    assert 'class="easy-read"' in client.get("/").content.decode()


def test_display_switch_refuses_to_redirect_elsewhere(client: Client, db: Any) -> None:
    response = client.post("/display/", {"toggle": "easy_read", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_login_page_allows_password_managers_and_paste(client: Client, db: Any) -> None:
    html = client.get("/accounts/login/").content.decode()
    assert 'autocomplete="username"' in html and 'autocomplete="current-password"' in html
    assert "onpaste" not in html and "captcha" not in html.lower()


def test_login_then_logout(client: Client, world: Any) -> None:
    response = client.post("/accounts/login/", {"username": "priya", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/plans/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/plans/").status_code == 302


def test_wrong_password_message_is_announced_and_linked(client: Client, world: Any) -> None:
    html = client.post("/accounts/login/", {"username": "priya", "password": "nope"}).content
    text = html.decode()
    assert 'role="alert"' in text and 'href="#id_username"' in text


def test_login_is_rate_limited_per_address_and_name(client: Client, world: Any) -> None:
    for _ in range(5):
        client.post("/accounts/login/", {"username": "priya", "password": "wrong"})
    blocked = client.post("/accounts/login/", {"username": "priya", "password": PASSWORD})
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.content.decode()
    assert "_auth_user_id" not in client.session  # even the right password waits
    other = Client(REMOTE_ADDR="10.0.0.9")
    ok = other.post("/accounts/login/", {"username": "priya", "password": PASSWORD})
    assert ok.status_code == 302  # another address is not locked out by this one
    assert (
        Client().post("/accounts/login/", {"username": "pat", "password": PASSWORD}).status_code
        == 302
    )


def test_every_form_needs_csrf(world: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    assert client.post("/display/", {"toggle": "easy_read"}).status_code == 403
    client.force_login(world.practitioner)
    url = f"/plans/{world.plan.public_id}/status/"
    assert client.post(url, {"status": "draft"}).status_code == 403


def test_404_page_is_the_accessible_one(client: Client, db: Any) -> None:
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="en-GB">' in response.content.decode()


def test_check_deploy_is_clean_with_production_settings() -> None:
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "CAREPLAN_PRODUCTION": "true",
        "CAREPLAN_SECRET_KEY": secrets.token_urlsafe(50),
        "CAREPLAN_ALLOWED_HOSTS": "careplan.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_stylesheet_is_served_outside_production(client: Client, db: Any) -> None:
    response = client.get("/static/web/site.css")
    assert response.status_code == 200
    assert b"--focus" in b"".join(response.streaming_content)  # type: ignore[attr-defined]
