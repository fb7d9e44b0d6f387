"""Round 7 (holdout6) causes in answers of a simple shape: the money "paid to me" is a direct
payment; a date turned down ("not a Thursday") or tied to another event ("after my birthday") is
no date; a part of a month with a weekday; "she doesn't mind" is a yes; "I don't like to ask her"
is no answer; "Willing, yes. Able - ..." answers each half with its own words; "..., so no" ends
a long answer with its yes or no; a vague or some-days-only hours figure is asked again."""

from __future__ import annotations

from datetime import date

import pytest

from service.conversation.extract_simple import _amount
from service.conversation.understand_dates import find_date
from service.conversation.understand_yesno import Reply, classify
from tests.conversation.helpers import (
    SIMPLE_CARER,
    SIMPLE_PERSON,
    TODAY,
    carer_plan_after,
    plan_after,
)

PERSON, CARER = SIMPLE_PERSON, SIMPLE_CARER
_plan, _carer = plan_after, carer_plan_after


# --- management: the money paid to the person ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I'd want it paid to me so I can sort it",
        "paid straight to us please, we know who we want",
        "Can it be paid into my bank and I'll find someone",
        "the money to me, I'll pay for it myself",
        "just have it paid directly to my daughter, she does my banking",
    ],
)
def test_money_paid_to_the_person_is_a_direct_payment(said: str) -> None:
    plan = _plan(management=said)
    assert plan.personal_budget is not None
    assert plan.personal_budget.management == "direct_payment"


@pytest.mark.parametrize(
    "said",
    [
        "The council can arrange it, I don't want it paid to me",
        "leave it to the council please",
        "not sure what the options are",
    ],
)
def test_other_management_answers_are_no_direct_payment(said: str) -> None:
    plan = _plan(management=said)
    assert plan.personal_budget is None or plan.personal_budget.management != "direct_payment"


# --- dates: turned down, or tied to another event --------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Don't leave it three months. Six weeks", date(2027, 1, 4)),
        ("six weeks not three months", date(2027, 1, 4)),
        ("Not a Monday, I have the hospital. Wednesday's good", date(2026, 11, 25)),
        ("i cant do friday the 4th. 11 december?", date(2026, 12, 11)),
        ("Any time in 6 weeks, not before", date(2027, 1, 4)),
        ("Never on a Thursday - Tuesday", date(2026, 11, 24)),
    ],
)
def test_a_date_turned_down_is_not_the_date(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "said",
    [
        "After Christmas. Not a Thursday, that's bingo",
        "after my birthday. it is 3 february",
        "Before her operation, that's the 12th of March",
        "3 months after his hip op",
        "once the hospital appointment on the 20th is done",
        "no later than 3 March",
        "Not before the 12th",
        "2 weeks after he gets home from hospital",
    ],
)
def test_a_date_tied_to_another_event_or_turned_down_is_no_date(said: str) -> None:
    assert find_date(said, TODAY) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("next week, after I start my new job", date(2026, 11, 30)),
        ("Start of February, after I've had the PA a few weeks", date(2027, 2, 1)),
        ("in 6 weeks", date(2027, 1, 4)),
    ],
)
def test_a_date_said_before_its_reason_stays(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


def test_a_review_after_an_unknown_event_is_asked_again() -> None:
    plan = _plan(review_when="after my birthday. it is 3 february", **{"review_when!": "4 feb"})
    assert plan.review is not None and plan.review.first_review_on == date(2027, 2, 4)


# --- a part of a month, and a weekday in it ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("The first week in January. The Tuesday", date(2027, 1, 5)),
        ("first week of Jan, monday", date(2027, 1, 4)),
        ("early March - a Thursday", date(2027, 3, 4)),
        ("late February on a monday", date(2027, 2, 22)),
        ("the last week of January, a Friday", date(2027, 1, 29)),
        ("mid-January on a Wednesday", date(2027, 1, 20)),
        ("second week in February. Tuesday", date(2027, 2, 9)),
    ],
)
def test_a_part_of_a_month_with_a_weekday_is_that_weekday_in_it(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "said", ["first week of Jan", "The new year - second week of January", "early March"]
)
def test_a_week_of_a_month_without_its_day_is_asked_again(said: str) -> None:
    assert find_date(said, TODAY) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [("start of January", date(2027, 1, 1)), ("the beginning of March", date(2027, 3, 1))],
)
def test_the_start_of_a_month_is_unchanged(said: str, expected: date) -> None:
    # the end and the middle of a month are asked again since round 9 (test_simple_round9.py)
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


# --- yes and no: "doesn't mind", asking someone else, "so no" -------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "She says she doesn't mind",
        "I don't mind",
        "he wouldnt mind, he's said so",
        "Mum doesnt mind doing it",
        "they do not mind at all",
    ],
)
def test_not_minding_is_a_yes(said: str) -> None:
    assert classify(said) is Reply.yes


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("She doesn't mind but she can't", Reply.unknown),
        ("she doesn't", Reply.no),
        ("no problem understanding", Reply.no),
    ],
)
def test_not_minding_with_a_no_or_other_words(said: str, expected: Reply) -> None:
    assert classify(said) is expected


def test_a_carer_who_does_not_mind_is_willing() -> None:
    plan = _carer(carer_willing="She says she doesn't mind")
    assert plan.carers[0].willing_now is True


