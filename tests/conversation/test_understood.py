""" "We noted": each answer's facts told back in words the person can check, so a wrong fact is
seen and that answer changed before the plan is agreed. The wording is data
(prompts/understood.yaml); these tests hold the file to the flow and the schema's lists."""

from __future__ import annotations

from typing import Any

import pytest

from service.conversation import answer, last_answered, start, summary
from service.conversation.flow import load_flow
from service.conversation.state import AcceptedFact
from service.conversation.understood import describe, key_of, wording
from service.plan import Plan
from service.plan.enums import (
    BudgetManagement,
    CommunicationFormat,
    DirectPaymentRecipient,
    InvolvementRole,
    Period,
    PlanType,
    StrengthKind,
)
from tests.conversation.helpers import TODAY, run

BASE = {"consent": "yes", "name": "Rosa Diaz", "helper": "no"}


def _fact(path: str, value: Any) -> AcceptedFact:
    return AcceptedFact(path=path, value=value, quote="")


# --- the wording file is complete -----------------------------------------------------------


def test_every_path_a_question_fills_has_words() -> None:
    fills = {key_of(p) for q in load_flow().questions for p in q.fills}
    missing = sorted(p for p in fills if p not in wording().facts)
    assert missing == []


@pytest.mark.parametrize(
    ("group", "enum"),
    [
        ("format", CommunicationFormat),
        ("role", InvolvementRole),
        ("management", BudgetManagement),
        ("recipient", DirectPaymentRecipient),
        ("period", Period),
        ("strength_kind", StrengthKind),
        ("plan_type", PlanType),
    ],
)
def test_every_coded_value_has_words(group: str, enum: Any) -> None:
    assert set(wording().words[group]) == {m.value for m in enum}


def test_every_words_group_named_exists() -> None:
    legal = {"wellbeing_domain", "eligibility_outcome", "unable_reason"}
    named = {f.words for f in wording().facts.values() if f.words}
    named |= set(wording().item_words.values())
    assert named - legal - set(wording().words) == set()


# --- lines ----------------------------------------------------------------------------------


def test_a_network_item_is_one_line_in_the_order_a_person_reads_it() -> None:
    item = {"id": "net-1", "name": "Karen", "relationship": "mother", "when": "every Sunday",
            "helps_with": "does my shopping"}  # fmt: skip
    assert describe([_fact("network[0]", item)], "person", {}) == [
        "Someone who helps you: Karen; mother; does my shopping; every Sunday"
    ]


def test_empty_fields_are_left_out_not_shown_as_gaps() -> None:
    item = {"id": "net-1", "name": "Karen", "relationship": None, "helps_with": ""}
    assert describe([_fact("network[0]", item)], "person", {}) == ["Someone who helps you: Karen"]


def test_legal_lists_use_their_plain_wording() -> None:
    need = {"id": "need-1", "description": "cooking", "eligibility_outcomes": [
        "managing_and_maintaining_nutrition"]}  # fmt: skip
    line = describe([_fact("needs[0]", need)], "person", {})[0]
    assert line.startswith("Something you need help with: cooking; ")
    assert "managing_and_maintaining_nutrition" not in line  # the slug is never shown


def test_an_unknown_slug_is_shown_as_it_is_rather_than_hidden() -> None:
    item = {"domain": "not_a_domain", "impact": "lonely"}
    assert describe([_fact("wellbeing[0]", item)], "person", {}) == [
        "How life is for you: not_a_domain; lonely"
    ]


def test_yes_no_money_dates_and_hours_read_as_words() -> None:
    lines = describe(
        [
            _fact("direct_payment.employs_personal_assistant", True),
            _fact("personal_budget.indicative_amount", "1370.5"),
            _fact("review.first_review_on", "2027-01-04"),
            _fact("carer_profile.hours_per_week", "10.50"),
            _fact("carer_profile.hours_per_week", "20.00"),
        ],
        "person",
        {},
    )
    assert lines == [
        "You will employ a personal assistant: yes",
        "Your budget: £1,370.50",
        "First check of your plan: Monday 4 January 2027",
        "Hours you care each week: 10.5 hours",
        "Hours you care each week: 20 hours",
    ]


