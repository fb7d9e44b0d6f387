"""The person's network (who helps, with what and when) and their unpaid carers: who cares for
them, with a carer's own "me", and whom a carer cares for."""

from __future__ import annotations

import re
from functools import cache

from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation import understand_text as text_
from service.conversation.answer_people import (
    answer_mentions,
    enrich,
    me_mentions,
    person_item,
    to_the_person,
)
from service.conversation.extract_base import Context, Extraction, is_nobody, item, said, set_
from service.conversation.state import Applied
from service.conversation.understand_yesno import Reply, classify, leading


def x_cared_for(text: str, ctx: Context) -> Extraction:
    found = people.mentions(text)
    if not found:
        return Extraction(clarify="people")
    m = found[0]
    facts = [set_("cared_for.name", m.name or m.quote, m.quote)]
    if m.relationship:
        facts.append(set_("cared_for.relationship", m.relationship, m.quote))
    return Extraction(facts, value=True)


def x_network(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) and not me_mentions(text, ctx):  # a carer's "just me" is the carer
        return Extraction(value=False)
    facts: list[Applied] = []
    seen: dict[str, Applied] = {}
    for m, clause, sentence in _clauses(text, ctx):
        if m.name or m.relationship:
            extra = {"helps_with": _rest(clause, m), "when": text_.when(sentence)}
            again = _seen(seen, m.name) if m.name else None
            if again is not None:  # "Mary and Jane. Jane rings me": one Jane, with what she does
                help, before = extra.pop("helps_with"), again.value.get("helps_with")
                if help and before and help.lower() not in before.lower():
                    again.value["helps_with"] = f"{before}, {help}"  # "..., and Viv sits with me"
                elif help:
                    extra["helps_with"] = help
                again.value.update({k: v for k, v in extra.items() if v and k not in again.value})
                continue
            facts.append(person_item(m, ctx, "network", **extra))
            seen[(m.name or "").lower()] = facts[-1]
    return Extraction(facts, value=bool(facts), unplaced=None if facts else said(text))


_OUT_OF_TOUCH = re.compile(
    r"\b(?:(?:not|no longer|never) in (?:contact|touch)|no contact|estranged|lost touch"
    r"|(?:don'?t|doesn'?t|do not|does not|never|not) (?:speak|talk|see)s?\b|not speaking"
    r"|fell out|fallen out|haven'?t (?:seen|spoken))",
    re.I,
)


def _out_of_touch(text: str, m: people.Mention) -> bool:
    """ "Ex-wife and adult daughter not in contact": people said to be out of touch are no help."""
    starts = [0, *(s.end() for s in re.finditer(r"[.;!?\n]", text))]
    start = max(s for s in starts if s <= m.start)
    stop = re.search(r"[.;!?\n]", text[m.end :])
    sentence = text[start : m.end + stop.start()] if stop else text[start:]
    return bool(_OUT_OF_TOUCH.search(sentence))


def _in_condition(text: str, m: people.Mention) -> bool:
    """ "... sits with me if Alan has to go out": said just after "if" inside a sentence (not
    opening it: "When my daughter Jane visits she does my hair" names a helper)."""
    sentence = lexicon.words(re.split(r"[.;!?\n]", text[: m.start])[-1])
    return len(sentence) >= 2 and sentence[-1] in _CONDITION


def _seen(seen: dict[str, Applied], name: str) -> Applied | None:
    """The person already listed under ``name``, or under a full name it is the only first name
    of ("Viv" after "Viv and Colin Marsh")."""
    if name.lower() in seen:
        return seen[name.lower()]
    if " " in name:
        return None
    same = [a for k, a in seen.items() if k.split()[:1] == [name.lower()]]
    return same[0] if len(same) == 1 else None


