"""Direct-payment calculator: what a direct payment must cover to employ personal assistants.

From each personal assistant's hours a week and hourly pay, the calculator works out, for the
pay period (every 4 weeks unless asked otherwise), and line by line:

1. wages: hours a week × weeks in the pay period × hourly pay;
2. holiday pay: 12.07% of wages (5.6 weeks' statutory leave ÷ 46.4 weeks worked);
3. employer's National Insurance: the employer rate on pay (wages + holiday pay) above the
   secondary threshold for the pay period;
4. employment allowance: taken off employer NI when claimed. The rule implemented: an individual
   who employs a care and support worker (including with a direct payment) CAN claim it, once
   per employer, up to the yearly amount, against the NI of all their workers together
   (NICA 2014 s.2(3A); Employment Allowance (Care and Support Workers) Regulations 2015; HMRC
   manual NIM06520). The calculator spreads the yearly allowance evenly over the pay periods;
5. workplace pension: the employer's minimum (3%) on qualifying earnings, only for a worker who
   must be auto-enrolled (aged 22 to State Pension age and paid more than the earnings trigger
   in the pay period) or who earns more than the lower limit and has opted in;
6. the employer's other costs the council funds: liability insurance, payroll service, DBS
   checks and training (yearly amounts spread over the year);
7. optionally, a reserve saved for fluctuating needs (Miss S in seed 004 saves a month of
   24-hour care for relapses): the reserve is worked out, then spread over the months it is
   saved across.

National rates and thresholds are chosen by date from ``rules/parameters``; the council's
allowances from ``rules/local/<council>/rates.yaml``. The result lists every parameter used with
its dates and source. Assumptions: pay is the same every pay period (so NI and pension are
worked out on an average period); workers are 21 or over for the National Living Wage check.
"""

from __future__ import annotations

from datetime import date as Date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from service.errors import InvalidInput
from service.plan import money
from service.plan.enums import SupportKind, Unit
from service.plan.money import gbp, number, pence, percent
from service.plan.money_lines import Line, PeriodView, in_period, period_words, text, view
from service.plan.money_params import ParameterSet, national_parameters
from service.plan.money_periods import MoneyPeriod, Periods
from service.plan.money_rates import CouncilRates, council_rates

Hours = Annotated[Decimal, Field(ge=0, le=168, max_digits=6, decimal_places=2)]
Pounds = Annotated[Decimal, Field(ge=0, max_digits=9, decimal_places=2)]
# People are paid weekly, every 4 weeks or monthly; thresholds are published for each.
PayPeriod = Literal[MoneyPeriod.week, MoneyPeriod.four_weeks, MoneyPeriod.month]
EMPLOYER_COST_KINDS = ("insurance", "payroll", "dbs_checks", "training", "recruitment")
DEFAULT_EMPLOYER_COSTS = ("insurance", "payroll", "dbs_checks", "training")


