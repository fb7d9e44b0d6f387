"""Values computed from a plan, never stored, served next to it by ``GET /api/plans/{id}``.

Every figure comes from the money domain (``service.plan.money_plan.plan_budget``), so the API,
the documents and easy read show the same pounds and pence, with the council's own weeks-a-year
convention. A line whose units or unit cost is unknown has no cost and is listed in
``lines_without_cost`` rather than counted as zero. When the plan's council has no rates in force
on the plan's date, the block says why instead of failing the read.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from service.errors import InvalidInput, NotFound
from service.plan import Plan
from service.plan.money_plan import plan_budget


def plan_derived(plan: Plan) -> dict[str, Any]:
    """The derived block (money as decimal strings, like the plan)."""
    try:
        costing = plan_budget(plan).costing
    except (NotFound, InvalidInput) as error:
        return {"available": False, "reason": error.message}
    return {
        "available": True,
        "council": costing.council,
        "illustration": costing.illustration,
        "weeks_per_year": str(costing.weeks_per_year),
        "support": [
            {
                "id": line.support_id,
                "cost_per_week": _text(line.cost_per_week),
                "cost_per_year": _text(line.cost_per_year),
                "payer": line.payer.value,
            }
            for line in costing.lines
        ],
        "total_per_week": str(costing.total_per_week),
        "total_per_year": str(costing.total_per_year),
        "per_week_by_payer": {
            line.key.removeprefix("payer_"): str(line.amount) for line in costing.by_payer.lines
        },
        "lines_without_cost": costing.unknown_cost,
    }


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)
