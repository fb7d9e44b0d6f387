"""Costing a plan, and the split of who pays: every pound of a plan traceable.

``plan_costing(plan, rates) -> Costing`` works out, from the plan alone and the council's rates:

* each support line's cost a week (``SupportLine.cost_per_week``: units a week × unit cost, to
  the penny) and a year, with who pays for it;
* the cost of the plan by payer (personal budget, top-ups, NHS, other public money, third
  parties); lines whose cost is unknown are listed, never guessed;
* reablement and intermediate care shown but kept out of the personal budget (they are free:
  Care and Support (Personal Budget: Exclusion of Costs) Regulations 2014; CA-36 when a plan
  counts them in it);
* lines above the council's framework rate for their kind and unit (LCC-08 unless
  ``rate_authorised``);
* the money recorded in ``plan.personal_budget``: personal budget = council contribution +
  person's assessed contribution, then named top-ups and other public money, as lines that add up;
* the difference between what the plan costs and the money recorded, worked out in the period
  the budget is recorded in (so a yearly budget is never rounded through a week), and whether it
  is assigned to someone (CA-37, LCC-06).

The ``flags`` are facts for the rules engine (``service/rules``), which decides findings; this
module imports no rules and no Django, so rules can depend on it.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel

from service.plan import money
from service.plan.enums import Funding, SupportKind, Unit
from service.plan.models import PersonalBudget, Plan, SupportLine
from service.plan.money import gbp, number
from service.plan.money_lines import Line, PeriodView, in_period, period_words, text, view
from service.plan.money_periods import MoneyPeriod, as_period
from service.plan.money_rates import CouncilRates

# Kinds the law keeps out of a personal budget.
EXCLUDED_KINDS = frozenset({SupportKind.reablement, SupportKind.intermediate_care})


class Payer(StrEnum):
    personal_budget = "personal_budget"
    top_up = "top_up"
    nhs = "nhs"
    other_public = "other_public"
    third_party = "third_party"
    free = "free"  # no charge to anyone in the plan (universal services, free by law)
    excluded = "excluded"  # reablement, intermediate care: the council pays, outside the budget
    not_recorded = "not_recorded"


_PAYER_BY_FUNDING = {
    Funding.personal_budget: Payer.personal_budget,
    Funding.person_top_up: Payer.top_up,
    Funding.nhs: Payer.nhs,
    Funding.other_public: Payer.other_public,
    Funding.third_party: Payer.third_party,
    Funding.free: Payer.free,
}
# Payers whose costs the money recorded on the plan has to cover.
_FUNDED_PAYERS = (
    Payer.personal_budget,
    Payer.top_up,
    Payer.nhs,
    Payer.other_public,
    Payer.third_party,
    Payer.not_recorded,
)


class CostedLine(BaseModel):
    support_id: str
    description: str
    kind: SupportKind | None
    payer: Payer
    units_per_week: Decimal | None
    unit: Unit | None
    unit_cost: Decimal | None
    cost_per_week: Decimal | None
    cost_per_year: Decimal | None
    in_personal_budget: bool
    framework_rate: Decimal | None
    above_framework_rate: bool
    rate_authorised: bool | None
    working: str


class Flag(BaseModel):
    """A fact the rules engine may turn into a finding: the rule it bears on and where."""

    rule: str
    path: str
    detail: str


class Split(BaseModel):
    """The money recorded on the plan, in the budget's own period."""

    period: MoneyPeriod
    personal_budget: Decimal | None
    personal_budget_adds_up: bool
    lines: list[Line]
    total: Decimal


class Costing(BaseModel):
    plan_id: str | None
    council: str
    illustration: bool
    weeks_per_year: Decimal
    lines: list[CostedLine]
    unknown_cost: list[str]
    by_payer: PeriodView
    by_payer_yearly: PeriodView
    total_per_week: Decimal
    total_per_year: Decimal
    personal_budget_costs_per_week: Decimal
    split: Split
    cost_in_budget_period: Decimal
    difference: Decimal
    difference_working: str
    flags: list[Flag]


