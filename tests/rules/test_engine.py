"""The check primitives and the engine's contract: order, summary, sign-off, dated parameters."""

from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from service.demo import load_demo_plan
from service.plan import Plan, parse_plan
from service.plan.models import Plan as PlanModel
from service.plan.models import SupportLine
from service.rules import Level, Status, evaluate, load_packs, sign_off_blockers
from service.rules.engine import run_rule
from service.rules.loader import Parameter
from service.rules.paths import Shape
from service.rules.primitives import Compiler, Scope, SpecError, Types

ROOT = Types(Shape(PlanModel), Shape(PlanModel))


def value(spec: Any, plan: Plan, params: dict[str, Any] | None = None) -> Any:
    expr = Compiler(dict.fromkeys(params or {}, None)).expr(spec, ROOT)
    return expr(Scope(plan, plan, "", None, {}, params or {}))


def holds(spec: Any, plan: Plan) -> bool:
    return Compiler({}).cond(spec, ROOT).test(Scope(plan, plan, "", None, {}, {}))


PLAN = parse_plan(
    {
        "dates": {"plan_started": "2026-01-31", "assessment": "2026-01-02"},
        "needs": [
            {"id": "n1", "description": "a", "met_by": "local_authority", "eligibility": "eligible"},
            {"id": "n2", "description": "b", "met_by": "carer"},
        ],
        "support": [
            {"id": "s1", "description": "x", "need_ids": ["n1"], "units_per_week": "3",
             "unit_cost": "10.10", "funding": "personal_budget"},
            {"id": "s2", "description": "y", "need_ids": ["n1"], "units_per_week": "1",
             "unit_cost": "0.20", "funding": "nhs"},
        ],
        "personal_budget": {"total": "30.50"},
    }
)  # fmt: skip


def test_sums_are_exact_decimals() -> None:
    assert value({"sum": "support", "field": "cost_per_week"}, PLAN) == Decimal("30.50")
    spec = {"sum": "support", "where": {"path": "funding", "eq": "nhs"}, "field": "cost_per_week"}
    assert value(spec, PLAN) == Decimal("0.20")
    assert holds(
        {
            "value": {"sum": "support", "field": "cost_per_week"},
            "eq": {"path": "personal_budget.total"},
        },
        PLAN,
    )


def test_date_differences_in_days_and_months() -> None:
    assert value({"days": ["dates.assessment", "dates.plan_started"]}, PLAN) == 29
    assert value({"months": ["dates.assessment", "dates.plan_started"]}, PLAN) == 0
    assert value({"add_months": ["dates.plan_started", 1]}, PLAN) == date(2026, 2, 28)  # month end
    assert value({"days": ["dates.services_start", "dates.plan_started"]}, PLAN) is None  # unknown


def test_counts_and_cross_references() -> None:
    assert value({"count": "needs", "where": {"path": "met_by", "eq": "carer"}}, PLAN) == 1
    assert value({"collect": "$.support[*].need_ids"}, PLAN) == frozenset({"n1"})
    every_need_supported = {
        "each": "needs", "has": {"path": "id", "in": {"collect": "$.support[*].need_ids"}}
    }  # fmt: skip
    assert not holds(every_need_supported, PLAN)
    assert holds({"some": "needs", "where": {"path": "id", "eq": {"path": "^.needs[1].id"}}}, PLAN)


def test_unknown_values_never_satisfy_a_comparison() -> None:
    assert not holds({"path": "personal_budget.indicative_amount", "gt": 0}, PLAN)
    assert not holds({"path": "personal_budget.indicative_amount", "le": 0}, PLAN)
    assert holds({"path": "personal_budget.indicative_amount", "present": False}, PLAN)


@pytest.mark.parametrize(
    "spec",
    [
        {"path": "needs.how_met", "present": True},  # a list read without [*]
        {"path": "needs[*].colour", "present": True},
        {"path": "^.id", "present": True},  # no enclosing item at plan level
        {"path": "status", "equals": "draft"},
        {"path": "status", "eq": "draft", "ne": "ended"},
    ],
)
def test_malformed_conditions_are_refused_at_compile_time(spec: dict[str, Any]) -> None:
    with pytest.raises(SpecError):
        Compiler({}).cond(spec, ROOT)


def test_dated_parameters_follow_the_plans_date() -> None:
    rate = Parameter(
        "rate",
        "d",
        "s",
        ((date(2025, 4, 1), Decimal("23.50")), (date(2026, 4, 1), Decimal("24.45"))),
    )
    assert rate.on(date(2026, 3, 31)) == Decimal("23.50")
    assert rate.on(date(2026, 4, 1)) == Decimal("24.45")
    assert rate.on(None) == Decimal("24.45")  # no date: the latest
    assert rate.on(date(2020, 1, 1)) == Decimal("23.50")  # before the first: the earliest


