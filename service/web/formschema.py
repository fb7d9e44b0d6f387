"""What kind of form field each part of a plan needs, read from the plan's pydantic models.

``shape_at("needs[0].eligibility")`` -> ``Shape(kind="enum", enum=Eligibility)``. The section
editor uses this to offer a select for a coded value, checkboxes for a list of them, a date input
for a date, and a group of typed fields to add an item to a list of objects.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from service.plan.models import Plan
from service.plan.types import Money, Text

HIDDEN = frozenset({"provenance"})  # bookkeeping, never a form field

# Field kinds: text, long, bool, enum, enums, date, int, number, money, lines, object, objects.


@dataclass(frozen=True)
class Shape:
    kind: str
    required: bool = False
    enum: type[StrEnum] | None = None
    model: type[BaseModel] | None = None


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    """Drop ``| None`` and ``Annotated``; keep the metadata (length limits, validators)."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            base, *extra = get_args(annotation)
            annotation, metadata = base, [*metadata, *extra]
        elif origin in (Union, types.UnionType):
            rest = [a for a in get_args(annotation) if a is not type(None)]
            if len(rest) != 1:
                return annotation, metadata
            annotation = rest[0]
        else:
            return annotation, metadata


def _marks(alias: Any) -> list[Any]:
    return list(get_args(alias)[1:])


def _is(metadata: list[Any], alias: Any) -> bool:
    return all(any(m is mark for m in metadata) for mark in _marks(alias))


def _scalar(base: Any, metadata: list[Any], required: bool) -> Shape:
    if isinstance(base, type) and issubclass(base, StrEnum):
        return Shape("enum", required, enum=base)
    if isinstance(base, type) and issubclass(base, BaseModel):
        return Shape("object", required, model=base)
    if base is bool:
        return Shape("bool", required)
    if base is date:
        return Shape("date", required)
    if base is int:
        return Shape("int", required)
    if base is Decimal:
        return Shape("money" if _is(metadata, Money) else "number", required)
    return Shape("long" if base is str and _is(metadata, Text) else "text", required)


def shape_of(info: FieldInfo) -> Shape:
    base, metadata = _unwrap(info.annotation, list(info.metadata))
    required = info.is_required()
    if get_origin(base) is list:
        item, item_metadata = _unwrap(get_args(base)[0], [])
        inner = _scalar(item, item_metadata, False)
        if inner.kind == "object":
            return Shape("objects", required, model=inner.model)
        if inner.kind == "enum":
            return Shape("enums", required, enum=inner.enum)
        return Shape("lines", required)
    return _scalar(base, metadata, required)


@cache
def shapes(model: type[BaseModel]) -> dict[str, Shape]:
    """Each field of ``model`` that a form may show, in the model's order."""
    return {name: shape_of(info) for name, info in model.model_fields.items() if name not in HIDDEN}


def shape_at(parts: list[str | int]) -> Shape | None:
    """The shape of the part of a plan at ``parts`` (from ``plantree.split``); ``None`` if the
    path is not part of the schema."""
    shape = Shape("object", True, model=Plan)
    for part in parts:
        if isinstance(part, int):
            if shape.kind != "objects":
                return None
            shape = Shape("object", True, model=shape.model)
        elif shape.model is None or shape.kind != "object" or part not in shapes(shape.model):
            return None
        else:
            shape = shapes(shape.model)[part]
    return shape


def blank(model: type[BaseModel]) -> dict[str, Any]:
    """An empty object of ``model`` as JSON data: every field unknown, every list empty."""
    return {name: _empty(model, name, shape) for name, shape in shapes(model).items()}


def _empty(model: type[BaseModel], name: str, shape: Shape) -> Any:
    if shape.kind in ("lines", "enums", "objects"):
        return []
    if shape.model is not None and model.model_fields[name].default_factory is not None:
        return blank(shape.model)  # an object that is always there (person.communication)
    return None
