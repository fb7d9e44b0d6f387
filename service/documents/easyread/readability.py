"""Flesch Reading Ease and Flesch-Kincaid grade, computed offline.

Syllables: ``pyphen`` (hyphenation dictionaries shipped in the wheel) under-counts short words
("money" has no hyphenation point), so each word's count is the larger of pyphen's and a vowel-group
rule. No data is downloaded, unlike recent ``textstat`` (see tests for the no-network proof).
Numbers written as digits count as 1 syllable: a reader takes "£120" in at a glance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyphen

from service.documents.easyread.text import Sentence, is_number, words

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_DICTIONARY = pyphen.Pyphen(lang="en_GB")


def _vowel_rule(word: str) -> int:
    """Vowel groups, less a silent final "e" (not "-le"), less "-ed" not after t or d."""
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    if word.endswith("es") and not re.search(r"(?:[sxz]|[cs]h|[gc])es$", word) and count > 1:
        count -= 1  # "likes", "lives": the "e" is silent
    if re.search(r"[^aeiou]ia|io$|io[^nu]|[^aeiou]ua|deo|.ya$", word):
        count += 1  # "idea", "radio", "video": 2 vowels, 2 sounds
    return max(count, 1)


@cache
def syllables(word: str) -> int:
    lowered = word.lower().strip("'’")
    if is_number(lowered):
        return 1
    parts = [p for p in re.sub(r"['’]", "", lowered).split("-") if p]
    return sum(max(len(_DICTIONARY.positions(p)) + 1, _vowel_rule(p)) for p in parts) or 1


@dataclass(frozen=True)
class Scores:
    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0


def scores(parts: list[Sentence]) -> Scores:
    """Scores over every sentence, headings included (they are read too)."""
    tokens = [w.text for s in parts for w in words(s)]
    count_sentences = sum(1 for s in parts if words(s))
    count_words = len(tokens)
    count_syllables = sum(syllables(t) for t in tokens)
    if not count_words:
        return Scores(0, 0, 0, 100.0, 0.0)
    wps = count_words / count_sentences
    spw = count_syllables / count_words
    ease = 206.835 - 1.015 * wps - 84.6 * spw
    grade = 0.39 * wps + 11.8 * spw - 15.59
    return Scores(count_words, count_sentences, count_syllables, round(ease, 1), round(grade, 1))
