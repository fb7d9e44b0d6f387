"""Turn uploaded bytes into blocks of text units, refusing anything that is not a plan document.

Refusals are ``service.errors`` exceptions naming the field ``file``: an empty upload, bytes that
are not the format their name claims, binary junk, or more than ``MAX_UPLOAD_BYTES``. A .docx is
a zip: its declared uncompressed size is checked before anything is unpacked, so a "zip bomb"
is refused without being expanded.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from service.errors import InvalidInput, TooLarge
from service.importer.source import Block, Table, Unit

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# A real plan's document.xml is well under 5 MB; 60 MB unpacked bounds a 5 MB zip's honest ratio.
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".csv", ".md")
# A 300-page plan has a few thousand paragraphs and cells; these bounds keep one request's work
# linear and small whatever is uploaded.
MAX_LINES = 20_000
MAX_UNITS = 10_000
# Wrapped prose lines are long; address and list lines are short (see ``_wrapped``).
WRAP_MIN = 60
WRAP_SHORT = 30


def refuse(message: str) -> InvalidInput:
    return InvalidInput([{"path": "file", "message": message}], message)


def read_blocks(data: bytes, filename: str) -> list[Block]:
    """Blocks of ``data`` read by the format its file name says."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise TooLarge(
            f"The file is {len(data):,} bytes: the limit is {MAX_UPLOAD_BYTES:,} bytes (5 MB)",
            {"path": "file", "limit_bytes": MAX_UPLOAD_BYTES, "size_bytes": len(data)},
        )
    if not data.strip():
        raise refuse("The file is empty")
    name = filename.lower().strip()
    if name.endswith(".docx"):
        return bounded(read_docx(data))
    if name.endswith(TEXT_SUFFIXES) or "." not in name:
        return bounded(read_text(decode_text(data)))
    raise refuse("Upload a Word document (.docx) or a plain text file (.txt)")


def bounded(blocks: list[Block]) -> list[Block]:
    count = sum(
        len(b.rows) * max(map(len, b.rows), default=0) if isinstance(b, Table) else 1
        for b in blocks
    )
    if count > MAX_UNITS:
        raise refuse(
            f"This document has {count:,} paragraphs and table cells: the importer reads up to {MAX_UNITS:,}"
        )
    return blocks


# --- Word ------------------------------------------------------------------------------------


