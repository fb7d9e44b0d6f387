"""A plan's JSON as things a page can show and a form can edit.

Paths use the plan's own format (``needs[0].how_met``), the same the rules engine puts on a
finding, so a finding links straight to the part at fault: ``anchor(path)`` is the element id.

Editing a section in a form is ``sectionform``'s job; it names fields by these paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LABELS = Path(__file__).resolve().parent / "text" / "fields.yaml"

_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def anchor(path: str) -> str:
    """A valid, stable HTML id for a plan path."""
    return "at-" + (re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-") or "plan")


@cache
def _labels() -> dict[str, str]:
    data: dict[str, str] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    return data


def label(key: str) -> str:
    """A field's name as words: ``text/fields.yaml`` where the bare name would not read."""
    return _labels().get(key) or key.replace("_", " ").capitalize()


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
