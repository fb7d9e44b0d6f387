"""From one answer to facts: the deterministic understanding used by default.

Each question names an extractor (``extract:`` in its YAML). An extractor reads the answer and
returns ``Extraction``: facts to write (each with the words it came from), the answer's value
(for branching), a clarifying-question key when the answer is ambiguous, and any words it could
not place (kept as said in the nearest free-text field). It never invents: no match, no fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from service.conversation import extract_needs, extract_simple, extract_wellbeing, lexicon
from service.conversation import understand_people as people
from service.conversation import understand_text as text_
from service.conversation.extract_base import (
    KEEP_WORDS,
    Context,
    Extraction,
    add,
    is_nobody,
    item,
    known_people,
    said,
    set_,
)
from service.conversation.flow import Question, load_flow
from service.conversation.state import Applied
from service.conversation.understand_yesno import Reply, classify, leading
from service.errors import InvalidInput

__all__ = ["EXTRACTORS", "KEEP_WORDS", "Context", "Extraction", "from_value"]

# --- people ---------------------------------------------------------------------------------


def _person_item(m: people.Mention, ctx: Context, collection: str, **extra: Any) -> Applied:
    value = {
        "id": ctx.new_id(collection),
        "name": m.name or m.quote,
        "relationship": m.relationship,
        **extra,
    }
    return item(collection, value, m.quote)


def _involved(m: people.Mention, ctx: Context, role: str | None = None, **extra: Any) -> Applied:
    return _person_item(m, ctx, "involvement.people", role=role or m.role or "other", **extra)


_ORG_WORDS = "|".join(re.escape(w) for w in lexicon.load("people_words")["organisation_words"])
# "Sarah his case manager from the brain injury team", "Kate Lowry, rehab officer, sensory team",
# "she's from the community mental health team": the team someone works in, in the words said
_ORG_AFTER = re.compile(
    rf"(?:\b(?:from|at|with|in)|,)\s+(?:the\s+|a\s+|our\s+|her\s+|his\s+)?"
    rf"(?P<org>(?:[A-Za-z'&-]+\s+){{0,4}}?(?:{_ORG_WORDS}))\b",
    re.I,
)


def _organisation(text: str, m: people.Mention, found: list[people.Mention]) -> str | None:
    """The team said just after someone, before the next person or the sentence's end."""
    later = [o.start for o in found if o.start >= m.end]
    segment = text[m.end : min(later, default=len(text))]
    segment = re.split(r"[.;!?\n]", segment, maxsplit=1)[0]
    # or inside what was said of them: "the rehab worker from the sensory team, Jon Price"
    hit = _ORG_AFTER.search(segment) or _ORG_AFTER.search(m.quote)
    if not hit or m.role not in ("professional", None):
        return None
    return re.sub(
        r"^(?:(?:from|at|with|in|the|a|our|her|his)\s+)+", "", hit["org"].strip(), flags=re.I
    )


_WORKERS = frozenset({"professional", "advocate", "carer"})


def _workplaces(
    text: str, found: list[people.Mention]
) -> tuple[list[people.Mention], dict[int, str]]:
    """ "Becca my support worker from Oakleaf Support": a name said just after "from" or "at"
    a worker is where they work, not another person. Returns the people and, by the worker's
    start, their organisation."""
    kept: list[people.Mention] = []
    orgs: dict[int, str] = {}
    for m in found:
        prev = kept[-1] if kept else None
        between = text[prev.end : m.start] if prev else ""
        if (prev and prev.role in _WORKERS and not m.relationship and m.name
                and re.fullmatch(r"\s*(?:from|at|with)\s+(?:the\s+)?", between, re.I)):  # fmt: skip
            orgs[prev.start] = m.quote
            continue
        kept.append(m)
    return kept, orgs


def _involved_all(
    found: list[people.Mention], text: str, ctx: Context, **extra: Any
) -> list[Applied]:
    found, orgs = _workplaces(text, found)
    return [
        _involved(m, ctx, organisation=orgs.get(m.start) or _organisation(text, m, found), **extra)
        for m in found
    ]


def x_helper(text: str, ctx: Context) -> Extraction:
    if is_nobody(text):
        return Extraction(value=False)
    found = _mentions(text, ctx)
    if not found:
        return Extraction(clarify="people")
    return Extraction(_involved_all(found, text, ctx), value=True)


def x_answerer(text: str, ctx: Context) -> Extraction:
    """The carer or advocate answering names themselves: they are involved in the plan."""
    found = [m for m in people.mentions(text) if m.name]
    if not found:
        return Extraction(clarify="people")
    m, role = found[0], ctx.state.audience  # "carer" and "advocate" are involvement roles too
    relationship = m.relationship or _relationship_in(text)
    org = re.search(r"\b(?:from|at|with)\s+((?:[A-Z][\w&'-]*\s*)+)", text)
    extra = {"organisation": org[1].strip() if org else None, "relationship": relationship}
    return Extraction([_involved(m, ctx, role=role, **extra)], value=True)


def _relationship_in(text: str) -> str | None:
    labels = [m.relationship for m in people.mentions(text) if m.relationship and not m.name]
    return labels[0] if labels else None


