"""Round 6 (holdout5) causes in answers of a simple shape: a choice phrase holding 's, bigger
print and the print size, leaving the budget to the council, the two halves of "willing and
able in the future", an hours figure corrected after "but", and dates said as a weekday with a
day, a month with "the 12th", part of a month, clinical shorthand and "6 weeks after it starts"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.conversation.extract_simple import _corrected_hours
from service.conversation.understand_dates import find_date
from service.plan import Plan
from tests.conversation.helpers import TODAY, run

PERSON = {"consent": "yes", "name": "Ann Lee"}


def _plan(**answers: str) -> Plan:
    _, plan, _ = run({**PERSON, **answers}, plan=Plan())
    return plan


# --- plan_for: a choice phrase with 's in it ("the carer's plan") -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Me, the carer's plan. The wife's got a social worker already",
        "it's the carer's plan I'm after",
        "Carer's plan please",
        "mine - a carers' plan",
        "My carer's assessment, he's got his own already",
    ],
)
def test_a_carers_plan_said_with_an_apostrophe_is_the_carers_own_plan(said: str) -> None:
    _, plan, _ = run({"consent": "yes", "plan_for": said}, plan=Plan(), audience="carer")
    assert plan.plan_type == "carer_support"


def test_a_plan_for_the_person_is_still_theirs() -> None:
    _, plan, _ = run(
        {"consent": "yes", "plan_for": "It's for my mum, I look after her"},
        plan=Plan(),
        audience="carer",
    )
    assert plan.plan_type == "care_and_support"


# --- formats: bigger print, paper as the medium of large print, the print size ----------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Just post it. Bigger print if you can, I've lost my glasses", ["large_print"]),
        ("Paper letters I can read if the print is big", ["large_print"]),
        ("larger print please", ["large_print"]),
        ("email, and a big font copy", ["email", "large_print"]),
        ("printed out in large print", ["large_print"]),
        ("letters in bigger type", ["large_print"]),
    ],
)
def test_bigger_print_is_large_print_and_its_paper_is_no_second_copy(
    said: str, expected: list[str]
) -> None:
    assert sorted(_plan(formats=said).person.communication.formats) == sorted(expected)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Paper copies, large print for Nigel", ["standard", "large_print"]),
        ("normal print and large print", ["standard", "large_print"]),
        ("Email please, and a printed copy for the folder", ["email", "standard"]),
    ],
)
def test_an_ordinary_copy_said_apart_from_large_print_stays(said: str, expected: list[str]) -> None:
    assert sorted(_plan(formats=said).person.communication.formats) == sorted(expected)


@pytest.mark.parametrize(
    ("said", "points"),
    [
        ("Audio + large print (min 24pt)", 24),
        ("large print, size 18 font please", 18),
        ("big print - 20 point", 20),
        ("Large print 16pt", 16),
        ("bigger print, font 28", 28),
    ],
)
def test_the_print_size_said_with_large_print_is_recorded(said: str, points: int) -> None:
    assert _plan(formats=said).person.communication.large_print_pt == points


@pytest.mark.parametrize(
    "said", ["email, 12pt is fine", "large print please", "standard, 10 point", "large print, 99pt"]
)
def test_no_print_size_without_large_print_or_out_of_range(said: str) -> None:
    assert _plan(formats=said).person.communication.large_print_pt is None


# --- management: the council, in a word or by leaving it to them -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Council.",
        "council please",
        "I'll leave that to you lot",
        "leave it to you, I can't be doing with forms",
        "You sort it",
        "leave it with you",
    ],
)
def test_leaving_the_money_to_the_council_is_council_managed(said: str) -> None:
    assert _plan(management=said).personal_budget.management == "council_managed"


@pytest.mark.parametrize(
    "said", ["a direct payment, not the council", "not discussed yet", "I'd like the money myself"]
)
def test_other_answers_are_not_council_managed(said: str) -> None:
    assert _plan(management=said).personal_budget.management != "council_managed"


# --- carer_future: willing and able answered apart -------------------------------------------

CARER = {"has_carer": "yes, my husband Alan"}


def _future(said: str) -> tuple[bool | None, bool | None]:
    plan = _plan(**CARER, carer_future=said)
    return plan.carers[0].willing_future, plan.carers[0].able_future


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("He'll want to, but he won't be able to - not the nights", (True, False)),
        ("I want to. Whether I'll be able to when it gets worse, I don't know", (True, None)),
        ("She wants to but she can't, her back's gone", (True, False)),
        ("He's willing but physically he won't manage much longer", (True, False)),
        ("Yes he wants to, but I doubt he'll be able", (True, None)),
        ("He'd love to but he can't keep it up", (True, False)),
    ],
)
def test_wanting_and_being_able_are_answered_apart(
    said: str, expected: tuple[bool | None, bool | None]
) -> None:
    assert _future(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("yes", (True, True)),
        ("no", (False, False)),
        ("Yes but he can't give up his job", (True, True)),
        ("Hopefully, if his health holds up", (None, None)),
    ],
)
def test_a_plain_answer_still_answers_both(
    said: str, expected: tuple[bool | None, bool | None]
) -> None:
    assert _future(said) == expected


# --- hours: a figure corrected after "but" ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("He's on duty 24 hours a day really, but the hands-on part is about 6 hours a day", 42),
        ("It feels like 24 hours a day but actually it's more like 4 hours a day", 28),
        ("she's there 12 hours a day but realistically 2 hours a day of actual care", 14),
        ("20 hours a week on paper, but in reality 30 hours a week", 30),
        ("about 10 hours a week, more like 15 hours a week", 15),
    ],
)
def test_a_corrected_hours_figure_is_the_one_recorded(said: str, hours: int) -> None:
    found = _corrected_hours(said)
    assert found is not None and found.per_week == Decimal(hours)


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("3 hours a day but some days 5 hours a day", 21),
        ("4 hours a day but when she's bad 10 hours a day", 28),
        ("About 20 hours a week, but more at weekends", 20),
    ],
)
def test_an_exception_after_but_is_no_correction(said: str, hours: int) -> None:
    found = _corrected_hours(said)
    assert found is not None and found.per_week == Decimal(hours)


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Monday the 4th", date(2027, 1, 4)),
        ("Fri 29th", date(2027, 1, 29)),
        ("in january. the 12th", date(2027, 1, 12)),
        ("January the 12th", date(2027, 1, 12)),
        ("march, the 3rd", date(2027, 3, 3)),
        ("on the 12th", date(2026, 12, 12)),
        ("start of March", date(2027, 3, 1)),
        ("from the start of March", date(2027, 3, 1)),
        ("the beginning of May 2027", date(2027, 5, 3)),
        ("6/52", date(2027, 1, 4)),
        ("review in 3/12", date(2027, 2, 23)),
        ("2/52 time", date(2026, 12, 7)),
    ],
)
def test_more_date_shapes(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("3/12", date(2026, 12, 3)),  # a date, day first, not three months
        ("next Monday", date(2026, 11, 30)),
        ("Monday at 10", date(2026, 11, 30)),
        ("1st December if the PA can start", date(2026, 12, 1)),
    ],
)
def test_known_date_shapes_are_unchanged(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


START = date(2027, 1, 4)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Six weeks after the direct payment starts", date(2027, 2, 15)),
        ("6/52 after DP starts", date(2027, 2, 15)),
        ("about 6 weeks after they start", date(2027, 2, 15)),
        ("a month after the carers start coming", date(2027, 2, 4)),
        ("8 weeks from when it begins", date(2027, 3, 1)),
    ],
)
def test_a_time_after_support_starts_counts_from_the_start(said: str, expected: date) -> None:
    found = find_date(said, TODAY, start=START)
    assert found is not None and found.value == expected
    assert find_date(said, TODAY) is None  # no start known: ask, never count from today


def test_a_review_after_the_start_reads_the_start_date_from_the_plan() -> None:
    plan = _plan(
        management="direct payment",
        dp_start="Monday the 4th",
        review_when="Six weeks after the direct payment starts",
    )
    assert plan.dates.services_start == date(2027, 1, 4)
    assert plan.review.first_review_on == date(2027, 2, 15)


def test_after_i_start_something_else_is_no_support_start() -> None:
    found = find_date("next week, after I start my new job", TODAY, start=START)
    assert found is not None and found.value == date(2026, 11, 30)
