"""Tagged PDF/UA-1: structure checked with pikepdf, reading order with pdftotext (P-1 to P-3)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pikepdf
import pytest

from service.documents import render
from service.documents.pdf import PdfAccessibilityError, pdf_from_html
from service.plan import Plan
from tests.documents.plans import demo_plans

pytestmark = pytest.mark.slow
VARIANTS = ("council", "my-plan", "large-print", "one-page-profile", "contingency")
# Every variant of the main demo, the person's plan of every other demo, the council plan of
# the hostile and empty plans (a 25-page council PDF costs about 2.5 s of CPU).
CASES = [
    *(("florence-and-mary", v) for v in VARIANTS),
    *((name, "my-plan") for name in sorted(demo_plans()) if name != "florence-and-mary"),
    ("hostile", "council"),
    ("empty", "council"),
]


@pytest.fixture(scope="module")
def pdfs(demos: dict[str, Plan], hostile: Plan, empty: Plan) -> dict[tuple[str, str], bytes]:
    plans = {**demos, "hostile": hostile, "empty": empty}
    return {
        (name, variant): render(plans[name], "pdf", variant, revision=2) for name, variant in CASES
    }


def structure_problems(data: bytes, title: str) -> list[str]:
    found = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        if "/StructTreeRoot" not in root:
            found.append("no structure tree")
        if str(root.get("/Lang", "")) != "en-GB":
            found.append(f"document language is {root.get('/Lang')!r}")
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            found.append("not marked as tagged")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            found.append("viewer does not show the document title")
        if str(pdf.docinfo.get("/Title", "")) != title:
            found.append(f"title is {pdf.docinfo.get('/Title')!r}")
        if b"pdfuaid:part" not in bytes(pdf.Root.Metadata.read_bytes()):
            found.append("no PDF/UA identification in the XMP metadata")
        found += _fonts_not_embedded(pdf) + _figures_without_alt(pdf)
    return found


def _fonts_not_embedded(pdf: pikepdf.Pdf) -> list[str]:
    embedded = ("/FontFile", "/FontFile2", "/FontFile3")
    return [
        f"font {obj.get('/FontName')} is not embedded"
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Dictionary)
        and obj.get("/Type") == "/FontDescriptor"
        and not any(key in obj for key in embedded)
    ]


def _figures_without_alt(pdf: pikepdf.Pdf) -> list[str]:
    return [
        "figure without alt text"
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Figure" and "/Alt" not in obj
    ]


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_structure(
    pdfs: dict[tuple[str, str], bytes],
    demos: dict[str, Plan],
    hostile: Plan,
    empty: Plan,
    name: str,
    variant: str,
) -> None:
    plan = {**demos, "hostile": hostile, "empty": empty}[name]
    from service.documents.registry import RenderRequest
    from service.documents.view import DocumentView

    title = DocumentView(RenderRequest(plan, "pdf", variant)).title
    assert structure_problems(pdfs[(name, variant)], title) == []


def _text(data: bytes) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is required"
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def test_reading_order_follows_the_plan(pdfs: dict[tuple[str, str], bytes], florence: Plan) -> None:
    text = _text(pdfs[("florence-and-mary", "council")])
    headings = re.findall(r"^## (.+)$", render(florence, "md", "council").decode(), flags=re.M)
    position = text.index(headings[0])
    for heading in headings[1:]:  # each heading appears after the one before it
        found = text.find(heading, position + 1)
        assert found != -1, f"{heading!r} is missing or out of order"
        position = found


def test_money_and_dates_in_the_pdf_match_the_markdown(
    pdfs: dict[tuple[str, str], bytes], florence: Plan
) -> None:
    text = " ".join(_text(pdfs[("florence-and-mary", "council")]).split())
    md = render(florence, "md", "council").decode()
    for amount in set(re.findall(r"£[\d,]+\.\d\d a week", md)):
        assert amount in text, amount
    for day in set(
        re.findall(
            r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
            md,
        )
    ):
        assert day in text, day


def test_hostile_text_is_extractable(pdfs: dict[tuple[str, str], bytes]) -> None:
    text = _text(pdfs[("hostile", "council")])
    assert "<script>alert('x')</script>" in text and "שלום" in text


def test_same_revision_gives_the_same_bytes(
    pdfs: dict[tuple[str, str], bytes], demos: dict[str, Plan]
) -> None:
    again = render(demos["florence-and-mary"], "pdf", "one-page-profile", revision=2)
    assert again == pdfs[("florence-and-mary", "one-page-profile")]


def test_weasyprint_accessibility_warnings_fail_the_render() -> None:
    with pytest.raises(PdfAccessibilityError, match="lang"):
        pdf_from_html("<html><head><title>t</title></head><body><p>no language</p></body></html>")
    image = '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==">'
    with pytest.raises(PdfAccessibilityError, match="alt"):
        pdf_from_html(
            f'<html lang="en-GB"><head><title>t</title></head><body>{image}</body></html>'
        )


def test_large_print_pdf_uses_at_least_18_point_text(pdfs: dict[tuple[str, str], bytes]) -> None:
    with pikepdf.open(io.BytesIO(pdfs[("florence-and-mary", "large-print")])) as pdf:
        sizes = set()
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "Tf":
                    sizes.add(float(operands[1]))
    # WeasyPrint writes font sizes in CSS px: 18 pt is 24 px
    body = set(sizes)
    assert body and min(body) >= 24 - 0.01, sorted(body)


def test_one_page_profile_fits_one_page_at_12_point_or_more(demos: dict[str, Plan]) -> None:
    for name, plan in demos.items():
        with pikepdf.open(io.BytesIO(render(plan, "pdf", "one-page-profile"))) as pdf:
            assert len(pdf.pages) == 1, name
            sizes = {
                float(operands[1])
                for operands, operator in pikepdf.parse_content_stream(pdf.pages[0])
                if str(operator) == "Tf"
            }
            assert min(sizes) >= 16 - 0.01, (name, sorted(sizes))  # 12 pt is 16 CSS px
