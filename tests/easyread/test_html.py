"""Easy-read HTML: zero axe violations, CSS grid rows with alt text, bold only for hard words."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from service.documents import render
from service.documents.easyread import EasyReadDocument
from service.documents.easyread.html import page
from tests.easyread.conftest import DEMO_PLANS as PLANS
from tests.support.browser import Browser, format_violations


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("name", sorted(PLANS))
def test_structure_pictures_and_language(name: str, documents: dict[str, EasyReadDocument]) -> None:
    doc = documents[name]
    html = page(doc)
    found = tags(html)
    names = [t for t, _ in found]
    assert ("html", {"lang": "en-GB"}) in found
    assert names.count("h1") == 1 and names.count("h2") == len(doc.sections)
    assert "table" not in names  # W-2: easy-read grids are CSS, not tables
    assert not {"i", "em", "u"} & set(names)  # ER-3
    images = [a for t, a in found if t == "img"]
    assert len(images) == len(doc.rows())
    assert all(a.get("alt") for a in images)
    assert doc.attribution in html
    strong = re.findall(r"<strong>([^<]+)</strong>", html)
    body_bold = [
        b
        for s in doc.sections
        if s.key != "words"
        for r in s.rows
        for ln in r.lines
        for b in ln.bold
    ]
    assert len(strong) == len(body_bold) + len(doc.word_list)


def test_css_keeps_the_easy_read_layout() -> None:
    from service.documents.easyread.html import stylesheet

    css = stylesheet()
    assert "display: grid" in css and "break-inside: avoid" in css
    assert "line-height: 1.5" in css and "font-size: var(--print-size)" in css
    assert "--print-size: 16pt" in css
    assert "text-align: justify" not in css


def test_registered_as_the_easy_read_variant() -> None:
    plan = PLANS[sorted(PLANS)[0]]
    html = render(plan, "html", "easy-read").decode("utf-8")
    assert 'class="row"' in html and '<html lang="en-GB">' in html


@pytest.mark.slow
@pytest.mark.browser
def test_zero_axe_violations(chromium: Browser, documents: dict[str, EasyReadDocument]) -> None:
    pages = {name: page(documents[name]) for name in PLANS}
    found = chromium.axe_many(pages)
    assert found == {}, format_violations(found)
    # The narrow layout is the same markup with other CSS: one plan is enough to check it.
    name = sorted(pages)[0]
    narrow = chromium.axe_many({name: pages[name]}, width=320)
    assert narrow == {}, format_violations(narrow)


@pytest.mark.slow
@pytest.mark.browser
def test_reflows_at_320px_without_sideways_scrolling(
    chromium: Browser, documents: dict[str, EasyReadDocument]
) -> None:
    html = page(next(iter(documents.values())))
    view = chromium.page(html, width=320)
    try:
        overflow = view.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
    finally:
        view.close()
    assert overflow <= 0


def test_parts_are_offered_as_variants() -> None:
    from service.documents import available_formats

    variants = {f["format"]: f["variants"] for f in available_formats()}
    for fmt in ("html", "docx", "pdf"):
        assert {"easy-read", "easy-read-part-1", "easy-read-part-2", "easy-read-part-3"} <= set(
            variants[fmt]
        )
    html = render(PLANS[sorted(PLANS)[0]], "html", "easy-read-part-3").decode("utf-8")
    assert (
        "Part 3 of 3. My money." in html and "My money</h2>" in html and "About me</h2>" not in html
    )


def test_plan_text_is_escaped_and_control_characters_removed() -> None:
    from service.documents.easyread import build
    from service.plan import parse_plan

    plan = parse_plan(
        {
            "person": {
                "name": "Sam <script>alert(1)</script> Smith",
                "good_day": "I like\x0b tea & cake.",
            },
            "local_authority": "Lincolnshire County Council",
        }
    )
    html = page(build(plan))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "\x0b" not in html
    import io
    import zipfile

    word = zipfile.ZipFile(io.BytesIO(render(plan, "docx", "easy-read"))).read("word/document.xml")
    assert b"\x0b" not in word and b"tea &amp; cake" in word
