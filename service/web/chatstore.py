"""Saving a conversation after every turn, and writing the agreed plan to the store.

The conversation engine is pure; this module is its persistence for the pages. The working plan
stays with the conversation until the person confirms it; confirming creates the plan in the
store (or a new revision of it, if they confirm again after changing an answer).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import Http404, HttpRequest

from service.conversation import ConversationState
from service.plan import Plan
from service.store import services
from service.store.access import can_create, user_role
from service.store.audit import audit_record
from service.store.models import AuditAction, PlanAccess, PlanRecord, Role, Source
from service.web.models import ChatConversation


def load(request: HttpRequest, token: str) -> ChatConversation:
    """The conversation behind a link. One started while signed in belongs to that account:
    anyone else (or nobody signed in) gets 404, as for a link that does not exist."""
    convo = ChatConversation.objects.filter(token=token).first()
    if convo is None or (convo.user_id is not None and convo.user_id != request.user.pk):
        raise Http404("No such conversation")
    _follow_display(request, convo)
    if convo.record is not None and request.method == "GET":
        audit_record(request.user, AuditAction.read, convo.record, detail={"page": request.path})
    return convo


def _follow_display(request: HttpRequest, convo: ChatConversation) -> None:
    """The easy-read switch changes the conversation's wording from the next screen on."""
    wanted = bool(getattr(getattr(request, "display", None), "easy_read", False))
    if bool(convo.state.get("easy_read")) != wanted:
        convo.state = {**convo.state, "easy_read": wanted}
        convo.save(update_fields=["state", "updated_at"])


def state_of(convo: ChatConversation) -> ConversationState:
    return ConversationState.model_validate(convo.state)


def plan_of(convo: ChatConversation) -> Plan:
    return Plan.model_validate(convo.plan)


def save(convo: ChatConversation, state: ConversationState, plan: Plan) -> None:
    convo.state = state.model_dump(mode="json")
    convo.plan = plan.to_json()
    convo.save(update_fields=["state", "plan", "updated_at"])


def create(request: HttpRequest, audience: str, state: ConversationState, plan: Plan) -> Any:
    user = request.user if request.user.is_authenticated else None
    return ChatConversation.objects.create(
        user=user, audience=audience, state=state.model_dump(mode="json"), plan=plan.to_json()
    )


def _actor(convo: ChatConversation) -> Any:
    # Someone who may create plans writes as themselves; a link holder writes as the system,
    # on behalf of the person who holds the link (the revision says it came from a conversation).
    return convo.user if convo.user is not None and can_create(convo.user) else None


@transaction.atomic
def commit(convo: ChatConversation, plan: Plan) -> PlanRecord:
    """Write the confirmed plan to the store; the person (or carer) keeps access to it."""
    reason = "Agreed by the person after reviewing their answers"
    actor = _actor(convo)
    if convo.record is None:
        own = convo.user if user_role(convo.user) == Role.person else None
        record = services.plan_create(
            plan=plan, actor=actor, source=Source.conversation, reason=reason, person_user=own
        )
        _invite_helper(convo, record)
    else:
        current = convo.record
        current.refresh_from_db()
        record = services.plan_update(
            plan_id=current.public_id, plan=plan, base_revision=current.revision,
            actor=actor if actor is None else convo.user, source=Source.conversation, reason=reason,
        )  # fmt: skip
    convo.record = record
    convo.save(update_fields=["record", "updated_at"])
    return record


def _invite_helper(convo: ChatConversation, record: PlanRecord) -> None:
    role = user_role(convo.user)
    if convo.user is not None and role in (Role.carer, Role.advocate):
        services.plan_access_grant(
            plan_id=record.public_id, user=convo.user, role=PlanAccess.AccessRole(role), actor=None
        )
