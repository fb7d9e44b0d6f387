"""Markdown, plain text, HTML and JSON: golden files, hostile content, empty plans, agreement."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from service.documents import render
from service.plan import Plan
from tests.documents.golden import assert_golden
from tests.documents.plans import LONG, demo_plans

VARIANTS = ("council", "my-plan", "large-print", "one-page-profile", "contingency")
DEMOS = sorted(demo_plans())


@pytest.mark.parametrize("name", DEMOS)
@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_golden(demos: dict[str, Plan], name: str, fmt: str, variant: str) -> None:
    assert_golden(f"{name}/{variant}.{fmt}", render(demos[name], fmt, variant, revision=1))


@pytest.mark.parametrize("name", DEMOS)
def test_golden_json(demos: dict[str, Plan], name: str) -> None:
    assert_golden(f"{name}/data.json", render(demos[name], "json", revision=1))


def test_same_revision_gives_the_same_bytes(florence: Plan) -> None:
    for fmt in ("md", "txt", "html", "json"):
        assert render(florence, fmt, revision=3) == render(florence, fmt, revision=3)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def _tags(html: str) -> list[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("variant", VARIANTS)
def test_hostile_text_stays_text_in_html(hostile: Plan, florence: Plan, variant: str) -> None:
    page = render(hostile, "html", variant).decode()
    assert "<script" not in page.replace("&lt;script", "")
    assert "<em>" not in page and "<b>" not in page
    # The person's words add no structure: same headings and tables as the ordinary plan.
    tags, ordinary = _tags(page), _tags(render(florence, "html", variant).decode())
    for tag in ("h1", "table", "script", "a", "code", "blockquote", "pre"):
        assert tags.count(tag) == ordinary.count(tag), tag
    assert "👩🏽‍🦳" in page and "مرحبا" in page and "\x0b" not in page and "\x1f" not in page


def test_hostile_text_keeps_a_10000_character_field_whole(hostile: Plan) -> None:
    for fmt in ("md", "html"):
        assert LONG.strip() in render(hostile, fmt).decode().replace("\\", "")
    flat = " ".join(render(hostile, "txt").decode().split())
    assert LONG.strip() in flat


def _table_blocks(markdown: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in markdown.splitlines():
        if line.startswith("|"):
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def test_hostile_markdown_keeps_its_tables_whole(hostile: Plan) -> None:
    """Every row of every table has as many (unescaped) cell separators as its header."""
    tables = _table_blocks(render(hostile, "md").decode())
    assert len(tables) > 10
    for rows in tables:
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, rows[0]


def test_json_round_trips_to_the_same_plan(hostile: Plan) -> None:
    data = json.loads(render(hostile, "json"))
    assert Plan.model_validate(data["plan"]) == hostile


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_empty_sections_say_so_plainly(empty: Plan, fmt: str) -> None:
    text = render(empty, fmt).decode()
    for phrase in (
        "No carers recorded",
        "No needs recorded",
        "No risks recorded",
        "No direct payment is proposed",
        "No emergency contacts recorded",
    ):
        assert phrase in text, phrase
    person = render(empty, fmt, "my-plan").decode()
    assert "We have not written my outcomes yet" in person


def _money(text: str) -> list[str]:
    return sorted(set(re.findall(r"£[\d,]+\.\d\d(?: a (?:week|year))?", text)))


@pytest.mark.parametrize("variant", VARIANTS)
def test_money_agrees_to_the_penny_across_formats(florence: Plan, variant: str) -> None:
    md = _money(render(florence, "md", variant).decode())
    if variant in ("council", "my-plan", "large-print"):
        assert "£52.77 a week" in md, "the plan shows its money"
    assert _money(render(florence, "txt", variant).decode()) == md
    assert _money(render(florence, "html", variant).decode()) == md


def test_json_totals_match_the_documents(florence: Plan) -> None:
    derived = json.loads(render(florence, "json"))["derived"]
    assert derived["total_cost_per_week_text"] in render(florence, "md").decode()
    assert derived["total_cost_per_week"] == "52.77"


def test_every_data_cell_names_its_column_for_narrow_screens(hostile: Plan) -> None:
    page = render(hostile, "html").decode()
    cells = re.findall(r"<td( data-label=\"[^\"]+\")?>", page)
    assert cells and all(cells), "a cell without its column name"
    assert '<th scope="col">' in page


def test_the_document_date_comes_from_the_revision_not_the_clock(florence: Plan) -> None:
    from datetime import datetime

    first = render(florence, "html", generated_at=datetime(2027, 3, 3, 9, 30))
    assert "3 March 2027" in first.decode()
    assert first == render(florence, "html", generated_at=datetime(2027, 3, 3, 9, 30))
    assert first != render(florence, "html", generated_at=datetime(2027, 3, 4, 9, 30))
