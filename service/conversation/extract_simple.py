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
from service.plan.money import pence


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


# "Email's best", "paper's fine": the option word with 's is the option.
_APOSTROPHE_S = re.compile(r"(?<=[a-z])['\u2019]s\b", re.I)


def _choice_values(text: str, ctx: Context) -> list[str]:
    text = _APOSTROPHE_S.sub("", text)
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


# "Email. Not letters", "I don't do email", "no email please": from a no on, a part turns its
# options down ("don't mind" is no refusal).
_TURNED_DOWN = re.compile(
    r"\b(?:not|no|never|can'?t|cannot|won'?t|don'?t|doesn'?t|dont|doesnt|hate|hates)\b"
    r"(?!\s+(?:mind|matter|bother))",
    re.I,
)
# "I can't read small print so large print": the refusal ends where the choice starts again.
_RESUME = re.compile(
    r"\b(?:so|instead|rather|prefer|prefers|then|just|only|would like|wants?)\b", re.I
)
# "Email because I lose letters": what follows "because" is the reason, not a second choice.
_REASON = re.compile(r"\b(?:because|cos|coz|cause|since)\b", re.I)


def _wanted_part(part: str, ctx: Context) -> str:
    down = _TURNED_DOWN.search(part)
    if down:
        again = _RESUME.search(part, down.end())
        part = part[: down.start()] + (part[again.start() :] if again else "")
    reason = _REASON.search(part)
    if reason and _choice_values(part[: reason.start()], ctx):
        part = part[: reason.start()]
    return part


def x_multi_choice(text: str, ctx: Context) -> Extraction:
    parts = re.split(r"[.;,]|\bbut\b", text)
    wanted = [_wanted_part(p, ctx) for p in parts]
    # nothing left once the refusals are set aside ("not letters"): ask, do not pick letters
    values = _choice_values(" , ".join(wanted), ctx)
    if not values:
        return Extraction(clarify="multi_choice")
    return Extraction([add(ctx.question.fills[0], v, said(text)) for v in values], value=values)


_UNIT_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TEN_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUE = {w: i + 1 for i, w in enumerate(_UNIT_WORDS)} | {
    w: 10 * (i + 2) for i, w in enumerate(_TEN_WORDS)
}
_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TEN_WORDS)})(?:[\s-]+(?:{'|'.join(_UNIT_WORDS[:9])}))?"
    rf"|{'|'.join(sorted(_UNIT_WORDS, key=len, reverse=True))}|a|an)"
)
# "nine and a half thousand", "twelve grand", "fifteen hundred", "12 thousand", "a grand"
_BIG_AMOUNT = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|{_WORD_NUMBER})(?P<half>\s+and\s+a\s+half)?\s*"
    r"(?P<m>thousand|grand|hundred)\b(?:\s+(?:pounds?|quid))?",
    re.I,
)
# the period right after an amount, in any of the ways people and letters write it
_PERIOD_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each|every|/)\s*(?P<u>week|wk|year|yr|annum|month|fortnight)\b"
    r"|(?P<s>p\.?\s?a\b\.?|p/a\b|per\s+annum|annually|yearly|a\s+year|weekly|p\.?\s?w\b\.?|p/w\b"
    r"|monthly|pcm\b|p\.c\.m\.?|fortnightly))",
    re.I,
)
_PERIOD_OF = {
    "week": "week", "wk": "week", "weekly": "week", "pw": "week", "p/w": "week",
    "year": "year", "yr": "year", "annum": "year", "pa": "year", "p/a": "year", "perannum": "year",
    "annually": "year", "yearly": "year", "ayear": "year",
    "month": "month", "monthly": "month", "pcm": "month",
    "fortnight": "fortnight", "fortnightly": "fortnight",
}  # fmt: skip


_MORE = re.compile(rf"\s+(?:and\s+)?(?:\d|(?:{'|'.join([*_TEN_WORDS, *_UNIT_WORDS])})\b)", re.I)


def _word_value(words: str) -> Decimal | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return Decimal(words)
    if words.lower() in ("a", "an"):
        return Decimal(1)
    parts = re.split(r"[\s-]+", words.lower())
    values = [_WORD_VALUE.get(p) for p in parts]
    return None if None in values else Decimal(sum(v for v in values if v))


def _in_words(text: str) -> tuple[int, text_.Amount] | None:
    m = _BIG_AMOUNT.search(text)
    value = _word_value(m["n"]) if m else None
    if m is None or value is None or _MORE.match(text, m.end()):
        return None  # "two hundred and fifty": more than this reader is sure of, so no amount
    value += Decimal("0.5") if m["half"] else 0
    value *= 100 if m["m"].lower() == "hundred" else 1000
    return m.start(), text_.Amount(pence(value), None, m.group(0).strip())


def _amount(text: str) -> text_.Amount | None:
    """The first amount the answer names, digits or words; the period said after it."""
    found = text_.money(text)
    at = text.find(found.quote) if found else -1
    words = _in_words(text)
    if words and (found is None or words[0] <= at):
        at, found = words
    if found is None or found.period is not None or at < 0:
        return found
    end = at + len(found.quote)
    per = _PERIOD_AFTER.match(text, end)
    if per is None:
        return found
    unit = re.sub(r"[\s.]", "", (per["u"] or per["s"]).lower())
    period = _PERIOD_OF.get(unit)
    amount = found.amount
    if period == "month":
        period, amount = "year", amount * 12
    elif period == "fortnight":
        period, amount = "week", amount / 2
    quote = text[at : per.end()].strip()
    return text_.Amount(pence(amount), period, quote) if period else found


def x_money(text: str, ctx: Context) -> Extraction:
    if classify(text) is Reply.no:
        return Extraction(value=False)
    found = _amount(text)
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
