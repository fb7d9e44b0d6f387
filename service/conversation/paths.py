"""Writing facts into a plan (as JSON data) and undoing them exactly, with provenance.

Path syntax: dotted names with list selectors, e.g. ``person.good_day``,
``carers[main].willing_now`` (the first carer), ``carers[id=carer-2].able_now``, ``needs[0]``.
Provenance keys use ``service.plan.format_path`` (``needs[0].description``); when an item leaves
a list, the provenance of the items after it moves up one index so it keeps pointing at them.
"""

from __future__ import annotations

import re
from typing import Any

from service.conversation.state import Applied
from service.plan import format_path

_SEG = re.compile(r"([A-Za-z_]+)|\[([^\]]+)\]")
# Collections whose items carry ids, and the prefix of a new id.
ID_PREFIX = {
    "needs": "need", "outcomes": "out", "strengths": "str", "network": "net", "carers": "carer",
    "risks": "risk", "involvement.people": "inv", "wellbeing": "",
}  # fmt: skip
# Containers that are null until first written and need fields to be valid: a carer's own
# profile is the plan's person (the carer), so it takes their name.
_SEEDED = {"carer_profile": ("id", "name")}


def _seed(data: dict[str, Any], path: str) -> dict[str, Any]:
    if path != "carer_profile":
        return {}
    return {"id": "carer-me", "name": (data.get("person") or {}).get("name") or "carer"}


def tokens(path: str) -> list[str]:
    return [name or f"[{sel}]" for name, sel in _SEG.findall(path)]


def _index(items: list[Any], selector: str) -> int:
    if selector == "main":
        if not items:
            raise KeyError("there is no item to write to yet")
        return 0
    if selector.startswith("id="):
        ident = selector[3:]
        for i, item in enumerate(items):
            if isinstance(item, dict) and item.get("id") == ident:
                return i
        raise KeyError(f"no item with id {ident}")
    return int(selector)


def stable(data: dict[str, Any], path: str) -> str:
    """``carers[main].x`` -> ``carers[id=carer-1].x`` so an undo finds the same item later."""
    out: list[str] = []
    node: Any = data
    for tok in tokens(path):
        if tok.startswith("["):
            i = _index(node, tok[1:-1])
            item = node[i]
            tok = f"[id={item['id']}]" if isinstance(item, dict) and "id" in item else f"[{i}]"
            node = item
        else:
            node = node.get(tok) if isinstance(node, dict) else None
        out.append(tok)
    return ".".join(out).replace(".[", "[")


def concrete(data: dict[str, Any], path: str) -> tuple[Any, str | int, str]:
    """The container, key and provenance path for ``path`` (which must exist)."""
    node: Any = data
    loc: list[str | int] = []
    toks = tokens(path)
    for tok in toks[:-1]:
        key = _index(node, tok[1:-1]) if tok.startswith("[") else tok
        loc.append(key)
        node = node[key]
    last = toks[-1]
    key = _index(node, last[1:-1]) if last.startswith("[") else last
    return node, key, format_path((*loc, key))


def get(data: dict[str, Any], path: str) -> Any:
    try:
        node, key, _ = concrete(data, path)
        return node[key]
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def is_known(value: Any) -> bool:
    return value not in (None, "", [], {})


def _ensure(data: dict[str, Any], path: str) -> list[str]:
    """Create null containers on the way to ``path``; return the ones created."""
    created: list[str] = []
    prefix: list[str] = []
    node: Any = data
    for tok in tokens(path)[:-1]:
        prefix.append(tok)
        key: str | int = _index(node, tok[1:-1]) if tok.startswith("[") else tok
        if isinstance(key, str) and node.get(key) is None:
            node[key] = _seed(data, ".".join(prefix))
            created.append(".".join(prefix))
        node = node[key]
    return created


def _provenance(data: dict[str, Any], where: str, turn: int, quote: str, by: str) -> None:
    entry = {"source": "conversation", "turn": turn, "quote": quote[:20_000], "by": by}
    data.setdefault("provenance", {}).setdefault(where, []).append(entry)


def _unprovenance(data: dict[str, Any], where: str, turn: int) -> None:
    prov = data.get("provenance", {})
    kept = [
        e
        for e in prov.get(where, [])
        if not (e.get("source") == "conversation" and e.get("turn") == turn)
    ]
    if kept:
        prov[where] = kept
    else:
        prov.pop(where, None)


# --- apply ---------------------------------------------------------------------------------


def apply(data: dict[str, Any], fact: Applied, turn: int, by: str) -> Applied:
    """Write one fact into ``data`` (a plan as JSON) and return the record needed to undo it."""
    return _APPLY[fact.op](data, fact, turn, by)


def _apply_set(data: dict[str, Any], fact: Applied, turn: int, by: str) -> Applied:
    created = _ensure(data, fact.path)
    node, key, where = concrete_for_write(data, fact.path)
    previous = node.get(key) if isinstance(node, dict) else node[key]
    node[key] = fact.value
    _provenance(data, where, turn, fact.quote, by)
    return fact.model_copy(
        update={"path": stable(data, fact.path), "previous": previous, "created": created}
    )


def concrete_for_write(data: dict[str, Any], path: str) -> tuple[Any, str | int, str]:
    toks = tokens(path)
    parent_path = ".".join(toks[:-1]).replace(".[", "[")
    parent: Any = data
    loc: tuple[str | int, ...] = ()
    if parent_path:
        parent, loc = _resolve_parent(data, parent_path)
    last = toks[-1]
    key: str | int = _index(parent, last[1:-1]) if last.startswith("[") else last
    return parent, key, format_path((*loc, key))


