"""Editing one section of a plan in a form, with fields typed from the plan's models.

Every field is named by its plan path (``f:needs[0].how_met``), the same path a finding or a
validation error names, so an error links straight to its field. What each field looks like comes
from the models (``formschema``): a select for a coded value, checkboxes for a list of them, a date
input, a yes/no select, money and number inputs, one line per value for other lists.

A list of objects shows each item, then a group of empty typed fields that adds one item when
anything is typed in it (``f:needs[+].description``; the new item gets the next free id, as the
conversation gives one). A part with nothing recorded yet (an empty ``direct_payment``) is shown
as its typed fields and stays empty unless something is typed. Each group keeps a JSON box
(``f:needs[+]``, ``f:direct_payment``) as the advanced way in, for parts with no field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from service.conversation.paths import ID_PREFIX as CONVERSATION_PREFIX
from service.conversation.paths import next_id
from service.errors import InvalidInput
from service.importer.draft import ID_PREFIX as IMPORT_PREFIX
from service.plan.validation import problems_from
from service.web import wording
from service.web.formschema import Shape, blank, shape_at, shapes
from service.web.plantree import anchor, join, label, split

ADD = "[+]"
EMPTY: tuple[Any, ...] = (None, "", [])
# A part that is one object, not a list, numbers a new id with this collection.
ID_COLLECTION = {"carer_profile": "carers"}
# A list of ids pointing at another part of the plan, offered as that part's items (by the field
# that says what each is), so a practitioner links a support line to a need by ticking the need.
LINKS = {
    "need_ids": ("needs", "description"),
    "outcome_ids": ("outcomes", "statement"),
    "support_ids": ("support", "description"),
}


class Posted(Protocol):
    """A submitted form: ``request.POST``."""

    def __contains__(self, key: object, /) -> bool: ...
    def get(self, key: str, default: None = None) -> str | None: ...
    def getlist(self, key: str) -> list[str]: ...


@dataclass
class Field:
    path: str
    label: str
    kind: str  # text long bool enum enums date int number money lines json object
    value: str = ""
    values: list[str] = field(default_factory=list)  # the ticked options of an "enums" field
    choices: tuple[wording.Choice, ...] = ()
    required: bool = False  # a select with no "Not recorded" option
    error: str = ""

    @property
    def anchor(self) -> str:
        return anchor(self.path)

    @property
    def name(self) -> str:
        return "f:" + self.path

    @property
    def helped(self) -> bool:
        """Shown with a line of help (``h-<anchor>``) that the input points to."""
        return self.kind in ("lines", "json", "object", "money", "date")

    @property
    def new(self) -> bool:
        """Part of an "add" group or of an empty part: it has no place in the plan yet."""
        return ADD in self.path


@dataclass
class Group:
    """Typed fields that add one item (``path`` ends ``[+]``) or fill an empty object."""

    path: str
    legend: str
    model: type[BaseModel]
    fields: list[Field]
    advanced: Field  # the JSON box
    next_index: int = 0  # where an added item lands, to place errors on its fields

    @property
    def adds(self) -> bool:
        return self.path.endswith(ADD)

    @property
    def anchor(self) -> str:
        return "g-" + anchor(self.path)


Block = Field | Group


# --- building the form ---------------------------------------------------------------------


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def _field(value: Any, path: str, name: str, shape: Shape, *, new: bool = False) -> Field:
    kind = shape.kind
    if kind == "bool":
        return Field(path, name, kind, {True: "yes", False: "no"}.get(value, ""))
    if shape.enum is not None:
        options = wording.choices(shape.enum)
        if kind == "enums":
            return Field(path, name, kind, values=[str(v) for v in value or []], choices=options)
        return Field(
            path, name, kind, _as_text(value), choices=options, required=shape.required and not new
        )
    if kind == "lines":
        return Field(path, name, kind, "\n".join(_as_text(v) for v in value or []))
    return Field(path, name, kind, _as_text(value))


def _linked(plan: dict[str, Any], key: str, value: Any) -> tuple[wording.Choice, ...]:
    """The items a list of ids may point at, in the plan's order; an id already recorded that
    points nowhere stays on offer as itself, so saving the form never drops it."""
    collection, words = LINKS[key]
    offered = [
        wording.Choice(
            item["id"], wording.text("link_choice", words=str(item.get(words) or ""), id=item["id"])
        )
        for item in plan.get(collection) or []
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    ]
    known = {c.value for c in offered}
    return (*offered, *(wording.Choice(str(v), str(v)) for v in value or [] if v not in known))


def _field_at(
    value: Any, path: str, name: str, shape: Shape, plan: dict[str, Any] | None, *, new: bool
) -> Field:
    key = path.rsplit(".", 1)[-1]
    if plan is not None and key in LINKS and shape.kind == "lines":
        values = [str(v) for v in value or []]
        return Field(path, name, "enums", values=values, choices=_linked(plan, key, value))
    return _field(value, path, name, shape, new=new)


def _group_fields(model: type[BaseModel], path: str, plan: dict[str, Any] | None) -> list[Field]:
    """The typed fields of a new object: no id (it is given one), nothing nested (JSON box)."""
    return [
        _field_at(None, join(path, key), label(key), shape, plan, new=True)
        for key, shape in shapes(model).items()
        if key != "id" and shape.kind not in ("object", "objects")
    ]


def _add_group(
    path: str, name: str, model: type[BaseModel], count: int, plan: dict[str, Any] | None
) -> Group:
    box = Field(path + ADD, wording.text("advanced_items", name=name), "json")
    legend = wording.add_legend(path + ADD, name)
    return Group(path + ADD, legend, model, _group_fields(model, path + ADD, plan), box, count)


def _empty_group(
    path: str, name: str, model: type[BaseModel], plan: dict[str, Any] | None
) -> Group:
    box = Field(path, wording.text("advanced_object", name=name), "object")
    return Group(path, wording.empty_legend(name), model, _group_fields(model, path, plan), box)


def blocks(
    value: Any, path: str, name: str, shape: Shape | None, plan: dict[str, Any] | None = None
) -> list[Block]:
    """The fields (and add groups) for ``value``, the part of the plan at ``path``; ``plan``
    (the whole plan) offers the items a list of ids may link to."""
    if shape is None:  # not in the schema: shown as text, validation names it
        return [Field(path, name, "text", _as_text(value))]
    if shape.model is not None and shape.kind == "object":
        if value is None:
            return [
                _empty_group(path, name, shape.model, plan),
                *_empty_parts(path, shape.model, plan),
            ]
        return [
            block
            for key, inner in shapes(shape.model).items()
            for block in blocks(value.get(key), join(path, key), label(key), inner, plan)
        ]
    if shape.model is not None and shape.kind == "objects":
        item = Shape("object", True, model=shape.model)
        items = value or []
        parts = [
            b
            for i, v in enumerate(items)
            for b in blocks(v, join(path, i), f"{name} {i + 1}", item, plan)
        ]
        return [*parts, _add_group(path, name, shape.model, len(items), plan)]
    return [_field_at(value, path, name, shape, plan, new=False)]


def _empty_parts(path: str, model: type[BaseModel], plan: dict[str, Any] | None) -> list[Block]:
    """An empty part's own parts, typed too (a new direct payment's employer costs and reviews):
    filling one creates the part around it, so nothing waits for a first save."""
    out: list[Block] = []
    for key, inner in shapes(model).items():
        if inner.model is None or inner.kind not in ("object", "objects"):
            continue
        if inner.kind == "object":
            out += blocks(None, join(path, key), label(key), inner, plan)
        else:
            out.append(_add_group(join(path, key), label(key), inner.model, 0, plan))
    return out


def section_form(data: dict[str, Any], section: str) -> list[Block]:
    return blocks(data.get(section), section, label(section), shape_at([section]), data)


def flatten(form: list[Block]) -> list[Field]:
    return [f for b in form for f in ([*b.fields, b.advanced] if isinstance(b, Group) else [b])]


def section_fields(data: dict[str, Any], section: str) -> list[Field]:
    return flatten(section_form(data, section))


# --- reading a submitted form --------------------------------------------------------------


def _refuse(path: str, key: str, **values: str) -> InvalidInput:
    return InvalidInput([{"path": path, "message": wording.message(key, **values)}])


def _chosen(f: Field, raw: str) -> Any:
    allowed: dict[str, Any] = {"": None}
    if f.kind == "bool":
        allowed |= {"yes": True, "no": False}
    else:
        allowed |= {c.value: c.value for c in f.choices}
    if raw not in allowed:
        raise _refuse(f.path, "not_a_choice")
    return allowed[raw]


def _number(f: Field, text: str) -> str:
    if f.kind == "money":
        text = text.removeprefix("£").strip()
    return text.replace(",", "") if f.kind in ("money", "number", "int") else text


def parse(f: Field, posted: Posted, old: Any = None) -> Any:
    """The value a field's submitted text means; a choice not on offer is refused by path."""
    if f.kind == "enums":
        picked = [_chosen(f, v) for v in posted.getlist(f.name) if v]  # "" is always sent
        kept = [v for v in old or [] if v in picked]  # the order they were recorded in
        return kept + [v for v in picked if v not in kept]
    raw = (posted.get(f.name) or "").replace("\r\n", "\n")
    if f.kind in ("bool", "enum"):
        return _chosen(f, raw.strip())
    if f.kind == "lines":
        return [line.strip() for line in raw.split("\n") if line.strip()]
    text = _number(f, raw.strip())
    if not text:
        return "" if old == "" else None
    return text


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


