"""Health and schema endpoints."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.http import HttpRequest
from ninja import Router

from service.plan import SCHEMA_VERSION, Plan

router = Router(tags=["service"])


@router.get("/health", auth=None, summary="Is the service up? (no sign-in needed)")
def health(request: HttpRequest) -> dict[str, Any]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"status": "ok", "database": connection.vendor, "schema_version": SCHEMA_VERSION}


@router.get("/schema/plan", summary="The plan's JSON Schema (version 1)")
def plan_schema(request: HttpRequest) -> dict[str, Any]:
    return Plan.model_json_schema(mode="validation")
