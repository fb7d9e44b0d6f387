"""Answers of a simple shape: free text kept as said, yes or no, a choice, an amount of money, a date
and hours of care a week. Each reads the answer's words and never guesses: an unclear answer gets
the one clarifying question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from service.conversation import lexicon
from service.conversation import understand_dates as dates
from service.conversation import understand_text as text_
from service.conversation.extract_base import Context, Extraction, add, said, set_
from service.conversation.understand_yesno import Reply, classify, leading
from service.plan.money import pence


def x_text(text: str, ctx: Context) -> Extraction:
    return Extraction([set_(ctx.question.fills[0], said(text), said(text))], value=said(text))


def x_text_list(text: str, ctx: Context) -> Extraction:
    items = text_.split_list(text)
    return Extraction([add(ctx.question.fills[0], i, i) for i in items], value=items)


def x_yes_no(text: str, ctx: Context) -> Extraction:
    reply = _as_difficulty(text, ctx, classify(text))
    apart = _willing_and_able(text, ctx.question.fills)
    whole = None if reply in (Reply.ambiguous, Reply.unknown, Reply.skip) else reply is Reply.yes
    known = {p: vq for p, vq in apart.items() if vq[0] is not None}
    if known and (whole is None or any(v != whole for v, _ in apart.values())):
        # "he'll want to, but he won't be able to": each half answers its own path, and a half
        # said unsure ("whether he'll be able to, I don't know") answers nothing
        facts = [set_(p, v, q) for p, (v, q) in known.items()]
        return Extraction(facts, value=next(iter(known.values()))[0])
    if reply in (Reply.ambiguous, Reply.unknown):
        return Extraction(clarify="yes_no")
    value = reply is Reply.yes
    return Extraction([set_(p, value, said(text)) for p in ctx.question.fills], value=value)


def _as_difficulty(text: str, ctx: Context, reply: Reply) -> Reply:
    """To "would you find it very hard to remember ...?", "My memory's good" is a no and "I
    can't remember a thing" a yes (not the no of "I can't"): the ability said in words, read
    when the answer has no yes or no of its own, or when its only one is the start of it."""
    table = lexicon.load("simple_difficulty").get(ctx.question.fills[0].rsplit(".", 1)[-1])
    if not table:
        return reply
    said = set(lexicon.words(text))
    if reply is Reply.unknown and said & set(lexicon.load("simple_difficulty")["plain"]):
        return reply  # "When I'm high yes, I'll agree to anything. Right now no": ask
    found = _unbroken(text, {"hard": table["hard"], "fine": table["fine"]})
    kinds = {m.key for m in found}
    if len(kinds) != 1:
        return Reply.ambiguous if reply is Reply.unknown and kinds else reply
    if reply is not Reply.unknown:
        kind, length = leading(text)
        if kind is not reply or not any(m.start < length for m in found):
            return reply  # "No, my memory's fine", "he doesn't forget": the answer's own no
    if kinds == {"hard"} and lexicon.match(
        text, {"minor": lexicon.load("simple_difficulty")["minor"]}
    ):
        return Reply.ambiguous
    return Reply.yes if kinds == {"hard"} else Reply.no


# Where a phrase of the ability stops: "No - speech clear" says no "no speech".
_BREAK = re.compile(r"[.;:!?,()]|\s[-\u2013]\s")


def _unbroken(text: str, table: dict[str, list[str]]) -> list[lexicon.Match]:
    """The phrases of ``table`` said within one part of the answer (no stop or dash inside
    them), with word places counted in the whole answer."""
    found, at, done = [], 0, 0
    for stop in [*_BREAK.finditer(text), None]:
        part = text[done : stop.start() if stop else len(text)]
        found += [
            lexicon.Match(m.key, m.phrase, m.start + at, m.end + at, m.said)
            for m in lexicon.match(part, table)
        ]
        at += len(lexicon.words(part))
        done = stop.end() if stop else len(text)
    return found


# A question asking both whether a carer wants to and whether they can: a clause about wanting
# answers the first, a clause about being able the second.
_WANT = re.compile(
    r"\b(?:wants?|wanting|willing|wish(?:es)?|happy|keen|(?:love|like)s?\s+to)\b", re.I
)
_ABLE = re.compile(
    r"\b(?:able|unable|manage|cope|physically|fit\s+enough|up\s+to\s+it)\b"
    # "she can't", "he can't keep it up": can alone, or with the caring as its object; not
    # "he can't give up his job"
    r"|\b(?:can'?t|cannot|couldn'?t|can|could)\b(?=\s*$|\s+(?:do\s+(?:it|that|this|much|more)"
    r"|keep|carry|continue|go\s+on|any\s*more|much\s+longer|for\s+(?:long|ever)))",
    re.I,
)
_UNSURE = re.compile(
    # "how long she could keep on like this": for how long is the unknown
    r"\b(?:whether|if|don'?t know|do(?:es)?\s+not\s+know|doesn'?t\s+know|how\s+long|dunno|not sure|unsure|doubt|maybe|might|perhaps|hope|"
    r"depends|who knows|we'?ll see|(?:like|want|have)\s+to\s+ask|ask\s+(?:her|him|them)|"
    r"(?:haven'?t|never|not|didn'?t)\s+asked|you\s+tell\s+me)\b",
    re.I,
)
# "Willing, yes. Able - I'm 71, you tell me": a clause that is only the word answers with what
# follows it, up to the next clause about wanting or being able.
_BARE = re.compile(r"^\s*(?:willing|able|wanting|want\s+to)\s*$", re.I)
_NOT = re.compile(
    r"\b(?:not|no|never|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|unable|isn'?t|doesn'?t|"
    r"wont|cant|doesnt|dont|didnt|wouldnt|couldnt|isnt|wasnt)\b|n't\b",
    re.I,
)
# "I don't want her doing it forever", "me want her go uni": wanting someone else to do
# something is the wish of the one speaking for them, not the carer's own willingness.
_WANT_OTHER = re.compile(
    r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?)\s+(?:for\s+)?"
    r"(?:her|him|them|you|she|he|they|my\s+\w+|mum|mam|dad)\b",
    re.I,
)


def _willing_and_able(text: str, fills: list[str]) -> dict[str, tuple[bool | None, str]]:
    willing = next((p for p in fills if p.rsplit(".", 1)[-1].startswith("willing")), None)
    able = next((p for p in fills if p.rsplit(".", 1)[-1].startswith("able")), None)
    if willing is None or able is None:
        return {}
    found: dict[str, tuple[bool | None, str]] = {}
    clauses = re.split(r"[.;,!?:]|\s[-\u2013]\s|\bbut\b|\bthough\b|\bhowever\b", text, flags=re.I)
    for i, clause in enumerate(clauses):
        clause = clause.strip()
        want = bool(_WANT.search(clause)) and not _WANT_OTHER.search(clause)
        can = bool(_ABLE.search(clause))
        if want == can:
            continue  # both or neither: this clause answers nothing on its own
        path = willing if want else able
        value = None if _UNSURE.search(clause) else not _NOT.search(clause)
        if _BARE.match(clause):
            rest = []
            for after in clauses[i + 1 :]:
                if _WANT.search(after) or _ABLE.search(after):
                    break
                rest.append(after)
            reply = classify(" ".join(rest))
            # "But able, in a few years no, I am 68, my body will not let me": the first part
            # after the word that says yes or no answers it
            for part in rest if reply not in (Reply.yes, Reply.no) else []:
                reply = classify(part)
                if reply in (Reply.yes, Reply.no, Reply.ambiguous):
                    break
            value = {Reply.yes: True, Reply.no: False}.get(reply)
            clause = " ".join([clause, *rest]).strip()
        if path in found and found[path][0] != value:
            return {}  # said both ways: ask
        found[path] = (value, clause)
    return found


def x_consent(text: str, ctx: Context) -> Extraction:
    reply = classify(text)
    if reply in (Reply.ambiguous, Reply.unknown):
        return Extraction(clarify="yes_no")
    return Extraction(value=reply is Reply.yes)


# "Email's best", "paper's fine": the option word with 's is the option.
_APOSTROPHE_S = re.compile(r"(?<=[a-z])['\u2019]s\b", re.I)


# "Council-arranged", "easy-read": words joined by a hyphen are read as the words too
_HYPHENED = re.compile(r"(?<=[a-z])-(?=[a-z])", re.I)


def _choice_values(text: str, ctx: Context) -> list[str]:
    table = {c.value: [*c.says, c.value.replace("_", " ")] for c in ctx.question.choices}
    # read as written too: a phrase may itself hold 's ("the carer's plan")
    as_written = lexicon.keys(text, table)
    as_written += [k for k in lexicon.keys(_HYPHENED.sub(" ", text), table) if k not in as_written]
    text = _APOSTROPHE_S.sub("", text)
    padded = f" {text.lower()} "
    found = lexicon.keys(text, table)
    found += [k for k in as_written if k not in found]
    # a "says" phrase may carry spaces deliberately ("pa ") to avoid matching inside words
    extra = [
        k
        for k, says in table.items()
        if any(" " in s and s.strip() and f" {s}" in padded for s in says)
    ]
    return list(dict.fromkeys(found + [k for k in extra if k not in found]))


# "a direct payment, not the council" names two options but chooses one: ask, do not guess.
_NEGATED = re.compile(r"\b(?:not|no|never|rather than|instead of)\b|n't\b", re.I)


# "Not a direct payment, God no ... can the council do it?": an option said right after a no
_REFUSED_OPTION = (
    r"\b(?:not|no|never|rather\s+than|instead\s+of|(?:don'?t|dont)\s+want)\s+(?:an?\s+|the\s+)?"
)


@cache
def _turned_down_by_verb() -> str:
    """ "does not want to manage a DP", "doesn't want the paperwork of a direct payment": a no
    and a verb of wanting or managing, then up to five words, then the option."""
    said = lexicon.load("simple_choices")
    verbs = "|".join(map(re.escape, said["turn_down_verbs"]))
    ends = "|".join(map(re.escape, said["turn_down_ends"]))
    return (
        r"(?:\bnot|n['\u2019]t|\bnever|\bdont|\bdoesnt|\bwont|\bcouldnt|\bcant)\s+"
        rf"(?:really\s+|even\s+)?(?:{verbs})\b(?:\s+(?!(?:{ends})\b)[\w'\u2019-]+){{0,5}}?\s+"
        r"(?:an?\s+|the\s+)?"
    )


@cache
def _declined_before() -> str:
    """ "Pt declined DP", "she turned down a direct payment": a verb turning down the option
    said right after it."""
    said = lexicon.load("simple_choices")["turn_down_before"]
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(said, key=len)[::-1])
    return rf"\b(?:{words})\s+(?:the\s+(?:offer|idea)\s+of\s+)?(?:an?\s+|the\s+|any\s+)?"


@cache
def _others_view() -> re.Pattern[str]:
    """ "My dad thinks the council should do it": someone else's view, from their name to the
    end of the sentence."""
    said = lexicon.load("simple_choices")
    owners = "|".join(map(re.escape, said["others_view_owners"]))
    verbs = "|".join(r"\s+".join(map(re.escape, p.split())) for p in said["others_view_verbs"])
    return re.compile(rf"\b(?:{owners})\s+[\w'’-]+\s+(?:{verbs})\b[^.;!?]*", re.I)


def _own_view(text: str, ctx: Context) -> tuple[str, list[str]] | None:
    """The answer without others' views, and its options, when it still names one."""
    own = _others_view().sub(lambda m: " " * len(m.group(0)), text)
    if own == text:
        return None
    values = _choice_values(own, ctx)
    return (own, values) if values else None


