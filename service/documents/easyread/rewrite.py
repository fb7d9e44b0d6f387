"""Optional LLM rewrite of an easy-read row: accepted only if it is easy read and keeps the facts.

The service works fully offline without a model (ARCHITECTURE.md invariant 4). When a chat model
is configured (``service.llm.chat_model_from_env``), a row's text and the sentences the simplifier
had to leave out can be offered to it. The answer is kept only if

* every sentence passes the easy-read linter with no failures, and
* every fact in the original survives: names, numbers, money, dates and days of the week.

Otherwise the deterministic text stands and the reason is recorded. The model is any object with
``invoke(messages)`` returning a message with ``content`` (every langchain chat model does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from service.documents.easyread.lexicon import PROMPTS_DIR, load_yaml
from service.documents.easyread.linter import check_sentence
from service.documents.easyread.model import EasyReadDocument, Line, Row
from service.documents.easyread.text import Sentence, sentences

_MONEY = re.compile(r"£\d[\d,]*(?:\.\d{2})?")
_NUMBER = re.compile(r"(?<![\w£.,])\d+(?:[.:]\d+)?(?:am|pm)?")
_DAYS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_MONTHS = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?: \d{4})?\b"
)
_CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)s?"
)


class ChatModel(Protocol):
    def invoke(self, input: Any, /) -> Any: ...


@dataclass(frozen=True)
class Facts:
    money: frozenset[str]
    numbers: frozenset[str]
    days: frozenset[str]
    dates: frozenset[str]
    names: frozenset[str]

    def missing_from(self, text: str) -> list[str]:
        found = facts(text)
        missing = []
        for kind in ("money", "numbers", "days", "dates", "names"):
            missing += sorted(getattr(self, kind) - getattr(found, kind))
        return missing


def facts(text: str) -> Facts:
    """The facts a rewrite must keep. Names are capitalised words after the start of a sentence."""
    money = frozenset(m.replace(",", "") for m in _MONEY.findall(text))
    without_money = _MONEY.sub(" ", text)
    return Facts(
        money=money,
        numbers=frozenset(_NUMBER.findall(without_money)),
        days=frozenset(d.removesuffix("s") for d in _DAYS.findall(text)),
        dates=frozenset(_MONTHS.findall(text)),
        names=frozenset(_names(text)),
    )


def _names(text: str) -> list[str]:
    """Runs of capitalised words: two or more anywhere, or one that does not start a sentence."""
    found = []
    for sentence in sentences(text):
        tokens = re.findall(r"[A-Za-z][\w'’-]*", sentence.text)
        run: list[tuple[int, str]] = []
        for index, token in enumerate([*tokens, "."]):
            proper = token[:1].isupper() and token != "I" and not _CALENDAR.fullmatch(token)
            if proper:
                run.append((index, token))
                continue
            if len(run) > 1 or (run and run[0][0] > 0):
                found.append(" ".join(t for _, t in run))
            run = []
    return found


@dataclass
class Rewrite:
    accepted: bool
    sentences: list[str]
    reasons: list[str] = field(default_factory=list)


@cache
def _prompts() -> dict[str, str]:
    data: dict[str, str] = load_yaml(PROMPTS_DIR / "rewrite.yaml")
    return data


def _messages(text: str, person: str) -> list[Any]:
    from langchain_core.messages import HumanMessage, SystemMessage

    prompts = _prompts()
    return [
        SystemMessage(prompts["system"].format(person=person)),
        HumanMessage(prompts["user"].format(sentences=text)),
    ]


def _answer_sentences(answer: str) -> list[str]:
    lines = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip() for line in answer.splitlines()]
    return [s.text for line in lines if line for s in sentences(line)]


def check_rewrite(
    original: str, proposed: list[str], word_list: frozenset[str] = frozenset()
) -> list[str]:
    """Why ``proposed`` cannot replace ``original`` (an empty list means it can)."""
    from service.documents.easyread.build import _context

    if not proposed:
        return ["empty answer"]
    reasons = [f"lost fact: {fact}" for fact in facts(original).missing_from(" ".join(proposed))]
    context = _context(word_list)
    for sentence in proposed:
        failures = [
            v.code
            for v in check_sentence(Sentence(sentence, 0, len(sentence)), context)
            if v.severity == "fail"
        ]
        reasons += [f"linter: {code} in {sentence!r}" for code in failures]
    return reasons


def rewrite_text(
    model: ChatModel, text: str, person: str, word_list: frozenset[str] = frozenset()
) -> Rewrite:
    """Ask ``model`` to rewrite ``text``; the deterministic text stands unless the answer passes."""
    try:
        answer = model.invoke(_messages(text, person))
    except Exception as error:  # a model that fails must never break the document
        return Rewrite(False, [], [f"model error: {type(error).__name__}"])
    proposed = _answer_sentences(str(getattr(answer, "content", answer)))
    reasons = check_rewrite(text, proposed, word_list)
    return Rewrite(not reasons, proposed if not reasons else [], reasons)


def rewrite_row(model: ChatModel, doc: EasyReadDocument, row: Row) -> Rewrite:
    """Offer a row's free text plus what the simplifier left out of it; on success the row's
    free-text sentences are replaced (marked ``free`` so the gates still apply to them)."""
    left = [item for item in doc.left_out if item.source == row.source]
    original = " ".join(
        [line.text for line in row.lines if line.free] + [item.text for item in left]
    )
    if not original.strip():
        return Rewrite(False, [], ["nothing to rewrite"])
    words = frozenset(e.word.lower() for e in doc.word_list)
    result = rewrite_text(model, original, doc.person_name, words)
    if result.accepted:
        fixed = [line for line in row.lines if not line.free]
        row.lines = fixed + [Line(text=s, free=True) for s in result.sentences]
        doc.left_out = [item for item in doc.left_out if item.source != row.source]
    return result
