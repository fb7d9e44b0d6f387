"""Steps the journeys share: users, signing in through the real form, keyboard moves."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from service.store.models import Profile

PASSWORD = "correct horse battery staple 42"


def make_user(username: str, role: str) -> Any:
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Profile.objects.create(user=user, role=role)
    return user


def sign_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


ACTIVE = """() => { const e = document.activeElement; const s = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  return {tag: e.tagName, text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim(),
          id: e.id, name: e.getAttribute('name'), value: e.getAttribute('value'), type: e.type || '',
          outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), shadow: s.boxShadow,
          top: r.top, bottom: r.bottom, height: r.height, width: r.width, vh: window.innerHeight}; }"""


def tab_to(page: Any, want: Any, limit: int = 60) -> dict[str, Any]:
    """Press Tab until ``want(active)`` holds; every element focused on the way must show a
    visible focus indicator of at least 2px and be a 44px target if it is a control."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        active: dict[str, Any] = page.evaluate(ACTIVE)
        visible = active["outline"] != "none" and active["outlineWidth"] >= 2
        assert visible or active["shadow"] != "none", f"focus not visible on {active}"
        _check_target(active)
        if want(active):
            return active
    raise AssertionError("could not reach the element by keyboard")


def _check_target(active: dict[str, Any]) -> None:
    """Focused controls are big enough (W-6: 44px; radios and checkboxes 24px, their label
    row being 44px) and never hidden outside the viewport or under anything."""
    if active["tag"] in ("BUTTON", "SELECT", "TEXTAREA") or (
        active["tag"] == "INPUT" and active["type"] not in ("radio", "checkbox")
    ):
        assert active["height"] >= 44 and active["width"] >= 44, f"small target {active}"
    elif active["type"] in ("radio", "checkbox"):
        assert active["height"] >= 24 and active["width"] >= 24, f"small target {active}"
    if active["tag"] != "MAIN" and active["height"] < active["vh"]:
        on_screen = active["top"] >= -1 and active["bottom"] <= active["vh"] + 1
        assert on_screen, f"focus off screen {active}"


def named(text: str) -> Any:
    return lambda active: active["text"].startswith(text)


def enter_and_wait(page: Any) -> None:
    """Press Enter on the focused control and wait for the page it leads to."""
    with page.expect_navigation():
        page.keyboard.press("Enter")
