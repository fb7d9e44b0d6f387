"""Word documents that pass Word's accessibility checker (ACCESSIBLE_OUTPUT.md D-1 to D-6).

Written with python-docx from the variant's Markdown tokens, plus the OOXML python-docx has no
API for: table header rows (``w:tblHeader``, ``tblLook firstRow``) and captions, picture alt text
and the decorative flag, en-GB in the style defaults and settings, every core property, and a
clean package (python-docx's template leaks "python-docx", en-US, a Mac Word app.xml, a thumbnail
and customXml). Zip entries carry a fixed date so the same revision gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from markdown_it.token import Token

from service.documents.compose import tokens_for
from service.documents.markdown import strip_controls
from service.documents.registry import RenderRequest
from service.documents.templating import render_markup
from service.documents.view import DocumentView

INK = RGBColor(0x1B, 0x1B, 0x1B)
FONT = "Arial"  # ER-2 / house style: one plain sans-serif font
LANG = "en-GB"
_W_R, _W_RPR, _W_B, _W_T = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:t")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_DROP_RELS = ("thumbnail", "customXml", "stylesWithEffects")
_DECORATIVE_EXT = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
_ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative"


# --- the package: one clean template, loaded per document ------------------------------------


@cache
def _clean_template() -> bytes:
    """python-docx's default template with its leaks removed; built once per process."""
    doc = Document()
    _drop_relationships(doc)
    _set_language(doc)
    _plain_fonts(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _drop_relationships(doc: DocxDocument) -> None:
    for rels in (doc.part.package.rels, doc.part.rels):
        for r_id, rel in list(rels.items()):
            if any(name in rel.reltype for name in _DROP_RELS):
                rels.pop(r_id)


def _set_language(doc: DocxDocument) -> None:
    styles = doc.styles.element
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANG)
        lang.set(qn("w:eastAsia"), LANG)
    settings = doc.settings.element
    for lang in settings.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), LANG)


def _plain_fonts(doc: DocxDocument) -> None:
    """Replace theme fonts (Calibri/Cambria) and theme colours everywhere with Arial and ink."""
    for fonts in doc.styles.element.iter(qn("w:rFonts")):
        for attr in list(fonts.attrib):
            if attr.endswith("Theme") or attr.endswith("theme"):
                del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
    for colour in doc.styles.element.iter(qn("w:color")):
        for attr in list(colour.attrib):
            del colour.attrib[attr]
        colour.set(qn("w:val"), str(INK))


def _style_sizes(doc: DocxDocument, body_pt: int) -> None:
    """Body text size for the variant; headings larger (ER-1: large print never below 18 pt)."""
    scale = {"Normal": 1.0, "Heading 1": 1.6, "Heading 2": 1.35, "Heading 3": 1.15}
    for name, factor in scale.items():
        style = doc.styles[name]
        style.font.size = Pt(round(body_pt * factor))
        style.font.name = FONT
        style.font.italic = False
    normal = doc.styles["Normal"].paragraph_format
    normal.space_after = Pt(round(body_pt * 0.5))
    normal.line_spacing = 1.5 if body_pt >= 18 else 1.15
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].paragraph_format.space_before = Pt(round(body_pt * 1.2))
        doc.styles[name].paragraph_format.space_after = Pt(round(body_pt * 0.4))


def _core_properties(doc: DocxDocument, view: DocumentView) -> None:
    core = doc.core_properties
    core.title = strip_controls(view.title)
    core.subject = view.subject
    core.author = strip_controls(view.author)
    core.last_modified_by = core.author
    core.comments = view.subject
    core.keywords = "care and support plan; Care Act 2014"
    core.category = view.subject
    core.language = LANG
    core.identifier = view.plan.id or ""
    core.revision = view.revision or 1
    core.created = core.modified = view.timestamp
    core.last_printed = view.timestamp


def _app_properties(doc: DocxDocument, view: DocumentView) -> None:
    for rel in doc.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties"):
            xml = render_markup("documents/docx/app.xml.j2", view=view)
            rel.target_part._blob = xml.encode("utf-8")


# --- body: Markdown tokens to Word --------------------------------------------------------------


@dataclass
class _Writer:
    doc: DocxDocument
    lists: list[str] = field(default_factory=list)  # "bullet" / "ordered", innermost last
    page_break: bool = False
    last_heading: str = ""

    def paragraph(self, style: str) -> Paragraph:
        para = self.doc.add_paragraph()
        if style != "Normal":
            # By style id: python-docx's lookup by name scans every style for each paragraph.
            para._p.style = style.replace(" ", "")
        if self.page_break:  # D-4: a page break is a paragraph setting, never blank lines
            para.paragraph_format.page_break_before = True
            self.page_break = False
        return para

    def list_style(self) -> str:
        base = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
        depth = min(len(self.lists), 3)
        return base if depth == 1 else f"{base} {depth}"


def add_runs(para: Paragraph, inline: Token, bold: bool = False) -> None:
    """The inline children as runs: text, bold for **strong**, a space for line breaks."""
    for child in inline.children or []:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type in ("text", "code_inline"):
            add_run(para, child.content, bold)
        elif child.type in ("softbreak", "hardbreak"):
            add_run(para, " ", bold)


