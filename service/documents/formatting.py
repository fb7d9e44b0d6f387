"""British formatting for documents: "£1,234.50 a week", "3 March 2027", and coded values as words.

The words come from ``plan_templates/documents/labels.yaml`` (text people read lives there).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from service.plan.money import gbp

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "plan_templates"
LABELS_FILE = TEMPLATES_DIR / "documents" / "labels.yaml"


@cache
def labels() -> dict[str, Any]:
    with LABELS_FILE.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def money(amount: Decimal | None) -> str:
    """``Decimal("1234.5")`` -> ``"£1,234.50"``; unknown stays empty for the template to word."""
    if amount is None:
        return ""
    return gbp(Decimal(amount))


def money_per(amount: Decimal | None, period: Any = "week") -> str:
    """``"£1,234.50 a week"``."""
    if amount is None:
        return ""
    return f"{money(amount)} {label('period', period)}"


def long_date(value: date | datetime | None) -> str:
    """``date(2027, 3, 3)`` -> ``"3 March 2027"`` whatever the process locale."""
    if value is None:
        return ""
    return f"{value.day} {labels()['months'][value.month - 1]} {value.year}"


def quantity(value: Decimal | None) -> str:
    """``Decimal("3.50")`` -> ``"3.5"``, ``Decimal("2.00")`` -> ``"2"``."""
    if value is None:
        return ""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def units(value: Decimal | None, unit: Any) -> str:
    """``(3, hour)`` -> ``"3 hours"``."""
    if value is None:
        return ""
    if unit is None:
        return quantity(value)
    one, many = labels()["unit"][_slug(unit)]
    return f"{quantity(value)} {one if Decimal(value) == 1 else many}"


def _slug(value: Any) -> str:
    return str(value.value if isinstance(value, Enum) else value)


def label(group: str, value: Any) -> str:
    """The words for a coded value; unknown slugs fall back to the slug so nothing is hidden."""
    if value is None:
        return ""
    return str(labels()[group].get(_slug(value), _slug(value)))


def yes_no(value: bool | None) -> str:
    key = "none" if value is None else str(value).lower()
    return str(labels()["yes_no"][key])


def join_items(items: Iterable[Any]) -> str:
    """Join list items in one line: "a; b", but "A sentence. Another." when items are sentences."""
    out = ""
    for item in (str(i).strip() for i in items):
        if out:
            out += " " if out[-1] in ".!?" else "; "
        out += item
    return out


def upper_first(text: Any) -> str:
    """Capitalise the first letter only ("physical and mental health" -> "Physical and ...")."""
    value = str(text or "")
    return value[:1].upper() + value[1:]
