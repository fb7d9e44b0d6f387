"""The audit trail: who read, wrote or exported which plan, when.

Call ``audit_record`` for every read, write and export of a plan. Store services record writes
themselves (in the same transaction as the revision); reads are recorded by the edge that served
them (the API, a page) and exports by the documents service. Managers read the trail through
``audit_for_plan`` / ``audit_list``.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from service.store.models import AuditAction, AuditEvent, PlanRecord


def audit_record(
    actor: Any,
    action: AuditAction | str,
    plan: PlanRecord | None = None,
    *,
    revision: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Store one audit event. ``actor`` may be ``None`` for the system (demo loading, imports)."""
    who = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=who,
        action=AuditAction(action),
        plan=plan,
        revision=revision if revision is not None else (plan.revision if plan else None),
        detail=_without_nul(detail or {}),
    )


def _without_nul(value: Any) -> Any:
    # Details often echo what a user typed (a search, a reason); PostgreSQL's jsonb refuses NUL,
    # and an audit event must never be the reason a request fails.
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(str(k)): _without_nul(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_nul(v) for v in value]
    return value


def audit_for_plan(plan: PlanRecord) -> QuerySet[AuditEvent]:
    """A plan's trail, newest first, with the actor loaded for display."""
    return AuditEvent.objects.filter(plan=plan).select_related("actor")


def audit_list(*, actor: Any = None, action: str | None = None) -> QuerySet[AuditEvent]:
    """The whole trail, newest first, optionally for one actor and/or one action."""
    events = AuditEvent.objects.select_related("actor", "plan")
    if actor is not None:
        events = events.filter(actor=actor)
    return events.filter(action=action) if action else events