def _said_spans(value: str, text: str, ctx: Context, before: str = "") -> list[tuple[int, int]]:
    """Where an option is said (after ``before``, a pattern such as a no): start and end."""
    choice = next(c for c in ctx.question.choices if c.value == value)
    says = [s.strip() for s in [*choice.says, value.replace("_", " ")] if s.strip()]
    # a short one ("DP", "ISF", "PA") only as a whole word
    return [
        (h.start(), h.end())
        for s in says
        for h in re.finditer(
            before + (r"\b" if len(s) <= 3 else "") + re.escape(s) + r"\b", text, re.I
        )
    ]


def _said_at(value: str, text: str, ctx: Context, before: str = "") -> int | None:
    """Where an option is first said (after ``before``, a pattern such as a no), or None."""
    return min((start for start, _ in _said_spans(value, text, ctx, before)), default=None)


@cache
def _turned_down_after() -> re.Pattern[str]:
    """ "DP discussed w/ family - declined for now": a word turning down what was said before
    it, later in the same sentence, taking no object of its own."""
    said = lexicon.load("simple_choices")
    phrases = sorted(said["turned_down_after"], key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    objects = "|".join(map(re.escape, said["turned_down_objects"]))
    # a question mark may come between ("Direct payment? Not interested")
    return re.compile(rf"[^.;!]{{0,60}}?\b(?:{words})\b(?!\s+(?:{objects})\b)", re.I)


def _declined_after(value: str, values: list[str], text: str, ctx: Context) -> bool:
    """The option is said, then turned down with no other option said in between."""
    others = [s for v in values if v != value for s, _ in _said_spans(v, text, ctx)]
    for _, end in _said_spans(value, text, ctx):
        down = _turned_down_after().match(text, end)
        if down and not any(end <= at < down.end() for at in others):
            return True
    return False


@cache
def _holding() -> tuple[str, str]:
    said = lexicon.load("money_providers")

    def any_of(key: str) -> str:
        phrases = sorted(said[key], key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)

    holds = rf"\s+(?:{any_of('verbs')})\s+(?:(?:the|my|his|her|their|our|all)\s+)?(?:{any_of('objects')})\b"
    return any_of("holders"), holds


def _organisations(ctx: Context) -> list[str]:
    """The organisations of the people involved ("Kestrel Support"), and each one's first word
    when it is a name of its own ("Kestrel")."""
    people = (ctx.plan.get("involvement") or {}).get("people") or []
    names = {
        str(p["organisation"]) for p in people if isinstance(p, dict) and p.get("organisation")
    }
    firsts = {n.split()[0] for n in names if len(n.split()) > 1 and len(n.split()[0]) >= 4}
    return sorted(names | firsts, key=len, reverse=True)


def _provider_holds(text: str, ctx: Context) -> bool:
    """ "The agency keeps the money", "Kestrel keep the money and pay my staff": a provider (a
    provider word, or an organisation of someone involved) holding the money."""
    holders, holds = _holding()
    orgs = "|".join(re.escape(o) for o in _organisations(ctx))
    if re.search(rf"\b(?:{holders}){holds}", text, re.I):
        return True
    return bool(orgs) and re.search(rf"\b(?:{orgs}){holds}", text) is not None


def x_choice(text: str, ctx: Context) -> Extraction:
    values = _choice_values(text, ctx)
    own = _own_view(text, ctx)
    if own is not None:  # "I'd like a direct payment. My dad thinks the council should do it"
        text, values = own
    fund = "individual_service_fund"
    if fund not in values and any(c.value == fund for c in ctx.question.choices):
        values += [fund] if _provider_holds(text, ctx) else []
    # a no said first, then the choice; "a direct payment, not the council" still asks; an
    # option turned down with a verb ("doesn't want to manage a DP") or after it ("DP discussed
    # - declined") is turned down wherever
    refused = {v: _said_at(v, text, ctx, _REFUSED_OPTION) for v in values}
    by_verb = {
        v: min(
            (
                a
                for p in (_turned_down_by_verb(), _declined_before())
                if (a := _said_at(v, text, ctx, p)) is not None
            ),
            default=None,
        )
        for v in values
    }
    declined = {v for v in values if _declined_after(v, values, text, ctx)}
    kept = [v for v in values if refused[v] is None and by_verb[v] is None and v not in declined]
    if values and not kept:
        return Extraction(clarify="choice")  # "Not a direct payment": turned down, not chosen
    if len(values) > 1:
        first_kept = _said_at(kept[0], text, ctx) if len(kept) == 1 else None
        if first_kept is not None and all(at is None or at < first_kept for at in refused.values()):
            values = kept
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


# "Paper just gets lost", "I lose letters", "scanned copies are useless to me": an option
# complained of is turned down too.
_COMPLAINED = re.compile(
    r"\b(?:gets?\s+lost|goes\s+missing|go\s+missing|lose|loses|losing|lost|useless|pointless|"
    r"hopeless|no\s+use|no\s+good|never\s+(?:arrives?|comes?|gets?\s+here)|pile\s+up|piles\s+up)\b",
    re.I,
)


def _wanted_part(part: str, ctx: Context) -> str:
    reason = _REASON.search(part)
    if reason and _choice_values(part[: reason.start()], ctx):
        part = part[: reason.start()]
    complained = _COMPLAINED.search(part)
    if complained:
        again = _RESUME.search(part, complained.end())
        part = part[again.start() :] if again else ""
    down = _TURNED_DOWN.search(part)
    if down:
        again = _RESUME.search(part, down.end())
        part = part[: down.start()] + (part[again.start() :] if again else "")
    return part


def _parts(text: str) -> list[str]:
    return re.split(r"[.;,]|\s[-\u2013]\s|\bbut\b", text)


def x_multi_choice(text: str, ctx: Context) -> Extraction:
    wanted = [_wanted_part(p, ctx) for p in _parts(text)]
    # nothing left once the refusals are set aside ("not letters"): ask, do not pick letters
    values = _choice_values(" , ".join(wanted), ctx)
    if not values:
        return Extraction(clarify="multi_choice")
    return Extraction([add(ctx.question.fills[0], v, said(text)) for v in values], value=values)


# "paper letters if the print is big", "post it in large print": paper and post are how a large
# print copy comes, not a second, ordinary copy (one said apart still is: "paper copies, large
# print for Nigel").
_MEDIUM = re.compile(r"\b(?:paper|papers|letters?|printed|print(?:ed)?\s+out|post(?:ed)?)\b", re.I)
# "large print (min 24pt)", "size 18 font", "24 point": the print size said with it.
_POINT = re.compile(
    r"\b(?P<n>\d{2})\s*(?:pt|pts|point)\b|\b(?:size|font)\s+(?P<m>\d{2})\b"
    r"|\b(?P<f>\d{2})\s*(?:font|size)\b",
    re.I,
)


def _format_words(text: str) -> str:
    """The answer with practitioners' capitals written out ("ER" -> "easy read") and someone's
    own letters ("she deals with all my letters") set aside."""
    said = lexicon.load("simple_formats")
    for capitals, words in said["capitals"].items():
        text = re.sub(rf"(?<![\w/]){re.escape(capitals)}(?![\w/])", words, text)
    owners = "|".join(map(re.escape, said["owners"]))
    post = "|".join(map(re.escape, said["post"]))
    return re.sub(rf"\b(?:{owners})\s+(?:{post})\b", " ", text, flags=re.I)


def x_formats(text: str, ctx: Context) -> Extraction:
    """How the plan and letters are sent: the options chosen, and the print size if said."""
    wanted = []
    for part in _parts(_format_words(text)):
        part = _wanted_part(part, ctx)
        if "large_print" in _choice_values(part, ctx):
            plain = _MEDIUM.sub(" ", part)
            if "standard" not in _choice_values(plain, ctx):
                part = plain
        wanted.append(part)
    values = _choice_values(" , ".join(wanted), ctx)
    if not values:
        return Extraction(clarify="multi_choice")
    facts = [add(ctx.question.fills[0], v, said(text)) for v in values]
    size = _POINT.search(text)
    points = int(size["n"] or size["m"] or size["f"]) if size else 0
    if "large_print" in values and size and 14 <= points <= 72 and len(ctx.question.fills) > 1:
        facts.append(set_(ctx.question.fills[1], points, size.group(0)))
    return Extraction(facts, value=values)


# --- numbers said in words ("a hundred and twenty", "twenty-five", "two and a half thousand") ---

_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.I)
_JOIN = re.compile(r"[\s-]*")


