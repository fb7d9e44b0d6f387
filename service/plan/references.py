"""Cross-reference checks for a plan: every id unique, every reference resolvable.

Returns ``(path, message)`` pairs in plan order so a person can fix them top to bottom.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from service.plan.models import Plan

Problem = tuple[str, str]

# (collection, field on each item, collection the ids must belong to)
_LIST_REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("needs", "outcome_ids", "outcomes"),
    ("needs", "support_ids", "support"),
    ("outcomes", "need_ids", "needs"),
    ("strengths", "outcome_ids", "outcomes"),
    ("support", "need_ids", "needs"),
    ("support", "outcome_ids", "outcomes"),
    ("equipment", "need_ids", "needs"),
    ("information_and_advice", "need_ids", "needs"),
)
_NOUN = {"needs": "need", "outcomes": "outcome", "support": "support line"}
_ID_LISTS = ("needs", "outcomes", "strengths", "network", "carers", "support", "equipment", "risks")


class _HasId(Protocol):
    id: str


def _ids(items: Iterable[_HasId]) -> set[str]:
    return {item.id for item in items}


def _duplicate_ids(plan: Plan) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for collection in (*_ID_LISTS, "involvement.people"):
        items = (
            plan.involvement.people
            if collection == "involvement.people"
            else getattr(plan, collection)
        )
        for index, item in enumerate(items):
            path = f"{collection}[{index}].id"
            if item.id in seen:
                yield (
                    path,
                    f"The id '{item.id}' is already used at {seen[item.id]}: ids must be unique",
                )
            else:
                seen[item.id] = path


def _dangling(path: str, refs: list[str], known: set[str], target: str) -> Iterator[Problem]:
    for index, ref in enumerate(refs):
        if ref not in known:
            yield f"{path}[{index}]", f"There is no {_NOUN[target]} with id '{ref}' in this plan"


def reference_problems(plan: Plan) -> list[Problem]:
    problems = list(_duplicate_ids(plan))
    known = {name: _ids(getattr(plan, name)) for name in ("needs", "outcomes", "support")}
    for collection, field, target in _LIST_REFERENCES:
        for index, item in enumerate(getattr(plan, collection)):
            refs = getattr(item, field)
            problems += _dangling(f"{collection}[{index}].{field}", refs, known[target], target)
    if plan.direct_payment is not None:
        dp = plan.direct_payment
        problems += _dangling("direct_payment.need_ids", dp.need_ids, known["needs"], "needs")
        problems += _dangling(
            "direct_payment.outcome_ids", dp.outcome_ids, known["outcomes"], "outcomes"
        )
    person_id = plan.advocacy.appropriate_person_id
    if person_id is not None and person_id not in _ids(plan.involvement.people):
        problems.append(
            ("advocacy.appropriate_person_id", f"There is no involved person with id '{person_id}'")
        )
    return problems
