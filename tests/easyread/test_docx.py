"""Easy-read Word documents: the OOXML checked directly (ER-1 to ER-6, D-1 to D-6)."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from service.documents import render
from tests.easyread.conftest import DEMO_PLANS as PLANS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@pytest.fixture(scope="module")
def packages() -> dict[str, zipfile.ZipFile]:
    return {
        name: zipfile.ZipFile(io.BytesIO(render(plan, "docx", "easy-read")))
        for name, plan in PLANS.items()
    }


def body(package: zipfile.ZipFile) -> etree._Element:
    return etree.fromstring(package.read("word/document.xml"))


@pytest.mark.parametrize("name", sorted(PLANS))
def test_every_run_is_arial_16pt_or_more_never_italic_or_underlined(
    name: str, packages: dict[str, zipfile.ZipFile]
) -> None:
    root = body(packages[name])
    runs = root.findall(".//w:body//w:r", NS)
    text_runs = [r for r in runs if r.find("w:t", NS) is not None]
    assert text_runs
    heading_runs = {
        id(r)
        for r in root.xpath(
            ".//w:p[w:pPr/w:pStyle[starts-with(@w:val,'Heading')]]/w:r", namespaces=NS
        )
    }
    for run in text_runs:
        rpr = run.find("w:rPr", NS)
        if id(run) in heading_runs:
            continue  # sized by the heading styles, checked below
        size = rpr.find("w:sz", NS)
        assert size is not None and int(size.get(w("val"))) >= 32
        assert rpr.find("w:rFonts", NS).get(w("ascii")) == "Arial"
        italic, underline = rpr.find("w:i", NS), rpr.find("w:u", NS)
        assert italic is None or italic.get(w("val")) in ("0", "false")
        assert underline is None or underline.get(w("val")) == "none"


def test_heading_styles_are_larger_than_the_body(packages: dict[str, zipfile.ZipFile]) -> None:
    styles = etree.fromstring(next(iter(packages.values())).read("word/styles.xml"))
    for style_id in ("Heading1", "Heading2"):
        (style,) = styles.xpath(f".//w:style[@w:styleId='{style_id}']", namespaces=NS)
        assert int(style.find(".//w:sz", NS).get(w("val"))) > 32
        italic = style.find(".//w:i", NS)
        assert italic is None or italic.get(w("val")) in ("0", "false")
    (normal,) = styles.xpath(".//w:style[@w:styleId='Normal']", namespaces=NS)
    spacing = normal.find(".//w:spacing", NS)
    assert int(spacing.get(w("line"))) >= 360  # 1.5 lines (240 = single)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_layout_tables_picture_left_no_header_rows_never_split(
    name: str, packages: dict[str, zipfile.ZipFile]
) -> None:
    root = body(packages[name])
    tables = root.findall(".//w:tbl", NS)
    assert tables
    assert not root.findall(".//w:tblHeader", NS)
    for table in tables:
        look = table.find("w:tblPr/w:tblLook", NS)
        assert look.get(w("firstRow")) == "0"
        rows = table.findall("w:tr", NS)
        assert rows and all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
        first, second = rows[0].findall("w:tc", NS)
        assert first.find(".//w:drawing", NS) is not None  # the picture is on the left
        assert second.find(".//w:drawing", NS) is None and second.find(".//w:t", NS) is not None
        assert not table.findall(".//w:gridSpan", NS) and not table.findall(".//w:vMerge", NS)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_pictures_inline_with_alt_text(name: str, packages: dict[str, zipfile.ZipFile]) -> None:
    root = body(packages[name])
    assert not root.findall(".//wp:anchor", NS)
    doc_prs = root.findall(".//wp:inline/wp:docPr", NS)
    assert doc_prs and all(d.get("descr") for d in doc_prs)
    assert len(doc_prs) == len(root.findall(".//w:tbl", NS))


@pytest.mark.parametrize("name", sorted(PLANS))
def test_properties_language_and_no_template_leaks(
    name: str, packages: dict[str, zipfile.ZipFile]
) -> None:
    package = packages[name]
    core = etree.fromstring(package.read("docProps/core.xml"))
    plan = PLANS[name]
    assert core.findtext("dc:title", namespaces=NS).endswith(plan.person.name or "")
    assert core.findtext("dc:creator", namespaces=NS) == plan.local_authority
    assert core.findtext("dc:language", namespaces=NS) == "en-GB"
    styles = package.read("word/styles.xml").decode("utf-8")
    assert 'w:val="en-GB"' in styles and "en-US" not in styles
    for item in package.namelist():
        data = package.read(item)
        assert b"python-docx" not in data, item


def test_no_empty_paragraphs_used_for_spacing(packages: dict[str, zipfile.ZipFile]) -> None:
    root = body(next(iter(packages.values())))
    for paragraph in root.findall(".//w:body/w:p", NS) + root.findall(".//w:tc/w:p", NS):
        has_content = (
            paragraph.find(".//w:t", NS) is not None
            or paragraph.find(".//w:drawing", NS) is not None
        )
        assert has_content or (
            paragraph.getparent().tag == w("body") and paragraph.getnext() is None
        )


def test_same_plan_gives_the_same_bytes() -> None:
    plan = PLANS[sorted(PLANS)[0]]
    assert render(plan, "docx", "easy-read") == render(plan, "docx", "easy-read")


def test_large_print_when_the_person_asked_for_it() -> None:
    from service.plan import parse_plan

    plan = parse_plan(
        {
            "person": {
                "name": "Sam Smith",
                "communication": {"formats": ["easy_read", "large_print"], "large_print_pt": 20},
            }
        }
    )
    root = etree.fromstring(
        zipfile.ZipFile(io.BytesIO(render(plan, "docx", "easy-read"))).read("word/document.xml")
    )
    sizes = {int(s.get(w("val"))) for s in root.findall(".//w:tc//w:r/w:rPr/w:sz", NS)}
    assert sizes == {40}  # 20 pt in every row
    html = render(plan, "html", "easy-read").decode("utf-8")
    assert "--print-size: 20pt" in html
