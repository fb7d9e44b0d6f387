"""A plan's whole money picture in one call, for the API, the documents and easy read.

``plan_budget(plan)`` picks the date (``money_dates.costing_date``) and the council's rates, costs
the plan (``budget.plan_costing``) and, when the plan buys personal-assistant hours with a direct
payment, works out what that direct payment must cover (``directpayment.calculate``) from the
plan's own lines. Every figure a document shows should come from here, never from its own sums.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date as Date
from decimal import Decimal

from pydantic import BaseModel

from service.plan.budget import Costing, plan_costing
from service.plan.directpayment import (
    DirectPaymentRequest,
    DirectPaymentResult,
    Worker,
    calculate,
)
from service.plan.enums import Delivery, SupportKind, Unit
from service.plan.models import Plan
from service.plan.money_dates import costing_date, council_of
from service.plan.money_periods import MoneyPeriod, as_period
from service.plan.money_rates import council_rates


class PlanBudget(BaseModel):
    on: Date
    council: str
    costing: Costing
    direct_payment: DirectPaymentResult | None


def plan_budget(plan: Plan, on: Date | None = None) -> PlanBudget:
    when = on or costing_date(plan)
    council = council_of(plan)
    request = direct_payment_request(plan, when)
    return PlanBudget(
        on=when,
        council=council,
        costing=plan_costing(plan, council_rates(council, when)),
        direct_payment=calculate(request) if request is not None else None,
    )


def direct_payment_request(plan: Plan, on: Date) -> DirectPaymentRequest | None:
    """The calculator's request for the personal-assistant hours a plan buys with a direct
    payment: support lines of kind ``personal_assistant``, priced by the ``hour``, delivered by
    ``direct_payment``. Lines at the same hourly pay are taken as one worker (Yvonne's weekday
    and Saturday hours are one PA); ``None`` when the plan employs nobody this way."""
    hours: dict[Decimal, Decimal] = defaultdict(Decimal)
    for line in plan.support:
        if _is_pa_hours(line.kind, line.unit, line.delivery) and line.unit_cost is not None:
            hours[line.unit_cost] += line.units_per_week or Decimal(0)
    if not hours:
        return None
    workers = [
        Worker(name=None, hours_per_week=h, hourly_pay=pay) for pay, h in sorted(hours.items())
    ]
    return DirectPaymentRequest(
        council=council_of(plan), on=on, pay_period=_pay_period(plan), workers=workers
    )


def _is_pa_hours(kind: SupportKind | None, unit: Unit | None, delivery: Delivery | None) -> bool:
    return (
        kind == SupportKind.personal_assistant
        and unit == Unit.hour
        and delivery == Delivery.direct_payment
    )


def _pay_period(plan: Plan) -> MoneyPeriod:
    frequency = plan.direct_payment.frequency if plan.direct_payment else None
    return as_period(frequency.value) if frequency else MoneyPeriod.four_weeks
