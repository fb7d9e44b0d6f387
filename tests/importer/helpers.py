"""Helpers for the importer tests: the fixture documents and a way to find a ref in the source."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import docx

from service.importer import ImportResult, import_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCUMENTS = (
    "a_grid_tables.docx",
    "b_headed_paragraphs.docx",
    "c_mosaic_export.txt",
    "d_mixed_budget_table.docx",
    "e_letter.txt",
    "f_carers_plan.txt",
)


@cache
def imported(name: str) -> ImportResult:
    path = FIXTURES / name
    return import_document(path.read_bytes(), path.name)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source_text(name: str, ref: str) -> str:
    """The text at ``ref`` read straight from the fixture, independently of the importer."""
    path = FIXTURES / name
    if name.endswith(".docx"):
        return _docx_text(path, ref)
    lines = path.read_text(encoding="utf-8").split("\n")
    if match := re.fullmatch(r"line (\d+) cell (\d+)", ref):
        return lines[int(match.group(1)) - 1].strip().strip("|").split("|")[int(match.group(2)) - 1]
    if match := re.fullmatch(r"lines? (\d+)(?:-(\d+))?", ref):
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        return " ".join(lines[first - 1 : last])
    raise AssertionError(f"not a text ref: {ref}")


@cache
def _document(path: Path) -> Any:
    return docx.Document(str(path))


def _docx_text(path: Path, ref: str) -> str:
    document = _document(path)
    if match := re.fullmatch(r"paragraph (\d+)", ref):
        return document.paragraphs[int(match.group(1)) - 1].text
    if match := re.fullmatch(r"table (\d+) row (\d+) cell (\d+)", ref):
        table = document.tables[int(match.group(1)) - 1]
        return table.rows[int(match.group(2)) - 1].cells[int(match.group(3)) - 1].text
    raise AssertionError(f"not a docx ref: {ref}")
