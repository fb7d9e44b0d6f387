"""``import_document``: bytes in, a validated draft plan plus everything it could not place out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from service.importer.finish import reconcile_costs, validated
from service.importer.mapper import Mapper
from service.importer.readers import bounded, read_blocks, read_text
from service.importer.source import Block, text_units
from service.plan import Plan


class UnplacedText(BaseModel):
    """Source text the importer could not place, with where it is and (when known) why."""

    ref: str
    text: str
    reason: str | None = None


class ImportNote(BaseModel):
    """Something the advocate should check: a stated total that does not add up, for example."""

    ref: str
    message: str


@dataclass
class ImportResult:
    plan: Plan
    unplaced: list[UnplacedText] = field(default_factory=list)
    warnings: list[ImportNote] = field(default_factory=list)
    units: int = 0  # text units in the source (empty ones not counted)

    @property
    def placed(self) -> int:
        return self.units - len(self.unplaced)

    @property
    def provenance_count(self) -> int:
        return sum(len(entries) for entries in self.plan.provenance.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "plan": self.plan.to_json(),
            "unplaced": [u.model_dump() for u in self.unplaced],
            "warnings": [w.model_dump() for w in self.warnings],
            "units": self.units,
            "placed": self.placed,
            "provenance_count": self.provenance_count,
        }


def import_document(data: bytes, filename: str) -> ImportResult:
    """Read a .docx or .txt council plan; raises ``InvalidInput``/``TooLarge`` naming ``file``."""
    return _import(read_blocks(data, filename))


def import_text(text: str) -> ImportResult:
    """The same for text already decoded (a JSON body's ``text``)."""
    return _import(bounded(read_text(text)))


def _import(blocks: list[Block]) -> ImportResult:
    mapper = Mapper()
    draft = mapper.run(blocks)
    reconcile_costs(draft, mapper.weekly_costs, mapper.stated_totals)
    plan = validated(draft)
    units = text_units(blocks)
    placed = draft.placed_refs()
    unplaced = [
        UnplacedText(ref=u.ref, text=u.text, reason=draft.unplaced.get(u.ref, (u, None))[1])
        for u in units
        if u.ref not in placed
    ]
    warnings = [ImportNote(**w) for w in draft.warnings]
    return ImportResult(plan=plan, unplaced=unplaced, warnings=warnings, units=len(units))
