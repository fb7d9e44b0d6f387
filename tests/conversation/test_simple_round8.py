"""Round 8 (holdout7) causes in answers of a simple shape: numbers said in words ("a hundred and
twenty pounds a week", "twenty-five hours a week") and hours given as a range, asked again;
practitioner shorthand "Y", a reported yes ("She says so") and a short closing answer after the
reasons ("... She's running on empty. No"); the four substantial-difficulty questions answered
with the ability ("My memory's good"); a length of time in the past is no date ("It's already
taken four months"); an option turned down with a verb ("doesn't want to manage a DP"); the
capitals ER and LP, and someone's own letters, in the formats answer."""

from __future__ import annotations

from datetime import date

import pytest

from service.conversation.extract_simple import _amount
from service.conversation.understand_dates import find_date
from tests.conversation.helpers import (
    SIMPLE_CARER,
    SIMPLE_PERSON,
    TODAY,
    carer_plan_after,
    plan_after,
)

PERSON, CARER = SIMPLE_PERSON, SIMPLE_CARER
_plan, _carer = plan_after, carer_plan_after


# --- money: an amount in words with more said after the scale, said as money ---------------------


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("They reckoned about a hundred and fifty pounds a week", "150.00", "week"),
        ("three hundred and forty quid a week, roughly", "340.00", "week"),
        ("one thousand two hundred pounds a month", "14400.00", "year"),
        ("She said two hundred and seventy-five pounds each week", "275.00", "week"),
        ("Four hundred and twelve pounds a fortnight", "206.00", "week"),
        ("about fourteen pounds a week", "14.00", "week"),
        ("£ three hundred a week", "300.00", "week"),
        ("ten thousand five hundred pounds a year", "10500.00", "year"),
    ],
)
def test_an_amount_in_words_said_as_money_is_read_whole(
    said: str, amount: str, period: str | None
) -> None:
    found = _amount(said)
    assert found is not None
    assert (str(found.amount), found.period) == (amount, period)
    assert found.quote in said


def test_an_amount_in_words_is_the_budget_through_the_question() -> None:
    budget = _plan(indicative_budget="Roughly a hundred and sixty pounds a week I was told")
    assert budget.personal_budget is not None
    assert str(budget.personal_budget.indicative_amount) == "160.00"
    assert budget.personal_budget.period == "week"


@pytest.mark.parametrize(
    "said",
    [
        "I'll ring you back in one minute",  # a number that is not money
        "we've had two meetings and nothing yet",
        "send one copy to my son",
    ],
)
def test_numbers_in_words_that_are_not_money_are_no_amount(said: str) -> None:
    assert _amount(said) is None


# --- carer hours: in words, and as a range -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("About twenty-five hours a week, on top of everything", 25),
        ("fourteen hours a week", 14),
        ("Probably thirty-five hours a week all told", 35),
        ("sixteen hours over the weekend", 16),
        ("she does thirteen hours a week", 13),
        ("seventeen", 17),
        ("eighteen hours a fortnight", 9),
    ],
)
def test_hours_said_in_words_are_read(said: str, hours: int) -> None:
    carer = _carer(carer_hours=said).carers[0]
    assert carer.hours_per_week == hours


@pytest.mark.parametrize(
    "said",
    [
        "Probably three or four hours a day, plus being around",
        "3-4 hours a day",
        "somewhere between 20 and 30 hours a week",
        "two to three hours every evening",
        "5 or 6 hours a day when he's bad",
        "she comes 2 or 3 times a week for a couple of hours",
    ],
)
def test_a_range_of_hours_is_asked_again(said: str) -> None:
    carer = _carer(carer_hours=said).carers[0]
    assert carer.hours_per_week is None


def test_a_range_then_a_figure_keeps_the_figure() -> None:
    said = {"carer_hours": "three or four hours a day", "carer_hours!": "Put 25 a week"}
    carer = _carer(**said).carers[0]
    assert carer.hours_per_week == 25


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("7 till 9 every weekday morning, so 10 hours a week", 10),
        ("12-hour shifts are her job; she gives me 10 hours a week", 10),
        ("about 8 hours a day", 56),
        ("twice a week for 2 hours", 4),
    ],
)
def test_clock_times_and_single_figures_are_no_range(said: str, hours: int) -> None:
    carer = _carer(carer_hours=said).carers[0]
    assert carer.hours_per_week == hours


