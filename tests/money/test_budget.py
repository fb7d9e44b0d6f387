"""Costing a plan, the split of who pays, and the facts the rules read (CA-36, CA-37, LCC-08)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from service.demo import load_demo_plan
from service.plan import parse_plan
from service.plan.budget import Payer, plan_costing, plan_facts
from service.plan.money_dates import costing_date, council_of
from service.plan.money_rates import council_rates

RATES = council_rates("lincolnshire", date(2026, 6, 1))  # home care framework £24.45 an hour


def line(id_: str, units: str, cost: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "description": f"Support {id_}",
        "units_per_week": units,
        "unit": "hour",
        "unit_cost": cost,
        **extra,
    }


def costing(support: list[dict[str, Any]], budget: dict[str, Any] | None = None):
    return plan_costing(parse_plan({"support": support, "personal_budget": budget or {}}), RATES)


def rules(c) -> set[str]:
    return {f.rule for f in c.flags}


def test_yvonne_and_john_demo_plan_is_fully_paid_for() -> None:
    plan = load_demo_plan("yvonne-and-john")
    c = plan_costing(plan, council_rates(council_of(plan), costing_date(plan)))
    assert [x.cost_per_week for x in c.lines] == [D("67.50"), D("13.50"), D("19.57")]
    assert c.total_per_week == D("100.57")
    assert c.total_per_year == D("5244.02")  # £100.57 × 52.143 = £5,244.021
    assert [x.key for x in c.split.lines] == ["council_contribution", "person_contribution"]
    assert c.split.total == D("100.57") and c.split.personal_budget_adds_up
    assert c.difference == 0 and "are the same" in c.difference_working.lower()
    assert c.flags == []


def test_miss_s_demo_plan_lists_the_nhs_line_without_a_cost() -> None:
    plan = load_demo_plan("miss-s")
    c = plan_costing(plan, council_rates(council_of(plan), costing_date(plan)))
    assert c.unknown_cost == ["sup-5"]
    assert c.personal_budget_costs_per_week == D("266.19")  # 94.50 + 40.50 + 104.17 + 27.02
    assert c.difference == 0


def test_each_line_shows_its_working() -> None:
    c = costing([line("s1", "7", "24.50", kind="home_care", funding="personal_budget")])
    assert c.lines[0].working == "7 hours a week × £24.50 = £171.50 a week"


def test_reablement_is_kept_out_of_the_budget_and_flagged_if_counted_in_it() -> None:
    c = costing([line("r", "10", "20.00", kind="reablement", funding="personal_budget")])
    assert c.lines[0].payer is Payer.excluded and not c.lines[0].in_personal_budget
    assert c.personal_budget_costs_per_week == 0
    assert "CA-36" in rules(c)
    assert c.cost_in_budget_period == 0  # the budget need not cover it
    quiet = costing([line("r", "10", "20.00", kind="intermediate_care", funding="other_public")])
    assert "CA-36" not in rules(quiet) and quiet.lines[0].payer is Payer.excluded


def test_above_framework_rate_is_flagged_unless_authorised() -> None:
    above = line("h", "7", "26.00", kind="home_care", funding="personal_budget")
    c = costing([above])
    assert c.lines[0].framework_rate == D("24.45") and c.lines[0].above_framework_rate
    assert [f.path for f in c.flags if f.rule == "LCC-08"] == ["support[0].unit_cost"]
    assert "LCC-08" not in rules(costing([{**above, "rate_authorised": True}]))
    assert "LCC-08" not in rules(costing([{**above, "unit_cost": "24.45"}]))


def test_framework_rates_are_by_kind_and_unit() -> None:
    day = line("d", "2", "50.00", kind="day_service", funding="personal_budget")
    c = costing([{**day, "unit": "session"}, {**day, "id": "d2"}])  # £47.00 a session, no hourly
    assert [x.framework_rate for x in c.lines] == [D("47.00"), None]
    assert [f.path for f in c.flags] == ["support[0].unit_cost"]


def test_only_lines_the_budget_pays_for_need_the_rate_authorised() -> None:
    """A top-up, the NHS or a third party may pay more; a direct payment is the budget."""
    above = line("h", "7", "26.00", kind="home_care")
    for funding in ("person_top_up", "nhs", "other_public", "third_party", "free"):
        c = costing([{**above, "funding": funding}])
        assert c.lines[0].above_framework_rate and not c.lines[0].paid_from_budget, funding
        assert "LCC-08" not in rules(c), funding
    assert "LCC-08" in rules(costing([{**above, "delivery": "direct_payment"}]))
    assert "LCC-08" not in rules(costing([above]))  # nobody recorded as paying


def test_overspend_must_be_assigned_to_a_named_payer() -> None:
    support = [line("h", "10", "24.00", kind="home_care", funding="personal_budget")]  # £240
    budget = {"total": "200.00", "council_contribution": "200.00", "person_contribution": "0.00"}
    c = costing(support, budget)
    assert rules(c) == {"CA-37"}
    assert (c.cover.excess, c.cover.named_cover, c.cover.unassigned) == (D("40"), 0, D("40"))
    assert [f.detail for f in c.flags] == ["unassigned £40.00 a week"]
    assert c.difference == D("40.00")
    assert "£40.00 a week is not paid for" in c.difference_working
    topped = costing(support, {**budget, "top_ups": [{"by": "Yvonne's son", "amount": "40.00"}]})
    assert "CA-37" not in rules(topped) and topped.cover.unassigned == 0
    assert topped.split.lines[-1].label == "Top-up from Yvonne's son"
    unnamed = costing(support, {**budget, "top_ups": [{"amount": "40.00"}]})
    assert "CA-37" in rules(unnamed)


def test_named_money_first_pays_for_the_lines_its_payer_funds() -> None:
    support = [
        line("h", "10", "26.00", kind="home_care", funding="personal_budget"),  # £260
        line("d", "1", "20.00", kind="community", funding="person_top_up"),
        line("n", "1", "40.00", kind="health", funding="nhs"),
    ]
    budget = {
        "total": "240.00",
        "top_ups": [{"by": "daughter", "amount": "25.00"}],
        "other_public_money": [{"source": "ICB", "amount": "50.00"}],
    }
    cover = costing(support, budget).cover
    assert (cover.top_ups_named, cover.top_up_cost) == (D("25.00"), D("20.00"))
    assert (cover.public_named, cover.public_cost) == (D("50.00"), D("40.00"))
    assert cover.named_cover == D("15.00")  # £5 of top-up and £10 of ICB money are left over
    assert cover.excess == D("20.00") and cover.unassigned == D("5.00")


def test_no_budget_recorded_is_not_an_overspend() -> None:
    support = [line("h", "10", "24.00", kind="home_care", funding="personal_budget")]
    c = costing(support)
    assert c.cover.budget is None and c.cover.unassigned is None and c.flags == []
    parts = costing(support, {"council_contribution": "200.00", "person_contribution": "20.00"})
    assert parts.cover.budget == D("220.00") and parts.cover.unassigned == D("20.00")


def test_facts_for_the_rules_never_fail_on_a_date_without_rates() -> None:
    plan = parse_plan(
        {
            "dates": {"plan_started": "2023-05-01"},
            "support": [line("h", "10", "30.00", kind="home_care", funding="personal_budget")],
            "personal_budget": {"period": "year", "total": "15000.00"},
        }
    )
    facts = plan_facts(plan)
    assert facts.on == date(2023, 5, 1) and not facts.rates_in_force
    assert facts.lines[0].framework_rate is None
    assert facts.cover.budget_cost == D("15642.90")  # £300 × 52.143, the council's weeks
    assert plan_facts(parse_plan({})).on == date.today()  # no dates: today, as the money view


def test_nhs_joint_funding_is_shown_separately() -> None:
    support = [
        line("pa", "10", "17.00", kind="personal_assistant", funding="personal_budget"),
        line("n", "2", "40.00", kind="health", funding="nhs"),
    ]
    budget = {
        "total": "170.00",
        "council_contribution": "150.00",
        "person_contribution": "20.00",
        "other_public_money": [{"source": "Lincolnshire ICB", "amount": "80.00"}],
    }
    c = costing(support, budget)
    assert [(x.key, x.amount) for x in c.by_payer.lines] == [
        ("payer_personal_budget", D("170.00")),
        ("payer_nhs", D("80.00")),
    ]
    assert c.split.total == D("250.00") and c.difference == 0 and c.flags == []


def test_budget_that_does_not_add_up() -> None:
    budget = {"total": "200.00", "council_contribution": "150.00", "person_contribution": "20.00"}
    c = costing([], budget)
    assert not c.split.personal_budget_adds_up  # CA-34 is the rules engine's finding
    assert [x.key for x in c.split.lines] == ["personal_budget_unsplit"]


def test_yearly_budget_is_compared_in_years_not_rounded_through_a_week() -> None:
    support = [line("pa", "10", "17.00", kind="personal_assistant", funding="personal_budget")]
    # £170 a week × 52.143 = £8,864.31 a year exactly as recorded.
    budget = {
        "period": "year",
        "total": "8864.31",
        "council_contribution": "8864.31",
        "person_contribution": "0",
    }
    c = costing(support, budget)
    assert c.cost_in_budget_period == D("8864.31") and c.difference == 0
    assert "a year" in c.difference_working


money_st = st.decimals(min_value=0, max_value=500, places=2).map(str)
support_st = st.lists(
    st.fixed_dictionaries(
        {
            "units_per_week": st.one_of(
                st.none(), st.decimals(min_value=0, max_value=80, places=2).map(str)
            ),
            "unit_cost": st.one_of(st.none(), money_st),
            "funding": st.sampled_from(
                ["personal_budget", "person_top_up", "nhs", "other_public", "third_party", "free"]
            ),
            "kind": st.sampled_from(["home_care", "personal_assistant", "reablement", "other"]),
        }
    ),
    max_size=8,
)


@settings(max_examples=80, deadline=None)
@given(
    support_st,
    money_st,
    money_st,
    st.lists(money_st, max_size=3),
    st.sampled_from(["week", "year"]),
)
def test_totals_and_split_always_add_up(support, council, person, top_ups, period) -> None:
    lines = [
        {"id": f"s{i}", "description": "x", "unit": "hour", **s} for i, s in enumerate(support)
    ]
    budget = {
        "period": period,
        "council_contribution": council,
        "person_contribution": person,
        "top_ups": [{"by": "family", "amount": t} for t in top_ups],
    }
    c = costing(lines, budget)
    known = [x.cost_per_week for x in c.lines if x.cost_per_week is not None]
    assert c.total_per_week == sum(known, D(0)) == sum((x.amount for x in c.by_payer.lines), D(0))
    assert c.by_payer_yearly.total == sum((x.amount for x in c.by_payer_yearly.lines), D(0))
    assert c.split.personal_budget == D(council) + D(person)
    assert c.split.total == c.split.personal_budget + sum((D(t) for t in top_ups), D(0))
    assert c.split.total == sum((x.amount for x in c.split.lines), D(0))
    assert c.difference == c.cost_in_budget_period - c.split.total
    cover = c.cover
    assert cover.budget == c.split.personal_budget and cover.excess is not None
    assert cover.unassigned == max(cover.excess - cover.named_cover, D(0))
    assert ("CA-37" in rules(c)) == (cover.unassigned > 0)
