"""Evaluate a question's ``when`` (see ``flow.py`` for the grammar) against answers and plan."""

from __future__ import annotations

from typing import Any

from service.conversation import paths
from service.conversation.state import ConversationState


def holds(cond: dict[str, Any] | None, state: ConversationState, data: dict[str, Any]) -> bool:
    if not cond:
        return True
    if "all" in cond:
        return all(holds(c, state, data) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, state, data) for c in cond["any"])
    if "not" in cond:
        return not holds(cond["not"], state, data)
    if "audience" in cond:
        return state.audience in cond["audience"]
    if "new_plan" in cond:
        return state.new_plan == bool(cond["new_plan"])
    if "answer" in cond:
        return _answer(cond, state)
    if "plan" in cond:
        return _plan(cond, paths.get(data, cond["plan"]))
    raise ValueError(f"unknown condition {cond!r}")


def _answer(cond: dict[str, Any], state: ConversationState) -> bool:
    record = state.answers.get(cond["answer"])
    want = cond.get("is", "answered")
    if want == "answered":
        return record is not None and record.status == "answered"
    if want == "skipped":
        return record is not None and record.status == "skipped"
    return record is not None and record.status == "answered" and record.value == want


def _plan(cond: dict[str, Any], value: Any) -> bool:
    if "known" in cond:
        return paths.is_known(value) == bool(cond["known"])
    if "in" in cond:
        return value in cond["in"]
    if "any_true" in cond:
        return isinstance(value, dict) and any(v is True for v in value.values()) == bool(
            cond["any_true"]
        )
    raise ValueError(f"unknown plan condition {cond!r}")
