"""Word: passes the D-checks, is reproducible, survives hostile text, and LibreOffice opens it
(every DOCX, in test_consumers.py)."""

from __future__ import annotations

import io
import re
import struct
import zlib

import pytest
from docx import Document
from docx.shared import Cm

from service.documents import Finding, render
from service.documents.word import add_picture
from service.plan import Plan
from tests.documents import docx_check
from tests.documents.golden import assert_golden
from tests.documents.plans import demo_plans

VARIANTS = ("council", "my-plan", "large-print", "one-page-profile", "contingency")
DEMOS = sorted(demo_plans())


@pytest.mark.parametrize("name", DEMOS)
@pytest.mark.parametrize("variant", VARIANTS)
def test_golden_outline_and_d_checks(demos: dict[str, Plan], name: str, variant: str) -> None:
    data = render(demos[name], "docx", variant, revision=1)
    assert docx_check.problems(data) == []
    assert_golden(f"{name}/{variant}.docx.txt", docx_check.outline(data).encode())


@pytest.mark.parametrize("plan_name", ["hostile", "empty"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_hostile_and_empty_plans_pass_the_d_checks(
    plan_name: str, variant: str, request: pytest.FixtureRequest
) -> None:
    data = render(request.getfixturevalue(plan_name), "docx", variant)
    assert docx_check.problems(data) == []


def test_metadata_names_the_plan_and_python_docx_defaults_do_not_leak(florence: Plan) -> None:
    doc = Document(io.BytesIO(render(florence, "docx", revision=7)))
    core = doc.core_properties
    assert core.title == "Care and support plan: Florence Brown"
    assert core.author == "Lincolnshire County Council"
    assert core.language == "en-GB" and core.revision == 7
    assert "python-docx" not in (core.comments + core.author + core.last_modified_by)
    names = docx_check.parts(render(florence, "docx")).keys()
    assert not any("thumbnail" in n or "customXml" in n for n in names)


def test_same_revision_gives_the_same_bytes(florence: Plan) -> None:
    assert render(florence, "docx", revision=3) == render(florence, "docx", revision=3)


def test_hostile_text_arrives_whole(hostile: Plan) -> None:
    text = docx_check.outline(render(hostile, "docx"))
    assert "<script>alert('x')</script>" in text and "👩🏽‍🦳" in text and "مرحبا" in text
    assert "\x0b" not in text and "\x1f" not in text


def test_large_print_never_goes_below_18_point(florence: Plan) -> None:
    styles = docx_check.xml(render(florence, "docx", "large-print"), "word/styles.xml")
    names = ("Normal", "Heading1", "Heading2", "Heading3")
    for sid in names:
        sizes = styles.xpath(
            f"//w:style[@w:styleId='{sid}']/w:rPr/w:sz/@w:val", namespaces=docx_check.NS
        )
        assert sizes and int(sizes[0]) >= 36, sid  # half-points
    body = docx_check.xml(render(florence, "docx", "large-print"), "word/document.xml")
    assert not body.xpath("//w:rPr/w:sz", namespaces=docx_check.NS)  # no run shrinks text


def test_council_cover_page_shows_findings_then_a_page_break(florence: Plan) -> None:
    findings = [Finding("CA-46", "error", "No next review date", "CA s.27(1)")]
    text = docx_check.outline(render(florence, "docx", "council", findings))
    cover, _, rest = text.partition("[page break before]")
    assert "Heading2: Checks before sign-off" in cover and "CA-46" in cover
    assert rest.startswith(": 1. About the person")


def _png(width: int = 4, height: int = 4) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_pictures_get_alt_text_or_are_marked_decorative() -> None:
    doc = Document()
    doc.add_heading("Pictures", 1)
    add_picture(doc.add_paragraph(), io.BytesIO(_png()), Cm(2), "A house")
    add_picture(doc.add_paragraph(), io.BytesIO(_png()), Cm(2), "", decorative=True)
    out = io.BytesIO()
    doc.save(out)
    body = docx_check.xml(out.getvalue(), "word/document.xml")
    assert body.xpath("//wp:docPr/@descr", namespaces=docx_check.NS) == ["A house", ""]
    assert docx_check._pictures(body) == []
    body.xpath("//wp:docPr", namespaces=docx_check.NS)[1].clear()
    assert docx_check._pictures(body) == ["D-1 picture without alt text"]


@pytest.mark.parametrize("variant", ["council", "my-plan"])
def test_word_money_agrees_with_the_markdown_to_the_penny(florence: Plan, variant: str) -> None:
    def amounts(text: str) -> set[str]:
        return set(re.findall(r"£[\d,]+\.\d\d(?: a (?:week|year))?", text))

    word = amounts(docx_check.outline(render(florence, "docx", variant)))
    assert word and word == amounts(render(florence, "md", variant).decode())