@dataclass(frozen=True)
class Spelled:
    """A number said in words (digits may be part of it: "2 hundred"), where it is in the text."""

    start: int
    end: int
    value: Decimal
    scaled: bool  # has "hundred", "thousand" or "grand" in it
    beyond_scale: bool  # more is said after the scale ("two hundred and fifty")


@cache
def _number_words() -> dict[str, Any]:
    return lexicon.load("simple_numbers")


class _Reader:
    """Reads one number in words from a run of tokens joined only by spaces and hyphens."""

    def __init__(self, text: str) -> None:
        words = _number_words()
        self.units: dict[str, int] = words["units"]
        self.tens: dict[str, int] = words["tens"]
        self.hundred = set(words["hundred"])
        self.thousand = set(words["thousand"])
        self.tokens: list[tuple[str, int, int]] = []
        for m in _TOKEN.finditer(text):
            if self.tokens and not _JOIN.fullmatch(text[self.tokens[-1][2] : m.start()]):
                self.tokens.append(("", m.start(), m.start()))  # a gap: no number runs across
            self.tokens.append((m.group(0).lower(), m.start(), m.end()))

    def word(self, i: int) -> str:
        return self.tokens[i][0] if i < len(self.tokens) else ""

    def below_100(self, i: int) -> tuple[Decimal, int] | None:
        word = self.word(i)
        if word in self.tens:
            after = self.units.get(self.word(i + 1), 0)  # "twenty-five", "forty two"
            if 0 < after < 10:
                return Decimal(self.tens[word] + after), i + 2
            return Decimal(self.tens[word]), i + 1
        if word in self.units:
            return Decimal(self.units[word]), i + 1
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            return Decimal(word), i + 1
        return None

    def below_1000(self, i: int) -> tuple[Decimal, int] | None:
        if self.word(i) in ("a", "an") and self.word(i + 1) in self.hundred:
            value, j = Decimal(1), i + 1
        else:
            found = self.below_100(i)
            if found is None:
                return None
            value, j = found
        if self.word(j) not in self.hundred:
            return value, j
        value, j = value * 100, j + 1
        rest = self.below_100(j + 1) if self.word(j) == "and" else None
        return (value + rest[0], rest[1]) if rest else (value, j)

    def number(self, i: int) -> tuple[Decimal, int, bool, bool] | None:
        """value, the token after it, whether a scale word is in it, whether more follows one."""
        if self.word(i) in ("a", "an") and self.word(i + 1) in self.thousand:
            value, j = Decimal(1), i + 1
        else:
            found = self.below_1000(i)
            if found is None:
                return None
            value, j = found
        scaled = any(self.word(k) in self.hundred for k in range(i, j))
        beyond = scaled and self.word(j - 1) not in self.hundred
        if [self.word(k) for k in range(j, j + 3)] == ["and", "a", "half"] and (
            self.word(j + 3) in self.thousand
        ):
            value, j = value + Decimal("0.5"), j + 3  # "nine and a half thousand"
        if self.word(j) not in self.thousand:
            return value, j, scaled, beyond
        value, j, beyond = value * 1000, j + 1, False
        rest = self.below_1000(j + 1 if self.word(j) == "and" else j)
        if rest is not None:
            value, j, beyond = value + rest[0], rest[1], True
        return value, j, True, beyond


