"""The plan as JSON for other systems: the plan itself (schema version 1, re-parseable) plus the
derived figures every document shows, so a consumer never re-does the arithmetic."""

from __future__ import annotations

import json
from typing import Any

from service.documents import formatting
from service.documents.figures import Figures
from service.documents.registry import RenderRequest
from service.documents.view import DocumentView


def _derived(money: Figures) -> dict[str, Any]:
    return {
        "support": [
            {"id": row.line.id, "cost_per_week": _amount(row.cost_per_week)} for row in money.rows
        ],
        "total_cost_per_week": _amount(money.total_per_week),
        "total_cost_per_week_text": formatting.money_per(money.total_per_week, "week"),
        "uncosted_support_lines": money.uncosted,
        "cost_per_week_by_payer": [
            {"payer": t.payer.value, "amount": _amount(t.per_week)} for t in money.by_payer
        ],
        "employer_costs_per_week": _amount(money.employer_costs_total),
    }


def _amount(value: Any) -> str | None:
    return None if value is None else f"{value:.2f}"


def document(request: RenderRequest) -> dict[str, Any]:
    view = DocumentView(request)
    return {
        "schema_version": request.plan.schema_version,
        "revision": request.revision,
        "title": view.title,
        "plan": request.plan.to_json(),
        "derived": _derived(view.money),
        "findings": [f.__dict__ for f in request.findings],
    }


def render_json(request: RenderRequest) -> bytes:
    text = json.dumps(document(request), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
