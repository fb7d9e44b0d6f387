"""The draft plan being built, with a record of which source unit put each value where.

Paths are tuples (``("needs", 0, "description")``) and become provenance keys through
``service.plan.format_path``, so they read exactly like validation error paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.importer.source import Unit
from service.plan import format_path

Path = tuple[str | int, ...]
# Each collection's id prefix ("need-1", "out-2"), as the plan schema's examples use.
ID_PREFIX = {
    "needs": "need",
    "outcomes": "out",
    "support": "sup",
    "carers": "carer",
    "risks": "risk",
    "strengths": "str",
    "equipment": "eq",
    "network": "net",
}
QUOTE_LIMIT = 2000


@dataclass
class Draft:
    data: dict[str, Any] = field(default_factory=lambda: {"status": "draft"})
    sources: dict[Path, list[Unit]] = field(default_factory=dict)
    unplaced: dict[str, tuple[Unit, str | None]] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)
    placed: set[str] = field(default_factory=set)  # refs with a value in ``sources`` (kept in step)

    # --- reading ------------------------------------------------------------------------------

    def get(self, path: Path) -> Any:
        node: Any = self.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node

    def count(self, collection: str) -> int:
        return len(self.data.get(collection, []))

    # --- writing ------------------------------------------------------------------------------

    def note(self, unit: Unit, path: Path) -> None:
        """Record that ``unit`` is the source of the value at ``path``."""
        units = self.sources.setdefault(path, [])
        if unit not in units:
            units.append(unit)
        self.placed.add(unit.ref)
        self.unplaced.pop(unit.ref, None)

    def put(self, unit: Unit, path: Path, value: Any) -> bool:
        """Set a single value; a second, different value for the same field is left unplaced."""
        current = self.get(path)
        if current is not None and current != value:
            where = ", ".join(u.ref for u in self.sources.get(path, [])) or "earlier"
            self.leave(unit, f"{format_path(path)} was already set from {where}")
            return False
        self._parent(path)[path[-1]] = value
        self.note(unit, path)
        return True

    def add_text(self, unit: Unit, path: Path, text: str) -> None:
        """Append a paragraph to a free-text field (monitoring notes, a need's description ...)."""
        current = self.get(path)
        self._parent(path)[path[-1]] = f"{current}\n\n{text}" if current else text
        self.note(unit, path)

    def append(self, unit: Unit, path: Path, value: Any) -> int:
        """Add to a list; returns the new item's index."""
        items = self._parent(path).setdefault(path[-1], [])
        items.append(value)
        self.note(unit, (*path, len(items) - 1))
        return len(items) - 1

    def new_item(self, unit: Unit, collection: str, fields: dict[str, Any]) -> int:
        """A new need, outcome, support line ...: id from the collection's prefix, sources noted
        for each field given."""
        index = self.count(collection)
        item = {"id": f"{ID_PREFIX[collection]}-{index + 1}", **fields}
        self.data.setdefault(collection, []).append(item)
        for name in fields:
            self.note(unit, (collection, index, name))
        return index

    def link(self, collection: str, index: int, field_name: str, ref: str) -> None:
        refs = self.data[collection][index].setdefault(field_name, [])
        if ref not in refs:
            refs.append(ref)

    def leave(self, unit: Unit, reason: str | None = None) -> None:
        """Keep ``unit`` for the advocate to place by hand, unless it was placed already."""
        if unit.ref not in self.placed:
            self.unplaced.setdefault(unit.ref, (unit, reason))

    def warn(self, unit: Unit, message: str) -> None:
        self.warnings.append({"ref": unit.ref, "message": message})

    def _parent(self, path: Path) -> Any:
        node: Any = self.data
        for part in path[:-1]:
            if isinstance(part, int):
                node = node[part]
            else:
                if node.get(part) is None:
                    node[part] = {}
                node = node[part]
        return node

    # --- provenance ---------------------------------------------------------------------------

    def provenance(self) -> dict[str, list[dict[str, str]]]:
        return {
            format_path(path): [
                {"source": "import", "ref": u.ref, "quote": u.text[:QUOTE_LIMIT]} for u in units
            ]
            for path, units in self.sources.items()
        }

    def placed_refs(self) -> set[str]:
        return set(self.placed)

    def resync(self) -> None:
        """After values were removed from ``sources`` (validation repair)."""
        self.placed = {u.ref for units in self.sources.values() for u in units}
