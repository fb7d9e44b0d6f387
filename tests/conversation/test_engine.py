"""The state machine: branching, back without stale facts, skip, pre-fill, resume, errors."""

from __future__ import annotations

import pytest

from service.conversation import ConversationState, answer, back, confirm, start, summary
from service.errors import Conflict, InvalidInput
from service.plan import Plan, parse_plan
from tests.conversation.helpers import TODAY, run

FLORENCE = {
    "consent": "yes that's fine",
    "name": "Florence Brown, but call me Flo",
    "helper": "my daughter Mary is here with me",
    "what_matters": "my garden, my cat Tibbles and seeing my grandchildren",
    "needs": "cleaning, shopping and cooking my tea",
    "network": "My daughter Mary does my shopping every Tuesday, and Jim next door checks on me",
    "has_carer": "yes, Mary",
    "carer_hours": "about 2 hours every evening",
    "carer_willing": "yes",
    "indicative_budget": "about £150 a week",
    "management": "council to sort it please",
    "emergency_contacts": "Mary on 07700 900123, or Jim next door",
}


def _to(state: ConversationState, plan: Plan, target: str, script: dict[str, str]):
    """Answer until ``target`` is the current question."""
    while state.current != target:
        state, plan, _result = answer(
            state, plan, state.current, text=script.get(state.current, "skip")
        )
    return state, plan


def test_full_conversation_validates_and_provenance_points_at_turns() -> None:
    state, plan, _ = run(FLORENCE)
    parse_plan(plan.to_json())
    assert plan.person.name == "Florence Brown" and plan.person.preferred_name == "Flo"
    assert [n.description for n in plan.needs] == ["cleaning", "shopping", "cooking my tea"]
    assert plan.carers[0].hours_per_week is not None and str(plan.carers[0].hours_per_week) == "14"
    assert str(plan.personal_budget.indicative_amount) == "150.00"
    for path, entries in plan.provenance.items():
        for entry in entries:
            turn = state.transcript[entry.turn]
            assert turn.role == "user", path
            assert entry.quote and entry.quote.lower() in turn.text.lower(), (
                path,
                entry.quote,
                turn.text,
            )


def test_no_carer_skips_carer_questions() -> None:
    _, plan, asked = run({**FLORENCE, "has_carer": "no, nobody really"})
    assert plan.carers == []
    assert not any(q.startswith("carer_") for q in asked)


def test_direct_payments_lead_to_direct_payment_questions() -> None:
    _, _, asked = run(FLORENCE)
    assert "dp_what_for" not in asked
    _, plan, asked = run({**FLORENCE, "management": "direct payments so I can employ a PA",
                          "dp_what_for": "a PA to help with the cleaning"})  # fmt: skip
    assert {"dp_what_for", "dp_recipient"} <= set(asked)
    assert "dp_employ_pa" not in asked  # already said: a PA (WCAG 3.3.7)
    assert (
        plan.direct_payment is not None and plan.direct_payment.employs_personal_assistant is True
    )
    assert plan.direct_payment.need_ids == ["need-1"]  # the cleaning need


def test_substantial_difficulty_and_nobody_leads_to_advocacy_explanation() -> None:
    script = {
        "consent": "yes",
        "sd_understanding": "yes, I get confused",
        "appropriate_person": "no, there's nobody",
    }
    state, plan, asked = run(script)
    assert "advocate" in asked and "advocacy_explanation" in state.notices_shown
    assert plan.advocacy.substantial_difficulty.understanding is True
    texts = [t.text for t in state.transcript if t.role == "assistant"]
    assert any("independent advocate" in t for t in texts)
    state, _, _ = run({**script, "appropriate_person": "my sister Jean"})
    assert "advocacy_explanation" not in state.notices_shown


def test_back_then_new_answer_leaves_no_stale_or_duplicate_facts() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan = _to(state, plan, "carer_what", FLORENCE)
    state, plan, _ = answer(state, plan, "carer_what", text="She makes my tea")
    assert plan.carers[0].what_they_do == "She makes my tea"
    state, _ = back(state, plan, "needs")
    state, plan, _ = answer(state, plan, "needs", text="shopping and cleaning")
    assert [n.description for n in plan.needs] == ["shopping", "cleaning"]
    assert not any(k.startswith("needs[2]") for k in plan.provenance)
    state, _ = back(state, plan, "has_carer")
    state, plan, _ = answer(state, plan, "has_carer", text="no")
    assert (
        plan.carers == []
        and "carer_what" not in state.answers
        and "carer_hours" not in state.answers
    )
    assert not any(k.startswith("carers") for k in plan.provenance)


def test_back_without_target_goes_to_previous_question() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan, _ = answer(state, plan, "consent", text="yes")
    state, plan, _ = answer(state, plan, "name", text="Jo Bloggs")
    state, reply = back(state, plan)
    assert reply.question is not None and reply.question.id == "name"
    assert reply.question.previous_answer == "Jo Bloggs"
    state, plan, _ = answer(state, plan, "name", text="Joanne Bloggs")
    assert plan.person.name == "Joanne Bloggs" and len(plan.provenance["person.name"]) == 1


def test_skip_leaves_field_null_and_can_be_revisited() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan, _ = answer(state, plan, "consent", text="yes")
    state, plan, result = answer(state, plan, "name", text="I'd rather not say")
    assert plan.person.name is None and state.answers["name"].status == "skipped"
    assert result.question is not None and result.question.id != "name"
    state, _reply = back(state, plan, "name")
    state, plan, _ = answer(state, plan, "name", text="Sam")
    assert plan.person.name == "Sam"


