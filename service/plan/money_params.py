"""Dated national parameters (National Insurance, pensions, holiday, pay floors, DBS fees).

Every rate and threshold lives in ``rules/parameters/*.yaml`` with the dates it applies from and
to, the page it was taken from and whether a person has checked it against that page
(``verified``). A new tax year is a new file, not a code change: ``national_parameters(on)``
picks, for each key, the one entry whose dates contain ``on``.

A value is either one number (a rate such as ``0.15``) or a number per pay period
(``{week: 96, four_weeks: 385, month: 417, year: 5000}``), because HMRC and The Pensions Regulator
publish rounded thresholds for each pay period rather than leaving employers to divide.
"""

from __future__ import annotations

from datetime import date as Date
from decimal import Decimal
from functools import cache
from itertools import pairwise
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from service.errors import InvalidInput
from service.plan.money_periods import MoneyPeriod

PARAMETERS_DIR = Path(__file__).resolve().parents[2] / "rules" / "parameters"


class Parameter(BaseModel):
    """One dated figure with its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    value: Decimal | dict[MoneyPeriod, Decimal]
    effective_from: Date
    effective_to: Date | None = None
    source: str
    verified: bool
    note: str | None = None

    def covers(self, on: Date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    @property
    def rate(self) -> Decimal:
        """The single value of a rate-like parameter."""
        if isinstance(self.value, dict):
            raise TypeError(f"{self.key} has a value per period; ask for .per(period)")
        return self.value

    def per(self, period: MoneyPeriod) -> Decimal:
        """The value for a pay period (a threshold), or the single value."""
        if isinstance(self.value, dict):
            return self.value[period]
        return self.value


class ParameterSet(BaseModel):
    """The parameters in force on one date, by key."""

    on: Date
    by_key: dict[str, Parameter]

    def __getitem__(self, key: str) -> Parameter:
        try:
            return self.by_key[key]
        except KeyError:
            message = f"No figure for {key} on {self.on.isoformat()} in rules/parameters"
            raise InvalidInput([{"path": "on", "message": message}]) from None


def national_parameters(on: Date, directory: Path = PARAMETERS_DIR) -> ParameterSet:
    """The parameters whose dates contain ``on``."""
    chosen = {p.key: p for p in _load(directory) if p.covers(on)}
    return ParameterSet(on=on, by_key=chosen)


@cache
def _load(directory: Path) -> tuple[Parameter, ...]:
    entries: list[Parameter] = []
    for path in sorted(directory.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        entries.extend(Parameter.model_validate(item) for item in data["parameters"])
    _refuse_overlaps(entries)
    return tuple(entries)


def _refuse_overlaps(entries: list[Parameter]) -> None:
    """Two entries for one key on the same day would make the choice depend on file order."""
    by_key: dict[str, list[Parameter]] = {}
    for entry in entries:
        by_key.setdefault(entry.key, []).append(entry)
    for key, group in by_key.items():
        group.sort(key=lambda p: p.effective_from)
        for earlier, later in pairwise(group):
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                raise ValueError(f"rules/parameters: dates for {key} overlap")
