"""Easy-read Word documents (ER-1 to ER-6, D-1 to D-6).

Each row is a two-column layout table (picture left, about a quarter of the width, words right)
with no header row, the plain table style, and rows that never split across pages. Every run is
Arial 16 pt or larger, never italic or underlined; pictures are inline PNGs with alt text in
``wp:docPr/@descr``. The clean package, en-GB language, core and app properties and repeatable
zip come from the documents engineer's ``service.documents.word`` helpers; this module only adds
the easy-read layout and overrides what differs (line spacing 1.5 at every size, the title).
"""

from __future__ import annotations

import copy
import io
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from service.documents.easyread.model import EasyReadDocument, Line, Row
from service.documents.easyread.pictures import png
from service.documents.easyread.templates import say, words
from service.documents.view import DocumentView
from service.documents.word import FONT, LANG, add_picture, document_bytes, new_document

BODY_PT = 16
PAGE_WIDTH_CM, MARGIN_CM = 21.0, 2.54
PICTURE_COL_CM = 4.0
TEXT_COL_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM - PICTURE_COL_CM
PICTURE_CM = 2.8


def render_docx(doc: EasyReadDocument, view: DocumentView, body_pt: int | None = None) -> bytes:
    body_pt = body_pt or max(BODY_PT, doc.body_pt)
    word = new_document(view, body_pt)
    _easy_read_styles(word, body_pt)
    _properties(word, doc)
    word.add_heading(doc.title, level=1)
    if doc.part:
        _paragraph(word.add_paragraph(), doc.part, [], body_pt)
    _paragraph(word.add_paragraph(), say("page.for", name=doc.person_name), [], body_pt)
    pictures = _Pictures()
    for section in doc.sections:
        word.add_heading(section.title, level=2)
        for row in section.rows:
            _row(word, row, body_pt, pictures)
    _paragraph(word.add_paragraph(), doc.attribution, [], body_pt)
    return document_bytes(word, view)


def set_run_font(element: object) -> None:
    """Arial on every script (no theme font, which would win over the name) and en-GB."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANG)


def _easy_read_styles(word: DocxDocument, body_pt: int) -> None:
    """ER-5: line spacing at least 1.5 and left-aligned at every size; headings kept with rows."""
    normal = word.styles["Normal"].paragraph_format
    normal.line_spacing, normal.alignment = 1.5, WD_ALIGN_PARAGRAPH.LEFT
    normal.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2"):
        style = word.styles[name]
        style.font.bold, style.font.italic, style.font.underline = True, False, False
        style.paragraph_format.keep_with_next = True


def _properties(word: DocxDocument, doc: EasyReadDocument) -> None:
    props = word.core_properties
    props.title = " ".join(filter(None, [f"{doc.title}.", doc.part, doc.person_name]))
    props.subject = props.category = words()["docx"]["subject"]
    props.comments = words()["docx"]["subject"]
    props.keywords = words()["docx"]["keywords"]
    props.language = LANG


# --- rows ------------------------------------------------------------------------------------


def _row(word: DocxDocument, row: Row, body_pt: int, pictures: _Pictures) -> None:
    table = word.add_table(rows=1, cols=2)
    _layout_table(table)
    picture_cell, words_cell = table.rows[0].cells
    pictures.add(picture_cell, row)
    first = True
    for line in row.lines:
        paragraph = words_cell.paragraphs[0] if first else words_cell.add_paragraph()
        _paragraph(paragraph, line.text, line.bold, body_pt)
        first = False


def _layout_table(table: Table) -> None:
    """Plain layout table: no style borders, no header row, fixed widths, rows kept whole."""
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    for attr, value in (
        ("val", "0000"),
        ("firstRow", "0"),
        ("lastRow", "0"),
        ("firstColumn", "0"),
        ("lastColumn", "0"),
        ("noHBand", "1"),
        ("noVBand", "1"),
    ):
        look.set(qn(f"w:{attr}"), value)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for tr in table._tbl.tr_lst:
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
    for cell, width in zip(table.rows[0].cells, (PICTURE_COL_CM, TEXT_COL_CM), strict=True):
        cell.width = Cm(width)
    for column, width in zip(table.columns, (PICTURE_COL_CM, TEXT_COL_CM), strict=True):
        column.width = Cm(width)


class _Pictures:
    """Inline pictures for the rows. The first use of a pictogram goes through the documents
    helper (alt text, image part); later uses copy that drawing and give it a fresh id, because
    python-docx searches the whole document for the next free id on every picture (slow when a
    plan has hundreds of rows)."""

    FIRST_ID = 10_000

    def __init__(self) -> None:
        self.drawings: dict[str, Any] = {}
        self.next_id = self.FIRST_ID

    def add(self, cell: _Cell, row: Row) -> None:
        paragraph, code = cell.paragraphs[0], row.picture.code
        if code not in self.drawings:
            add_picture(paragraph, io.BytesIO(png(code)), Emu(Cm(PICTURE_CM)), row.picture.alt)
            self.drawings[code] = paragraph._p.xpath(".//w:drawing")[0]
            return
        drawing = copy.deepcopy(self.drawings[code])
        for doc_pr in drawing.xpath(".//wp:docPr"):
            doc_pr.set("id", str(self.next_id))
            doc_pr.set("descr", row.picture.alt)
            doc_pr.set("title", row.picture.alt)
        for pic in drawing.xpath(".//pic:cNvPr"):
            pic.set("id", str(self.next_id))
        self.next_id += 1
        paragraph.add_run()._r.append(drawing)


def _paragraph(paragraph: Paragraph, text: str, bold: list[str], body_pt: int) -> None:
    for piece, is_bold in _pieces(text, bold):
        run = paragraph.add_run(piece)
        run.font.size, run.font.bold = Pt(body_pt), is_bold
        run.font.italic, run.font.underline = False, False
        set_run_font(run._r)


def _pieces(text: str, bold: list[str]) -> list[tuple[str, bool]]:
    """Split ``text`` so the first use of each bold term is its own run."""
    pieces = [(text, False)]
    for term in bold:
        out: list[tuple[str, bool]] = []
        done = False
        for piece, is_bold in pieces:
            at = -1 if done or is_bold else piece.find(term)
            if at < 0:
                out.append((piece, is_bold))
                continue
            done = True
            out += [
                (p, b)
                for p, b in ((piece[:at], False), (term, True), (piece[at + len(term) :], False))
                if p
            ]
        pieces = out
    return pieces


def line_runs(line: Line) -> list[tuple[str, bool]]:
    return _pieces(line.text, line.bold)
