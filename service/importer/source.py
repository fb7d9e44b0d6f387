"""A council document as a sequence of text units: paragraphs, lines and table cells.

Each unit carries a ``ref`` a person can find in the original ("paragraph 12", "table 2 row 3
cell 1", "line 40") and the signals that say whether it is a heading. Readers for DOCX and plain
text produce the same shapes, so the mapping never cares where a document came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unit:
    """One piece of source text.

    ``heading`` is ``None`` for body text, else the heading level (1 = top); ``strong`` says the
    document itself marks it as a heading (a Word heading style, a "=== BANNER ===", CAPITALS),
    as opposed to a short bold or stand-alone line that merely looks like one.
    """

    ref: str
    text: str
    heading: int | None = None
    strong: bool = False


@dataclass(frozen=True)
class Table:
    """A table's rows of cells (merged cells appear once, at their first grid position)."""

    ref: str
    rows: list[list[Unit]] = field(default_factory=list)


Block = Unit | Table


def text_units(blocks: list[Block]) -> list[Unit]:
    """Every unit with text, in document order, once (a cell merged down rows appears in each):
    what "nothing is dropped" is counted over."""
    found: dict[str, Unit] = {}
    for block in blocks:
        cells = [u for row in block.rows for u in row] if isinstance(block, Table) else [block]
        for unit in cells:
            if unit.text.strip():
                found.setdefault(unit.ref, unit)
    return list(found.values())
