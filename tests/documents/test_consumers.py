"""A real consumer opens the output (issue 5): LibreOffice converts every DOCX to PDF, and every
PDF passes the PDF/UA structure checks (pikepdf) and reads in order (pdftotext).

"Every" is every demo plan, the hostile and the empty plan, in every variant the registry has
for the format (easy read and its parts included). Each file is rendered once per session
(``rendered`` in conftest.py); one soffice call converts all the DOCX files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.documents import render
from service.plan import Plan
from tests.documents.consumers import (
    LibreOffice,
    Rendered,
    cases,
    headings_out_of_order,
    page_headings,
    page_title,
    pdf_text,
    structure_problems,
)

pytestmark = pytest.mark.slow


def test_libreoffice_converts_every_docx_to_pdf(rendered: Rendered) -> None:
    office = rendered.libreoffice
    assert office is not None and office.process is not None, office and office.output
    assert len(office.sources) == len(cases("docx")) == len(rendered.docx)
    assert office.returncode == 0, office.output
    assert office.missing_or_empty() == [], office.output


@pytest.mark.parametrize(("name", "variant"), cases("pdf"))
def test_every_pdf_is_tagged_titled_and_reads_in_order(
    rendered: Rendered, all_plans: dict[str, Plan], name: str, variant: str
) -> None:
    data = rendered.pdf[(name, variant)]
    page = render(all_plans[name], "html", variant, revision=2).decode()
    assert structure_problems(data, page_title(page)) == []
    assert headings_out_of_order(pdf_text(data), page_headings(page)) == []


def test_the_checks_find_problems_when_there_are_some(
    rendered: Rendered, all_plans: dict[str, Plan]
) -> None:
    data = rendered.pdf[("florence-and-mary", "council")]
    assert structure_problems(data, "Another title") == [
        "title is 'Care and support plan: Florence Brown', the page's is 'Another title'"
    ]
    text = pdf_text(data)
    assert headings_out_of_order(text, ["A bad day", "A good day"]) == ["A good day"]
    assert headings_out_of_order(text, ["Not in this plan"]) == ["Not in this plan"]


def test_a_docx_without_a_good_pdf_is_named(tmp_path: Path) -> None:
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "empty-file.pdf").write_bytes(b"")
    (tmp_path / "pdf" / "no-page.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    (tmp_path / "pdf" / "good.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Page >>\n%%EOF\n")
    names = ("missing", "empty-file", "no-page", "good")
    office = LibreOffice([tmp_path / f"{name}.docx" for name in names], tmp_path / "pdf")
    assert office.missing_or_empty() == ["missing.docx", "empty-file.docx", "no-page.docx"]
