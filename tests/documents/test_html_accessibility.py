"""Every HTML document has zero axe-core violations (WCAG 2.2 AA tags) in Debian's chromium,
at desktop width and reflowed at 320 px. One browser session checks them all."""

from __future__ import annotations

import pytest

from service.documents import Finding, render
from service.plan import Plan
from tests.support.browser import Browser, format_violations

VARIANTS = ("council", "my-plan", "large-print", "one-page-profile", "contingency")
pytestmark = [pytest.mark.browser, pytest.mark.slow]


# Every variant of the main demo, the hostile and the empty plan; the person's and the council's
# documents of every other demo (large print shares the council template, only its CSS differs,
# and axe takes about a second a page on a busy 2-core machine).
FULL = ("florence-and-mary", "hostile", "empty")


def _pages(plans: dict[str, Plan]) -> dict[str, str]:
    findings = [Finding("CA-06", "error", "No personal budget <b>yet</b>", "CA s.25(1)(e)")]
    return {
        f"{name}/{variant}": render(plan, "html", variant, findings, revision=2).decode()
        for name, plan in plans.items()
        for variant in (VARIANTS if name in FULL else ("council", "my-plan"))
    }


def test_demo_hostile_and_empty_pages_have_no_axe_violations(
    chromium: Browser, demos: dict[str, Plan], hostile: Plan, empty: Plan
) -> None:
    pages = _pages({**demos, "hostile": hostile, "empty": empty})
    assert len(pages) >= 15 + 2 * (len(demos) - 1)
    violations = chromium.axe_many(pages)
    assert not violations, format_violations(violations)


def test_council_page_reflows_at_320_px_without_violations(
    chromium: Browser, florence: Plan
) -> None:
    page = chromium.page(render(florence, "html", "council").decode(), width=320)
    try:
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        violations = chromium.axe_page(page)
    finally:
        page.close()
    assert overflow <= 0, "the page scrolls sideways at 320 px"
    assert not violations, format_violations(violations)
