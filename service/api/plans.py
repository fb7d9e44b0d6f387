"""Plans over HTTP: create, list, read, replace, merge-patch, change status, history and diffs.

Writes name the revision they change, with ``If-Match: "3"`` (the ETag of the GET) or
``?base_revision=3``; without one the write is refused (422) so nobody overwrites blindly, and a
stale one gets 409 with the current revision. Plan bodies are raw JSON validated by
``parse_plan``, so every problem comes back as ``[{path, message}]`` in plain English. Every
read is recorded in the audit trail; writes are recorded by the store.
"""

from __future__ import annotations

import json
import math
from typing import Annotated, Any, Literal

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router
from ninja.errors import HttpError
from ninja.responses import Status

from service.api.schemas import (
    MAX_REVISION,
    DiffOut,
    ErrorOut,
    PlanOut,
    PlanPage,
    PlanSummary,
    RevisionOut,
    RevisionPage,
    RevisionSummary,
    StatusIn,
)
from service.errors import InvalidInput
from service.plan import Plan, parse_plan
from service.plan.enums import PlanStatus
from service.store import selectors, services
from service.store.audit import audit_record
from service.store.derived import plan_derived
from service.store.models import AuditAction, PlanRecord, Revision

router = Router(tags=["plans"])

MAX_DEPTH = 32  # a plan nests about 5 deep; refuse pathological nesting before recursing on it
PATCH_TYPES = ("application/merge-patch+json", "application/json", "")
ERRORS: dict[int, Any] = {k: ErrorOut for k in (401, 404, 409, 413, 422)}
PLAN_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"type": "object", "description": "A plan: GET /api/schema/plan"}
            }
        },
    }
}
PATCH_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            media: {"schema": {"type": "object", "description": "RFC 7386 JSON merge patch"}}
            for media in ("application/merge-patch+json", "application/json")
        },
    }
}
PlanId = Annotated[str, Path(max_length=64)]
RevisionNumber = Annotated[int, Path(ge=1, le=MAX_REVISION)]
BaseRevision = Annotated[int | None, Query(ge=1, le=MAX_REVISION)]


# --- request helpers -------------------------------------------------------------------------


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        stack.extend((child, level + 1) for child in children)
    return deepest


def json_body(request: HttpRequest) -> Any:
    """The request body as JSON, or a 400/422 that says what is wrong with it."""
    try:
        data = json.loads(request.body or b"null")
    except (ValueError, RecursionError):  # bad JSON, bad UTF-8, a 5,000-digit number, deep nesting
        raise HttpError(400, "The request body is not valid JSON") from None
    if _depth(data) > MAX_DEPTH:
        raise InvalidInput([{"path": "(body)", "message": "The JSON is nested too deeply"}])
    return data


def _base(request: HttpRequest, query_value: int | None) -> int | None:
    """The revision a write is based on: ``If-Match: "3"`` (or ``W/"3"``), or ``base_revision``."""
    header = request.headers.get("If-Match")
    if header is None:
        return query_value
    text = header.strip().removeprefix("W/").strip('"')
    if not text.isdigit() or not 1 <= int(text) <= MAX_REVISION:
        raise InvalidInput([{"path": "If-Match", "message": 'Must be a revision like "3"'}])
    if query_value is not None and query_value != int(text):
        raise InvalidInput([{"path": "If-Match", "message": "Differs from base_revision"}])
    return int(text)


def _plan_out(record: PlanRecord, response: HttpResponse, plan: Plan | None = None) -> PlanOut:
    # A plan just validated and stored need not be read back and validated again.
    plan = (
        selectors.plan_current(record)
        if plan is None
        else plan.model_copy(update={"id": record.public_id})
    )
    response["ETag"] = f'"{record.revision}"'
    return PlanOut(
        id=record.public_id,
        revision=record.revision,
        status=PlanStatus(record.status),
        plan=plan.model_dump(mode="json"),
        derived=plan_derived(plan),
        updated_at=record.updated_at,
    )


def _revision_summary(revision: Revision) -> dict[str, Any]:
    author = revision.author.get_username() if revision.author else None
    return {
        "number": revision.number,
        "source": revision.source,
        "reason": revision.reason,
        "author": author,
        "created_at": revision.created_at,
    }


def _reason(request: HttpRequest) -> str:
    return request.headers.get("X-Change-Reason", "")[:2000]


# --- endpoints ---------------------------------------------------------------------------------


@router.post("", response={201: PlanOut, **ERRORS}, openapi_extra=PLAN_BODY)
def create_plan(request: HttpRequest, response: HttpResponse) -> Status[PlanOut]:
    """Store a new plan at revision 1. The server assigns its id (any id sent is replaced)."""
    plan = parse_plan(json_body(request))
    record = services.plan_create(plan=plan, actor=request.user, reason=_reason(request))
    response["Location"] = f"/api/plans/{record.public_id}"
    return Status(201, _plan_out(record, response, plan))


@router.get("", response={200: PlanPage, **ERRORS})
def list_plans(
    request: HttpRequest,
    status: PlanStatus | None = None,
    q: Annotated[str, Query(max_length=200)] = "",
    order: Literal["updated", "review", "name"] = "updated",
    page: Annotated[int, Query(ge=1, le=MAX_REVISION)] = 1,
) -> PlanPage:
    """Plans you can see, newest change first (or by review date, or name), a page at a time.
    ``q`` searches the person's name and council reference, or matches an id exactly."""
    term = q.replace("\x00", "")
    plans = selectors.plan_list_for_user(request.user, status=status, q=term, order=order)
    size = int(settings.CAREPLAN_API_PAGE_SIZE)
    count = plans.count()
    items = [_summary(record) for record in plans[(page - 1) * size : page * size]]
    detail = {"q": term, "status": status, "page": page, "count": count}
    audit_record(request.user, AuditAction.list, detail=detail)
    return PlanPage(
        items=items, count=count, page=page, pages=math.ceil(count / size), page_size=size
    )


