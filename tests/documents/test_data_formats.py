"""FHIR R4 bundles and iCalendar review dates."""

from __future__ import annotations

import json
import re

import pytest

from service.documents import render
from service.documents.calendar import add_months, escape, fold
from service.documents.fhir import validate
from service.plan import Plan
from tests.documents.golden import assert_golden
from tests.documents.plans import demo_plans

DEMOS = sorted(demo_plans())
CAREPLAN_STATUS = {
    "draft",
    "active",
    "on-hold",
    "revoked",
    "completed",
    "entered-in-error",
    "unknown",
}
GOAL_STATUS = {
    "proposed",
    "planned",
    "accepted",
    "active",
    "on-hold",
    "completed",
    "cancelled",
    "entered-in-error",
    "rejected",
}


def _resources(data: bytes) -> dict[str, list[dict]]:
    by_type: dict[str, list[dict]] = {}
    for entry in json.loads(data)["entry"]:
        by_type.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    return by_type


@pytest.mark.parametrize("name", DEMOS)
def test_fhir_golden_and_valid(demos: dict[str, Plan], name: str) -> None:
    data = render(demos[name], "fhir", revision=1)
    validate(json.loads(data))
    assert_golden(f"{name}/bundle.fhir.json", data)


@pytest.mark.parametrize("plan_name", ["hostile", "empty", "florence"])
def test_fhir_bundle_holds_every_part_of_the_plan(
    plan_name: str, request: pytest.FixtureRequest
) -> None:
    plan: Plan = request.getfixturevalue(plan_name)
    data = render(plan, "fhir")
    validate(json.loads(data))
    found = _resources(data)
    assert len(found.get("Condition", [])) == len(plan.needs)
    assert len(found.get("Goal", [])) == len(plan.outcomes)
    main, contingency = found["CarePlan"]
    assert contingency["partOf"] == [{"reference": f"urn:uuid:{main['id']}"}]
    assert len(contingency.get("activity", [])) == len(plan.risks)
    assert {p["status"] for p in found["CarePlan"]} <= CAREPLAN_STATUS
    assert {g["lifecycleStatus"] for g in found.get("Goal", [])} <= GOAL_STATUS
    team = found["CareTeam"][0]
    expected = 1 + len(plan.carers) + bool(plan.advocacy.advocate and plan.advocacy.advocate.name)
    assert len(team["participant"]) == expected


def test_every_reference_resolves_inside_the_bundle(florence: Plan) -> None:
    data = json.loads(render(florence, "fhir"))
    urls = {e["fullUrl"] for e in data["entry"]}
    references = set(re.findall(r'"reference": "([^"]+)"', json.dumps(data)))
    assert references and references <= urls


def test_fhir_carries_the_budget_and_direct_payment(demos: dict[str, Plan]) -> None:
    plan = next(p for p in demos.values() if p.direct_payment and p.direct_payment.amount)
    care_plan = _resources(render(plan, "fhir"))["CarePlan"][0]
    urls = {e["url"].rsplit("/", 1)[-1]: e for e in care_plan["extension"]}
    assert {"personal-budget", "direct-payment"} <= urls.keys()
    amount = next(x for x in urls["direct-payment"]["extension"] if x["url"] == "amount")
    assert amount["valueMoney"] == {"value": float(plan.direct_payment.amount), "currency": "GBP"}


def test_fhir_is_reproducible(florence: Plan) -> None:
    assert render(florence, "fhir", revision=4) == render(florence, "fhir", revision=4)


@pytest.mark.parametrize("name", DEMOS)
def test_ics_golden(demos: dict[str, Plan], name: str) -> None:
    assert_golden(f"{name}/reviews.ics", render(demos[name], "ics", revision=1))


def test_ics_is_well_formed_and_lists_every_review(demos: dict[str, Plan], hostile: Plan) -> None:
    for plan in [*demos.values(), hostile]:
        text = render(plan, "ics").decode()
        lines = text.split("\r\n")
        assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
        assert all(len(line.encode()) <= 75 for line in lines)
        expected = bool(plan.review.first_review_on) + bool(
            plan.review.first_review_on and plan.review.then_every_months
        )
        expected += len(plan.direct_payment.reviews) if plan.direct_payment else 0
        assert text.count("BEGIN:VEVENT") == expected
        assert "DTSTAMP:" in text or expected == 0


def test_ics_text_is_escaped_and_folded() -> None:
    assert escape("a,b;c\\d\ne\x00") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "é" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "é" * 80


def test_months_are_added_without_overflowing_short_months() -> None:
    from datetime import date

    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 30), 12) == date(2027, 11, 30)