def plan_costing(plan: Plan, rates: CouncilRates) -> Costing:
    """Cost every support line of ``plan`` and set the cost against the money recorded."""
    lines = [_cost_line(support, rates) for support in plan.support]
    by_payer = _by_payer(lines)
    split = _split(plan)
    cost_in_period = _cost_in_period(by_payer, split.period, rates)
    difference = cost_in_period - split.total
    return Costing(
        plan_id=plan.id,
        council=rates.council,
        illustration=rates.illustration,
        weeks_per_year=rates.weeks_per_year,
        lines=lines,
        unknown_cost=[c.support_id for c in lines if c.cost_per_week is None],
        by_payer=by_payer,
        by_payer_yearly=in_period(
            by_payer.lines, MoneyPeriod.week, MoneyPeriod.year, rates.periods
        ),
        total_per_week=by_payer.total,
        total_per_year=rates.periods.convert(by_payer.total, MoneyPeriod.week, MoneyPeriod.year),
        personal_budget_costs_per_week=_payer_total(by_payer, Payer.personal_budget),
        split=split,
        cost_in_budget_period=cost_in_period,
        difference=difference,
        difference_working=_difference_working(cost_in_period, split, difference),
        flags=_flags(plan, lines, split, by_payer, rates),
    )


# --- support lines ----------------------------------------------------------------------------


def payer_of(support: SupportLine) -> Payer:
    """Who pays for a line: reablement and intermediate care never come from the budget."""
    if support.kind in EXCLUDED_KINDS:
        return Payer.excluded
    if support.funding is None:
        return Payer.not_recorded
    return _PAYER_BY_FUNDING[support.funding]


def _cost_line(support: SupportLine, rates: CouncilRates) -> CostedLine:
    weekly = support.cost_per_week
    framework = rates.framework_rate(support.kind, support.unit)
    above = bool(
        framework is not None and support.unit_cost is not None and support.unit_cost > framework
    )
    payer = payer_of(support)
    return CostedLine(
        support_id=support.id,
        description=support.description,
        kind=support.kind,
        payer=payer,
        units_per_week=support.units_per_week,
        unit=support.unit,
        unit_cost=support.unit_cost,
        cost_per_week=weekly,
        cost_per_year=None if weekly is None else rates.periods.convert(weekly, "week", "year"),
        in_personal_budget=payer == Payer.personal_budget,
        framework_rate=framework,
        above_framework_rate=above,
        rate_authorised=support.rate_authorised,
        working=_line_working(support, weekly),
    )


def _line_working(support: SupportLine, weekly: Decimal | None) -> str:
    if weekly is None or support.units_per_week is None or support.unit_cost is None:
        return text("support_line", "working_unknown")
    unit = (
        text(f"unit_{support.unit.value}", "label") if support.unit else text("unit_none", "label")
    )
    return text(
        "support_line",
        "working",
        units=number(support.units_per_week),
        unit=unit,
        cost=gbp(support.unit_cost),
        amount=gbp(weekly),
    )


def _by_payer(lines: list[CostedLine]) -> PeriodView:
    """One line per payer that has any costed support, in a fixed order; total = their sum."""
    out: list[Line] = []
    for payer in Payer:
        costed = [c for c in lines if c.payer == payer and c.cost_per_week is not None]
        if costed:
            amount = money.total(c.cost_per_week for c in costed if c.cost_per_week is not None)
            ids = ", ".join(c.support_id for c in costed)
            out.append(Line.make(f"payer_{payer.value}", amount, count=len(costed), ids=ids))
    return view(out, MoneyPeriod.week)


def _payer_total(by_payer: PeriodView, *payers: Payer) -> Decimal:
    keys = {f"payer_{p.value}" for p in payers}
    return money.total(line.amount for line in by_payer.lines if line.key in keys)


# --- the money recorded, and the difference ---------------------------------------------------


def _split(plan: Plan) -> Split:
    budget = plan.personal_budget
    period = as_period(budget.period.value)
    per = period_words(period)
    pb, adds_up = _personal_budget(budget)
    lines = _contribution_lines(budget, pb, adds_up, per) + _other_payer_lines(budget, per)
    return Split(
        period=period,
        personal_budget=pb,
        personal_budget_adds_up=adds_up,
        lines=lines,
        total=money.total(x.amount for x in lines),
    )


def _personal_budget(budget: PersonalBudget) -> tuple[Decimal | None, bool]:
    """The budget (recorded total, else council + person) and whether the two parts add up."""
    council, person = budget.council_contribution, budget.person_contribution
    parts = [x for x in (council, person) if x is not None]
    pb = budget.total if budget.total is not None else (money.total(parts) if parts else None)
    adds_up = council is not None and person is not None and pb == council + person
    return pb, adds_up


def _contribution_lines(
    budget: PersonalBudget, pb: Decimal | None, adds_up: bool, per: str
) -> list[Line]:
    """Council + person when they add up to the budget; else the budget as recorded, one line."""
    council, person = budget.council_contribution, budget.person_contribution
    if adds_up and council is not None and person is not None:
        return [
            Line.make("council_contribution", council, per=per),
            Line.make("person_contribution", person, per=per),
        ]
    return [] if pb is None else [Line.make("personal_budget_unsplit", pb, per=per)]


