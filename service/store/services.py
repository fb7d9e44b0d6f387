"""Every change to a plan goes through these functions (HackSoft-style services).

Each write names the revision it is based on. The compare-and-set is one conditional
``UPDATE plan SET revision = base + 1 WHERE id = ? AND revision = base`` inside a transaction,
followed by the insert of the new ``Revision``:

* on PostgreSQL the UPDATE takes the row lock; a concurrent writer blocks on it, then re-checks
  the WHERE clause against the committed row, matches nothing and gets ``StaleRevision``;
* on SQLite the UPDATE is the transaction's first statement, so it takes the database write lock
  before anything is read, and the second writer waits and then matches nothing;
* the unique constraint on (plan, number) is the backstop: an ``IntegrityError`` becomes
  ``StaleRevision``, never a 500.

This is the same guarantee as ``select_for_update()`` then compare, without a read-then-upgrade
lock on SQLite (which deadlocks two writers into "database is locked").

``actor=None`` means the system (demo loading, migrations of data); any other actor is checked
against ``service.store.access``.
"""

from __future__ import annotations

import functools
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import Any, ParamSpec, TypeVar

from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from service.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    PlanInvalid,
    SignOffBlocked,
    StaleRevision,
    Unavailable,
)
from service.plan import Plan, parse_plan
from service.plan.enums import PlanStatus
from service.store.access import STAFF_ROLES, can_create, can_set_status, user_role
from service.store.audit import audit_record
from service.store.documents import prerender_on_commit
from service.store.jsondoc import merge_patch, nul_paths
from service.store.models import AuditAction, PlanAccess, PlanRecord, Revision, Role, Source
from service.store.selectors import plan_get, plan_get_for_user, revision_get

GATED_STATUSES = frozenset({PlanStatus.ready_for_sign_off, PlanStatus.signed_off})
P = ParamSpec("P")
R = TypeVar("R")
LOCK_RETRIES = 6  # 10 + 20 + ... + 160 ms: longer than any single plan write takes


# --- helpers -------------------------------------------------------------------------------


def new_public_id() -> str:
    """A short, unguessable id such as ``plan-3f9a1c07d2e4`` (48 random bits)."""
    return f"plan-{secrets.token_hex(6)}"


def _snapshot(plan: Plan, public_id: str) -> dict[str, Any]:
    # The URL names the plan: whatever id a client sent, the stored plan carries its own.
    snapshot = plan.model_copy(update={"id": public_id}).model_dump(mode="json")
    bad = nul_paths(snapshot)
    if bad:  # refused on every database, not only where PostgreSQL would fail with a 500
        raise PlanInvalid(
            [{"path": p, "message": "Text cannot contain a NUL character"} for p in bad]
        )
    return snapshot


def _listing_fields(plan: Plan) -> dict[str, Any]:
    return {
        "status": PlanStatus(plan.status).value,
        "person_name": plan.person.name or "",
        "person_reference": plan.person.la_reference or "",
        "review_date": plan.review.first_review_on,
    }


def _require_base(base_revision: int | None) -> int:
    if base_revision is None:
        raise InvalidInput(
            [
                {
                    "path": "If-Match",
                    "message": 'Say which revision you changed: send the header If-Match: "3" '
                    "or base_revision=3 (the revision you read)",
                }
            ],
            "This change does not say which revision it is based on",
        )
    return base_revision


def _writable(actor: Any, plan_id: str) -> PlanRecord:
    return plan_get(plan_id) if actor is None else plan_get_for_user(actor, plan_id)


def _check_fresh(record: PlanRecord, base_revision: int) -> None:
    # An early, friendly refusal; the compare-and-set in _commit is what actually guarantees it.
    if record.revision != base_revision:
        raise StaleRevision(record.revision, base_revision)


def retry_when_locked(write: Callable[P, R]) -> Callable[P, R]:
    """Run a write again when SQLite answers "database (table) is locked" instead of waiting
    (writers sharing an in-memory database, or outlasting the busy timeout). Nothing was
    committed, so trying again is safe, and the retry sees the winner's revision."""

    @functools.wraps(write)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(LOCK_RETRIES):
            try:
                return write(*args, **kwargs)
            except OperationalError as error:
                if "locked" not in str(error) or transaction.get_connection().in_atomic_block:
                    raise  # inside a caller's transaction only the caller can start again
                time.sleep(0.01 * 2**attempt)
        raise Unavailable("The database is busy: please try again in a moment")

    return run


# --- the sign-off gate ---------------------------------------------------------------------


