"""Periods for money: a week, four weeks, a month and a year, converted in one place.

A year has ``weeks_per_year`` weeks: 52.143 by default (365.001 days / 7, the convention most
English councils use), or the council's own figure from ``rules/local/<council>/rates.yaml``.
A month is a twelfth of a year; four weeks is exactly 4 weeks.

Conversion goes through the number of weeks in each period and rounds once, at the end
(``service.plan.money``'s rule). Converting to a longer period and back returns the same penny;
converting a long period to a shorter one and back can move by up to half a penny times the
ratio of the periods (a yearly figure through a weekly one: up to 26p), which is why budgets
are compared in the period they were recorded in (see ``budget.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from service.plan.money import pence

DEFAULT_WEEKS_PER_YEAR = Decimal("52.143")


class MoneyPeriod(StrEnum):
    week = "week"
    four_weeks = "four_weeks"
    month = "month"
    year = "year"


# The plan's own period and payment-frequency slugs, mapped onto these periods.
PERIOD_ALIASES = {"weekly": "week", "four_weekly": "four_weeks", "monthly": "month"}


def as_period(value: MoneyPeriod | str) -> MoneyPeriod:
    """Accept ``week``/``weekly``, ``four_weeks``/``four_weekly``, ``month``/``monthly``, ``year``."""
    if isinstance(value, MoneyPeriod):
        return value
    return MoneyPeriod(PERIOD_ALIASES.get(str(value), str(value)))


@dataclass(frozen=True)
class Periods:
    """Converts amounts between periods for one council's weeks-per-year convention."""

    weeks_per_year: Decimal = DEFAULT_WEEKS_PER_YEAR

    def weeks_in(self, period: MoneyPeriod | str) -> Decimal:
        """How many weeks the period holds: 1, 4, weeks_per_year / 12 or weeks_per_year."""
        match as_period(period):
            case MoneyPeriod.week:
                return Decimal(1)
            case MoneyPeriod.four_weeks:
                return Decimal(4)
            case MoneyPeriod.month:
                return self.weeks_per_year / 12
            case MoneyPeriod.year:
                return self.weeks_per_year
        raise ValueError(f"unknown period {period!r}")  # pragma: no cover - enum is closed

    def ratio(self, source: MoneyPeriod | str, target: MoneyPeriod | str) -> Decimal:
        """Unrounded factor turning an amount per ``source`` into an amount per ``target``."""
        return self.weeks_in(target) / self.weeks_in(source)

    def convert(
        self, amount: Decimal, source: MoneyPeriod | str, target: MoneyPeriod | str
    ) -> Decimal:
        """``amount`` per ``source`` as an amount per ``target``, rounded once to the penny."""
        if as_period(source) == as_period(target):
            return pence(amount)
        return pence(amount * self.ratio(source, target))
