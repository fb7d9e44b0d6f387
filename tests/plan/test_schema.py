"""The plan schema: legal lists, references, derived values and plain-English errors."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from service.errors import PlanInvalid
from service.plan import Plan, parse_plan
from service.plan.enums import (
    ADULT_OUTCOMES,
    CARER_OUTCOMES,
    LEGAL_LISTS_FILE,
    EligibilityOutcome,
    LegalList,
    SubstantialDifficultyArea,
    UnableReason,
    WellbeingDomain,
)


def problems(data: dict) -> list[dict[str, str]]:
    with pytest.raises(PlanInvalid) as caught:
        parse_plan(data)
    return caught.value.errors


@pytest.mark.parametrize(
    ("enum", "count"),
    [(WellbeingDomain, 9), (SubstantialDifficultyArea, 4), (UnableReason, 4)],
)
def test_legal_lists_have_statutory_size_and_labels(enum: type[LegalList], count: int) -> None:
    assert len(enum) == count
    for member in enum:
        assert member.label and member.plain and member.label != member.value


def test_ten_adult_and_eight_carer_outcomes_with_their_own_wording() -> None:
    assert len(ADULT_OUTCOMES) == 10 and len(CARER_OUTCOMES) == 8
    home = EligibilityOutcome.using_the_home_safely
    assert home.label == "being able to make use of the adult's home safely"
    assert EligibilityOutcome.carer_recreation.label == "engaging in recreational activities"


def test_every_label_in_the_yaml_belongs_to_an_enum_member() -> None:
    data = yaml.safe_load(LEGAL_LISTS_FILE.read_text(encoding="utf-8"))
    slugs = {slug for group in data.values() for slug in group}
    members = {
        m.value
        for e in (WellbeingDomain, EligibilityOutcome, SubstantialDifficultyArea, UnableReason)
        for m in e
    }
    assert slugs == members


def test_wellbeing_wording_is_the_acts() -> None:
    assert WellbeingDomain.control_over_day_to_day_life.label.startswith(
        "control by the individual over day-to-day life"
    )


def test_an_empty_plan_is_a_valid_draft_with_nothing_guessed() -> None:
    plan = parse_plan({})
    assert plan.status == "draft" and plan.person.name is None and plan.needs == []
    assert plan.direct_payment is None


def test_dangling_reference_names_its_path() -> None:
    found = problems(
        {"needs": [{"id": "need-1", "description": "Washing", "outcome_ids": ["out-9"]}]}
    )
    assert found == [
        {
            "path": "needs[0].outcome_ids[0]",
            "message": "There is no outcome with id 'out-9' in this plan",
        }
    ]


def test_duplicate_ids_are_refused_across_sections() -> None:
    data = {
        "needs": [{"id": "x-1", "description": "Washing"}],
        "risks": [{"id": "x-1", "description": "Falls"}],
    }
    assert problems(data)[0]["path"] == "risks[0].id"


def test_direct_payment_and_appropriate_person_references_are_checked() -> None:
    data = {
        "direct_payment": {"need_ids": ["need-404"]},
        "advocacy": {"appropriate_person_id": "p-9"},
    }
    paths = [p["path"] for p in problems(data)]
    assert paths == ["direct_payment.need_ids[0]", "advocacy.appropriate_person_id"]


def test_errors_are_plain_english_and_name_the_field() -> None:
    found = problems({"status": "finished", "dates": {"assessment": "3rd March"}, "persn": {}})
    by_path = {p["path"]: p["message"] for p in found}
    assert "Must be one of" in by_path["status"] and "'signed_off'" in by_path["status"]
    assert by_path["dates.assessment"] == "Must be a date like 2027-03-03"
    assert "not part of a plan" in by_path["persn"]


def test_money_is_decimal_pence_and_never_negative() -> None:
    assert "2 decimal places" in problems({"personal_budget": {"total": "10.001"}})[0]["message"]
    assert problems({"personal_budget": {"total": "-5"}})[0]["path"] == "personal_budget.total"
    plan = parse_plan({"personal_budget": {"total": "182.5"}})
    assert plan.personal_budget.total == Decimal("182.50")
    assert plan.model_dump(mode="json")["personal_budget"]["total"] == "182.50"


def test_cost_per_week_is_derived_and_dropped_on_input() -> None:
    line = {
        "id": "sup-1",
        "description": "Home care",
        "units_per_week": "10.5",
        "unit_cost": "21.35",
    }
    plan = parse_plan({"support": [{**line, "cost_per_week": "1.00"}]})
    assert plan.support[0].cost_per_week == Decimal("224.18")  # 224.175 rounds half up
    assert "cost_per_week" not in plan.model_dump(mode="json")["support"][0]


def test_cost_is_unknown_until_units_and_price_are_known() -> None:
    plan = parse_plan(
        {"support": [{"id": "sup-1", "description": "Day centre", "units_per_week": "2"}]}
    )
    assert plan.support[0].cost_per_week is None


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919"])
def test_nhs_number_is_normalised(number: str) -> None:
    assert parse_plan({"person": {"nhs_number": number}}).person.nhs_number == "943 476 5919"


def test_nhs_number_with_wrong_check_digit_is_refused() -> None:
    found = problems({"person": {"nhs_number": "943 476 5918"}})
    assert found[0]["path"] == "person.nhs_number" and "check digit" in found[0]["message"]


def test_unable_reason_accepts_one_or_many() -> None:
    plan = parse_plan(
        {"needs": [{"id": "n1", "description": "d", "unable_reason": "pain_distress_anxiety"}]}
    )
    assert plan.needs[0].unable_reason == [UnableReason.pain_distress_anxiety]


def test_json_round_trip_is_lossless() -> None:
    data = {
        "person": {"name": "Florence Brown", "what_matters_to_me": ["My garden"]},
        "needs": [{"id": "need-1", "description": "Getting dressed", "outcome_ids": ["out-1"]}],
        "outcomes": [
            {"id": "out-1", "statement": "I want to dress myself", "need_ids": ["need-1"]}
        ],
        "personal_budget": {"total": "120.00", "person_contribution": "20.00"},
    }
    dumped = parse_plan(data).model_dump(mode="json")
    assert parse_plan(dumped) == parse_plan(data)
    assert dumped["person"]["name"] == "Florence Brown"


def test_schema_is_published_with_every_section() -> None:
    schema = Plan.model_json_schema()
    for section in (
        "person",
        "needs",
        "outcomes",
        "support",
        "risks",
        "contingency",
        "personal_budget",
        "direct_payment",
        "review",
        "provenance",
        "copies",
    ):
        assert section in schema["properties"]


def test_nul_characters_are_refused_naming_the_field() -> None:
    found = problems({"person": {"good_day": "tea\x00 and toast"}})
    assert found == [
        {"path": "person.good_day", "message": "Text must not contain the NUL character (U+0000)"}
    ]