def sign_off_blockers(plan: Plan) -> list[Any]:
    """MUST failures that stop a plan being put forward or signed off (see ``service.rules``)."""
    from service.rules import sign_off_blockers as rules_blockers  # rules load rule packs: lazy

    try:
        return list(rules_blockers(plan))
    except NotFound as missing:  # the plan names a rule pack that does not exist
        raise PlanInvalid([{"path": "rule_pack", "message": missing.message}]) from None


def _finding_json(finding: Any) -> Any:
    if hasattr(finding, "model_dump"):
        return finding.model_dump(mode="json")
    if is_dataclass(finding) and not isinstance(finding, type):
        return asdict(finding)
    return str(finding)


def _may_set_status(actor: Any, record: PlanRecord | None) -> bool:
    if actor is None:
        return True
    if record is None:  # a new plan: its creator would be its practitioner
        return user_role(actor) in STAFF_ROLES
    return can_set_status(actor, record)


def _check_status_change(
    actor: Any, old_status: str, plan: Plan, record: PlanRecord | None = None
) -> None:
    status = PlanStatus(plan.status)
    if status.value == old_status:
        return
    if not _may_set_status(actor, record):
        raise PermissionDenied(
            "Only the allocated practitioner or a manager can change a plan's status"
        )
    if status in GATED_STATUSES:
        blockers = sign_off_blockers(plan)
        if blockers:
            raise SignOffBlocked(
                f"The plan cannot be {status.value.replace('_', ' ')} yet: "
                f"{len(blockers)} required item(s) are missing or wrong",
                {"findings": [_finding_json(f) for f in blockers]},
            )


# --- writes ----------------------------------------------------------------------------------


@retry_when_locked
def plan_create(
    *,
    plan: Plan,
    actor: Any,
    source: Source | str = Source.api,
    reason: str = "",
    person_user: Any = None,
    practitioner: Any = None,
) -> PlanRecord:
    """Store a new plan at revision 1. A practitioner who creates a plan is its allocated
    practitioner; a person who starts their own plan is its person. A plan created ready for
    sign-off or signed off meets the sign-off gate, unless it is an import (``source=import``)."""
    imported = Source(source) == Source.import_
    if actor is not None and not can_create(actor, imported=imported):
        raise PermissionDenied("Only practitioners, managers and people themselves create plans")
    role = user_role(actor)
    practitioner = practitioner or (actor if role == Role.practitioner else None)
    person_user = person_user or (actor if role == Role.person else None)
    if Source(source) != Source.import_:
        # An imported plan keeps the status it was given elsewhere (its findings still show);
        # everything else meets the same gate as a status change.
        _check_status_change(actor, PlanStatus.draft.value, plan)
    public_id = new_public_id()
    snapshot = _snapshot(plan, public_id)
    with transaction.atomic():
        record = PlanRecord.objects.create(
            public_id=public_id,
            revision=1,
            person_user=person_user,
            practitioner=practitioner,
            **_listing_fields(plan),
        )
        _write_revision(record, 1, snapshot, actor, Source(source), reason)
        if role == Role.advocate:
            # Otherwise the advocate could not see the draft they just saved.
            PlanAccess.objects.create(
                plan=record, user=actor, role=PlanAccess.AccessRole.advocate, invited_by=actor
            )
    return record


@retry_when_locked
def plan_update(
    *,
    plan_id: str,
    plan: Plan,
    base_revision: int | None,
    actor: Any,
    source: Source | str = Source.api,
    reason: str = "",
) -> PlanRecord:
    """Replace the whole plan, as a new revision based on ``base_revision``."""
    record = _writable(actor, plan_id)
    base = _require_base(base_revision)
    _check_fresh(record, base)
    _check_status_change(actor, record.status, plan, record)
    return _commit(record, base, plan, actor, Source(source), reason)


@retry_when_locked
def plan_patch(
    *,
    plan_id: str,
    patch: Any,
    base_revision: int | None,
    actor: Any,
    source: Source | str = Source.api,
    reason: str = "",
) -> PlanRecord:
    """Apply an RFC 7386 JSON merge patch to revision ``base_revision`` and store the result."""
    record = _writable(actor, plan_id)
    base = _require_base(base_revision)
    if not isinstance(patch, dict):
        raise PlanInvalid([{"path": "(patch)", "message": "A merge patch must be a JSON object"}])
    _check_fresh(record, base)
    merged = merge_patch(revision_get(record, base).snapshot, patch)
    plan = parse_plan({**merged, "id": record.public_id})
    _check_status_change(actor, record.status, plan, record)
    return _commit(record, base, plan, actor, Source(source), reason)


