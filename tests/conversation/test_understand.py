"""Deterministic understanding: each helper on the shapes people actually type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.conversation import understand_dates as dates
from service.conversation import understand_people as people
from service.conversation import understand_text as text_
from service.conversation.understand_yesno import Reply, classify

TODAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("yes", Reply.yes), ("Yeah", Reply.yes), ("aye", Reply.yes), ("of course", Reply.yes),
        ("she does, yes", Reply.yes), ("I think so", Reply.yes), ("nope", Reply.no),
        ("not really", Reply.no), ("Nah, she can't", Reply.no), ("nobody", Reply.no),
        ("sometimes", Reply.ambiguous), ("maybe", Reply.ambiguous), ("skip", Reply.skip),
        ("I don't know", Reply.skip), ("not sure", Reply.skip), ("dunno", Reply.skip),
        ("purple", Reply.unknown),
    ],
)  # fmt: skip
def test_yes_no_in_many_forms(said: str, expected: Reply) -> None:
    assert classify(said) is expected


def test_names_with_relationships() -> None:
    found = people.mentions("My daughter Mary does my shopping, and Jim next door checks on me")
    assert [(m.name, m.relationship) for m in found] == [("Mary", "daughter"), ("Jim", "neighbour")]
    assert [(m.name, m.relationship) for m in people.mentions("Mary, my daughter")] == [
        ("Mary", "daughter")
    ]
    assert [m.name for m in people.mentions("my sons Dave and Tom")] == ["Dave", "Tom"]
    lower = people.mentions("my daughter mary helps me")
    assert (lower[0].name, lower[0].relationship) == ("Mary", "daughter")
    unnamed = people.mentions("my mum")
    assert (unnamed[0].name, unnamed[0].relationship, unnamed[0].quote) == (
        None,
        "mother",
        "my mum",
    )


def test_lists_split_like_people_mean() -> None:
    assert text_.split_list("shopping, cleaning and cooking") == ["shopping", "cleaning", "cooking"]
    assert text_.split_list("I want to stay in my own home and be near my family") == [
        "I want to stay in my own home and be near my family"
    ]


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("£150 a week", "150.00", "week"), ("about 40 quid", "40.00", None),
        ("150 pounds per week", "150.00", "week"), ("£1,200 a month", "14400.00", "year"),
        ("£7,800 a year", "7800.00", "year"), ("they said 182.50 a week", "182.50", "week"),
    ],
)  # fmt: skip
def test_money(said: str, amount: str, period: str | None) -> None:
    found = text_.money(said)
    assert found is not None
    assert (found.amount, found.period) == (Decimal(amount), period)


def test_money_none_without_a_number() -> None:
    assert text_.money("not yet") is None


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("3 hours a day", "21"), ("twice a week for 2 hours", "4"), ("about 20 hours a week", "20"),
        ("2 hours every evening", "14"), ("an hour on weekdays", "5"), ("half an hour every day", "3.50"),
    ],
)  # fmt: skip
def test_hours_per_week(said: str, hours: str) -> None:
    found = text_.hours_per_week(said)
    assert found is not None and found.per_week == Decimal(hours)


def test_hours_refuses_to_guess() -> None:
    assert text_.hours_per_week("she helps a lot") is None
    assert text_.hours_per_week("3 hours") is None  # how often is not said


def test_when_keeps_the_words() -> None:
    assert text_.when("she comes every Tuesday morning") == "every Tuesday morning"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("next Monday", date(2026, 11, 30)), ("on Friday", date(2026, 11, 27)),
        ("3rd March", date(2027, 3, 3)), ("March 3rd 2027", date(2027, 3, 3)),
        ("3/3/2027", date(2027, 3, 3)), ("in 6 weeks", date(2027, 1, 4)),
        ("in two months", date(2027, 1, 23)), ("tomorrow", date(2026, 11, 24)),
        ("2027-02-01", date(2027, 2, 1)),
    ],
)  # fmt: skip
def test_dates_relative_to_today(said: str, expected: date) -> None:
    found = dates.find_date(said, TODAY)
    assert found is not None and found.value == expected


def test_impossible_date_is_no_date() -> None:
    assert dates.find_date("31st February", TODAY) is None
    assert dates.find_date("whenever suits", TODAY) is None