def spelled_numbers(text: str) -> list[Spelled]:
    """Every number said at least partly in words, in text order."""
    reader, found, i = _Reader(text), [], 0
    while i < len(reader.tokens):
        read = reader.number(i)
        words = read is not None and any(
            not reader.word(k)[:1].isdigit() for k in range(i, read[1])
        )
        if read is None or not words:
            i += 1
            continue
        value, j, scaled, beyond = read
        found.append(Spelled(reader.tokens[i][1], reader.tokens[j - 1][2], value, scaled, beyond))
        i = j
    return found


def with_digits(text: str) -> str:
    """The text with each number said in words written in digits ("twenty-five hours" ->
    "25 hours"), for the readers of hours that know digits best."""
    out, at = [], 0
    for n in spelled_numbers(text):
        value = n.value.normalize()
        out += [text[at : n.start], f"{value:f}"]
        at = n.end
    return "".join([*out, text[at:]])


def _money_word(text: str, start: int, end: int) -> re.Match[str] | None:
    money = "|".join(re.escape(w) for w in _number_words()["money"])
    after = re.compile(rf"\s*(?:{money})\b", re.I).match(text, end)
    return after or re.compile(r"£\s*$").search(text, 0, start)


def _in_words(text: str) -> tuple[int, text_.Amount] | None:
    """The first amount said in words: with a scale ("fifteen hundred", "twelve grand") or said
    as money ("a hundred and twenty pounds", "two hundred and sixteen quid"). More words after
    the scale ("two hundred and fifty") are read only when said as money or as so much a period
    ("two hundred and fifty a week")."""
    for n in spelled_numbers(text):
        money = _money_word(text, n.start, n.end)
        per = _PERIOD_AFTER.match(text, n.end)
        if not (n.scaled or money) or (n.beyond_scale and not (money or per)):
            continue
        end = money.end() if money and money.start() >= n.end else n.end
        start = money.start() if money and money.start() < n.start else n.start
        return start, text_.Amount(pence(n.value), None, text[start:end].strip())
    return None


