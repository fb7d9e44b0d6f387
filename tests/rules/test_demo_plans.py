"""The demo plans' findings, recorded as expected results and reviewed by hand.

Each ``expected/<plan>.yaml`` holds the rules summary and every failing finding (rule, level,
paths) for one demo plan, plus ``review``: why each finding is legally right (or, for a complete
plan, why nothing fails). To re-record after a deliberate change to a rule or a plan, run
``UPDATE_EXPECTED=1 pytest tests/rules/test_demo_plans.py`` and review the diff: the ``review``
text is kept, so a changed finding must be re-reviewed by editing it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.demo import demo_plan_names, load_demo_plan
from service.rules import Report, Status, evaluate

EXPECTED = Path(__file__).with_name("expected")
COMPLETE = ("florence-and-mary", "carer-plan")  # written to be complete and lawful


def recorded(report: Report) -> dict[str, Any]:
    failures = [
        {"rule_id": f.rule_id, "level": f.level.value, "paths": list(f.paths)}
        for f in report.findings
        if f.status is Status.fail
    ]
    return {"packs": report.packs, "summary": report.summary, "failures": failures}


def _write(path: Path, actual: dict[str, Any]) -> None:
    old = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    data = {"review": old.get("review", "NOT YET REVIEWED"), **actual}
    path.write_text(yaml.safe_dump(data, sort_keys=False, width=96), encoding="utf-8")


@pytest.mark.parametrize("name", demo_plan_names())
def test_demo_plan_findings_match_the_reviewed_record(name: str) -> None:
    actual = recorded(evaluate(load_demo_plan(name)))
    path = EXPECTED / f"{name}.yaml"
    if os.environ.get("UPDATE_EXPECTED"):
        _write(path, actual)
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert expected["review"] != "NOT YET REVIEWED", f"{path.name}: review the findings by hand"
    assert {k: expected[k] for k in actual} == actual


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_plans_have_no_must_failures(name: str) -> None:
    report = evaluate(load_demo_plan(name))
    assert report.must_failures == []
    assert report.summary["must"]["pass"] >= 15  # many duties really apply, not just "n/a"


def test_every_demo_plan_has_a_record() -> None:
    assert sorted(p.stem for p in EXPECTED.glob("*.yaml")) == demo_plan_names()
