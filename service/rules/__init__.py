"""The rules engine: Care Act 2014 checks as cited data, evaluated deterministically.

Rule packs live in ``rules/`` (YAML, see docs/rules.md). Pure Python: no Django here.

    from service.rules import evaluate, sign_off_blockers
    report = evaluate(plan)            # packs chosen by plan.rule_pack
    report.must_failures               # what blocks sign-off
"""

from __future__ import annotations

from service.rules.engine import evaluate, packs_for, sign_off_blockers
from service.rules.loader import Rule, RulePack, RulePackInvalid, load_packs
from service.rules.models import Citation, Finding, Level, Report, Status, Verified

__all__ = [
    "Citation",
    "Finding",
    "Level",
    "Report",
    "Rule",
    "RulePack",
    "RulePackInvalid",
    "Status",
    "Verified",
    "evaluate",
    "load_packs",
    "packs_for",
    "sign_off_blockers",
]