# the period right after an amount, in any of the ways people and letters write it
_PERIOD_AFTER = re.compile(
    # "£318 week": the period said bare after the amount, as people writing briefly do
    r"\s*(?:(?:(?:a|an|per|each|every|/)\s*)?(?P<u>week|wk|year|yr|annum|month|fortnight)\b"
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
    # "£385.50/wk": the money reader may take the period into its quote and leave it unread
    inside = [p for p in _PERIOD_AFTER.finditer(text, at, end) if p.end() == end]
    per = per or (inside[-1] if inside else None)
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


# "between £200 and £250 a week", "£200-250 a week", "200 to 250 a week": a range is no figure a
# practitioner could record as the budget, so the question is asked again.
_MONEY_RANGE = re.compile(
    r"£\s*\d[\d,]*(?:\.\d+)?\s*k?\s*(?:-|\u2013|to|or)\s*£?\s*\d"
    r"|\b\d[\d,]*(?:\.\d+)?\s*k?\s*(?:-|\u2013|to|or)\s*£\s*\d"
    r"|\b\d[\d,]*(?:\.\d+)?\s*(?:-|\u2013|to|or)\s*\d[\d,]*(?:\.\d+)?\s*(?:a|per|/|each)\s*"
    r"(?:week|wk|month|year|annum|fortnight)\b"
    r"|\bbetween\s+£?\s*\d[\d,]*(?:\.\d+)?\s*k?\s+and\s+£?\s*\d",
    re.I,
)


def x_money(text: str, ctx: Context) -> Extraction:
    if classify(text) is Reply.no:
        return Extraction(value=False)
    found = _amount(text)
    if found is None or _MONEY_RANGE.search(text):
        return Extraction(clarify="money")
    amount_path, period_path = ctx.question.fills
    facts = [set_(amount_path, str(found.amount), found.quote)]
    if found.period:
        facts.append(set_(period_path, found.period, found.quote))
    return Extraction(facts, value=str(found.amount))


def _plan_date(ctx: Context, *path: str) -> date | None:
    node: Any = ctx.plan
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    try:
        return date.fromisoformat(str(node)) if node else None
    except ValueError:
        return None


def x_date(text: str, ctx: Context) -> Extraction:
    start = _plan_date(ctx, "dates", "services_start")
    found = dates.find_date(text, ctx.today, start=start)
    if found is None:
        return Extraction(clarify="date")
    return Extraction(
        [set_(ctx.question.fills[0], found.value.isoformat(), found.quote)],
        value=found.value.isoformat(),
    )


# "24 hours a day really, but the hands-on part is about 6 hours a day": what follows a turn
# ("but", "though", "actually", "more like") corrects the figure before it.
_TURN = re.compile(r"\b(?:but|actually|more\s+like|realistically|in\s+reality)\b", re.I)
# "... but some days 5 hours a day": an exception, not a correction
_SOMETIMES = re.compile(
    r"\b(?:some|bad|good|other)\s+(?:days|weeks|nights)\b|\bsometimes\b|\boccasionally\b"
    r"|\bat\s+(?:times|weekends?)\b|\bon\s+(?:bad|good)\b|\bwhen\b|\bif\b",
    re.I,
)


# "maybe a hour in the morning and two in the evening. I would say twenty hours a week": the
# hours said as so many a week are the answer, whatever pieces were counted before them.
_A_WEEK = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?(?:\s+and\s+a\s+half)?)\s*(?:hours?|hrs?|h)\s+"
    r"(?:(?:a|per|each|every|/)\s*)?(?:week|wk)\b",
    re.I,
)
# the end of a range just before a figure ("14-21 hours a week", "between 20 and 30 hours")
_RANGE_END = re.compile(r"(?:\d\s*(?:-|\u2013|to|or)|\bbetween\s+\d+(?:\.\d+)?\s+and)\s*$", re.I)


