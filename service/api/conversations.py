"""The guided conversation over HTTP (mount at ``/conversations``).

    POST /api/conversations                     {audience, plan_id?, easy_read?} -> 201
    POST /api/conversations/{id}/answers        {question_id, text? | value?}
    POST /api/conversations/{id}/back           {question_id?}
    GET  /api/conversations/{id}                transcript and state
    GET  /api/conversations/{id}/summary
    POST /api/conversations/{id}/confirm

Every answer saves the plan as a new revision (source ``conversation``) and the conversation's
state, in one transaction. Answering a question that is not the current one, or a second answer
racing the first, gets 409; an empty answer or one over 5,000 characters gets 422.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Path, Router, Schema
from ninja.responses import Status
from pydantic import Field, model_validator

from service.api.schemas import ErrorOut
from service.conversation import MAX_ANSWER
from service.conversation.engine import Proposer
from service.conversation.llm import LlmUnavailable
from service.conversation.state import AcceptedFact, Progress, QuestionView, Summary, Turn
from service.llm import proposer_from_env
from service.store import conversations as store
from service.store.audit import audit_record
from service.store.models import AuditAction

log = logging.getLogger(__name__)
router = Router(tags=["conversations"])
ConversationId = Annotated[str, Path(max_length=64)]
ERRORS: dict[int, Any] = {k: ErrorOut for k in (401, 403, 404, 409, 413, 422)}


class StartIn(Schema):
    audience: Literal["person", "carer", "advocate", "practitioner"]
    plan_id: str | None = Field(default=None, max_length=64)
    easy_read: bool = False


class AnswerIn(Schema):
    question_id: str = Field(max_length=64)
    text: str | None = Field(
        default=None, description=f"The answer in words (up to {MAX_ANSWER:,} characters)"
    )
    value: Any = Field(
        default=None, description="Or a value: true/false, a choice, a list, an amount or a date"
    )

    @model_validator(mode="after")
    def _one_of(self) -> AnswerIn:
        if self.text is not None and self.value is not None:
            raise ValueError("Send the answer as text or as value, not both")
        return self


class BackIn(Schema):
    question_id: str | None = Field(default=None, max_length=64)


class ReplyOut(Schema):
    id: str
    plan_id: str
    plan_revision: int
    messages: list[str]
    question: QuestionView | None = Field(description="null when every question is done")
    progress: Progress


class AnswerOut(ReplyOut):
    accepted: list[AcceptedFact]
    rejected: list[AcceptedFact] = Field(description="LLM proposals not grounded in the answer")
    noted: list[str] = Field(description="`accepted` in words to show the person, one line a fact")
    clarify: str | None


class ConversationOut(Schema):
    id: str
    plan_id: str
    plan_revision: int
    audience: str
    version: int
    question: QuestionView | None
    progress: Progress
    transcript: list[Turn]
    state: dict[str, Any] = Field(
        description="The engine's full state (answers, history, provenance of each fact)"
    )


@cache
def _proposer() -> Proposer | None:
    """None unless CAREPLAN_LLM is set. A misconfigured LLM is logged once and the conversation
    goes on with the rules alone: a person's answers never fail because of it."""
    try:
        return proposer_from_env()
    except LlmUnavailable as error:
        log.error("CAREPLAN_LLM ignored: %s", error)
        return None


def _reply(record: store.ConversationRecord, reply: Any, **extra: Any) -> dict[str, Any]:
    return {"id": record.public_id, "plan_id": record.plan.public_id, "plan_revision": record.plan.revision,
            **reply.model_dump(), **extra}  # fmt: skip


@router.post("", response={201: ReplyOut, **ERRORS})
def start(request: HttpRequest, body: StartIn) -> Status[Any]:
    record, reply = store.conversation_start(actor=request.user, audience=body.audience,
                                             plan_id=body.plan_id, easy_read=body.easy_read)  # fmt: skip
    return Status(201, _reply(record, reply))


@router.post("/{conversation_id}/answers", response={200: AnswerOut, **ERRORS})
def answer(request: HttpRequest, conversation_id: ConversationId, body: AnswerIn) -> dict[str, Any]:
    record, result = store.conversation_answer(
        actor=request.user, conversation_id=conversation_id, question_id=body.question_id,
        text=body.text, value=body.value, proposer=_proposer(),
    )  # fmt: skip
    return _reply(record, result)


@router.post("/{conversation_id}/back", response={200: ReplyOut, **ERRORS})
def back(request: HttpRequest, conversation_id: ConversationId, body: BackIn) -> dict[str, Any]:
    record, reply = store.conversation_back(actor=request.user, conversation_id=conversation_id,
                                            question_id=body.question_id)  # fmt: skip
    return _reply(record, reply)


@router.get("/{conversation_id}", response={200: ConversationOut, **ERRORS})
def get(request: HttpRequest, conversation_id: ConversationId) -> dict[str, Any]:
    record = store.conversation_get(request.user, conversation_id)
    audit_record(
        request.user, AuditAction.read, record.plan, detail={"conversation": record.public_id}
    )
    state, plan = record.conversation_state, store.conversation_plan(record)
    return {"id": record.public_id, "plan_id": record.plan.public_id, "plan_revision": record.plan.revision,
            "audience": record.audience, "version": record.version, "transcript": state.transcript,
            "state": record.state, **store.current_view(state, plan)}  # fmt: skip


@router.get("/{conversation_id}/summary", response={200: Summary, **ERRORS})
def summary(request: HttpRequest, conversation_id: ConversationId) -> Summary:
    record = store.conversation_get(request.user, conversation_id)
    audit_record(
        request.user,
        AuditAction.read,
        record.plan,
        detail={"conversation": record.public_id, "summary": True},
    )
    return store.conversation_summary(request.user, conversation_id)


@router.post("/{conversation_id}/confirm", response={200: ReplyOut, **ERRORS})
def confirm(request: HttpRequest, conversation_id: ConversationId) -> dict[str, Any]:
    record, reply = store.conversation_confirm(actor=request.user, conversation_id=conversation_id)
    return _reply(record, reply)
