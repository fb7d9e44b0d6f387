"""Tagged PDF/UA-1: reading order, money, hostile text, sizes (P-1 to P-3).

The structure of every PDF (pikepdf) is checked in test_consumers.py."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest

from service.documents import render
from service.documents.pdf import PdfAccessibilityError, pdf_from_html
from service.plan import Plan
from tests.documents.consumers import Rendered, pdf_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def pdfs(rendered: Rendered) -> dict[tuple[str, str], bytes]:
    """Every PDF of every plan and variant, rendered once (revision 2) for the session; the
    structure of each is checked in test_consumers.py."""
    return rendered.pdf


def test_reading_order_follows_the_plan(pdfs: dict[tuple[str, str], bytes], florence: Plan) -> None:
    text = pdf_text(pdfs[("florence-and-mary", "council")])
    headings = re.findall(r"^## (.+)$", render(florence, "md", "council").decode(), flags=re.M)
    position = text.index(headings[0])
    for heading in headings[1:]:  # each heading appears after the one before it
        found = text.find(heading, position + 1)
        assert found != -1, f"{heading!r} is missing or out of order"
        position = found


def test_money_and_dates_in_the_pdf_match_the_markdown(
    pdfs: dict[tuple[str, str], bytes], florence: Plan
) -> None:
    text = " ".join(pdf_text(pdfs[("florence-and-mary", "council")]).split())
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
    text = pdf_text(pdfs[("hostile", "council")])
    assert "<script>alert('x')</script>" in text and "שלום" in text


def test_emoji_print_as_pictures_not_empty_boxes(caplog: pytest.LogCaptureFixture) -> None:
    """People type emoji ("my dog 🐶 ❤️"); the Makefile installs an emoji font so the PDF shows
    them. Without one, the render reports each missing character (see pdf.py)."""
    html = (
        '<html lang="en-GB"><head><title>t</title></head><body>'
        "<p>My dog 🐶 and music 🎵 ❤️ 👍🏽 👩🏽‍🦳 🐈</p></body></html>"
    )
    with caplog.at_level("INFO", logger="service.documents.pdf"):
        pdf = pdf_from_html(html)
    assert [r.getMessage() for r in caplog.records if "no font" in r.getMessage()] == []
    assert "🐶" in pdf_text(pdf)


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


def test_large_print_pdf_uses_at_least_18_pointpdf_text(pdfs: dict[tuple[str, str], bytes]) -> None:
    with pikepdf.open(io.BytesIO(pdfs[("florence-and-mary", "large-print")])) as pdf:
        sizes = set()
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "Tf":
                    sizes.add(float(operands[1]))
    # WeasyPrint writes font sizes in CSS px: 18 pt is 24 px
    body = set(sizes)
    assert body and min(body) >= 24 - 0.01, sorted(body)


def test_one_page_profile_fits_one_page_at_12_point_or_more(
    pdfs: dict[tuple[str, str], bytes], demos: dict[str, Plan]
) -> None:
    for name in demos:
        with pikepdf.open(io.BytesIO(pdfs[(name, "one-page-profile")])) as pdf:
            assert len(pdf.pages) == 1, name
            sizes = {
                float(operands[1])
                for operands, operator in pikepdf.parse_content_stream(pdf.pages[0])
                if str(operator) == "Tf"
            }
            assert min(sizes) >= 16 - 0.01, (name, sorted(sizes))  # 12 pt is 16 CSS px
