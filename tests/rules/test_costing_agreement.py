"""The costing and the rules give one answer: every rule the costing flags (``Costing.flags``,
shown by the money view) fails in the rules engine for exactly the same plans, and the other way
round.

The same plans go to both: the demo plans, every rule's own examples and edge cases, a seeded
table of variations (weekly and yearly budgets, recorded as a total, as contributions or not at
all; named and unnamed top-ups and other public money; lines paid by the budget, a top-up, the
NHS or other public money, reablement; every kind and unit the council has a framework rate for,
and some it has not; authorised or not; any delivery; dates in each rate year, straddling two,
before any rates and none at all) and hypothesis' own variations of the same. For each plan the
set of rule ids the costing flags must equal the set of those rules that fail; for LCC-08 the
lines must be the same too. On failure the message counts every disagreement by rule and side.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.demo import demo_plan_names, load_demo_plan
from service.errors import InvalidInput, NotFound
from service.plan import Plan, parse_plan
from service.plan.budget import plan_costing
from service.plan.money_dates import costing_date, council_of
from service.plan.money_rates import council_rates
from service.rules import Status, evaluate, load_packs

PACKS = load_packs(["lincolnshire"])
CASES_DIR = Path(__file__).with_name("cases")
# The rules the costing flags: each must mean the same thing on both sides. (Before the costing
# and the rules shared their facts it also flagged CA-34 and LCC-06, with other meanings than
# the rules of those ids; the rules alone decide those now.)
COMPARED = ("CA-36", "CA-37", "LCC-08")

Answer = tuple[frozenset[str], frozenset[tuple[str, str]]]


def costing_answer(plan: Plan) -> Answer | None:
    """The rules the costing flags, and (rule, path) of each flag; None if it cannot cost."""
    try:
        rates = council_rates(council_of(plan), costing_date(plan))
    except (InvalidInput, NotFound):
        return None  # no rates in force on that date: the money view says so, no figures
    flags = plan_costing(plan, rates).flags
    assert {f.rule for f in flags} <= set(COMPARED), "a new flag must be compared here"
    return frozenset(f.rule for f in flags), frozenset((f.rule, f.path) for f in flags)


def rules_answer(plan: Plan) -> Answer:
    fails = [
        f
        for f in evaluate(plan, PACKS).findings
        if f.status is Status.fail and f.rule_id in COMPARED
    ]
    return (
        frozenset(f.rule_id for f in fails),
        frozenset((f.rule_id, p) for f in fails for p in f.paths),
    )


def disagreements(plan: Plan) -> list[tuple[str, str]]:
    """(rule, "costing only" | "rules only" | "other lines") for each way the two differ."""
    costing = costing_answer(plan)
    if costing is None:
        return []
    (flagged, flag_paths), (failed, fail_paths) = costing, rules_answer(plan)
    out = [(r, "costing only") for r in sorted(flagged - failed)]
    out += [(r, "rules only") for r in sorted(failed - flagged)]
    lines = {p for r, p in flag_paths if r == "LCC-08"}
    if "LCC-08" in flagged & failed and lines != {p for r, p in fail_paths if r == "LCC-08"}:
        out.append(("LCC-08", "other lines"))
    return out


# --- the plans ----------------------------------------------------------------------------------


def known_plans() -> Iterator[tuple[str, dict[str, Any] | Plan]]:
    for name in demo_plan_names():
        yield f"demo {name}", load_demo_plan(name)
    for pack in PACKS:
        for rule in pack.rules:
            for kind, examples in (
                ("pass", rule.examples.passing),
                ("fail", rule.examples.failing),
            ):
                for example in examples:
                    yield f"example {rule.id} {kind}: {example.note}", example.plan
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            yield f"case {case['rule']}: {case['note']}", case["plan"]


# Kind, unit and the 2026-27 framework rate (None: the council sets no rate for that kind/unit).
KINDS = [
    ("home_care", "hour", "24.45"),
    ("personal_assistant", "hour", "17.70"),
    ("day_service", "session", "47.00"),
    ("respite", "night", "125.00"),
    ("home_care", "session", None),
    ("community", "session", None),
    ("reablement", "hour", None),
    (None, "hour", None),
]
FUNDING = ["personal_budget"] * 4 + [
    "nhs",
    "other_public",
    "person_top_up",
    "third_party",
    "free",
    None,
]
DATES = [
    {},
    {"plan_started": "2024-09-01"},
    {"plan_started": "2025-06-01"},
    {"plan_started": "2026-05-01"},
    {"plan_started": "2026-03-20", "services_start": "2026-04-06"},  # two rate years
    {"assessment": "2025-10-01"},
    {"plan_started": "2023-05-01"},  # before any rates
]


def table_plan(rng: random.Random) -> dict[str, Any]:
    """One plan drawn from every dimension the two sides could read differently."""
    support = []
    for i in range(rng.randint(0, 4)):
        kind, unit, rate = rng.choice(KINDS)
        base = D(rate) if rate else D(rng.choice(["18.00", "40.00", "110.00"]))
        cost = base + D(rng.choice(["-2.00", "0.00", "0.00", "0.01", "1.50", "6.00"]))
        line: dict[str, Any] = {
            "id": f"s{i}",
            "description": f"support {i}",
            "unit": unit,
            "units_per_week": rng.choice(["1", "2", "3.5", "10"]),
            "unit_cost": str(cost),
        }
        optional = {
            "kind": kind,
            "funding": rng.choice(FUNDING),
            "delivery": rng.choice(["direct_payment", "council_managed", None]),
            "rate_authorised": rng.choice([None, None, True, False]),
        }
        line.update({k: v for k, v in optional.items() if v is not None})
        support.append(line)
    weekly = sum(
        (
            D(s["units_per_week"]) * D(s["unit_cost"])
            for s in support
            if s.get("funding") == "personal_budget"
        ),
        D(0),
    )
    period = rng.choice(["week", "week", "year"])
    amount = max(weekly + D(rng.choice(["-60", "-20", "-0.01", "0", "0", "15"])), D(0))
    if period == "year":
        amount *= D("52.143")
    amount = amount.quantize(D("0.01"))
    budget: dict[str, Any] = {"period": period}
    shape = rng.choice(["total+parts", "total+parts", "total", "parts", "none"])
    if "total" in shape:
        budget["total"] = str(amount)
    if "parts" in shape:
        person = min(D(rng.choice(["0", "25.50"])), amount)
        budget |= {"person_contribution": str(person), "council_contribution": str(amount - person)}
    if rng.random() < 0.4:
        top_up = {"amount": rng.choice(["10.00", "20.00", "60.00", "1500.00"])}
        budget["top_ups"] = [top_up | ({"by": "daughter"} if rng.random() < 0.75 else {})]
    if rng.random() < 0.4:
        money = {"amount": rng.choice(["30.00", "80.00", "200.00", "5000.00"])}
        budget["other_public_money"] = [money | ({"source": "ICB"} if rng.random() < 0.75 else {})]
    return {"dates": rng.choice(DATES), "support": support, "personal_budget": budget}


def table_plans(count: int = 1500, seed: int = 2026) -> Iterator[tuple[str, dict[str, Any]]]:
    rng = random.Random(seed)
    for i in range(count):
        yield f"table {i}", table_plan(rng)


def all_plans() -> Iterator[tuple[str, Plan]]:
    for name, plan in [*known_plans(), *table_plans()]:
        yield name, plan if isinstance(plan, Plan) else parse_plan(plan)


def survey() -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], str]]:
    """Every disagreement counted by (rule, side), with the first plan showing each."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], str] = {}
    for name, plan in all_plans():
        for key in disagreements(plan):
            counts[key] += 1
            first.setdefault(key, name)
    return counts, first


def test_costing_flags_and_rule_findings_agree_on_every_plan() -> None:
    counts, first = survey()
    report = [f"{r} {side}: {n} plans (e.g. {first[(r, side)]})" for (r, side), n in counts.items()]
    assert not counts, "the costing and the rules disagree:\n" + "\n".join(sorted(report))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_costing_flags_and_rule_findings_agree_on_generated_plans(rng: random.Random) -> None:
    plan = parse_plan(table_plan(rng))
    assert disagreements(plan) == []
