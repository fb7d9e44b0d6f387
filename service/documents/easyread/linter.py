"""The easy-read linter: every ER language rule as a check with a position and a suggestion.

``lint(text)`` returns each violation (``fail`` or ``warn``) with its character span in ``text``,
plus Flesch Reading Ease and Flesch-Kincaid grade for the whole text. The rules and their wording
come from ``../shared/domain/ACCESSIBLE_OUTPUT.md`` (ER-3, ER-9 to ER-15 and the readability
gates); the words people read are in ``prompts/easyread/linter.yaml``. Everything runs offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, computed_field
from wordfreq import zipf_frequency

from service.documents.easyread.lexicon import Lexicon, lexicon, linter_text
from service.documents.easyread.readability import Scores, scores, syllables
from service.documents.easyread.text import Sentence, Span, sentences, words

Severity = Literal["warn", "fail"]
WARN_WORDS, FAIL_WORDS = 15, 20
EASE_WARN, EASE_FAIL = 80.0, 70.0
GRADE_WARN, GRADE_FAIL = 5.0, 7.0
# wordfreq Zipf thresholds from ACCESSIBLE_OUTPUT.md: rare, or long and not common.
RARE_ZIPF, LONG_ZIPF, LONG_SYLLABLES = 3.5, 4.5, 3

_PUNCTUATION = re.compile(r";|(?<!\d):|:(?!\d)|[()\[\]{}]|[–—]|\s-\s")
_PERCENT = re.compile(r"\d[\d.,]*\s*%|%|\bper\s*cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
_PENCE = re.compile(r"£\d[\d,]*\.00\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_DOTTED = re.compile(r"(?<!\w)(?:e\.g\.|i\.e\.|etc\.?|approx\.?|p\.w\.)", re.IGNORECASE)
_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got)"
_PASSIVE = re.compile(rf"\b{_BE}\s+(?:(?:not|also|often|usually|always|never|being)\s+)*([a-z]+)\b")


class Violation(BaseModel):
    """One problem in the text: which rule, how serious, where, and what to do instead."""

    code: str
    rule: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str


class Readability(BaseModel):
    words: int
    sentences: int
    syllables: int
    words_per_sentence: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float


class LintReport(BaseModel):
    violations: list[Violation]
    readability: Readability
    failures: int
    warnings: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def passed(self) -> bool:
        """No failures (warnings are advice)."""
        return self.failures == 0


@dataclass(frozen=True)
class Context:
    """What the text around a sentence already provides.

    ``word_list`` holds hard words that are explained and listed (lower case); ``explained_acronyms``
    the known acronyms (GP, NHS) explained somewhere in the document.
    """

    word_list: frozenset[str] = frozenset()
    explained_acronyms: frozenset[str] = frozenset()
    readability: bool = True


@dataclass
class _Found:
    code: str
    span: Span
    severity: Severity
    values: dict[str, str] = field(default_factory=dict)


def _violation(found: _Found) -> Violation:
    wording = linter_text()["rules"][found.code]
    values = {"word": found.span.text, **found.values}
    return Violation(
        code=found.code,
        rule=wording["er"],
        severity=found.severity,
        start=found.span.start,
        end=found.span.end,
        text=found.span.text,
        message=wording["message"].format(**values),
        suggestion=wording["suggestion"].format(**values),
    )


def _match_span(sentence: Sentence, match: re.Match[str], group: int = 0) -> Span:
    start = sentence.start + match.start(group)
    return Span(match.group(group), start, sentence.start + match.end(group))


# --- checks on one sentence ----------------------------------------------------------------


def _length(sentence: Sentence, tokens: list[Span], _: Context) -> Iterator[_Found]:
    count = len(tokens)
    if sentence.heading or count <= WARN_WORDS:
        return
    if count > FAIL_WORDS:
        yield _Found("sentence_too_long", sentence, "fail", {"words": str(count)})
    else:
        yield _Found("sentence_long", sentence, "warn", {"words": str(count)})


def _numbers(sentence: Sentence, tokens: list[Span], _: Context) -> Iterator[_Found]:
    lex = lexicon()
    for index, token in enumerate(tokens):
        lowered = token.text.lower()
        following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
        if lowered in lex.numbers:
            yield _Found("number_word", token, "fail", {"digits": lex.numbers[lowered]})
        elif lowered == "one" and following in lex.one_before:
            yield _Found("number_word", token, "fail", {"digits": "1"})


def _money_dates_percent(sentence: Sentence, _: list[Span], __: Context) -> Iterator[_Found]:
    for match in _PERCENT.finditer(sentence.text):
        yield _Found("percentage", _match_span(sentence, match), "fail")
    for match in _PENCE.finditer(sentence.text):
        yield _Found(
            "pence_not_needed", _match_span(sentence, match), "warn", {"value": match.group()[:-3]}
        )
    for match in _NUMERIC_DATE.finditer(sentence.text):
        yield _Found(
            "numeric_date", _match_span(sentence, match), "fail", {"value": "Monday 3 March 2027"}
        )


def _punctuation(sentence: Sentence, _: list[Span], __: Context) -> Iterator[_Found]:
    if sentence.heading:
        return
    for match in _PUNCTUATION.finditer(sentence.text):
        yield _Found("punctuation", _match_span(sentence, match), "fail")
    if sentence.text.rstrip().endswith("?"):
        yield _Found("question", sentence, "fail")


def _passive(sentence: Sentence, _: list[Span], __: Context) -> Iterator[_Found]:
    lex = lexicon()
    for match in _PASSIVE.finditer(sentence.text.lower()):
        participle = match.group(1)
        looks_passive = participle.endswith("ed") or participle in lex.irregular_participles
        if looks_passive and participle not in lex.not_passive:
            yield _Found("passive", _match_span(sentence, match), "warn")


def _acronyms(sentence: Sentence, tokens: list[Span], context: Context) -> Iterator[_Found]:
    lex = lexicon()
    for match in _DOTTED.finditer(sentence.text):
        plain = lex.acronyms.get(
            match.group().lower(), lex.acronyms.get(match.group().lower() + ".")
        )
        yield _acronym_found(_match_span(sentence, match), plain)
    for token in tokens:
        found = _acronym(token, lex, context)
        if found:
            yield found


def _acronym_found(span: Span, plain: str | None) -> _Found:
    wording = linter_text()
    advice = wording["acronym_expand"].format(plain=plain) if plain else wording["acronym_unknown"]
    return _Found("acronym", span, "fail", {"value": advice})


def _acronym(token: Span, lex: Lexicon, context: Context) -> _Found | None:
    word = token.text
    if not re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][a-z]?s?", word) or word in lex.capital_names:
        return None
    if word in lex.known_acronyms:
        if word in context.explained_acronyms:
            return None
        return _Found(
            "known_acronym", token, "warn", {"value": f"{word} means {lex.known_acronyms[word]}"}
        )
    if word in lex.acronyms:
        return _acronym_found(token, lex.acronyms[word])
    if word.isupper() and len(word) >= 4 and zipf_frequency(word.lower(), "en") >= RARE_ZIPF:
        return _Found("capitals", token, "warn")
    return _acronym_found(token, None) if word.isupper() else None


def _dictionary_words(sentence: Sentence, _: list[Span], context: Context) -> Iterator[_Found]:
    """Words the plain-words dictionary replaces: the plain words are the suggestion (ER-14)."""
    lex = lexicon()
    for match in lex.replace_pattern.finditer(sentence.text):
        phrase = " ".join(match.group().lower().split())
        if phrase in context.word_list:
            continue
        advice = linter_text()["hard_word_plain"].format(plain=lex.replace[phrase])
        yield _Found("plain_word", _match_span(sentence, match), "warn", {"value": advice})


def is_hard(word: str) -> bool:
    """ACCESSIBLE_OUTPUT.md: Zipf < 3.5, or 3+ syllables and Zipf < 4.5, unless allowed."""
    lowered = word.lower()
    if lowered in lexicon().allowed or not lowered.isalpha():
        return False
    zipf = zipf_frequency(lowered, "en")
    return zipf < RARE_ZIPF or (syllables(lowered) >= LONG_SYLLABLES and zipf < LONG_ZIPF)


def _proper_noun(token: Span, first: bool) -> bool:
    return token.text[:1].isupper() and not first


def _hard_words(sentence: Sentence, tokens: list[Span], context: Context) -> Iterator[_Found]:
    lex = lexicon()
    covered = [(m.start(), m.end()) for m in lex.replace_pattern.finditer(sentence.text)]
    for index, token in enumerate(tokens):
        offset = token.start - sentence.start
        if any(a <= offset < b for a, b in covered) or _proper_noun(token, index == 0):
            continue
        if "-" in token.text or not is_hard(token.text) or _listed(token.text, context):
            continue
        yield _Found("hard_word", token, "warn", {"value": _hard_advice(token.text, lex)})


def _listed(word: str, context: Context) -> bool:
    lowered = word.lower()
    stems = {
        lowered,
        lowered.removesuffix("s"),
        lowered.removesuffix("es"),
        lowered.removesuffix("ed"),
    }
    return bool(stems & context.word_list)


def _hard_advice(word: str, lex: Lexicon) -> str:
    explained = lex.explained(word)
    if explained:
        return linter_text()["hard_word_with_meaning"].format(
            meaning=f"{word} means {explained.meaning}"
        )
    return str(linter_text()["hard_word_unknown"])


Check = Callable[[Sentence, list[Span], Context], Iterable[_Found]]
CHECKS: tuple[Check, ...] = (
    _length,
    _numbers,
    _money_dates_percent,
    _punctuation,
    _passive,
    _acronyms,
    _dictionary_words,
    _hard_words,
)


def check_sentence(sentence: Sentence, context: Context) -> list[Violation]:
    tokens = words(sentence)
    return [_violation(found) for check in CHECKS for found in check(sentence, tokens, context)]


# --- the whole text ----------------------------------------------------------------------------


def _readability_violations(text: str, measured: Scores) -> list[Violation]:
    whole = Span(text, 0, len(text))
    found = []
    ease, grade = measured.flesch_reading_ease, measured.flesch_kincaid_grade
    if ease < EASE_WARN:
        found.append(
            _Found(
                "reading_ease",
                whole,
                "fail" if ease < EASE_FAIL else "warn",
                {"value": f"{ease:g}"},
            )
        )
    if grade > GRADE_WARN:
        found.append(
            _Found(
                "grade", whole, "fail" if grade > GRADE_FAIL else "warn", {"value": f"{grade:g}"}
            )
        )
    return [_violation(f) for f in found]


def _explained_acronyms(text: str) -> frozenset[str]:
    """A known acronym counts as explained where the text says "GP means ..." somewhere."""
    return frozenset(a for a in lexicon().known_acronyms if re.search(rf"\b{a} means\b", text))


def _explained_words(text: str) -> frozenset[str]:
    """Hard words explained in the text itself ("A nominee means ...")."""
    return frozenset(m.group(1).lower() for m in re.finditer(r"\b([A-Za-z-]+) means\b", text))


def readability(parts: list[Sentence]) -> Readability:
    measured = scores(parts)
    return Readability(
        words=measured.words,
        sentences=measured.sentences,
        syllables=measured.syllables,
        words_per_sentence=round(measured.words_per_sentence, 1),
        flesch_reading_ease=measured.flesch_reading_ease,
        flesch_kincaid_grade=measured.flesch_kincaid_grade,
    )


def lint(
    text: str,
    *,
    headings: Iterable[str] = (),
    word_list: Iterable[str] = (),
    check_readability: bool = True,
) -> LintReport:
    """Check ``text`` against the easy-read rules.

    Lines starting with ``#`` (or equal to one of ``headings``) are headings: questions are allowed
    there and their length is not checked. ``word_list`` names hard words the document explains.
    """
    parts = sentences(text, frozenset(headings))
    context = Context(
        word_list=frozenset(w.lower() for w in word_list) | _explained_words(text),
        explained_acronyms=_explained_acronyms(text),
    )
    found = [v for s in parts for v in check_sentence(s, context)]
    measured = scores(parts)
    if check_readability:
        found += _readability_violations(text, measured)
    found.sort(key=lambda v: (v.start, v.end, v.code))
    return LintReport(
        violations=found,
        readability=readability(parts),
        failures=sum(v.severity == "fail" for v in found),
        warnings=sum(v.severity == "warn" for v in found),
    )
