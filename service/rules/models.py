"""What the rules engine reads (packs, rules, citations) and what it returns (findings, reports).

Findings and reports are the public contract: the API, the documents and the sign-off gate read
them. ``paths`` use the plan's JSON path format (``needs[0].how_met``), as
``service.plan.format_path`` prints it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Level(StrEnum):
    must = "must"  # a duty in the Act or regulations: blocks sign-off
    should = "should"  # statutory guidance or local procedure: a warning
    good = "good"  # good practice: advice


class Status(StrEnum):
    passed = "pass"
    fail = "fail"
    not_applicable = "not_applicable"


class Verified(StrEnum):
    V = "V"  # read in the legislation itself
    S = "S"  # seen in a reputable secondary source
    U = "U"  # unverified: the rule ships as a warning until confirmed


class Citation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    href: str
    verified: Verified
    text: str | None = None  # the words of the law or guidance, where read (shown in the rulebook)


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    note: str
    plan: dict[str, Any]


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    passing: list[Example] = Field(alias="pass", min_length=1)
    failing: list[Example] = Field(alias="fail", min_length=1)


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    rule_id: str
    title: str
    level: Level
    status: Status
    paths: list[str] = Field(default_factory=list)
    message: str
    easy_read: str | None = None
    citations: list[Citation] = Field(default_factory=list)


class Report(BaseModel):
    plan_id: str | None = None
    packs: list[str]
    findings: list[Finding]
    # rules counted by level, then by status: {"must": {"pass": 40, "fail": 2, ...}, ...}
    summary: dict[str, dict[str, int]]
    must_failures: list[Finding]

    @property
    def blocks_sign_off(self) -> bool:
        return bool(self.must_failures)

    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.status is Status.fail]
