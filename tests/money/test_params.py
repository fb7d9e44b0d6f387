"""Dated national parameters: each has a source and dates; the date picks the year's figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InvalidInput
from service.plan.money_params import PARAMETERS_DIR, _load, national_parameters

KEYS = {
    "employer_ni_rate",
    "ni_secondary_threshold",
    "employment_allowance",
    "pension_employer_minimum_rate",
    "pension_earnings_trigger",
    "pension_qualifying_earnings_lower",
    "pension_qualifying_earnings_upper",
    "holiday_weeks",
    "holiday_pay_rate",
    "national_living_wage",
    "dbs_enhanced_check_fee",
}


@pytest.mark.parametrize("on", [date(2025, 6, 1), date(2026, 6, 1)])
def test_every_parameter_has_a_source_and_dates_in_both_tax_years(on: date) -> None:
    params = national_parameters(on)
    assert params.by_key.keys() >= KEYS
    for p in params.by_key.values():
        assert p.source.startswith("https://")
        assert p.effective_from <= on


def test_2025_26_figures() -> None:
    p = national_parameters(date(2025, 4, 6))
    assert p["employer_ni_rate"].rate == D("0.15")
    assert p["ni_secondary_threshold"].per("week") == D("96")
    assert p["ni_secondary_threshold"].per("year") == D("5000")
    assert p["employment_allowance"].rate == D("10500")
    assert p["pension_earnings_trigger"].per("year") == D("10000")
    assert p["holiday_pay_rate"].rate == D("0.1207")
    assert p["national_living_wage"].rate == D("12.21")


def test_changing_the_date_selects_the_other_years_figures() -> None:
    before = national_parameters(date(2026, 4, 5))
    after = national_parameters(date(2026, 4, 6))
    assert before["employer_ni_rate"].effective_from == date(2025, 4, 6)
    assert after["employer_ni_rate"].effective_from == date(2026, 4, 6)
    assert after["employer_ni_rate"].effective_to == date(2027, 4, 5)
    # The National Living Wage changes on 1 April, not with the tax year.
    assert national_parameters(date(2026, 3, 31))["national_living_wage"].rate == D("12.21")
    assert national_parameters(date(2026, 4, 1))["national_living_wage"].rate == D("12.71")


def test_unchecked_figures_say_so() -> None:
    unverified = {
        p.key for p in national_parameters(date(2026, 6, 1)).by_key.values() if not p.verified
    }
    assert "national_living_wage" in unverified


def test_a_date_with_no_figures_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInput) as caught:
        national_parameters(date(2020, 1, 1))["employer_ni_rate"]
    assert caught.value.errors[0]["path"] == "on"


def test_overlapping_dates_for_one_key_are_refused(tmp_path: Path) -> None:
    entry = (
        "  - {{key: x, value: '1', effective_from: {start}, effective_to: {end},"
        " source: 'https://example.org', verified: true}}\n"
    )
    text = "parameters:\n" + entry.format(start="2025-01-01", end="2025-12-31")
    text += entry.format(start="2025-06-01", end="2026-12-31")
    (tmp_path / "x.yaml").write_text(text)
    with pytest.raises(ValueError, match="overlap"):
        _load(tmp_path)


def test_shipped_files_load() -> None:
    assert len(_load(PARAMETERS_DIR)) >= 2 * 10
