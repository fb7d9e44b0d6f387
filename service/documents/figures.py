"""Money figures for documents, computed once so every format shows the same pence.

Costing rules belong to ``service.plan.budget``: a line costs ``SupportLine.cost_per_week`` (units
a week times unit cost, to the penny) and ``budget.payer_of`` says who pays (reablement and
intermediate care never come out of the personal budget). Nothing here re-derives either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from service.plan.budget import Payer, payer_of
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
class PayerTotal:
    payer: Payer
    per_week: Decimal


@dataclass(frozen=True)
class Figures:
    rows: tuple[SupportRow, ...]
    total_per_week: Decimal  # sum of the support lines whose cost is known
    uncosted: int  # support lines with no cost yet
    by_payer: tuple[PayerTotal, ...]
    employer_costs: tuple[tuple[str, Decimal], ...]
    employer_costs_total: Decimal | None


def _by_payer(rows: Iterable[SupportRow]) -> tuple[PayerTotal, ...]:
    totals: dict[Payer, Decimal] = {}
    for row in rows:
        if row.cost_per_week is not None:
            payer = payer_of(row.line)
            totals[payer] = totals.get(payer, ZERO) + row.cost_per_week
    order = list(Payer)
    ranked = sorted(totals.items(), key=lambda kv: order.index(kv[0]))
    return tuple(PayerTotal(payer, pence(amount)) for payer, amount in ranked)


def _employer_costs(costs: EmployerCosts | None) -> tuple[tuple[str, Decimal], ...]:
    if costs is None:
        return ()
    found = ((name, getattr(costs, name)) for name in EMPLOYER_COST_FIELDS)
    return tuple((name, value) for name, value in found if value is not None)


def figures(plan: Plan) -> Figures:
    rows = tuple(SupportRow(line, line.cost_per_week) for line in plan.support)
    known = [row.cost_per_week for row in rows if row.cost_per_week is not None]
    employer = _employer_costs(plan.direct_payment.employer_costs if plan.direct_payment else None)
    return Figures(
        rows=rows,
        total_per_week=pence(sum(known, ZERO)),
        uncosted=len(rows) - len(known),
        by_payer=_by_payer(rows),
        employer_costs=employer,
        employer_costs_total=pence(sum((v for _, v in employer), ZERO)) if employer else None,
    )
