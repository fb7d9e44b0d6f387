"""Every HTML document has zero axe-core violations (WCAG 2.2 AA tags) in Debian's chromium,
at desktop width and reflowed at 320 px. One browser session checks them all."""

from __future__ import annotations

import pytest

from service.documents import Finding, render
from service.plan import Plan
from tests.support.browser import Browser, format_violations

VARIANTS = ("council", "my-plan", "large-print", "one-page-profile", "contingency")
pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _pages(plans: dict[str, Plan]) -> dict[str, str]:
    findings = [Finding("CA-06", "error", "No personal budget <b>yet</b>", "CA s.25(1)(e)")]
    return {
        f"{name}/{variant}": render(plan, "html", variant, findings, revision=2).decode()
        for name, plan in plans.items()
        for variant in VARIANTS
    }


def test_every_page_of_every_plan_has_no_axe_violations(
    chromium: Browser, demos: dict[str, Plan], hostile: Plan, empty: Plan
) -> None:
    pages = _pages({**demos, "hostile": hostile, "empty": empty})
    assert len(pages) == 5 * (len(demos) + 2)
    violations = chromium.axe_many(pages)
    assert not violations, format_violations(violations)


def test_every_page_reflowed_at_320_px_has_no_axe_violations(
    chromium: Browser, demos: dict[str, Plan], hostile: Plan, empty: Plan
) -> None:
    violations = chromium.axe_many(_pages({**demos, "hostile": hostile, "empty": empty}), width=320)
    assert not violations, format_violations(violations)


def test_no_page_scrolls_sideways_at_320_px(
    chromium: Browser, demos: dict[str, Plan], hostile: Plan, empty: Plan
) -> None:
    pages = _pages({**demos, "hostile": hostile, "empty": empty})
    assert chromium.sideways_scroll(pages, width=320) == {}
    wide = "<!DOCTYPE html><html lang='en'><body><div style='width:900px'>wide</div></body></html>"
    assert chromium.sideways_scroll({"wide": wide}) == {"wide": pytest.approx(580, abs=40)}


def test_the_checker_finds_violations_when_there_are_some(chromium: Browser) -> None:
    """The reused-page path must still see each document: a bad page after a good one fails."""
    bad = (
        "<!DOCTYPE html><html><body><img src='x.png'><p style='color:#eee'>faint</p></body></html>"
    )
    good = "<!DOCTYPE html><html lang='en-GB'><head><title>Fine</title></head><body><main><h1>Fine</h1></main></body></html>"
    found = chromium.axe_many({"good": good, "bad": bad})
    assert list(found) == ["bad"]
    assert {"image-alt", "html-has-lang", "document-title", "color-contrast"} <= {
        v["id"] for v in found["bad"]
    }