def x_involve_others(text: str, ctx: Context) -> Extraction:
    if is_nobody(text):
        return Extraction(value=False)
    said_people, orgs = _workplaces(text, _mentions(text, ctx))
    found = [
        m
        for m in said_people
        if not _is_person(m, ctx) and not _in_reason(text, m) and not _declined(text, m)
    ]
    if not found:
        return Extraction(clarify="people") if not said_people else Extraction(value=False)
    asked = _speaks_for_self(ctx) or None  # the person, or a carer in their own carer's plan
    already = {
        str(p.get("name", "")).lower(): p
        for p in (ctx.plan.get("involvement") or {}).get("people") or []
    }
    facts = []
    for m in found:
        known = already.get((m.name or m.quote).lower())
        if known is None:
            org = orgs.get(m.start) or _organisation(text, m, found)
            facts.append(_involved(m, ctx, asked_for_by_person=asked, organisation=org))
        elif asked:  # involved already (helping today): record that the person asked for them
            facts.append(
                set_(f"involvement.people[id={known['id']}].asked_for_by_person", True, m.quote)
            )
    return Extraction(facts, value=True)


_REASON = re.compile(
    r"\b(?:because|cos|coz|cause|as (?:she|he|they)|since (?:she|he|they)"
    r"|so (?:that|they|she|he|we|i|the))\b",
    re.I,
)


# "He does not want his brother contacted", "not Graham", "never my ex": someone turned down.
_DECLINED = (
    re.compile(r"\b(?:not|never)\s+(?!mind|matter|bother|sure)(?:\S+\s+){0,2}$", re.I),
    re.compile(
        r"(?:\bnot|\bnever|n't|\bdont|\bdoesnt)\s+(?:\w+\s+){0,2}?(?:want|wants|involve|ask)\b",
        re.I,
    ),
)


def _declined(text: str, m: people.Mention) -> bool:
    """Whether the person's words turn someone down in the sentence that says them."""
    before = re.split(r"[.;!?\n]", text[: m.start])[-1]
    return any(p.search(before) for p in _DECLINED)


def _in_reason(text: str, m: people.Mention) -> bool:
    """ "Fiona the nurse because she knows mum best": someone said in the reason for asking for
    another is not asked for themselves."""
    sentence = re.split(r"[.;!?\n]", text[: m.start])[-1]
    return bool(_REASON.search(sentence))


def x_copies(text: str, ctx: Context) -> Extraction:
    me = _copy_for_person(text, ctx)
    if is_nobody(text) and me is None:  # "nobody, just me" is still the person's own copy
        return Extraction(value=False)
    found = _mentions(text, ctx)
    if not found and me is None:
        return Extraction(unplaced=said(text))
    facts = []
    for i, m in enumerate(found):
        if _NOT_FOR.search(re.split(r"[,;.&]|\band\b", text[: m.start])[-1]):
            continue  # "Steph and me. Not Lorraine, she'd only worry"
        if _in_reason(text, m):
            continue  # "my GP, so they book interpreters next time"
        upto = found[i + 1].start if i + 1 < len(found) else len(text)
        fmt = _format_in(re.split(r"[,;.]|\band\b", text[m.end : upto], maxsplit=1)[0])
        if _is_person(m, ctx):  # "Gwen - audio": the person's own copy, by their name
            if me is None:
                value = {"name": (ctx.plan.get("person") or {}).get("name"), "role": "person"}
                me = item("copies", {**value, "format": fmt}, m.quote)
            continue
        value = {"name": m.name or m.quote, "role": m.role, "format": fmt}
        facts.append(item("copies", value, m.quote))
    for org in _COPY_ORG.finditer(text):  # "Ellie and the memory clinic": a team has a copy
        before = re.split(r"[,;.&]|\band\b", text[: org.start()])[-1]
        taken = any(m.start < org.end() and org.start() < m.end for m in found)
        reason = _REASON.search(before + org.group(0))  # "so the surgery has it"
        if not taken and not _NOT_FOR.search(before) and not reason:
            value = {"name": org["org"], "role": "professional"}
            facts.append(item("copies", value, org.group(0)))
    return Extraction([*([me] if me else []), *facts], value=True)


_NOT_FOR = re.compile(
    r"\b(?:not|no|never|don't|dont|do not|nothing to|without|declined|refused|refuses"
    r"|declines)\b",
    re.I,
)
# "the memory clinic", "his surgery", "the hospice team": a service named as a whole
_COPY_ORG = re.compile(
    r"(?<!\bfrom )(?<!\bat )(?<!\bwith )(?<!\bin )(?<!\bof )"  # "Dr Patel at the practice"
    r"\b(?:the|my|his|her|their|our)\s+(?P<org>(?:(?!(?:and|or|the|my|his|her|to|for)\b)"
    rf"[A-Za-z'-]+\s+){{0,3}}?(?:{_ORG_WORDS}))\b",
    re.I,
)


def _speaks_for_self(ctx: Context) -> bool:
    """Whether "me" in an answer is the person the plan is for."""
    audience = ctx.state.audience
    return audience == "person" or (audience == "carer" and ctx.plan_type == "carer_support")


# "me and mum", "just me", "me in Braille": the person asks for their own copy.
# Only the person's own words: a carer or practitioner saying "me" means themselves.
_ME = re.compile(r"\b(?:me|myself)\b((?:(?!\band\b)[^,;.])*)", re.I)


