"""Turn raw JSON into a ``Plan``, or into plain-English problems naming each path."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from service.errors import PlanInvalid
from service.plan.models import Plan

# Pydantic's messages are written for programmers; these are for the practitioner reading them.
_MESSAGES = {
    "missing": "This is required",
    "extra_forbidden": "This field is not part of a plan: check the spelling",
    "date_from_datetime_parsing": "Must be a date like 2027-03-03",
    "date_parsing": "Must be a date like 2027-03-03",
    "date_type": "Must be a date like 2027-03-03",
    "decimal_parsing": "Must be an amount in pounds like 182.50",
    "decimal_type": "Must be an amount in pounds like 182.50",
    "decimal_max_places": "Money has at most 2 decimal places, like 182.50",
    "greater_than_equal": "Must not be negative",
    "bool_parsing": "Must be true or false",
    "bool_type": "Must be true or false",
    "string_type": "Must be text",
    "list_type": "Must be a list",
    "model_type": "Must be an object with named fields",
    "dict_type": "Must be an object with named fields",
    "string_too_long": "This is too long",
}


def format_path(loc: tuple[int | str, ...]) -> str:
    """``("needs", 0, "outcome_ids", 1)`` -> ``needs[0].outcome_ids[1]``."""
    path = ""
    for part in loc:
        if part == "[key]":  # pydantic marks an error in a mapping's key; the key names the place
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(plan)"


def _message(error: Any) -> str:
    kind = error["type"]
    if kind in ("enum", "literal_error"):
        return f"Must be one of: {error['ctx'].get('expected', '')}".rstrip(": ")
    if kind == "string_pattern_mismatch":
        return "An id uses letters, digits, '-', '_' or '.', like need-1"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    return _MESSAGES.get(kind, error["msg"])


def problems_from(error: ValidationError) -> list[dict[str, str]]:
    problems: list[dict[str, str]] = []
    for item in error.errors(include_url=False):
        if item["type"] == "plan_references":
            problems += [{"path": p, "message": m} for p, m in item["ctx"]["problems"]]
        else:
            problems.append({"path": format_path(tuple(item["loc"])), "message": _message(item)})
    return problems


def parse_plan(data: Any) -> Plan:
    """Validate ``data`` as a plan or raise ``PlanInvalid`` listing every problem."""
    if not isinstance(data, dict):
        raise PlanInvalid([{"path": "(plan)", "message": "A plan must be a JSON object"}])
    try:
        return Plan.model_validate(data)
    except ValidationError as error:
        raise PlanInvalid(problems_from(error)) from None
