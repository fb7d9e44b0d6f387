"""A plan's JSON as things a page can show and a form can edit.

Paths use the plan's own format (``needs[0].how_met``), the same the rules engine puts on a
finding, so a finding links straight to the part at fault: ``anchor(path)`` is the element id.

Editing a section: every scalar leaf becomes a labelled field named by its path; a list of
plain values is one line per value; a list of objects is shown item by item, plus a box to add
new items as JSON (a practitioner's escape hatch for parts with no question yet).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from service.errors import InvalidInput

_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def anchor(path: str) -> str:
    """A valid, stable HTML id for a plan path."""
    return "at-" + (re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-") or "plan")


def label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def join(base: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{base}[{key}]"
    return f"{base}.{key}" if base else key


def split(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _PATH_PART.findall(path)]


@dataclass
class Node:
    """One part of the plan for display: a value, or a group of parts."""

    path: str
    label: str
    kind: str  # "value" | "group" | "list"
    value: Any = None
    children: list[Node] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return anchor(self.path)

    @property
    def shown(self) -> str:
        return show(self.value)


def show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "Not recorded"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return "; ".join(show(v) for v in value)
    return str(value)


def tree(value: Any, path: str, name: str) -> Node:
    if isinstance(value, dict):
        kids = [tree(v, join(path, k), label(k)) for k, v in value.items() if k != "provenance"]
        return Node(path, name, "group", children=kids)
    if isinstance(value, list) and value and any(isinstance(v, dict) for v in value):
        kids = [tree(v, join(path, i), f"{name} {i + 1}") for i, v in enumerate(value)]
        return Node(path, name, "list", children=kids)
    return Node(path, name, "value", value=value)


def sections(data: dict[str, Any]) -> list[Node]:
    """The plan's top-level parts, in schema order, without bookkeeping fields."""
    hidden = {"schema_version", "id", "provenance"}
    return [tree(v, k, label(k)) for k, v in data.items() if k not in hidden]


# --- editing -----------------------------------------------------------------------------------


@dataclass
class Field:
    path: str
    label: str
    kind: str  # "text" | "long" | "bool" | "lines" | "json"
    value: str
    error: str = ""

    @property
    def anchor(self) -> str:
        return anchor(self.path)

    @property
    def name(self) -> str:
        return "f:" + self.path


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def fields(value: Any, path: str, name: str) -> list[Field]:
    """The form fields for one section (or any part) of the plan."""
    if isinstance(value, dict):
        return [f for k, v in value.items() for f in fields(v, join(path, k), label(k))]
    if isinstance(value, bool):
        return [Field(path, name, "bool", "yes" if value else "no")]
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value) and value:
            return [Field(path, name, "lines", "\n".join(_as_text(v) for v in value))]
        items = [
            f for i, v in enumerate(value) for f in fields(v, join(path, i), f"{name} {i + 1}")
        ]
        return [*items, Field(path + "[+]", f"{name}: add items (JSON list)", "json", "")]
    text = _as_text(value)
    kind = "long" if len(text) > 80 else "text"
    return [Field(path, name, kind, text)]


def _parse(field_: Field, raw: str, old: Any) -> Any:
    raw = raw.replace("\r\n", "\n")
    if field_.kind == "bool":
        return {"yes": True, "no": False}.get(raw)
    if field_.kind == "lines":
        return [line.strip() for line in raw.split("\n") if line.strip()]
    if not raw.strip():
        return "" if old == "" else None
    if isinstance(old, (int, float)) and not isinstance(old, bool):
        try:
            return type(old)(raw.strip())
        except ValueError:
            return raw.strip()
    return raw.strip()


def _get(data: Any, path: str) -> Any:
    for part in split(path):
        data = data[part]
    return data


def _set(data: Any, path: str, value: Any) -> None:
    parts = split(path)
    target = data
    for part in parts[:-1]:
        target = target[part]
    target[parts[-1]] = value


def section_fields(data: dict[str, Any], section: str) -> list[Field]:
    """A section's fields; an empty optional section is offered as one JSON box."""
    value = data.get(section)
    if value is None:
        return [Field(section, f"{label(section)} (JSON object)", "object", "")]
    return fields(value, section, label(section))


def apply(data: dict[str, Any], section: str, posted: dict[str, str]) -> dict[str, Any]:
    """A copy of ``data`` with the posted values of ``section``'s fields written in.

    Raises ``InvalidInput`` (with the field's path) when an "add items" box is not a JSON list.
    """
    result = json.loads(json.dumps(data))
    for f in section_fields(result, section):
        raw = posted.get(f.name)
        if raw is None:
            continue
        if f.kind == "object":
            result[section] = _json(f, raw, dict) if raw.strip() else None
        elif f.kind == "json":
            _add_items(result, f, raw)
        else:
            _set(result, f.path, _parse(f, raw, _get(result, f.path)))
    return result


def _add_items(data: dict[str, Any], f: Field, raw: str) -> None:
    if not raw.strip():
        return
    items = _json(f, raw, (list, dict))
    _get(data, f.path[: -len("[+]")]).extend(items if isinstance(items, list) else [items])


def _json(f: Field, raw: str, kind: type | tuple[type, ...]) -> Any:
    try:
        value = json.loads(raw)
    except ValueError as error:
        message = f"This is not valid JSON: {error}"
        raise InvalidInput([{"path": f.path, "message": message}]) from None
    if not isinstance(value, kind):
        message = "Give a JSON object {...} or a list of them [{...}]"
        raise InvalidInput([{"path": f.path, "message": message}])
    return value