def _copy_for_person(text: str, ctx: Context) -> Applied | None:
    hit = _ME.search(text)
    name = (ctx.plan.get("person") or {}).get("name")
    if hit is None or not name or not _speaks_for_self(ctx):
        return None
    value = {"name": name, "role": "person", "format": _format_in(hit[1])}
    return item("copies", value, hit.group(0).strip())


def _format_in(words: str) -> str | None:
    """A format said with the person's own copy ("me in Braille"), from the formats question."""
    table = {c.value: c.says for c in load_flow().question("formats").choices}
    found = lexicon.keys(words, table) if words.strip() else []
    return found[0] if len(found) == 1 else None


def x_cared_for(text: str, ctx: Context) -> Extraction:
    found = people.mentions(text)
    if not found:
        return Extraction(clarify="people")
    m = found[0]
    facts = [set_("cared_for.name", m.name or m.quote, m.quote)]
    if m.relationship:
        facts.append(set_("cared_for.relationship", m.relationship, m.quote))
    return Extraction(facts, value=True)


_TITLE = r"(?:mr|mrs|ms|miss|mx|dr|sir|dame)"
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"})
_PREF_NAME = rf"(?P<n>(?:{_TITLE}\.?\s+)?[A-Za-z][A-Za-z'-]*?)"
# "everyone calls me Flo", "I go by Meg", "prefers Dan"
_PREF_CUED = re.compile(
    r"(?<!nobody's )(?<!nobody has )(?<!no one's )(?<!never )(?<!don't )(?<!not )"
    r"(?:(?:calls?|call)\s+(?:me|her|him|them)|called(?:\s+(?:me|her|him))?|known as|goes by|go by"
    r"|prefers?|likes? to be called|(?:it's|its|it is)\s+just|just call (?:me|her|him))\s+"
    rf"(?P<n>(?:{_TITLE}\.?\s+)?(?!(?:me|her|him|them)\b)[A-Za-z'-]+)",
    re.I,
)
# "Joan's fine", "Pat is fine", "Mr Iqbal will do", "Bob to my mates", "Pat for short"
_PREF_SAID = re.compile(
    rf"\b{_PREF_NAME}(?:(?:['\u2019]s|\s+is|\s+will|['\u2019]ll)\s+(?:fine|ok|okay|alright|good|do)"
    r"|\s+to\s+(?:(?:my|the|all|all my|most)\s+)?(?:mates|friends|family|pals|mum|mam|dad|kids"
    r"|grandkids|grandchildren|lads|girls|everyone|everybody|people)|\s+for\s+short)\b",
    re.I,
)
# "Hilary Anne Brennan - just Hilary", "chantelle moss. everyone says Chan", "Rob, the lads say
# Robbo": a name after "just", or after what everyone says or uses; said in capitals, or a short
# form of the first name (so "people say lovely things" names nobody)
_PREF_JUST = re.compile(
    r"(?:^|[,.;(/\u2014\u2013]|\s-)\s*(?:(?:just|only|simply)\s+"
    r"|(?:everyone|everybody|people|folk|they|(?:all\s+)?(?:my|the|his|her)\s+(?:mates|friends"
    r"|family|lads|girls|kids|pals))\s+(?:says?|use|uses|know\s+(?:me|her|him)\s+as)\s+)"
    r"(?P<n>[A-Za-z][a-z'-]+)\s*\)?\s*(?:please|thanks|ta)?[\s.!]*$",
    re.I,
)
# "Kevin Doyle. Kev", "Ronald Fisher, Ron", "Desmond Clarke (Des)", "Patricia - Pat"
_PREF_ALONE = re.compile(
    r"(?:[,.;(/\u2014\u2013]|\s-)\s*(?P<n>[A-Z][a-z'-]+)\s*\)?\s*(?:please|thanks|ta)?[\s.!]*$"
)
_NAME_SPLIT = re.compile(
    r"\s*(?:[,.;(/\u2014\u2013]|\s-\s|\bbut\b|\band\b|\bor\b|\bcall me\b|\bknown as\b"
    r"|\bprefers?\b)\s*",
    re.I,
)


def x_name(text: str, ctx: Context) -> Extraction:
    words = said(text)
    # "Mr. Harris": a title's full stop does not end the name
    plain = re.sub(rf"\b({_TITLE})\.", r"\1", words, flags=re.I)
    main = _NAME_SPLIT.split(plain, maxsplit=1)[0]
    main = re.sub(
        r"^(?:my name is|my name's|i'm|i am|it's|it is|this is|name is|hi,? i'm)\s+",
        "",
        main,
        flags=re.I,
    )
    main = re.sub(r"\s+(?:here|speaking)$", "", main, flags=re.I).strip(" .")
    if not main or len(main.split()) > 5:
        return Extraction(clarify="people")
    facts = [set_("person.name", people._title(main), words)]
    pref = _preferred_name(plain[len(main) :] if plain.startswith(main) else plain, main)
    if pref:
        facts.append(set_("person.preferred_name", *pref))
    return Extraction(facts, value=main)


