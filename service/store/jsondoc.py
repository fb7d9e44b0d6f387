"""Pure JSON helpers for plan snapshots: RFC 7386 merge patch and a readable diff.

No Django here: both work on the plain JSON a revision stores.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from service.plan import format_path

Change = Literal["added", "removed", "changed"]


class DiffEntry(TypedDict):
    path: str
    before: Any
    after: Any
    change: Change


def merge_patch(target: Any, patch: Any) -> Any:
    """Apply an RFC 7386 JSON merge patch: objects merge, ``null`` removes, anything else
    (including a list) replaces. Returns a new value; ``target`` is not changed."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def json_diff(before: Any, after: Any) -> list[DiffEntry]:
    """Every leaf that differs between two JSON documents, with its path in the style of
    ``needs[0].outcome_ids[1]``. Empty values (``None``, ``[]``, ``{}``) count as absent, so a
    field that merely gains its default is not reported."""
    entries: list[DiffEntry] = []
    _walk((), before, after, entries)
    return entries


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == {}


def _walk(path: tuple[int | str, ...], a: Any, b: Any, out: list[DiffEntry]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            _walk((*path, key), a.get(key), b.get(key), out)
    elif isinstance(a, list) and isinstance(b, list):
        _walk_list(path, a, b, out)
    elif a != b and not (_empty(a) and _empty(b)):
        out.append(_entry(path, a, b))


def _keyed(items: list[Any]) -> bool:
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    return all(isinstance(i, str) for i in ids) and len(set(ids)) == len(ids)


def _walk_list(
    path: tuple[int | str, ...], a: list[Any], b: list[Any], out: list[DiffEntry]
) -> None:
    if not (_keyed(a) and _keyed(b)):
        for index in range(max(len(a), len(b))):
            _walk((*path, index), _at(a, index), _at(b, index), out)
        return
    # Items with ids (needs, outcomes, support lines...) are matched by id, so inserting one
    # item reports one addition, not a change to every item after it. Paths use the index in
    # the newer revision, or in the older one for a removed item.
    before = {item["id"]: item for item in a}
    for index, item in enumerate(b):
        _walk((*path, index), before.get(item["id"]), item, out)
    after = {item["id"] for item in b}
    for index, item in enumerate(a):
        if item["id"] not in after:
            _walk((*path, index), item, None, out)


def _at(items: list[Any], index: int) -> Any:
    return items[index] if index < len(items) else None


def _entry(path: tuple[int | str, ...], a: Any, b: Any) -> DiffEntry:
    change: Change = "added" if _empty(a) else "removed" if _empty(b) else "changed"
    return {"path": format_path(path), "before": a, "after": b, "change": change}


def nul_paths(value: Any, path: tuple[int | str, ...] = ()) -> list[str]:
    """Paths of strings (or object keys) containing U+0000, which PostgreSQL's jsonb refuses."""
    if isinstance(value, str):
        return [format_path(path)] if "\x00" in value else []
    found: list[str] = []
    if isinstance(value, dict):
        for key, child in value.items():
            found += [format_path((*path, key))] if "\x00" in key else []
            found += nul_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += nul_paths(child, (*path, index))
    return found
