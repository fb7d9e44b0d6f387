"""Markdown is the one intermediate every text format is made from.

Each variant is a Jinja template that writes Markdown. Every value a template prints is escaped
for Markdown by the environment's ``finalize`` hook, so a person's words can never become markup
(a ``# heading``, a ``| table |`` or ``<script>``); values already written as Markdown by a filter
are marked ``Md``. The Markdown is parsed once with markdown-it (HTML disabled) and the token
stream drives the HTML, plain-text and Word writers, so all formats say the same thing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

# C0/C1 control characters (tab and newlines aside) are invalid in XML and meaningless in print.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Characters that can start Markdown syntax anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>#|~&!])")
# Syntax that only counts at the start of a line: list markers, numbered lists, setext lines.
_BULLET_START = re.compile(r"^([-+=])(?=[\s=-]|$)")
_NUMBER_START = re.compile(r"^(\d+)(?=[.)](\s|$))")


class Md(Markup):
    """Text that is already Markdown: printed as it is.

    It is a ``Markup`` because the Markdown environment runs with Jinja's autoescape switched on
    only so that macro output comes back marked safe; ``finalize`` does the Markdown escaping
    before Jinja's HTML escape would ever see a value.
    """

    __slots__ = ()


def strip_controls(value: Any) -> str:
    """Text without control characters (invalid in XML, meaningless on paper)."""
    return _CONTROL.sub("", str(value))


def escape_inline(value: Any) -> str:
    """One line of literal text: whitespace (newlines too) collapses, syntax is escaped."""
    text = " ".join(strip_controls(value).split())
    text = _INLINE.sub(r"\\\1", text)
    text = _BULLET_START.sub(r"\\\1", text)
    return _NUMBER_START.sub(r"\1\\", text)


def finalize(value: Any) -> Any:
    """Jinja ``finalize``: escape everything a template prints unless it is already ``Md``."""
    if value is None:
        return Md("")
    if isinstance(value, Markup):
        return value
    return Md(escape_inline(value))


def paragraphs(value: Any) -> Md:
    """Free text with blank lines between paragraphs, as Markdown paragraphs (block position)."""
    parts = [p for p in re.split(r"\n\s*\n", str(value or "")) if p.strip()]
    return Md("\n\n".join(escape_inline(p) for p in parts))


@cache
def parser() -> MarkdownIt:
    # Only the syntax the templates write: headings, paragraphs, lists, tables, page breaks,
    # bold, and backslash escapes. Raw HTML, links, images and code are never parsed, so nothing
    # in a plan can inject markup, and parsing is about twice as fast as full CommonMark.
    rules = ["heading", "paragraph", "list", "table", "hr", "newline", "escape", "emphasis"]
    return MarkdownIt("zero", {"html": False, "linkify": False}).enable(rules)


def parse(markdown: str) -> list[Token]:
    tokens = parser().parse(markdown)
    _label_cells(tokens)
    return tokens


def _label_cells(tokens: list[Token]) -> None:
    """W-2: header cells say what they head; each data cell carries its column's name so a
    narrow screen, where the table reflows into blocks, can still show it (CSS ``attr()``)."""
    headers: list[str] = []
    column = 0
    for i, token in enumerate(tokens):
        if token.type == "thead_open":
            headers = []
        elif token.type == "th_open":
            token.attrSet("scope", "col")
            headers.append(tokens[i + 1].content)
        elif token.type == "tr_open":
            column = 0
        elif token.type == "td_open":
            if column < len(headers):
                token.attrSet("data-label", _unescape(headers[column]))
            column += 1


def _unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def to_html(tokens: list[Token]) -> str:
    md = parser()
    return str(md.renderer.render(tokens, md.options, {}))
