"""A plan's whole money picture: the demo plans' PA hours through the calculator."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from service.demo import load_demo_plan
from service.plan import parse_plan
from service.plan.money_plan import direct_payment_request, plan_budget


def test_yvonne_and_john_weekday_and_saturday_hours_are_one_pa() -> None:
    plan = load_demo_plan("yvonne-and-john")
    request = direct_payment_request(plan, date(2027, 1, 18))
    assert request is not None and len(request.workers) == 1
    assert request.workers[0].hours_per_week == D(6)  # 5 weekday hours + 1 on Saturday
    assert request.workers[0].hourly_pay == D("13.50")
    assert request.pay_period == "four_weeks"  # the plan's direct payment is four-weekly


def test_plan_budget_for_yvonne_and_john() -> None:
    result = plan_budget(load_demo_plan("yvonne-and-john"))
    assert result.on == date(2027, 2, 8)  # services start
    assert result.costing.total_per_week == D("100.57")
    dp = result.direct_payment
    assert dp is not None
    # Same figures as the worked example in test_directpayment: £400.05 every 4 weeks.
    assert dp.total == D("400.05")
    assert dp.employer_costs_per_week["holiday_pay"] == D("9.78")


def test_miss_s_pa_hours_exclude_the_weekly_relapse_fund() -> None:
    request = direct_payment_request(load_demo_plan("miss-s"), date(2027, 3, 15))
    assert request is not None
    assert [w.hours_per_week for w in request.workers] == [D(10)]


def test_no_direct_payment_pa_no_calculation() -> None:
    plan = parse_plan(
        {
            "support": [
                {
                    "id": "s",
                    "description": "home care",
                    "kind": "home_care",
                    "unit": "hour",
                    "units_per_week": "3",
                    "unit_cost": "24",
                }
            ]
        }
    )
    assert direct_payment_request(plan, date(2026, 6, 1)) is None
    assert plan_budget(plan, date(2026, 6, 1)).direct_payment is None


def test_different_pay_rates_are_different_workers() -> None:
    line = {"kind": "personal_assistant", "unit": "hour", "delivery": "direct_payment"}
    plan = parse_plan(
        {
            "support": [
                {
                    "id": "a",
                    "description": "PA days",
                    "units_per_week": "10",
                    "unit_cost": "13.00",
                    **line,
                },
                {
                    "id": "b",
                    "description": "PA nights",
                    "units_per_week": "4",
                    "unit_cost": "15.00",
                    **line,
                },
            ]
        }
    )
    request = direct_payment_request(plan, date(2026, 6, 1))
    assert request is not None
    assert [(w.hours_per_week, w.hourly_pay) for w in request.workers] == [
        (D(10), D("13.00")),
        (D(4), D("15.00")),
    ]