def test_ids_are_shown_as_what_they_point_at() -> None:
    data = {"needs": [{"id": "need-1", "description": "getting up"},
                      {"id": "need-2", "description": "cooking"}],
            "involvement": {"people": [{"id": "inv-1", "name": "Mary"}]}}  # fmt: skip
    lines = describe(
        [_fact("direct_payment.need_ids", ["need-2", "need-1"]),
         _fact("advocacy.appropriate_person_id", "inv-1")],
        "person", data,
    )  # fmt: skip
    assert lines == [
        "Paid for by your direct payment: cooking, getting up",
        "Someone to support you to take part: Mary",
    ]


def test_a_fact_about_one_item_names_the_item() -> None:
    data = {"needs": [{"id": "need-1", "description": "getting up"},
                      {"id": "need-2", "description": "cooking"}]}  # fmt: skip
    reason = ["endangers_safety"]
    lines = describe(
        [_fact("needs[0].unable_reason", reason), _fact("needs[1].unable_reason", reason)],
        "person", data,
    )  # fmt: skip
    assert lines[0].startswith("Why it is hard (getting up): ")
    assert lines[1].startswith("Why it is hard (cooking): ")


def test_voices() -> None:
    fact = [_fact("strengths[0]", {"description": "I'm organised", "kind": "personal"})]
    person, practitioner, easy = (describe(fact, v, {})[0] for v in
                                  ("person", "practitioner", "easy_read"))  # fmt: skip
    assert person.startswith("Something you are good at or have: I'm organised")
    assert practitioner.startswith("Strength: I'm organised")
    assert easy.startswith("A good thing about you: I'm organised")


def test_a_path_with_no_words_falls_back_and_an_empty_value_is_not_shown() -> None:
    lines = describe([_fact("somewhere.new", "kept"), _fact("person.good_day", "")], "person", {})
    assert lines == ["Also noted: kept"]


# --- in the conversation --------------------------------------------------------------------


def test_each_answer_says_what_it_noted() -> None:
    state, _ = start("person", Plan(), today=TODAY)
    plan = Plan()
    for qid, said in [("consent", "yes"), ("name", "Rosa Diaz")]:
        state, plan, result = answer(state, plan, qid, text=said)
    assert result.noted == ["Your name: Rosa Diaz"]
    assert describe(result.accepted, "person", plan.to_json()) == result.noted


def test_a_skipped_answer_notes_nothing() -> None:
    state, _ = start("person", Plan(), today=TODAY)
    state, plan, _ = answer(state, Plan(), "consent", text="yes")
    state, plan, result = answer(state, plan, "name", text="skip")
    assert result.noted == []


def test_summary_items_carry_what_was_noted() -> None:
    state, plan, _ = run({**BASE, "network": "my son Luis takes me shopping on Fridays"})
    items = [
        i for s in summary(state, plan).sections for i in s.items if i.question_id == "network"
    ]
    assert len(items) == 1
    assert any(line.startswith("Someone who helps you: Luis; son") for line in items[0].noted)


def test_last_answered_is_the_latest_answer_not_the_question_asked_now() -> None:
    state, _ = start("person", Plan(), today=TODAY)
    assert last_answered(state, Plan()) is None
    state, plan, _ = answer(state, Plan(), "consent", text="yes")
    state, plan, _ = answer(state, plan, "name", text="Rosa Diaz")
    latest = last_answered(state, plan)
    assert latest is not None and latest.question_id == "name"
    assert latest.noted == ["Your name: Rosa Diaz"]
    state, plan, _ = answer(state, plan, state.current or "", text="skip")  # skipped: not "noted"
    latest = last_answered(state, plan)
    assert latest is not None and latest.question_id == "name"
