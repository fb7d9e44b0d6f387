"""A council's money conventions and rates, as dated data.

``rules/local/<council>/rates.yaml`` holds:

* ``weeks_per_year``: the council's convention for turning weekly amounts into yearly ones;
* ``versions``: dated sets of framework rates (the most the council expects to pay per unit of a
  kind of support, e.g. home care per hour; LCC-08 flags a line above it) and the allowances a
  direct payment includes for employing a personal assistant (insurance, payroll, training ...).

``council_rates(council, on)`` returns the set in force on a date (an error when there is none,
so the money view says why instead of showing figures). ``rates_for_checks(council, on)`` never
fails: the rules engine checks any plan, so a date with no rates in force, or a council with no
rates file, gives rates with no framework rates (nothing to compare a line with) and the
council's (else the default) weeks in a year. Nothing here is national: national figures (NI,
pensions, holiday) are in ``money_params``.
"""

from __future__ import annotations

from datetime import date as Date
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from service.errors import InvalidInput, NotFound
from service.plan.enums import SupportKind, Unit
from service.plan.money_periods import DEFAULT_WEEKS_PER_YEAR, MoneyPeriod, Periods

LOCAL_DIR = Path(__file__).resolve().parents[2] / "rules" / "local"


class FrameworkRate(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Unit
    rate: Decimal
    note: str | None = None


class Allowance(BaseModel):
    """An employer cost the council funds: ``amount`` per ``per`` (for each worker or employer)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: Decimal
    per: MoneyPeriod = MoneyPeriod.year
    per_worker: bool = False
    note: str | None = None


class RatesVersion(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    effective_from: Date
    effective_to: Date | None = None
    source: str
    verified: bool
    framework: dict[SupportKind, FrameworkRate] = Field(default_factory=dict)
    pa_hourly_pay: Decimal | None = None
    employer_allowances: dict[str, Allowance] = Field(default_factory=dict)
    dbs_checks_per_worker_per_year: Decimal = Decimal(1)

    def covers(self, on: Date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)


class CouncilRatesFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    council: str
    illustration: bool
    weeks_per_year: Decimal = DEFAULT_WEEKS_PER_YEAR
    versions: list[RatesVersion]


class CouncilRates(BaseModel):
    """The rates of one council in force on one date."""

    model_config = ConfigDict(frozen=True)

    council: str
    on: Date
    illustration: bool
    weeks_per_year: Decimal
    version: RatesVersion
    in_force: bool = True  # False: no rates in force on ``on``; ``version`` is empty

    @property
    def periods(self) -> Periods:
        return Periods(self.weeks_per_year)

    def framework_rate(self, kind: SupportKind | None, unit: Unit | None) -> Decimal | None:
        """The framework rate for this kind and unit of support, if the council sets one."""
        found = self.version.framework.get(kind) if kind else None
        return found.rate if found and found.unit == unit else None


def council_rates(council: str, on: Date, local_dir: Path = LOCAL_DIR) -> CouncilRates:
    data = _load(council, local_dir)
    version = next((v for v in data.versions if v.covers(on)), None)
    if version is None:
        message = f"{council} has no rates in force on {on.isoformat()}"
        raise InvalidInput([{"path": "on", "message": message}])
    return CouncilRates(
        council=council,
        on=on,
        illustration=data.illustration,
        weeks_per_year=data.weeks_per_year,
        version=version,
    )


def rates_for_checks(council: str, on: Date, local_dir: Path = LOCAL_DIR) -> CouncilRates:
    """The rates in force on ``on``, else rates with no framework rates (``in_force`` false)."""
    try:
        return council_rates(council, on, local_dir)
    except (InvalidInput, NotFound):
        pass
    try:
        data: CouncilRatesFile | None = _load(council, local_dir)
    except NotFound:
        data = None
    return CouncilRates(
        council=council,
        on=on,
        illustration=data.illustration if data else False,
        weeks_per_year=data.weeks_per_year if data else DEFAULT_WEEKS_PER_YEAR,
        version=RatesVersion(effective_from=on, source="no rates in force", verified=False),
        in_force=False,
    )


@cache
def _load(council: str, local_dir: Path) -> CouncilRatesFile:
    path = local_dir / council / "rates.yaml"
    if not council.replace("_", "").isalnum() or not path.is_file():
        raise NotFound(f"No rates for council {council!r}")
    with path.open(encoding="utf-8") as fh:
        return CouncilRatesFile.model_validate(yaml.safe_load(fh))
