"""Pence-exact money helpers shared by the plan, the budget and the documents.

All arithmetic is ``Decimal``. The one rounding rule of careplan's money:

    every amount a person sees is rounded ONCE, to the penny, half up (ROUND_HALF_UP), at the
    point it is worked out from unrounded inputs; a total is the sum of the rounded lines shown
    above it, so a total always equals its lines to the penny.

``pence()`` applies the rule; the formatters below turn numbers into the words of a working
("6 hours", "£13.00", "15%") so every explanation shows figures the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
ZERO = Decimal("0.00")


def pence(amount: Decimal) -> Decimal:
    """Round to the penny, half up."""
    return amount.quantize(PENNY, rounding=ROUND_HALF_UP)


def total(amounts: Iterable[Decimal]) -> Decimal:
    """Sum amounts that are already in pence (the sum of pence is exact; no rounding)."""
    return sum(amounts, ZERO)


def gbp(amount: Decimal) -> str:
    """``Decimal("1234.5")`` -> ``"£1,234.50"``; negatives as ``"-£10.00"``."""
    rounded = pence(amount)
    sign = "-" if rounded < 0 else ""
    return f"{sign}£{abs(rounded):,.2f}"


def gbp_easy(amount: Decimal) -> str:
    """Easy read (ER-11): pounds without pence when there are none: ``"£120"``, ``"£120.50"``."""
    rounded = pence(amount)
    whole = rounded == rounded.to_integral_value()
    sign = "-" if rounded < 0 else ""
    return f"{sign}£{abs(rounded):,.0f}" if whole else gbp(rounded)


def number(value: Decimal) -> str:
    """A quantity without needless zeros: ``Decimal("6.00")`` -> ``"6"``, ``"4.34525"`` kept."""
    text = f"{value.normalize():f}"
    return text


def percent(ratio: Decimal) -> str:
    """``Decimal("0.1207")`` -> ``"12.07%"``."""
    return f"{number(ratio * 100)}%"
