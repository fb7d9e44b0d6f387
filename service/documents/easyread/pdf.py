"""Easy-read PDF: the easy-read HTML through the documents engineer's PDF/UA-1 helper.

``service.documents.pdf.pdf_from_html`` makes tagged PDF/UA-1 with WeasyPrint and fails the render
on any accessibility warning (P-1, P-2); its dates come from the page's ``dcterms`` meta, so the
same plan gives the same bytes. Rows carry ``break-inside: avoid`` so a picture never sits on a
different page from its words (ER-6); the narrow-screen CSS is left out (WeasyPrint cannot read
width media queries and would warn).
"""

from __future__ import annotations

from service.documents.easyread.html import page
from service.documents.easyread.model import EasyReadDocument
from service.errors import Unavailable


def render_pdf(doc: EasyReadDocument) -> bytes:
    try:
        from service.documents.pdf import pdf_from_html
    except (ImportError, OSError) as error:  # pragma: no cover - WeasyPrint or Pango missing
        raise Unavailable(
            f"PDF documents cannot be made here: {error}", {"format": "pdf"}
        ) from error
    return pdf_from_html(page(doc, screen=False))
