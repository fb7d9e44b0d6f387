"""Edge cases kept as YAML beside the rule tree: tests/rules/cases/<pack path>.yaml mirrors
rules/<pack path>.yaml, one case per rule and situation (``expect`` pass, fail or
not_applicable, and for a failure optionally the exact ``paths``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from service.plan import parse_plan
from service.rules import Status, load_packs
from service.rules.engine import run_rule
from service.rules.loader import RULES_DIR, local_pack_names

CASES_DIR = Path(__file__).with_name("cases")
PACKS = load_packs(local_pack_names())
RULES = {rule.id: (rule, pack) for pack in PACKS for rule in pack.rules}


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]):
            name = f"{path.relative_to(CASES_DIR)}:{case['rule']}:{index}"
            out.append(pytest.param(path, case, id=name))
    return out


def test_case_files_mirror_rule_files() -> None:
    for path in CASES_DIR.rglob("*.yaml"):
        assert (RULES_DIR / path.relative_to(CASES_DIR)).is_file(), path


@pytest.mark.parametrize(("path", "case"), _cases())
def test_case(path: Path, case: dict[str, Any]) -> None:
    rule, pack = RULES[case["rule"]]
    assert rule.source.endswith(str(path.relative_to(CASES_DIR))), (
        "case filed under the wrong rules file"
    )
    findings = run_rule(rule, parse_plan(case["plan"]), pack)
    statuses = {f.status for f in findings}
    if case["expect"] == "fail":
        assert Status.fail in statuses, case["note"]
        if "paths" in case:
            assert [p for f in findings for p in f.paths] == case["paths"], case["note"]
    else:
        assert [f.status.value for f in findings] == [case["expect"]], (case["note"], findings)
