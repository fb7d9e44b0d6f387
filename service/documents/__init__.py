"""Documents: every format and variant of a plan, as pure functions of one plan revision.

    from service.documents import render, available_formats
    pdf = render(plan, "pdf", "council", findings, revision=7)

No Django here. Templates and styles live in ``plan_templates/documents``.
"""

from __future__ import annotations

from service.documents.registry import (
    Finding,
    RenderRequest,
    available_formats,
    format_info,
    register,
    register_format,
    render,
    variants,
)
from service.documents.view import filename

__all__ = [
    "Finding",
    "RenderRequest",
    "available_formats",
    "filename",
    "format_info",
    "register",
    "register_format",
    "render",
    "variants",
]