def _ids(data: Any) -> set[str]:
    """Every id already in the plan: a new one must differ from all of them."""
    if isinstance(data, dict):
        own = {data["id"]} if isinstance(data.get("id"), str) else set()
        return own.union(*(_ids(v) for v in data.values()))
    if isinstance(data, list):
        return set().union(*(_ids(v) for v in data))
    return set()


def new_id(data: dict[str, Any], collection: str) -> str:
    """The next free id for ``collection``, numbered as the conversation numbers them
    (``need-3``); collections the conversation never adds to use the importer's prefix
    (``sup-2``, ``eq-1``)."""
    if collection in CONVERSATION_PREFIX:
        return next_id(data, collection, _ids(data))
    prefix = IMPORT_PREFIX.get(collection, collection.split(".")[-1])
    return next_id({prefix: []}, prefix, _ids(data))


def _typed(group: Group, posted: Posted) -> dict[str, Any]:
    """What was typed in a group's fields, by key; empty fields are left out."""
    values = {
        f.path[len(group.path) + 1 :]: parse(f, posted) for f in group.fields if f.name in posted
    }
    return {key: value for key, value in values.items() if value not in EMPTY}


def _json(f: Field, raw: str, kind: type | tuple[type, ...], shape_message: str) -> Any:
    try:
        value = json.loads(raw)
    except ValueError as error:
        raise _refuse(f.path, "not_json", error=str(error)) from None
    if not isinstance(value, kind):
        raise _refuse(f.path, shape_message)
    return value


