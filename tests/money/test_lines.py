"""Explained lines: words from prompts/money, totals that are sums, easy-read money."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from service.plan.money import gbp_easy
from service.plan.money_lines import Line, easy_read_amount, in_period, view
from service.plan.money_periods import MoneyPeriod, Periods


def test_line_words_come_from_the_text_file() -> None:
    line = Line.make("top_up", D("40"), by="Yvonne's son", per="a week")
    assert line.label == "Top-up from Yvonne's son"
    assert line.working == "Yvonne's son pays £40.00 a week on top of the personal budget"
    assert line.easy_read == "Extra money from Yvonne's son"
    assert line.amount == D("40.00")


def test_easy_read_money_has_pence_only_when_needed() -> None:
    assert gbp_easy(D("120.00")) == "£120"
    assert gbp_easy(D("1200")) == "£1,200"
    assert gbp_easy(D("120.5")) == "£120.50"
    assert easy_read_amount(D("120"), MoneyPeriod.week) == "£120 each week"
    assert easy_read_amount(D("400.05"), MoneyPeriod.four_weeks) == "£400.05 every 4 weeks"


def test_conversion_shows_its_working() -> None:
    lines = [Line.make("top_up", D("312.00"), by="John", per="every 4 weeks")]
    weekly = in_period(lines, MoneyPeriod.four_weeks, MoneyPeriod.week, Periods())
    assert weekly.lines[0].working == "£312.00 every 4 weeks ÷ 4 = £78.00 a week"
    yearly = in_period(weekly.lines, MoneyPeriod.week, MoneyPeriod.year, Periods())
    assert yearly.lines[0].working == "£78.00 a week × 52.143 = £4,067.15 a year"


amount_lists = st.lists(st.decimals(min_value=-1000, max_value=100000, places=2), max_size=12)


@given(amount_lists, st.sampled_from(list(MoneyPeriod)), st.sampled_from(list(MoneyPeriod)))
def test_every_period_view_total_is_the_sum_of_its_lines(amounts, source, target) -> None:
    lines = [Line.make("top_up", a, by="x", per="") for a in amounts]
    for v in (view(lines, source), in_period(lines, source, target, Periods())):
        assert v.total == sum((line.amount for line in v.lines), D(0))
