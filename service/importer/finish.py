"""Finish a draft: reconcile the costs a document states with the costs the plan derives, then
validate, moving any value the schema refuses back to the unplaced list instead of failing.

A council document may say "£130.00 a week" where 7 hours at £18.50 is £129.50: the plan keeps the
hours and the rate (from which the weekly cost is derived) and the advocate gets a warning.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from service.errors import PlanInvalid
from service.importer.draft import Draft, Path
from service.importer.source import Unit
from service.plan import Plan, format_path, parse_plan
from service.plan.money import pence

MAX_REPAIRS = 10  # rounds; each removes every problem the schema reported


def reconcile_costs(
    draft: Draft, weekly: dict[int, tuple[Decimal, Unit]], totals: list[tuple[Decimal, Unit]]
) -> None:
    for index, (amount, unit) in weekly.items():
        _weekly_cost(draft, index, amount, unit)
    _stated_totals(draft, totals)
    _budget_adds_up(draft)


def _weekly_cost(draft: Draft, index: int, amount: Decimal, unit: Unit) -> None:
    line = draft.data["support"][index]
    units, rate = line.get("units_per_week"), line.get("unit_cost")
    if units is not None and rate is not None:
        if pence(units * rate) != amount:
            draft.warn(
                unit,
                f"The document says £{amount} a week for '{line['description'][:60]}', "
                f"but {units} at £{rate} is £{pence(units * rate)}",
            )
    elif units is not None and units > 0:
        rate = pence(amount / units)
        if pence(rate * units) == amount:
            draft.put(unit, ("support", index, "unit_cost"), rate)
        else:
            draft.warn(unit, f"£{amount} a week does not divide into {units} units to the penny")
    elif rate is None:
        draft.put(unit, ("support", index, "units_per_week"), Decimal(1))
        draft.put(unit, ("support", index, "unit"), "week")
        draft.put(unit, ("support", index, "unit_cost"), amount)


def weekly_total(data: dict[str, Any]) -> Decimal | None:
    costs = [
        pence(line["units_per_week"] * line["unit_cost"])
        for line in data.get("support", [])
        if line.get("units_per_week") is not None and line.get("unit_cost") is not None
    ]
    return sum(costs, Decimal("0.00")) if costs else None


def _stated_totals(draft: Draft, totals: list[tuple[Decimal, Unit]]) -> None:
    derived = weekly_total(draft.data)
    for amount, unit in totals:
        if derived is not None and amount != derived:
            draft.warn(
                unit,
                f"The document's total is £{amount} but the support lines add up to £{derived} a week",
            )


def _budget_adds_up(draft: Draft) -> None:
    budget = draft.data.get("personal_budget") or {}
    total = budget.get("total")
    person = budget.get("person_contribution")
    council = budget.get("council_contribution")
    if total is None or person is None or council is None or person + council == total:
        return
    unit = next(iter(draft.sources.get(("personal_budget", "total"), [])), None)
    if unit is not None:
        draft.warn(
            unit,
            f"The personal budget is £{total} but the contributions add up to £{person + council}",
        )


# --- validation with repair --------------------------------------------------------------------

_PART = re.compile(r"\[(\d+)\]|\.?([A-Za-z_][A-Za-z0-9_]*)")


def parse_path(text: str) -> Path:
    """``needs[0].description`` -> ``("needs", 0, "description")`` (inverse of format_path)."""
    return tuple(int(m.group(1)) if m.group(1) else m.group(2) for m in _PART.finditer(text))


def drop_empty_sections(draft: Draft) -> None:
    """A heading placed at a section that ended up empty ("Direct payment" over "Not applicable")
    points at nothing: provenance only ever names a value that is in the plan."""
    for path in [
        p for p in draft.sources if draft.get(p) in (None, [], {}) and p[-1] != "cost_per_week"
    ]:
        units = draft.sources.pop(path)
        draft.resync()
        for unit in units:
            draft.leave(unit, "a heading with nothing under it that the importer could place")


def validated(draft: Draft) -> Plan:
    """The draft as a valid ``Plan``; values the schema refuses go back to the unplaced list."""
    drop_empty_sections(draft)
    for _ in range(MAX_REPAIRS):
        try:
            return parse_plan({**draft.data, "provenance": draft.provenance()})
        except PlanInvalid as invalid:
            if not _repair(draft, invalid.errors):
                raise
    raise PlanInvalid(
        [{"path": "file", "message": "The document could not be turned into a valid plan"}]
    )


def _repair(draft: Draft, problems: list[dict[str, str]]) -> bool:
    """Remove every refused value in one pass: deepest and latest paths first, so removing one
    list item never shifts a path still to be removed."""
    targets: dict[Path, str] = {}
    for problem in problems:
        path = parse_path(problem["path"])
        if path and path[0] != "provenance" and draft.get(path) is not None:
            targets[path] = problem["message"]
        elif (
            problem["message"] == "This is required" and len(path) > 2 and isinstance(path[-2], int)
        ):
            targets[path[:-1]] = "an item without its required text"
    for path in sorted(targets, key=_sort_key, reverse=True):
        _remove(draft, path, targets[path])
    return bool(targets)


def _sort_key(path: Path) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _remove(draft: Draft, path: Path, reason: str) -> None:
    parent = draft.get(path[:-1])
    if isinstance(path[-1], int):
        parent.pop(path[-1])
    else:
        parent.pop(path[-1], None)
    moved: dict[Path, list[Unit]] = {}
    dropped: list[Unit] = []
    for source, units in draft.sources.items():
        if source[: len(path)] == path:
            dropped += units
        else:
            moved[_shifted(source, path)] = units
    draft.sources = moved
    draft.resync()
    placed = draft.placed_refs()
    for unit in dropped:
        if unit.ref not in placed:
            draft.unplaced.setdefault(unit.ref, (unit, f"{format_path(path)}: {reason}"))


def _shifted(source: Path, removed: Path) -> Path:
    """A later sibling of a removed list item moves up by one."""
    depth = len(removed) - 1
    if isinstance(removed[-1], int) and source[:depth] == removed[:depth] and len(source) > depth:
        at = source[depth]
        if isinstance(at, int) and at > removed[-1]:
            return (*source[:depth], at - 1, *source[depth + 1 :])
    return source