def _checked(group: Group, item: dict[str, Any]) -> dict[str, Any]:
    """Check a new item on its own, so a problem names the field it was typed in."""
    try:
        group.model.model_validate(item)
    except ValidationError as error:
        raise InvalidInput(
            [{**p, "path": join(group.path, p["path"])} for p in problems_from(error)]
        ) from None
    return item


def _make_room(data: dict[str, Any], path: str) -> None:
    """Create the empty parts around ``path`` (not ``path`` itself), each as a blank object with
    an id where it needs one, so an item typed into a part of an empty part has somewhere to go."""
    parts = split(path)
    at = ""
    for depth in range(1, len(parts)):
        at = join(at, parts[depth - 1]) if at else str(parts[0])
        if _get(data, at) is None:
            shape = shape_at(parts[:depth])
            assert shape is not None and shape.model is not None  # the form offered it
            made = blank(shape.model)
            if "id" in shapes(shape.model):
                made["id"] = new_id(data, ID_COLLECTION.get(at, at))
            _set(data, at, made)


def _add(data: dict[str, Any], group: Group, posted: Posted) -> None:
    collection = group.path[: -len(ADD)]
    typed = _typed(group, posted)
    raw = (posted.get(group.advanced.name) or "").strip()
    if not typed and not raw:
        return  # nothing typed: nothing added, no empty part created
    _make_room(data, collection)
    items = _get(data, collection)
    if typed:
        if "id" in shapes(group.model):
            typed = {"id": new_id(data, collection), **typed}
        items.append(_checked(group, typed))
    if raw:
        more = _json(group.advanced, raw, (list, dict), "not_items")
        items.extend(more if isinstance(more, list) else [more])