class Worker(BaseModel):
    """One personal assistant."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=200)
    hours_per_week: Hours
    hourly_pay: Pounds | None = None  # the council's suggested PA pay when not given
    aged_22_to_state_pension_age: bool = True
    pension_opt_in: bool = False


class Reserve(BaseModel):
    """Money saved for extra support when needs flare up (a relapse, a carer's illness)."""

    model_config = ConfigDict(extra="forbid")

    hours_per_week: Hours = Decimal(168)  # 24 hours a day, 7 days a week
    hourly_cost: Pounds | None = None  # the council's framework home-care rate when not given
    weekly_cost: Pounds | None = None  # live-in care is priced by the week: used instead of hours
    months: Annotated[Decimal, Field(gt=0, le=12)] = Decimal(1)
    saved_over_months: Annotated[Decimal, Field(gt=0, le=24)] = Decimal(12)


class DirectPaymentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    council: str = "lincolnshire"
    on: Date = Field(default_factory=Date.today)  # the date whose rates and thresholds apply
    pay_period: PayPeriod = MoneyPeriod.four_weeks
    workers: list[Worker] = Field(default_factory=list, max_length=20)
    claim_employment_allowance: bool = True
    employer_costs: list[str] = Field(default_factory=lambda: list(DEFAULT_EMPLOYER_COSTS))
    reserve: Reserve | None = None


class ParameterUsed(BaseModel):
    key: str
    value: str
    effective_from: Date
    effective_to: Date | None
    source: str
    verified: bool


class Notice(BaseModel):
    key: str
    message: str


class DirectPaymentResult(BaseModel):
    council: str
    on: Date
    illustration: bool
    pay_period: MoneyPeriod
    lines: list[Line]
    total: Decimal
    weekly: PeriodView
    four_weekly: PeriodView
    yearly: PeriodView
    employer_costs_per_week: dict[str, Decimal]
    parameters: list[ParameterUsed]
    notices: list[Notice]


class _Context(BaseModel):
    """What every step needs: the date's figures and the pay period."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    params: ParameterSet
    rates: CouncilRates
    period: MoneyPeriod

    @property
    def periods(self) -> Periods:
        return self.rates.periods

    @property
    def weeks(self) -> Decimal:
        return self.periods.weeks_in(self.period)

    @property
    def per(self) -> str:
        return period_words(self.period)

    def yearly_to_period(self, amount: Decimal) -> Decimal:
        return amount * self.weeks / self.periods.weeks_per_year


def calculate(request: DirectPaymentRequest) -> DirectPaymentResult:
    """Work out a direct payment for employing ``request.workers`` on ``request.on``."""
    _check(request)
    ctx = _Context(
        params=national_parameters(request.on),
        rates=council_rates(request.council, request.on),
        period=request.pay_period,
    )
    lines, gross_ni = _worker_lines(request, ctx)
    if request.claim_employment_allowance and gross_ni > 0:
        lines.append(_employment_allowance(gross_ni, ctx))
    lines += _employer_cost_lines(request, ctx)
    if request.reserve is not None:
        lines.append(_reserve(request.reserve, ctx))
    return _result(request, ctx, lines)


def _check(request: DirectPaymentRequest) -> None:
    problems = [
        {"path": f"employer_costs[{i}]", "message": f"Choose from {', '.join(EMPLOYER_COST_KINDS)}"}
        for i, kind in enumerate(request.employer_costs)
        if kind not in EMPLOYER_COST_KINDS
    ]
    if not request.workers and request.reserve is None:
        problems.append({"path": "workers", "message": "Add at least one worker or a reserve"})
    if problems:
        raise InvalidInput(problems)


# --- each worker: wages, holiday pay, employer NI, pension ------------------------------------


def _worker_lines(request: DirectPaymentRequest, ctx: _Context) -> tuple[list[Line], Decimal]:
    """Every worker's four lines, and their employer NI added up (the allowance is per employer)."""
    lines = [
        line
        for index, worker in enumerate(request.workers, start=1)
        for line in _one_worker(worker, _worker_name(worker, index), ctx)
    ]
    return lines, money.total(x.amount for x in lines if x.key == "employer_ni")


def _worker_name(worker: Worker, index: int) -> str:
    return worker.name or text("worker_default_name", "label", number=index)


def _one_worker(worker: Worker, name: str, ctx: _Context) -> list[Line]:
    """Wages, holiday pay, then NI and pension on pay including holiday pay."""
    wages = _wages(worker, _hourly_pay(worker, ctx), name, ctx)
    holiday = _holiday(wages, name, ctx)
    earnings = wages.amount + holiday.amount
    return [
        wages,
        holiday,
        _employer_ni(earnings, name, ctx),
        _pension(worker, earnings, name, ctx),
    ]


def _hourly_pay(worker: Worker, ctx: _Context) -> Decimal:
    pay = worker.hourly_pay if worker.hourly_pay is not None else ctx.rates.version.pa_hourly_pay
    if pay is None:
        message = "Give the hourly pay: this council has no suggested rate"
        raise InvalidInput([{"path": "workers.hourly_pay", "message": message}])
    return pay


def _wages(worker: Worker, pay: Decimal, name: str, ctx: _Context) -> Line:
    amount = pence(worker.hours_per_week * ctx.weeks * pay)
    variant = "working_week" if ctx.period == MoneyPeriod.week else "working"
    return Line.make(
        "wages",
        amount,
        working=variant,
        name=name,
        hours=number(worker.hours_per_week),
        weeks=number(ctx.weeks),
        pay=gbp(pay),
        per=ctx.per,
    )


def _holiday(wages: Line, name: str, ctx: _Context) -> Line:
    rate = ctx.params["holiday_pay_rate"].rate
    leave = ctx.params["holiday_weeks"].rate
    return Line.make(
        "holiday_pay",
        pence(wages.amount * rate),
        name=name,
        rate=percent(rate),
        wages=gbp(wages.amount),
        leave=number(leave),
        worked=number(Decimal(52) - leave),
    )


def _employer_ni(earnings: Decimal, name: str, ctx: _Context) -> Line:
    rate = ctx.params["employer_ni_rate"].rate
    threshold = ctx.params["ni_secondary_threshold"].per(ctx.period)
    above = max(earnings - threshold, money.ZERO)
    values = {"name": name, "earnings": gbp(earnings), "threshold": gbp(threshold), "per": ctx.per}
    if above == 0:
        return Line.make("employer_ni", money.ZERO, working="working_below", **values)
    return Line.make(
        "employer_ni", pence(above * rate), rate=percent(rate), above=gbp(above), **values
    )


def _pension(worker: Worker, earnings: Decimal, name: str, ctx: _Context) -> Line:
    lower = ctx.params["pension_qualifying_earnings_lower"].per(ctx.period)
    upper = ctx.params["pension_qualifying_earnings_upper"].per(ctx.period)
    trigger = ctx.params["pension_earnings_trigger"].per(ctx.period)
    values = {"name": name, "earnings": gbp(earnings), "per": ctx.per}
    enrolled = worker.aged_22_to_state_pension_age and earnings > trigger
    opted_in = worker.pension_opt_in and earnings > lower
    if not (enrolled or opted_in):
        why = "working_not_eligible" if earnings <= trigger else "working_age"
        return Line.make("pension", money.ZERO, working=why, trigger=gbp(trigger), **values)
    rate = ctx.params["pension_employer_minimum_rate"].rate
    qualifying = min(earnings, upper) - lower
    return Line.make(
        "pension",
        pence(qualifying * rate),
        working="working" if enrolled else "working_opt_in",
        rate=percent(rate),
        lower=gbp(lower),
        qualifying=gbp(qualifying),
        **values,
    )


def _employment_allowance(gross_ni: Decimal, ctx: _Context) -> Line:
    """Spread the yearly allowance over the year; never take off more NI than is due."""
    allowance = ctx.params["employment_allowance"].rate
    per_period = ctx.yearly_to_period(allowance)
    covered = min(gross_ni, pence(per_period))
    return Line.make(
        "employment_allowance",
        -covered,
        allowance=gbp(allowance),
        ni=gbp(gross_ni),
        per=ctx.per,
        covered=gbp(covered),
    )


# --- the employer's other costs, and a reserve ------------------------------------------------


def _employer_cost_lines(request: DirectPaymentRequest, ctx: _Context) -> list[Line]:
    workers = len(request.workers)
    if workers == 0:
        return []
    makers = {"dbs_checks": _dbs_checks}
    lines = []
    for kind in request.employer_costs:
        line = makers.get(kind, _allowance)(kind, workers, ctx)
        if line is not None:
            lines.append(line)
    return lines


def _allowance(kind: str, workers: int, ctx: _Context) -> Line | None:
    allowance = ctx.rates.version.employer_allowances.get(kind)
    if allowance is None or allowance.amount == 0:
        return None
    count = workers if allowance.per_worker else 1
    yearly = allowance.amount * count * ctx.periods.weeks_in(MoneyPeriod.year)
    yearly = yearly / ctx.periods.weeks_in(allowance.per)
    amount = pence(ctx.yearly_to_period(yearly))
    return Line.make(
        kind,
        amount,
        working="working_per_worker" if allowance.per_worker and workers > 1 else "working",
        each=gbp(allowance.amount),
        every=period_words(allowance.per),
        workers=workers,
        yearly=gbp(yearly),
        spread=_spread(yearly, amount, ctx),
    )


def _spread(yearly: Decimal, amount: Decimal, ctx: _Context) -> str:
    """ "£110.00 a year ÷ 52.143 weeks × 4 = £8.44 every 4 weeks" """
    return text(
        "spread",
        "working_week" if ctx.period == MoneyPeriod.week else "working",
        yearly=gbp(yearly),
        weeks_per_year=number(ctx.periods.weeks_per_year),
        weeks=number(ctx.weeks),
        amount=gbp(amount),
        per=ctx.per,
    )


def _dbs_checks(kind: str, workers: int, ctx: _Context) -> Line:
    fee = ctx.params["dbs_enhanced_check_fee"].rate
    checks = ctx.rates.version.dbs_checks_per_worker_per_year * workers
    yearly = fee * checks
    amount = pence(ctx.yearly_to_period(yearly))
    return Line.make(
        kind,
        amount,
        fee=gbp(fee),
        checks=number(checks),
        yearly=gbp(yearly),
        spread=_spread(yearly, amount, ctx),
    )


def _reserve(reserve: Reserve, ctx: _Context) -> Line:
    """The reserve (a month of extra support), then the share of it saved each pay period."""
    weekly, hourly, variant = _reserve_weekly(reserve, ctx)
    weeks_needed = reserve.months * ctx.periods.weeks_in(MoneyPeriod.month)
    saved = pence(weekly * weeks_needed)
    weeks_saving = reserve.saved_over_months * ctx.periods.weeks_in(MoneyPeriod.month)
    return Line.make(
        "reserve",
        pence(saved * ctx.weeks / weeks_saving),
        working=variant,
        hours=number(reserve.hours_per_week),
        cost=gbp(hourly),
        weekly=gbp(weekly),
        months=number(reserve.months),
        weeks_needed=number(weeks_needed),
        saved=gbp(saved),
        over=number(reserve.saved_over_months),
        weeks_saving=number(weeks_saving),
        weeks=number(ctx.weeks),
        per=ctx.per,
    )


def _reserve_weekly(reserve: Reserve, ctx: _Context) -> tuple[Decimal, Decimal, str]:
    """The weekly cost of the extra support (a weekly price, or hours × an hourly cost), the
    hourly cost used, and which working explains it."""
    if reserve.weekly_cost is not None:
        return reserve.weekly_cost, money.ZERO, "working_weekly"
    hourly = reserve.hourly_cost if reserve.hourly_cost is not None else _framework_home_care(ctx)
    return reserve.hours_per_week * hourly, hourly, "working"


def _framework_home_care(ctx: _Context) -> Decimal:
    rate = ctx.rates.framework_rate(SupportKind.home_care, Unit.hour)
    if rate is None:
        message = "Give the hourly cost: this council has no home care framework rate"
        raise InvalidInput([{"path": "reserve.hourly_cost", "message": message}])
    return rate


# --- the result -------------------------------------------------------------------------------


def _result(request: DirectPaymentRequest, ctx: _Context, lines: list[Line]) -> DirectPaymentResult:
    primary = view(lines, ctx.period)
    views = {p: in_period(lines, ctx.period, p, ctx.periods) for p in _VIEW_PERIODS}
    return DirectPaymentResult(
        council=request.council,
        on=request.on,
        illustration=ctx.rates.illustration,
        pay_period=ctx.period,
        lines=primary.lines,
        total=primary.total,
        weekly=views[MoneyPeriod.week],
        four_weekly=views[MoneyPeriod.four_weeks],
        yearly=views[MoneyPeriod.year],
        employer_costs_per_week=_employer_costs(views[MoneyPeriod.week].lines),
        parameters=_parameters_used(ctx),
        notices=_notices(request, ctx),
    )


_VIEW_PERIODS = (MoneyPeriod.week, MoneyPeriod.four_weeks, MoneyPeriod.year)
# Which plan field (plan.direct_payment.employer_costs) each line key adds to.
_EMPLOYER_COST_FIELDS = {
    "employer_ni": "employer_ni",
    "employment_allowance": "employer_ni",
    "pension": "pension",
    "holiday_pay": "holiday_pay",
    "insurance": "insurance",
    "payroll": "payroll",
    "dbs_checks": "dbs_checks",
    "training": "training",
    "recruitment": "recruitment",
}


def _employer_costs(weekly: list[Line]) -> dict[str, Decimal]:
    """Weekly employer costs in the shape of the plan's ``direct_payment.employer_costs``."""
    costs: dict[str, Decimal] = {}
    for line in weekly:
        field = _EMPLOYER_COST_FIELDS.get(line.key)
        if field:
            costs[field] = costs.get(field, money.ZERO) + line.amount
    return costs


def _parameters_used(ctx: _Context) -> list[ParameterUsed]:
    return [
        ParameterUsed(
            key=p.key,
            value=str(p.value) if not isinstance(p.value, dict) else str(p.per(ctx.period)),
            effective_from=p.effective_from,
            effective_to=p.effective_to,
            source=p.source,
            verified=p.verified,
        )
        for p in ctx.params.by_key.values()
    ]


def _notices(request: DirectPaymentRequest, ctx: _Context) -> list[Notice]:
    notices = []
    if ctx.rates.illustration:
        notices.append(Notice(key="rates_illustration", message=text("rates_illustration")))
    floor = ctx.params["national_living_wage"].rate
    for index, worker in enumerate(request.workers, start=1):
        pay = _hourly_pay(worker, ctx)
        if pay < floor:
            name = _worker_name(worker, index)
            message = text("below_living_wage", name=name, pay=gbp(pay), floor=gbp(floor))
            notices.append(Notice(key="below_living_wage", message=message))
    return notices