def _other_payer_lines(budget: PersonalBudget, per: str) -> list[Line]:
    """Each top-up and each source of other public money, named (or "someone not yet named")."""
    someone = text("someone", "label")
    lines = [
        Line.make("top_up", t.amount, by=t.by or someone, per=per)
        for t in budget.top_ups
        if t.amount is not None
    ]
    return lines + [
        Line.make("other_public", o.amount, source=o.source or someone, per=per)
        for o in budget.other_public_money
        if o.amount is not None
    ]


def _cost_in_period(by_payer: PeriodView, period: MoneyPeriod, rates: CouncilRates) -> Decimal:
    """What the support that needs paying for costs, in the budget's period (rounded once)."""
    weekly = _payer_total(by_payer, *_FUNDED_PAYERS)
    return rates.periods.convert(weekly, MoneyPeriod.week, period)


def _difference_working(cost: Decimal, split: Split, difference: Decimal) -> str:
    # Which sentence: the same, short of money, or more money than the support costs.
    variant = "working_over" if difference > 0 else "working_under"
    return text(
        "difference",
        "working_equal" if difference == 0 else variant,
        cost=gbp(cost),
        money=gbp(split.total),
        gap=gbp(abs(difference)),
        per=period_words(split.period),
    )


# --- facts for the rules engine ---------------------------------------------------------------


def _named_payers(plan: Plan, public_cost: Decimal) -> Decimal:
    """Money from named payers left to cover budget-funded support (CA-37 needs a name).

    Other public money first pays for the lines the NHS or other public bodies fund
    (``public_cost``); only what is left of it can cover an overspend on the budget.
    """
    budget = plan.personal_budget
    top_ups = money.total(t.amount for t in budget.top_ups if t.by and t.amount is not None)
    public = money.total(
        o.amount for o in budget.other_public_money if o.source and o.amount is not None
    )
    return top_ups + max(public - public_cost, money.ZERO)


def _flags(
    plan: Plan, lines: list[CostedLine], split: Split, by_payer: PeriodView, rates: CouncilRates
) -> list[Flag]:
    flags = [*_line_flags(plan, lines), *_split_flags(plan, split)]
    flags += _difference_flags(plan, split, by_payer, rates)
    return flags


def _line_flags(plan: Plan, lines: list[CostedLine]) -> list[Flag]:
    flags = []
    for index, (support, costed) in enumerate(zip(plan.support, lines, strict=True)):
        path = f"support[{index}]"
        if support.kind in EXCLUDED_KINDS and support.funding == Funding.personal_budget:
            flags.append(Flag(rule="CA-36", path=f"{path}.funding", detail=support.kind.value))
        if costed.above_framework_rate and not support.rate_authorised:
            detail = f"{gbp(costed.unit_cost or money.ZERO)} > {gbp(costed.framework_rate or money.ZERO)}"
            flags.append(Flag(rule="LCC-08", path=f"{path}.unit_cost", detail=detail))
    return flags


def _split_flags(plan: Plan, split: Split) -> list[Flag]:
    budget = plan.personal_budget
    recorded = budget.council_contribution is not None or budget.person_contribution is not None
    if recorded and not split.personal_budget_adds_up:
        return [Flag(rule="CA-34", path="personal_budget", detail="total != council + person")]
    return []


def _difference_flags(
    plan: Plan, split: Split, by_payer: PeriodView, rates: CouncilRates
) -> list[Flag]:
    """CA-37: budget-funded support costs more than the budget plus named payers cover.
    LCC-06: the plan's cost differs from the money recorded for it."""
    flags = []
    pb_cost = rates.periods.convert(
        _payer_total(by_payer, Payer.personal_budget), MoneyPeriod.week, split.period
    )
    public_cost = rates.periods.convert(
        _payer_total(by_payer, Payer.nhs, Payer.other_public), MoneyPeriod.week, split.period
    )
    named = _named_payers(plan, public_cost)
    excess = pb_cost - (split.personal_budget or money.ZERO)
    if excess > 0 and excess > named:
        flags.append(
            Flag(rule="CA-37", path="personal_budget", detail=f"unassigned {gbp(excess - named)}")
        )
    if _cost_in_period(by_payer, split.period, rates) != split.total:
        flags.append(Flag(rule="LCC-06", path="personal_budget", detail="cost != money recorded"))
    return flags