def _fill(data: dict[str, Any], group: Group, posted: Posted) -> None:
    raw = (posted.get(group.advanced.name) or "").strip()
    given = _json(group.advanced, raw, dict, "not_object") if raw else {}
    typed = _typed(group, posted)
    if not given and not typed:
        return  # nothing typed: the part stays empty
    _make_room(data, group.path)
    value = {**blank(group.model), **given, **typed}
    if "id" in shapes(group.model) and not value.get("id"):
        value["id"] = new_id(data, ID_COLLECTION.get(group.path, group.path))
    _set(data, group.path, _checked(group, value))


def apply(data: dict[str, Any], section: str, posted: Posted) -> dict[str, Any]:
    """A copy of ``data`` with the posted values of ``section``'s fields written in.

    Raises ``InvalidInput`` naming the field's path for a choice not on offer, a JSON box that
    is not JSON of the right shape, or a new item that is not valid.
    """
    result: dict[str, Any] = json.loads(json.dumps(data))
    for block in section_form(result, section):
        if isinstance(block, Group):
            (_add if block.adds else _fill)(result, block, posted)
        elif block.name in posted:
            _set(result, block.path, parse(block, posted, _get(result, block.path)))
    return result


# --- showing a refused or stale form again -------------------------------------------------


def refill(fields: list[Field], posted: Posted) -> None:
    """Show what was typed, not what is stored, so nothing typed is lost."""
    for f in fields:
        if f.name not in posted:
            continue
        if f.kind == "enums":
            f.values = [v for v in posted.getlist(f.name) if v]
        else:
            f.value = posted.get(f.name) or ""


def _shown(f: Field, values: list[str]) -> str:
    words = {c.value: c.words for c in f.choices}
    return "; ".join(words.get(v, v) for v in values)


def changes(form: list[Block], posted: Posted) -> list[dict[str, str]]:
    """The values someone typed that differ from the form they started from."""
    out = []
    for block in form:
        prefix = block.legend + ": " if isinstance(block, Group) else ""
        for f in flatten([block]):
            if f.name not in posted:
                continue
            if f.kind == "enums":
                now = [v for v in posted.getlist(f.name) if v]
                if sorted(now) != sorted(f.values):
                    out.append({"label": prefix + f.label, "value": _shown(f, now)})
                continue
            typed = (posted.get(f.name) or "").replace("\r\n", "\n").strip()
            if typed != f.value.replace("\r\n", "\n").strip():
                out.append({"label": prefix + f.label, "value": typed})
    return out


def _owner(form: list[Block], path: str) -> tuple[str, Field | None]:
    """The field a problem's path belongs to: the same path, the path of a new item's field,
    or the nearest field that contains it (``needs[0].unable_reason[1]``)."""
    fields = flatten(form)
    for group in (b for b in form if isinstance(b, Group) and b.adds):
        landed = f"{group.path[: -len(ADD)]}[{group.next_index}]"
        if path == landed or path.startswith((landed + ".", landed + "[")):
            path = group.path + path[len(landed) :]
    best = None
    for f in fields:
        inside = path == f.path or path.startswith((f.path + ".", f.path + "["))
        if inside and (best is None or len(f.path) > len(best.path)):
            best = f
    return path, best


def locate(form: list[Block], problems: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Put each problem on its field (``error``) and list them for the error summary."""
    summary = []
    for problem in problems:
        path, owner = _owner(form, str(problem.get("path", "")))
        message = str(problem.get("message", ""))
        if owner is not None and not owner.error:
            owner.error = message
        target = owner.anchor if owner is not None else ""
        summary.append({"path": path, "message": message, "anchor": target})
    return summary
