"""Values computed from a plan, never stored: each support line's cost per week and per year,
the plan's weekly and yearly totals, and the weekly split by who pays (funding).

A year is 52 weeks, the convention councils use for personal budgets. A line whose units or unit
cost is unknown has no cost and is listed in ``lines_without_cost`` rather than counted as zero.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from service.plan import Plan
from service.plan.money import ZERO, pence

WEEKS_PER_YEAR = Decimal(52)


def plan_derived(plan: Plan) -> dict[str, Any]:
    """The derived block served next to a plan (money as decimal strings, like the plan)."""
    lines = []
    by_funding: dict[str, Decimal] = {}
    week = ZERO
    for line in plan.support:
        cost = line.cost_per_week
        lines.append(_line(line.id, cost))
        if cost is not None:
            week += cost
            key = line.funding.value if line.funding is not None else "unknown"
            by_funding[key] = by_funding.get(key, ZERO) + cost
    return {
        "support": lines,
        "total_per_week": str(pence(week)),
        "total_per_year": str(pence(week * WEEKS_PER_YEAR)),
        "per_week_by_funding": {k: str(pence(v)) for k, v in sorted(by_funding.items())},
        "lines_without_cost": [item["id"] for item in lines if item["cost_per_week"] is None],
    }


def _line(line_id: str, cost: Decimal | None) -> dict[str, Any]:
    if cost is None:
        return {"id": line_id, "cost_per_week": None, "cost_per_year": None}
    return {
        "id": line_id,
        "cost_per_week": str(cost),
        "cost_per_year": str(pence(cost * WEEKS_PER_YEAR)),
    }
