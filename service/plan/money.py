"""Pence-exact money helpers shared by the plan, the budget and the documents.

All arithmetic is ``Decimal``; rounding happens once, at the end of a calculation, to the penny
with ROUND_HALF_UP (what a person checking with a calculator expects).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
ZERO = Decimal("0.00")


def pence(amount: Decimal) -> Decimal:
    """Round to the penny, half up."""
    return amount.quantize(PENNY, rounding=ROUND_HALF_UP)
