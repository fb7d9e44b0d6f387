"""Message templates: the words live in the rule packs, the plan fills in the names.

``"Need '{description}' is eligible but the plan does not say how it will be met"`` -- each
``{...}`` is a path read from the item the rule is looking at (or the plan); ``{missing}`` lists
the labels of the parts that failed; ``{costing: cover.unassigned}`` shows a fact from the
plan's costing (the figure the money view shows). Only paths and costing facts can be filled in:
no expressions, no formatting code, so a pack cannot run anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from service.rules.primitives import Compiler, Eval, Scope, SpecError, Types

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# A name long enough to recognise, short enough to read in a list of findings.
_MAX_SHOWN = 60


def show(value: Any) -> str:
    """A value as a person would read it in a message."""
    if value is None:
        return "(not recorded)"
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, Decimal):
        return f"£{value:,.2f}"
    if isinstance(value, date):
        return value.strftime("%-d %B %Y")
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(show(v) for v in value) or "(none)"
    text = " ".join(str(value).split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Template:
    text: str
    parts: tuple[str | Eval | None, ...]  # literal text, a reader, or None for {missing}

    def render(self, scope: Scope, missing: str = "") -> str:
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out.append(missing if part is None else show(part(scope)))
        return "".join(out)


def compile_template(text: Any, compiler: Compiler, types: Types) -> Template:
    if not isinstance(text, str) or not text.strip():
        raise SpecError("a message must be non-empty text")
    parts: list[str | Eval | None] = []
    pos = 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(text[pos : match.start()])
        name = match.group(1).strip()
        if name.startswith("costing:"):
            parts.append(compiler.expr({"costing": name.removeprefix("costing:").strip()}, types))
        else:
            parts.append(None if name == "missing" else compiler.expr(name, types))
        pos = match.end()
    parts.append(text[pos:])
    return Template(text, tuple(p for p in parts if p != ""))
