"""The demo plans load, validate, round-trip through JSON, respect the seeds, and Florence's is complete."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

from service.demo import demo_plan_names, load_demo_json, load_demo_plan, load_demo_plans
from service.errors import NotFound
from service.plan import Plan, parse_plan
from service.plan.enums import AdviceKind, Funding, MetBy, PaymentFrequency, PlanType

NAMES = demo_plan_names()
FLORENCE = "florence-and-mary"
EXPECTED = ["carer-plan", FLORENCE, "lcc-example", "miss-s", "yvonne-and-john"]
# Ofcom's ranges reserved for drama: no real person can be rung from a demo.
FICTIONAL_PHONE = re.compile(r"^(01632 960\d{3}|07700 900\d{3})$")


def _sum(amounts: list[Decimal]) -> Decimal:
    return sum(amounts, Decimal("0"))


def _budget_paid_support(plan: Plan) -> list[Decimal]:
    paid = [s for s in plan.support if s.funding == Funding.personal_budget]
    assert all(s.cost_per_week is not None for s in paid), plan.id
    return [s.cost_per_week for s in paid if s.cost_per_week is not None]


def _walk(data: Any, key: str) -> list[Any]:
    """Every value stored under ``key`` anywhere in ``data``."""
    if isinstance(data, dict):
        here = [data[key]] if key in data else []
        return here + [v for value in data.values() for v in _walk(value, key)]
    if isinstance(data, list):
        return [v for item in data for v in _walk(item, key)]
    return []


def _resolve(data: Any, path: str) -> Any:
    """Follow a provenance path like ``needs[1].how_met`` into plan JSON."""
    for name, index in re.findall(r"([A-Za-z_]+)(?:\[(\d+)\])?", path):
        data = data[name]
        if index:
            data = data[int(index)]
    return data


# --- loading --------------------------------------------------------------------------------


def test_all_five_demo_plans_are_there_in_sorted_order() -> None:
    assert NAMES == EXPECTED


def test_load_demo_plans_is_keyed_by_name_and_ids_match_file_names() -> None:
    plans = load_demo_plans()
    assert list(plans) == EXPECTED
    assert all(plan.id == name for name, plan in plans.items())


@pytest.mark.parametrize("name", ["../florence-and-mary", "nobody", ""])
def test_unknown_name_is_not_found(name: str) -> None:
    with pytest.raises(NotFound):
        load_demo_plan(name)


# --- every plan -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip_is_equal(name: str) -> None:
    plan = load_demo_plan(name)
    dumped = plan.model_dump(mode="json")
    again = parse_plan(json.loads(json.dumps(dumped)))
    assert again == plan
    assert again.model_dump(mode="json") == dumped


@pytest.mark.parametrize("name", NAMES)
def test_published_json_schema_accepts_the_file(name: str) -> None:
    validator = jsonschema.Draft202012Validator(Plan.model_json_schema())
    assert [e.message for e in validator.iter_errors(load_demo_json(name))] == []


@pytest.mark.parametrize("name", NAMES)
def test_file_has_no_key_the_model_drops(name: str) -> None:
    raw = load_demo_json(name)
    assert _keys(raw) <= _keys(load_demo_plan(name).model_dump(mode="json"))


def _keys(data: object, prefix: str = "") -> set[str]:
    if isinstance(data, dict):
        return {f"{prefix}.{k}" for k in data} | {
            key for k, v in data.items() for key in _keys(v, f"{prefix}.{k}")
        }
    if isinstance(data, list):
        return {key for item in data for key in _keys(item, f"{prefix}[]")}
    return set()


@pytest.mark.parametrize("name", NAMES)
def test_budget_adds_up_and_matches_the_support_it_pays_for(name: str) -> None:
    plan = load_demo_plan(name)
    budget = plan.personal_budget
    assert budget.total == budget.person_contribution + budget.council_contribution
    assert _sum(_budget_paid_support(plan)) == budget.total


@pytest.mark.parametrize("name", NAMES)
def test_four_weekly_direct_payment_is_four_weeks_of_council_contribution(name: str) -> None:
    plan = load_demo_plan(name)
    dp = plan.direct_payment
    if dp is None:
        assert plan.personal_budget.management != "direct_payment"
        return
    assert dp.frequency == PaymentFrequency.four_weekly
    assert dp.amount == 4 * plan.personal_budget.council_contribution


@pytest.mark.parametrize("name", NAMES)
def test_employer_costs_are_in_the_budget(name: str) -> None:
    plan = load_demo_plan(name)
    dp = plan.direct_payment
    if dp is None or not dp.employs_personal_assistant:
        return
    costs = dp.employer_costs
    assert costs is not None
    itemised = _sum([v for v in costs.model_dump().values() if v is not None])
    lines = [s.cost_per_week for s in plan.support if s.description.startswith("Employer costs")]
    assert lines == [itemised]


@pytest.mark.parametrize("name", NAMES)
def test_phone_numbers_are_fictional(name: str) -> None:
    raw = load_demo_json(name)
    numbers = [v for k in ("phone", "contact") for v in _walk(raw, k) if v]
    assert numbers
    assert [n for n in numbers if not FICTIONAL_PHONE.match(n)] == []


@pytest.mark.parametrize("name", NAMES)
def test_provenance_points_at_filled_fields(name: str) -> None:
    plan = load_demo_plan(name)
    dumped = plan.model_dump(mode="json")
    assert plan.provenance
    for path in plan.provenance:
        assert _resolve(dumped, path) not in (None, "", []), path


@pytest.mark.parametrize("name", NAMES)
def test_links_to_other_demo_plans_resolve(name: str) -> None:
    plan = load_demo_plan(name)
    refs = [c.reference for c in plan.combined_with if c.kind != "safeguarding"]
    if plan.cared_for is not None:
        refs.append(plan.cared_for.plan_reference)
    assert all(ref in NAMES for ref in refs), refs


# --- the seeds' facts -----------------------------------------------------------------------


def test_yvonne_pa_hours_are_the_case_studys() -> None:
    # Seed 004: a PA from 8am to 9am every weekday morning, and 8am to 9am on Saturday.
    pa = [s for s in load_demo_plan("yvonne-and-john").support if s.kind == "personal_assistant"]
    hours = {s.when: s.units_per_week for s in pa}
    assert hours == {"Monday to Friday, 8am to 9am": 5, "Saturday, 8am to 9am": 1}


def test_miss_s_relapse_fund_saves_a_month_of_24_hour_care_in_a_year() -> None:
    plan = load_demo_plan("miss-s")
    fund = next(s for s in plan.support if s.description.startswith("Relapse fund"))
    month_of_live_in = Decimal("1250") * 52 / 12
    assert abs(fund.cost_per_week * 52 - month_of_live_in) < 1
    assert all(n.fluctuating and n.fluctuation_plan for n in plan.needs)


def test_carer_plan_uses_only_carer_outcomes() -> None:
    plan = load_demo_plan("carer-plan")
    assert plan.plan_type == PlanType.carer_support
    outcomes = [o for n in plan.needs for o in n.eligibility_outcomes]
    assert outcomes and all(o.is_carer_outcome for o in outcomes)
    assert plan.cared_for is not None and plan.carer_profile is not None


# --- Florence: complete and lawful ----------------------------------------------------------


@pytest.fixture(scope="module")
def florence() -> Plan:
    return load_demo_plan(FLORENCE)


def test_florence_budget_adds_up_to_the_penny(florence: Plan) -> None:
    budget = florence.personal_budget
    assert budget.total == Decimal("52.77")
    assert budget.person_contribution + budget.council_contribution == budget.total
    assert budget.indicative_amount is not None and budget.management is not None


def test_every_florence_need_says_how_it_is_met(florence: Plan) -> None:
    for need in florence.needs:
        assert need.met_by is not None and need.how_met, need.id
        assert need.eligibility is not None and need.extent, need.id
        assert need.outcome_ids, need.id


def test_florence_assessed_needs_all_appear(florence: Plan) -> None:
    refs = {n.ref for n in florence.assessment.identified_needs}
    assert refs and refs == {n.assessment_ref for n in florence.needs}


def test_florence_advice_covers_every_need_the_council_does_not_meet(florence: Plan) -> None:
    not_met = {n.id for n in florence.needs if n.met_by != MetBy.local_authority}
    for kind in (AdviceKind.meet_or_reduce, AdviceKind.prevent_or_delay):
        advice = [a for a in florence.information_and_advice if a.kind == kind]
        assert advice, kind
    prevent = {i for a in florence.information_and_advice for i in a.need_ids}
    assert not_met and not_met <= prevent


def test_florence_risks_have_all_four_parts(florence: Plan) -> None:
    assert florence.risks
    for risk in florence.risks:
        assert risk.description and risk.likely_harm and risk.proactive and risk.reactive, risk.id


def test_florence_first_review_is_six_to_eight_weeks_after_start(florence: Plan) -> None:
    start = florence.dates.services_start
    review = florence.review.first_review_on
    assert start is not None and review is not None
    assert timedelta(weeks=6) <= review - start <= timedelta(weeks=8)


def test_florence_outcomes_are_in_her_own_voice(florence: Plan) -> None:
    assert all(o.statement.startswith("I want") for o in florence.outcomes)


def test_florence_carer_and_copies_and_contingency(florence: Plan) -> None:
    (mary,) = florence.carers
    flags = (mary.willing_now, mary.willing_future, mary.able_now, mary.able_future)
    assert None not in flags
    assert {c.role for c in florence.copies} >= {"person", "carer"}
    contingency = florence.contingency
    assert contingency.emergency_contacts and contingency.pets_and_property
    assert florence.person.cultural_and_faith_needs and florence.person.communication.formats
    assert florence.strengths and florence.network
    assert florence.sign_off.by and florence.sign_off.on
