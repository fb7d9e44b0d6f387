"""The easy-read word data: plain words, acronyms, pictograms, allow-list and linter wording.

Everything people read lives in ``prompts/easyread/`` and ``plan_templates/easyread/``; this module
only loads it (once per process) into typed, read-only structures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[3]
PROMPTS_DIR = ROOT / "prompts" / "easyread"
TEMPLATES_DIR = ROOT / "plan_templates" / "easyread"


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass(frozen=True)
class Explained:
    """A hard word kept on purpose: bold where first used, explained, listed in the word list."""

    word: str
    meaning: str
    lemma: str


@dataclass(frozen=True)
class Lexicon:
    replace: dict[str, str]
    explain: dict[str, Explained]
    numbers: dict[str, str]
    one_before: frozenset[str]
    acronyms: dict[str, str]
    known_acronyms: dict[str, str]
    capital_names: frozenset[str]
    allowed: frozenset[str]
    not_passive: frozenset[str]
    irregular_participles: frozenset[str]

    @property
    def replace_pattern(self) -> re.Pattern[str]:
        return _phrase_pattern(tuple(self.replace))

    @property
    def explain_pattern(self) -> re.Pattern[str]:
        return _phrase_pattern(tuple(self.explain), ignore_case=False)

    @property
    def explain_pattern_ci(self) -> re.Pattern[str]:
        return _phrase_pattern(tuple(self.explain))

    def explained(self, phrase: str) -> Explained | None:
        return self.explain.get(phrase) or self.explain.get(phrase.lower())


@cache
def _phrase_pattern(phrases: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str]:
    """One regex matching any phrase as whole words, longest first so phrases beat their parts."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def _explained(data: dict[str, dict[str, str]]) -> dict[str, Explained]:
    return {
        word: Explained(word, entry["meaning"], entry.get("lemma", word))
        for word, entry in data.items()
    }


@cache
def lexicon() -> Lexicon:
    words = load_yaml(PROMPTS_DIR / "plain_words.yaml")
    acronyms = load_yaml(PROMPTS_DIR / "acronyms.yaml")
    allowed = load_yaml(PROMPTS_DIR / "hard_words_allowed.yaml")
    grammar = load_yaml(PROMPTS_DIR / "grammar.yaml")
    return Lexicon(
        replace=dict(words["replace"]),
        explain=_explained(words["explain"]),
        numbers=dict(words["numbers"]),
        one_before=frozenset(words["one_before"]),
        acronyms=dict(acronyms["expand"]),
        known_acronyms=dict(acronyms["known"]),
        capital_names=frozenset(acronyms["names"]),
        allowed=frozenset(w.lower() for w in allowed["allowed"]),
        not_passive=frozenset(grammar["not_passive"]),
        irregular_participles=frozenset(grammar["irregular_participles"]),
    )


@cache
def linter_text() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(PROMPTS_DIR / "linter.yaml")
    return data


@cache
def grammar() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(PROMPTS_DIR / "grammar.yaml")
    return data
