"""Reading a Word file back the way Word's accessibility checker does (D-1 to D-6)."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def xml(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(parts(data)[name])


def paragraph_text(p: etree._Element) -> str:
    return "".join(p.xpath(".//w:t/text()", namespaces=NS))


def style_of(p: etree._Element) -> str:
    found = p.xpath("./w:pPr/w:pStyle/@w:val", namespaces=NS)
    return found[0] if found else "Normal"


def body_paragraphs(data: bytes) -> list[etree._Element]:
    return xml(data, "word/document.xml").xpath("/w:document/w:body/w:p", namespaces=NS)


def problems(data: bytes) -> list[str]:
    """Every D-check failure in one Word file (an empty list means it passes)."""
    found: list[str] = []
    doc = xml(data, "word/document.xml")
    found += _headings(doc) + _tables(doc) + _blanks(doc) + _pictures(doc) + _properties(data)
    return found


def _headings(doc: etree._Element) -> list[str]:
    out, last = [], 0
    for p in doc.xpath("/w:document/w:body/w:p", namespaces=NS):
        match = re.fullmatch(r"Heading(\d)", style_of(p))
        if match:
            level = int(match.group(1))
            if level > last + 1:
                out.append(
                    f"D-2 heading level jumps from {last} to {level}: {paragraph_text(p)[:40]}"
                )
            last = level
        elif p.xpath("./w:r", namespaces=NS) and all(
            r.xpath("./w:rPr/w:b", namespaces=NS) for r in p.xpath("./w:r", namespaces=NS)
        ):
            out.append(f"D-2 bold text posing as a heading: {paragraph_text(p)[:40]}")
    if last == 0:
        out.append("D-2 no headings")
    return out


def _tables(doc: etree._Element) -> list[str]:
    out = []
    for i, tbl in enumerate(doc.xpath("//w:tbl", namespaces=NS)):
        if not tbl.xpath("./w:tr[1]/w:trPr/w:tblHeader", namespaces=NS):
            out.append(f"D-3 table {i} has no header row")
        if tbl.xpath("./w:tblPr/w:tblLook/@w:firstRow", namespaces=NS) != ["1"]:
            out.append(f"D-3 table {i} look has no first row")
        if tbl.xpath(".//w:gridSpan | .//w:vMerge", namespaces=NS):
            out.append(f"D-3 table {i} has merged cells")
    return out


def _blanks(doc: etree._Element) -> list[str]:
    out = []
    for p in doc.xpath("//w:p", namespaces=NS):
        text = paragraph_text(p)
        if not text.strip() and not p.xpath(".//w:drawing", namespaces=NS):
            out.append("D-4 empty paragraph used for layout")
        if "  " in text:
            out.append(f"D-4 run of spaces: {text[:40]!r}")
    return out


def _pictures(doc: etree._Element) -> list[str]:
    out = []
    if doc.xpath("//wp:anchor", namespaces=NS):
        out.append("D-6 floating picture")
    for pr in doc.xpath("//wp:docPr", namespaces=NS):
        decorative = pr.xpath(".//*[local-name()='decorative'][@val='1']")
        if not pr.get("descr") and not decorative:
            out.append("D-1 picture without alt text")
    return out


def _properties(data: bytes) -> list[str]:
    out = []
    core = xml(data, "docProps/core.xml")
    for field in ("dc:title", "dc:creator", "dc:subject", "dc:language"):
        if not "".join(core.xpath(f"//{field}/text()", namespaces=NS)).strip():
            out.append(f"D-5 core property {field} is empty")
    if core.xpath("//dc:language/text()", namespaces=NS) != ["en-GB"]:
        out.append("D-5 document language is not en-GB")
    styles = xml(data, "word/styles.xml")
    if styles.xpath("//w:docDefaults//w:lang/@w:val", namespaces=NS) != ["en-GB"]:
        out.append("D-5 style defaults are not en-GB")
    for name, blob in parts(data).items():
        if name.endswith(".xml") and (
            b"python-docx" in blob or b"en-US" in blob or b"Macintosh" in blob
        ):
            out.append(f"D-5 template default leaks in {name}")
    return out


def outline(data: bytes) -> str:
    """A reviewable text form of the body for golden files: style, then text; tables as rows."""
    lines = []
    body = xml(data, "word/document.xml").xpath("/w:document/w:body/*", namespaces=NS)
    for element in body:
        if element.tag == f"{{{W}}}p":
            brk = (
                " [page break before]"
                if element.xpath("./w:pPr/w:pageBreakBefore", namespaces=NS)
                else ""
            )
            lines.append(f"{style_of(element)}{brk}: {paragraph_text(element)}")
        elif element.tag == f"{{{W}}}tbl":
            for row in element.xpath("./w:tr", namespaces=NS):
                cells = [paragraph_text(c) for c in row.xpath("./w:tc", namespaces=NS)]
                lines.append("  | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
