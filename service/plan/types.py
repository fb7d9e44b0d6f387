"""Scalar types shared by the plan models: ids, text, money."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

# Ids are short and unique within a plan ("need-1", "out-2").
Id = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"),
]


def _no_nul(value: str) -> str:
    # U+0000 cannot be stored by PostgreSQL and never comes from a keyboard: refuse it by name.
    if "\x00" in value:
        raise ValueError("Text must not contain the NUL character (U+0000)")
    return value


# Free text a person or practitioner wrote. Long answers are normal; 20,000 characters bounds
# a single field well above any real answer without letting one field fill the database.
Text = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_no_nul)]
ShortText = Annotated[str, StringConstraints(max_length=500), AfterValidator(_no_nul)]
# Money is a decimal in pounds with at most two places, always shown with two ("182.50").
Money = Annotated[
    Decimal,
    Field(max_digits=12, decimal_places=2, ge=0),
    AfterValidator(lambda amount: amount.quantize(Decimal("0.01"))),
]
Quantity = Annotated[Decimal, Field(max_digits=8, decimal_places=2, ge=0)]


def _nhs_number(value: str) -> str:
    """Accept "943 476 5919" or "9434765919"; refuse a number whose check digit is wrong."""
    digits = value.replace(" ", "").replace("-", "")
    if len(digits) != 10 or not digits.isdigit():
        raise ValueError("An NHS number has 10 digits, like 943 476 5919")
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    if check == 10 or check != int(digits[9]):
        raise ValueError(
            "This NHS number's check digit is wrong: please check it was typed correctly"
        )
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


NhsNumber = Annotated[str, AfterValidator(_nhs_number)]
