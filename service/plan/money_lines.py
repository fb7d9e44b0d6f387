"""Explained money: every figure careplan shows comes with lines a person can follow.

A ``Line`` is ``{key, label, amount, working}``: ``label`` says what the money is for,
``working`` shows the sum that produced it ("6 hours a week × £13.00 an hour"). The words are
not in this file: they live in ``prompts/money/lines.yaml`` under the line's ``key`` and are
filled with the figures of the calculation, so the wording can be changed (or translated, or
made easy read) without touching the arithmetic.

A list of lines in one period has a total that is the sum of its lines to the penny
(``money.total``), and ``in_period`` re-expresses a list in another period line by line, so the
invariant holds in every period shown.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from service.plan import money
from service.plan.money_periods import MoneyPeriod, Periods

TEXT_FILE = Path(__file__).resolve().parents[2] / "prompts" / "money" / "lines.yaml"


@cache
def _texts() -> dict[str, dict[str, str]]:
    with TEXT_FILE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(fh)
    return data["lines"]


def text(key: str, field: str = "label", **values: Any) -> str:
    """The wording for ``key`` (``label``, ``working``, ``easy_read`` ...) filled with values."""
    try:
        template = _texts()[key][field]
    except KeyError as exc:
        raise KeyError(f"prompts/money/lines.yaml has no {field!r} for {key!r}") from exc
    return template.format(**values)


def period_words(period: MoneyPeriod, easy_read: bool = False) -> str:
    """ "a week", "every 4 weeks", "a month", "a year" (easy read: "each week" ...)."""
    return text(f"period_{period.value}", "easy_read" if easy_read else "per")


def easy_read_amount(amount: Decimal, period: MoneyPeriod) -> str:
    """Money as easy read wants it (ER-11): "£120 each week", pence only when needed."""
    return text(
        "easy_read_amount", "label", amount=money.gbp_easy(amount), per=period_words(period, True)
    )


def has_text(key: str, field: str) -> bool:
    return field in _texts().get(key, {})


class Line(BaseModel):
    """One explained amount. ``amount`` is in pence (two decimal places)."""

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    amount: Decimal
    working: str
    easy_read: str | None = None  # the label in easy-read words, where the text file has one

    @classmethod
    def make(cls, key: str, amount: Decimal, working: str = "working", **values: Any) -> Line:
        """A line whose label and working come from the text file, filled with ``values``.

        ``working`` names the variant of the working to use (a line may be worked out in more
        than one way, e.g. "below the threshold" or "above it").
        """
        values = {"amount": money.gbp(amount), **values}
        return cls(
            key=key,
            label=text(key, "label", **values),
            amount=money.pence(amount),
            working=text(key, working, **values),
            easy_read=text(key, "easy_read", **values) if has_text(key, "easy_read") else None,
        )


class PeriodView(BaseModel):
    """Lines and their total for one period (a week, four weeks, a month, a year)."""

    period: MoneyPeriod
    lines: list[Line]
    total: Decimal


def view(lines: list[Line], period: MoneyPeriod) -> PeriodView:
    return PeriodView(period=period, lines=lines, total=money.total(x.amount for x in lines))


def in_period(
    lines: list[Line], source: MoneyPeriod, target: MoneyPeriod, periods: Periods
) -> PeriodView:
    """The same lines per ``target``: each converted and rounded once; the total re-summed."""
    if source == target:
        return view(lines, target)
    ratio = periods.ratio(source, target)
    longer = ratio > 1
    words = {
        "variant": "working_up" if longer else "working_down",
        "factor": money.number(ratio if longer else periods.ratio(target, source)),
        "source": period_words(source),
        "target": period_words(target),
    }
    return view([_convert(line, ratio, words) for line in lines], target)


def _convert(line: Line, ratio: Decimal, words: dict[str, str]) -> Line:
    """Re-express one line: "£312.00 every 4 weeks ÷ 4 = £78.00 a week"."""
    amount = money.pence(line.amount * ratio)
    working = text(
        "period_conversion",
        words["variant"],
        amount=money.gbp(line.amount),
        source=words["source"],
        factor=words["factor"],
        target=words["target"],
        result=money.gbp(amount),
    )
    return line.model_copy(update={"amount": amount, "working": working})
