"""Money figures for documents, computed once so every format shows the same pence.

The money engineer's ``service.plan.budget`` owns costing rules; while it is absent the figures
come from ``SupportLine.cost_per_week`` (units a week times unit cost, to the penny).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from service.plan.enums import Funding
from service.plan.models import EmployerCosts, Plan, SupportLine
from service.plan.money import ZERO, pence

EMPLOYER_COST_FIELDS = (
    "employer_ni",
    "pension",
    "holiday_pay",
    "insurance",
    "payroll",
    "dbs_checks",
    "training",
    "recruitment",
)


@dataclass(frozen=True)
class SupportRow:
    line: SupportLine
    cost_per_week: Decimal | None


@dataclass(frozen=True)
class FundingTotal:
    funding: Funding | None
    per_week: Decimal


@dataclass(frozen=True)
class Figures:
    rows: tuple[SupportRow, ...]
    total_per_week: Decimal  # sum of the support lines whose cost is known
    uncosted: int  # support lines with no cost yet
    by_funding: tuple[FundingTotal, ...]
    employer_costs: tuple[tuple[str, Decimal], ...]
    employer_costs_total: Decimal | None


def _line_cost(line: SupportLine) -> Decimal | None:
    try:  # the money engineer's costing, when it has landed
        from service.plan import budget  # type: ignore[attr-defined]
    except ImportError:
        return line.cost_per_week
    cost = getattr(budget, "line_cost_per_week", None)
    return cost(line) if callable(cost) else line.cost_per_week


def _by_funding(rows: Iterable[SupportRow]) -> tuple[FundingTotal, ...]:
    totals: dict[Funding | None, Decimal] = {}
    for row in rows:
        if row.cost_per_week is not None:
            key = row.line.funding
            totals[key] = totals.get(key, ZERO) + row.cost_per_week
    order = list(Funding)
    ranked = sorted(totals.items(), key=lambda kv: order.index(kv[0]) if kv[0] else len(order))
    return tuple(FundingTotal(funding, pence(amount)) for funding, amount in ranked)


def _employer_costs(costs: EmployerCosts | None) -> tuple[tuple[str, Decimal], ...]:
    if costs is None:
        return ()
    found = ((name, getattr(costs, name)) for name in EMPLOYER_COST_FIELDS)
    return tuple((name, value) for name, value in found if value is not None)


def figures(plan: Plan) -> Figures:
    rows = tuple(SupportRow(line, _line_cost(line)) for line in plan.support)
    known = [row.cost_per_week for row in rows if row.cost_per_week is not None]
    employer = _employer_costs(plan.direct_payment.employer_costs if plan.direct_payment else None)
    return Figures(
        rows=rows,
        total_per_week=pence(sum(known, ZERO)),
        uncosted=len(rows) - len(known),
        by_funding=_by_funding(rows),
        employer_costs=employer,
        employer_costs_total=pence(sum((v for _, v in employer), ZERO)) if employer else None,
    )
