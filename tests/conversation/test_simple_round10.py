"""Round 10 (holdout9) causes in answers of a simple shape: an exact date said as the conclusion
("..., so Monday the 11th", "i.e. Wed 23/12/26") is the date; days offered to choose from
("Tuesday or Thursday") are no date; a time counted from the start of support is said in the same
sentence as "after it starts"; a yes or no reported ("she says no", "he say yes") is the answer; a
phrase of the ability never runs across a stop ("No - speech clear"); how long a carer can go on
is not known; hours said as so many a week are the answer, a count of days a week multiplies daily
hours and "except weekends" means the weekdays; a verb turning an option down before it ("Pt
declined DP"), words joined by a hyphen ("Council-arranged") and someone else's view ("my dad
thinks the council should do it") in a budget-management answer; "I don't know" to a question of
a set shape (yes or no, date, amount, hours, choice) is asked once more, not skipped; someone
receiving a direct payment for a person who cannot manage it or agree to it is an authorised
person, and the person answering "Me." first receives it themselves."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from service.conversation.understand_dates import find_date
from service.conversation.understand_text import hours_per_week
from service.conversation.understand_yesno import Reply, classify
from service.plan import Plan
from tests.conversation.helpers import SIMPLE_PERSON, TODAY, carer_plan_after, plan_after, run

# --- an exact date said as the conclusion is the date --------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Sometime after New Year - her appointment is the 5th of January, so Friday the 8th",
            date(2027, 1, 8),
        ),
        ("wk commencing 11/1, i.e. Tues 12/1/27", date(2027, 1, 12)),
        ("about six weeks, so the 7th of January", date(2027, 1, 7)),
        ("mum's back from Pakistan on the 2nd of Feb, so Monday 8th feb", date(2027, 2, 8)),
        ("In a month or so - 3 weeks is too soon. ie the 28th December", date(2026, 12, 28)),
        ("She's home on 14/12 so Friday the 18th", date(2026, 12, 18)),
        ("EDD 2/12, so r/v the 16th of December", date(2026, 12, 16)),
        ("6/52 post d/c, i.e. 11/1/27", date(2027, 1, 11)),
        ("dad's op is on the 3rd, that would be the 10th of December then", date(2026, 12, 10)),
    ],
)
def test_an_exact_date_said_as_the_conclusion_is_the_date(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("the 12th of January, so in about seven weeks", date(2027, 1, 12)),
        ("the 12th of January, so that my daughter can come", date(2027, 1, 12)),
        ("3rd of March. That's a Wednesday", date(2027, 3, 3)),
    ],
)
def test_a_conclusion_without_an_exact_date_changes_nothing(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


def test_the_date_of_another_event_is_still_no_date() -> None:
    assert find_date("after her operation, which is the 12th of March", TODAY) is None


# --- days offered to choose from are no date ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Wednesdays are out. Monday or Friday mornings are best",
        "any Tuesday or Wednesday after the new year",
        "Thursday/Friday, not Mondays",
        "A Monday or a Tuesday, I'm free them days",
        "Mum can do Wednesday & Thursday",
    ],
)
def test_days_offered_to_choose_from_are_no_date(said: str) -> None:
    assert find_date(said, TODAY) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Never on a Thursday - Tuesday", date(2026, 11, 24)),
        ("Next Monday, or sooner if you can", date(2026, 11, 30)),
        ("Tuesday, or whenever suits", date(2026, 11, 24)),
    ],
)
def test_one_day_said_is_still_the_date(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


def test_days_offered_are_asked_again_and_the_date_given_then_kept() -> None:
    plan = plan_after(
        review_when="Not before the new year. Monday or Wednesday works",
        **{"review_when!": "Wednesday the 13th of January"},
    )
    assert plan.review is not None and plan.review.first_review_on == date(2027, 1, 13)


# --- a time counted from the start is said in the same sentence ---------------------------------

START = date(2027, 1, 4)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I need at least two weeks' notice. Eight weeks after the PAs start", date(2027, 3, 1)),
        ("2 weeks notice please. 6 weeks after the direct payment begins", date(2027, 2, 15)),
        ("Not in the 1st 3 days! About a month after she starts", date(2027, 2, 4)),
        ("The PAs need a week to settle; 4 weeks after they start", date(2027, 2, 1)),
        ("Pt requests 1/52 notice. R/v 6/52 after DP starts", date(2027, 2, 15)),
    ],
)
def test_the_time_counted_from_the_start_is_in_its_own_sentence(said: str, expected: date) -> None:
    found = find_date(said, TODAY, start=START)
    assert found is not None and found.value == expected


def test_a_time_after_the_start_with_no_start_known_is_still_no_date() -> None:
    assert find_date("2 weeks notice please. 6 weeks after it starts", TODAY) is None


# --- a yes or no reported is the answer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("my dad said yes when I asked him about it last week", Reply.yes),
        ("he say yes, he will keep doing it as long as the Lord spare him", Reply.yes),
        ("she said no, she can't be doing with all that paperwork now", Reply.no),
        ("the doctor says no, her memory is fine for somebody her age", Reply.no),
        ("Nan said yes straight away when we asked her about it all", Reply.yes),
        ("Mum reckons no, and to be honest I think she's right about that", Reply.no),
    ],
)
def test_a_yes_or_no_reported_is_the_answer(said: str, expected: Reply) -> None:
    assert classify(said) is expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("she says she doesn't know yet", Reply.ambiguous),
        ("he said it's up to me really", Reply.unknown),
        ("The doctor said no driving for six months after the operation though", Reply.unknown),
        ("she said no to the agency, she wants us lot doing it now", Reply.unknown),
    ],
)
def test_a_report_without_a_yes_or_no_is_none(said: str, expected: Reply) -> None:
    assert classify(said) is expected


def test_a_reported_no_is_read_before_what_the_reporter_adds() -> None:
    plan = plan_after(
        sd_retaining="she says no. (between us she forgets loads since the stroke, don't tell her)"
    )
    assert plan.advocacy.substantial_difficulty.retaining is False


# --- a phrase of the ability never runs across a stop ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No, speech fine",
        "No - speech clear, a bit of a stammer",
        "no; speech is good",
        "NO, speech normal",
        "No. Speech unaffected by the stroke",
    ],
)
def test_no_then_a_word_of_speech_is_no_difficulty(said: str) -> None:
    plan = plan_after(sd_communicating=said)
    assert plan.advocacy.substantial_difficulty.communicating is False


@pytest.mark.parametrize("said", ["No speech at all since the stroke", "Yes, no speech"])
def test_no_speech_said_together_is_still_a_difficulty(said: str) -> None:
    plan = plan_after(sd_communicating=said)
    assert plan.advocacy.substantial_difficulty.communicating is True


# --- how long a carer can go on is not known ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "He wants to, but how long he can keep going is anyone's guess",
        "She's willing. How long she can carry on for, who can say",
        "he's keen, how long he could manage it I couldn't tell you",
        "she wants to but she does not know how much longer she can do it",
        "She want to, but she doesn't know if her back can carry on",
        "willing yes. how long he's able to, God knows",
    ],
)
def test_how_long_a_carer_can_go_on_is_not_known(said: str) -> None:
    plan = carer_plan_after(carer_future=said)
    carer = plan.carers[0]
    assert carer.willing_future is True
    assert carer.able_future is None


def test_a_carer_who_cannot_keep_it_up_is_still_not_able() -> None:
    carer = carer_plan_after(carer_future="He wants to, but he can't keep it up for long").carers[0]
    assert carer.willing_future is True and carer.able_future is False


# --- hours a week --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("couple of hours in the morning and one at night, call it 18 hours a week", "18"),
        ("an hour at lunch, an hour at tea - roughly 14 hours a week all in", "14"),
        ("a hour here and there, I'd say twelve hours a week, she'd say more", "12"),
        ("Maybe half an hour each visit. 10 hrs per week overall", "10"),
        ("one hour most evenings, about 9 hours a week I'd guess", "9"),
        ("half an hour, three times a day - about ten and a half hours a week", "10.5"),
    ],
)
def test_hours_said_as_so_many_a_week_are_the_answer(said: str, expected: str) -> None:
    plan = carer_plan_after(carer_hours=said)
    assert plan.carers[0].hours_per_week == Decimal(expected)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("three hours a day five days a week", "15"),
        ("2 hrs a day, 4 days a week", "8"),
        ("8 hours a day except weekends", "40"),
        ("six hours a day apart from weekends", "30"),
        ("3 days a week, 5 hours each", "15"),
    ],
)
def test_daily_hours_on_so_many_days_a_week(said: str, expected: str) -> None:
    found = hours_per_week(said.replace("three", "3").replace("five", "5").replace("six", "6"))
    assert found is not None and str(found.per_week) == expected
    plan = carer_plan_after(carer_hours=said)
    assert plan.carers[0].hours_per_week == Decimal(expected)


@pytest.mark.parametrize(
    ("said", "expected"),
    [("3 hours a day at weekends", "6"), ("2 hours every evening", "14")],
)
def test_known_hours_are_unchanged(said: str, expected: str) -> None:
    assert carer_plan_after(carer_hours=said).carers[0].hours_per_week == Decimal(expected)


@pytest.mark.parametrize(
    "said",
    [
        "8 hours a day on the days she's home, less on work days",
        "between 20 and 30 hours a week",
        "6 hours a day except when she's at her sister's",
    ],
)
def test_hours_on_some_days_only_or_a_range_are_asked_again(said: str) -> None:
    assert carer_plan_after(carer_hours=said).carers[0].hours_per_week is None


# --- how the budget is managed --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("pt declined DP, happy for council to arrange", "council_managed"),
        ("She refused a direct payment so the council will sort it", "council_managed"),
        ("Offered the choice, she rejected the DP. Council-managed for now", "council_managed"),
        ("Council-arranged package", "council_managed"),
        ("council-arranged support, for now anyway", "council_managed"),
        ("Family declined direct payments - council to commission", "council_managed"),
        ("he's refused direct payments twice, so council managed", "council_managed"),
        (
            "Paid into my account please. Her husband says the council should do it all",
            "direct_payment",
        ),
        (
            "Let the council sort it. My sister keeps saying I should have a direct payment",
            "council_managed",
        ),
        (
            "I want the money paid to me. My daughter thinks the council should manage it",
            "direct_payment",
        ),
        (
            "a direct payment please - my son would rather the council did it, it's my choice",
            "direct_payment",
        ),
        (
            "Council to arrange it. Her son wants direct payments but she doesn't",
            "council_managed",
        ),
    ],
)
def test_the_budget_choice_turned_down_or_someone_elses(said: str, expected: str) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is not None
    assert plan.personal_budget.management is not None
    assert plan.personal_budget.management.value == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("My son wants a direct payment", "direct_payment"),
        ("A bit of both - my wife thinks so too", "mixed"),
        ("Not a direct payment, the council please", "council_managed"),
    ],
)
def test_the_budget_choice_guards(said: str, expected: str) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is not None
    assert plan.personal_budget.management is not None
    assert plan.personal_budget.management.value == expected


# --- "I don't know" to a question of a set shape is asked once more ------------------------------


@pytest.mark.parametrize(
    ("answers", "check"),
    [
        (
            {"review_when": "no idea", "review_when!": "in 8 weeks"},
            lambda p: p.review.first_review_on == date(2027, 1, 18),
        ),
        (
            {"indicative_budget": "not sure", "indicative_budget!": "letter says £210 a week"},
            lambda p: p.personal_budget.indicative_amount == Decimal("210.00"),
        ),
        (
            {"sd_understanding": "idk", "sd_understanding!": "yes, it all goes over my head"},
            lambda p: p.advocacy.substantial_difficulty.understanding is True,
        ),
        (
            {"management": "I don't know", "management!": "the council can do it"},
            lambda p: p.personal_budget.management == "council_managed",
        ),
        (
            {"formats": "dunno", "formats!": "email is best"},
            lambda p: [f.value for f in p.person.communication.formats] == ["email"],
        ),
    ],
)
def test_not_knowing_a_set_shape_answer_is_asked_once_more(answers: dict, check: Any) -> None:
    assert check(plan_after(**answers))


def test_not_knowing_hours_is_asked_once_more() -> None:
    plan = carer_plan_after(carer_hours="dunno", **{"carer_hours!": "his mum reckons about 15"})
    assert plan.carers[0].hours_per_week == Decimal(15)


@pytest.mark.parametrize("said", ["skip", "rather not say", "pass"])
def test_a_skip_is_still_no_question_again(said: str) -> None:
    _, plan, asked = run({**SIMPLE_PERSON, "review_when": said, "review_when!": "in 8 weeks"})
    assert plan.review is None or plan.review.first_review_on is None
    assert asked.count("review_when") == 1


def test_not_knowing_twice_moves_on() -> None:
    plan = plan_after(review_when="dunno", **{"review_when!": "dunno"})
    assert plan.review is None or plan.review.first_review_on is None


def test_not_knowing_in_words_kept_as_said_is_still_skipped() -> None:
    state, plan, _ = run({**SIMPLE_PERSON, "what_matters": "don't know"})
    assert not plan.person.what_matters_to_me
    assert state.answers["what_matters"].status == "skipped"


# --- who receives a direct payment -----------------------------------------------------------

MUM_ANSWERING = {
    "consent": "yes",
    "plan_for": "it's for my son",
    "name": "Dan Webb",
    "answerer": "Rose Webb, his mum",
    "management": "direct payment",
}


def _recipient(said: str, audience: str = "carer") -> tuple[str | None, str | None]:
    script = MUM_ANSWERING if audience == "carer" else {**SIMPLE_PERSON, "helper": "no"}
    script = {**script, "management": "direct payment", "dp_recipient": said}
    _, plan, _ = run(script, plan=Plan(), audience=audience)
    dp = plan.direct_payment
    if dp is None or dp.recipient is None:
        return None, None
    return dp.recipient.value, dp.recipient_name


@pytest.mark.parametrize(
    "said",
    [
        "Me. Dan can't manage money or sign anything himself, so it has to be me",
        "me - he lacks capacity for money, the LD team assessed him",
        "Mum would, as he isn't able to understand what a direct payment is",
        "Me, his mum. Capacity assessment done in October, he couldn't weigh it up",
        "I will - best interests decision, he cannot agree to it himself",
    ],
)
def test_someone_receiving_it_for_a_person_who_cannot_is_authorised(said: str) -> None:
    assert _recipient(said)[0] == "authorised_person"


@pytest.mark.parametrize(
    "said", ["Me", "me, he agrees", "I'll do it, he hates paperwork", "Me. Dan's happy with that"]
)
def test_someone_receiving_it_for_a_person_who_could_is_still_a_nominee(said: str) -> None:
    assert _recipient(said) == ("nominee", "Rose Webb")


@pytest.mark.parametrize(
    "said",
    [
        "Me. I want to manage it myself, I do not want my dad in charge of it",
        "myself - not my sister, she'd spend it",
        "I'll do it. My son offered but no",
        "me, my daughter can help with forms but it's my money",
        "I will, not my husband",
    ],
)
def test_the_person_saying_me_first_receives_it(said: str) -> None:
    assert _recipient(said, audience="person")[0] == "person"


@pytest.mark.parametrize("said", ["My son Dave will do it for me", "me and my son together"])
def test_someone_else_named_first_is_still_a_nominee(said: str) -> None:
    assert _recipient(said, audience="person")[0] == "nominee"


def test_a_helper_saying_me_is_not_the_person() -> None:
    script = {
        **SIMPLE_PERSON,
        "helper": "Me, Tariq, her son",
        "management": "direct payment",
        "dp_recipient": "Me. Mum can't see to do the paperwork",
    }
    _, plan, _ = run(script, plan=Plan())
    assert plan.direct_payment is None or plan.direct_payment.recipient != "person"


# --- someone paid to care or support is no appropriate person -----------------------------------


def _appropriate(said: str) -> str | None:
    script = {**MUM_ANSWERING, "sd_retaining": "yes", "appropriate_person": said}
    _, plan, _ = run(script, plan=Plan(), audience="carer")
    return plan.advocacy.appropriate_person_id if plan.advocacy else None


@pytest.mark.parametrize(
    "said",
    [
        "his keyworker Sam? (Sam: I'm paid to support him, so it can't be me)",
        "Maybe Lorraine from the agency, but she's paid to look after him",
        "his PA Gemma - though she is paid by the direct payment",
        "Bev, his paid carer",
        "Tom his support worker, but he gets paid so probably not",
    ],
)
def test_someone_paid_to_care_is_no_appropriate_person(said: str) -> None:
    assert _appropriate(said) is None


@pytest.mark.parametrize(
    "said",
    ["Me. I'm not paid a penny", "his brother Reece, he isn't paid", "Me, I don't get paid for it"],
)
def test_someone_unpaid_is_still_the_appropriate_person(said: str) -> None:
    assert _appropriate(said) is not None
