"""Build the easy-read document from a plan, and hold it to its own standard.

1. Each section's rows come from ``sections.py`` (fixed words plus simplified free text).
2. Free-text sentences that still fail the linter are left out and listed in ``left_out``.
3. Hard words from the dictionary are made bold where first used, explained in the next sentence
   and collected in the word list (ER-4, ER-13).
4. If the whole text misses a readability gate (Flesch Reading Ease >= 80, grade <= 5), the
   hardest free-text sentences are left out, one at a time, until it meets them. Fixed sentences,
   which carry every fact the law requires (ER-17), are never removed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from service.documents.easyread.lexicon import lexicon
from service.documents.easyread.linter import (
    EASE_WARN,
    GRADE_WARN,
    Context,
    LintReport,
    check_sentence,
    lint,
)
from service.documents.easyread.model import (
    EasyReadDocument,
    LeftOut,
    Line,
    Row,
    Section,
    WordEntry,
)
from service.documents.easyread.pictures import attribution, picture
from service.documents.easyread.readability import syllables
from service.documents.easyread.sections import SECTIONS, Rows, other_names, person_names
from service.documents.easyread.simplify import DEPENDENT
from service.documents.easyread.templates import say, words
from service.documents.easyread.text import Sentence
from service.documents.easyread.text import words as split_words
from service.plan.enums import CommunicationFormat, PlanType
from service.plan.models import Plan

if TYPE_CHECKING:
    from service.documents.easyread.rewrite import ChatModel

MAX_ROUNDS = 500
BODY_PT = 16
# ER-6 one idea per row, ER-8 at most 20 pages (aim under 1,000 words): a row keeps at most this
# many sentences of the plan's free text; the rest are listed in ``left_out`` for a person to use.
MAX_FREE_PER_ROW = 3


def body_size(plan: Plan) -> int:
    """ER-1: body text 16 pt; the size the person asked for when they read large print."""
    comms = plan.person.communication
    asked = comms.large_print_pt if CommunicationFormat.large_print in comms.formats else None
    return max(BODY_PT, asked or BODY_PT)


def part_count() -> int:
    return len(words()["parts"])


def _chosen(part: int | None) -> tuple[set[str], str | None]:
    """The section keys in ``part`` (1-based; None is the whole plan) and its subtitle."""
    if part is None:
        return {key for key, _ in SECTIONS}, None
    parts = words()["parts"]
    if not 1 <= part <= len(parts):
        raise ValueError(f"there is no easy-read part {part}: parts are 1 to {len(parts)}")
    chosen = parts[part - 1]
    line = say("part_line", number=part, total=len(parts), title=chosen["title"])
    return {"front", "contact", *chosen["sections"]}, line


def build(plan: Plan, model: ChatModel | None = None, part: int | None = None) -> EasyReadDocument:
    """The easy-read version of ``plan``: deterministic, linted, meeting the readability gates.

    With a chat ``model``, rows whose free text was partly left out are offered to it for an
    easy-read rewrite, kept only if it passes the linter and keeps every fact (``rewrite.py``).
    ``part`` (1 to ``part_count()``) makes one part of a long plan (ER-8): the front matter, that
    part's sections, its own word list and who to contact."""
    names = (person_names(plan), other_names(plan))
    keys, subtitle = _chosen(part)
    chosen = [(key, builder) for key, builder in SECTIONS if key in keys]
    sections = [
        _section(plan, key, builder, names, number)
        for number, (key, builder) in enumerate(chosen, 1)
    ]
    doc = EasyReadDocument(
        part=subtitle,
        title=say("title_carer" if plan.plan_type == PlanType.carer_support else "title"),
        person_name=plan.person.name or plan.person.preferred_name or "",
        council=plan.local_authority,
        sections=sections,
        word_list=[],
        attribution=attribution(),
        checked_with_person_on=plan.easy_read.checked_with_person_on,
        body_pt=body_size(plan),
        dated=plan.sign_off.on
        or plan.dates.signed_off
        or plan.dates.plan_started
        or plan.dates.assessment,
    )
    _drop_failing(doc)
    _trim_rows(doc)
    if model is not None:
        _rewrite_rows(doc, model)
    _prune(doc)  # after the rewrite, which may fill a row the simplifier emptied
    _meet_gates(doc)
    _add_word_list(doc)
    return doc


