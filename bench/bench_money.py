"""Benchmark: how much explaining every pound costs, against validating the plan it comes from.

Every money endpoint first parses a plan (or a request) with pydantic; that is the floor. We time,
in the same run and on the same data:

* baseline   ``parse_plan`` of a 40-line plan (what any plan endpoint pays anyway);
* costing    ``plan_costing`` of that plan (lines, payers, split, flags, all explained);
* whole      ``plan_budget`` (costing + a direct payment from its PA lines);
* calculator ``directpayment.calculate`` for 3 personal assistants with a reserve;
* indicative ``indicative_budget`` for all 10 outcomes.

Targets are ratios to the baseline, so they hold on a slower machine. Writes docs/bench/money.md.
"""

from __future__ import annotations

import sys
import timeit
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.plan import parse_plan  # noqa: E402
from service.plan.budget import plan_costing  # noqa: E402
from service.plan.directpayment import DirectPaymentRequest, Reserve, Worker, calculate  # noqa: E402
from service.plan.enums import ADULT_OUTCOMES  # noqa: E402
from service.plan.money_indicative import IndicativeRequest, indicative_budget  # noqa: E402
from service.plan.money_plan import plan_budget  # noqa: E402
from service.plan.money_rates import council_rates  # noqa: E402

ON = date(2026, 6, 1)
KINDS = ["home_care", "personal_assistant", "day_service", "reablement", "health"]
FUNDING = ["personal_budget", "personal_budget", "personal_budget", "personal_budget", "nhs"]
# Ratio ceilings: explained money may cost at most this many parses of the same plan. They are
# regression guards set with headroom over the first measurements (2-core machine under load):
# costing ~3x, whole ~7x, calculator ~4x (72 explained lines in 4 periods), indicative ~0.5x.
TARGETS = {"costing": 5.0, "whole": 10.0, "calculator": 6.0, "indicative": 2.0}


def big_plan() -> dict[str, Any]:
    support = [
        {
            "id": f"s{i}",
            "description": f"Support line {i}",
            "kind": KINDS[i % 5],
            "unit": "hour",
            "units_per_week": str(1 + i % 9),
            "unit_cost": f"{12 + i % 15}.50",
            "funding": FUNDING[i % 5],
            "delivery": "direct_payment" if i % 5 == 1 else "council_managed",
        }
        for i in range(40)
    ]
    budget = {"council_contribution": "2500.00", "person_contribution": "120.00"}
    return {"rule_pack": "lincolnshire", "support": support, "personal_budget": budget}


def per_call(fn: Any, number: int = 200) -> float:
    """Best of 5 runs, seconds per call."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


def main() -> int:
    raw = big_plan()
    plan = parse_plan(raw)
    rates = council_rates("lincolnshire", ON)
    dp = DirectPaymentRequest(
        on=ON,
        workers=[Worker(hours_per_week=Decimal(h)) for h in (6, 20, 35)],
        reserve=Reserve(weekly_cost=Decimal("1250")),
    )
    ind = IndicativeRequest(
        given_on=ON, needs=[{"outcome": o.value, "level": "some_help"} for o in ADULT_OUTCOMES]
    )
    base = per_call(lambda: parse_plan(raw))
    times = {
        "costing": per_call(lambda: plan_costing(plan, rates)),
        "whole": per_call(lambda: plan_budget(plan, ON)),
        "calculator": per_call(lambda: calculate(dp)),
        "indicative": per_call(lambda: indicative_budget(ind)),
    }
    rows = [f"| parse_plan (baseline, 40 lines) | {base * 1000:.3f} | 1.00 | - | - |"]
    failed = []
    for name, t in times.items():
        ratio = t / base
        ok = ratio <= TARGETS[name]
        failed += [] if ok else [name]
        rows.append(
            f"| {name} | {t * 1000:.3f} | {ratio:.2f} | ≤ {TARGETS[name]:.1f} | "
            f"{'pass' if ok else 'FAIL'} |"
        )
    write(rows)
    print("\n".join(rows))
    return 1 if failed else 0


def write(rows: list[str]) -> None:
    text = [
        "## Money (budgets, costing, direct payments)",
        "",
        "`bench/bench_money.py`. Milliseconds per call (best of 5 × 200) and the ratio to parsing",
        "the same 40-line plan, which every plan endpoint pays anyway.",
        "",
        "| operation | ms per call | ratio to parse | target | result |",
        "| --- | ---: | ---: | --- | --- |",
        *rows,
        "",
    ]
    out = ROOT / "docs" / "bench" / "money.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(text), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