@retry_when_locked
def plan_set_status(
    *,
    plan_id: str,
    status: PlanStatus | str,
    base_revision: int | None,
    actor: Any,
    reason: str = "",
    source: Source | str = Source.practitioner,
) -> PlanRecord:
    """Move a plan to ``status`` as a new revision. Ready for sign-off and signed off are refused
    with ``SignOffBlocked`` while any MUST rule fails. Setting the current status changes nothing."""
    record = _writable(actor, plan_id)
    base = _require_base(base_revision)
    _check_fresh(record, base)
    current = Plan.model_validate(revision_get(record, base).snapshot)
    plan = current.model_copy(update={"status": PlanStatus(status)})
    if plan.status == current.status:
        return record
    _check_status_change(actor, record.status, plan, record)
    return _commit(record, base, plan, actor, Source(source), reason, AuditAction.status)


def _commit(
    record: PlanRecord,
    base: int,
    plan: Plan,
    actor: Any,
    source: Source,
    reason: str,
    action: AuditAction = AuditAction.write,
) -> PlanRecord:
    snapshot = _snapshot(plan, record.public_id)
    try:
        _compare_and_set(record, base, snapshot, plan, actor, source, reason, action)
    except IntegrityError:
        raise StaleRevision(_current_revision(record), base) from None
    record.refresh_from_db()
    return record


def _compare_and_set(
    record: PlanRecord,
    base: int,
    snapshot: dict[str, Any],
    plan: Plan,
    actor: Any,
    source: Source,
    reason: str,
    action: AuditAction,
) -> None:
    with transaction.atomic():
        claimed = PlanRecord.objects.filter(pk=record.pk, revision=base).update(
            revision=base + 1, updated_at=timezone.now(), **_listing_fields(plan)
        )
        if not claimed:
            raise StaleRevision(_current_revision(record), base)
        _write_revision(record, base + 1, snapshot, actor, source, reason, action)


def _current_revision(record: PlanRecord) -> int:
    return int(PlanRecord.objects.filter(pk=record.pk).values_list("revision", flat=True)[0])


def _write_revision(
    record: PlanRecord,
    number: int,
    snapshot: dict[str, Any],
    actor: Any,
    source: Source,
    reason: str,
    action: AuditAction = AuditAction.write,
) -> Revision:
    author = actor if actor is not None and actor.is_authenticated else None
    reason = reason.replace(
        "\x00", ""
    )  # a reason is free text from anywhere; PostgreSQL refuses NUL
    revision = Revision.objects.create(
        plan=record,
        number=number,
        snapshot=snapshot,
        author=author,
        source=source.value,
        reason=reason[:2000],
    )
    detail = {
        "source": source.value,
        "reason": reason[:200],
        "status": snapshot["status"],
    }
    audit_record(actor, action, record, revision=number, detail=detail)
    prerender_on_commit(record, revision)
    return revision


# --- who is involved -------------------------------------------------------------------------


def _may_manage_access(actor: Any, record: PlanRecord) -> bool:
    return actor is None or record.person_user_id == actor.pk or can_set_status(actor, record)


def plan_access_grant(
    *, plan_id: str, user: Any, role: PlanAccess.AccessRole | str, actor: Any
) -> PlanAccess:
    """Let ``user`` see and help with the plan as a carer or advocate the person agreed to."""
    record = _writable(actor, plan_id)
    if not _may_manage_access(actor, record):
        raise PermissionDenied("Only the person, their practitioner or a manager can invite")
    with transaction.atomic():
        access = PlanAccess.objects.create(
            plan=record, user=user, role=PlanAccess.AccessRole(role), invited_by=actor
        )
        detail = {"granted_to": user.pk, "role": access.role}
        audit_record(actor, AuditAction.access, record, detail=detail)
    return access


def plan_access_withdraw(*, plan_id: str, user: Any, actor: Any) -> int:
    """End every current invitation of ``user`` to the plan; returns how many were ended."""
    record = _writable(actor, plan_id)
    if not _may_manage_access(actor, record):
        raise PermissionDenied("Only the person, their practitioner or a manager can withdraw")
    with transaction.atomic():
        ended = PlanAccess.objects.filter(plan=record, user=user, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now()
        )
        audit_record(actor, AuditAction.access, record, detail={"withdrawn_from": user.pk})
    return ended


def plan_allocate(*, plan_id: str, practitioner: Any, actor: Any) -> PlanRecord:
    """Allocate the plan to a practitioner (a manager's job, or the system's)."""
    record = _writable(actor, plan_id)
    if actor is not None and user_role(actor) != Role.manager:
        raise PermissionDenied("Only a manager can allocate a plan")
    with transaction.atomic():
        PlanRecord.objects.filter(pk=record.pk).update(practitioner=practitioner)
        audit_record(actor, AuditAction.access, record, detail={"allocated_to": practitioner.pk})
    record.refresh_from_db()
    return record
