"""Paths into a plan, as rule packs write them, checked against the plan model at load time.

Syntax (a subset of JSON path, the same shape as ``service.plan.format_path`` prints):

* ``how_met``, ``direct_payment.need_ids`` -- relative to the current item (the plan itself at
  plan level, the need while a rule walks ``needs``);
* ``$.personal_budget.total`` -- from the root of the plan, whatever the current item is;
* ``^.id`` -- from the enclosing item (inside a nested quantifier);
* ``@`` -- the current value itself (when counting plain values);
* ``[*]`` walks every element of a list, ``[2]`` takes one.

A path naming a field the plan does not have is refused when the pack loads, so a typo in a rule
pack fails loudly at start-up instead of silently passing every plan.
"""

from __future__ import annotations

import dataclasses
import re
import types
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel

Anchor = Literal["item", "root", "parent"]
# A step is a field name, a list index, or None for "every element" ([*]).
Step = str | int | None

_TOKEN = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\*|\d+)\]")


class PathError(ValueError):
    """A path that cannot be parsed or does not exist on the plan model."""


@dataclass(frozen=True, slots=True)
class Path:
    text: str
    anchor: Anchor
    steps: tuple[Step, ...]

    @property
    def many(self) -> bool:
        return None in self.steps

    def point(self, base: str) -> str:
        """The JSON path to report for this path, read from an item at ``base``."""
        parts = base if self.anchor == "item" else ""
        for step in self.steps:
            if step is None:
                break  # point at the list, not at a guessed element
            if isinstance(step, int):
                parts += f"[{step}]"
            else:
                parts += f".{step}" if parts else step
        return parts or "(plan)"


def parse_path(text: str) -> Path:
    anchor: Anchor = "item"
    rest = text.strip()
    if rest == "@":
        return Path(text, "item", ())
    if rest[:1] in ("$", "^"):
        anchor = "root" if rest[0] == "$" else "parent"
        rest = rest[1:]
    steps: list[Step] = []
    pos = 0
    while pos < len(rest):
        match = _TOKEN.match(rest, pos)
        if match is None or (pos == 0 and rest.startswith(".") and anchor == "item"):
            raise PathError(f"cannot read path {text!r} at {rest[pos:]!r}")
        name, index = match.groups()
        steps.append(name if name else (None if index == "*" else int(index)))
        pos = match.end()
    return Path(text, anchor, tuple(steps))


def get_one(value: Any, steps: tuple[Step, ...]) -> Any:
    """Follow ``steps`` (no ``[*]``) from ``value``; ``None`` as soon as anything is missing."""
    for step in steps:
        if value is None:
            return None
        if isinstance(step, int):
            value = value[step] if step < len(value) else None
        elif step is not None:
            value = getattr(value, step, None)
    return value


def get_many(value: Any, steps: tuple[Step, ...]) -> list[Any]:
    """Every value a path with ``[*]`` reaches, lists at the end flattened, ``None`` dropped."""
    values = [value]
    for step in steps:
        if step is None:
            values = [v for x in values if x is not None for v in x]
        elif isinstance(step, int):
            values = [x[step] for x in values if x is not None and step < len(x)]
        else:
            values = [getattr(x, step, None) for x in values if x is not None]
    out: list[Any] = []
    for v in values:
        if isinstance(v, list | tuple | set | frozenset):
            out.extend(v)
        elif v is not None:
            out.append(v)
    return out


# --- checking paths against the model ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shape:
    """What a path reaches: a model (or scalar) type, ``None`` when unknown, and list-ness."""

    kind: type | None
    is_list: bool = False


ANY = Shape(None)


def _unwrap(annotation: Any) -> Shape:
    origin = get_origin(annotation)
    if origin is Union or isinstance(annotation, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _unwrap(inner[0]) if len(inner) == 1 else ANY
    if origin in (list, tuple, set, frozenset):
        inner_shape = _unwrap(get_args(annotation)[0])
        return Shape(inner_shape.kind, True)
    if origin is not None and hasattr(annotation, "__metadata__"):
        return _unwrap(get_args(annotation)[0])
    return Shape(annotation if isinstance(annotation, type) else None)


def _field(kind: type, name: str) -> Shape:
    if issubclass(kind, BaseModel) and name in kind.model_fields:
        return _unwrap(kind.model_fields[name].annotation)
    if dataclasses.is_dataclass(kind) and name in {f.name for f in dataclasses.fields(kind)}:
        return _unwrap(get_type_hints(kind)[name])  # the costing's facts (service.plan.budget)
    if isinstance(getattr(kind, name, None), property):
        return ANY  # derived values such as SupportLine.cost_per_week
    raise PathError(f"{kind.__name__} has no field {name!r}")


def shape_of(path: Path, start: Shape) -> Shape:
    """The shape a path reaches from ``start``; raises ``PathError`` if a field does not exist."""
    shape = start
    for step in path.steps:
        if shape.kind is None:
            return ANY
        if isinstance(step, str):
            if shape.is_list:
                raise PathError(f"{path.text!r}: {step!r} is read from a list; use [*] or [n]")
            shape = _field(shape.kind, step)
        elif not shape.is_list:
            raise PathError(f"{path.text!r}: only a list can be indexed")
        else:
            shape = Shape(shape.kind, False)
    return shape
