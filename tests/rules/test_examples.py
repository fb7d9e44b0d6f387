"""Every rule's own examples: each passing fragment passes, each failing one fails inside itself.

"Inside itself" means each failing finding points at a part of the plan the fragment wrote (its
top-level section, and an existing element where the path names one), so an example cannot fail
for a reason it does not show.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from service.errors import PlanInvalid
from service.plan import parse_plan
from service.rules import Status, load_packs
from service.rules.engine import run_rule
from service.rules.loader import local_pack_names

PACKS = load_packs(local_pack_names())
CASES = [
    pytest.param(pack, rule, kind, example, id=f"{rule.id}-{kind}-{index}")
    for pack in PACKS
    for rule in pack.rules
    for kind, examples in (("pass", rule.examples.passing), ("fail", rule.examples.failing))
    for index, example in enumerate(examples)
]
_STEP = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


def inside(path: str, fragment: dict[str, Any]) -> bool:
    """The path's section is in the fragment, and any list index it names exists there."""
    steps = [name or int(index) for name, index in _STEP.findall(path)]
    if not steps or steps[0] not in fragment:
        return False
    value: Any = fragment
    for step in steps:
        if isinstance(step, int):
            if not isinstance(value, list) or step >= len(value):
                return False
            value = value[step]
        elif isinstance(value, dict) and step in value:
            value = value[step]
        else:
            return True  # a field the fragment leaves out, inside a part it wrote
    return True


def test_every_rule_has_examples_of_both_kinds() -> None:
    for pack in PACKS:
        for rule in pack.rules:
            assert rule.examples.passing and rule.examples.failing, rule.id


@pytest.mark.parametrize(("pack", "rule", "kind", "example"), CASES)
def test_example(pack: Any, rule: Any, kind: str, example: Any) -> None:
    try:
        plan = parse_plan(example.plan)
    except PlanInvalid as error:
        raise AssertionError(
            f"{rule.id} '{example.note}' is not a valid plan: {error.details}"
        ) from None
    findings = run_rule(rule, plan, pack)
    failures = [f for f in findings if f.status is Status.fail]
    if kind == "pass":
        assert [f.status for f in findings] == [Status.passed], (example.note, findings)
        return
    assert failures, f"{rule.id}: '{example.note}' should fail"
    for finding in failures:
        assert finding.message and finding.easy_read
        for path in finding.paths:
            assert inside(path, example.plan), f"{rule.id}: {path} is not in the fragment"


def test_inside_helper_refuses_paths_outside_the_fragment() -> None:
    fragment = {"needs": [{"id": "need-1", "description": "x"}]}
    assert inside("needs[0].how_met", fragment)
    assert not inside("needs[1].how_met", fragment)
    assert not inside("personal_budget.total", fragment)