def _corrected_hours(text: str) -> text_.Hours | None:
    turns = list(_TURN.finditer(text))
    for turn in reversed(turns):
        rest = text[turn.end() :]
        later = None if _SOMETIMES.search(rest) else text_.hours_per_week(rest)
        if later is not None and text_.hours_per_week(text[: turn.start()]) is not None:
            return later
    # "2-3 hours every day school days, weekend more. 20 hours week maybe more": a range of the
    # pieces counted before does not make the weekly figure a range
    found = list(_A_WEEK.finditer(text))
    weekly = {f"{m['n']} hours a week" for m in found}
    if len(weekly) == 1 and not any(_RANGE_END.search(text, 0, m.start()) for m in found):
        hours = text_.hours_per_week(weekly.pop())
        return text_.Hours(hours.per_week, found[0].group(0)) if hours else None
    return text_.hours_per_week(text)


# "a few hours each time", "several hours a day": no figure a practitioner could record
_VAGUE_HOURS = re.compile(
    r"\b(?:a\s+few|few|several|some|a\s+lot\s+of|lots\s+of|loads\s+of|many)\s+(?:more\s+)?"
    r"(?:hours?|hrs?)\b",
    re.I,
)
# "8 hours a day on the days she's home, less on work days", "6 a day except weekends": a daily
# figure that holds on some days only is no weekly figure.
_DAILY = re.compile(r"\b(?:a|per|each|every)\s+day\b|\bdaily\b|\b(?:hrs?|hours?)\s*/\s*day\b", re.I)
_SOME_DAYS_ONLY = re.compile(
    r"\bon\s+the\s+days\b|\bthe\s+days\s+(?:she|he|i|they|we)\b"
    # "except weekends" says the days: every weekday
    r"|\b(?:less|more|fewer)\s+(?:on|at|when|if|during)\b"
    r"|\b(?:except|apart\s+from)\b(?!\s+(?:at\s+|on\s+|over\s+)?(?:the\s+)?weekends?\b)"
    r"|\bnot\s+(?:on|at|when|during)\b|\bonly\s+(?:on|at|when)\b",
    re.I,
)