@pytest.mark.parametrize(
    "said",
    [
        "I don't like to ask her",
        "you'd have to ask him",
        "I havent asked her",
        "not asked him, ask him yourself",
        "don't want to ask them, they do enough",
    ],
)
def test_not_having_asked_the_carer_answers_nothing(said: str) -> None:
    plan = _carer(carer_future=said)
    carer = plan.carers[0]
    assert (carer.willing_future, carer.able_future) == (None, None)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Willing, yes. Able - I'm 71, you tell me", (True, None)),
        ("willing: yes. able: no", (True, False)),
        ("Able, no. Willing - of course", (True, False)),
        ("Willing? Yes. Able? Who knows", (True, None)),
        ("willing - yeah. able - not really", (True, False)),
    ],
)
def test_a_bare_willing_or_able_takes_the_words_after_it(
    said: str, expected: tuple[bool | None, bool | None]
) -> None:
    carer = _carer(carer_future=said).carers[0]
    assert (carer.willing_future, carer.able_future) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I had a new hip and I'm not supposed to lift. So no, not all of it", Reply.no),
        ("He works all week and has the kids. So no really", Reply.no),
        ("She's retired now and lives round the corner. So yes", Reply.yes),
        ("Well he's got his own health problems, his heart and that. Basically no", Reply.no),
        ("It's a lot but she's strong, she's done it for years. In short, yes", Reply.yes),
    ],
)
def test_the_last_sentence_after_so_gives_the_answer(said: str, expected: Reply) -> None:
    assert classify(said) is expected


def test_so_inside_a_sentence_is_no_answer() -> None:
    assert classify("Works so many hours. So tired these days") is Reply.unknown


# --- hours of care: vague, or a daily figure for some days only --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Oh I don't know, she's here Wednesdays and Sundays, a few hours each time",
        "a few hours a day",
        "Approx 8 hours a day on the days she is home, less on work days",
        # "8 hours a day except weekends" names its days (every weekday): 40 since round 10
        # (test_simple_round10.py)
        "about 6 hours a day apart from when he's at the day centre",
        "10 hrs a day, less at weekends",
    ],
)
def test_vague_or_some_days_only_hours_are_asked_again(said: str) -> None:
    carer = _carer(carer_hours=said).carers[0]
    assert carer.hours_per_week is None


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("about 8 hours a day", 56),
        ("20 hours a week", 20),
        ("Say about eight hours a week", 8),
        ("3 hours a day every day", 21),
    ],
)
def test_a_clear_hours_figure_is_kept(said: str, hours: int) -> None:
    carer = _carer(carer_hours=said).carers[0]
    assert carer.hours_per_week == hours


def test_vague_hours_are_asked_again_and_the_figure_given_then_is_kept() -> None:
    said = {"carer_hours": "a few hours each time she comes", "carer_hours!": "about 8 a week"}
    assert _carer(**said).carers[0].hours_per_week == 8


# --- money: a period written straight after the amount ("£385.50/wk") -------------------------


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("£385.50/wk indicative (RAS done last week)", "385.50", "week"),
        ("£120/week", "120.00", "week"),
        ("£1,200/month according to the letter", "14400.00", "year"),
        ("about £90 /wk i think", "90.00", "week"),
        ("£9,000/yr", "9000.00", "year"),
    ],
)
def test_a_period_written_onto_the_amount_is_read(said: str, amount: str, period: str) -> None:
    found = _amount(said)
    assert found is not None and str(found.amount) == amount and found.period == period


def test_an_amount_without_a_period_has_none() -> None:
    found = _amount("£300, the letter said")
    assert found is not None and found.period is None


# --- formats: an option complained of is turned down ------------------------------------------


def _formats(said: str) -> list[str]:
    plan = _plan(formats=said)
    comm = plan.person.communication if plan.person else None
    return [f.value for f in comm.formats] if comm else []


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Email. Paper just gets lost in the pile on my table", ["email"]),
        ("letters go missing here, email please", ["email"]),
        ("email - I lose letters", ["email"]),
        ("Large print. Email is no use, I don't have a computer", ["large_print"]),
        ("email's fine, paper never arrives round here", ["email"]),
    ],
)
def test_an_option_complained_of_is_not_chosen(said: str, expected: list[str]) -> None:
    assert _formats(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Large print because small print is useless to me", ["large_print"]),
        ("I'd lose a paper copy so email", ["email"]),
        ("paper copies please", ["standard"]),
    ],
)
def test_a_complaint_about_something_else_keeps_the_choice(said: str, expected: list[str]) -> None:
    assert _formats(said) == expected


# --- a choice: an option said right after a no is turned down -----------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Not a direct payment, God no. Can the council do it?", "council_managed"),
        ("no direct payments please, the council can sort it", "council_managed"),
        ("rather than a direct payment, could the council do it", "council_managed"),
        ("I don't want a direct payment, let the council arrange it", "council_managed"),
        ("Not the council, they let me down. A direct payment", "direct_payment"),
        ("never the council again! direct payments", "direct_payment"),
    ],
)
def test_an_option_after_a_no_is_turned_down(said: str, expected: str) -> None:
    budget = _plan(management=said).personal_budget
    assert budget is not None and budget.management == expected


@pytest.mark.parametrize(
    "said", ["a direct payment or the council, not sure", "a direct payment, not the council"]
)
def test_two_options_not_turned_down_first_are_asked_again(said: str) -> None:
    budget = _plan(management=said).personal_budget
    assert budget is None or budget.management is None
