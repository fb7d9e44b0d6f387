"""The importer's vocabulary, loaded from ``prompts/importer/`` (headings, labels, columns, lexicon).

The words live in YAML so a council's own wording can be added without touching Python; this
module only normalises text and looks it up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PROMPTS = Path(__file__).resolve().parents[2] / "prompts" / "importer"
# The conversation's everyday-words lexicon (shared data): used only when a need names no
# statutory outcome, and only when its words point at exactly one outcome.
EVERYDAY_OUTCOMES = PROMPTS.parent / "lexicon" / "eligibility_outcomes.yaml"

# "3.", "2.1", "Section 4 -", "Part 2:", "a)" in front of a heading carry no meaning here.
_NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|step)\s+)?(?:\d+(?:\.\d+)*|[a-z])[.):]?\s+(?=\w)", re.I
)
_TRAILING_NUMBER = re.compile(r"\s+\d+$")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def norm(text: str) -> str:
    """Lower case, no numbering, apostrophes or punctuation: "3. What's important to me?" -> ..."""
    text = text.replace("’", "'").replace("'", "").lower()
    text = _NUMBERING.sub("", text, count=1)
    return _NON_WORD.sub(" ", text).strip()


def norm_label(text: str) -> str:
    """A label without its trailing number ("Need 2" -> "need")."""
    return _TRAILING_NUMBER.sub("", norm(text))


def words(text: str) -> str:
    """Text as space-separated lower-case words, for whole-word phrase search."""
    text = text.replace("’", "'").lower().replace("-", " ").replace("/", " ")
    return " " + " ".join(re.findall(r"[a-z0-9']+", text)) + " "


@dataclass(frozen=True)
class Section:
    key: str
    kind: str
    eligibility: str | None = None
    plan_type: str | None = None


@dataclass(frozen=True)
class LabelSpec:
    field: str
    type: str
    new: bool = False


@cache
def _load(name: str) -> dict[str, Any]:
    with (PROMPTS / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


@cache
def _section_index() -> dict[str, Section]:
    index: dict[str, Section] = {}
    for key, spec in _load("headings.yaml")["sections"].items():
        section = Section(key, spec["kind"], spec.get("eligibility"), spec.get("plan_type"))
        for heading in spec["headings"]:
            index.setdefault(norm(heading), section)
    return index


def section_for(heading: str) -> Section | None:
    """The section a heading names, or ``None`` when the heading is not one we know."""
    return _section_index().get(norm(heading))


@cache
def _label_index() -> dict[str, dict[str, LabelSpec]]:
    index: dict[str, dict[str, LabelSpec]] = {}
    for group, specs in _load("headings.yaml")["labels"].items():
        table = index.setdefault(group, {})
        for spec in specs:
            label = LabelSpec(spec["field"], spec["type"], bool(spec.get("new", False)))
            for text in spec["labels"]:
                table.setdefault(norm_label(str(text)), label)
    return index


def label_for(label: str, *groups: str) -> LabelSpec | None:
    """The field a label names in the first of ``groups`` (a section's key, then its kind) that
    knows it, falling back to labels known anywhere."""
    key = norm_label(label)
    index = _label_index()
    for group in (*groups, "any"):
        found = index.get(group, {}).get(key)
        if found is not None:
            return found
    return None


@cache
def _column_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for column, headers in _load("headings.yaml")["columns"].items():
        for header in headers:
            index.setdefault(norm(header), column)
    return index


def column_for(header: str) -> str | None:
    return _column_index().get(norm(header))


def lexicon() -> dict[str, Any]:
    return _load("lexicon.yaml")


@cache
def _phrase_patterns(group: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = lexicon()[group]
    return tuple(
        (key, re.compile(" " + " ".join(words(str(p)).split()) + " "))
        for key, phrases in table.items()
        for p in phrases
    )


def first_match(group: str, text: str) -> str | None:
    """The key of the first phrase of ``group`` (in file order) found in ``text``."""
    haystack = words(text)
    return next((key for key, pattern in _phrase_patterns(group) if pattern.search(haystack)), None)


def all_matches(group: str, text: str) -> list[str]:
    """Every key of ``group`` with a phrase in ``text``, in file order, without repeats."""
    haystack = words(text)
    found: list[str] = []
    for key, pattern in _phrase_patterns(group):
        if key not in found and pattern.search(haystack):
            found.append(key)
    return found


@cache
def _everyday_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    if not EVERYDAY_OUTCOMES.exists():
        return ()
    with EVERYDAY_OUTCOMES.open(encoding="utf-8") as fh:
        adult: dict[str, list[str]] = (yaml.safe_load(fh) or {}).get("adult", {})
    return tuple(
        (slug, re.compile(" " + " ".join(words(str(p)).split()) + " "))
        for slug, phrases in adult.items()
        for p in phrases
        if words(str(p)).strip()
    )


def everyday_outcome(text: str) -> str | None:
    """The one adult outcome everyday words point at ("cook", "shower"), or ``None`` when they
    point at none or at several (then the advocate decides, not the importer)."""
    haystack = words(text)
    found = {slug for slug, pattern in _everyday_patterns() if pattern.search(haystack)}
    return found.pop() if len(found) == 1 else None