def test_costing_facts_are_read_from_the_costing_once_per_plan() -> None:
    assert value({"costing": "cover.budget"}, PLAN) == Decimal("30.50")
    assert value({"costing": "cover.budget_cost"}, PLAN) == Decimal("30.30")
    assert value({"costing": "cover.unassigned"}, PLAN) == Decimal("0.00")
    assert value({"costing": "rates_in_force"}, PLAN) is True  # plan started 2026-01-31
    support = Types(Shape(SupportLine), Shape(PlanModel))
    paid = Compiler({}).expr({"costing": "line.paid_from_budget"}, support)
    root = Scope(PLAN, PLAN, "", None, {}, {})
    assert root.cache == {}  # nothing is worked out until a rule asks
    assert [paid(root.child(line, "support")) for line in PLAN.support] == [True, False]
    costing = root.cache["costing"]
    paid(root.child(PLAN.support[1], "support"))
    assert root.cache["costing"] is costing  # once per plan


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"costing": "cover.nope"}, "has no field 'nope'"),
        ({"costing": "line.above_framework_rate"}, "only valid while checking support lines"),
        ({"costing": "$.personal_budget.total"}, "must name a fact"),
        ({"costing": "lines[*].payer"}, "must name one fact"),
        ({"costing": ""}, "must name one fact"),
    ],
)
def test_costing_facts_are_checked_when_a_pack_loads(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        Compiler({}).expr(spec, ROOT)


def test_lincolnshire_framework_rates_follow_the_costing_date() -> None:
    """LCC-08 uses the rate in force when services start (the costing's date), not plan start."""
    pack = next(p for p in load_packs(["lincolnshire"]) if p.name == "lincolnshire")
    rule = next(r for r in pack.rules if r.id == "LCC-08")
    line = {"id": "s1", "description": "agency care", "kind": "home_care", "unit": "hour",
            "unit_cost": "24.00", "funding": "personal_budget"}  # fmt: skip

    def status(dates: dict[str, str]) -> list[str]:
        plan = parse_plan({"dates": dates, "support": [line]})
        return [f.status.value for f in run_rule(rule, plan, pack)]

    assert status({"plan_started": "2026-03-20"}) == ["fail"]  # 2025-26: £23.50
    assert status({"plan_started": "2026-03-20", "services_start": "2026-04-06"}) == ["pass"]
    assert status({"plan_started": "2023-05-01"}) == ["not_applicable"]  # no rates in force


def test_findings_are_in_pack_then_rule_order_and_summarised_per_rule() -> None:
    report = evaluate(load_demo_plan("miss-s"))
    order = [f.rule_id for f in report.findings]
    expected = [r.id for p in load_packs(["lincolnshire"]) for r in p.rules]
    assert list(dict.fromkeys(order)) == expected
    assert sum(sum(c.values()) for c in report.summary.values()) == len(expected)
    assert report.summary["must"]["fail"] == 3


def test_unverified_must_rules_do_not_block_sign_off() -> None:
    data = load_demo_plan("florence-and-mary").to_json()
    data["copies"] = []  # CA-25 (MUST, verified U) now fails
    report = evaluate(parse_plan(data))
    ca25 = [f for f in report.failures() if f.rule_id == "CA-25"]
    assert ca25 and all(f.level is Level.should for f in ca25)
    assert sign_off_blockers(parse_plan(data)) == []


def test_sign_off_blockers_are_the_must_failures() -> None:
    blockers = sign_off_blockers(load_demo_plan("miss-s"))
    assert [(f.rule_id, f.status, f.level) for f in blockers] == [
        ("CA-04", Status.fail, Level.must),
        ("CA-08", Status.fail, Level.must),
        ("CA-46", Status.fail, Level.must),
    ]


def test_messages_name_the_offending_item() -> None:
    data = {"needs": [{"id": "n1", "description": "getting dressed", "eligibility": "eligible",
                       "met_by": "local_authority"}]}  # fmt: skip
    finding = next(f for f in evaluate(parse_plan(data)).failures() if f.rule_id == "CA-03")
    assert finding.paths == ["needs[0].how_met"]
    assert "'getting dressed'" in finding.message and "'getting dressed'" in (
        finding.easy_read or ""
    )


def test_evaluation_restores_the_garbage_collector() -> None:
    assert gc.isenabled()
    evaluate(PLAN)
    assert gc.isenabled()
    gc.disable()
    try:
        evaluate(PLAN)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_council_adds_a_pack_without_code(tmp_path: Path) -> None:
    (tmp_path / "local").mkdir()
    source = Path(__file__).resolve().parents[2] / "rules"
    for folder in ("care_act_2014", "good_practice"):
        (tmp_path / folder).symlink_to(source / folder)
    text = (source / "local" / "lincolnshire.yaml").read_text(encoding="utf-8")
    text = text.replace("name: lincolnshire", "name: otherby").replace("LCC-", "OTH-")
    text = text.replace("{from: 2024-02-08, value: 56}", "{from: 2024-02-08, value: 42}")
    text = text.replace(
        "lincolnshire/rates.yaml", str(source / "local" / "lincolnshire" / "rates.yaml")
    )
    (tmp_path / "local" / "otherby.yaml").write_text(text, encoding="utf-8")
    packs = load_packs(["otherby"], root=tmp_path)
    plan = parse_plan(
        {"dates": {"plan_started": "2026-03-02"}, "review": {"first_review_on": "2026-04-20"}}
    )
    failing = {f.rule_id for f in evaluate(plan, packs).failures()}
    assert "OTH-04" in failing  # 7 weeks: within Lincolnshire's 8, outside Otherby's 6
