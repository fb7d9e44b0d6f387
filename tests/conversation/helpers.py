"""Drive a conversation from a script of answers keyed by question id."""

from __future__ import annotations

from datetime import date
from typing import Any

from service.conversation import ConversationState, answer, start
from service.conversation.understand_people import mentions
from service.plan import Plan

TODAY = date(2026, 11, 23)


def run(
    script: dict[str, str],
    plan: Plan | None = None,
    audience: Any = "person",
    easy_read: bool = False,
) -> tuple[ConversationState, Plan, list[str]]:
    """Answer each question from ``script`` ("skip" when the script has nothing); return the
    final state, plan and the ids of the questions asked."""
    plan = plan or Plan()
    state, reply = start(audience, plan, easy_read=easy_read, today=TODAY)
    asked: list[str] = []
    question = reply.question
    while question is not None:
        asked.append(question.id)
        said = script.get(question.id, "skip")
        state, plan, result = answer(state, plan, question.id, text=said)
        question = result.question
        if result.clarify:  # one clarifying question: answer "skip" to it unless scripted
            state, plan, result = answer(
                state, plan, question.id, text=script.get(f"{question.id}!", "skip")
            )
            question = result.question
    return state, plan, asked


# --- one answer's facts, for the wellbeing, outcome and strength tests of each round ----------

WELLBEING_BASE = {"consent": "yes", "name": "Ann Lee", "helper": "no"}
HEALTH = "physical_and_mental_health"
FAMILY = "domestic_family_and_personal_relationships"
SOCIAL = "social_and_economic_wellbeing"
HOME = "suitability_of_living_accommodation"
CONTROL = "control_over_day_to_day_life"
DIGNITY = "personal_dignity"
WORK = "participation_in_work_education_training_recreation"
SAFETY = "protection_from_abuse_and_neglect"


def wellbeing_of(said: str, **earlier: str) -> dict[str, str]:
    """Domain → impact written by one wellbeing answer (after ``earlier`` answers, if any)."""
    _, plan, _ = run({**WELLBEING_BASE, **earlier, "wellbeing": said}, plan=Plan())
    return {w.domain.value: w.impact or "" for w in plan.wellbeing}


def outcomes_of(said: str, **earlier: str) -> list[tuple[str, set[str]]]:
    _, plan, _ = run({**WELLBEING_BASE, **earlier, "outcomes": said}, plan=Plan())
    return [(o.statement, {d.value for d in o.wellbeing_domains}) for o in plan.outcomes]


def strengths_of(said: str, **earlier: str) -> list[tuple[str, str | None]]:
    _, plan, _ = run({**WELLBEING_BASE, **earlier, "strengths": said}, plan=Plan())
    return [(s.description, s.kind.value if s.kind else None) for s in plan.strengths]


SIMPLE_PERSON = {"consent": "yes", "name": "Ann Lee"}
SIMPLE_CARER = {**SIMPLE_PERSON, "has_carer": "yes, my husband Alan"}


def plan_after(**answers: str) -> Plan:
    """The plan after Ann Lee's own answers (the simple-answer rounds' person)."""
    _, plan, _ = run({**SIMPLE_PERSON, **answers}, plan=Plan())
    return plan


def carer_plan_after(**answers: str) -> Plan:
    """The same, once she has said her husband Alan is her carer."""
    _, plan, _ = run({**SIMPLE_CARER, **answers}, plan=Plan())
    return plan


# --- one answer's people, for the people and contacts tests of each round --------------------

PEOPLE_BASE = {"consent": "yes", "name": "Ellen Price"}


def who_of(said: str) -> list[tuple[str | None, str | None]]:
    return [(m.name, m.relationship) for m in mentions(said)]


def people_plan(script: dict[str, str], audience: str = "person") -> Any:
    _, plan, _ = run({**PEOPLE_BASE, **script}, plan=Plan(), audience=audience)
    return plan


def contacts_of(said: str, audience: str = "person", **earlier: str) -> list[tuple[Any, ...]]:
    plan = people_plan({**earlier, "emergency_contacts": said}, audience)
    return [(c.name, c.relationship, c.phone) for c in plan.contingency.emergency_contacts]


def copies_of(said: str, audience: str = "person", **earlier: str) -> list[tuple[Any, ...]]:
    plan = people_plan({**earlier, "copies": said}, audience)
    return [
        (c.name, c.role.value if c.role else None, c.format.value if c.format else None)
        for c in plan.copies
    ]


# --- one answer's network, for the network tests of each round --------------------------------

NETWORK_PERSON = {"consent": "yes", "name": "Ellen Price", "helper": "no"}

NetworkRow = tuple[str | None, str | None, str | None, str | None]


def network_rows(said: str) -> list[NetworkRow]:
    """(name, relationship, helps with, when) of each person one network answer added."""
    _, plan, _ = run({**NETWORK_PERSON, "network": said}, plan=Plan())
    return [(p.name, p.relationship, p.helps_with, p.when) for p in plan.network]


def network_names(said: str) -> list[str | None]:
    return [r[0] for r in network_rows(said)]
