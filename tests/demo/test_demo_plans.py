"""The demo plans load, validate, round-trip through JSON, and Florence's plan is complete."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from service.demo import (
    DEMO_DIR,
    demo_plan_names,
    load_demo_json,
    load_demo_plan,
    load_demo_plans,
)
from service.errors import NotFound
from service.plan import parse_plan
from service.plan.enums import Funding

NAMES = demo_plan_names()
FLORENCE = "florence-and-mary"


def test_names_are_the_json_files_sorted() -> None:
    assert sorted(p.stem for p in DEMO_DIR.glob("*.json")) == NAMES
    assert FLORENCE in NAMES


def test_load_demo_plans_is_keyed_by_name_in_sorted_order() -> None:
    plans = load_demo_plans()
    assert list(plans) == NAMES
    assert all(plan.id == name for name, plan in plans.items())


def test_unknown_name_is_not_found() -> None:
    with pytest.raises(NotFound):
        load_demo_plan("../florence-and-mary")


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip_is_equal(name: str) -> None:
    plan = load_demo_plan(name)
    dumped = plan.model_dump(mode="json")
    again = parse_plan(json.loads(json.dumps(dumped)))
    assert again == plan
    assert again.model_dump(mode="json") == dumped


@pytest.mark.parametrize("name", NAMES)
def test_file_has_no_field_the_model_drops(name: str) -> None:
    # Every key written in the file survives parsing, so nothing in a demo is silently ignored.
    raw = load_demo_json(name)
    dumped = load_demo_plan(name).model_dump(mode="json")
    assert _keys(raw) <= _keys(dumped)


def _keys(data: object, prefix: str = "") -> set[str]:
    if isinstance(data, dict):
        found = set()
        for key, value in data.items():
            path = f"{prefix}.{key}"
            found |= {path} | _keys(value, path)
        return found
    if isinstance(data, list):
        return set().union(*(_keys(item, f"{prefix}[]") for item in data))
    return set()


def test_florence_budget_adds_up_to_the_penny() -> None:
    budget = load_demo_plan(FLORENCE).personal_budget
    assert budget.total is not None
    assert budget.total == budget.person_contribution + budget.council_contribution
    assert min(budget.total, budget.person_contribution, budget.council_contribution) >= 0


def test_florence_budget_equals_the_costed_support_it_pays_for() -> None:
    plan = load_demo_plan(FLORENCE)
    paid = [s for s in plan.support if s.funding == Funding.personal_budget]
    assert paid and all(s.cost_per_week is not None for s in paid)
    assert sum((s.cost_per_week for s in paid), Decimal("0")) == plan.personal_budget.total


def test_every_florence_need_says_how_it_is_met() -> None:
    for need in load_demo_plan(FLORENCE).needs:
        assert need.met_by is not None, need.id
        assert need.how_met, need.id
