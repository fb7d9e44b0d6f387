"""Easy-read PDF: tagged PDF/UA-1 with language, title, alt text and embedded fonts (P-1 to P-3)."""

from __future__ import annotations

import io
import os
import subprocess
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pikepdf
import pytest

from service.documents import render
from service.documents.easyread import EasyReadDocument
from tests.easyread.conftest import DEMO_PLANS as PLANS

pytestmark = pytest.mark.slow


def _render_pdf(name: str) -> bytes:
    return render(PLANS[name], "pdf", "easy-read")


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    # PDF layout is the slow part of the suite: spread the plans over the cores.
    names = sorted(PLANS)
    with ProcessPoolExecutor(max_workers=min(len(names), os.cpu_count() or 1)) as pool:
        return dict(zip(names, pool.map(_render_pdf, names), strict=True))


def structure(node: Any, found: list[Any]) -> list[Any]:
    """Every structure element under ``node`` (depth first, document order)."""
    kids = node.get("/K")
    if kids is None:
        return found
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found.append(kid)
            structure(kid, found)
    return found


@pytest.mark.parametrize("name", sorted(PLANS))
def test_tagged_with_language_title_and_ua_identification(
    name: str, pdfs: dict[str, bytes]
) -> None:
    pdf = pikepdf.open(io.BytesIO(pdfs[name]))
    root = pdf.Root
    assert str(root.Lang) == "en-GB"
    assert root.MarkInfo.Marked is True
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert "/StructTreeRoot" in root
    with pdf.open_metadata() as meta:
        assert meta.get("dc:title", "").startswith("My ")
        assert meta.get("pdfuaid:part") == "1"


@pytest.mark.parametrize("name", sorted(PLANS))
def test_every_figure_has_alt_text_and_headings_are_tagged(
    name: str, pdfs: dict[str, bytes], documents: dict[str, EasyReadDocument]
) -> None:
    pdf = pikepdf.open(io.BytesIO(pdfs[name]))
    elements = structure(pdf.Root.StructTreeRoot, [])
    kinds = [str(e.S) for e in elements]
    figures = [e for e in elements if str(e.S) == "/Figure"]
    assert len(figures) == len(documents[name].rows())
    assert all(str(f.get("/Alt", "")).strip() for f in figures)
    assert kinds.count("/H1") == 1 and kinds.count("/H2") == len(documents[name].sections)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_fonts_embedded_and_liberation_sans(name: str, pdfs: dict[str, bytes]) -> None:
    pdf = pikepdf.open(io.BytesIO(pdfs[name]))
    fonts = {}
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            fonts[str(font.BaseFont)] = font
    assert fonts
    for name_, font in fonts.items():
        assert "Liberation-Sans" in name_  # ER-2: an Arial-metric sans-serif
        descriptor = (
            font.DescendantFonts[0].FontDescriptor
            if "/DescendantFonts" in font
            else font.FontDescriptor
        )
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor


def test_reading_order_follows_the_sections(
    pdfs: dict[str, bytes], documents: dict[str, EasyReadDocument]
) -> None:
    name = sorted(PLANS)[0]
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdfs[name], capture_output=True, check=True
    ).stdout.decode()
    positions = [text.find(section.title) for section in documents[name].sections]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert documents[name].attribution in " ".join(text.split())


def test_a_long_plan_is_also_made_in_parts_of_at_most_20_pages(pdfs: dict[str, bytes]) -> None:
    # ER-8: at most 20 pages; above that, split into parts. Check the longest demo plan.
    from service.documents.easyread.build import part_count

    pages = {name: len(pikepdf.open(io.BytesIO(data)).pages) for name, data in pdfs.items()}
    longest = max(pages, key=pages.__getitem__)
    for part in range(1, part_count() + 1):
        data = render(PLANS[longest], "pdf", f"easy-read-part-{part}")
        assert len(pikepdf.open(io.BytesIO(data)).pages) <= 20


def test_same_plan_gives_the_same_pdf(pdfs: dict[str, bytes]) -> None:
    name = sorted(PLANS)[0]
    assert render(PLANS[name], "pdf", "easy-read") == pdfs[name]
