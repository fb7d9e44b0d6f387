"""docs/RULEBOOK.md, generated from the rule packs: each rule with its sources, check and examples.

The rulebook is for the people who must trust the checks (practitioners, advocates, lawyers): the
words of the law where they were read (verification V), beside the check as written in the pack
and the examples the test suite runs. CI regenerates it and fails if the committed copy is stale.
"""

from __future__ import annotations

from typing import Any

import yaml

from service.plan.budget import LINE_FACTS, PLAN_FACTS, Cover
from service.rules.loader import Parameter, Rule, RulePack, load_packs, local_pack_names
from service.rules.models import Verified

_VERIFIED = {
    Verified.V: "read in the source itself",
    Verified.S: "seen in a reputable secondary source",
    Verified.U: "unverified: shipped as a warning until confirmed",
}
_HEADER = """# Rulebook

Generated from `rules/` by `python -m service.rules rulebook --write docs/RULEBOOK.md`; do not edit
by hand (CI fails if this file is stale). The catalogue of checks is `../shared/domain/RULES.md`;
the check language is described in `docs/rules.md`.

Levels: **must** is a duty in the Act or regulations and blocks sign-off; **should** is statutory
guidance or local procedure (a warning); **good** is good practice (advice). A *must* rule whose
source is unverified (U) ships as *should* until its text is confirmed.
"""
_COSTING = """## Facts from the costing

Money checks do not redo the sums: `{costing: ...}` in a check reads a fact the plan's costing
works out (`service/plan/budget.py`, see `docs/money.md`), the same figures the money view shows.
The costing uses the plan's council's rates (`rules/local/<council>/rates.yaml`) in force on the
costing date: services start, else plan started, else assessment, else today. With no rates in
force on that date no line has a framework rate. `cover.*` amounts are in the period the budget
is recorded in; `line.*` facts are about the support line being checked.
"""


def _facts(meanings: dict[str, str | None], prefix: str) -> list[str]:
    return [
        f"| `{prefix}{name}` | {' '.join(meaning.split())} |"
        for name, meaning in meanings.items()
        if meaning
    ]


def costing_section() -> list[str]:
    lines = [_COSTING, "| fact | meaning |", "| --- | --- |"]
    cover = {name: f.description for name, f in Cover.model_fields.items()}
    lines += [*_facts(dict(PLAN_FACTS), ""), *_facts(cover, "cover.")]
    lines += _facts(dict(LINE_FACTS), "line.")
    return [*lines, ""]


def _yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=96).rstrip()


def _citation(rule: Rule) -> list[str]:
    lines = []
    for c in rule.citations:
        lines.append(f"- [{c.title}]({c.href}) ({c.verified.value}: {_VERIFIED[c.verified]})")
        if c.text and c.verified is Verified.V:
            lines.append(f"\n  > {' '.join(c.text.split())}\n")
    return lines


def _examples(rule: Rule) -> list[str]:
    lines = []
    for kind, examples in (("Passes", rule.examples.passing), ("Fails", rule.examples.failing)):
        for example in examples:
            lines += [f"*{kind}: {example.note}*", "", "```yaml", _yaml(example.plan), "```", ""]
    return lines


def _level(rule: Rule) -> str:
    if rule.effective_level is rule.level:
        return rule.level.value
    return f"{rule.effective_level.value} (declared {rule.level.value}, source unverified)"


def rule_section(rule: Rule) -> list[str]:
    check = {k: rule.spec[k] for k in ("applies", "check") if k in rule.spec}
    return [
        f"### {rule.id}: {rule.title}",
        "",
        f"Level: **{_level(rule)}**. Verification: {rule.verified.value}. "
        f"Defined in `{rule.source}`.",
        "",
        "Sources:",
        "",
        *_citation(rule),
        "",
        f"Message: {' '.join(str(rule.spec['message']).split())}",
        "",
        f"Easy read: {' '.join(str(rule.spec['easy_read']).split())}",
        "",
        *(
            [f"Notes: {' '.join(str(rule.spec['notes']).split())}", ""]
            if "notes" in rule.spec
            else []
        ),
        "Check:",
        "",
        "```yaml",
        _yaml(check),
        "```",
        "",
        *_examples(rule),
    ]


def _parameters(params: dict[str, Parameter]) -> list[str]:
    if not params:
        return []
    lines = ["Parameters (dated: the value in force on the plan's start date applies):", ""]
    lines += [
        "| name | value | in force from | meaning | source |",
        "| --- | --- | --- | --- | --- |",
    ]
    for p in params.values():
        for start, value in p.values:
            lines.append(
                f"| `{p.name}` | {value} | {start} | {p.description.strip()} | {p.source} |"
            )
    return [*lines, ""]


def pack_section(pack: RulePack) -> list[str]:
    lines = [f"## {pack.title}", "", f"Pack `{pack.name}` ({pack.kind}), {len(pack.rules)} rules."]
    lines += ["", " ".join(pack.description.split()), "", *_parameters(pack.parameters)]
    lines += [f"- [{r.id}](#{_anchor(r)}) {r.title}" for r in pack.rules]
    lines.append("")
    for rule in pack.rules:
        lines += rule_section(rule)
    return lines


def _anchor(rule: Rule) -> str:
    text = f"{rule.id}: {rule.title}".lower()
    kept = "".join(ch for ch in text if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


def rulebook(packs: list[RulePack] | None = None) -> str:
    packs = packs if packs is not None else load_packs(local_pack_names())
    lines = [_HEADER]
    lines += [f"- [{p.title}](#{_pack_anchor(p)}) ({len(p.rules)} rules)" for p in packs]
    lines += ["- [Facts from the costing](#facts-from-the-costing)", "", *costing_section()]
    for pack in packs:
        lines += pack_section(pack)
    return "\n".join(lines).rstrip() + "\n"


def _pack_anchor(pack: RulePack) -> str:
    kept = "".join(ch for ch in pack.title.lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")
