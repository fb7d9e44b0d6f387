"""Splitting text into headings, sentences and words, keeping character positions.

Positions matter: the linter reports where each problem is, so an advocate's editor can
highlight it. A heading is a line starting with ``#`` (Markdown style) or a line the caller marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! or ? followed by space or the end, or at a line break. Decimal points
# ("£182.50") and times ("10.30") are not ends because no space follows them.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*(?:\s+|$)|\n+")
_WORD = re.compile(r"£?[^\W_][\w'’.,£-]*")
_TRAILING = ".,’'-"


@dataclass(frozen=True)
class Span:
    """A piece of the original text and where it is (``start`` inclusive, ``end`` exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence(Span):
    heading: bool = False


def words(span: Span) -> list[Span]:
    """The words of a span; "£120", "3", "don't" and "well-being" are one word each."""
    found = []
    for match in _WORD.finditer(span.text):
        token = match.group().rstrip(_TRAILING)
        if token:
            start = span.start + match.start()
            found.append(Span(token, start, start + len(token)))
    return found


def is_number(token: str) -> bool:
    return bool(re.fullmatch(r"£?\d[\d,.]*(?:p|am|pm)?", token, re.IGNORECASE))


def _line_sentences(line: str, offset: int) -> list[Sentence]:
    """Sentences of one line; text after the last full stop (or with none) is a sentence too."""
    found, start = [], 0
    ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(line)] + [(len(line), len(line))]
    for end, next_start in ends:
        piece = line[start:end].strip()
        if piece:
            begin = offset + start + (len(line[start:]) - len(line[start:].lstrip()))
            found.append(Sentence(piece, begin, begin + len(piece)))
        start = max(start, next_start)
    return found


def sentences(text: str, headings: frozenset[str] = frozenset()) -> list[Sentence]:
    """Split ``text`` into sentences; lines starting with ``#`` or listed in ``headings`` are
    headings (one sentence each, ``#`` marks excluded from the span)."""
    found: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("#") or (stripped and stripped in headings):
            found.append(_heading(line, offset))
        else:
            found.extend(_line_sentences(line, offset))
        offset += len(line)
    return found


def _heading(line: str, offset: int) -> Sentence:
    body = line.strip().lstrip("#").strip()
    start = offset + line.index(body) if body else offset
    return Sentence(body, start, start + len(body), heading=True)
