"""Derived costs come from the money domain: per line, per week and per year by payer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from service.plan import parse_plan
from service.plan.money import pence
from service.store.derived import plan_derived


def test_costs_per_line_and_totals_use_the_councils_weeks_a_year(
    small_plan: dict[str, Any],
) -> None:
    small_plan["support"].append(
        {
            "id": "sup-2",
            "description": "Day centre",
            "units_per_week": "1.5",
            "unit": "day",
            "unit_cost": "45.35",
            "funding": "person_top_up",
        }
    )
    derived = plan_derived(parse_plan(small_plan))
    weeks = Decimal(derived["weeks_per_year"])
    assert weeks == Decimal("52.143")  # Lincolnshire's illustrative convention
    # 7 h x 24.50 = 171.50; 1.5 days x 45.35 = 68.025 -> 68.03 (half up).
    first = derived["support"][0]
    assert first["cost_per_week"] == "171.50" and first["payer"] == "personal_budget"
    assert first["cost_per_year"] == str(pence(Decimal("171.50") * weeks))
    assert derived["support"][1]["cost_per_week"] == "68.03"
    assert derived["total_per_week"] == "239.53"
    assert derived["per_week_by_payer"]["personal_budget"] == "171.50"
    assert derived["per_week_by_payer"]["top_up"] == "68.03"


def test_a_line_without_units_or_cost_is_listed_not_counted(small_plan: dict[str, Any]) -> None:
    small_plan["support"].append({"id": "sup-2", "description": "Friend visits on Sunday"})
    derived = plan_derived(parse_plan(small_plan))
    assert derived["lines_without_cost"] == ["sup-2"]
    assert derived["total_per_week"] == "171.50"


def test_a_council_without_rates_says_why_instead_of_failing(small_plan: dict[str, Any]) -> None:
    small_plan["rule_pack"] = "nowhere"
    derived = plan_derived(parse_plan(small_plan))
    assert derived["available"] is False and "nowhere" in derived["reason"]