def _clauses(text: str, ctx: Context) -> list[tuple[people.Mention, str, str]]:
    """Each person with the words from their mention up to the next person's, twice: cut at
    ", she ..." for what they do ("Jane rings me, she lives miles away"), and to the sentence's
    end for when ("just Paul really, he comes most evenings"). "just mum" is the mother already
    named in the plan, not a second person called "mum"."""
    said_people = [to_the_person(m, ctx) for m in people.mentions(text)]
    said_people += [
        me
        for me in me_mentions(text, ctx)
        if not any(m.start <= me.start < m.end for m in said_people)
    ]
    # "he rings mum on Sundays": an unnamed relative just after a verb of helping is whom the
    # help is for, not another helper
    said_people = [
        m
        for m in said_people
        if not m.relationship
        or not (before := lexicon.words(text[: m.start])[-1:])
        or before[0] not in _help_verbs()
    ]
    # "Viv sits with me if Alan has to go out": someone said after "if" is the condition of
    # another's help, not a helper with a clause of their own
    said_people = [
        m for m in said_people if not _in_condition(text, m) and not _out_of_touch(text, m)
    ]
    found = enrich(sorted(said_people, key=lambda m: m.start), ctx)
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(text)
        clause = text[m.start : end]
        after = clause[len(m.quote) :]
        stop = re.search(r"[.;!?\n]", after)
        sentence = clause[: len(m.quote) + stop.start()] if stop else clause
        stop = _CUT.search(after)
        if (stop and stop.group(0).lower().endswith("they")
                and not after[: stop.start()].strip(" ,-")):  # fmt: skip
            # "Mr and Mrs Iqbal, they'd come round": nothing said between, so theirs (only
            # "they": "my sister Jo and my mate Kev, he drives" leaves who drives unclear)
            stop = _CUT.search(after, stop.end())
        out.append((m, clause[: len(m.quote) + stop.start()] if stop else clause, sentence))
    # "Her dad Karim and her brother Imran help at weekends": people joined by "and" (or a
    # comma) with nothing of their own share what is said after the last of them
    for i in range(len(out) - 2, -1, -1):
        m, clause, sentence = out[i]
        nxt, next_clause, next_sentence = out[i + 1]
        if _JOINED.fullmatch(clause[len(m.quote) :]):
            share = (next_clause[len(nxt.quote) :], next_sentence[len(nxt.quote) :])
            out[i] = (m, m.quote + share[0], m.quote + share[1])
    return out


_CONDITION = frozenset(
    {"if", "when", "whenever", "unless", "while", "whilst", "because", "cos", "till", "until"}
)
_CUT = re.compile(r"[.;!?\n]|,\s*(?:she|he|they|who)\b", re.I)
_JOINED = re.compile(r",?\s*(?:and|&|n)\s+(?:(?:my|his|her|their|our|the)\s+)?", re.I)


_PRONOUN = re.compile(
    r"^(?:who|she|he|they|also|and|,|is|are|that)(?:['\u2019](?:d|ll|re|ve|s))?\s+", re.I
)
_FILLERS = re.compile(
    r"^(?:really|just|also|usually|mostly|often|normally|generally|sometimes|always|still|too"
    r"|then|kindly|mainly)\b[\s,]*",
    re.I,
)
# "Stan from the allotment gives him lifts": where someone is from says who, not what they do.
_WHERE_FROM = re.compile(r"^(?:from|at)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?[\w'-]+\s+", re.I)


def _rest(clause: str, m: people.Mention) -> str | None:
    """What the clause says someone does besides who: "does my shopping" in "my daughter Mary
    does my shopping". Only words that open with a verb of helping (``help_verbs``) say so; other
    leftovers ("when he's home", "I ring her", "a lad from day centre called") are not help."""
    rest = clause[len(m.quote) :] if clause.startswith(m.quote) else clause.replace(m.quote, "")
    for part in (text_.when(rest) or "").split(", "):
        rest = rest.replace(part, "") if part else rest
    rest = text_.clean(re.sub(r"\s+", " ", rest))
    while (stripped := _FILLERS.sub("", _PRONOUN.sub("", rest))) != rest:
        rest = text_.clean(stripped)
    said_first = rest
    after = _WHERE_FROM.sub("", rest)
    rest = after if len(after.split()) >= 2 else rest
    rest = text_.clean(re.sub(r"\s+(?:and|but|,)$", "", rest))
    said_words = lexicon.words(rest)
    if said_words and said_words[0] not in _help_verbs():
        rest = _later_help(said_first) or rest
        said_words = lexicon.words(rest)
    if not said_words or said_words[0] not in _help_verbs():
        return None
    # one word says what someone does when it is said of them ("Janelle visits"); "help" alone
    # after two people ("Karim and Imran help") says nothing more
    return rest if len(said_words) >= 2 or said_words[0].endswith("s") else None