# "three or four hours a day", "20-30 hours", "between 20 and 30 hours a week", "2 or 3 times a
# week": a range is no figure a practitioner could record, so the question is asked again.
_RANGE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:-|\u2013|to|or)\s*\d+(?:\.\d+)?\s*"
    r"(?:hours?|hrs?|h\b|times?|days?|nights?|evenings?|mornings?|afternoons?)"
    r"|\bbetween\s+\d+(?:\.\d+)?\s+and\s+\d+",
    re.I,
)


def _back(text: str, at: int, end: bool = False) -> int:
    """Where a place in ``with_digits(text)`` is in ``text``."""
    shift = 0
    for n in spelled_numbers(text):
        width = len(f"{n.value.normalize():f}")
        if at < n.start + shift:
            break
        if at < n.start + shift + width or (end and at == n.start + shift + width):
            return n.end if end else n.start
        shift += width - (n.end - n.start)
    return at - shift


def x_hours(text: str, ctx: Context) -> Extraction:
    digits = with_digits(text)  # "twenty-five hours a week", "fourteen hours"
    found = _corrected_hours(digits)
    if found is not None and (
        _VAGUE_HOURS.search(found.quote)
        or _RANGE.search(found.quote)
        or (_DAILY.search(found.quote) and _SOME_DAYS_ONLY.search(found.quote))
    ):
        return Extraction(clarify="number", unplaced=None)
    if found is None:
        bare = re.fullmatch(r"\D*?(\d+(?:\.\d+)?)\D*", digits)
        if bare is None:
            return Extraction(clarify="number", unplaced=None)
        found = text_.Hours(Decimal(bare[1]), digits.strip())
    at = digits.find(found.quote)
    quote = (
        text[_back(text, at) : _back(text, at + len(found.quote), end=True)] if at >= 0 else text
    )
    return Extraction(
        [set_(ctx.question.fills[0], str(found.per_week), quote.strip())],
        value=str(found.per_week),
    )


