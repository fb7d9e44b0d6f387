"""Money over HTTP: the indicative budget, a plan's full budget breakdown, and the direct-payment
calculator. Every figure comes from ``service.plan`` (budget, money_indicative, directpayment)
with its explanation lines; this module does no arithmetic. Mount with prefix ``""``.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Annotated

from django.http import HttpRequest
from ninja import Path, Query, Router

from service.plan.directpayment import DirectPaymentRequest, DirectPaymentResult, calculate
from service.plan.money_indicative import IndicativeBudget, IndicativeRequest, indicative_budget
from service.plan.money_plan import PlanBudget, plan_budget

router = Router(tags=["money"])
PlanId = Annotated[str, Path(max_length=64)]


@router.post(
    "/budget/indicative", response=IndicativeBudget, summary="Indicative budget, explained"
)
def indicative(request: HttpRequest, body: IndicativeRequest) -> IndicativeBudget:
    return indicative_budget(body)


@router.get("/plans/{plan_id}/budget", response=PlanBudget, summary="A plan's costing, who pays")
def budget_of_plan(
    request: HttpRequest, plan_id: PlanId, on: Annotated[Date | None, Query()] = None
) -> PlanBudget:
    # Imported here so the money endpoints that need no database load without the store.
    from service.store import selectors
    from service.store.audit import audit_record
    from service.store.models import AuditAction

    record = selectors.plan_get_for_user(request.user, plan_id)
    audit_record(request.user, AuditAction.read, record, detail={"view": "budget"})
    return plan_budget(selectors.plan_current(record), on)


@router.post(
    "/direct-payment/calculate",
    response=DirectPaymentResult,
    summary="Direct payment, line by line",
)
def direct_payment(request: HttpRequest, body: DirectPaymentRequest) -> DirectPaymentResult:
    return calculate(body)
