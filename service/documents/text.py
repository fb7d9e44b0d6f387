"""Markdown and plain text.

Markdown is the variant template's output as it is. Plain text is written from the same tokens
for people using a braille display, a screen reader in a terminal, or an email: headings are
underlined, lists keep their markers, and each table row becomes a block of "Header: value"
lines (a grid of columns does not survive a narrow screen or a braille line).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from markdown_it.token import Token

from service.documents.compose import markdown_for, tokens_for
from service.documents.registry import RenderRequest
from service.documents.view import DocumentView

WIDTH = 78
_UNDERLINE = {"h1": "=", "h2": "-"}


def render_md(request: RenderRequest) -> bytes:
    return markdown_for(DocumentView(request)).encode("utf-8")


def inline_text(token: Token) -> str:
    """The literal text of an inline token (escapes resolved, emphasis dropped)."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _wrap(text: str, indent: str = "", first: str = "") -> str:
    return (
        textwrap.fill(
            text,
            WIDTH,
            initial_indent=first or indent,
            subsequent_indent=indent,
            break_long_words=True,
            break_on_hyphens=False,
        )
        or first.rstrip()
    )


def _table(tokens: list[Token], start: int) -> tuple[list[str], int]:
    rows: list[list[str]] = []
    i = start
    while tokens[i].type != "table_close":
        if tokens[i].type == "tr_open":
            rows.append([])
        elif tokens[i].type == "inline":
            rows[-1].append(inline_text(tokens[i]))
        i += 1
    return _table_lines(rows[0], rows[1:]), i


def _table_lines(header: list[str], body: list[list[str]]) -> list[str]:
    if len(header) == 2:  # a two-column table is a list of "label: value" pairs
        return [_wrap(f"{row[0]}: {row[1]}", "    ", "  ") for row in body] + [""]
    lines = []
    for row in body:
        lines += [_wrap(f"{h}: {v}", "    ", "  ") for h, v in zip(header, row, strict=False)]
        lines.append("")
    return lines


def _blocks(tokens: list[Token]) -> Iterator[str]:
    depth, i = 0, 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "heading_open":
            text = inline_text(tokens[i + 1])
            mark = _UNDERLINE.get(token.tag)
            yield text + ("\n" + mark * min(len(text), WIDTH) if mark else "") + "\n"
            i += 2
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                yield ""
        elif token.type == "inline" and depth:
            pad = "  " * (depth - 1)
            yield _wrap(inline_text(token), pad + "  ", pad + "- ")
        elif token.type == "inline":
            yield _wrap(inline_text(token)) + "\n"
        elif token.type == "table_open":
            lines, i = _table(tokens, i)
            yield "\n".join(lines)
        elif token.type == "hr":
            yield "*" * 20 + "\n"
        i += 1


def plain_text(tokens: list[Token]) -> str:
    return "\n".join(_blocks(tokens)).rstrip() + "\n"


def render_txt(request: RenderRequest) -> bytes:
    _, tokens = tokens_for(request)
    return plain_text(tokens).encode("utf-8")
