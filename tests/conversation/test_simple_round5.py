"""Round 5 (holdout4) causes in answers of a simple shape: a carer answering "me" is the carer;
amounts in words and periods as letters write them; format answers that turn an option down,
give a reason, or say "email's"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.conversation.extract_simple import _amount
from service.plan import Plan
from tests.conversation.helpers import run

CARER = {
    "consent": "yes",
    "plan_for": "It's for my son Liam",
    "name": "Liam Cole",
    "answerer": "Bernadette Cole, his mum",
}


def _carers(said: str, audience: str = "carer") -> list[tuple[str, str | None]]:
    script = CARER if audience == "carer" else {"consent": "yes", "name": "Ann Lee"}
    _, plan, _ = run({**script, "has_carer": said}, plan=Plan(), audience=audience)
    return [(c.name, c.relationship) for c in plan.carers]


@pytest.mark.parametrize(
    "said",
    [
        "Me. I gave up my job to look after him",
        "just me",
        "I do",
        "yes, me",
        "It's me mostly",
        "me really, since the accident",
        "Yeah I do, every day",
    ],
)
def test_a_carer_answering_me_is_the_carer(said: str) -> None:
    assert _carers(said) == [("Bernadette Cole", "mother")]


@pytest.mark.parametrize("said", ["me and his dad Tony", "His dad Tony and me"])
def test_a_carer_answering_me_and_another_records_both_with_me_first(said: str) -> None:
    assert _carers(said) == [("Bernadette Cole", "mother"), ("Tony", "father")]


def test_the_carer_questions_follow_a_carer_answering_me() -> None:
    script = {**CARER, "has_carer": "Me", "carer_hours": "70 hours a week"}
    _, plan, asked = run(script, plan=Plan(), audience="carer")
    assert "carer_what" in asked
    assert plan.carers[0].hours_per_week == Decimal("70")


@pytest.mark.parametrize("said", ["no", "I don't know", "not me, nobody really", "maybe"])
def test_a_carer_saying_no_or_unsure_is_not_the_carer(said: str) -> None:
    assert _carers(said) == []


def test_the_person_saying_me_is_not_their_own_carer() -> None:
    assert _carers("just me", audience="person") == []


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("about nine and a half thousand a year", "9500.00", "year"),
        ("£12,480 p.a. indicative", "12480.00", "year"),
        ("twelve grand a year I think", "12000.00", "year"),
        ("fifteen hundred a month", "18000.00", "year"),
        ("12 thousand per annum", "12000.00", "year"),
        ("£300 pw", "300.00", "week"),
        ("she said £7k annually", "7000.00", "year"),
        ("twenty-five thousand", "25000.00", None),
        ("£200 monthly", "2400.00", "year"),
    ],
)
def test_amounts_in_words_and_periods_as_letters_write_them(
    said: str, amount: str, period: str | None
) -> None:
    found = _amount(said)
    assert found is not None
    assert (str(found.amount), found.period) == (amount, period)
    assert found.quote in said


# "two hundred and fifty a week" is read whole since round 9 (the period says it is money)
@pytest.mark.parametrize("said", ["two fifty a week", "two thousand five hundred"])
def test_an_amount_in_words_it_cannot_read_whole_is_no_amount(said: str) -> None:
    assert _amount(said) is None


def _formats(said: str) -> list[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "formats": said}, plan=Plan())
    return [f.value for f in plan.person.communication.formats]


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("On paper through the door. I dont do email", ["standard"]),
        ("Email's best because I lose letters", ["email"]),
        ("Email's fine, or a paper copy", ["email", "standard"]),
        ("paper's fine", ["standard"]),
        ("no email please, just paper", ["standard"]),
        ("I can't read small print so large print please", ["large_print"]),
        ("large print, I don't mind if it's emailed too", ["large_print", "email"]),
        ("audio cos my eyes are bad and I can't read letters", ["audio"]),
    ],
)
def test_formats_turned_down_or_given_as_a_reason_are_not_chosen(
    said: str, wanted: list[str]
) -> None:
    assert _formats(said) == wanted
