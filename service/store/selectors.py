"""Reads from the store. No side effects: recording a read in the audit trail is the caller's job
(``service.store.audit.audit_record``), because only the edge knows a person actually saw it."""

from __future__ import annotations

import re
from typing import Any

from django.db.models import Q, QuerySet

from service.errors import NotFound
from service.plan import Plan
from service.plan.enums import PlanStatus
from service.store.access import can_see, visible_plans
from service.store.jsondoc import DiffEntry, json_diff
from service.store.models import PlanRecord, Revision

PUBLIC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}")
ORDERINGS = {
    "updated": ("-updated_at", "-id"),
    "review": ("review_date", "person_name", "id"),
    "name": ("person_name", "id"),
}


def _not_found(plan_id: str) -> NotFound:
    return NotFound(f"There is no plan {plan_id!r}", {"plan_id": plan_id})


def _record(plan_id: str) -> PlanRecord | None:
    # An id that could never have been issued is not looked up at all: PostgreSQL refuses
    # some strings (a NUL byte) outright, and the answer is "not found" either way.
    if not PUBLIC_ID.fullmatch(str(plan_id)):
        return None
    return PlanRecord.objects.filter(public_id=str(plan_id)).first()


def plan_get(plan_id: str) -> PlanRecord:
    """Any plan by public id, regardless of who asks (system use only)."""
    record = _record(plan_id)
    if record is None:
        raise _not_found(plan_id)
    return record


def plan_get_for_user(user: Any, plan_id: str) -> PlanRecord:
    """The plan if ``user`` may see it; otherwise ``NotFound``, exactly as for a missing plan."""
    record = _record(plan_id)
    if record is None or not can_see(user, record):
        raise _not_found(plan_id)
    return record


def plan_list(
    *, status: PlanStatus | str | None = None, q: str | None = None, order: str = "updated"
) -> QuerySet[PlanRecord]:
    """Every plan (system use: exports, reports). People get ``plan_list_for_user``."""
    return _filtered(PlanRecord.objects.all(), status, q, order)


def plan_list_for_user(
    user: Any,
    *,
    status: PlanStatus | str | None = None,
    q: str | None = None,
    order: str = "updated",
) -> QuerySet[PlanRecord]:
    """Plans ``user`` may see, filtered by status and by a search on name, reference or id."""
    return _filtered(visible_plans(user), status, q, order)


def _filtered(
    plans: QuerySet[PlanRecord], status: PlanStatus | str | None, q: str | None, order: str
) -> QuerySet[PlanRecord]:
    if status:
        plans = plans.filter(status=PlanStatus(status).value)
    if q and q.strip():
        term = q.strip()
        plans = plans.filter(
            Q(person_name__icontains=term)
            | Q(person_reference__icontains=term)
            | Q(public_id__iexact=term)
        )
    return plans.order_by(*ORDERINGS.get(order, ORDERINGS["updated"]))


def revision_list(plan: PlanRecord) -> QuerySet[Revision]:
    """A plan's revisions, oldest first, without loading their snapshots."""
    return plan.revisions.order_by("number").select_related("author").defer("snapshot")


def revision_get(plan: PlanRecord, number: int) -> Revision:
    revision = plan.revisions.select_related("author").filter(number=number).first()
    if revision is None:
        raise NotFound(
            f"Plan {plan.public_id!r} has no revision {number}: it is at revision {plan.revision}",
            {"plan_id": plan.public_id, "current_revision": plan.revision},
        )
    return revision


def plan_current(plan: PlanRecord) -> Plan:
    """The plan as of its current revision."""
    snapshot = (
        Revision.objects.filter(plan=plan, number=plan.revision)
        .values_list("snapshot", flat=True)
        .first()
    )
    if snapshot is None:
        raise _not_found(plan.public_id)
    return Plan.model_validate(snapshot)


def revision_diff(plan: PlanRecord, a: int, b: int) -> list[DiffEntry]:
    """What changed from revision ``a`` to revision ``b`` (either order)."""
    return json_diff(revision_get(plan, a).snapshot, revision_get(plan, b).snapshot)
