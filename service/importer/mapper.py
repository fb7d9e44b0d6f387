"""Walk a document's blocks in order and place each unit in the draft plan.

The walk keeps one piece of state that matters: the section we are in, set by the last heading
recognised from ``prompts/importer/headings.yaml``. A heading we do not know starts an unknown
section, so the text under it is kept as unplaced instead of being filed under the previous
heading by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from service.importer import fields, handlers, tables
from service.importer.draft import Draft
from service.importer.source import Block, Table, Unit
from service.importer.vocab import LabelSpec, Section, label_for, section_for

# A plan's longest free-text field holds 20,000 characters (service.plan.types.Text).
MAX_UNIT_CHARS = 20_000
_LABEL = re.compile(r"^\s*([A-Za-z][^:]{0,59}?)\s*:\s*(.*)$", re.S)


class Mapper:
    def __init__(self) -> None:
        self.draft = Draft()
        self.section: Section | None = None
        self.unknown_heading: Unit | None = None
        self.heading_unit: Unit | None = None
        self.level = 0
        self.items: dict[str, int] = {}
        self.in_subitem = False
        self.pending: tuple[Unit, LabelSpec, str] | None = None
        self.weekly_costs: dict[int, tuple[Decimal, Unit]] = {}
        self.stated_totals: list[tuple[Decimal, Unit]] = []
        self._kind_override: str | None = None

    @property
    def kind(self) -> str | None:
        if self._kind_override is not None:
            return self._kind_override
        if self.unknown_heading is not None:
            return None
        return self.section.kind if self.section else "title"

    def run(self, blocks: list[Block]) -> Draft:
        for block in blocks:
            if isinstance(block, Table):
                self._close_pending()
                tables.map_table(self, block)
            elif block.text.strip():
                self.unit(block)
        self._close_pending()
        return self.draft

    @contextmanager
    def kind_as(self, kind: str) -> Iterator[None]:
        """Build an item of ``kind`` whatever the section (a grid row makes needs and support)."""
        saved, self._kind_override = self._kind_override, kind
        try:
            yield
        finally:
            self._kind_override = saved

    def label(self, text: str) -> LabelSpec | None:
        """A label as this section reads it: the section's own labels, then its kind's."""
        key = self.section.key if self.section and self._kind_override is None else ""
        return label_for(text, key, self.kind or "")

    # --- items ---------------------------------------------------------------------------------

    def current_item(self) -> int | None:
        collection = fields.COLLECTION.get(self.kind or "", ("", ""))[0]
        return self.items.get(collection)

    def new_item(self, unit: Unit, values: dict[str, Any]) -> int:
        collection = fields.COLLECTION[self.kind or ""][0]
        index = self.draft.new_item(unit, collection, values)
        self.items[collection] = index
        return index

    # --- units -----------------------------------------------------------------------------------

    def unit(self, unit: Unit) -> None:
        if len(unit.text) > MAX_UNIT_CHARS:
            self.draft.leave(unit, "too long to place in one field of a plan")
            return
        if unit.heading is None and len(unit.text) <= 60 and section_for(unit.text) is not None:
            unit = Unit(unit.ref, unit.text, 2)  # a paragraph that is exactly a heading we know
        if unit.heading is not None and self.pending is None and self.heading(unit):
            return
        self.paragraph(unit)

    def heading(self, unit: Unit) -> bool:
        """Handle ``unit`` as a heading; False when it should be read as a paragraph instead."""
        section = section_for(unit.text)
        if section is not None:
            self.enter(section, unit)
            return True
        if self.kind in fields.COLLECTION and (not unit.strong or (unit.heading or 1) > self.level):
            return self.subheading(unit)
        if unit.strong:
            self.enter(None, unit)
            self.draft.leave(unit, "a heading the importer does not know")
            return True
        return False

    def enter(self, section: Section | None, unit: Unit) -> None:
        self._close_pending()
        self.section, self.heading_unit = section, unit
        self.unknown_heading = None if section else unit
        self.level = unit.heading or 1
        self.items, self.in_subitem = {}, False
        if section is None:
            return
        self.draft.note(unit, fields.SECTION_PATH[section.kind])
        if section.plan_type:
            self.draft.put(unit, ("plan_type",), section.plan_type)

    def subheading(self, unit: Unit) -> bool:
        """A heading inside a needs/support/... section names one item ("Need 1: Washing")."""
        label = _LABEL.match(unit.text)
        text = label.group(2) if label and label.group(2).strip() else unit.text
        if label and self.label(label.group(1)) is None and label.group(2).strip():
            text = unit.text
        required = fields.COLLECTION[self.kind or ""][1]
        index = self.new_item(unit, {required: text.strip()})
        self.in_subitem = True
        if self.kind == "needs":
            handlers.describe_need(self, unit, index)
        if self.kind == "support":
            handlers.fill_support(self, unit, index, handlers.support_facts(unit.text))
        return True

    def paragraph(self, unit: Unit) -> None:
        if len(unit.text) > MAX_UNIT_CHARS:
            self.draft.leave(unit, "too long to place in one field of a plan")
            return
        if self.pending is not None:
            label_unit, waiting, label = self.pending
            self.pending = None
            self.labelled(waiting, unit, unit.text, label, label_unit)
            return
        match = _LABEL.match(unit.text)
        spec = self.label(match.group(1)) if match else None
        if match and spec is not None:
            if match.group(2).strip():
                self.labelled(spec, unit, match.group(2), match.group(1), None)
            else:
                self.pending = (unit, spec, match.group(1))
            return
        self.free(unit, looks_labelled=bool(match and len(match.group(1).split()) <= 6))

    def free(self, unit: Unit, looks_labelled: bool = False) -> None:
        """A paragraph without a label we know: the section's handler decides."""
        if self.kind is None:
            heading = self.unknown_heading.text if self.unknown_heading else ""
            self.draft.leave(unit, f"under a heading the importer does not know ({heading})")
            return
        if looks_labelled and self.kind not in handlers.ITEM_KINDS:
            self.draft.leave(unit, "a label the importer does not know")
            return
        handler = handlers.HANDLERS.get(self.kind)
        if handler is None:
            self.draft.leave(
                unit,
                f"no place for free text under '{self.heading_unit.text if self.heading_unit else ''}'",
            )
            return
        handler(self, unit)

    def labelled(
        self, spec: LabelSpec, unit: Unit, value: str, label: str, label_unit: Unit | None
    ) -> None:
        """Place a labelled value; the label's own unit (a table cell, a line before) goes with it."""
        try:
            paths = fields.apply(self, spec, unit, value, label)
        except fields.Unreadable as problem:
            self.draft.leave(unit, f"{label}: {problem}")
            if label_unit is not None:
                self.draft.leave(label_unit, f"{label}: the value next to it could not be read")
            return
        if spec.new and self.kind == "needs" and paths:
            handlers.describe_need(self, unit, int(paths[0][1]))
        if spec.new and self.kind == "support" and paths:
            handlers.fill_support(self, unit, int(paths[0][1]), handlers.support_facts(value))
        for path in paths:
            if label_unit is not None:
                self.draft.note(label_unit, path)
        if not paths:
            self.draft.leave(
                unit, f"{label}: this was already filled from another part of the document"
            )

    def _close_pending(self) -> None:
        if self.pending is not None:
            label_unit, _, label = self.pending
            self.draft.leave(label_unit, f"{label}: no value was given")
            self.pending = None