@router.get("/{plan_id}", response={200: PlanOut, **ERRORS})
def get_plan(request: HttpRequest, plan_id: PlanId, response: HttpResponse) -> PlanOut:
    """The current revision of a plan with its derived costs; the ETag is the revision."""
    record = selectors.plan_get_for_user(request.user, plan_id)
    audit_record(request.user, AuditAction.read, record)
    return _plan_out(record, response)


@router.put("/{plan_id}", response={200: PlanOut, **ERRORS}, openapi_extra=PLAN_BODY)
def replace_plan(
    request: HttpRequest,
    plan_id: PlanId,
    response: HttpResponse,
    base_revision: BaseRevision = None,
) -> PlanOut:
    """Replace the whole plan. Needs ``If-Match: "<revision>"`` or ``?base_revision=<n>``."""
    plan = parse_plan(json_body(request))
    record = services.plan_update(
        plan_id=plan_id,
        plan=plan,
        base_revision=_base(request, base_revision),
        actor=request.user,
        reason=_reason(request),
    )
    return _plan_out(record, response, plan)


@router.patch("/{plan_id}", response={200: PlanOut, **ERRORS}, openapi_extra=PATCH_BODY)
def patch_plan(
    request: HttpRequest,
    plan_id: PlanId,
    response: HttpResponse,
    base_revision: BaseRevision = None,
) -> PlanOut:
    """Change part of a plan with an RFC 7386 JSON merge patch (``null`` removes a field; a list
    is replaced whole). Needs ``If-Match`` or ``?base_revision=``."""
    if request.content_type not in PATCH_TYPES:
        raise HttpError(415, "Send the patch as application/merge-patch+json")
    record = services.plan_patch(
        plan_id=plan_id,
        patch=json_body(request),
        base_revision=_base(request, base_revision),
        actor=request.user,
        reason=_reason(request),
    )
    return _plan_out(record, response)


@router.post("/{plan_id}/status", response={200: PlanOut, **ERRORS})
def set_status(
    request: HttpRequest, plan_id: PlanId, body: StatusIn, response: HttpResponse
) -> PlanOut:
    """Move the plan to a new status. Ready for sign-off and signed off are refused (409,
    ``sign_off_blocked``, with the findings) while a MUST rule fails."""
    record = services.plan_set_status(
        plan_id=plan_id,
        status=body.status,
        base_revision=_base(request, body.base_revision),
        actor=request.user,
        reason=body.reason,
    )
    return _plan_out(record, response)


@router.get("/{plan_id}/revisions", response={200: RevisionPage, **ERRORS})
def list_revisions(
    request: HttpRequest,
    plan_id: PlanId,
    page: Annotated[int, Query(ge=1, le=MAX_REVISION)] = 1,
) -> RevisionPage:
    """The plan's revisions, oldest first, a page at a time: who, when, from where, and why.
    A conversation saves one after every answer, so a plan soon has hundreds."""
    record = selectors.plan_get_for_user(request.user, plan_id)
    size = int(settings.CAREPLAN_API_PAGE_SIZE)
    shown = selectors.revision_list(record)[(page - 1) * size : page * size]
    audit_record(request.user, AuditAction.read, record, detail={"view": "revisions", "page": page})
    return RevisionPage(
        items=[RevisionSummary(**_revision_summary(r)) for r in shown],
        count=record.revision,
        page=page,
        pages=math.ceil(record.revision / size),
        page_size=size,
    )


@router.get("/{plan_id}/revisions/{number}", response={200: RevisionOut, **ERRORS})
def get_revision(
    request: HttpRequest, plan_id: PlanId, number: RevisionNumber, response: HttpResponse
) -> dict[str, Any]:
    """The plan exactly as it was at one revision."""
    record = selectors.plan_get_for_user(request.user, plan_id)
    revision = selectors.revision_get(record, number)
    audit_record(request.user, AuditAction.read, record, revision=number)
    response["ETag"] = f'"{number}"'
    return {**_revision_summary(revision), "id": record.public_id, "plan": revision.snapshot}


@router.get("/{plan_id}/revisions/{a}/diff/{b}", response={200: DiffOut, **ERRORS})
def diff_revisions(
    request: HttpRequest, plan_id: PlanId, a: RevisionNumber, b: RevisionNumber
) -> dict[str, Any]:
    """What changed between two revisions: ``[{path, before, after, change}]``."""
    record = selectors.plan_get_for_user(request.user, plan_id)
    changes = selectors.revision_diff(record, a, b)
    audit_record(request.user, AuditAction.read, record, revision=b, detail={"diff_from": a})
    return {"id": record.public_id, "from_revision": a, "to_revision": b, "changes": changes}


def _summary(record: PlanRecord) -> PlanSummary:
    return PlanSummary(
        id=record.public_id,
        revision=record.revision,
        status=PlanStatus(record.status),
        person_name=record.person_name,
        person_reference=record.person_reference,
        review_date=record.review_date,
        updated_at=record.updated_at,
    )
