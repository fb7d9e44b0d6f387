"""Easy-read PDF: the easy-read HTML through WeasyPrint as tagged PDF/UA-1 (P-1, P-2).

Rows carry ``break-inside: avoid`` so a picture never sits on a different page from its words
(ER-6). WeasyPrint's accessibility warnings (missing language, missing alt text) are failures.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from service.documents.easyread.html import page
from service.documents.easyread.model import EasyReadDocument
from service.errors import Unavailable

PDF_VARIANT = "pdf/ua-1"
# Words WeasyPrint uses when the structure it is asked to tag is incomplete.
_ACCESSIBILITY_PROBLEMS = ("alt", "lang", "language", "title", "tag", "pdf/ua")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _weasyprint_log() -> Iterator[_Collect]:
    logger = logging.getLogger("weasyprint")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def render_pdf(doc: EasyReadDocument) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise Unavailable(
            f"PDF documents cannot be made here: {error}", {"format": "pdf"}
        ) from error
    with _weasyprint_log() as log:
        pdf: bytes = HTML(string=page(doc, screen=False)).write_pdf(pdf_variant=PDF_VARIANT)
    problems = [
        m for m in log.messages if any(word in m.lower() for word in _ACCESSIBILITY_PROBLEMS)
    ]
    if problems:
        raise RuntimeError("WeasyPrint reported accessibility problems: " + "; ".join(problems))
    return pdf