# --- yes and no: practitioner shorthand, a reported yes, a closing answer after the reasons -----


def _difficulty(question: str, said: str) -> bool | None:
    plan = _plan(**{question: said})
    field = {
        "sd_understanding": "understanding",
        "sd_retaining": "retaining",
        "sd_weighing": "using_or_weighing",
        "sd_communicating": "communicating",
    }[question]
    return getattr(plan.advocacy.substantial_difficulty, field)


@pytest.mark.parametrize(
    ("question", "said", "expected"),
    [
        ("sd_understanding", "Y", True),
        ("sd_retaining", "Y - poor short-term recall", True),
        ("sd_weighing", "Y, struggles with risk", True),
        ("sd_communicating", "Y at times (fatigue)", True),
        ("sd_understanding", "N - understands if one idea at a time", False),
    ],
)
def test_practitioner_y_and_n_are_yes_and_no(question: str, said: str, expected: bool) -> None:
    assert _difficulty(question, said) is expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("She says so", True),
        ("so he says", True),
        ("He says he will", True),
        ("y", True),
        ("she says she isn't", False),
    ],
)
def test_a_carer_willing_said_as_reported_or_shorthand(said: str, expected: bool) -> None:
    assert _carer(carer_willing=said).carers[0].willing_now is expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("He works nights at the depot and his back's bad. He's exhausted. No", False),
        ("She's 70 with a bad hip. Realistically, no", False),
        ("Her own kids are grown up and she's retired. Yes", True),
        ("He's got the time, he's fit. Definitely yes", True),
        ("She does twelve-hour shifts and has the twins. Not really, no", False),
        ("Her arthritis is worse every winter. Sadly not", False),
    ],
)
def test_a_short_last_sentence_after_the_reasons_is_the_answer(said: str, expected: bool) -> None:
    assert _carer(carer_able=said).carers[0].able_now is expected


@pytest.mark.parametrize(
    "said",
    [
        "She does all of it. Nobody else",  # who, not whether
        "He's working full time. Only at weekends",
        "She's got her own family. Not sure",
    ],
)
def test_a_last_sentence_that_is_not_only_an_answer_gives_none(said: str) -> None:
    assert _carer(carer_able=said).carers[0].able_now is not False


# --- substantial difficulty said as the ability, with no yes or no ------------------------------


@pytest.mark.parametrize(
    ("question", "said", "expected"),
    [
        ("sd_retaining", "My memory's good, thank God", False),
        ("sd_retaining", "Nothing wrong with her memory", False),
        ("sd_retaining", "I can't remember a thing these days", True),
        ("sd_retaining", "He forgets what you said by teatime", True),
        ("sd_understanding", "I don't understand half the letters they send", True),
        ("sd_understanding", "She understands everything, she's sharp", False),
        ("sd_weighing", "He'll agree to anything the last person said", True),
        ("sd_weighing", "She knows her own mind, always has", False),
        ("sd_communicating", "I can say my piece, don't worry", False),
        ("sd_communicating", "He's non-verbal, he uses a few signs", True),
    ],
)
def test_the_ability_said_in_words_answers_the_difficulty(
    question: str, said: str, expected: bool
) -> None:
    assert _difficulty(question, said) is expected


@pytest.mark.parametrize(
    ("question", "said", "expected"),
    [
        ("sd_retaining", "No, my memory's fine", False),
        ("sd_retaining", "he doesn't forget anything", False),  # the answer's own no
        ("sd_retaining", "Yes, I forget", True),
        ("sd_retaining", "Sharp as a tack in the morning, but he forgets by night", None),
        ("sd_understanding", "No", False),
    ],
)
def test_the_answers_own_yes_or_no_and_mixed_abilities(
    question: str, said: str, expected: bool | None
) -> None:
    assert _difficulty(question, said) is expected


def test_an_ability_said_with_both_a_yes_and_a_no_is_asked_again() -> None:
    said = "When she's unwell yes, she'll agree to anything. Today no"
    assert _difficulty("sd_weighing", said) is None


