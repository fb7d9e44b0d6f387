"""Headless Debian chromium driven by Playwright, with axe-core for WCAG checks.

Playwright cannot download its own browser here, so Debian's ``/usr/bin/chromium`` is launched
by path. axe-core comes from the npm registry (never a CDN), installed into a git-ignored folder:

    npm install --no-audit --no-fund --prefix .tools/npm axe-core@4

(or point ``AXE_CORE_JS`` at an ``axe.min.js``). One browser serves a whole test session; use
the ``chromium`` fixture, or ``Browser()`` as a context manager in a script:

    # the fixture is registered once, in tests/conftest.py: a second registration would start
    # a second Playwright, which its sync API refuses
    def test_page_is_accessible(chromium):
        violations = chromium.axe(html)
        assert not violations, format_violations(violations)

``axe_many(pages)`` checks many HTML documents in one page (axe-core is loaded once, about a
second saved per page); ``sideways_scroll(pages, 320)`` finds pages that do not reflow;
``axe_page(page)`` checks a page you have driven (clicked, typed) yourself.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
AXE_INSTALL = "npm install --no-audit --no-fund --prefix .tools/npm axe-core@4"
_BLANK = "<!DOCTYPE html><html lang='en'><head><title>blank</title></head><body></body></html>"
_REPLACE_DOCUMENT = "html => { document.open(); document.write(html); document.close(); }"
_AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags},
                                          resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200),
                                summary: n.failureSummary}))}));
}"""


def axe_js_path() -> Path:
    configured = os.environ.get("AXE_CORE_JS")
    path = Path(configured) if configured else REPO / ".tools/npm/node_modules/axe-core/axe.min.js"
    if not path.is_file():
        raise FileNotFoundError(f"axe-core not found at {path}: run `{AXE_INSTALL}`")
    return path


@cache
def axe_js() -> str:
    return axe_js_path().read_text(encoding="utf-8")


class Browser:
    """One chromium process; each check opens a fresh page so pages never affect each other."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        self.viewport = {"width": width, "height": height}
        self._playwright: Any = None
        self._browser: Any = None

    def __enter__(self) -> Browser:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        return self

    @property
    def playwright_browser(self) -> Any:
        """The underlying Playwright browser, for tests that drive their own contexts."""
        return self._browser

    def __exit__(self, *exc: object) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    def page(
        self, html: str | None = None, *, url: str | None = None, width: int | None = None
    ) -> Any:
        viewport = dict(self.viewport, width=width) if width else self.viewport
        page = self._browser.new_page(viewport=viewport, java_script_enabled=True)
        if url:
            page.goto(url)
        elif html is not None:
            page.set_content(html, wait_until="load")
        return page

    def axe(
        self,
        html: str | None = None,
        *,
        url: str | None = None,
        width: int | None = None,
        tags: Iterable[str] = AXE_TAGS,
    ) -> list[dict[str, Any]]:
        """axe-core violations for one page (an empty list means none)."""
        page = self.page(html, url=url, width=width)
        try:
            return self.axe_page(page, tags)
        finally:
            page.close()

    def axe_page(self, page: Any, tags: Iterable[str] = AXE_TAGS) -> list[dict[str, Any]]:
        """axe-core violations for a page already open (after clicks, typing ...)."""
        page.add_script_tag(content=axe_js())
        result: list[dict[str, Any]] = page.evaluate(_AXE_RUN, list(tags))
        return result

    def axe_many(
        self, pages: dict[str, str], *, width: int | None = None, tags: Iterable[str] = AXE_TAGS
    ) -> dict[str, list[dict[str, Any]]]:
        """Violations per named HTML page, only for pages that have any.

        One page is reused: each document replaces the last through ``document.open/write``,
        which keeps the window (and the already-parsed axe-core, about 1 s to load) while the
        HTML parser builds the new document exactly as a navigation would."""
        page = self.page(_BLANK, width=width)
        try:
            page.add_script_tag(content=axe_js())
            found = {}
            for name, html in pages.items():
                page.evaluate(_REPLACE_DOCUMENT, html)
                found[name] = page.evaluate(_AXE_RUN, list(tags))
        finally:
            page.close()
        return {name: v for name, v in found.items() if v}

    def sideways_scroll(self, pages: dict[str, str], width: int = 320) -> dict[str, int]:
        """WCAG 1.4.10 reflow: the pages that scroll sideways at ``width`` CSS px, and by how much."""
        page = self.page(_BLANK, width=width)
        try:
            found = {}
            for name, html in pages.items():
                page.evaluate(_REPLACE_DOCUMENT, html)
                found[name] = page.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth"
                )
        finally:
            page.close()
        return {name: px for name, px in found.items() if px > 0}

    def screenshot(self, html: str, path: Path, *, width: int | None = None) -> Path:
        page = self.page(html, width=width)
        try:
            page.screenshot(path=str(path), full_page=True)
        finally:
            page.close()
        return path


def format_violations(violations: list[dict[str, Any]] | dict[str, list[dict[str, Any]]]) -> str:
    """Readable assertion message: rule, impact, help and the first offending elements."""
    if isinstance(violations, dict):
        return "\n".join(f"[{name}]\n{format_violations(v)}" for name, v in violations.items())
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        lines += [f"    {n['target']}: {n['html']}" for n in v["nodes"][:3]]
    return "\n".join(lines)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """A session-wide headless chromium with axe-core ready."""
    axe_js()  # fail early and clearly if axe-core is not installed
    with Browser() as browser:
        yield browser
