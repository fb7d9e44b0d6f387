"""Response and request shapes of the plans API (the plan itself is validated by ``parse_plan``,
not here, so its errors read the same everywhere)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from service.plan.enums import PlanStatus

MAX_REVISION = 2_147_483_647  # fits every database's integer column


class PlanOut(Schema):
    id: str = Field(description="The plan's id, assigned by the server")
    revision: int = Field(description="Current revision: send it back as If-Match to change it")
    status: PlanStatus
    plan: dict[str, Any] = Field(description="The plan (JSON Schema: GET /api/schema/plan)")
    derived: dict[str, Any] = Field(description="Costs computed from the plan, never stored")
    updated_at: datetime


class PlanSummary(Schema):
    id: str
    revision: int
    status: PlanStatus
    person_name: str
    person_reference: str
    review_date: date | None
    updated_at: datetime


class PlanPage(Schema):
    items: list[PlanSummary]
    count: int = Field(description="Plans matching the filters, on all pages")
    page: int
    pages: int
    page_size: int


class RevisionSummary(Schema):
    number: int
    source: Literal["conversation", "practitioner", "import", "api"]
    reason: str
    author: str | None
    created_at: datetime


class RevisionPage(Schema):
    items: list[RevisionSummary]
    count: int = Field(description="Revisions of the plan, on all pages")
    page: int
    pages: int
    page_size: int


class RevisionOut(RevisionSummary):
    id: str
    plan: dict[str, Any]


class DiffEntryOut(Schema):
    path: str = Field(description="Where, e.g. needs[0].outcome_ids[1]")
    before: Any
    after: Any
    change: Literal["added", "removed", "changed"]


class DiffOut(Schema):
    id: str
    from_revision: int
    to_revision: int
    changes: list[DiffEntryOut]


class StatusIn(Schema):
    status: PlanStatus
    reason: str = Field("", max_length=2000)
    base_revision: int | None = Field(None, ge=1, le=MAX_REVISION)


class ErrorOut(Schema):
    code: str
    message: str
    errors: list[dict[str, str]] | None = None
    details: Any = None
