"""Drive a conversation from a script of answers keyed by question id."""

from __future__ import annotations

from datetime import date
from typing import Any

from service.conversation import ConversationState, answer, start
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
