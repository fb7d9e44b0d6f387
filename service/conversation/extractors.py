"""From one answer to facts: the deterministic understanding used by default.

Each question names an extractor (``extract:`` in its YAML). An extractor reads the answer and
returns ``Extraction``: facts to write (each with the words it came from), the answer's value
(for branching), a clarifying-question key when the answer is ambiguous, and any words it could
not place (kept as said in the nearest free-text field). It never invents: no match, no fact.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from types import ModuleType
from typing import Any

from service.conversation import (
    extract_contacts,
    extract_name,
    extract_needs,
    extract_network,
    extract_simple,
    extract_wellbeing,
)
from service.conversation.extract_base import KEEP_WORDS, Context, Extraction, add, set_
from service.conversation.flow import Question
from service.errors import InvalidInput

__all__ = ["EXTRACTORS", "KEEP_WORDS", "Context", "Extraction", "from_value"]


def _named(namespace: dict[str, Any]) -> dict[str, Callable[[str, Context], Extraction]]:
    return {k[2:]: fn for k, fn in namespace.items() if k.startswith("x_") and callable(fn)}


def _registry(*modules: ModuleType) -> dict[str, Callable[[str, Context], Extraction]]:
    """Every module's ``x_*`` extractors by name; two different extractors of one name are a bug."""
    out: dict[str, Callable[[str, Context], Extraction]] = {}
    for module in modules:
        for name, fn in _named(vars(module)).items():
            if out.setdefault(name, fn) is not fn:
                raise RuntimeError(f"two extractors named {name!r}")
    return out


EXTRACTORS = _registry(
    extract_simple,
    extract_contacts,
    extract_name,
    extract_network,
    extract_needs,
    extract_wellbeing,
)


# --- structured values (buttons and pickers send these instead of text) ----------------------


def _invalid(message: str) -> InvalidInput:
    return InvalidInput([{"path": "value", "message": message}])


def from_value(q: Question, value: Any, ctx: Context) -> Extraction:
    """An answer given as a value (a button press) rather than words."""
    quote = str(value)
    if q.kind == "yes_no":
        if not isinstance(value, bool):
            raise _invalid("This question takes true or false.")
        return (
            Extraction(value=value)
            if q.extract == "consent"
            else Extraction([set_(p, value, quote) for p in q.fills], value=value)
        )
    if q.kind in ("choice", "multi_choice"):
        return _choice_value(q, value, quote)
    if q.kind in ("date", "money", "number"):
        return _scalar_value(q, value, quote)
    return EXTRACTORS[q.extract](quote, ctx)


def _choice_value(q: Question, value: Any, quote: str) -> Extraction:
    allowed = {c.value for c in q.choices}
    chosen = value if isinstance(value, list) else [value]
    if (
        not chosen
        or any(v not in allowed for v in chosen)
        or (q.kind == "choice" and len(chosen) != 1)
    ):
        raise _invalid(f"Choose from: {', '.join(sorted(allowed))}.")
    if q.kind == "choice":
        return Extraction([set_(q.fills[0], chosen[0], quote)], value=chosen[0])
    return Extraction([add(q.fills[0], v, quote) for v in chosen], value=chosen)


def _scalar_value(q: Question, value: Any, quote: str) -> Extraction:
    try:
        if q.kind == "date":
            parsed: Any = date.fromisoformat(str(value)).isoformat()
        else:
            parsed = str(Decimal(str(value)))
            if Decimal(parsed) < 0:
                raise ValueError
    except (ValueError, ArithmeticError):
        raise _invalid("This value is not a valid date (YYYY-MM-DD) or amount.") from None
    return Extraction([set_(q.fills[0], parsed, quote)], value=parsed)