def add_run(para: Paragraph, text: str, bold: bool = False) -> None:
    """A run written as XML directly: python-docx's ``add_run`` inspects text one character at a
    time, which dominates the time of a long plan. Text here has no tabs or newlines."""
    run = etree.SubElement(para._p, _W_R)
    if bold:
        etree.SubElement(etree.SubElement(run, _W_RPR), _W_B)
    t = etree.SubElement(run, _W_T)
    t.text = text
    t.set(_XML_SPACE, "preserve")


def _heading(w: _Writer, token: Token, inline: Token) -> None:
    level = int(token.tag[1])
    para = w.paragraph(f"Heading {min(level, 3)}")
    add_runs(para, inline)
    w.last_heading = para.text


def _table_rows(tokens: list[Token], start: int) -> tuple[list[list[Token]], int]:
    rows: list[list[Token]] = []
    i = start
    while tokens[i].type != "table_close":
        if tokens[i].type == "tr_open":
            rows.append([])
        elif tokens[i].type == "inline":
            rows[-1].append(tokens[i])
        i += 1
    return rows, i


def _table(w: _Writer, rows: list[list[Token]]) -> None:
    table = w.doc.add_table(rows=len(rows), cols=len(rows[0]))
    table._tbl.tblStyle_val = "TableGrid"
    for r, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
        for cell, inline in zip(row.cells, cells, strict=False):
            add_runs(cell.paragraphs[0], inline, bold=r == 0)
    mark_header_row(table, caption=w.last_heading)


def mark_header_row(table: Table, caption: str = "") -> None:
    """D-3: the first row repeats as a header row, the table look says so, and it has a caption."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(_element("w:tblHeader"))
    tr_pr.append(_element("w:cantSplit"))
    tbl_pr = table._tbl.tblPr
    for look in tbl_pr.findall(qn("w:tblLook")):
        tbl_pr.remove(look)
    look_attrs = {
        "w:val": "0420",
        "w:firstRow": "1",
        "w:lastRow": "0",
        "w:firstColumn": "0",
        "w:lastColumn": "0",
        "w:noHBand": "0",
        "w:noVBand": "1",
    }
    tbl_pr.append(_element("w:tblLook", look_attrs))
    if caption:
        tbl_pr.append(_element("w:tblCaption", {"w:val": caption[:255]}))


def _element(tag: str, attrs: dict[str, str] | None = None) -> Any:
    element = OxmlElement(tag)
    for key, value in (attrs or {}).items():
        element.set(qn(key) if ":" in key else key, value)
    return element


def write_body(doc: DocxDocument, tokens: list[Token]) -> None:
    w = _Writer(doc)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            _heading(w, token, tokens[i + 1])
            i += 2
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            w.lists.append("bullet" if token.type == "bullet_list_open" else "ordered")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            w.lists.pop()
        elif token.type == "inline":
            add_runs(w.paragraph(w.list_style() if w.lists else "Normal"), token)
        elif token.type == "table_open":
            rows, i = _table_rows(tokens, i)
            _table(w, rows)
        elif token.type == "hr":
            w.page_break = True
        i += 1


# --- pictures with alt text (used by easy read) -------------------------------------------------


def add_picture(
    paragraph: Paragraph, image: io.BytesIO | str, width: Emu, alt: str, decorative: bool = False
) -> None:
    """An inline picture (D-6) with alt text (D-1), or marked decorative when the text beside it
    says the same thing."""
    shape = paragraph.add_run().add_picture(image, width=width)
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", "" if decorative else alt)
    doc_pr.set("title", "" if decorative else alt)
    if decorative:
        ext = _element("a:ext", {"uri": _DECORATIVE_EXT})
        ext.append(_decorative_flag())
        ext_lst = _element("a:extLst")
        ext_lst.append(ext)
        doc_pr.append(ext_lst)


def _decorative_flag() -> Any:
    element = etree.SubElement(
        etree.Element("dummy"), f"{{{_ADEC}}}decorative", nsmap={"adec": _ADEC}
    )
    element.set("val", "1")
    return element


# --- the package as bytes ----------------------------------------------------------------------


def new_document(view: DocumentView, body_pt: int) -> DocxDocument:
    """A clean, accessible, en-GB document with the view's metadata and no body yet."""
    doc = Document(io.BytesIO(_clean_template()))
    _style_sizes(doc, body_pt)
    _core_properties(doc, view)
    _app_properties(doc, view)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Emu(914400)  # 2.54 cm: wide margins
    return doc


def _reproducible_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """Re-pack with a fixed date on every entry (zip stores local time otherwise)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def document_bytes(doc: DocxDocument, view: DocumentView) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    stamp = view.timestamp
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    return _reproducible_zip(out.getvalue(), when)


def body_size(view: DocumentView) -> int:
    return view.large_print_pt if view.variant == "large-print" else 12


def render_docx(request: RenderRequest) -> bytes:
    view, tokens = tokens_for(request)
    doc = new_document(view, body_size(view))
    write_body(doc, tokens)
    return document_bytes(doc, view)


__all__ = ["add_picture", "mark_header_row", "new_document", "render_docx"]
