"""The guided conversation: a pure state machine that turns a person's words into plan facts.

    start(audience, plan, easy_read) -> (state, reply)
    answer(state, plan, question_id, text=... | value=..., proposer=None) -> (state, plan, result)
    back(state, plan, question_id=None) -> (state, reply)
    summary(state, plan) -> Summary
    last_answered(state, plan) -> SummaryItem | None   (what was noted from the latest answer)
    confirm(state, plan) -> (state, plan, reply)

The flow's wording and branching live in ``prompts/flow/``; the phrase lexicons in
``prompts/lexicon/``. No Django here: the store saves ``state.model_dump(mode="json")``.
"""

from __future__ import annotations

from service.conversation.engine import (
    MAX_ANSWER,
    Proposer,
    answer,
    back,
    confirm,
    last_answered,
    start,
    summary,
)
from service.conversation.state import AnswerResult, ConversationState, Reply, Summary

__all__ = [
    "MAX_ANSWER", "AnswerResult", "ConversationState", "Proposer", "Reply", "Summary",
    "answer", "back", "confirm", "last_answered", "start", "summary",
]  # fmt: skip