def _preferred_name(rest: str, main: str) -> tuple[str, str] | None:
    """The name the person likes to be called, said after their full name: with words that say
    so ("everyone calls me Flo", "Joan's fine", "Bob to my mates"), or alone after it ("Kevin
    Doyle. Kev") when it is a short form of the first name. The full name again, a title alone
    ("Sarah Sharma, Ms") or an ordinary word ("Tom Reilly. Thanks") is not a preferred name."""
    names = {w.lower() for w in main.split()}
    for pattern in (_PREF_CUED, _PREF_SAID):
        for hit in pattern.finditer(rest):
            said_name = " ".join(people._title(w) for w in hit["n"].replace(".", "").split())
            last = said_name.split()[-1]
            if said_name.lower() == main.lower() or last.lower() in _TITLES:
                continue
            if last.lower() in _NOT_PREFERRED:
                continue  # "everyone calls me by my name"
            if people.could_be_name(last) or pattern is _PREF_CUED:
                return said_name, hit.group(0).strip(" ,.()")
    first = next((w for w in main.split() if w.lower().rstrip(".") not in _TITLES), "")
    just = _PREF_JUST.search(rest)
    if just and just["n"].lower() != main.lower() and len(main.split()) > 1:
        said_name = people._title(just["n"])
        if people.could_be_name(said_name) and (
            just["n"][0].isupper() or _short_form(just["n"], first)
        ):
            return said_name, just.group(0).strip(" ,.()-")
    alone = _PREF_ALONE.search(rest)
    if alone and alone["n"].lower() not in names and people.could_be_name(alone["n"]):
        first = next((w for w in main.split() if w.lower().rstrip(".") not in _TITLES), "")
        if _short_form(alone["n"], first):
            return alone["n"], alone["n"]
    return None


# "everyone calls me by my name", "calls me all sorts": no name said after the cue
_NOT_PREFERRED = frozenset(
    {"by", "my", "the", "a", "an", "his", "her", "their", "name", "names", "nickname", "first",
     "surname", "that", "this", "it", "what", "whatever", "anything", "something", "all", "lots"}
)  # fmt: skip


def _short_form(short: str, first: str) -> bool:
    """ "Kev" of Kevin, "Pat" of Patricia, "Bob" of Robert (``nicknames``)."""
    listed = lexicon.load("people_words")["nicknames"].get(first.capitalize(), [])
    starts = short[:2].lower() == first[:2].lower() and len(short) <= len(first) + 2
    return starts or short.capitalize() in listed


