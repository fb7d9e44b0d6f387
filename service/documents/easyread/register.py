"""The easy-read renderers as the documents registry sees them: ``(RenderRequest) -> bytes``."""

from __future__ import annotations

from service.documents import availability
from service.documents.easyread.build import build
from service.documents.registry import RenderRequest, register, register_format

VARIANT = "easy-read"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def easy_read_html(request: RenderRequest) -> bytes:
    from service.documents.easyread.html import render_html

    return render_html(build(request.plan))


def easy_read_docx(request: RenderRequest) -> bytes:
    from service.documents.easyread.docx import render_docx
    from service.documents.view import DocumentView

    return render_docx(build(request.plan), DocumentView(request))


def easy_read_pdf(request: RenderRequest) -> bytes:
    from service.documents.easyread.pdf import render_pdf

    return render_pdf(build(request.plan))


def register_all() -> None:
    """Declare the formats if the documents package has not (same media types), then register."""
    register_format("html", "text/html; charset=utf-8", "html", "council")
    register_format("docx", DOCX_TYPE, "docx", "council")
    register_format("pdf", "application/pdf", "pdf", "council", availability.weasyprint)
    for name, renderer in (
        ("html", easy_read_html),
        ("docx", easy_read_docx),
        ("pdf", easy_read_pdf),
    ):
        register(name, VARIANT, renderer, replace=True)
