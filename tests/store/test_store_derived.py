"""Derived costs: per line, per week and per year, split by who pays; unknowns stay unknown."""

from __future__ import annotations

from typing import Any

from service.plan import parse_plan
from service.store.derived import plan_derived


def test_costs_per_line_and_totals(small_plan: dict[str, Any]) -> None:
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
    # 7 h x 24.50 = 171.50; 1.5 days x 45.35 = 68.025 -> 68.03 (half up); 52 weeks a year.
    assert derived["support"][0] == {
        "id": "sup-1",
        "cost_per_week": "171.50",
        "cost_per_year": "8918.00",
    }
    assert derived["support"][1]["cost_per_week"] == "68.03"
    assert derived["total_per_week"] == "239.53"
    assert derived["total_per_year"] == "12455.56"
    assert derived["per_week_by_funding"] == {
        "person_top_up": "68.03",
        "personal_budget": "171.50",
    }


def test_a_line_without_units_or_cost_is_listed_not_counted(small_plan: dict[str, Any]) -> None:
    small_plan["support"].append({"id": "sup-2", "description": "Friend visits on Sunday"})
    derived = plan_derived(parse_plan(small_plan))
    assert derived["lines_without_cost"] == ["sup-2"]
    assert derived["total_per_week"] == "171.50"
