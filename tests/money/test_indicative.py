"""The indicative budget from the (illustrative) Lincolnshire matrix, step by step."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.errors import InvalidInput, NotFound
from service.plan.enums import ADULT_OUTCOMES
from service.plan.money_indicative import IndicativeRequest, indicative_budget

YVONNE = {
    "given_on": date(2025, 6, 1),
    "needs": [
        {"outcome": "maintaining_personal_hygiene", "level": "full_help"},  # 10 points
        {"outcome": "being_appropriately_clothed", "level": "full_help"},  # 6
        {"outcome": "managing_and_maintaining_nutrition", "level": "some_help"},  # 5
        {
            "outcome": "making_use_of_necessary_facilities_in_the_community",
            "level": "some_help",
        },  # 5
    ],
    "carer_support": "most",  # John gives most of the help: 25% of 26 = 6.5 points off
    "carer_breaks": True,  # + 4
}


def test_worked_example_points_then_pounds() -> None:
    result = indicative_budget(IndicativeRequest(**YVONNE))
    assert [p.points for p in result.points] == [D(10), D(6), D(5), D(5), D("-6.50"), D(4)]
    assert result.total_points == D("23.50")
    # first 20 points at £9.00 = £180.00; 3.5 points at £8.00 = £28.00
    assert [(x.label, x.amount) for x in result.lines] == [
        ("Points up to 20", D("180.00")),
        ("Points over 20, up to 23.5", D("28.00")),
    ]
    assert result.per_week == D("208.00")
    assert result.per_year == D("10845.74")  # £208 × 52.143
    assert result.given_on == date(2025, 6, 1)
    assert result.illustration and "example" in (result.notice or "")
    assert "25% of 26 points = 6.5 points taken off" in result.points[4].working
    assert "2025-06-01" in result.calculation_method and "example-2025" in result.calculation_method


def test_a_later_date_uses_the_later_matrix() -> None:
    later = indicative_budget(IndicativeRequest(**{**YVONNE, "given_on": date(2026, 6, 1)}))
    assert later.matrix_version == "example-2026"
    assert later.per_week == D("216.05")  # 20 × £9.35 = £187.00; 3.5 × £8.30 = £29.05


def test_night_and_two_workers_reach_the_top_band() -> None:
    request = IndicativeRequest(
        given_on=date(2025, 6, 1),
        needs=[{"outcome": o.value, "level": "full_help"} for o in ADULT_OUTCOMES],
        night_support="waking",
        two_workers=True,
    )
    result = indicative_budget(request)
    assert result.total_points == D(80 + 20 + 6)
    # 20 × £9 + 30 × £8 + 56 × £7 = 180 + 240 + 392
    assert [x.amount for x in result.lines] == [D("180.00"), D("240.00"), D("392.00")]
    assert result.per_week == D("812.00")


def test_one_point_is_singular() -> None:
    one = {"outcome": "being_appropriately_clothed", "level": "prompting"}
    result = indicative_budget(IndicativeRequest(given_on=date(2025, 6, 1), needs=[one]))
    assert result.points[0].working == "Needs reminding or prompting: 1 point"
    assert result.lines[0].working == "1 point × £9.00 a point = £9.00 a week"


def test_no_needs_no_money() -> None:
    result = indicative_budget(IndicativeRequest(given_on=date(2025, 6, 1)))
    assert result.lines == [] and result.per_week == 0


def test_problems_name_the_field() -> None:
    twice = {"outcome": "maintaining_personal_hygiene", "level": "prompting"}
    with pytest.raises(InvalidInput) as caught:
        indicative_budget(IndicativeRequest(given_on=date(2025, 6, 1), needs=[twice, twice]))
    assert caught.value.errors[0]["path"] == "needs[1].outcome"
    with pytest.raises(InvalidInput):
        indicative_budget(IndicativeRequest(given_on=date(2023, 1, 1)))
    with pytest.raises(NotFound):
        indicative_budget(IndicativeRequest(council="../etc", given_on=date(2025, 6, 1)))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(ADULT_OUTCOMES),
            st.sampled_from(["prompting", "some_help", "full_help"]),
        ),
        unique_by=lambda t: t[0],
    ),
    st.sampled_from(["none", "some", "most"]),
    st.booleans(),
)
def test_total_is_the_sum_of_its_lines(needs, carer, breaks) -> None:
    result = indicative_budget(
        IndicativeRequest(
            given_on=date(2025, 6, 1),
            needs=[{"outcome": o.value, "level": lv} for o, lv in needs],
            carer_support=carer,
            carer_breaks=breaks,
        )
    )
    assert result.per_week == sum((x.amount for x in result.lines), D(0))
    assert result.total_points == sum((p.points for p in result.points), D(0))
    band_points = sum((D(x.working.split(" point")[0]) for x in result.lines), D(0))
    assert band_points == max(result.total_points, D(0))
