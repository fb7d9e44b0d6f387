"""The easy-read document: sections of rows, each a picture beside a few short sentences.

Renderers (HTML, Word, PDF, audio) read only this model, so every format says the same words.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class Picture(BaseModel):
    concept: str
    code: str  # the OpenMoji file name, e.g. "1F3E0"
    alt: str


class Line(BaseModel):
    """One sentence. ``bold`` holds a hard word made bold here, where it is first used (ER-4)."""

    text: str
    bold: list[str] = Field(default_factory=list)
    free: bool = False  # carries free text from the plan (may be left out if it fails the linter)
    explains: str | None = None  # the hard word this sentence explains (ER-13)
    lead: bool = False  # introduces the free text after it; removed when that text is left out


class Row(BaseModel):
    picture: Picture
    lines: list[Line]
    source: str  # where in the plan the row comes from, e.g. "needs[0]"
    needs_free: bool = False  # a lead sentence that means nothing without the free text after it


class Section(BaseModel):
    key: str
    number: int
    title: str
    rows: list[Row]


class WordEntry(BaseModel):
    word: str
    meaning: str


class LeftOut(BaseModel):
    """A sentence from the plan that the simplifier could not make easy read (for a person to
    rewrite); it is never silently dropped."""

    source: str
    text: str
    reasons: list[str]


class EasyReadDocument(BaseModel):
    title: str
    part: str | None = None  # "Part 1 of 3. About me." when the plan is made in parts (ER-8)
    person_name: str
    council: str | None
    language: str = "en-GB"
    sections: list[Section]
    word_list: list[WordEntry]
    attribution: str
    checked_with_person_on: date | None = None
    left_out: list[LeftOut] = Field(default_factory=list)
    body_pt: int = 16  # ER-1: 16 pt, larger when the person asked for large print
    dated: date | None = None  # the date the document speaks for (never the wall clock)

    def all_lines(self) -> list[Line]:
        return [line for s in self.sections for r in s.rows for line in r.lines]

    def plain_text(self) -> str:
        """The whole text as the linter reads it: section titles as ``#`` headings."""
        out = []
        for section in self.sections:
            out.append(f"# {section.title}")
            out.extend(line.text for row in section.rows for line in row.lines)
        return "\n".join(out)

    def rows(self) -> list[Row]:
        return [r for s in self.sections for r in s.rows]
