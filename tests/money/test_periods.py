"""Periods: the conversions people check with a calculator, and round trips within a penny."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from service.plan.money import gbp, pence, percent
from service.plan.money_periods import MoneyPeriod, Periods, as_period

P = Periods()  # 52.143 weeks a year
amounts = st.decimals(min_value=D("0"), max_value=D("100000"), places=2)
LONGER_OR_SAME = [
    (a, b)
    for a in MoneyPeriod
    for b in MoneyPeriod
    if Periods().weeks_in(b) >= Periods().weeks_in(a)
]


def test_weeks_in_each_period() -> None:
    assert P.weeks_in("week") == 1
    assert P.weeks_in("four_weeks") == 4
    assert P.weeks_in("month") == D("4.34525")
    assert P.weeks_in("year") == D("52.143")


def test_worked_conversions() -> None:
    assert P.convert(D("100.00"), "week", "year") == D("5214.30")
    assert P.convert(D("100.00"), "week", "four_weeks") == D("400.00")
    assert P.convert(D("100.00"), "week", "month") == D("434.53")  # 434.525 rounds half up
    assert P.convert(D("5214.30"), "year", "week") == D("100.00")


def test_council_convention_changes_the_year() -> None:
    assert Periods(D("52")).convert(D("100.00"), "week", "year") == D("5200.00")


def test_plan_slugs_are_accepted() -> None:
    assert as_period("weekly") is MoneyPeriod.week
    assert as_period("four_weekly") is MoneyPeriod.four_weeks
    assert as_period("monthly") is MoneyPeriod.month


@given(amounts, st.sampled_from(LONGER_OR_SAME))
def test_round_trip_through_a_longer_period_is_within_a_penny(amount: D, pair: tuple) -> None:
    short, long = pair
    back = P.convert(P.convert(amount, short, long), long, short)
    assert abs(back - amount) <= D("0.01")


@given(amounts, st.sampled_from(list(MoneyPeriod)), st.sampled_from(list(MoneyPeriod)))
def test_round_trip_error_is_bounded_by_the_ratio(
    amount: D, a: MoneyPeriod, b: MoneyPeriod
) -> None:
    # Through a shorter period the half-penny rounding is multiplied back up by the ratio.
    back = P.convert(P.convert(amount, a, b), b, a)
    bound = max(D("0.01"), D("0.005") * P.ratio(b, a) + D("0.005"))
    assert abs(back - amount) <= bound


def test_formatting() -> None:
    assert gbp(D("1234.5")) == "£1,234.50"
    assert gbp(D("-10")) == "-£10.00"
    assert percent(D("0.1207")) == "12.07%"
    assert pence(D("0.125")) == D("0.13")
