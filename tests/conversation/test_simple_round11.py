"""Round 11 (holdout10) causes in answers of a simple shape: wanting someone else to do something
("I don't want her doing it forever", "me want her go uni") is the wish of the one speaking, not
the carer's willingness; a bare "able" answered by the first part after it that says yes or no;
"dont" without its apostrophe is a no; a difficulty made small ("forget a bit, not a big
problem") is asked again; an ability said as good in other words ("her memory's better than
yours", "makes her own mind up") is no difficulty; a yes or no said for now ("Now, yes, but it is
getting hard") is the answer; "people he doesn't know" is no "don't know"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.conversation.understand_dates import find_date
from service.conversation.understand_yesno import Reply, classify
from service.plan import Plan
from tests.conversation.helpers import TODAY, carer_plan_after, plan_after

# --- wanting someone else to do something is not the carer's willingness -----------------------


@pytest.mark.parametrize(
    ("said", "willing", "able"),
    [
        ("No. I want her to go to university and have a life", False, False),
        ("No - me want him go back work, not stay home with me", False, False),
        ("not really. i want her to have her own life", False, False),
        ("No, I wish she could go out with her friends instead", False, False),
        ("No. We want him to move on, he's done enough", False, False),
        ("Yes. I want him to have his own life too though", True, True),
    ],
)
def test_wanting_someone_else_to_do_something_is_no_willingness(
    said: str, willing: bool, able: bool
) -> None:
    carer = carer_plan_after(carer_future=said).carers[0]
    assert (carer.willing_future, carer.able_future) == (willing, able)


@pytest.mark.parametrize(
    "said",
    [
        "dunno. hes 70. i dont want him doing it forever",
        "No idea. I don't want her doing this when she's 80",
        "who knows. I want him to retire really",
        "Hard to say, I don't want my son stuck with me",
        "I wish she didn't have to",
    ],
)
def test_only_a_wish_for_the_carer_answers_nothing(said: str) -> None:
    carer = carer_plan_after(carer_future=said).carers[0]
    assert carer.willing_future is None and carer.able_future is None


@pytest.mark.parametrize(
    ("said", "willing", "able"),
    [
        ("He wants to, but he can't", True, False),
        ("she doesnt want to", False, False),
        ("he wont want to", False, None),
        ("She'll always want to. But able, in a few years no, her back is going", True, False),
        (
            "I will always want to, till my last breath. But able, in a few years no, I am 70",
            True,
            False,
        ),
        ("He'd want to. But able - later on, no, not with his heart", True, False),
        ("Willing, yes. Able - I'm 71, you tell me", True, None),
    ],
)
def test_the_carers_own_want_and_a_bare_able_still_answer(
    said: str, willing: bool, able: bool | None
) -> None:
    carer = carer_plan_after(carer_future=said).carers[0]
    assert (carer.willing_future, carer.able_future) == (willing, able)


# --- a difficulty made small is asked again -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "brain fog sometimes, forget little bit. Me write list. Not big problem.",
        "I forget the odd thing but it's not a big deal",
        "He forgets appointments, I write them down, nothing serious",
        "Forgetful at times but it's not an issue",
        "He gets muddled with long letters, not a big problem",
        "I get confused with forms sometimes, not that bad",
    ],
)
def test_a_difficulty_made_small_is_asked_again(said: str) -> None:
    field = "understanding" if ("muddled" in said or "confused" in said) else "retaining"
    question = "sd_understanding" if field == "understanding" else "sd_retaining"
    plan = plan_after(**{question: said, f"{question}!": "No"})
    assert getattr(plan.advocacy.substantial_difficulty, field) is False
    plan = plan_after(**{question: said})
    assert getattr(plan.advocacy.substantial_difficulty, field) is None


@pytest.mark.parametrize(
    "said",
    [
        "I forget everything",
        "She forgets what was said in meetings, it's a big problem",
        "Yes, I forget a bit but I manage",
    ],
)
def test_a_difficulty_not_made_small_is_still_a_yes(said: str) -> None:
    assert plan_after(sd_retaining=said).advocacy.substantial_difficulty.retaining is True


# --- an ability said as good in other words is no difficulty -------------------------------------


@pytest.mark.parametrize(
    ("question", "said", "field"),
    [
        ("sd_retaining", "She says her memory is better than yours", "retaining"),
        ("sd_retaining", "His memory's better than mine", "retaining"),
        ("sd_retaining", "My memory is as good as it ever was", "retaining"),
        ("sd_weighing", "She makes her own mind up, always did", "using_or_weighing"),
        ("sd_weighing", "He makes up his own mind about things", "using_or_weighing"),
        ("sd_weighing", "I make my own mind up thanks", "using_or_weighing"),
        ("sd_weighing", "She's got a mind of her own", "using_or_weighing"),
    ],
)
def test_an_ability_said_as_good_is_no_difficulty(question: str, said: str, field: str) -> None:
    plan = plan_after(**{question: said})
    assert getattr(plan.advocacy.substantial_difficulty, field) is False


def test_a_memory_better_than_before_but_forgetting_is_asked() -> None:
    said = "Her memory is better than it was but she still forgets her tablets"
    assert plan_after(sd_retaining=said).advocacy.substantial_difficulty.retaining is None


# --- a yes or no said for now is the answer ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "Now, yes, I am doing it, but it is getting hard. I had a stent two years back",
            Reply.yes,
        ),
        ("For now yes but I don't know how long for, my knees are going", Reply.yes),
        ("At the moment, yes - it's getting harder every month though and I'm tired", Reply.yes),
        ("Right now no, she's just had her hip done and can't lift anything at all", Reply.no),
        ("At present no. Her own health is poor and she's waiting for an operation", Reply.no),
        ("Currently yes, but ask me again in a year when I've retired from work", Reply.yes),
    ],
)
def test_a_yes_or_no_said_for_now_is_the_answer(said: str, reply: Reply) -> None:
    assert classify(said) is reply


@pytest.mark.parametrize("said", ["now and then", "for now, I don't know", "Now? Who knows"])
def test_for_now_without_a_yes_or_no_is_none(said: str) -> None:
    assert classify(said) in (Reply.ambiguous, Reply.unknown, Reply.skip)


def test_able_now_said_for_now_is_recorded() -> None:
    said = "At the moment yes, but it is getting hard, the doctor says I must rest more"
    assert carer_plan_after(carer_able=said).carers[0].able_now is True


# --- "people he doesn't know" is no "don't know" ---------------------------------------------


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("Yes, with people he doesn't know, yes", Reply.yes),
        ("Yes with strangers she doesnt know", Reply.yes),
        ("Yes, with staff she doesn't know", Reply.yes),
        ("No, only with folk he doesn't know", Reply.no),
        ("yes - places she doesn't know", Reply.yes),
    ],
)
def test_someone_not_known_is_no_dont_know(said: str, reply: Reply) -> None:
    assert classify(said) is reply


@pytest.mark.parametrize("said", ["Yes, he doesn't know", "she doesn't know", "yes I don't know"])
def test_not_knowing_the_answer_is_still_unsure(said: str) -> None:
    assert classify(said) is Reply.ambiguous


def test_the_clarified_yes_fills_the_difficulty() -> None:
    plan = plan_after(
        sd_communicating="Sometimes. He says what he likes but with strangers he goes quiet",
        **{"sd_communicating!": "Yes, with people he doesn't know, yes"},
    )
    assert plan.advocacy.substantial_difficulty.communicating is True
    assert isinstance(plan, Plan)


# --- a period said bare after the figure ("£318 week", "20 hours week") -------------------------


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("The social worker emailed me - £318 week. Not final", Decimal("318.00"), "week"),
        ("£250 week she said", Decimal("250.00"), "week"),
        ("they said 95 pounds week", Decimal("95.00"), "week"),
        ("£1,200 month I think", Decimal("14400.00"), "year"),
        ("about £140 wk", Decimal("140.00"), "week"),
    ],
)
def test_a_bare_period_after_the_amount_is_the_period(
    said: str, amount: Decimal, period: str
) -> None:
    plan = plan_after(indicative_budget=said)
    assert plan.personal_budget.indicative_amount == amount
    assert plan.provenance.get("personal_budget.period")
    assert plan.personal_budget.period is not None and plan.personal_budget.period.value == period


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("Maybe 2-3 hours every day school days, weekend more. 20 hours week maybe more.", "20"),
        ("about 15 hours week", "15"),
        ("twenty hours week", "20"),
        ("10 hrs wk", "10"),
        ("3-4 hours a day, so about 25 hours a week", "25"),
        ("2 or 3 hours a day, about 18 hours a week all told", "18"),
        ("3-4 hrs most days, call it 25 hours a week", "25"),
        ("between 2 and 3 hours each evening, roughly 15 hours per week", "15"),
    ],
)
def test_hours_said_bare_a_week_are_the_answer(said: str, hours: str) -> None:
    assert carer_plan_after(carer_hours=said).carers[0].hours_per_week == Decimal(hours)


@pytest.mark.parametrize(
    "said", ["2-3 hours a day, so 14-21 hours a week", "between 20 and 30 hours week"]
)
def test_a_weekly_range_is_still_asked(said: str) -> None:
    assert carer_plan_after(carer_hours=said).carers[0].hours_per_week is None


# --- a time counted from an event whose date is said; the date said right after "start" ---------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("6 weeks after she moves in. She moves in on the 9th of December", date(2027, 1, 20)),
        ("a month after his op. His op is on the 5th of January", date(2027, 2, 5)),
        ("Two weeks after discharge - she's discharged on 3/12", date(2026, 12, 17)),
        ("4 weeks after the move, we move on the 14th December", date(2027, 1, 11)),
        ("three weeks after her surgery. The surgery's booked for 8 January", date(2027, 1, 29)),
        (
            "10 days after he gets back from Pakistan. He's back from Pakistan 2/1/27",
            date(2027, 1, 12),
        ),
    ],
)
def test_a_time_counted_from_an_event_with_its_date_said(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "said",
    [
        "3 weeks after her operation. Not before the 3rd of March",
        "6 weeks after she moves in",
        "a month after his op. My birthday is the 5th of January",
    ],
)
def test_an_event_without_its_own_date_gives_no_date(said: str) -> None:
    found = find_date(said, TODAY)
    assert found is None or found.value != date(2027, 2, 5)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("January. Kerry finish job 31 December. Start Monday 4 January please.", date(2027, 1, 4)),
        (
            "Her contract ends on the 18th December, so start on the 4th of January",
            date(2027, 1, 4),
        ),
        ("He's away till 2 January. Starting Monday 11 January would be good", date(2027, 1, 11)),
        ("The agency stops on 30/11. Begin 7/12 please", date(2026, 12, 7)),
        ("my sister leaves on the 20th December - start the 28th December", date(2026, 12, 28)),
        ("Mum's in hospital until 14 December. Starting on Mon 21/12", date(2026, 12, 21)),
        ("The old carer finishes 1st Dec. Commencing 8th Dec", date(2026, 12, 8)),
        ("The agency's last day is 6 December; start Thursday 10 December", date(2026, 12, 10)),
    ],
)
def test_the_date_right_after_start_is_the_start(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


def test_a_start_counted_from_support_is_unchanged() -> None:
    found = find_date("6 weeks after PA start. Book an interpreter", TODAY, start=date(2027, 1, 4))
    assert found is not None and found.value == date(2027, 2, 15)
