"""Documents over HTTP: download a plan revision in any format, render posted plan JSON, and
list what this installation can make. Mount at prefix "" (paths start with /plans, /render,
/formats). Every export of a stored plan is recorded in the audit trail."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router, Schema
from pydantic import Field

from service.documents import available_formats, filename, format_info, render
from service.errors import PlanInvalid
from service.plan import Plan, parse_plan
from service.store import selectors
from service.store.audit import audit_record
from service.store.documents import findings_for_document, revision_document
from service.store.models import AuditAction

router = Router(tags=["documents"])
Name = Annotated[str, Path(max_length=64, pattern=r"^[a-z0-9-]+$")]
Variant = Annotated[str | None, Query(max_length=64, pattern=r"^[a-z0-9-]+$")]


class RenderIn(Schema):
    plan: dict[str, Any]
    format: str = Field(max_length=64)
    variant: str | None = Field(default=None, max_length=64)
    findings: bool = False  # add the rule findings (the council variant's cover page)


class FormatOut(Schema):
    format: str
    available: bool
    reason: str | None
    media_type: str
    extension: str
    variants: list[str]
    default_variant: str


def _document(data: bytes, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=format_info(fmt).media_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@router.get("/plans/{plan_id}/documents/{fmt}", summary="Download a plan as a document")
def plan_document(
    request: HttpRequest,
    plan_id: Name,
    fmt: Name,
    variant: Variant = None,
    revision: Annotated[int | None, Query(ge=1)] = None,
) -> HttpResponse:
    """The current (or ``revision``) plan as ``fmt`` (see /api/formats); the council variant
    carries the rule findings on its cover page. Same revision, same bytes."""
    record = selectors.plan_get_for_user(request.user, plan_id)
    stored = selectors.revision_get(record, revision or record.revision)
    plan = Plan.model_validate(stored.snapshot)
    chosen = variant or format_info(fmt).default_variant
    data = revision_document(record, stored, fmt, chosen)
    detail = {"format": fmt, "variant": chosen}
    audit_record(request.user, AuditAction.export, record, revision=stored.number, detail=detail)
    extension = format_info(fmt).extension
    return _document(data, fmt, filename(plan, chosen, extension, stored.number))


def _posted_plan(data: dict[str, Any]) -> Plan:
    try:
        return parse_plan(data)
    except PlanInvalid as error:  # name paths as the body has them: plan.needs[0]...
        raise PlanInvalid([{**e, "path": f"plan.{e['path']}"} for e in error.errors]) from None


@router.post("/render", summary="Render posted plan JSON as a document")
def render_posted(request: HttpRequest, body: RenderIn) -> HttpResponse:
    """A plan that is not stored (an import, a draft) as any format; 422 names each problem."""
    plan = _posted_plan(body.plan)
    chosen = body.variant or format_info(body.format).default_variant
    data = render(plan, body.format, chosen, findings_for_document(plan) if body.findings else None)
    return _document(
        data, body.format, filename(plan, chosen, format_info(body.format).extension, None)
    )


@router.get("/formats", response=list[FormatOut], summary="Formats this installation can make")
def formats(request: HttpRequest) -> list[dict[str, Any]]:
    """Every format with its variants; a missing tool is named rather than failing later."""
    return available_formats()