def x_network(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) and not _me_mentions(text, ctx):  # a carer's "just me" is the carer
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
            facts.append(_person_item(m, ctx, "network", **extra))
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
    said_people = [_to_the_person(m, ctx) for m in people.mentions(text)]
    said_people += [
        me
        for me in _me_mentions(text, ctx)
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
    found = _enrich(sorted(said_people, key=lambda m: m.start), ctx)
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


def _enrich(found: list[people.Mention], ctx: Context) -> list[people.Mention]:
    """Fill what the plan already knows: a bare "Mary" takes the relationship recorded for Mary;
    an unnamed "her mum" takes the name of the only mother recorded."""
    known = _known(ctx)
    return [_enrich_one(m, known) for m in found]


def _known(ctx: Context) -> list[dict[str, Any]]:
    """People the plan holds, then people named with who they are in the person's own earlier
    words ("my girlfriend Stacey" in what matters)."""
    cared_for = ctx.plan.get("cared_for") or {}  # a carer's plan: the person they care for
    return [*known_people(ctx), *([cared_for] if cared_for.get("name") else []),
            *_said_people(ctx)]  # fmt: skip


# Answers in which the person (or whoever answers for them) speaks about their own life, so "my
# girlfriend Stacey" there is the person's girlfriend.
_OWN_WORDS = ("what_matters", "good_day", "bad_day", "wellbeing", "outcomes", "strengths")


def _said_people(ctx: Context) -> list[dict[str, Any]]:
    """Named people with a relationship in earlier answers and the plan's own words about the
    person; a name said with two different relationships is left out."""
    person = ctx.plan.get("person") or {}
    texts = [r.text for q, r in ctx.state.answers.items() if q in _OWN_WORDS and r.text]
    texts += [str(t) for t in person.get("what_matters_to_me") or []]
    texts += [str(person[f]) for f in ("good_day", "bad_day") if person.get(f)]
    by_name: dict[str, set[tuple[str, str | None]]] = {}
    for text in texts:
        for m in people.mentions(text):
            if m.name and m.relationship and m.relationship != "doctor":
                by_name.setdefault(m.name, set()).add((m.relationship, m.role))
    return [{"name": n, "relationship": next(iter(r))[0], "role": next(iter(r))[1]}
            for n, r in by_name.items() if len({rel for rel, _ in r}) == 1]  # fmt: skip


def _enrich_one(m: people.Mention, known: list[dict[str, Any]]) -> people.Mention:
    if m.name and m.relationship == "doctor":  # "Dr Ahmed", recorded earlier as "my GP Dr Ahmed"
        exact = {k.get("relationship") for k in known if str(k.get("name", "")) == m.name}
        exact -= {None, "doctor"}
        if len(exact) == 1:
            label = str(exact.pop())
            return people.Mention(m.name, label, m.role, m.quote, m.start, m.end)
    if m.name and not m.relationship and _titled(m.name):
        # "Mrs Dooley" for the "Mrs Agnes Dooley" recorded as a neighbour: the same title and
        # surname, and only one such person ("Mrs Hill" is not "Mrs Patel")
        titled = {
            str(k["name"]): k
            for k in known
            if k.get("relationship") and _titled(str(k.get("name", "")))
            and str(k["name"]).split()[0].lower() == m.name.split()[0].lower()
            and str(k["name"]).split()[-1].lower() == m.name.split()[-1].lower()
        }  # fmt: skip
        if len(titled) == 1:
            name, one = next(iter(titled.items()))
            role = one.get("role") or people.role_of(one["relationship"])
            return people.Mention(name, one["relationship"], role, m.quote, m.start, m.end)
        return m
    if m.name and not m.relationship:
        first = m.name.split(" ")[0].lower()
        member = next(
            (
                k
                for k in known
                if str(k.get("name", "")).split(" ")[0].lower() == first and k.get("relationship")
            ),
            None,
        )
        if member:
            role = member.get("role") or people.role_of(member["relationship"])
            return people.Mention(m.name, member["relationship"], role, m.quote, m.start, m.end)
        # "Harj" for the Harjinder recorded as her son: one person of that name, so it is them
        longer = {
            str(k["name"]): k
            for k in known
            if k.get("relationship") and " " not in m.name
            and _shortened(m.name, str(k.get("name", "")).split(" ")[0])
        }  # fmt: skip
        if len(longer) == 1:
            name, member = next(iter(longer.items()))
            role = member.get("role") or people.role_of(member["relationship"])
            return people.Mention(name, member["relationship"], role, m.quote, m.start, m.end)
    if not m.name and m.relationship:
        same = [k for k in known if k.get("relationship") == m.relationship and _real_name(k)]
        if len({str(k["name"]) for k in same}) == 1:
            # the role they already have ("appropriate_person") says more than "family"
            role = next((str(k["role"]) for k in same if k.get("role")), m.role)
            return people.Mention(str(same[0]["name"]), m.relationship, role, m.quote, m.start,
                                  m.end)  # fmt: skip
    return m


def _titled(name: str) -> bool:
    """ "Mrs Dooley", "Dr Shah": a name said with a title and a surname."""
    words = name.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in _TITLES


def _shortened(short: str, first: str) -> bool:
    """ "Harj" of Harjinder, "Sam" of Samantha, "Bob" of Robert: a short form (at least three
    letters, the start of the name, or a listed nickname), not the name itself."""
    if not first[:1].isupper() or short.lower() == first.lower():
        return False
    listed = lexicon.load("people_words")["nicknames"].get(first.capitalize(), [])
    starts = len(short) >= 3 and len(short) < len(first) and first.lower().startswith(short.lower())
    return starts or short.capitalize() in listed


def _real_name(member: dict[str, Any]) -> bool:
    """Whether a recorded person has a name, not the words said for them ("his mum and dad")."""
    first = str(member.get("name") or "").split(" ")[0]
    lower = first.lower()
    return first[:1].isupper() and lower not in _OWNERS and lower not in people.relationship_words()


_OWNERS = frozenset({"my", "his", "her", "the", "our", "their", "just", "your"})


def _is_person(m: people.Mention, ctx: Context) -> bool:
    """Whether a bare name is the person the plan is for: their name, first name or preferred
    name ("Liam, me and Sarah" from his mum; "Gwen - audio" from a practitioner)."""
    person = ctx.plan.get("person") or {}
    if not m.name or m.relationship:
        return False
    said_name = m.name.lower()
    full = [
        w for w in str(person.get("name") or "").lower().split() if w.rstrip(".") not in _TITLES
    ]
    pref = str(person.get("preferred_name") or "").lower()
    return bool(full) and (said_name in (" ".join(full), full[0], pref))


def _answerer(ctx: Context) -> dict[str, Any] | None:
    """The carer or advocate answering for someone, as the ``answerer`` question recorded them
    (name, relationship, and the role they have now); None when the person (or a carer in their
    own carer's plan) answers, or when a practitioner answers: their "me" is nobody to record."""
    if ctx.state.audience not in ("carer", "advocate") or _speaks_for_self(ctx):
        return None
    record = ctx.state.answers.get("answerer")
    ids = {
        a.value.get("id")
        for a in (record.applied if record else [])
        if a.op == "add_item" and a.path == "involvement.people" and isinstance(a.value, dict)
    }
    return next(
        (
            p
            for p in (ctx.plan.get("involvement") or {}).get("people") or []
            if p.get("id") in ids and p.get("name")
        ),
        None,
    )


# "me" said as one of the people an answer names: "Me and his dad", "Liam, me and Sarah", "just
# me", "Me 07700 900146", "it's me". Not "rings me", "letters to me", "with me" (said of someone).
_ME_WORD = re.compile(r"\b(?:me|myself)\b", re.I)
_ME_BEFORE = re.compile(
    r"(?:^|[,;.&+/(!?]|\b(?:and|or|n|just|only|both|mainly|mostly|probably|be|is|it's|its"
    r"|that's|thats|then|plus|also|maybe|prob)|’s|'s)\s*$",
    re.I,
)
_ME_AFTER = re.compile(
    r"^\s*(?:$|[,;.&+/()!?:-]|\d|\b(?:and|or|n|too|as well|please|mostly|mainly|really|i|i'd"
    r"|i'll|i suppose|i guess|obviously|of course|on|then|first|herself|himself)\b)",
    re.I,
)
# "I'll do it", "I will", "I do", "I'm his carer": the answerer as the one who does it
_I_DO = re.compile(
    r"^\W*(?:i'll|i\u2019ll|i will|i do\b(?!\s*n)|(?:i'm|i am) (?:his|her|their)(?:\s+[a-z]+)?)",
    re.I,
)
_I_DO_QUESTIONS = frozenset({"has_carer", "dp_recipient", "appropriate_person"})


def _me_mentions(text: str, ctx: Context) -> list[people.Mention]:
    """ "me" from a carer or advocate answering for someone is the answerer, already recorded."""
    who = _answerer(ctx)
    if who is None:
        return []
    name, rel, role = str(who["name"]), who.get("relationship"), who.get("role")
    found = []
    for hit in _ME_WORD.finditer(text):
        if _ME_BEFORE.search(text[: hit.start()]) and _ME_AFTER.match(text[hit.end() :]):
            found.append(people.Mention(name, rel, role, hit.group(0), hit.start(), hit.end()))
    lead = _I_DO.match(text) if ctx.question.id in _I_DO_QUESTIONS else None
    if lead and not found:
        quote = lead.group(0).strip(" ,.")
        start = text.find(quote)
        found.append(people.Mention(name, rel, role, quote, start, start + len(quote)))
    return found[:1] if found else []


# Answers in which the person named by their own name is understood as the person.
_BY_NAME = frozenset({"copies", "dp_recipient", "involve_others"})


# "my nan. Pauline", "my mum i guess. debbie", "her social worker - her name's Jo": a name said
# on its own just after an unnamed relationship, ending the answer or its sentence, is theirs
_NAME_NEXT = re.compile(
    r"^(?:\s+(?:i\s+guess|i\s+think|i\s+suppose|probably|really))?\s*[.,;:\u2013\u2014-]+\s*"
    r"(?:(?:her|his|their)\s+name(?:['\u2019]s|\s+is)\s+|(?:she|he)(?:['\u2019]s|\s+is)\s+called\s+"
    r"|called\s+)?(?P<n>[A-Za-z][A-Za-z'-]+)\s*(?=[.;!?\n]|$)",
    re.I,
)


def _named_after(text: str, found: list[people.Mention]) -> list[people.Mention]:
    out: list[people.Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        hit = _NAME_NEXT.match(text[m.end :]) if m.relationship and not m.name else None
        word = hit["n"] if hit else ""
        said_name = people._title(word)
        if (
            hit
            and people.could_be_name(said_name)
            and word.lower() not in people.relationship_words()
        ):
            end = m.end + hit.end()
            out.append(people.Mention(said_name, m.relationship, m.role, text[m.start : end],
                                      m.start, end))  # fmt: skip
            skip |= {k for k in range(i + 1, len(found)) if found[k].start < end}
            continue
        out.append(m)
    return out


# "Jackie. my foster mum", "Sue - my daughter", "Raj. He's my nephew": a name said on its own,
# then a sentence that is only an unnamed relationship, is that relationship's name
_ALONE_BEFORE = re.compile(r"(?:^|[.;!?\n])\s*$")
_REL_NEXT = re.compile(r"^\s*[.;:\u2013\u2014-]+\s*(?:(?:she|he)(?:['\u2019]s|\s+is)\s+)?$", re.I)
_ALONE_AFTER = re.compile(r"^\s*(?:[.;!?\n]|$)")


def _named_before(text: str, found: list[people.Mention], ctx: Context) -> list[people.Mention]:
    """Only with a word that says whose ("my", "her"): "Terry. GP." is a list of two copies; and
    never the person themselves ("Terry. my son's" is not Terry's relationship)."""
    out: list[people.Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.name
            and not prev.relationship
            and m.relationship
            and not m.name
            and _ALONE_BEFORE.search(text[: prev.start])
            and _REL_NEXT.match(text[prev.end : m.start])
            and _ALONE_AFTER.match(text[m.end :])
            and m.quote.lower().split(" ")[0] in ("my", "his", "her", "our", "their")
            and not _is_person(prev, ctx)
        ):
            out[-1] = people.Mention(prev.name, m.relationship, m.role,
                                     text[prev.start : m.end], prev.start, m.end)  # fmt: skip
            continue
        out.append(m)
    return out


def _owner(text: str, m: people.Mention) -> bool:
    """ "Doreen's social worker, Mr Adeyemi": a name said only as whose someone is (a possessive
    before a relationship) is not a person of this answer."""
    if not m.name or m.relationship or not re.search(r"['\u2019]s$", m.quote):
        return False
    after = " ".join(lexicon.words(text[m.end :])[:3])
    return any(f"{after} ".startswith(f"{w} ") for w in people.relationship_words())


def _to_the_person(m: people.Mention, ctx: Context) -> people.Mention:
    """ "Laurie's sister Margaret", said by his carer: the person's own sister, so "sister"."""
    owner, _, rel = (m.relationship or "").partition("'s ")
    if not rel or not owner[:1].isupper():
        return m
    said = people.Mention(owner, None, None, owner, m.start, m.start)
    return replace(m, relationship=rel) if _is_person(said, ctx) else m


def _mentions(text: str, ctx: Context) -> list[people.Mention]:
    """People named in the answer; lower-case first names already in the plan count too ("jo");
    "me" from a carer or advocate answering for someone is the answerer."""
    found = [m for m in people.mentions(text) if (m.name or m.relationship) and not _owner(text, m)]
    found = [_to_the_person(m, ctx) for m in found]
    found = _named_before(text, _named_after(text, found), ctx)
    mine = _me_mentions(text, ctx)  # "I'm his carer": the words inside say who the answerer is
    found = [m for m in found if not any(me.start <= m.start < me.end for me in mine)]
    found += [me for me in mine if not any(m.start <= me.start < m.end for m in found)]
    first = str((ctx.plan.get("person") or {}).get("name") or "").split(" ")[0]
    hit = re.search(rf"\b{re.escape(first)}\b", text, re.I) if ctx.question.id in _BY_NAME else None
    if first[:1].isupper() and hit and not any(m.start <= hit.start() < m.end for m in found):
        person = people.Mention(first, None, None, hit.group(0), hit.start(), hit.end())
        found.append(person)  # "dan and his GP": the person, typed in lower case
    taken = {(m.name or "").split(" ")[0].lower() for m in found}
    for member in known_people(ctx):  # not names merely said earlier: "will" is rarely Will
        first = str(member.get("name", "")).split(" ")[0]
        if not first[:1].isupper() or first in ("My", "His", "Her", "The", "Our", "Their"):
            continue  # recorded without a name ("his mum"): nothing to recognise it by
        hit = (
            re.search(rf"\b{re.escape(first)}\b", text, re.I)
            if first.lower() not in taken
            else None
        )
        if hit and not any(m.start <= hit.start() < m.end for m in found):
            found.append(
                people.Mention(
                    str(member["name"]), None, None, hit.group(0), hit.start(), hit.end()
                )
            )
            taken.add(first.lower())
    found = sorted(found, key=lambda m: m.start)
    # "Harjinder, her son. Harj": the short form said after the full name is the same person
    found = [
        m
        for i, m in enumerate(found)
        if m.relationship
        or not m.name
        or not any(o.name and _shortened(m.name, o.name.split(" ")[0]) for o in found[:i])
    ]
    return _enrich(found, ctx)


def x_has_carer(text: str, ctx: Context) -> Extraction:
    found = _mentions(text, ctx)
    me = _me_mentions(text, ctx)  # a carer's "just me" is the carer, not nobody
    if not me and (leading(text)[0] is Reply.no or (classify(text) is Reply.no and not found)):
        return Extraction(value=False)
    if not found:
        return Extraction(clarify="people")
    # Everyone named is recorded; the questions that follow ask about the first.
    facts = [_person_item(m, ctx, "carers") for m in found]
    return Extraction(facts, value=True)


# Someone who has another's number ("Priya has his number", "the staff have got her details")
# is how to reach the contact, not the contact.
_HOLDS_NUMBER = re.compile(
    r"^['\u2019]?s?\s*(?:has|have|'s|\u2019s|keeps?|holds?|knows?|got)\s+(?:got\s+)?"
    r"(?:his|her|their|them|the)\s+(?:phone\s+|mobile\s+|contact\s+)?"
    r"(?:numbers?|details|no\b|mobile|phone)",
    re.I,
)


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


def x_emergency_contacts(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) and not _me_mentions(text, ctx):
        return Extraction(value=False)
    numbers = people.phones(text)
    facts = []
    found_people = _mentions(text, ctx)
    for i, m in enumerate(found_people):
        if _HOLDS_NUMBER.match(text[m.end :]):
            continue  # "my dad. Priya has his number": Priya holds the contact's number
        # a number belongs to the person just before it, not to one named earlier
        upto = found_people[i + 1].start if i + 1 < len(found_people) else len(text)
        found = next(((p, at) for p, at in numbers if m.end <= at < upto), None)
        numbers = [n for n in numbers if n != found]
        phone, quote = (
            (found[0], text[m.start : found[1] + len(found[0])]) if found else (None, m.quote)
        )
        value = {"name": m.name or m.quote, "relationship": m.relationship, "phone": phone}
        facts.append(item("contingency.emergency_contacts", value, quote))
    if not facts:
        return Extraction(clarify="people")
    return Extraction(facts, value=True)


def x_appropriate_person(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) and not _me_mentions(text, ctx):
        return Extraction(value=False)
    found = _mentions(text, ctx)
    if not found:
        return Extraction(clarify="people")
    m = found[0]
    known = _involved_already(ctx, m)
    if known is not None:  # helping today already: the same person takes the role, no duplicate
        where = f"involvement.people[id={known['id']}]"
        facts = [set_(f"{where}.role", "appropriate_person", m.quote)]
        return Extraction(
            [*facts, set_("advocacy.appropriate_person_id", known["id"], m.quote)], value=True
        )
    fact = _involved(m, ctx, role="appropriate_person")
    return Extraction(
        [fact, set_("advocacy.appropriate_person_id", fact.value["id"], m.quote)], value=True
    )


def _involved_already(ctx: Context, m: people.Mention) -> dict[str, Any] | None:
    name = (m.name or m.quote).lower()
    return next((p for p in (ctx.plan.get("involvement") or {}).get("people") or []
                 if str(p.get("name", "")).lower() == name), None)  # fmt: skip


def x_advocate(text: str, ctx: Context) -> Extraction:
    if is_nobody(text):
        return Extraction(value=False)
    org = re.search(r"\b(?:from|at|with|of)\s+((?:[A-Z][\w&'-]*\s*)+)", text)
    names = [m for m in people.mentions(text[: org.start()] if org else text) if m.name]
    facts = []
    if names:
        facts.append(set_("advocacy.advocate.name", names[0].name, names[0].quote))
    if org:
        facts.append(set_("advocacy.advocate.organisation", org[1].strip(), org.group(0).strip()))
    if not facts:
        return Extraction(clarify="people")
    return Extraction(facts, value=True)


def x_language(text: str, ctx: Context) -> Extraction:
    langs = lexicon.load("languages")
    found = lexicon.match(text, {k: [k, *v] for k, v in langs.items()})
    facts = []
    if found:
        facts.append(
            set_("person.communication.language", found[0].key, lexicon.original(text, found[0]))
        )
    interp = re.search(
        r"(?:(no|not|don't|dont|doesn't|doesnt|won't|without|n\/a)\b[\w\s']{0,20})?\b(?:interpreters?|interp|interpretor|intepreter|translator)\b",
        text,
        re.I,
    )
    if interp:
        facts.append(
            set_("person.communication.interpreter", not interp[1], interp.group(0).strip())
        )
    if not facts:
        return Extraction(unplaced=said(text)) if classify(text) is Reply.unknown else Extraction()
    return Extraction(facts, value=found[0].key if found else None)


def x_dp_recipient(text: str, ctx: Context) -> Extraction:
    found = _mentions(text, ctx)
    if found and _is_person(found[0], ctx):  # "Gwen herself": the person, by name
        m = found[0]
        return Extraction([set_("direct_payment.recipient", "person", m.quote)], value="person")
    if found:
        m = found[0]
        facts = [set_("direct_payment.recipient", "nominee", m.quote),
                 set_("direct_payment.recipient_name", m.name or m.quote, m.quote)]  # fmt: skip
        return Extraction(facts, value="nominee")
    if _speaks_for_self(ctx) and re.search(
        r"\b(?:me|myself|i will|i'll|i can|i do|yes)\b", text, re.I
    ):
        return Extraction([set_("direct_payment.recipient", "person", said(text))], value="person")
    # "me" from a carer or practitioner is not the person, and who it is was not said: ask.
    return Extraction(clarify="people")


def _named(namespace: dict[str, Any]) -> dict[str, Callable[[str, Context], Extraction]]:
    return {k[2:]: fn for k, fn in namespace.items() if k.startswith("x_") and callable(fn)}


EXTRACTORS = {
    **_named(vars(extract_simple)),
    **_named(globals()),
    **_named(vars(extract_needs)),
    **_named(vars(extract_wellbeing)),
}


# --- structured values (buttons and pickers send these instead of text) ----------------------


def _invalid(message: str) -> InvalidInput:
    return InvalidInput([{"path": "value", "message": message}])


def from_value(q: Question, value: Any, ctx: Context) -> Extraction:
    """An answer given as a value (a button press) rather than words."""
    quote = str(value)
    if q.kind == "yes_no":
        if not isinstance(value, bool):
            raise _invalid("This question takes true or false.")
        return (
            Extraction(value=value)
            if q.extract == "consent"
            else Extraction([set_(p, value, quote) for p in q.fills], value=value)
        )
    if q.kind in ("choice", "multi_choice"):
        return _choice_value(q, value, quote)
    if q.kind in ("date", "money", "number"):
        return _scalar_value(q, value, quote)
    return EXTRACTORS[q.extract](quote, ctx)


def _choice_value(q: Question, value: Any, quote: str) -> Extraction:
    allowed = {c.value for c in q.choices}
    chosen = value if isinstance(value, list) else [value]
    if (
        not chosen
        or any(v not in allowed for v in chosen)
        or (q.kind == "choice" and len(chosen) != 1)
    ):
        raise _invalid(f"Choose from: {', '.join(sorted(allowed))}.")
    if q.kind == "choice":
        return Extraction([set_(q.fills[0], chosen[0], quote)], value=chosen[0])
    return Extraction([add(q.fills[0], v, quote) for v in chosen], value=chosen)


def _scalar_value(q: Question, value: Any, quote: str) -> Extraction:
    try:
        if q.kind == "date":
            parsed: Any = date.fromisoformat(str(value)).isoformat()
        else:
            parsed = str(Decimal(str(value)))
            if Decimal(parsed) < 0:
                raise ValueError
    except (ValueError, ArithmeticError):
        raise _invalid("This value is not a valid date (YYYY-MM-DD) or amount.") from None
    return Extraction([set_(q.fills[0], parsed, quote)], value=parsed)
