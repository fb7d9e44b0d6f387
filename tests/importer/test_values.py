"""The readers of money, hours, dates and answers, on the wording councils use."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.importer import values
from service.importer.vocab import first_match, label_for, section_for

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 hours a week", (D(7), "hour")),
        ("7 hrs per week", (D(7), "hour")),
        ("seven and a half hours per week", (D("7.5"), "hour")),
        ("30 minutes twice a day, 7 days a week", (D(7), "hour")),
        ("45 minutes every morning, 7 days a week", (D("5.25"), "hour")),
        ("1 hour a day, Monday to Friday", (D(5), "hour")),
        ("half an hour, four times a day", (D(14), "hour")),
        ("2 days a week", (D(2), "day")),
        ("1 night per week", (D(1), "night")),
        ("3 sessions a week", (D(3), "session")),
    ],
)
def test_quantity(text: str, expected: tuple[Decimal, str]) -> None:
    assert values.quantity(text) == expected


def test_a_bare_number_needs_its_column_to_say_what_it_is() -> None:
    assert values.quantity("7") is None
    assert values.quantity("10.5", "hour") == (D("10.5"), "hour")
    assert values.quantity("as needed") is None
    # In a column headed "Hours per week" the leading number is the week's total.
    assert values.quantity("7 hours (1 hour a day)", "hour") == (D(7), "hour")
    assert values.quantity("30 minutes twice a day, 7 days a week", "hour") == (D(7), "hour")


def test_amounts_say_what_they_are_per() -> None:
    found = values.amounts(
        "7 hours at £18.50 per hour (£129.50 a week); £1,152.00 every four weeks"
    )
    assert [(a.value, a.per) for a in found] == [
        (D("18.50"), "hour"),
        (D("129.50"), "week"),
        (D("1152.00"), "four_weekly"),
    ]
    assert values.money("£12,740") == D(12740)
    assert values.money("129.50") == D("129.50")
    assert values.money("£10 or £12") is None  # two amounts: not guessed
    assert [(a.value, a.per) for a in values.amounts("18.50 per hour")] == [(D("18.50"), "hour")]
    assert values.money("14.04.2027") is None  # a date, not money


@pytest.mark.parametrize(
    "text",
    [
        "14 April 2027",
        "14th April 2027",
        "Wednesday 14 April 2027",
        "14/04/2027",
        "2027-04-14",
        "14 Apr 2027",
    ],
)
def test_dates(text: str) -> None:
    assert values.one_date(text) == date(2027, 4, 14)


def test_impossible_and_partial_dates_are_not_guessed() -> None:
    assert values.one_date("31/02/2027") is None
    assert values.one_date("April 2027") is None
    assert values.one_date("TBC") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every 12 months", 12),
        ("annually", 12),
        ("then every six months", 6),
        ("reviewed 6 to 8 weeks after your support starts, then every 12 months", 12),
        ("within 6 weeks", None),
    ],
)
def test_months(text: str, expected: int | None) -> None:
    assert values.months(text) == expected


def test_frequency_and_answers() -> None:
    assert values.frequency("£560.00 every four weeks") == "four_weekly"
    assert values.frequency("paid 4-weekly") == "four_weekly"
    assert values.frequency("monthly in arrears") == "monthly"
    assert values.answer("Yes (Tomasz declined)") is True
    assert values.answer("Not willing") is False
    assert values.answer("maybe") is None


def test_headings_and_labels_come_from_the_yaml() -> None:
    assert section_for("3. What's important to me?") is not None
    budget = section_for("Indicative budget")
    assert budget is not None and budget.kind == "budget"
    not_eligible = section_for("Needs that are not eligible")
    assert not_eligible is not None and not_eligible.eligibility == "not_eligible"
    assert section_for("Notes from the assessment meeting") is None
    spec = label_for("NHS No.", "person")
    assert spec is not None and spec.field == "person.nhs_number"
    need = label_for("Need 2", "needs")
    assert need is not None and need.new


def test_eligibility_lexicon_prefers_the_negative() -> None:
    assert first_match("eligibility", "This is not an eligible need") == "not_eligible"
    assert first_match("eligibility", "These needs are eligible") == "eligible"
    assert first_match("eligibility_answers", "No") == "not_eligible"
