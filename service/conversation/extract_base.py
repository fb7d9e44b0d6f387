"""What every extractor shares: the context it reads, the extraction it returns, the three kinds of
fact it can write, and the shapes of answer that mean "no" or "nothing" in any section.

Extractors live in ``extract_simple`` (simple kinds), ``extract_name`` (name, language),
``extract_network`` (network, carers), ``extract_contacts`` (involvement, copies, contacts,
advocacy), which read people through ``answer_people``, ``extract_needs`` (needs, unable reasons,
risks, what a direct payment is for) and ``extract_wellbeing`` (outcomes, wellbeing, strengths);
``extractors.EXTRACTORS`` gathers them by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from service.conversation import lexicon, paths
from service.conversation import understand_people as people
from service.conversation.flow import Question
from service.conversation.state import Applied, ConversationState
from service.conversation.understand_yesno import Reply, classify, leading

KEEP_WORDS = "person.views_wishes_feelings_beliefs"  # the nearest free-text field for stray words


@dataclass
class Context:
    question: Question
    plan: dict[str, Any]
    today: date
    state: ConversationState
    taken: set[str] = field(default_factory=set)

    @property
    def plan_type(self) -> str:
        return str(self.plan.get("plan_type") or "care_and_support")

    def new_id(self, collection: str) -> str:
        return paths.next_id(self.plan, collection, self.taken)


@dataclass
class Extraction:
    facts: list[Applied] = field(default_factory=list)
    value: Any = None
    clarify: str | None = None
    unplaced: str | None = None


def set_(path: str, value: Any, quote: str) -> Applied:
    return Applied(op="set", path=path, value=value, quote=quote)


def item(collection: str, value: dict[str, Any], quote: str) -> Applied:
    return Applied(
        op="add_item",
        path=collection,
        value={k: v for k, v in value.items() if v is not None},
        quote=quote,
    )


def add(path: str, value: Any, quote: str) -> Applied:
    return Applied(op="add_value", path=path, value=value, quote=quote)


def said(text: str) -> str:
    return text.strip()


def span(text: str, parts: list[str]) -> str:
    """The stretch of ``text`` from the first part to the last, so a quote is always the
    person's own words in their order; parts that cannot be found are joined instead."""
    start, end, at = None, 0, 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return "; ".join(parts)
        start = found if start is None else start
        end = at = found + len(part)
    return text[start:end] if start is not None else ""


def is_nobody(text: str) -> bool:
    """ "No", "nobody", or an answer that starts with no ("no, mum and dad don't want me to")."""
    kind, _ = leading(text)
    return kind is Reply.no or (classify(text) is Reply.no and not people.mentions(text))


REFUSAL = re.compile(
    r"^\W*(?:no|nope|nah|nothing|none|not really|not a thing)\b|^\W*(?:i\s+)?(?:don't|dont|do not)\s+(?:need|want|have)\b",
    re.I,
)


def refuses(text: str) -> bool:
    """A list answer that is a plain no ("nothing", "I don't need help"); "I can't manage the
    ironing" is a need, not a no."""
    return bool(REFUSAL.search(text))


def declined(text: str) -> Extraction:
    """A no that says more than no ("I don't want anything, my son made me do this"): the words
    are the person's view, so they are kept as said."""
    _, used = leading(text)
    more = len(lexicon.words(text)) - used
    return Extraction(value=False, unplaced=said(text) if more >= 4 else None)


def known_people(ctx: Context) -> list[dict[str, Any]]:
    found = [*(ctx.plan.get("network") or []), *(ctx.plan.get("carers") or [])]
    found += (ctx.plan.get("contingency") or {}).get("emergency_contacts") or []
    return [*((ctx.plan.get("involvement") or {}).get("people") or []), *found]