def _section(
    plan: Plan,
    key: str,
    builder: object,
    names: tuple[tuple[str, ...], tuple[str, ...]],
    number: int,
) -> Section:
    rows = Rows(plan, names[0], names[1])
    builder(plan, rows)  # type: ignore[operator]
    return Section(key=key, number=number, title=words()["sections"][key], rows=rows.rows)


# --- leaving out what fails ------------------------------------------------------------------


def _context(word_list: frozenset[str]) -> Context:
    known = frozenset(a for a in lexicon().known_acronyms if a.lower() in word_list)
    return Context(word_list=word_list, explained_acronyms=known)


def _all_explainable() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().explain)


def _drop_failing(doc: EasyReadDocument) -> None:
    """Leave out free-text sentences that fail the linter, and any sentence that leans on one
    left out ("So ...", "This is because ...")."""
    context = _context(_all_explainable())
    for row in doc.rows():
        kept: list[Line] = []
        dropped_last = False
        for line in row.lines:
            failures = sorted(
                {
                    v.code
                    for v in check_sentence(_sentence(line.text), context)
                    if v.severity == "fail"
                }
            )
            if line.free and dropped_last and DEPENDENT.match(line.text):
                failures = failures or ["follows a left-out sentence"]
            if line.free and failures:
                doc.left_out.append(LeftOut(source=row.source, text=line.text, reasons=failures))
            else:
                kept.append(line)
            dropped_last = line.free and bool(failures)
        row.lines = kept


def _rewrite_rows(doc: EasyReadDocument, model: ChatModel) -> None:
    from service.documents.easyread.rewrite import rewrite_row

    sources = {item.source for item in doc.left_out}
    for row in doc.rows():
        if row.source in sources:
            rewrite_row(model, doc, row)


def _introduces(after: list[Line]) -> bool:
    following = next((x for x in after if x.explains is None), None)
    return following is not None and following.free


def _trim_rows(doc: EasyReadDocument, limit: int = MAX_FREE_PER_ROW) -> None:
    for row in doc.rows():
        free = [line for line in row.lines if line.free]
        for line in free[limit:]:
            row.lines.remove(line)
            doc.left_out.append(LeftOut(source=row.source, text=line.text, reasons=["length"]))


def _prune(doc: EasyReadDocument) -> None:
    """Remove lead-in sentences with no free text after them, then rows left empty (or with
    nothing but fixed words where free text was the point)."""
    for row in doc.rows():
        kept = [x for i, x in enumerate(row.lines) if not x.lead or _introduces(row.lines[i + 1 :])]
        row.lines = kept
    for section in doc.sections:
        section.rows = [
            r
            for r in section.rows
            if r.lines and (not r.needs_free or any(x.free for x in r.lines))
        ]


def _sentence(text: str) -> Sentence:
    return Sentence(text, 0, len(text))


# --- readability gates -----------------------------------------------------------------------


@cache
def _counts(text: str) -> tuple[int, int]:
    tokens = [w.text for w in split_words(_sentence(text))]
    return len(tokens), sum(syllables(t) for t in tokens)


def _gates(texts: list[str]) -> tuple[float, float]:
    counted = [_counts(t) for t in texts]
    sentences = sum(1 for w, _ in counted if w)
    total_words = sum(w for w, _ in counted)
    total_syllables = sum(s for _, s in counted)
    if not total_words:
        return 100.0, 0.0
    wps, spw = total_words / sentences, total_syllables / total_words
    return 206.835 - 1.015 * wps - 84.6 * spw, 0.39 * wps + 11.8 * spw - 15.59


def _texts(doc: EasyReadDocument) -> list[str]:
    return [s.title for s in doc.sections] + [line.text for line in _explained_lines(doc)]


def _explained_lines(doc: EasyReadDocument) -> list[Line]:
    _explain(doc)
    return doc.all_lines()


def _hardness(text: str) -> tuple[float, int]:
    words_, syl = _counts(text)
    return (syl / words_ if words_ else 0.0, words_)


