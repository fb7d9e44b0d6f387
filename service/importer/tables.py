"""Tables: a grid (a header row naming columns, then one row per need or service) or a form
(label cells each followed by their value, in any number of pairs per row).

A grid row becomes linked items: the need, the outcome it serves and the support that meets it
reference each other by id, as the plan schema expects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from service.importer import handlers, values
from service.importer.fields import SECTION_PATH
from service.importer.source import Table, Unit
from service.importer.vocab import column_for, first_match, norm, section_for

if TYPE_CHECKING:
    from service.importer.mapper import Mapper

_TOTAL_ROWS = {
    "total",
    "totals",
    "total weekly cost",
    "weekly total",
    "total cost",
    "total per week",
}


def map_table(mapper: Mapper, table: Table) -> None:
    rows = [row for row in table.rows if any(u.text.strip() for u in row)]
    while rows and _title_row(mapper, rows[0]):
        rows = rows[1:]
    if not rows:
        return
    header = _grid_header(rows[0])
    if header is None:
        for row in rows:
            _form_row(mapper, row)
        return
    for column, unit in zip(header, rows[0], strict=True):
        if column is not None:
            mapper.draft.note(unit, _COLUMN_PATH.get(column, ("support",)))
        elif unit.text.strip():
            mapper.draft.leave(unit, "a column heading the importer does not know")
    for row in rows[1:]:
        _grid_row(mapper, header, row)


def _title_row(mapper: Mapper, row: list[Unit]) -> bool:
    """A row with a single cell of text naming a section ("Personal Budget") is the table's title."""
    cells = [u for u in row if u.text.strip()]
    if len(cells) != 1 or section_for(cells[0].text) is None:
        return False
    mapper.enter(section_for(cells[0].text), cells[0])
    for unit in row:
        if unit is not cells[0] and unit.text.strip():
            mapper.draft.leave(unit)
    return True


def _grid_header(row: list[Unit]) -> list[str | None] | None:
    columns = [column_for(u.text) if u.text.strip() else None for u in row]
    named = [c for c in columns if c is not None]
    texts = [u for u in row if u.text.strip()]
    if len(named) >= 2 and len(named) * 2 >= len(texts) and len(set(named)) == len(named):
        return columns
    return None


# --- forms: Label | value | Label | value ------------------------------------------------------


def _form_row(mapper: Mapper, row: list[Unit]) -> None:
    index = 0
    while index < len(row):
        unit = row[index]
        spec = mapper.label(unit.text) if unit.text.strip() else None
        if spec is not None and index + 1 < len(row):
            value = row[index + 1]
            if value.text.strip():
                mapper.labelled(spec, value, value.text, unit.text, unit)
            else:
                mapper.draft.leave(unit, f"{unit.text}: no value was given")
            index += 2
            continue
        section = section_for(unit.text) if unit.text.strip() else None
        if section is not None and section == mapper.section:
            mapper.draft.note(unit, SECTION_PATH[section.kind])  # "Budget" over a budget table
        elif unit.text.strip():
            mapper.paragraph(unit)
        index += 1


# --- grids: one row per need or service ---------------------------------------------------------

_COLUMN_PATH = {
    "outcome_area": ("needs",),
    "need": ("needs",),
    "eligible": ("needs",),
    "met_by": ("needs",),
    "outcome": ("outcomes",),
    "risk": ("risks",),
    "proactive": ("risks",),
    "reactive": ("risks",),
    "likelihood": ("risks",),
}
_SUPPORT_COLUMNS = ("support", "provider", "hours", "when", "unit_cost", "weekly_cost", "funding")
_RISK_COLUMNS = ("risk", "proactive", "reactive", "likelihood")


def _grid_row(mapper: Mapper, header: list[str | None], row: list[Unit]) -> None:
    cells = {col: unit for col, unit in zip(header, row, strict=False) if col and unit.text.strip()}
    extra = [u for col, u in zip(header, row, strict=False) if col is None and u.text.strip()]
    extra += [u for u in row[len(header) :] if u.text.strip()]
    if _total_row(mapper, row):
        return
    need = _row_need(mapper, cells)
    outcome = _row_outcome(mapper, cells, need)
    _row_support(mapper, cells, need, outcome)
    _row_risk(mapper, cells)
    for unit in extra:
        mapper.draft.leave(unit, "in a column the importer does not know")


def _total_row(mapper: Mapper, row: list[Unit]) -> bool:
    """A "Total" row restates the sum of the lines: kept as the source of the support total and
    checked against it once every line is read."""
    if not any(norm(u.text) in _TOTAL_ROWS for u in row):
        return False
    for unit in row:
        if not unit.text.strip():
            continue
        mapper.draft.note(unit, ("support",))
        amount = values.money(unit.text)
        if amount is not None:
            mapper.stated_totals.append((amount, unit))
    return True