def _later_help(rest: str) -> str | None:
    """ "lives in Skegness, phones at Christmas", "lives nearby and has him Wednesdays", "from the
    Deaf club walks me home": after words about where someone is, the part that opens with a verb
    of helping is what they do (a part of its own: after a comma or "and", or after a "from"
    place of up to four words)."""
    place = re.match(r"^(?:from|at)\s+(?:\S+\s+){1,4}?(?=(\S+))", rest, re.I)
    while place and lexicon.words(place[1])[:1] and lexicon.words(place[1])[0] not in _help_verbs():
        nxt = re.match(rf"^{re.escape(place.group(0))}\S+\s+(?=(\S+))", rest)
        if nxt is None or len(nxt.group(0).split()) > 5:
            place = None
            break
        place = nxt
    if place and not re.search(r"[,;:]", place.group(0)):  # "Kay from the flats, we have"
        return rest[place.end() :]
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", rest)[1:]:
        words = lexicon.words(part)
        if words and words[0] in _help_verbs() and (len(words) >= 2 or words[0].endswith("s")):
            return part.strip()
        if words and words[0] in ("she", "he", "they", "i", "we", "you", "it"):
            return None  # someone else's words from here on
    return None


@cache
def _help_verbs() -> frozenset[str]:
    """Verbs of helping as said of someone: "takes", "keep" (the neighbours), "does", "carries"."""
    out = set()
    for verb in lexicon.load("people_words")["help_verbs"]:
        out |= {verb, f"{verb}s", f"{verb}es"}
        if verb.endswith("y"):
            out.add(f"{verb[:-1]}ies")
    return frozenset(out | {"does", "has"})


def x_has_carer(text: str, ctx: Context) -> Extraction:
    found = answer_mentions(text, ctx)
    me = me_mentions(text, ctx)  # a carer's "just me" is the carer, not nobody
    if not me and (leading(text)[0] is Reply.no or (classify(text) is Reply.no and not found)):
        return Extraction(value=False)
    if not found:
        return Extraction(clarify="people")
    # Everyone named is recorded; the questions that follow ask about the first.
    facts = [person_item(m, ctx, "carers") for m in found]
    return Extraction(facts, value=True)


# A carer answering for someone says who the carer is as "me", "I do", "just me", "me and his dad".
_SELF_CARER = re.compile(
    r"(?:^|[.,;!?]\s*|\b(?:and|just|only|mostly|mainly|probably|yes|yeah|well|that's|thats|it's|its)"
    r"\W+)(?P<w>me|myself|i\s+do|i\s+am|i'm|im|i\s+look\s+after|i\s+care\s+for)\b"
    r"(?!\s*(?:not\b|n't))"
    r"|\b(?P<w2>me|myself)\s+and\b",
    re.I,
)


def _answering_carer(ctx: Context) -> dict[str, object] | None:
    """The carer answering for someone (not in their own carer's plan), as recorded when they
    said who they are; ``None`` for anyone else, whose "me" is not a carer."""
    if ctx.state.audience != "carer" or ctx.plan_type == "carer_support":
        return None
    people_ = (ctx.plan.get("involvement") or {}).get("people") or []
    carers = [p for p in people_ if p.get("role") == "carer" and p.get("name")]
    return carers[0] if len(carers) == 1 else None


def x_carer_who(text: str, ctx: Context) -> Extraction:
    """Who the unpaid carer is: a carer answering "me" is the carer; others are read by name."""
    me = _answering_carer(ctx)
    hit = _SELF_CARER.search(text) if me is not None else None
    if me is None or hit is None or classify(text) in (Reply.skip, Reply.ambiguous):
        return x_has_carer(text, ctx)
    value = {"id": ctx.new_id("carers"), "name": me["name"], "relationship": me.get("relationship")}
    mine = item("carers", value, (hit["w"] or hit["w2"]).strip())
    others = x_has_carer(text, ctx).facts
    same = str(me["name"]).split(" ")[0].lower()
    others = [
        f
        for f in others
        if str(f.value.get("name", "")).split(" ")[0].lower() != same
        and f.value.get("relationship") != "carer"  # "I'm his carer": the words, not someone else
    ]
    return Extraction([mine, *others], value=True)
