"""The indicative personal budget: a first figure from the council's budget matrix.

Before planning starts, the person is told an indicative budget and how it was worked out
(CSSG 10.3, seed 001 "provide ... the indicative personal budget and explain ... how it has been
decided"). The matrix is data (``rules/local/<council>/budget_matrix.yaml``); this module turns
assessment facts into points and points into pounds, keeping every step as a line:

* ``points``: one line per outcome (level of help → points), night support, two workers, the
  carer's share taken off, the carer's breaks; points are kept to 2 decimal places (half up);
* ``lines``: pounds a week, one line per band of the points-to-pounds table; the weekly figure is
  their sum and the yearly one is that × the council's weeks per year, rounded once.
"""

from __future__ import annotations

from datetime import date as Date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from service.errors import InvalidInput, NotFound
from service.plan import money
from service.plan.enums import EligibilityOutcome
from service.plan.money import gbp, number, percent
from service.plan.money_lines import Line, text
from service.plan.money_periods import MoneyPeriod
from service.plan.money_rates import LOCAL_DIR, council_rates

POINT = Decimal("0.01")
Level = Literal["prompting", "some_help", "full_help"]
CarerSupport = Literal["none", "some", "most"]
NightSupport = Literal["none", "sleep_in", "waking"]


class Band(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    up_to: Decimal | None
    per_point: Decimal


class MatrixVersion(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    effective_from: Date
    effective_to: Date | None = None
    source: str
    verified: bool
    levels: list[str]
    outcome_points: dict[EligibilityOutcome, dict[str, Decimal]]
    night_support: dict[str, Decimal]
    two_workers: Decimal
    carer_support: dict[str, Decimal]
    carer_breaks: Decimal
    points_to_pounds: list[Band]

    def covers(self, on: Date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)


class Matrix(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    council: str
    illustration: bool
    versions: list[MatrixVersion]


class NeedFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: EligibilityOutcome
    level: Level


class IndicativeRequest(BaseModel):
    """Assessment facts: how much help each eligible outcome needs, and the carer's part."""

    model_config = ConfigDict(extra="forbid")

    council: str = "lincolnshire"
    given_on: Date = Field(default_factory=Date.today)
    needs: list[NeedFact] = Field(default_factory=list, max_length=20)
    night_support: NightSupport = "none"
    two_workers: bool = False
    carer_support: CarerSupport = "none"
    carer_breaks: bool = False


class PointsLine(BaseModel):
    key: str
    label: str
    points: Decimal
    working: str


class IndicativeBudget(BaseModel):
    council: str
    given_on: Date
    matrix_version: str
    illustration: bool
    notice: str | None
    points: list[PointsLine]
    total_points: Decimal
    lines: list[Line]
    per_week: Decimal
    per_year: Decimal
    per_year_working: str
    calculation_method: str


def indicative_budget(request: IndicativeRequest) -> IndicativeBudget:
    """Points from the facts, pounds from the points, each step explained."""
    matrix = _load(request.council, LOCAL_DIR)
    version = _version(matrix, request.given_on)
    _check(request, version)
    points = _points(request, version)
    total_points = sum((p.points for p in points), Decimal(0))
    lines = _pounds(total_points, version.points_to_pounds)
    per_week = money.total(line.amount for line in lines)
    periods = council_rates(request.council, request.given_on).periods
    per_year = periods.convert(per_week, MoneyPeriod.week, MoneyPeriod.year)
    return IndicativeBudget(
        council=request.council,
        given_on=request.given_on,
        matrix_version=version.version,
        illustration=matrix.illustration,
        notice=text("matrix_illustration") if matrix.illustration else None,
        points=points,
        total_points=total_points,
        lines=lines,
        per_week=per_week,
        per_year=per_year,
        per_year_working=text(
            "indicative_year",
            "working",
            week=gbp(per_week),
            weeks=number(periods.weeks_per_year),
            amount=gbp(per_year),
        ),
        calculation_method=text(
            "indicative_method",
            "label",
            version=version.version,
            council=request.council.title(),
            date=request.given_on.isoformat(),
            points=points_text(total_points),
        ),
    )


def _version(matrix: Matrix, on: Date) -> MatrixVersion:
    found = next((v for v in matrix.versions if v.covers(on)), None)
    if found is None:
        message = f"The {matrix.council} budget matrix has no version in force on {on.isoformat()}"
        raise InvalidInput([{"path": "given_on", "message": message}])
    return found


def _check(request: IndicativeRequest, version: MatrixVersion) -> None:
    problems = []
    seen: set[EligibilityOutcome] = set()
    for index, need in enumerate(request.needs):
        if need.outcome in seen:
            problems.append(
                {"path": f"needs[{index}].outcome", "message": "This outcome is listed twice"}
            )
        if need.outcome not in version.outcome_points:
            problems.append(
                {
                    "path": f"needs[{index}].outcome",
                    "message": "This matrix has no points for this outcome",
                }
            )
        seen.add(need.outcome)
    if problems:
        raise InvalidInput(problems)


def _points(request: IndicativeRequest, version: MatrixVersion) -> list[PointsLine]:
    lines = [_outcome_points(need, version) for need in request.needs]
    if request.night_support != "none":
        night = version.night_support[request.night_support]
        lines.append(_points_line(f"night_{request.night_support}", night))
    if request.two_workers:
        lines.append(_points_line("two_workers", version.two_workers))
    subtotal = sum((p.points for p in lines), Decimal(0))
    share = version.carer_support[request.carer_support]
    if share > 0:
        taken = -_round_points(subtotal * share)
        lines.append(
            _points_line(
                f"carer_{request.carer_support}",
                taken,
                share=percent(share),
                subtotal=points_text(subtotal),
            )
        )
    if request.carer_breaks:
        lines.append(_points_line("carer_breaks", version.carer_breaks))
    return lines


def _outcome_points(need: NeedFact, version: MatrixVersion) -> PointsLine:
    points = version.outcome_points[need.outcome][need.level]
    return PointsLine(
        key=f"outcome.{need.outcome.value}",
        label=text("indicative_outcome", "label", outcome=need.outcome.plain),
        points=points,
        working=text(
            "indicative_outcome",
            "working",
            level=text(f"level_{need.level}"),
            points=points_text(points),
        ),
    )


def _points_line(key: str, points: Decimal, **values: str) -> PointsLine:
    values = {"points": points_text(abs(points)), **values}
    return PointsLine(
        key=key,
        label=text(f"indicative_{key}", "label", **values),
        points=points,
        working=text(f"indicative_{key}", "working", **values),
    )


def points_text(points: Decimal) -> str:
    """ "1 point", "6.5 points" (the words from prompts/money/lines.yaml)."""
    return text("points_count", "one" if points == 1 else "many", n=number(points))


def _round_points(points: Decimal) -> Decimal:
    return points.quantize(POINT, rounding=ROUND_HALF_UP)


def _pounds(total_points: Decimal, bands: list[Band]) -> list[Line]:
    """One line per band the points reach: the points in the band × the band's price."""
    lines: list[Line] = []
    floor = Decimal(0)
    remaining = max(total_points, Decimal(0))
    for band in bands:
        width = remaining if band.up_to is None else min(remaining, band.up_to - floor)
        if width <= 0:
            break
        lines.append(_band_line(floor, width, band))
        remaining -= width
        floor = band.up_to if band.up_to is not None else floor + width
    return lines


def _band_line(floor: Decimal, width: Decimal, band: Band) -> Line:
    return Line.make(
        "indicative_band_first" if floor == 0 else "indicative_band",
        width * band.per_point,
        floor=number(floor),
        last=number(floor + width),
        points=points_text(width),
        price=gbp(band.per_point),
    )


@cache
def _load(council: str, local_dir: Path) -> Matrix:
    path = local_dir / council / "budget_matrix.yaml"
    if not council.replace("_", "").isalnum() or not path.is_file():
        raise NotFound(f"No budget matrix for council {council!r}")
    with path.open(encoding="utf-8") as fh:
        return Matrix.model_validate(yaml.safe_load(fh))