def test_known_facts_are_not_asked_again() -> None:
    plan = parse_plan(
        {"person": {"name": "Daniel Green"}, "needs": [{"id": "need-1", "description": "cooking"}]}
    )
    state, reply = start("practitioner", plan, today=TODAY)
    _, _, asked = run({"consent": "yes"}, plan=plan, audience="practitioner")
    assert "name" not in asked and "needs" not in asked
    assert {"name", "needs"} <= set(state.prefilled) | set(_prefilled_after(plan))
    assert "Daniel Green" in reply.question.text if reply.question else False


def _prefilled_after(plan: Plan) -> list[str]:
    state, _, _ = run({"consent": "yes"}, plan=plan, audience="practitioner")
    return state.prefilled


def test_state_survives_a_restart_mid_conversation() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan = _to(state, plan, "network", FLORENCE)
    saved_state, saved_plan = state.model_dump_json(), plan.model_dump_json()
    resumed = ConversationState.model_validate_json(saved_state)
    resumed_plan = parse_plan(Plan.model_validate_json(saved_plan).to_json())
    s1, p1, r1 = answer(state, plan, "network", text=FLORENCE["network"])
    s2, p2, r2 = answer(resumed, resumed_plan, "network", text=FLORENCE["network"])
    assert p1.to_json() == p2.to_json() and r1 == r2 and s1 == s2


def test_wrong_question_empty_and_overlong_answers_are_refused() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    with pytest.raises(Conflict):
        answer(state, plan, "name", text="Jo")
    with pytest.raises(InvalidInput):
        answer(state, plan, "consent", text="   ")
    with pytest.raises(InvalidInput):
        answer(state, plan, "consent", text="y" * 5001)
    state, plan, _ = answer(state, plan, "consent", text="yes")
    with pytest.raises(Conflict):  # a second, racing answer to the same question
        answer(state, plan, "consent", text="yes")


def test_ambiguous_answer_gets_one_clarifying_question_then_words_are_kept() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan = _to(state, plan, "carer_willing", FLORENCE)
    state, plan, result = answer(
        state, plan, "carer_willing", text="sometimes, it depends on her shifts"
    )
    assert result.clarify and result.question is not None and result.question.id == "carer_willing"
    state, plan, result = answer(state, plan, "carer_willing", text="it depends")
    assert result.clarify is None and plan.carers[0].willing_now is None
    assert "it depends" in (plan.person.views_wishes_feelings_beliefs or "")


def test_no_consent_records_nothing_and_ends() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan, result = answer(state, plan, "consent", text="no thank you")
    assert result.question is None and state.finished and plan.provenance == {}
    with pytest.raises(Conflict):
        confirm(state, plan)


def test_easy_read_and_practitioner_voices() -> None:
    plan = Plan()
    _, easy = start("person", plan, easy_read=True, today=TODAY)
    _, prac = start("practitioner", plan, today=TODAY)
    _, own = start("person", plan, today=TODAY)
    assert easy.question and prac.question and own.question
    assert len(easy.question.text) < len(own.question.text)
    assert "the person" in prac.question.text and "you" in own.question.text


def test_values_from_buttons() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan, _ = answer(state, plan, "consent", value=True)
    state, plan = _to(state, plan, "management", FLORENCE)
    with pytest.raises(InvalidInput):
        answer(state, plan, "management", value="cash_in_hand")
    state, plan, result = answer(state, plan, "management", value="direct_payment")
    assert (
        plan.personal_budget.management is not None
        and plan.personal_budget.management.value == "direct_payment"
    )
    assert result.question is not None and result.question.id == "dp_what_for"


def test_summary_and_confirm() -> None:
    state, plan, _ = run(FLORENCE)
    report = summary(state, plan)
    assert report.finished and any(s.id == "needs" for s in report.sections)
    assert report.skipped  # many questions were skipped in this script
    state, plan, _reply = confirm(state, plan)
    assert state.confirmed and plan.involvement.agreement.steps_taken
    assert "23 November 2026" in plan.involvement.agreement.steps_taken[0]


def test_every_carer_named_is_recorded_and_questions_follow_the_first() -> None:
    plan = Plan()
    state, _ = start("person", plan, today=TODAY)
    state, plan = _to(state, plan, "has_carer", {**FLORENCE, "network": "no one"})
    state, plan, result = answer(
        state, plan, "has_carer", text="my husband John and my daughter Sue"
    )
    assert [(c.name, c.relationship) for c in plan.carers] == [
        ("John", "husband"),
        ("Sue", "daughter"),
    ]
    assert result.question is not None and "John" in result.question.text


def test_me_means_the_person_only_when_the_person_is_answering() -> None:
    script = {**FLORENCE, "management": "direct payments", "dp_recipient": "me"}
    _, own, _ = run(script)
    _, for_someone, _ = run(script, audience="practitioner")
    assert own.direct_payment is not None and own.direct_payment.recipient is not None
    assert own.direct_payment.recipient.value == "person"
    assert for_someone.direct_payment is None  # "me" from a practitioner: asked who, then skipped


def test_a_carer_or_advocate_answering_is_recorded_as_involved() -> None:
    script = {
        "consent": "yes",
        "name": "Jacinta",
        "answerer": "Priya Shah, Jacinta's advocate from Voiceability",
    }
    _, plan, asked = run(script, audience="advocate")
    assert "answerer" in asked and "helper" not in asked
    priya = plan.involvement.people[0]
    assert (priya.name, priya.role.value, priya.organisation) == (
        "Priya Shah",
        "advocate",
        "Voiceability",
    )
    _, _, asked = run({"consent": "yes"})
    assert "answerer" not in asked  # the person themselves is not asked who they are to themselves
