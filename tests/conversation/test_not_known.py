"""After a plain "I don't know" to a question of a set shape, the one follow-up is kind: it does
not say the answer was not understood, it shows how to give a rough answer, and its examples work
when the person uses them. An answer that really was unclear still gets the clarifying wording."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from service.conversation import AnswerResult, answer, start
from service.conversation.engine import _ASKED_AGAIN
from service.conversation.flow import load_flow
from service.plan import Plan
from tests.conversation.helpers import (
    SIMPLE_CARER,
    SIMPLE_PERSON,
    TODAY,
    carer_plan_after,
    plan_after,
)

NOT_UNDERSTOOD = "not sure I understood"


def reply_to(
    target: str, said: str, script: dict[str, str], easy_read: bool = False
) -> AnswerResult:
    """Answer ``script`` ("skip" otherwise) up to ``target``, then say ``said`` to it."""
    plan = Plan()
    state, reply = start("person", plan, easy_read=easy_read, today=TODAY)
    question = reply.question
    while question is not None and question.id != target:
        state, plan, result = answer(state, plan, question.id, text=script.get(question.id, "skip"))
        if result.clarify:
            state, plan, result = answer(state, plan, question.id, text="skip")
        question = result.question
    assert question is not None, f"{target} was never asked"
    return answer(state, plan, target, text=said)[2]


def examples(key: str) -> list[str]:
    """The example answers quoted in a not_known message ('skip' is the way out, not one)."""
    said = load_flow().message(f"not_known.{key}", "person")
    return [e for e in re.findall(r"(?<![A-Za-z])'([^']+)'(?![A-Za-z])", said) if e != "skip"]


@pytest.mark.parametrize("kind", sorted(_ASKED_AGAIN))
@pytest.mark.parametrize("voice", ["person", "practitioner", "easy_read"])
def test_every_kind_asked_again_has_kind_words_in_every_voice(kind: str, voice: Any) -> None:
    said = load_flow().message(f"not_known.{kind}", voice)
    assert "skip" in said.lower()
    assert NOT_UNDERSTOOD not in said


@pytest.mark.parametrize(
    ("target", "script"),
    [
        ("sd_understanding", SIMPLE_PERSON),
        ("review_when", SIMPLE_PERSON),
        ("indicative_budget", SIMPLE_PERSON),
        ("carer_hours", SIMPLE_CARER),
    ],
)
def test_i_dont_know_is_met_kindly_not_as_a_misunderstanding(target: str, script: dict) -> None:
    result = reply_to(target, "I don't know", script)
    assert result.clarify is not None
    assert NOT_UNDERSTOOD not in result.clarify
    assert result.clarify.startswith("That's fine.")
    assert result.question is not None and result.question.id == target


def test_an_unclear_yes_or_no_still_gets_the_clarifying_question() -> None:
    result = reply_to("sd_understanding", "purple", SIMPLE_PERSON)
    assert result.clarify == load_flow().message("clarify.yes_no", "person")


def test_easy_read_gets_the_short_words() -> None:
    result = reply_to("sd_understanding", "dunno", SIMPLE_PERSON, easy_read=True)
    assert result.clarify == load_flow().message("not_known.yes_no", "easy_read")


def test_a_choice_offers_its_choices_by_name() -> None:
    result = reply_to("management", "not sure", SIMPLE_PERSON)
    assert result.clarify is not None and "{choices}" not in result.clarify
    question = result.question
    assert question is not None and question.choices
    assert all(c.text in result.clarify for c in question.choices)


def test_the_money_example_works_when_used() -> None:
    [example] = examples("money")
    plan = plan_after(indicative_budget="no idea", **{"indicative_budget!": example})
    assert plan.personal_budget is not None
    assert plan.personal_budget.indicative_amount == Decimal("100.00")


@pytest.mark.parametrize("example", examples("date"))
def test_each_date_example_works_when_used(example: str) -> None:
    plan = plan_after(review_when="dunno", **{"review_when!": example})
    assert plan.review is not None and plan.review.first_review_on is not None
    assert plan.review.first_review_on > TODAY


def test_the_hours_example_works_when_used() -> None:
    [example] = examples("number")
    plan = carer_plan_after(carer_hours="not sure", **{"carer_hours!": example})
    assert plan.carers[0].hours_per_week == Decimal(10)


def test_the_date_examples_are_the_dates_they_say() -> None:
    got = {
        e: plan_after(review_when="dunno", **{"review_when!": e}).review.first_review_on  # type: ignore[union-attr]
        for e in examples("date")
    }
    assert got == {"in 6 weeks": date(2027, 1, 4), "3rd March": date(2027, 3, 3)}