def _meet_gates(doc: EasyReadDocument) -> None:
    for _ in range(MAX_ROUNDS):
        ease, grade = _gates(_texts(doc))
        if round(ease, 1) >= EASE_WARN and round(grade, 1) <= GRADE_WARN:
            return
        candidates = [(row, line) for row in doc.rows() for line in row.lines if line.free]
        if not candidates:
            return
        row, line = max(candidates, key=lambda pair: _hardness(pair[1].text))
        _leave_out(doc, row, line, "readability")
        _prune(doc)


def _leave_out(doc: EasyReadDocument, row: Row, line: Line, reason: str) -> None:
    """Take ``line`` out of ``row`` (and the free sentences leaning on it) into ``left_out``."""
    index = row.lines.index(line)
    row.lines.remove(line)
    doc.left_out.append(LeftOut(source=row.source, text=line.text, reasons=[reason]))
    while (
        index < len(row.lines) and row.lines[index].free and DEPENDENT.match(row.lines[index].text)
    ):
        follower = row.lines.pop(index)
        doc.left_out.append(
            LeftOut(source=row.source, text=follower.text, reasons=["follows a left-out sentence"])
        )


# --- hard words: bold, explained, listed -----------------------------------------------------


def _strip_explanations(doc: EasyReadDocument) -> None:
    for row in doc.rows():
        row.lines = [line for line in row.lines if line.explains is None]
        for line in row.lines:
            line.bold = []


def _matches(text: str) -> list[tuple[str, str]]:
    """(text as written, dictionary key) for each explained word in ``text``."""
    lex = lexicon()
    found = []
    for match in lex.explain_pattern_ci.finditer(text):
        key = next(
            (k for k in lex.explain if k.lower() == " ".join(match.group().lower().split())), None
        )
        if key and (not key.isupper() or match.group() == key):
            found.append((match.group(), key))
    return found


def _explain(doc: EasyReadDocument) -> None:
    _strip_explanations(doc)
    seen: set[str] = set()
    for section in doc.sections[1:]:  # the front matter explains how bold words work
        for row in section.rows:
            row.lines = [out for line in row.lines for out in _explain_line(line, seen)]


def _explain_line(line: Line, seen: set[str]) -> list[Line]:
    lex = lexicon()
    out = [line]
    for written, key in _matches(line.text):
        entry = lex.explain[key]
        if entry.lemma in seen:
            continue
        seen.add(entry.lemma)
        line.bold.append(written)
        lemma = entry.lemma
        word = lemma if lemma.isupper() else lemma[:1].upper() + lemma[1:]
        out.append(
            Line(text=say("words.entry", word=word, meaning=entry.meaning), explains=entry.lemma)
        )
    return out


def explained_words(doc: EasyReadDocument) -> list[str]:
    return [line.explains for line in doc.all_lines() if line.explains]


def _add_word_list(doc: EasyReadDocument) -> None:
    _explain(doc)
    lex = lexicon()
    entries = [
        WordEntry(word=w, meaning=lex.explain[w].meaning)
        for w in dict.fromkeys(explained_words(doc))
    ]
    doc.word_list = sorted(entries, key=lambda e: e.word.lower())
    rows = [_word_row(e) for e in doc.word_list] or [
        Row(picture=picture("book"), lines=[Line(text=say("words.none"))], source="(word list)")
    ]
    section = Section(key="words", number=0, title=words()["sections"]["words"], rows=rows)
    doc.sections.insert(len(doc.sections) - 1, section)  # before "Who to contact"
    for number, item in enumerate(doc.sections, 1):
        item.number = number


def _word_row(entry: WordEntry) -> Row:
    word = entry.word if entry.word.isupper() else entry.word[:1].upper() + entry.word[1:]
    line = Line(text=say("words.entry", word=word, meaning=entry.meaning), bold=[word])
    return Row(picture=picture("book"), lines=[line], source=f"(word list) {entry.word}")


# --- checking a finished document ----------------------------------------------------------------


def lint_document(doc: EasyReadDocument) -> LintReport:
    """The linter over the whole document, with its own word list as context."""
    headings = frozenset(s.title for s in doc.sections)
    listed = [e.word for e in doc.word_list] + [w for e in doc.word_list for w in e.word.split()]
    return lint(doc.plain_text(), headings=headings, word_list=listed)


def bold_pattern(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile(
        "(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + ")"
    )
