"""Phrase lexicons kept in ``prompts/lexicon/``: loading and tolerant whole-word matching.

Matching is case-insensitive on whole words. Single words of five letters or more also match a
close misspelling (``cleening`` -> ``cleaning``, ``lonley`` -> ``lonely``) through ``difflib``'s
ratio or one swapped pair of letters, because people type quickly on phones; short words must match
exactly so ``ms`` never matches ``me``. A misspelling is at most one letter longer or shorter: two
real words further apart (``dressed`` and ``depressed``) are different words, not a typo.
When a longer phrase of one key starts with a shorter phrase of another ("frightened of" against
"frightened"), only the longer, more specific reading is kept; a phrase inside another one ("bath"
in "in and out of the bath") keeps both readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[2] / "prompts" / "lexicon"
_WORD = re.compile(r"[a-z0-9']+(?:-[a-z0-9']+)*")
_FUZZY_MIN_LEN = 5
_FUZZY_RATIO = 0.84


@cache
def load(name: str) -> Any:
    """One lexicon file by stem (``"answers"`` -> ``prompts/lexicon/answers.yaml``)."""
    with (LEXICON_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


@dataclass(frozen=True)
class Match:
    key: str
    phrase: str
    start: int  # word index in the text
    end: int
    said: str = ""  # the words as the text has them (a misspelling stays misspelt)


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < _FUZZY_MIN_LEN or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    return SequenceMatcher(None, a, b).ratio() >= _FUZZY_RATIO or _swapped(a, b)


def _swapped(a: str, b: str) -> bool:
    """One pair of neighbouring letters typed the wrong way round ("lonley")."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] + a[diff[1]] == b[diff[1]] + b[diff[0]]
    )


def _find(phrase: list[str], tokens: list[str]) -> int | None:
    fuzzy = len(phrase) == 1
    for i in range(len(tokens) - len(phrase) + 1):
        window = tokens[i : i + len(phrase)]
        if window == phrase or (fuzzy and _similar(window[0], phrase[0])):
            return i
    return None


def match(text: str, table: dict[str, list[str]]) -> list[Match]:
    """Every key of ``table`` one of whose phrases occurs in ``text``, in text order."""
    tokens = words(text)
    found: list[Match] = []
    for key, phrases in table.items():
        for phrase in sorted(phrases, key=lambda p: -len(str(p))):
            parts = words(str(phrase))
            start = _find(parts, tokens) if parts else None
            if start is not None:
                said = " ".join(tokens[start : start + len(parts)])
                found.append(Match(key, str(phrase), start, start + len(parts), said))
                break
    return sorted(_most_specific(found), key=lambda m: m.start)


def _most_specific(found: list[Match]) -> list[Match]:
    """Drop a match that is the first words of a longer match of another key."""
    return [
        m
        for m in found
        if not any(o.key != m.key and o.start == m.start and o.end > m.end for o in found)
    ]


def keys(text: str, table: dict[str, list[str]]) -> list[str]:
    return [m.key for m in match(text, table)]


def original(text: str, found: Match) -> str:
    """The matched words exactly as written in ``text`` (case and punctuation kept)."""
    pattern = r"\W+".join(re.escape(w) for w in found.said.split())
    hit = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.I) if pattern else None
    return hit.group(0) if hit else found.said