def _open_docx(data: bytes) -> DocxDocument:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise refuse(
            "This is not a Word document (.docx): it may be an older .doc, a PDF or damaged"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise refuse("This Word document unpacks to far more than a plan could hold")
        return docx.Document(io.BytesIO(data))
    except InvalidInput:
        raise
    except Exception:  # python-docx raises KeyError, ValueError, lxml errors ... on damaged files
        raise refuse("This Word document is damaged or is not a Word document") from None


def read_docx(data: bytes) -> list[Block]:
    """Headers and footers first (read like a cover sheet), then the body in order. Text in
    content controls, text boxes and tracked insertions is read too: nothing in the document's
    visible text is skipped (deleted text and field codes are not visible, so are not read)."""
    document = _open_docx(data)
    try:
        styles = Styles(document)
        return [*_margins(document, styles), *_Walker(document, styles).body()]
    except Exception:  # malformed XML inside a valid zip: a grid span past the grid, a missing part
        raise refuse("This Word document is damaged or is not a Word document") from None


class _Walker:
    """Numbers paragraphs and tables as a person counts them: ``paragraph N`` is the N-th
    paragraph of the body (python-docx's ``document.paragraphs[N-1]``); a block content control
    numbers its own ("content control 2 paragraph 1")."""

    def __init__(self, document: DocxDocument, styles: Styles) -> None:
        self.document = document
        self.styles = styles
        self.controls = 0

    def body(self) -> list[Block]:
        return self._children(self.document.element.body, "")

    def _children(self, parent: Any, prefix: str) -> list[Block]:
        blocks: list[Block] = []
        paragraphs = tables = 0
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                paragraphs += 1
                paragraph = Paragraph(child, self.document._body)
                blocks.append(self.styles.unit(paragraph, f"{prefix}paragraph {paragraphs}"))
            elif child.tag == qn("w:tbl"):
                tables += 1
                table = DocxTable(child, self.document._body)
                blocks += table_blocks(table, f"{prefix}table {tables}")
            elif child.tag == qn("w:sdt"):
                blocks += self._control(child)
        return blocks

    def _control(self, element: Any) -> list[Block]:
        self.controls += 1
        content = element.find(qn("w:sdtContent"))
        if content is None:
            return []
        return self._children(content, f"content control {self.controls} ")


def _margins(document: DocxDocument, styles: Styles) -> list[Block]:
    """Header and footer text (a council's "OFFICIAL - SENSITIVE", a Mosaic ID, "Page 1 of 4"),
    read once per distinct header or footer."""
    blocks: list[Block] = []
    seen: list[Any] = []
    for number, section in enumerate(document.sections, start=1):
        where = "" if number == 1 else f"section {number} "
        for kind in ("header", "first_page_header", "footer", "first_page_footer"):
            part = getattr(section, kind)
            if part.is_linked_to_previous or any(part._element is e for e in seen):
                continue
            seen.append(part._element)
            name = where + kind.replace("first_page_", "first page ").replace("_", " ")
            blocks += _part_blocks(part, name, styles)
    return blocks


def _part_blocks(part: Any, name: str, styles: Styles) -> list[Block]:
    blocks: list[Block] = []
    paragraphs = tables = 0
    for item in part.iter_inner_content():
        if isinstance(item, Paragraph):
            paragraphs += 1
            text = element_text(item._p).strip()
            blocks.append(
                Unit(f"{name} paragraph {paragraphs}", text)
            )  # never a heading: margins are not sections
        else:
            tables += 1
            blocks += table_blocks(item, f"{name} table {tables}")
    return blocks


_VISIBLE = (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"))
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def element_text(element: Any) -> str:
    """The visible text of a paragraph element, including runs inside content controls,
    hyperlinks, tracked insertions and text boxes (once: a text box's "fallback" copy is skipped)."""
    parts: list[str] = []
    for node in element.iter(*_VISIBLE):
        if any(a.tag == _FALLBACK for a in node.iterancestors()):
            continue
        tag = node.tag
        parts.append(
            node.text or ""
            if tag == qn("w:t")
            else "\t"
            if tag == qn("w:tab")
            else "-"
            if tag == qn("w:noBreakHyphen")
            else "\n"
        )
    return "".join(parts)


class Styles:
    """Which paragraph styles are headings (and of what level) and which styles are bold, read
    once per document: python-docx's per-paragraph style lookup is slow on long documents."""

    def __init__(self, document: DocxDocument) -> None:
        names: dict[str, str] = {}
        based_on: dict[str, str] = {}
        self.bold: set[str] = set()
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId")) or ""
            names[style_id] = _val(style.find(qn("w:name"))) or style_id
            based_on[style_id] = _val(style.find(qn("w:basedOn"))) or ""
            bold = style.find(f"{qn('w:rPr')}/{qn('w:b')}")
            if bold is not None and _val(bold) not in ("0", "false"):
                self.bold.add(style_id)
        self.levels = {
            style_id: level
            for style_id in names
            if (level := _style_level(style_id, names, based_on)) is not None
        }

    def unit(self, paragraph: Paragraph, ref: str) -> Unit:
        text = element_text(paragraph._p).strip()
        style = _style_id(paragraph._p.pPr, "pStyle")
        level = self.levels.get(style or "")
        if level is not None:
            return Unit(ref, text, level, strong=True)
        short = len(text) < 90 and not text.endswith((".", ":"))
        return Unit(ref, text, 2 if short and self._all_bold(paragraph, style) else None)

    def _all_bold(self, paragraph: Paragraph, style: str | None) -> bool:
        runs = [run for run in paragraph.runs if run.text.strip()]
        style_bold = style in self.bold
        return bool(runs) and all(
            run.bold
            or (run.bold is None and (style_bold or _style_id(run._r.rPr, "rStyle") in self.bold))
            for run in runs
        )


def _style_id(properties: Any, tag: str) -> str | None:
    return _val(properties.find(qn(f"w:{tag}"))) if properties is not None else None


def _val(element: Any) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _style_level(style_id: str, names: dict[str, str], based_on: dict[str, str]) -> int | None:
    """ "heading 2" -> 2, "Title" -> 1, and a council's own style based on a heading style."""
    for _ in range(6):
        name = names.get(style_id, "").lower()
        if name in ("title", "subtitle"):
            return 1
        match = re.fullmatch(r"heading (\d)", name)
        if match:
            return int(match.group(1))
        style_id = based_on.get(style_id, "")
        if not style_id:
            return None
    return None


def cell_text(cell: Any) -> str:
    """A cell's paragraphs (also those inside content controls); nested tables are read apart."""
    lines: list[str] = []
    for child in cell._tc.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(element_text(child))
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            lines += [
                element_text(p)
                for p in (content if content is not None else [])
                if p.tag == qn("w:p")
            ]
    return "\n".join(lines).strip()


def table_blocks(table: DocxTable, ref: str) -> list[Block]:
    """The table as one unit per grid column, then any tables nested in its cells (as their own
    tables, so nothing is lost). A cell merged across columns is read once, the columns it spans
    left empty; a cell merged down rows is the same unit in each row it covers (placed once per
    row, counted once)."""
    rows: list[list[Unit]] = []
    nested: list[Block] = []
    read: list[tuple[Any, Unit]] = []  # cell elements already read: merged cells repeat
    for r, row in enumerate(table.rows, start=1):
        units: list[Unit] = []
        for c, cell in enumerate(row.cells, start=1):
            earlier = next((unit for tc, unit in read if tc is cell._tc), None)
            if earlier is not None:
                same_row = any(u is earlier for u in units)
                units.append(Unit(earlier.ref, "") if same_row else earlier)
                continue
            unit = Unit(f"{ref} row {r} cell {c}", cell_text(cell))
            read.append((cell._tc, unit))
            units.append(unit)
            for n, inner in enumerate(cell.tables, start=1):
                nested += table_blocks(inner, f"{ref} row {r} cell {c} table {n}")
        rows.append(units)
    return [Table(ref, rows), *nested]


# --- plain text --------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 as old exports use."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if (
        "\x00" in text
        or controls > max(2, len(text) // 100)
        or text.count("\ufffd") > len(text) // 20
    ):
        raise refuse("This file is not text: upload a Word document (.docx) or a plain text file")
    return text


_BANNER = re.compile(r"^\s*[=#*~_-]{2,}\s*(.*?)\s*[=#*~_-]*\s*$")
_MARKDOWN = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*#*\s*$")
_RULE = re.compile(r"^\s*[=#*~_-]{3,}\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·o]|\d+[.)]|[a-z][.)])\s+", re.I)
_LABEL_LINE = re.compile(r"^\s*[^:]{1,60}:\s*\S")


def read_text(text: str) -> list[Block]:
    """Lines grouped into units: a heading, a "Label: value" line, a bullet, a table row (cells
    split on "|"), or a paragraph of wrapped lines ended by a blank line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > MAX_LINES:
        raise refuse(f"This file has {len(lines):,} lines: the importer reads up to {MAX_LINES:,}")
    reader = _TextReader()
    for number, raw in enumerate(lines, start=1):
        reader.line(number, raw.rstrip(), lines[number - 2] if number > 1 else "")
    reader.flush()
    return _mark_standalone_headings(reader.blocks, lines)


class _TextReader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.paragraph: list[tuple[int, str]] = []
        self.table: Table | None = None

    def line(self, number: int, line: str, previous: str) -> None:
        kind = _line_kind(line)
        if kind != "table":
            self.table = None
        if kind == "continuation" and self.paragraph and _wrapped(previous, line):
            self.paragraph.append((number, line.strip()))
            return
        self.flush()
        if kind == "table":
            self.table = _table_row(self.blocks, self.table, number, line)
        elif kind in ("banner", "markdown", "caps"):
            self.blocks.append(Unit(f"line {number}", _heading_text(line), 1, strong=True))
        elif kind == "label":
            self.blocks.append(Unit(f"line {number}", line.strip()))
        elif kind == "bullet":
            self.paragraph = [(number, _BULLET.sub("", line, count=1).strip())]
        elif kind == "continuation":
            self.paragraph = [(number, line.strip())]

    def flush(self) -> None:
        _flush(self.blocks, self.paragraph)
        self.paragraph = []


def _line_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if _RULE.match(stripped):
        return "rule"
    if stripped.count("|") >= 2 or (stripped.count("|") == 1 and not stripped.endswith("|")):
        return "table"
    if _MARKDOWN.match(stripped):
        return "markdown"
    if _BANNER.match(stripped) and re.search(r"[=#*~_-]{2,}\s*$", stripped):
        return "banner"
    if _is_caps(stripped):
        return "caps"
    if _BULLET.match(line):
        return "bullet"
    if _LABEL_LINE.match(stripped) and not re.match(r"^\s*\w+://", stripped):
        return "label"
    return "continuation"


def _wrapped(previous: str, line: str) -> bool:
    """A line continues the one before when that one was long (prose wrapped at a margin), or
    fairly long and this one carries on a sentence in lower case. Short lines in a row are an
    address or a list: one unit each."""
    previous, line = previous.strip(), line.strip()
    if len(previous) >= WRAP_MIN:
        return True
    carries_on = line[:1].islower() and not previous.endswith((".", "!", "?", ":", ")"))
    return len(previous) >= WRAP_SHORT and carries_on


def _is_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    has_word = any(len(word) >= 3 and word.isalpha() for word in re.findall(r"\w+", line))
    return has_word and all(ch.isupper() for ch in letters) and len(line) < 80 and ":" not in line


def _heading_text(line: str) -> str:
    markdown = _MARKDOWN.match(line)
    if markdown:
        return markdown.group(2).strip()
    return re.sub(r"^[=#*~_\s-]+|[=#*~_\s-]+$", "", line).strip()


def _flush(blocks: list[Block], paragraph: list[tuple[int, str]]) -> None:
    """A bullet or a paragraph was being built: close it (its first line is its ref)."""
    if not paragraph:
        return
    first, last = paragraph[0][0], paragraph[-1][0]
    ref = f"line {first}" if first == last else f"lines {first}-{last}"
    blocks.append(Unit(ref, " ".join(part for _, part in paragraph)))


def _table_row(blocks: list[Block], table: Table | None, number: int, line: str) -> Table:
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if table is None:
        table = Table(f"table at line {number}", [])
        blocks.append(table)
    table.rows.append(
        [Unit(f"line {number} cell {c}", text) for c, text in enumerate(cells, start=1)]
    )
    return table


def _mark_standalone_headings(blocks: list[Block], lines: list[str]) -> list[Block]:
    """A short line standing alone between blank lines, without a full stop, looks like a
    heading ("Your personal budget"): mark it as a weak heading for the mapper to judge."""
    marked: list[Block] = []
    for block in blocks:
        if isinstance(block, Unit) and block.heading is None and _standalone(block, lines):
            block = Unit(block.ref, block.text.rstrip(":").strip(), 2)
        marked.append(block)
    return marked


def _standalone(unit: Unit, lines: list[str]) -> bool:
    if not unit.ref.startswith("line ") or " " in unit.ref[5:]:
        return False
    number = int(unit.ref[5:])
    after = lines[number] if number < len(lines) else ""
    text = unit.text
    short = len(text) < 70 and len(text.split()) <= 10 and not text.endswith((".", ",", ";"))
    return short and not after.strip() and not _LABEL_LINE.match(text) and not _BULLET.match(text)
