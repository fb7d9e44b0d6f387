"""Evaluating rule packs against one plan: findings in a stable order, and a summary.

A rule is ``not_applicable`` when its ``applies`` condition is false or none of its checks found
anything to look at; it ``fail``s once per offending item (each finding names the item and points
at its path); otherwise it passes with one finding. Findings follow pack order (national, local,
good practice), then rule order in the pack, then plan order. Evaluation reads the plan only.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from service.errors import NotFound, PlanInvalid
from service.plan.models import Plan
from service.rules.loader import Block, Rule, RulePack, load_packs
from service.rules.models import Finding, Level, Report, Status
from service.rules.paths import get_one
from service.rules.primitives import Scope


def packs_for(plan: Plan, names: list[str] | None = None) -> list[RulePack]:
    """The packs a plan is checked against: national, good practice, and its local pack.

    ``names`` (an explicit choice, e.g. ``?pack=``) replaces the plan's own ``rule_pack``. An
    unknown pack named by the plan is a problem with the plan (``PlanInvalid`` at
    ``rule_pack``); one named by the caller is ``NotFound``.
    """
    if names:
        return load_packs(names)
    try:
        return load_packs([plan.rule_pack] if plan.rule_pack else [])
    except NotFound as missing:
        raise PlanInvalid([{"path": "rule_pack", "message": missing.message}]) from None


def as_of(plan: Plan) -> date | None:
    """The date that picks dated local parameters: when the plan started, else the assessment."""
    return plan.dates.plan_started or plan.dates.services_start or plan.dates.assessment


def _and_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _failure(rule: Rule, block: Block, scope: Scope, failed: list[Any]) -> Finding:
    base = scope.path
    if block.at is not None:
        paths = [block.at.point(base)]
    else:
        paths = list(dict.fromkeys(c.point.point(base) for c in failed if c.point))
    missing = _and_list([c.label for c in failed if c.label])
    return Finding(
        rule_id=rule.id,
        title=rule.title,
        level=rule.effective_level,
        status=Status.fail,
        paths=paths or [base or "(plan)"],
        message=block.message.render(scope, missing),
        easy_read=block.easy_read.render(scope, missing),
        citations=rule.citation_list,
    )


def _check_item(rule: Rule, block: Block, scope: Scope, findings: list[Finding]) -> bool:
    """Check one item; ``False`` when ``where`` leaves it out."""
    if block.where is not None and not block.where.test(scope):
        return False
    failed = [c for c in block.require if not c.test(scope)]
    if failed:
        findings.append(_failure(rule, block, scope, failed))
    return True


def _run_block(rule: Rule, block: Block, root: Scope) -> tuple[bool, list[Finding]]:
    findings: list[Finding] = []
    if block.when is not None and not block.when.test(root):
        return False, findings
    if block.every is None:
        return _check_item(rule, block, root, findings), findings
    collection, applicable = block.every.point(""), False
    scope = root.child(None, collection)
    for index, item in enumerate(get_one(root.plan, block.every.steps) or ()):
        # One scope moves along the list; its path text is built only if a finding needs it.
        scope.item, scope.index = item, index
        applicable = _check_item(rule, block, scope, findings) or applicable
    return applicable, findings


def _outcome(rule: Rule, status: Status) -> Finding:
    return Finding(
        rule_id=rule.id,
        title=rule.title,
        level=rule.effective_level,
        status=status,
        paths=[],
        message=rule.title,
        easy_read=None,
        citations=rule.citation_list,
    )


def evaluate_rule(rule: Rule, root: Scope) -> list[Finding]:
    if rule.applies is not None and not rule.applies.test(root):
        return [_outcome(rule, Status.not_applicable)]
    applicable, findings = False, list[Finding]()
    for block in rule.blocks:
        used, failed = _run_block(rule, block, root)
        applicable, findings = applicable or used, findings + failed
    if findings:
        return findings
    return [_outcome(rule, Status.passed if applicable else Status.not_applicable)]


def _summary(findings: list[Finding]) -> dict[str, dict[str, int]]:
    """Rules (not findings) counted by level and status: a rule with 3 failing items counts once."""
    status_of: dict[tuple[str, Level], Status] = {}
    for f in findings:
        key = (f.rule_id, f.level)
        if status_of.get(key) is not Status.fail:
            status_of[key] = f.status
    summary = {level.value: {status.value: 0 for status in Status} for level in Level}
    for (_, level), status in status_of.items():
        summary[level.value][status.value] += 1
    return summary


def evaluate(plan: Plan, packs: list[RulePack] | None = None) -> Report:
    """Check ``plan`` against ``packs`` (default: the packs its ``rule_pack`` selects)."""
    packs = packs_for(plan) if packs is None else packs
    with _gc_paused():
        findings = _findings(plan, packs)
    must = [f for f in findings if f.level is Level.must and f.status is Status.fail]
    return Report(
        plan_id=plan.id,
        packs=[p.name for p in packs],
        findings=findings,
        summary=_summary(findings),
        must_failures=must,
    )


def _findings(plan: Plan, packs: list[RulePack]) -> list[Finding]:
    day, cache = as_of(plan), dict[str, Any]()
    findings: list[Finding] = []
    for pack in packs:
        root = Scope(plan, plan, "", None, cache, pack.params_on(day))
        for rule in pack.rules:
            findings += evaluate_rule(rule, root)
    return findings


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one evaluation (milliseconds).

    An evaluation allocates many short-lived findings; with the collector on, the full
    collections they trigger walk the whole heap, so time grew faster than the plan (measured:
    x2.75 for a plan twice the size). Findings hold no reference cycles, so reference counting
    still frees everything; the collector is restored (if it was on) as soon as we finish.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def sign_off_blockers(plan: Plan, packs: list[RulePack] | None = None) -> list[Finding]:
    """The MUST failures that stop a plan being marked ready for sign-off or signed off."""
    return evaluate(plan, packs).must_failures


def run_rule(rule: Rule, plan: Plan, pack: RulePack) -> list[Finding]:
    """One rule's findings for ``plan`` (its examples and the API's rule page use this)."""
    return evaluate_rule(rule, Scope(plan, plan, "", None, {}, pack.params_on(as_of(plan))))
