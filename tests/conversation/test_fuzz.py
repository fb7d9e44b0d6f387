"""Whatever a person types, the conversation either asks again (422/clarify) or writes facts that
keep the plan valid, and each fact's quote is words from that answer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.conversation import answer, start
from service.conversation.flow import load_flow
from service.errors import InvalidInput
from service.plan import Plan, parse_plan
from tests.conversation.helpers import TODAY

QUESTIONS = [q.id for q in load_flow().questions]
_VOCABULARY = (
    "yes no my daughter Mary £40 a week every Tuesday 3rd March skip cleaning shopping and , . "
    "I can't nobody Jim next door 07700 900123 in 6 weeks hours direct payment council "
    "PA sometimes don't know"
)
WORDS = st.sampled_from(_VOCABULARY.split(" "))
ANSWERS = st.one_of(st.text(max_size=80), st.lists(WORDS, min_size=1, max_size=12).map(" ".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANSWERS, min_size=1, max_size=25))
def test_any_answers_keep_the_plan_valid(said: list[str]) -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan, result = answer(state, plan, "consent", text="yes")
    question = result.question
    for text in said:
        if question is None:
            break
        try:
            state, plan, result = answer(state, plan, question.id, text=text)
        except InvalidInput:
            assert not text.strip() or len(text) > 5000
            continue
        parse_plan(plan.to_json())
        for fact in result.accepted:
            assert fact.quote.strip().lower() in text.strip().lower() or fact.quote == "confirm"
        question = result.question
