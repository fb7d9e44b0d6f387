"""Documents as downloads: which choices exist here, and the HTTP response for one.

The choices people see are data (``text/downloads.yaml``); a choice whose format cannot be made
on this installation (a missing tool) is left out rather than offered and then failing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from django.http import HttpResponse

from service.documents import filename, format_info, render
from service.documents.registry import unavailable_reason
from service.plan import Plan

TEXT = Path(__file__).resolve().parent / "text" / "downloads.yaml"


@cache
def _choices(kind: str) -> tuple[dict[str, str], ...]:
    data = yaml.safe_load(TEXT.read_text(encoding="utf-8"))
    return tuple(data[kind])


def available(kind: str) -> list[dict[str, str]]:
    return [c for c in _choices(kind) if can_make(c["format"], c["variant"])]


def can_make(fmt: str, variant: str) -> bool:
    info = format_info(fmt)
    return variant in info.renderers and unavailable_reason(info) is None


def document(
    plan: Plan, fmt: str, variant: str, findings: Any = None, *, inline: bool = False
) -> HttpResponse:
    """A plan that is not stored (an import being checked, a conversation not yet confirmed)
    rendered as a download; stored revisions go through ``store.documents``."""
    return response(render(plan, fmt, variant, findings), plan, fmt, variant, inline=inline)


def response(
    body: bytes, plan: Plan, fmt: str, variant: str, revision: int | None = None,
    *, inline: bool = False,
) -> HttpResponse:  # fmt: skip
    """The document as a download (or shown in the browser when ``inline``)."""
    info = format_info(fmt)
    reply = HttpResponse(body, content_type=info.media_type)
    name = filename(plan, variant, info.extension, revision)
    disposition = "inline" if inline else "attachment"
    reply["Content-Disposition"] = f'{disposition}; filename="{name}"'
    return reply


def pick(kind: str, key: str) -> dict[str, str] | None:
    return next((c for c in available(kind) if c["key"] == key), None)


def my_plan(plan: Plan, key: str) -> HttpResponse | None:
    choice = pick("my_plan", key)
    if choice is None:
        return None
    return document(plan, choice["format"], choice["variant"])


MY_PLAN_CHOICES = "my_plan"
