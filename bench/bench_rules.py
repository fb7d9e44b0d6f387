"""Benchmark: every rule pack over a large plan, and how the time grows with the plan.

A generated plan with 200 needs, 200 support lines and 100 risks (every need linked to an
outcome and a support line, a direct payment, equipment, advice for unmet needs, so most rules
walk real lists) is checked against all packs (national, Lincolnshire, good practice). Then the
same at double the size. Targets (issue 3): median <= 20 ms at size 1, and near-linear growth:
time(double) / time(size 1) <= 2.2. The ratio is the machine-independent target; the parse of
the same plan is reported beside it for scale. Writes docs/bench/rules.md.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.plan import Plan, parse_plan  # noqa: E402
from service.rules import evaluate, load_packs  # noqa: E402

OUT = ROOT / "docs" / "bench" / "rules.md"
TARGET_MS, TARGET_RATIO = 20.0, 2.2
RUNS = 41
OUTCOMES = ["maintaining_personal_hygiene", "managing_and_maintaining_nutrition"]
MET_BY = ["local_authority", "local_authority", "local_authority", "carer", "not_met"]


def _gap(i: int, every: int) -> bool:
    """Every ``every``-th item leaves something out, like a real draft; 1 = every item."""
    return i % every == 0


def _need(i: int, every: int) -> dict[str, Any]:
    gap = _gap(i, every)
    return {
        "id": f"need-{i}",
        "description": f"need number {i}",
        "eligibility": None if gap else "eligible",
        "eligibility_outcomes": [OUTCOMES[i % 2]],
        "unable_reason": [] if gap else ["without_assistance"],
        "met_by": MET_BY[i % len(MET_BY)],
        "how_met": None if gap else "support lines below",
        "direct_payment_possible": None if gap else i % 2 == 0,
        "fluctuating": i % 7 == 0,
        "fluctuation_plan": None if gap else "extra hours on request",
        "outcome_ids": [f"out-{i}"],
    }


def _outcome(i: int, every: int) -> dict[str, Any]:
    gap = _gap(i, every)
    return {
        "id": f"out-{i}",
        "statement": f"Support with thing {i}" if gap else f"I want thing {i}",
        "need_ids": [f"need-{i}"],
        "wellbeing_domains": [] if gap else ["control_over_day_to_day_life"],
        "how_support_helps": None if gap else "support lines below",
    }


RATE_WITHIN = {"home_care": "24.00", "personal_assistant": "17.50"}


def _support(i: int, n_needs: int, every: int) -> dict[str, Any]:
    # Within the framework rate for its kind (home care £24.45, a personal assistant £17.70 an
    # hour), except the gap line: LCC-08 checks every budget-paid line against its own kind's rate.
    kind = "home_care" if i % 3 else "personal_assistant"
    return {
        "id": f"sup-{i}",
        "description": f"support line {i}",
        "kind": kind,
        "need_ids": [f"need-{i % n_needs}"],
        "units_per_week": "0.1",
        "unit": "hour",
        "unit_cost": "31.00" if _gap(i, every) else RATE_WITHIN[kind],
        "funding": "personal_budget",
        "delivery": "direct_payment" if i % 8 == 0 else "council_managed",
    }


def _risk(i: int, every: int) -> dict[str, Any]:
    gap = _gap(i, every)
    return {
        "id": f"risk-{i}",
        "description": f"risk {i}",
        "likely_harm": "missed meals",
        "proactive": ["neighbour has a key"],
        "reactive": [] if gap else ["emergency home care"],
    }


def make_plan(scale: int, every: int = 10) -> Plan:
    """A plan with 200/200/100 x ``scale`` needs/support/risks; a gap in every ``every``-th item."""
    n_needs, n_support, n_risks = 200 * scale, 200 * scale, 100 * scale
    return parse_plan(
        {
            "rule_pack": "lincolnshire",
            "dates": {"plan_started": "2026-05-01"},
            "person": {
                "name": "Bench Person",
                "views_wishes_feelings_beliefs": "I like routine",
                "communication": {"formats": ["easy_read"]},
            },
            "involvement": {
                "people": [{"id": "p1", "name": "Bench Person", "role": "person"}],
                "options_considered": ["home care", "PA"],
                "chosen_option": "home care",
                "agreement": {"status": "agreed", "steps_taken": ["two meetings"]},
            },
            "wellbeing": [{"domain": "control_over_day_to_day_life", "impact": "high"}],
            "assessment": {
                "identified_needs": [{"ref": f"a{i}", "description": f"n{i}"} for i in range(50)]
            },
            "needs": [_need(i, every) for i in range(n_needs)],
            "eligibility": {"impairment_related": True, "significant_impact": True},
            "outcomes": [_outcome(i, every) for i in range(n_needs)],
            "strengths": [{"id": "str-1", "description": "good memory for routes"}],
            "support": [_support(i, n_needs, every) for i in range(n_support)],
            "risks": [_risk(i, every) for i in range(n_risks)],
            "equipment": [
                {"id": f"eq-{i}", "item": f"item {i}", "need_ids": [f"need-{i}"], "cost": "0.00"}
                for i in range(20)
            ],
            "information_and_advice": [
                {"kind": "meet_or_reduce", "content": "advice"},
                {"kind": "prevent_or_delay", "content": "advice"},
            ]
            + [
                {"kind": "services", "need_ids": [f"need-{i}"], "content": "advice"}
                for i in range(0, n_needs, 5)
            ],
            "personal_budget": {
                "total": "5000.00",
                "person_contribution": "100.00",
                "council_contribution": "4900.00",
                "indicative_amount": "4800.00",
                "calculation_method": "RAS",
                "management": "mixed",
            },
            "direct_payment": {
                "need_ids": [f"need-{i}" for i in range(0, n_needs, 8)],
                "amount": "400.00",
                "frequency": "four_weekly",
                "first_payment_on": "2026-05-10",
                "reviews": [{"date": "2026-10-01"}, {"date": "2027-09-01"}],
            },
            "review": {"first_review_on": "2026-06-20", "then_every_months": 12},
        }
    )


def median_ms(plan: Plan, packs: list[Any], clock: Any = time.thread_time) -> float:
    """Median CPU time of this thread by default: the shared 2-core CI machine is often busy
    with other jobs, and wall-clock time would measure their load, not this code."""
    times = []
    for _ in range(RUNS):
        start = clock()
        evaluate(plan, packs)
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def parse_ms(data: dict[str, Any]) -> float:
    times = []
    for _ in range(11):
        start = time.perf_counter()
        parse_plan(data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    packs = load_packs(["lincolnshire"])
    rules = sum(len(p.rules) for p in packs)
    one, two = make_plan(1), make_plan(2)
    evaluate(one, packs)  # warm up (compiled packs are cached at load)
    t1, t2 = median_ms(one, packs), median_ms(two, packs)
    wall1 = median_ms(one, packs, time.perf_counter)
    worst1, worst2 = make_plan(1, every=1), make_plan(2, every=1)
    w1, w2 = median_ms(worst1, packs), median_ms(worst2, packs)
    report, worst = evaluate(one, packs), evaluate(worst1, packs)
    ratio = t2 / t1
    parse = parse_ms(one.to_json())
    ok = t1 <= TARGET_MS and ratio <= TARGET_RATIO
    lines = [
        "## Rules engine (`bench/bench_rules.py`)",
        "",
        f"All {rules} rules in {len(packs)} packs ({', '.join(p.name for p in packs)}) over a "
        "generated plan that is mostly complete, with a gap in every 10th need, outcome, support "
        f"line and risk (like a real draft). Median of {RUNS} runs of this thread's CPU time "
        "(the 2-core machine is shared; wall clock is shown once for comparison). The plan is "
        "already parsed; parsing is the API's cost, shown for scale.",
        "",
        "| plan | median | target |",
        "| --- | --- | --- |",
        f"| 200 needs, 200 support lines, 100 risks | {t1:.2f} ms | <= {TARGET_MS:.0f} ms |",
        f"| double (400 / 400 / 200) | {t2:.2f} ms | |",
        f"| ratio double / single | {ratio:.2f} | <= {TARGET_RATIO} |",
        f"| single plan, wall clock (machine load included) | {wall1:.2f} ms | |",
        f"| worst case, every item failing: single | {w1:.2f} ms | |",
        f"| worst case, every item failing: double (ratio {w2 / w1:.2f}) | {w2:.2f} ms | |",
        f"| for scale: `parse_plan` of the single plan | {parse:.2f} ms | |",
        "",
        f"Findings: {len(report.findings)} ({len(report.failures())} failing) for the draft; "
        f"{len(worst.findings)} ({len(worst.failures())} failing) for the worst case, where "
        "building and wording each failing finding dominates. Result: "
        f"{'PASS' if ok else 'FAIL'}.",
        "",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