def _row_need(mapper: Mapper, cells: dict[str, Unit]) -> int | None:
    description = cells.get("need") or cells.get("outcome_area")
    if description is None:
        for column in ("eligible", "met_by"):
            if column in cells:
                mapper.draft.leave(cells[column], "no need in this row to attach it to")
        return None
    with mapper.kind_as("needs"):
        index = mapper.new_item(description, {"description": description.text})
        for column in ("outcome_area", "need"):
            if column in cells:
                handlers.describe_need(mapper, cells[column], index)
    _need_answers(mapper, cells, index)
    return index


def _need_answers(mapper: Mapper, cells: dict[str, Unit], index: int) -> None:
    for column, group, field in (
        ("eligible", "eligibility_answers", "eligibility"),
        ("met_by", "met_by", "met_by"),
    ):
        unit = cells.get(column)
        if unit is None:
            continue
        found = first_match(group, unit.text)
        if found is None or not mapper.draft.put(unit, ("needs", index, field), found):
            mapper.draft.leave(unit, f"could not read {field.replace('_', ' ')} from this")


def _row_outcome(mapper: Mapper, cells: dict[str, Unit], need: int | None) -> int | None:
    unit = cells.get("outcome")
    if unit is None:
        return None
    with mapper.kind_as("outcomes"):
        index = mapper.new_item(unit, {"statement": unit.text})
    if need is not None:
        _link(mapper, ("needs", need), ("outcomes", index), "outcome_ids", "need_ids")
    return index


def _row_support(
    mapper: Mapper, cells: dict[str, Unit], need: int | None, outcome: int | None
) -> None:
    present = [col for col in _SUPPORT_COLUMNS if col in cells]
    if not present:
        return
    first = cells.get("support") or cells.get("provider") or cells[present[0]]
    with mapper.kind_as("support"):
        index = mapper.new_item(first, {"description": first.text})
        handlers.fill_support(mapper, first, index, handlers.support_facts(first.text))
        for column in present:
            if cells[column] is not first:
                _support_cell(mapper, column, cells[column], index)
    if need is not None:
        _link(mapper, ("needs", need), ("support", index), "support_ids", "need_ids")
    if outcome is not None:
        mapper.draft.link(
            "support", index, "outcome_ids", mapper.draft.data["outcomes"][outcome]["id"]
        )


def _provider_cell(text: str) -> dict[str, Any]:
    facts = {k: v for k, v in handlers.support_facts(text).items() if k != "provider"}
    return {"provider": text.strip(), **facts}


def _hours_cell(text: str) -> dict[str, Any]:
    found = values.quantity(text, "hour")
    return {"units_per_week": found[0], "unit": found[1]} if found else {}


def _rate_cell(text: str) -> dict[str, Any]:
    amount = values.money(text)
    facts: dict[str, Any] = {"unit_cost": amount} if amount is not None else {}
    per = next((a.per for a in values.amounts(text)), None)
    if per in ("hour", "session", "day", "night"):
        facts["unit"] = per
    return facts


def _weekly_cell(text: str) -> dict[str, Any]:
    amount = values.money(text)
    return {"weekly_cost": amount} if amount is not None else {}


def _funding_cell(text: str) -> dict[str, Any]:
    facts = handlers.support_facts(text)
    return {k: v for k, v in facts.items() if k in ("funding", "delivery")}


# What each support column's cell holds; any other column is read like a support description.
_CELL_READERS: dict[str, Callable[[str], dict[str, Any]]] = {
    "provider": _provider_cell,
    "hours": _hours_cell,
    "unit_cost": _rate_cell,
    "weekly_cost": _weekly_cell,
    "when": lambda text: {"when": text.strip()},
    "funding": _funding_cell,
}


def _support_cell(mapper: Mapper, column: str, unit: Unit, index: int) -> None:
    facts = _CELL_READERS.get(column, handlers.support_facts)(unit.text)
    if not handlers.fill_support(mapper, unit, index, facts):
        mapper.draft.leave(unit, f"could not read the {column.replace('_', ' ')} in this cell")


def _row_risk(mapper: Mapper, cells: dict[str, Unit]) -> None:
    unit = cells.get("risk")
    if unit is None:
        for column in _RISK_COLUMNS[1:]:
            if column in cells:
                mapper.draft.leave(cells[column], "no risk in this row to attach it to")
        return
    with mapper.kind_as("risks"):
        index = mapper.new_item(unit, {"description": unit.text})
    for column in ("proactive", "reactive"):
        if column in cells:
            mapper.draft.append(cells[column], ("risks", index, column), cells[column].text)
    if "likelihood" in cells:
        found = first_match("likelihood", cells["likelihood"].text)
        if found is None or not mapper.draft.put(
            cells["likelihood"], ("risks", index, "likelihood"), found
        ):
            mapper.draft.leave(cells["likelihood"], "could not read the likelihood")


def _link(
    mapper: Mapper, a: tuple[str, int], b: tuple[str, int], a_field: str, b_field: str
) -> None:
    data = mapper.draft.data
    mapper.draft.link(a[0], a[1], a_field, data[b[0]][b[1]]["id"])
    mapper.draft.link(b[0], b[1], b_field, data[a[0]][a[1]]["id"])
