"""The direct-payment calculator, checked against sums a reader can redo by hand.

Lincolnshire's figures are the illustrative ones in rules/local/lincolnshire/rates.yaml:
2026-27 suggested PA pay £13.50 an hour; insurance £115, payroll £162, training £155 a year;
one enhanced DBS check (£49.50) per PA a year; 52.143 weeks a year.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.errors import InvalidInput
from service.plan.directpayment import DirectPaymentRequest, Reserve, Worker, calculate

ON_2026 = date(2027, 1, 18)  # the Yvonne and John demo plan starts in tax year 2026-27


def amounts(result, view: str = "lines") -> dict[str, D]:
    lines = result.lines if view == "lines" else getattr(result, view).lines
    out: dict[str, D] = {}
    for line in lines:
        out[line.key] = out.get(line.key, D(0)) + line.amount
    return out


def test_yvonne_and_john_pa_hours_weekly_line_by_line() -> None:
    # Seed 004: a PA 8am-9am every weekday (Yvonne) and Saturday (so John can take his grandson
    # swimming): 6 hours a week.
    result = calculate(
        DirectPaymentRequest(
            on=ON_2026,
            pay_period="week",
            workers=[Worker(name="Yvonne's PA", hours_per_week=D(6))],
        )
    )
    got = amounts(result)
    assert got["wages"] == D("81.00")  # 6 × £13.50
    assert got["holiday_pay"] == D("9.78")  # 12.07% × £81.00 = £9.7767
    assert got["employer_ni"] == D("0.00")  # £90.78 is not above £96
    assert got["pension"] == D("0.00")  # £90.78 is not above the £192 trigger
    assert got["insurance"] == D("2.21")  # £115 ÷ 52.143
    assert got["payroll"] == D("3.11")  # £162 ÷ 52.143
    assert got["dbs_checks"] == D("0.95")  # £49.50 ÷ 52.143
    assert got["training"] == D("2.97")  # £155 ÷ 52.143
    assert "employment_allowance" not in got  # no NI, nothing to take off
    assert result.total == D("100.02")
    wages = result.lines[0]
    assert wages.working == "6 hours a week × £13.50 an hour = £81.00 a week"
    assert "not above the £96.00 threshold" in result.lines[2].working


def test_yvonne_and_john_four_weekly_payment() -> None:
    result = calculate(DirectPaymentRequest(on=ON_2026, workers=[Worker(hours_per_week=D(6))]))
    got = amounts(result)
    assert result.pay_period == "four_weeks"
    assert got["wages"] == D("324.00")  # 6 × 4 × £13.50
    assert got["holiday_pay"] == D("39.11")  # 12.07% × £324.00 = £39.1068
    assert got["employer_ni"] == D("0.00")  # £363.11 is not above £385
    assert got["insurance"] == D("8.82")  # £115 × 4 ÷ 52.143
    assert got["payroll"] == D("12.43")
    assert got["dbs_checks"] == D("3.80")
    assert got["training"] == D("11.89")
    assert result.total == D("400.05")
    assert result.four_weekly.total == result.total


def test_miss_s_reserve_for_relapses_live_in_care() -> None:
    # Seed 004: Miss S saves one month of 24-hour care for relapses. Live-in care at £1,250 a
    # week: a month is 52.143 ÷ 12 = 4.34525 weeks, so £5,431.56; saved over 12 months that is
    # £5,431.56 ÷ 52.143 = £104.17 a week.
    result = calculate(
        DirectPaymentRequest(
            on=ON_2026,
            pay_period="week",
            workers=[Worker(name="Sophie's PA", hours_per_week=D(10))],
            reserve=Reserve(weekly_cost=D("1250.00")),
        )
    )
    got = amounts(result)
    assert got["reserve"] == D("104.17")
    reserve = result.lines[-1]
    assert "£5,431.56" in reserve.working and "4.34525 weeks" in reserve.working
    # Her 10 PA hours: £135.00 wages, £16.29 holiday; £151.29 is above £96, so employer NI is
    # 15% × £55.29 = £8.29, all taken off by the Employment Allowance.
    assert got["wages"] == D("135.00")
    assert got["holiday_pay"] == D("16.29")
    assert got["employer_ni"] == D("8.29")
    assert got["employment_allowance"] == D("-8.29")
    assert got["pension"] == D("0.00")  # £151.29 is not above £192
    assert result.total == D("264.70")


def test_miss_s_reserve_by_the_hour_and_saved_every_four_weeks() -> None:
    # 168 hours × £15.00 = £2,520 a week; × 4.34525 weeks = £10,950.03; ÷ 52.143 × 4 = £840.00.
    result = calculate(DirectPaymentRequest(on=ON_2026, reserve=Reserve(hourly_cost=D("15.00"))))
    assert [line.key for line in result.lines] == ["reserve"]
    assert result.total == D("840.00")
    assert result.weekly.total == D("210.00")


def test_reserve_defaults_to_the_framework_home_care_rate() -> None:
    result = calculate(DirectPaymentRequest(on=ON_2026, reserve=Reserve()))
    assert "£24.45 an hour" in result.lines[0].working  # Lincolnshire 2026-27 illustration


def test_pension_opt_in_below_the_trigger() -> None:
    request = DirectPaymentRequest(
        on=ON_2026, pay_period="week", workers=[Worker(hours_per_week=D(10), pension_opt_in=True)]
    )
    # £151.29 a week is above £120: 3% × £31.29 = £0.9387.
    assert amounts(calculate(request))["pension"] == D("0.94")


def test_full_time_pa_pays_ni_and_pension() -> None:
    worker = Worker(hours_per_week=D(30), hourly_pay=D("13.00"))
    result = calculate(DirectPaymentRequest(on=ON_2026, pay_period="week", workers=[worker]))
    got = amounts(result)
    assert got["holiday_pay"] == D("47.07")  # 12.07% × £390
    assert got["employer_ni"] == D("51.16")  # 15% × (£437.07 − £96)
    assert got["pension"] == D("9.51")  # 3% × (£437.07 − £120)
    assert got["employment_allowance"] == D("-51.16")


def test_worker_outside_auto_enrolment_age() -> None:
    worker = Worker(hours_per_week=D(30), aged_22_to_state_pension_age=False)
    result = calculate(DirectPaymentRequest(on=ON_2026, pay_period="week", workers=[worker]))
    assert amounts(result)["pension"] == D("0.00")
    assert "under 22" in result.lines[3].working


def test_without_employment_allowance_ni_is_paid() -> None:
    worker = Worker(hours_per_week=D(30), hourly_pay=D("13.00"))
    request = DirectPaymentRequest(
        on=ON_2026, pay_period="week", workers=[worker], claim_employment_allowance=False
    )
    got = amounts(calculate(request))
    assert "employment_allowance" not in got and got["employer_ni"] == D("51.16")


def test_employment_allowance_is_capped_per_employer() -> None:
    # 20 full-time PAs: NI far above £10,500 a year, so only £10,500 ÷ 52.143 × 4 = £805.48
    # is taken off every 4 weeks.
    workers = [Worker(hours_per_week=D(40)) for _ in range(20)]
    got = amounts(calculate(DirectPaymentRequest(on=ON_2026, workers=workers)))
    assert got["employment_allowance"] == D("-805.48")
    assert got["employer_ni"] > D("805.48")


def test_changing_the_date_selects_the_other_years_figures() -> None:
    worker = Worker(hours_per_week=D(30), hourly_pay=D("13.00"))
    old, new = (
        calculate(DirectPaymentRequest(on=on, pay_period="week", workers=[worker]))
        for on in (date(2025, 1, 10), date(2025, 6, 1))
    )
    # 2024-25: 13.8% above £175 a week; 2025-26: 15% above £96.
    assert amounts(old)["employer_ni"] == D("36.17")  # 13.8% × (£437.07 − £175) = £36.1657
    assert amounts(new)["employer_ni"] == D("51.16")
    used = {p.key: p for p in new.parameters}
    assert used["employer_ni_rate"].effective_from == date(2025, 4, 6)
    assert used["employer_ni_rate"].source.startswith("https://www.gov.uk/")
    # and the council's own figures change too (suggested pay, insurance)
    pay_2025 = calculate(
        DirectPaymentRequest(on=date(2025, 6, 1), workers=[Worker(hours_per_week=D(1))])
    )
    pay_2026 = calculate(DirectPaymentRequest(on=ON_2026, workers=[Worker(hours_per_week=D(1))]))
    assert amounts(pay_2025)["wages"] == D("52.00") and amounts(pay_2026)["wages"] == D("54.00")


def test_pay_below_the_national_living_wage_is_pointed_out() -> None:
    low = Worker(hours_per_week=D(5), hourly_pay=D("12.50"))
    notices = calculate(DirectPaymentRequest(on=ON_2026, workers=[low])).notices
    assert any(n.key == "below_living_wage" and "£12.71" in n.message for n in notices)
    ok = calculate(DirectPaymentRequest(on=date(2025, 6, 1), workers=[low])).notices
    assert not any(n.key == "below_living_wage" for n in ok)  # £12.21 then


def test_employer_costs_in_the_plans_shape() -> None:
    worker = Worker(hours_per_week=D(30), hourly_pay=D("13.00"))
    result = calculate(DirectPaymentRequest(on=ON_2026, pay_period="week", workers=[worker]))
    costs = result.employer_costs_per_week
    assert costs["employer_ni"] == D("0.00")  # NI net of the Employment Allowance
    assert costs["pension"] == D("9.51")
    assert set(costs) <= {
        "employer_ni",
        "pension",
        "holiday_pay",
        "insurance",
        "payroll",
        "dbs_checks",
        "training",
        "recruitment",
    }


def test_bad_requests_name_the_field() -> None:
    with pytest.raises(InvalidInput) as caught:
        calculate(DirectPaymentRequest(on=ON_2026, workers=[], employer_costs=["yacht"]))
    paths = {e["path"] for e in caught.value.errors}
    assert paths == {"employer_costs[0]", "workers"}
    with pytest.raises(InvalidInput):
        calculate(DirectPaymentRequest(on=date(2019, 1, 1), workers=[Worker(hours_per_week=D(1))]))


workers_st = st.builds(
    Worker,
    hours_per_week=st.decimals(min_value=0, max_value=80, places=2),
    hourly_pay=st.decimals(min_value=D("10"), max_value=D("40"), places=2),
    aged_22_to_state_pension_age=st.booleans(),
    pension_opt_in=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(workers_st, min_size=1, max_size=4),
    st.sampled_from(["week", "four_weeks", "month"]),
    st.booleans(),
)
def test_every_total_is_the_sum_of_its_lines(workers, period, allowance) -> None:
    result = calculate(
        DirectPaymentRequest(
            on=ON_2026, pay_period=period, workers=workers, claim_employment_allowance=allowance
        )
    )
    for view in (result, result.weekly, result.four_weekly, result.yearly):
        assert view.total == sum((line.amount for line in view.lines), D(0))
        assert all(line.amount == line.amount.quantize(D("0.01")) for line in view.lines)
    ni = amounts(result)
    assert ni["employer_ni"] + ni.get("employment_allowance", D(0)) >= 0


def test_recruitment_only_when_asked_for() -> None:
    worker = Worker(hours_per_week=D(6))
    plain = calculate(DirectPaymentRequest(on=ON_2026, pay_period="week", workers=[worker]))
    assert "recruitment" not in amounts(plain)
    asked = calculate(
        DirectPaymentRequest(
            on=ON_2026,
            pay_period="week",
            workers=[worker],
            employer_costs=["insurance", "payroll", "dbs_checks", "training", "recruitment"],
        )
    )
    assert amounts(asked)["recruitment"] == D("2.40")  # £125 a year ÷ 52.143 = £2.397


def test_people_are_not_paid_yearly() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        DirectPaymentRequest(on=ON_2026, pay_period="year", workers=[Worker(hours_per_week=D(1))])


def test_dates_default_to_today() -> None:
    # Not calculated here: the shipped rates end in March 2027 and this test must not expire.
    from service.plan.money_indicative import IndicativeRequest

    assert DirectPaymentRequest(workers=[Worker(hours_per_week=D(1))]).on == date.today()
    assert IndicativeRequest().given_on == date.today()
