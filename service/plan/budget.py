"""Costing a plan, and the split of who pays: every pound of a plan traceable.

``plan_costing(plan, rates) -> Costing`` works out, from the plan alone and the council's rates:

* each support line's cost a week (``SupportLine.cost_per_week``: units a week × unit cost, to
  the penny) and a year, with who pays for it;
* the cost of the plan by payer (personal budget, top-ups, NHS, other public money, third
  parties); lines whose cost is unknown are listed, never guessed;
* reablement and intermediate care shown but kept out of the personal budget (they are free:
  Care and Support (Personal Budget: Exclusion of Costs) Regulations 2014; CA-36 when a plan
  counts them in it);
* lines above the council's framework rate for their kind and unit, on the costing date;
* the money recorded in ``plan.personal_budget``: personal budget = council contribution +
  person's assessed contribution, then named top-ups and other public money, as lines that add up;
* the difference between what the plan costs and the money recorded, worked out in the period
  the budget is recorded in (so a yearly budget is never rounded through a week);
* ``cover``: how much of what the budget-funded support costs above the budget is covered by
  named payers, and how much is left unassigned (CA-37).

One implementation of this arithmetic: the rules engine reads the same facts
(``costing_facts``, through the ``{costing: ...}`` primitive of the check language) and owns the
findings, their citations and wording; ``Costing.flags`` restates, from the same facts, the rules
whose answer the money view shows (CA-36, CA-37, LCC-08), and a test keeps the two identical.
This module imports no rules and no Django, so rules can depend on it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field

from service.plan import money
from service.plan.enums import Delivery, Funding, SupportKind, Unit
from service.plan.models import PersonalBudget, Plan, SupportLine
from service.plan.money import gbp, number
from service.plan.money_dates import costing_date, council_of
from service.plan.money_lines import Line, PeriodView, in_period, period_words, text, view
from service.plan.money_periods import MoneyPeriod, Periods, as_period
from service.plan.money_rates import CouncilRates, rates_for_checks

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
_HALF_PENNY = Decimal("0.005")
_FUNDED_PAYERS = (
    Payer.personal_budget,
    Payer.top_up,
    Payer.nhs,
    Payer.other_public,
    Payer.third_party,
    Payer.not_recorded,
)


@dataclass(slots=True)
class LineFacts:
    """What the costing knows about one support line (the rules read it as ``line.<name>``).

    A plain dataclass (not frozen, not validated): the rules engine builds one per support line
    on every check of a plan, so it must be cheap. Nothing changes it once built."""

    support_id: str
    payer: Payer
    cost_per_week: Decimal | None
    framework_rate: Decimal | None
    above_framework_rate: bool
    paid_from_budget: bool


# What each fact means, shown in docs/RULEBOOK.md beside the name a rule uses for it.
LINE_FACTS = {
    "payer": "who pays for the line (reablement: excluded)",
    "cost_per_week": "units a week × unit cost, to the penny",
    "framework_rate": "the council's framework rate for the line's kind and unit on the costing "
    "date (rules/local/<council>/rates.yaml); none when the council sets none",
    "above_framework_rate": "the unit cost is above the framework rate",
    "paid_from_budget": "the personal budget pays for the line: funded from it, or bought with "
    "a direct payment and no other payer recorded",
}


class Cover(BaseModel):
    """Budget-funded support against the budget, in the budget's period (CA-37's facts).

    Named top-ups first pay for the lines funded by a top-up, and named other public money for
    the lines the NHS or other public bodies fund; only what is left of each can cover an
    overspend on the budget."""

    period: MoneyPeriod = Field(description="the period the budget is recorded in")
    budget: Decimal | None = Field(
        description="the personal budget: the recorded total, else council + person; "
        "none when neither is recorded"
    )
    budget_cost: Decimal = Field(description="what the support paid from the budget costs")
    excess: Decimal | None = Field(
        description="how much that support costs above the budget (0 within it)"
    )
    top_ups_named: Decimal = Field(description="top-ups that say who pays them")
    top_up_cost: Decimal = Field(description="what the lines funded by a top-up cost")
    public_named: Decimal = Field(description="other public money that says where it comes from")
    public_cost: Decimal = Field(
        description="what the lines the NHS or other public money fund cost"
    )
    named_cover: Decimal = Field(
        description="top-ups and other public money left over to cover the excess"
    )
    unassigned: Decimal | None = Field(
        description="the excess no named payer covers (0 when covered); none without a budget"
    )
    plan_cost: Decimal = Field(
        description="what every costed support line costs, whoever pays, in the budget's period"
    )
    plan_cost_differs: bool = Field(
        description="a total budget is recorded and the plan's cost differs from it by more than "
        "converting a weekly figure to the budget's period can round (half a penny a week)"
    )


@dataclass(slots=True)
class CostingFacts:
    """The facts the rules engine reads (``{costing: cover.unassigned}``, ``line.*``)."""

    council: str
    on: Date
    rates_in_force: bool
    lines: list[LineFacts]
    cover: Cover


PLAN_FACTS = {
    "council": "the council whose rates apply (the plan's rule pack)",
    "on": "the costing date the rates are taken on",
    "rates_in_force": "the council has rates in force on that date",
}


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
    paid_from_budget: bool
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
    cover: Cover
    flags: list[Flag]


def plan_costing(plan: Plan, rates: CouncilRates) -> Costing:
    """Cost every support line of ``plan`` and set the cost against the money recorded."""
    facts = costing_facts(plan, rates)
    lines = [
        _cost_line(support, fact, rates)
        for support, fact in zip(plan.support, facts.lines, strict=True)
    ]
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
        cover=facts.cover,
        flags=_flags(plan, facts),
    )


def costing_facts(plan: Plan, rates: CouncilRates) -> CostingFacts:
    """The facts about ``plan`` that rules read: each line's payer and framework rate, and how
    an overspend on the budget is covered. Cheap (no wording): the rules engine runs it on
    every check of a plan."""
    lines = [_line_facts(support, rates) for support in plan.support]
    return CostingFacts(
        council=rates.council,
        on=rates.on,
        rates_in_force=rates.in_force,
        lines=lines,
        cover=_cover(plan, lines, rates.periods),
    )


def plan_facts(plan: Plan, today: Date | None = None) -> CostingFacts:
    """``costing_facts`` with the rates the money view uses: the plan's council
    (``money_dates.council_of``) on its costing date (``money_dates.costing_date``). Never fails:
    when no rates are in force on that date the framework rates are unknown
    (``rates_in_force`` false), and the budget is still compared in its own period."""
    return costing_facts(plan, rates_for_checks(council_of(plan), costing_date(plan, today)))


# --- support lines ----------------------------------------------------------------------------


def payer_of(support: SupportLine) -> Payer:
    """Who pays for a line: reablement and intermediate care never come from the budget."""
    if support.kind in EXCLUDED_KINDS:
        return Payer.excluded
    if support.funding is None:
        return Payer.not_recorded
    return _PAYER_BY_FUNDING[support.funding]


def paid_from_budget(support: SupportLine, payer: Payer) -> bool:
    """The personal budget pays: funded from it, or a direct payment (the budget paid to the
    person) with no other payer recorded."""
    if payer == Payer.personal_budget:
        return True
    return payer == Payer.not_recorded and support.delivery == Delivery.direct_payment


def _line_facts(support: SupportLine, rates: CouncilRates) -> LineFacts:
    framework = rates.framework_rate(support.kind, support.unit)
    payer = payer_of(support)
    return LineFacts(
        support_id=support.id,
        payer=payer,
        cost_per_week=support.cost_per_week,
        framework_rate=framework,
        above_framework_rate=bool(
            framework is not None
            and support.unit_cost is not None
            and support.unit_cost > framework
        ),
        paid_from_budget=paid_from_budget(support, payer),
    )


def _cost_line(support: SupportLine, facts: LineFacts, rates: CouncilRates) -> CostedLine:
    weekly = facts.cost_per_week
    return CostedLine(
        support_id=support.id,
        description=support.description,
        kind=support.kind,
        payer=facts.payer,
        units_per_week=support.units_per_week,
        unit=support.unit,
        unit_cost=support.unit_cost,
        cost_per_week=weekly,
        cost_per_year=None if weekly is None else rates.periods.convert(weekly, "week", "year"),
        in_personal_budget=facts.payer == Payer.personal_budget,
        framework_rate=facts.framework_rate,
        above_framework_rate=facts.above_framework_rate,
        paid_from_budget=facts.paid_from_budget,
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


# --- what covers an overspend, and the flags ------------------------------------------------


def _cover(plan: Plan, lines: list[LineFacts], periods: Periods) -> Cover:
    """Budget-funded support against the budget, and who named covers the excess (CA-37)."""
    budget = plan.personal_budget
    period = as_period(budget.period.value)
    weekly: dict[Payer, Decimal] = defaultdict(Decimal)
    for line in lines:
        if line.cost_per_week is not None:
            weekly[line.payer] += line.cost_per_week

    def cost_in(*payers: Payer) -> Decimal:
        return periods.convert(money.total(weekly[p] for p in payers), MoneyPeriod.week, period)

    pb, _ = _personal_budget(budget)
    budget_cost = cost_in(Payer.personal_budget)
    top_up_cost, public_cost = cost_in(Payer.top_up), cost_in(Payer.nhs, Payer.other_public)
    top_ups = money.total(t.amount for t in budget.top_ups if t.by and t.amount is not None)
    public = money.total(
        o.amount for o in budget.other_public_money if o.source and o.amount is not None
    )
    # Named money first pays for the lines its payer funds; what is left covers the budget.
    named_cover = max(top_ups - top_up_cost, money.ZERO) + max(public - public_cost, money.ZERO)
    excess = None if pb is None else max(budget_cost - pb, money.ZERO)
    plan_cost = cost_in(*Payer)
    return Cover(
        period=period,
        budget=pb,
        budget_cost=budget_cost,
        excess=excess,
        top_ups_named=top_ups,
        top_up_cost=top_up_cost,
        public_named=public,
        public_cost=public_cost,
        named_cover=named_cover,
        unassigned=None if excess is None else max(excess - named_cover, money.ZERO),
        plan_cost=plan_cost,
        plan_cost_differs=_differs(plan_cost, budget.total, periods.weeks_in(period)),
    )


def _differs(cost: Decimal, total: Decimal | None, weeks: Decimal) -> bool:
    """LCC-06's comparison. A budget set by the week is compared to the penny; one recorded for a
    longer period may have been worked out from a weekly figure rounded to the penny, so it
    differs only by more than half a penny for each week of the period."""
    if total is None:
        return False
    return abs(cost - total) > weeks * _HALF_PENNY


def _flags(plan: Plan, facts: CostingFacts) -> list[Flag]:
    """The rules whose answer the money view shows, from the facts the rules read (CA-36,
    CA-37, LCC-08 in rules/); the rules engine owns the findings and their wording."""
    flags = []
    for index, (support, line) in enumerate(zip(plan.support, facts.lines, strict=True)):
        path = f"support[{index}]"
        if support.kind in EXCLUDED_KINDS and support.funding == Funding.personal_budget:
            flags.append(Flag(rule="CA-36", path=f"{path}.funding", detail=support.kind.value))
        if line.paid_from_budget and line.above_framework_rate and not support.rate_authorised:
            rate = line.framework_rate or money.ZERO
            detail = f"{gbp(support.unit_cost or money.ZERO)} > {gbp(rate)}"
            flags.append(Flag(rule="LCC-08", path=f"{path}.unit_cost", detail=detail))
    unassigned = facts.cover.unassigned
    if unassigned is not None and unassigned > 0:
        detail = f"unassigned {gbp(unassigned)} {period_words(facts.cover.period)}"
        flags.append(Flag(rule="CA-37", path="personal_budget", detail=detail))
    return flags
