"""The council's single format: every LCC-01 item under a heading a practitioner recognises,
every s.25 item, and the rule findings summarised on the cover page."""

from __future__ import annotations

import re

import pytest

from service.documents import Finding, render
from service.plan import Plan

# LCC-01: the 12 items required before sign-off, and the heading each must sit under.
LCC_01 = {
    "All the needs identified by the assessment": "Needs identified by the assessment",
    "Which needs are eligible": "Eligibility decision",
    "Which needs the council will meet and how": "Needs the council will meet and how",
    "How risks to the plan will be managed": "Risks and contingency plan",
    "Needs met informally or by other services": "Needs met by family, friends or other services",
    "Advice on reducing, delaying or preventing needs the council is not meeting": "Information and advice given",
    "How the plan will be reviewed or monitored": "Review and monitoring",
    "How the personal budget will be managed": "Personal budget",
    "Outcomes to be met by a direct payment": "Direct payment",
    "Direct payment employer costs": "Direct payment",
    "The indicative budget": "Personal budget",
    "The proposed final personal budget": "Personal budget",
}
# What must sit under a heading for each item (labels the section prints, even when empty).
LCC_01_CONTENT = {
    "Personal budget": [
        "Indicative budget",
        "Proposed final personal budget",
        "How the budget will be managed",
    ],
    "Review and monitoring": ["First review", "Monitoring"],
    "Risks and contingency plan": ["Emergency contacts", "Contingency arrangements"],
}


# Care Act 2014 s.25(1)(a)-(f) and s.25(2): each mapped to the sections that show it.
S25 = {
    "s.25(1)(a)": ["Needs identified by the assessment", "Needs the council will meet and how"],
    "s.25(1)(b)": ["Eligibility decision"],
    "s.25(1)(c)": ["Needs the council will meet and how"],
    "s.25(1)(d)": ["Wellbeing", "Outcomes the person wants to achieve"],
    "s.25(1)(e)": ["Personal budget"],
    "s.25(1)(f)": ["Information and advice given"],
    "s.25(2)": ["Direct payment"],
}


def _sections(markdown: str) -> dict[str, str]:
    parts = re.split(r"^## (?:\d+\. )?(.+)$", markdown, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("plan_name", ["florence", "empty"])
def test_every_lcc_01_item_is_under_its_heading(
    plan_name: str, request: pytest.FixtureRequest
) -> None:
    plan: Plan = request.getfixturevalue(plan_name)
    sections = _sections(render(plan, "md", "council").decode())
    for item, heading in LCC_01.items():
        assert heading in sections, f"{item}: no heading {heading!r}"
        assert item in sections["Where to find what must be recorded before sign-off"]
    for heading, labels in LCC_01_CONTENT.items():
        for label in labels:
            assert label in sections[heading], (heading, label)


def test_every_section_25_item_is_mapped_to_sections_that_exist(florence: Plan) -> None:
    text = render(florence, "md", "council").decode()
    sections = _sections(text)
    for item, headings in S25.items():
        row = next(line for line in text.splitlines() if line.startswith(f"| {item} "))
        for heading in headings:
            assert heading in sections and heading in row, (item, heading)


def test_direct_payment_section_shows_outcomes_and_employer_costs(demos: dict[str, Plan]) -> None:
    carer = demos["carer-plan"]
    assert carer.direct_payment is not None
    section = _sections(render(carer, "md", "council").decode())["Direct payment"]
    assert "Outcomes met by the direct payment" in section
    assert "Amount and frequency" in section


def test_findings_summary_is_on_the_cover_page(florence: Plan) -> None:
    findings = [
        Finding("LCC-03", "warning", "A risk has no reactive measures", "LCC procedure"),
        Finding(
            "CA-06",
            "error",
            "The council meets needs but there is no personal budget",
            "CA s.25(1)(e)",
        ),
    ]
    text = render(florence, "md", "council", findings).decode()
    cover, _, rest = text.partition("\n---\n")
    assert "## Checks before sign-off" in cover
    assert cover.index("CA-06") < cover.index("LCC-03")  # most serious first
    assert "1 item that must be fixed before sign-off, 1 to check" in cover
    assert "Checks before sign-off" not in render(florence, "md", "council").decode()
    assert "CA-06" not in rest


def test_large_print_is_at_least_18_point(florence: Plan) -> None:
    page = render(florence, "html", "large-print").decode()
    size = int(re.search(r"--print-size: (\d+)pt", page).group(1))  # type: ignore[union-attr]
    assert size >= 18
    assert "font-size: var(--print-size)" in page


def test_rules_engine_findings_reach_the_cover_page_failures_only(demos: dict[str, Plan]) -> None:
    from service.rules import evaluate

    plan = demos["miss-s"]
    report = evaluate(plan)
    failing = {f.rule_id for f in report.failures()}
    assert failing, "the demo is a draft with deliberate gaps"
    cover = render(plan, "md", "council", report.findings).decode().partition("\n---\n")[0]
    assert "## Checks before sign-off" in cover
    for rule_id in failing:
        assert f"| {rule_id} |" in cover
    passed = {f.rule_id for f in report.findings} - failing
    assert not any(f"| {rule_id} |" in cover for rule_id in passed)


def test_a_carers_plan_is_titled_as_one_and_shows_the_caring_role(demos: dict[str, Plan]) -> None:
    """CA-05 / s.25(1)(d) for carers: ability and willingness now and in future, and wishes about
    work, education and recreation."""
    text = render(demos["carer-plan"], "md", "council").decode()
    assert text.startswith("# Carer's support plan: Mary Brown")
    for label in (
        "Willing to care, now and in future",
        "Able to care, now and in future",
        "Work, education, training and recreation",
        "Cares for",
    ):
        assert f"| {label} |" in text
    assert "### The caring role" not in render(demos["florence-and-mary"], "md", "council").decode()