# --- dates: a length of time said about the past is no date ---------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Next Monday. It's already taken four months", date(2026, 11, 30)),
        ("We've waited six weeks for this, so tomorrow", date(2026, 11, 24)),
        ("Three weeks ago they promised Friday", date(2026, 11, 27)),
        ("It's been a month since the assessment. Next Friday?", date(2026, 11, 27)),
        ("In two months. We've been on the list for two years", date(2027, 1, 23)),
        ("Wednesday - he's been in hospital for three weeks", date(2026, 11, 25)),
    ],
)
def test_a_length_of_time_in_the_past_is_no_date(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("in four weeks", date(2026, 12, 21)),
        ("book it for eight weeks' time", date(2027, 1, 18)),
        ("about 6 weeks", date(2027, 1, 4)),
    ],
)
def test_a_length_of_time_ahead_is_still_a_date(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


def test_a_past_length_before_after_it_starts_is_not_counted() -> None:
    said = "It's taken four months to get here. Six weeks after it starts"
    found = find_date(said, TODAY, start=date(2026, 11, 30))
    assert found is not None and found.value == date(2027, 1, 11)


def test_the_review_counts_from_a_start_said_with_a_past_length() -> None:
    script = {
        "management": "direct payments please",
        "dp_start": "Next Monday. It's already taken four months",
        "review_when": "Six weeks after the PA starts",
    }
    plan = _plan(**script)
    assert str(plan.dates.services_start) == "2026-11-30"
    assert str(plan.review.first_review_on) == "2027-01-11"


# --- management: an option turned down with a verb, wherever it is said ---------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Council-managed - she does not want to manage a DP and nor does her son",
            "council_managed",
        ),
        (
            "He'd like an individual service fund with the agency. He doesn't want the paperwork "
            "of a direct payment",
            "individual_service_fund",
        ),
        (
            "An ISF with the provider; she couldn't cope with a direct payment",
            "individual_service_fund",
        ),
        ("Direct payments. I don't trust the council to get it right", "direct_payment"),
        ("the council please, we don't need the bother of a DP", "council_managed"),
        ("I don't want the council involved, a direct payment please", "direct_payment"),
    ],
)
def test_an_option_turned_down_with_a_verb_is_not_chosen(said: str, expected: str) -> None:
    budget = _plan(management=said).personal_budget
    assert budget is not None and budget.management == expected


@pytest.mark.parametrize(
    "said",
    [
        "a direct payment, not the council",  # a bare contrast after the choice still asks
        "a direct payment or the council, I don't know",
        "I don't mind, a direct payment or the council",
    ],
)
def test_two_options_without_a_verb_turning_one_down_are_asked(said: str) -> None:
    budget = _plan(management=said).personal_budget
    assert budget is None or budget.management not in ("direct_payment", "council_managed")


def test_nothing_but_an_option_is_that_option() -> None:
    budget = _plan(management="I don't want anything but a direct payment").personal_budget
    assert budget is not None and budget.management == "direct_payment"


# --- formats: practitioners' capitals, and someone's own letters ----------------------------------


def _formats(said: str) -> list[str]:
    return [f.value for f in _plan(formats=said).person.communication.formats]


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("ER + audio. Cannot hold paper steady", ["easy_read", "audio"]),
        ("ER only", ["easy_read"]),
        ("LP, 18pt", ["large_print"]),
        (
            "Big print please. Email one to my son too, he deals with all my letters",
            ["large_print", "email"],
        ),
        ("Email. My daughter opens my post", ["email"]),
        ("Braille; her letters go to her sister anyway", ["braille"]),
    ],
)
def test_capitals_and_someones_own_letters(said: str, wanted: list[str]) -> None:
    assert sorted(_formats(said)) == sorted(wanted)


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("er, large print I suppose", ["large_print"]),  # the filler is no easy read
        ("letters please", ["standard"]),
        ("paper copies of my letters", ["standard"]),
        ("ordinary letters and an email", ["standard", "email"]),
    ],
)
def test_fillers_and_letters_as_a_format_are_unchanged(said: str, wanted: list[str]) -> None:
    assert sorted(_formats(said)) == sorted(wanted)
