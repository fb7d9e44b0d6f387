"""One headless Debian chromium for the whole session, driven against a live Django server.

Playwright's sync API runs an event loop in this thread, and the tests also touch the ORM here;
``DJANGO_ALLOW_ASYNC_UNSAFE`` tells Django that is deliberate. axe-core and the chromium path
come from ``tests.support.browser`` (the documents suite's helper).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import AXE_TAGS, Browser, axe_js, format_violations

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
MAX_SHOT = 3000  # px: long plan pages are cut here so screenshots stay quick to take and read
_AXE_RUN = """async (tags) => {
  const r = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary}))}));
}"""


class Session:
    """The browser, plus the checks every page gets: axe (zero violations) and screenshots.

    Contexts bypass the CSP only so axe-core can be injected; the CSP itself is tested in
    tests/web (headers) and nothing on our pages needs inline script.
    """

    def __init__(self, browser: Any) -> None:
        self.browser = browser
        self.checked: dict[str, list[dict[str, Any]]] = {}

    def context(self, *, javascript: bool = True, width: int = 1280) -> Any:
        context = self.browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript,
            accept_downloads=True, locale="en-GB", bypass_csp=True,
        )  # fmt: skip
        context.set_default_timeout(20_000)
        return context

    def axe(self, page: Any, name: str) -> None:
        """Zero axe violations on the page as it is now (needs a JavaScript-enabled page)."""
        page.add_script_tag(content=axe_js())
        violations: list[dict[str, Any]] = page.evaluate(_AXE_RUN, list(AXE_TAGS))
        self.checked[name] = violations
        assert not violations, f"{name}: {page.url}\n{format_violations(violations)}"

    def shot(self, page: Any, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        width = page.viewport_size["width"] if page.viewport_size else 1280
        path = SHOTS / f"{name}-{'320' if width <= 320 else 'desktop'}.png"
        height = min(page.evaluate("() => document.documentElement.scrollHeight"), MAX_SHOT)
        clip = {"x": 0, "y": 0, "width": width, "height": height}
        page.screenshot(path=str(path), full_page=True, clip=clip)
        return path


@pytest.fixture(scope="session")
def browser_session(request: pytest.FixtureRequest) -> Iterator[Session]:
    # One Playwright per test session: its sync API refuses a second one while the first lives,
    # so the journeys share the documents' chromium (tests/support/browser.py).
    axe_js()  # fail early and clearly if axe-core is missing
    shared: Browser = request.getfixturevalue("chromium")
    # Set for the browser's lifetime (the rest of the session) and restored when it closes.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield Session(shared.playwright_browser)
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def site(live_server: Any, transactional_db: Any) -> str:
    """The live server's address. 127.0.0.1 rather than localhost: chromium tries IPv6 first
    for "localhost", which costs ~100 ms on every request here."""
    return str(live_server.url).replace("localhost", "127.0.0.1")


@pytest.fixture(scope="session", autouse=True)
def _warm_up() -> None:
    """Load the rule packs and the document renderers (WeasyPrint's import alone takes seconds)
    once, before any page waits on them with a timeout running."""
    from service.demo import load_demo_plan
    from service.documents import available_formats
    from service.rules import evaluate

    evaluate(load_demo_plan("yvonne-and-john"))
    available_formats()
