"""Conversations in the store: the engine's state JSON, saved after every turn, next to its plan.

``ConversationRecord`` keeps ``service.conversation.ConversationState`` as JSON and a ``version``
for optimistic locking. Each answer is one transaction: the plan's new revision (source
``conversation``, based on the revision the turn read) and the conversation's next version are
written together, or neither is. Two answers racing for the same turn cannot both win: one gets
``StaleRevision`` or ``Conflict`` (409), never a merged or lost answer.

The conversation is visible to exactly the people who can see its plan.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from service.conversation import ConversationState, engine
from service.conversation.state import AnswerResult, Audience, Reply, Summary
from service.errors import Conflict, NotFound, StaleRevision
from service.plan import Plan
from service.store import selectors, services
from service.store.models import PlanRecord, Source


class ConversationRecord(models.Model):
    public_id = models.CharField(max_length=40, unique=True)
    plan = models.ForeignKey(PlanRecord, on_delete=models.PROTECT, related_name="conversations")
    audience = models.CharField(max_length=20)
    state = models.JSONField()
    version = models.PositiveIntegerField(default=1)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "store"
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return f"{self.public_id} v{self.version}"

    @property
    def conversation_state(self) -> ConversationState:
        return ConversationState.model_validate(self.state)


def _new_id() -> str:
    return f"conv-{secrets.token_hex(6)}"


# --- reads -----------------------------------------------------------------------------------


def conversation_get(actor: Any, conversation_id: str) -> ConversationRecord:
    """The conversation if ``actor`` may see its plan; ``NotFound`` otherwise (ids cannot be probed)."""
    missing = NotFound(
        f"There is no conversation {conversation_id!r}", {"conversation_id": conversation_id}
    )
    record = (
        ConversationRecord.objects.select_related("plan")
        .filter(public_id=str(conversation_id))
        .first()
    )
    if record is None:
        raise missing
    try:
        selectors.plan_get_for_user(actor, record.plan.public_id)
    except NotFound:
        raise missing from None
    return record


def conversation_plan(record: ConversationRecord) -> Plan:
    return selectors.plan_current(record.plan)


def conversation_summary(actor: Any, conversation_id: str) -> Summary:
    record = conversation_get(actor, conversation_id)
    return engine.summary(record.conversation_state, conversation_plan(record))


# --- writes ----------------------------------------------------------------------------------


def conversation_start(
    *, actor: Any, audience: Audience, plan_id: str | None = None, easy_read: bool = False
) -> tuple[ConversationRecord, Reply]:
    """Start a conversation on an existing plan, or on a new empty plan (revision 1)."""
    if plan_id is None:
        plan_record = services.plan_create(plan=Plan(), actor=actor, source=Source.conversation,
                                           reason="Started a guided conversation")  # fmt: skip
        new_plan = True
    else:
        plan_record = selectors.plan_get_for_user(actor, plan_id)
        new_plan = False
    state, reply = engine.start(audience, selectors.plan_current(plan_record), easy_read=easy_read,
                                today=timezone.localdate(), new_plan=new_plan)  # fmt: skip
    record = ConversationRecord.objects.create(
        public_id=_new_id(), plan=plan_record, audience=audience,
        state=state.model_dump(mode="json"), started_by=_user(actor),
    )  # fmt: skip
    return record, reply


def conversation_answer(
    *, actor: Any, conversation_id: str, question_id: str, text: str | None = None, value: Any = None,
    proposer: engine.Proposer | None = None,
) -> tuple[ConversationRecord, AnswerResult]:  # fmt: skip
    def step(state: ConversationState, plan: Plan) -> tuple[ConversationState, Plan, AnswerResult]:
        return engine.answer(state, plan, question_id, text=text, value=value, proposer=proposer)

    return _turn(actor, conversation_id, step, f"Answer to '{question_id}'")


def conversation_back(
    *, actor: Any, conversation_id: str, question_id: str | None = None
) -> tuple[ConversationRecord, Reply]:
    def step(state: ConversationState, plan: Plan) -> tuple[ConversationState, Plan, Reply]:
        new_state, reply = engine.back(state, plan, question_id)
        return new_state, plan, reply

    return _turn(actor, conversation_id, step, "Went back to change an answer")


def conversation_confirm(*, actor: Any, conversation_id: str) -> tuple[ConversationRecord, Reply]:
    return _turn(actor, conversation_id, engine.confirm, "Answers checked and confirmed")


def _turn(
    actor: Any, conversation_id: str, step: Callable[[ConversationState, Plan], Any], reason: str
) -> Any:
    """Run one turn and save it. If someone else changed the plan meanwhile (a practitioner's
    edit) but not this conversation, the turn is run once more on the new plan, so neither the
    edit nor the answer is lost; if the conversation itself moved on, the answer is refused."""
    try:
        return _turn_once(actor, conversation_id, step, reason)
    except StaleRevision:
        return _turn_once(actor, conversation_id, step, reason)


def _turn_once(
    actor: Any, conversation_id: str, step: Callable[[ConversationState, Plan], Any], reason: str
) -> Any:
    record = conversation_get(actor, conversation_id)
    base_version, base_revision = record.version, record.plan.revision
    before = selectors.plan_current(record.plan)
    state, plan, reply = step(record.conversation_state, before)
    with transaction.atomic():
        claimed = ConversationRecord.objects.filter(pk=record.pk, version=base_version).update(
            state=state.model_dump(mode="json"), version=base_version + 1, updated_at=timezone.now()
        )
        if not claimed:  # another answer to this turn was saved first: this one is refused whole
            raise Conflict(
                "This conversation moved on while this answer was sent. Reload it and answer again."
            )
        if plan.to_json() != before.to_json():  # StaleRevision rolls the state update back too
            services.plan_update(plan_id=record.plan.public_id, plan=plan, base_revision=base_revision,
                                 actor=actor, source=Source.conversation, reason=reason)  # fmt: skip
    record.refresh_from_db()
    return record, reply


def _user(actor: Any) -> Any:
    return actor if actor is not None and getattr(actor, "is_authenticated", False) else None


def current_view(state: ConversationState, plan: Plan) -> dict[str, Any]:
    """The waiting question (or none) and progress, as a resumed page or client shows them."""
    flow, data = engine.load_flow(), plan.to_json()
    question = (
        engine.view(flow, flow.question(state.current), state, data) if state.current else None
    )
    return {"question": question, "progress": engine.progress(flow, state, data)}