def _resolve_parent(data: dict[str, Any], path: str) -> tuple[Any, tuple[str | int, ...]]:
    node, key, where = concrete(data, path)
    loc = tuple(int(p) if p.isdigit() else p for p in re.findall(r"[A-Za-z_]+|\d+", where))
    return node[key], loc


def _apply_add_item(data: dict[str, Any], fact: Applied, turn: int, by: str) -> Applied:
    created = _ensure(data, fact.path)
    parent, key, where = concrete_for_write(data, fact.path)
    items = parent.setdefault(key, []) if isinstance(parent, dict) else parent[key]
    if items is None:
        items = parent[key] = []
    items.append(fact.value)
    for field in fact.value:
        if field != "id" and is_known(fact.value[field]):
            _provenance(data, f"{where}[{len(items) - 1}].{field}", turn, fact.quote, by)
    return fact.model_copy(update={"created": created})


def _apply_add_value(data: dict[str, Any], fact: Applied, turn: int, by: str) -> Applied:
    created = _ensure(data, fact.path)
    parent, key, where = concrete_for_write(data, fact.path)
    if parent.get(key) is None:
        parent[key] = []
    items = parent[key]
    if fact.value in items:
        return fact.model_copy(
            update={"op": "add_value", "previous": "present", "created": created}
        )
    items.append(fact.value)
    _provenance(data, f"{where}[{len(items) - 1}]", turn, fact.quote, by)
    return fact.model_copy(update={"path": stable(data, fact.path), "created": created})


def _apply_append_text(data: dict[str, Any], fact: Applied, turn: int, by: str) -> Applied:
    created = _ensure(data, fact.path)
    parent, key, where = concrete_for_write(data, fact.path)
    current = parent.get(key)
    parent[key] = f"{current}\n{fact.value}" if current else fact.value
    _provenance(data, where, turn, fact.quote, by)
    return fact.model_copy(update={"path": stable(data, fact.path), "created": created})


_APPLY = {"set": _apply_set, "add_item": _apply_add_item, "add_value": _apply_add_value,
          "append_text": _apply_append_text}  # fmt: skip


# --- undo ----------------------------------------------------------------------------------


def undo(data: dict[str, Any], record: Applied, turn: int) -> None:
    """Reverse one applied fact. Facts someone has since changed by hand are left alone."""
    try:
        _UNDO[record.op](data, record, turn)
    except (KeyError, IndexError, TypeError, ValueError):
        return  # the item or field is gone already (edited or removed elsewhere): nothing to undo
    for container in reversed(record.created):
        _drop_if_empty(data, container)


def _undo_set(data: dict[str, Any], record: Applied, turn: int) -> None:
    node, key, where = concrete(data, record.path)
    if node[key] == record.value:
        node[key] = record.previous
    _unprovenance(data, where, turn)


def _undo_add_item(data: dict[str, Any], record: Applied, turn: int) -> None:
    parent, key, where = concrete(data, record.path)
    items = parent[key]
    ident = record.value.get("id") if isinstance(record.value, dict) else None
    index = next(
        i for i, it in enumerate(items) if (it.get("id") == ident if ident else it == record.value)
    )
    remove_item(data, where, items, index)
    if ident:
        _drop_references(data, ident)


def _undo_add_value(data: dict[str, Any], record: Applied, turn: int) -> None:
    if record.previous == "present":
        return
    parent, key, where = concrete(data, record.path)
    remove_item(data, where, parent[key], parent[key].index(record.value))


def _undo_append_text(data: dict[str, Any], record: Applied, turn: int) -> None:
    node, key, where = concrete(data, record.path)
    lines = (node[key] or "").split("\n")
    if record.value in lines:
        lines.remove(record.value)
    node[key] = "\n".join(lines) or None
    _unprovenance(data, where, turn)


_UNDO = {"set": _undo_set, "add_item": _undo_add_item, "add_value": _undo_add_value,
         "append_text": _undo_append_text}  # fmt: skip


def remove_item(data: dict[str, Any], list_path: str, items: list[Any], index: int) -> None:
    """Remove ``items[index]`` and move later items' provenance up one place."""
    del items[index]
    prov = data.get("provenance", {})
    pattern = re.compile(rf"^{re.escape(list_path)}\[(\d+)\](.*)$")
    moved: dict[str, Any] = {}
    for key in list(prov):
        m = pattern.match(key)
        if m and int(m[1]) >= index:
            entries = prov.pop(key)
            if int(m[1]) > index:
                moved[f"{list_path}[{int(m[1]) - 1}]{m[2]}"] = entries
    prov.update(moved)


def _drop_references(data: Any, ident: str) -> None:
    """An item has gone: remove its id from every ``*_ids`` list and id field that named it."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key.endswith("_ids") and isinstance(value, list) and ident in value:
                value.remove(ident)
            elif key.endswith("_id") and value == ident:
                data[key] = None
            else:
                _drop_references(value, ident)
    elif isinstance(data, list):
        for item in data:
            _drop_references(item, ident)


def _drop_if_empty(data: dict[str, Any], path: str) -> None:
    node, key, _ = concrete(data, path)
    value = node[key]
    seeded = _SEEDED.get(path, ())
    if isinstance(value, dict) and all(not is_known(v) or k in seeded for k, v in value.items()):
        node[key] = None


def next_id(data: dict[str, Any], collection: str, taken: set[str]) -> str:
    prefix = ID_PREFIX.get(collection) or collection.split(".")[-1]
    items = get(data, collection) or []
    used = {it.get("id") for it in items if isinstance(it, dict)} | taken
    n = 1
    while f"{prefix}-{n}" in used:
        n += 1
    taken.add(f"{prefix}-{n}")
    return f"{prefix}-{n}"
