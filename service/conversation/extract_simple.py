"""Answers of a simple shape: free text kept as said, yes or no, a choice, an amount of money, a date
and hours of care a week. Each reads the answer's words and never guesses: an unclear answer gets
the one clarifying question.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.conversation import lexicon
from service.conversation import understand_dates as dates
from service.conversation import understand_text as text_
from service.conversation.extract_base import Context, Extraction, add, said, set_
from service.conversation.understand_yesno import Reply, classify


def x_text(text: str, ctx: Context) -> Extraction:
    return Extraction([set_(ctx.question.fills[0], said(text), said(text))], value=said(text))


def x_text_list(text: str, ctx: Context) -> Extraction:
    items = text_.split_list(text)
    return Extraction([add(ctx.question.fills[0], i, i) for i in items], value=items)


def x_yes_no(text: str, ctx: Context) -> Extraction:
    reply = classify(text)
    if reply in (Reply.ambiguous, Reply.unknown):
        return Extraction(clarify="yes_no")
    value = reply is Reply.yes
    return Extraction([set_(p, value, said(text)) for p in ctx.question.fills], value=value)


def x_consent(text: str, ctx: Context) -> Extraction:
    reply = classify(text)
    if reply in (Reply.ambiguous, Reply.unknown):
        return Extraction(clarify="yes_no")
    return Extraction(value=reply is Reply.yes)


def _choice_values(text: str, ctx: Context) -> list[str]:
    table = {c.value: [*c.says, c.value.replace("_", " ")] for c in ctx.question.choices}
    padded = f" {text.lower()} "
    found = lexicon.keys(text, table)
    # a "says" phrase may carry spaces deliberately ("pa ") to avoid matching inside words
    extra = [
        k
        for k, says in table.items()
        if any(" " in s and s.strip() and f" {s}" in padded for s in says)
    ]
    return list(dict.fromkeys(found + [k for k in extra if k not in found]))


# "a direct payment, not the council" names two options but chooses one: ask, do not guess.
_NEGATED = re.compile(r"\b(?:not|no|never|rather than|instead of)\b|n't\b", re.I)


def x_choice(text: str, ctx: Context) -> Extraction:
    values = _choice_values(text, ctx)
    several = ctx.question.several
    if len(values) > 1 and several and not _NEGATED.search(text):
        values = [several]  # two options named: the question's "a mix" choice
    if len(values) != 1:
        return Extraction(clarify="choice")
    return Extraction([set_(ctx.question.fills[0], values[0], said(text))], value=values[0])


# "Email. Not letters": a part that opens with a no turns its options down.
_TURNED_DOWN = re.compile(r"^\s*(?:not|no|never|don'?t want|dont want)\b", re.I)


def x_multi_choice(text: str, ctx: Context) -> Extraction:
    parts = re.split(r"[.;,]|\bbut\b", text)
    wanted = [p for p in parts if not _TURNED_DOWN.search(p)]
    # nothing left once the refusals are set aside ("not letters"): ask, do not pick letters
    values = _choice_values(" , ".join(wanted) if len(wanted) < len(parts) else text, ctx)
    if not values:
        return Extraction(clarify="multi_choice")
    return Extraction([add(ctx.question.fills[0], v, said(text)) for v in values], value=values)


def x_money(text: str, ctx: Context) -> Extraction:
    if classify(text) is Reply.no:
        return Extraction(value=False)
    found = text_.money(text)
    if found is None:
        return Extraction(clarify="money")
    amount_path, period_path = ctx.question.fills
    facts = [set_(amount_path, str(found.amount), found.quote)]
    if found.period:
        facts.append(set_(period_path, found.period, found.quote))
    return Extraction(facts, value=str(found.amount))


def x_date(text: str, ctx: Context) -> Extraction:
    found = dates.find_date(text, ctx.today)
    if found is None:
        return Extraction(clarify="date")
    return Extraction(
        [set_(ctx.question.fills[0], found.value.isoformat(), found.quote)],
        value=found.value.isoformat(),
    )


def x_hours(text: str, ctx: Context) -> Extraction:
    found = text_.hours_per_week(text)
    if found is None:
        bare = re.fullmatch(r"\D*?(\d+(?:\.\d+)?)\D*", text)
        if bare is None:
            return Extraction(clarify="number", unplaced=None)
        found = text_.Hours(Decimal(bare[1]), text.strip())
    return Extraction(
        [set_(ctx.question.fills[0], str(found.per_week), found.quote)], value=str(found.per_week)
    )
