"""What the conversation understood from an answer, in words the person can check ("We noted").

    describe(facts, voice, data) -> list[str]

One line per accepted fact: ``Someone who helps you: Karen; mother; does my shopping; every
Sunday``. Showing this after each answer and on the check-your-answers page lets someone see a
wrong fact (a name read where there was none, a need in the wrong place) and change that answer
before the plan is agreed. The wording is data in ``prompts/understood.yaml``; ``data`` is the
plan as JSON, used only to name what an id points at (a need, a person).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from service.conversation.flow import Voice, Voiced
from service.conversation.state import AcceptedFact
from service.plan.enums import EligibilityOutcome, LegalList, UnableReason, WellbeingDomain

WORDING_FILE = Path(__file__).resolve().parents[2] / "prompts" / "understood.yaml"
_POSITION = re.compile(r"\[[^\]]*\]")  # needs[2], carers[id=carer-1]
_IN_ITEM = re.compile(r"^(?P<items>[\w.]+)\[(?P<index>\d+)\]\.")  # needs[2].unable_reason
_LEGAL: dict[str, type[LegalList]] = {
    "wellbeing_domain": WellbeingDomain,
    "eligibility_outcome": EligibilityOutcome,
    "unable_reason": UnableReason,
}


class FactWording(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    label: Voiced
    show: list[str] = Field(default_factory=list)
    words: str | None = None
    shown_as: Literal["money", "date", "hours", "need", "person"] | None = Field(None, alias="as")


class Wording(BaseModel):
    model_config = ConfigDict(extra="forbid")
    separator: str
    fallback: Voiced
    facts: dict[str, FactWording]
    item_words: dict[str, str]
    words: dict[str, dict[str, str]]
    money: str
    hours: str
    date: str
    weekdays: list[str]
    months: list[str]


@cache
def wording() -> Wording:
    with WORDING_FILE.open(encoding="utf-8") as fh:
        return Wording.model_validate(yaml.safe_load(fh))


def key_of(path: str) -> str:
    """The wording key of a fact's path: list positions and ids dropped."""
    return _POSITION.sub("", path)


def describe(facts: list[AcceptedFact], voice: Voice, data: dict[str, Any]) -> list[str]:
    w = wording()
    return [line for fact in facts if (line := _line(w, fact, voice, data))]


def _line(w: Wording, fact: AcceptedFact, voice: Voice, data: dict[str, Any]) -> str:
    spec = w.facts.get(key_of(fact.path))
    if spec is None:
        shown = _value(w, fact.value, data)
        return f"{w.fallback.say(voice)}: {shown}" if shown else ""
    if spec.show and isinstance(fact.value, dict):
        item = fact.value
        parts = [_value(w, item.get(f), data, words=w.item_words.get(f)) for f in spec.show]
        shown = w.separator.join(p for p in parts if p)
    else:
        shown = _value(w, fact.value, data, words=spec.words, shown_as=spec.shown_as)
    return f"{spec.label.say(voice)}{_owner(w, fact.path, data)}: {shown}" if shown else ""


def _owner(w: Wording, path: str, data: dict[str, Any]) -> str:
    """The item a fact is about, as ' (Mary)', so two needs' reasons are told apart."""
    match = _IN_ITEM.match(path)
    if not match or not (spec := w.facts.get(match["items"])) or not spec.show:
        return ""
    node: Any = data
    for part in match["items"].split("."):
        node = node.get(part) if isinstance(node, dict) else None
    index = int(match["index"])
    if not isinstance(node, list) or index >= len(node) or not isinstance(node[index], dict):
        return ""
    first = node[index].get(spec.show[0])
    return f" ({first})" if first else ""


def _value(
    w: Wording, value: Any, data: dict[str, Any], words: str | None = None,
    shown_as: str | None = None,
) -> str:  # fmt: skip
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, list):
        return ", ".join(s for v in value if (s := _value(w, v, data, words, shown_as)))
    if isinstance(value, bool):
        return w.words["yes_no"][str(value).lower()]
    if shown_as is not None:
        return _shown_as(w, shown_as, value, data)
    if words in _LEGAL:
        return _legal(_LEGAL[words], value)
    if words is not None:
        return w.words.get(words, {}).get(str(value), str(value))
    return str(value)


def _legal(kind: type[LegalList], value: Any) -> str:
    try:
        return kind(value).plain
    except ValueError:  # not a slug of this list: show it as it is rather than hide it
        return str(value)


def _shown_as(w: Wording, how: str, value: Any, data: dict[str, Any]) -> str:
    if how == "date":
        return _date(w, value)
    if how in ("money", "hours"):
        return _number(w, how, value)
    collection = data.get("needs", []) if how == "need" else _people(data)
    field = "description" if how == "need" else "name"
    named = next((i.get(field) for i in collection if i.get("id") == value), None)
    return str(named or value)


def _people(data: dict[str, Any]) -> list[dict[str, Any]]:
    involvement = data.get("involvement") or {}
    people: list[dict[str, Any]] = involvement.get("people") or []
    return people


def _date(w: Wording, value: Any) -> str:
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return w.date.format(
        weekday=w.weekdays[day.weekday()], day=day.day, month=w.months[day.month - 1],
        year=day.year,
    )  # fmt: skip


def _number(w: Wording, how: str, value: Any) -> str:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if how == "money":
        return w.money.format(amount=f"{amount:,.2f}")
    hours = amount.quantize(Decimal(1)) if amount == amount.to_integral() else amount.normalize()
    return w.hours.format(hours=f"{hours:f}")
