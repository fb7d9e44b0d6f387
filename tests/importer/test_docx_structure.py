"""Word structures council templates use: headers and footers, content controls, tracked
changes. Their visible text is read (and placed or kept); deleted text is not."""

from __future__ import annotations

import io
from datetime import date

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from service.importer import import_document

W = nsdecls("w")


def _document() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    section.header.add_paragraph("Mosaic ID: 5550001")
    section.footer.paragraphs[0].text = "Page 1 of 2"
    document.add_heading("Personal details", 1)
    body = document.element.body
    # A block content control holding a paragraph, as Mosaic's Word templates do.
    control = parse_xml(
        f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>Name: Jo Bloggs</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, control)
    # A label with its value in an inline content control.
    inline = document.add_paragraph("Date of birth: ")
    inline._p.append(
        parse_xml(
            f"<w:sdt {W}><w:sdtContent><w:r><w:t>4 May 1950</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    # A tracked change: "Lincoln" deleted, "Boston" inserted.
    changed = document.add_paragraph("Address: 3 High Street, ")
    changed._p.append(
        parse_xml(
            f'<w:del {W} w:id="1" w:author="x"><w:r><w:delText>Lincoln</w:delText></w:r></w:del>'
        )
    )
    changed._p.append(
        parse_xml(f'<w:ins {W} w:id="2" w:author="x"><w:r><w:t>Boston</w:t></w:r></w:ins>')
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_headers_footers_and_content_controls_are_read() -> None:
    result = import_document(_document(), "plan.docx")
    plan = result.plan
    assert plan.person.la_reference == "5550001"
    assert plan.provenance["person.la_reference"][0].ref == "header paragraph 2"
    assert plan.person.name == "Jo Bloggs"
    assert plan.provenance["person.name"][0].ref == "content control 1 paragraph 1"
    assert plan.person.date_of_birth == date(1950, 5, 4)
    unplaced = {u.ref: u.text for u in result.unplaced}
    assert unplaced == {
        "header paragraph 1": "OFFICIAL - SENSITIVE",
        "footer paragraph 1": "Page 1 of 2",
    }


def test_tracked_deletions_are_not_read_insertions_are() -> None:
    plan = import_document(_document(), "plan.docx").plan
    assert plan.person.address == "3 High Street, Boston"


def test_a_councils_own_heading_style_based_on_a_heading_counts() -> None:
    document = docx.Document()
    style = document.styles.add_style("LCC Section", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 1"]
    document.add_paragraph("Carers details", style="LCC Section")
    document.add_paragraph("Carer: Mary Brown")
    document.add_paragraph("A new heading of the council's own", style="LCC Section")
    document.add_paragraph("Carer: Not a carer")
    buffer = io.BytesIO()
    document.save(buffer)
    result = import_document(buffer.getvalue(), "plan.docx")
    assert [c.name for c in result.plan.carers] == ["Mary Brown"]
    assert {u.text for u in result.unplaced} == {
        "A new heading of the council's own",
        "Carer: Not a carer",
    }


def test_a_cell_merged_down_rows_applies_to_each_row() -> None:
    document = docx.Document()
    document.add_heading("Services provided", 1)
    rows = [
        ["Service", "Provider", "Hours per week"],
        ["Morning calls", "Lincs Care Ltd", "7"],
        ["Tea-time calls", "", "3.5"],
    ]
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(2, 1))  # one provider for both rows
    buffer = io.BytesIO()
    document.save(buffer)
    result = import_document(buffer.getvalue(), "plan.docx")
    assert [s.provider for s in result.plan.support] == ["Lincs Care Ltd", "Lincs Care Ltd"]
    assert [s.units_per_week for s in result.plan.support] == [7, 3.5]
    refs = [e.ref for e in result.plan.provenance["support[1].provider"]]
    assert refs == ["table 1 row 2 cell 2"]
    assert result.units == 9 == result.placed + len(result.unplaced)  # the merged cell once