# --- who receives a direct payment (read by extract_contacts.x_dp_recipient) --------------------

# "Me. I want to manage it myself ... I do not want my dad to be in charge of it": the answer
# opens with the one answering, alone (not "me and my son")
_SELF_FIRST = re.compile(
    r"^\W*(?:me|myself|me\s+myself|i\s+will|i'?ll|i\s+do|i\s+would|i'?d|i\s+want\s+to)\b"
    r"(?![\s,]+(?:and|&|or|with|plus)\b)(?!\s+(?:son|daughter|wife|husband|mum|dad)\b)",
    re.I,
)


def self_first(text: str, ctx: Context) -> bool:
    """Whether the answer opens by naming the one answering as the one who will do it, when no
    helper said they were answering with the person ("Me, Tariq. Her son")."""
    helper = ctx.state.answers.get("helper")
    return _SELF_FIRST.match(text) is not None and not (helper and helper.value)


@cache
def _lacking_capacity() -> re.Pattern[str]:
    said = lexicon.load("simple_recipient")

    def any_of(key: str) -> str:
        phrases = sorted(said[key], key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)

    return re.compile(
        rf"\b(?:{any_of('lacks_capacity')})\b"
        rf"|(?:\b|(?<=n't))(?:{any_of('cannot')})\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{any_of('acts')})\b",
        re.I,
    )


def lacks_capacity(text: str) -> bool:
    """ "Jade can't manage money or agree to it herself", "capacity assessment done": said by a
    carer or practitioner, someone receiving the payment for the person is an authorised
    person, not a nominee."""
    return _lacking_capacity().search(text.replace("\u2019", "'")) is not None
