"""The rule catalogue as data for people and clients: GET /api/rules and GET /api/rules/{id}.

Each entry carries what a practitioner needs to trust a check: its level (declared and as
applied), how well its source is verified, the citations, the words used, the check as written in
the pack and the examples the test suite runs.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from service.errors import NotFound
from service.rules.loader import Rule, RulePack
from service.rules.models import Citation, Level, Verified


class RuleInfo(BaseModel):
    id: str
    title: str
    pack: str
    level: Level  # as declared in the catalogue
    effective_level: Level  # as applied (a U-verified MUST is applied as SHOULD)
    verified: Verified
    citations: list[Citation]
    message: str
    easy_read: str
    check: dict[str, Any]  # `applies` and `check` as written in the pack
    examples: dict[str, list[dict[str, Any]]]
    source: str


def rule_info(rule: Rule) -> RuleInfo:
    examples = rule.examples.model_dump(by_alias=True, mode="json")
    check = {k: rule.spec[k] for k in ("applies", "check") if k in rule.spec}
    return RuleInfo(
        id=rule.id,
        title=rule.title,
        pack=rule.pack,
        level=rule.level,
        effective_level=rule.effective_level,
        verified=rule.verified,
        citations=list(rule.citations),
        message=" ".join(str(rule.spec["message"]).split()),
        easy_read=" ".join(str(rule.spec["easy_read"]).split()),
        check=_jsonable(check),
        examples=examples,
        source=rule.source,
    )


def catalogue(packs: list[RulePack]) -> list[RuleInfo]:
    return [rule_info(rule) for pack in packs for rule in pack.rules]


def find_rule(packs: list[RulePack], rule_id: str) -> RuleInfo:
    for pack in packs:
        for rule in pack.rules:
            if rule.id.lower() == rule_id.strip().lower():
                return rule_info(rule)
    raise NotFound(f"There is no rule {rule_id!r}", {"rule_id": rule_id})


def _jsonable(value: Any) -> Any:
    """Rule specs come from YAML: dates and numbers become JSON-friendly text."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | bool) or value is None:
        return value
    return str(value)
