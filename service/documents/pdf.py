"""Tagged PDF/UA-1 through WeasyPrint, from the same HTML as the web page (print styles).

P-1: ``pdf_variant="pdf/ua-1"`` with the document language and title from the HTML.
P-2: anything WeasyPrint logs at warning level or above while making a document (a missing
``lang`` or alt text, a style it cannot honour) fails the render instead of shipping a PDF that
is quietly less accessible. Same revision, same bytes: WeasyPrint's dates come from the
document's ``dcterms`` meta and its identifier from the content.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from service.documents.html import html_page
from service.documents.registry import RenderRequest

# A character no installed font has (emoji, with no emoji font) prints as an empty box, but its
# text stays in the PDF for screen readers and search: reported, not fatal.
_MISSING_GLYPH = ".notdef glyph rendered"
logger = logging.getLogger(__name__)


class PdfAccessibilityError(RuntimeError):
    """WeasyPrint reported a problem that would make the PDF less accessible (a bug to fix)."""


class _ThisThread(logging.Handler):
    """Collects the records of one thread: several documents may render at once."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


@contextmanager
def _weasyprint_problems() -> Iterator[list[str]]:
    handler = _ThisThread()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def pdf_from_html(html: str) -> bytes:
    from weasyprint import HTML  # imported here: loading Pango is slow and may be missing

    with _weasyprint_problems() as problems:
        data = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    missing = [p for p in problems if p.startswith(_MISSING_GLYPH)]
    if missing:
        logger.info("PDF shows %d characters with no font installed: %s", len(missing), missing[0])
    fatal = [p for p in problems if not p.startswith(_MISSING_GLYPH)]
    if fatal:
        raise PdfAccessibilityError("; ".join(fatal))
    return bytes(data)


def render_pdf(request: RenderRequest) -> bytes:
    return pdf_from_html(html_page(request, medium="print"))
