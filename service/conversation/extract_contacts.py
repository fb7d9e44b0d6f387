"""Who helps with the plan, who answers, whom the person wants involved, who has a copy and in
what format, emergency contacts, the appropriate person, the advocate and who receives a direct
payment."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from service.conversation import extract_simple as simple
from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation.answer_people import (
    ORG_WORDS,
    answer_mentions,
    enrich,
    involved,
    involved_all,
    is_person,
    me_mentions,
    organisation_of,
    said_again,
    speaks_for_self,
    workplaces,
)
from service.conversation.extract_base import Context, Extraction, is_nobody, item, said, set_
from service.conversation.flow import load_flow
from service.conversation.state import Applied


def x_helper(text: str, ctx: Context) -> Extraction:
    if is_nobody(text):
        return Extraction(value=False)
    found = answer_mentions(text, ctx)
    if not found:
        return Extraction(clarify="people")
    return Extraction(involved_all(found, text, ctx), value=True)


def x_answerer(text: str, ctx: Context) -> Extraction:
    """The carer or advocate answering names themselves: they are involved in the plan."""
    found = [m for m in people.mentions(text) if m.name]
    if not found:
        return Extraction(clarify="people")
    m, role = found[0], ctx.state.audience  # "carer" and "advocate" are involvement roles too
    relationship = m.relationship or _relationship_in(text, m)
    org = re.search(r"\b(?:from|at|with)\s+((?:[A-Z][\w&'-]*\s*)+)", text)
    extra = {"organisation": org[1].strip() if org else None, "relationship": relationship}
    return Extraction([involved(m, ctx, role=role, **extra)], value=True)


def _relationship_in(text: str, named: people.Mention) -> str | None:
    """Who the answerer is, said apart from their name: in the name's own sentence ("Helen Okoro,
    Kasia's Care Act advocate from Advocacy Focus"), or later after "I'm", as a sentence of its
    own ("Ellie. I'm his sister") or said of no one else ("civil partners since 2006"); never
    someone else said later ("... with a Polish interpreter", "Her sister helped")."""
    start = len(re.split(r"[.;!?\n]", text[: named.start])[-1])
    end = re.search(r"[.;!?\n]|$", text[named.end :])
    sentence = (named.start - start, named.end + (end.start() if end else 0))
    unnamed = [m for m in people.mentions(text) if m.relationship and not m.name]
    for m in unnamed:
        if sentence[0] <= m.start < sentence[1]:
            return m.relationship
    for m in unnamed:  # "Ellie. I'm his sister", "Ann Lee. Her advocate.", "civil partners"
        before = re.split(r"[.;!?\n]", text[: m.start])[-1]
        after = re.split(r"[.;!?\n]", text[m.end :])[0]
        if _I_AM.fullmatch(before) and (before.strip() or not after.strip()):
            return m.relationship
        whose = m.quote.split(" ")[0].lower() in ("her", "his", "their", "the", "my", "our")
        if not whose and not re.search(r"\b(?:a|an|with)\s+(?:\w+\s+)?$", before, re.I):
            return m.relationship
    return None


_I_AM = re.compile(r"\s*(?:(?:and\s+)?(?:i['\u2019]m|i\s+am|im)\s+)?", re.I)


def x_involve_others(text: str, ctx: Context) -> Extraction:
    if is_nobody(text):
        return Extraction(value=False)
    said_people, orgs = workplaces(text, said_again(answer_mentions(text, ctx)))
    found = [
        m
        for m in said_people
        if not is_person(m, ctx) and not _in_reason(text, m) and not _declined(text, m)
    ]
    if not found:
        return Extraction(clarify="people") if not said_people else Extraction(value=False)
    own = speaks_for_self(ctx) or None  # the person, or a carer in their own carer's plan
    already = {
        str(p.get("name", "")).lower(): p
        for p in (ctx.plan.get("involvement") or {}).get("people") or []
    }
    facts = []
    asked_before: people.Mention | None = None
    for i, m in enumerate(found):
        upto = found[i + 1].start if i + 1 < len(found) else len(text)
        asked = own or _asked_by_person(text, m, ctx, upto) or None
        if not asked and asked_before and _LIST_GLUE.fullmatch(text[asked_before.end : m.start]):
            asked = True  # "Kasia wants Gareth, her CPN, and Mrs Nowak": the whole list
        asked_before = m if asked else None
        known = already.get((m.name or m.quote).lower())
        if known is None:
            org = orgs.get(m.start) or organisation_of(text, m, found)
            facts.append(involved(m, ctx, asked_for_by_person=asked, organisation=org))
        elif asked:  # involved already (helping today): record that the person asked for them
            facts.append(
                set_(f"involvement.people[id={known['id']}].asked_for_by_person", True, m.quote)
            )
    return Extraction(facts, value=True)


_ASKS_FOR = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.load("contacts_words")["asks_for"]
)


def _asked_by_person(text: str, m: people.Mention, ctx: Context, upto: int) -> bool:
    """ "Josh wants Amira there", "Liam says Connor too", "Ally would like Euan involved": said
    for the person, their name (or a practitioner's "SU", "client") and what they asked, then
    (within three words) the one asked for; or, after the one asked for, "at L's request", "(her
    choice)", "at SU's request"."""
    person = ctx.plan.get("person") or {}
    names = {str(person.get("preferred_name") or "")}
    names |= {w for w in str(person.get("name") or "").split()[:1]}
    names = {n for n in names if n}
    if not names:
        return False
    before = re.split(r"[.;!?\n]", text[: m.start])[-1]
    who = "|".join([*(re.escape(n) for n in names), _PERSON_WORDS])
    said = rf"\b(?:{who})\s+(?:{_ASKS_FOR})\s+(?:(?!(?:no|not|never)\b)[\w'\u2019]+\s+){{0,3}}$"
    if re.search(said, before, re.I):
        return True
    after = re.split(r"[.;!?\n]", text[m.end : upto])[0]
    initials = "|".join(re.escape(n[0]) for n in names)
    whose = rf"(?i:her|his|their|{who})|(?:{initials})"
    return (
        re.search(rf"\b(?:{whose})(?:['\u2019]s)?\s+(?i:own\s+)?(?i:{_ASKED_AFTER})\b", after)
        is not None
    )


_THE_PERSON = lexicon.load("contacts_words")
_PERSON_WORDS = "|".join(
    [*(rf"(?-i:{re.escape(w)})" for w in _THE_PERSON["person_capitals"]),
     *(re.escape(w).replace(r"\ ", r"\s+") for w in _THE_PERSON["person_words"])]
)  # fmt: skip
_ASKED_AFTER = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.load("contacts_words")["asked_after"]
)


# Between two people of one list: "Gareth, her CPN, and Mrs Nowak", "Amira and Connor".
_LIST_GLUE = re.compile(r"\s*(?:,|&|\+)?\s*(?:(?:and|also|plus)\s+)*", re.I)


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
    found = said_again(answer_mentions(text, ctx))
    if not found and me is None:
        return Extraction(unplaced=said(text))
    facts = []
    for i, m in enumerate(found):
        if _NOT_FOR.search(re.split(r"[,;.&]|\band\b", text[: m.start])[-1]):
            continue  # "Steph and me. Not Lorraine, she'd only worry"
        if _in_reason(text, m):
            continue  # "my GP, so they book interpreters next time"
        upto = found[i + 1].start if i + 1 < len(found) else len(text)
        fmt = _format_in(_own_words(text[m.end : upto]))
        if is_person(m, ctx):  # "Gwen - audio": the person's own copy, by their name
            if me is None:
                value = {"name": (ctx.plan.get("person") or {}).get("name"), "role": "person"}
                me = item("copies", {**value, "format": fmt}, m.quote)
            continue
        value = {"name": m.name or m.quote, "role": m.role, "format": fmt}
        facts.append(item("copies", value, m.quote))
    orgs = [*_COPY_ORG.finditer(text), *_NAMED_ORG.finditer(text)]
    for org in orgs:  # "Ellie and the memory clinic", "provider - STAR team": a team has a copy
        before = re.split(r"[,;.&]|\band\b", text[: org.start()])[-1]
        taken = any(m.start < org.end() and org.start() < m.end for m in found)
        reason = _REASON.search(before + org.group(0))  # "so the surgery has it"
        if not taken and not _NOT_FOR.search(before) and not reason:
            value = {"name": org["org"], "role": "professional"}
            facts.append(item("copies", value, org.group(0)))
    if me is not None and me.value.get("format") is None:  # "Just me, by email"
        upto = min((m.start for m in found if m.start > text.find(me.quote)), default=len(text))
        fmt = _format_in(_own_words(text[text.find(me.quote) + len(me.quote) : upto]))
        me = me.model_copy(update={"value": {**me.value, "format": fmt}})
    return Extraction(_format_for_all(text, found, [*([me] if me else []), *facts]), value=True)


def _own_words(after: str) -> str:
    """What is said of one person's copy after their name, up to the sentence's end or an "and"
    ("Me, by email", "Halina (English, by email)"); the next person bounds it already."""
    return re.split(r"[;.!?\n]|\band\b", after, maxsplit=1)[0]


def _format_for_all(text: str, found: list[Any], facts: list[Applied]) -> list[Applied]:
    """ "Me, Gemma, and Priya the OT. Email's fine for all of us": a sentence naming no one and
    one format is the format of every copy whose own words named none."""
    spans = [(m.start, m.end) for m in found]
    fmts = set()
    for sentence in re.finditer(r"[^.;!?\n]+", text):
        if any(s < sentence.end() and sentence.start() < e for s, e in spans):
            continue
        if _ME_ALONE.search(sentence.group(0)) or _SU_ITEM.search(sentence.group(0)):
            continue  # "me in Braille", "SU (ER)" is the person's own
        fmt = _format_in(sentence.group(0))
        if fmt:
            fmts.add(fmt)
    if len(fmts) != 1:
        return facts
    fmt = fmts.pop()
    return [
        a.model_copy(update={"value": {**a.value, "format": fmt}})
        if a.path == "copies" and isinstance(a.value, dict) and a.value.get("format") is None
        else a
        for a in facts
    ]


_ME_ALONE = re.compile(r"\b(?:me|myself)\b", re.I)


_NOT_FOR = re.compile(
    r"\b(?:not|no|never|don't|dont|do not|nothing to|without|declined|refused|refuses"
    r"|declines)\b",
    re.I,
)
# "the memory clinic", "his surgery", "the hospice team": a service named as a whole
_COPY_ORG = re.compile(
    r"(?<!\bfrom )(?<!\bat )(?<!\bwith )(?<!\bin )(?<!\bof )"  # "Dr Patel at the practice"
    r"\b(?:the|my|his|her|their|our)\s+(?P<org>(?:(?!(?:and|or|the|my|his|her|to|for)\b)"
    rf"[A-Za-z'-]+\s+){{0,3}}?(?:{ORG_WORDS}))\b",
    re.I,
)


# "reablement provider - STAR team", "; Kirkby Stephen DN team": a team named in capitals, as an
# item of the list (after its start, a comma, semicolon, dash or colon)
_NAMED_ORG = re.compile(
    r"(?:^|[,;:(]|\s[-\u2013\u2014])\s*"
    rf"(?P<org>(?:[A-Z][\w'&-]*\s+){{1,3}}(?i:{ORG_WORDS}))(?=\s*(?:$|[,;.)\n]|\band\b))"
)


# "me and mum", "just me", "me in Braille": the person asks for their own copy.
# Only the person's own words: a carer or practitioner saying "me" means themselves.
# What is said in brackets just after "me" is all about that copy ("Me (by email and by post)").
_ME = re.compile(r"\b(?:me|myself)\b(\s*\([^)]*\)|(?:(?!\band\b)[^,;.])*)", re.I)


def _copy_for_person(text: str, ctx: Context) -> Applied | None:
    name = (ctx.plan.get("person") or {}).get("name")
    if not name:
        return None
    if not speaks_for_self(ctx):  # "SU (ER); Pam (std print)": a practitioner's word for them
        said_as = next((h for h in _SU_ITEM.finditer(text) if not _NOT_FOR.search(h[1])), None)
        if said_as is None:
            return None
        return item("copies", {"name": name, "role": "person"}, said_as["su"])
    hit = next((h for h in _ME.finditer(text) if not _me_in_reason(text, h.start())), None)
    if hit is None:
        return None
    value = {"name": name, "role": "person", "format": _format_in(hit[1])}
    return item("copies", value, hit.group(0).strip())


# "SU (ER)", "Client - large print", "copy to service user": the person, as an item of the list
_SU_ITEM = re.compile(
    rf"(?:^|[,;.&+/(]|\band\b|\bto\b)(?P<before>[^,;.&+/(]{{0,12}}?)\s*"
    rf"(?P<su>\b(?i:{_PERSON_WORDS})\b)(?!['\u2019]s)(?=\s*(?:$|[-,;.&+(:)\n]|\band\b|\bin\b|\bby\b|\bvia\b))",
)


def _me_in_reason(text: str, at: int) -> bool:
    """ "Mr Hill, so they know it's not me skiving", "not me": "me" said in the reason for
    another's copy, or turned down, is not the person asking for their own."""
    clause = re.split(r"[.;!?\n]", text[:at])[-1]
    return bool(_REASON.search(clause) or re.search(r"\bnot\s+$", clause, re.I))


# Practitioners' capitals for a format ("ER", "LP"), as the formats question reads them.
_FORMAT_CAPITALS: dict[str, str] = lexicon.load("simple_formats")["capitals"]


def _format_in(words: str) -> str | None:
    """A format said with the person's own copy ("me in Braille"), from the formats question."""
    table = {c.value: c.says for c in load_flow().question("formats").choices}
    words = re.sub(r"['\u2019]s\b", "", words)  # "Email's fine"
    for capitals, meant in _FORMAT_CAPITALS.items():  # "Pam (ER)": easy read, as written only
        words = re.sub(rf"(?<![\w/]){re.escape(capitals)}(?![\w/])", meant, words)
    found = lexicon.keys(words, table) if words.strip() else []
    return found[0] if len(found) == 1 else None


# Someone who has another's number ("Priya has his number", "the staff have got her details")
# is how to reach the contact, not the contact.
_HOLDS_NUMBER = re.compile(
    r"^['\u2019]?s?\s*(?:has|have|'s|\u2019s|keeps?|holds?|knows?|got)\s+(?:got\s+)?"
    r"(?:his|her|their|them|the)\s+(?:phone\s+|mobile\s+|contact\s+)?"
    r"(?:numbers?|details|no\b|mobile|phone)",
    re.I,
)


# "(landline at Low Garth)", "works at Greggs", "lives in Hull": a bare name said as where, not
# who ("at Mary's" is still Mary's)
_AT_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.I)


def _possessive(quote: str) -> bool:
    return re.search(r"['\u2019]s$", quote) is not None


def x_emergency_contacts(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) and not me_mentions(text, ctx):
        return Extraction(value=False)
    numbers = people.phones(text)
    facts = []
    found_people = said_again(answer_mentions(text, ctx))
    found_people = [m for m in found_people if m.relationship or _possessive(m.quote)
                    or not _AT_PLACE.search(text[: m.start])]  # fmt: skip
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
        if found and m.name and " " not in m.name:
            m = _surname_before(text[m.end : found[1]], m)  # "dad - mike rowe 07700 900111"
        value = {"name": m.name or m.quote, "relationship": m.relationship, "phone": phone}
        facts.append(item("contingency.emergency_contacts", value, quote))
    for m, (phone, at) in _named_by_number(text, numbers, ctx):  # "dev 07700 900248"
        value = {"name": m.name, "relationship": m.relationship, "phone": phone}
        facts.append(item("contingency.emergency_contacts", value, text[m.start : at + len(phone)]))
    if not facts:
        return Extraction(clarify="people")
    return Extraction(facts, value=True)


# What is said just before a phone number, back to the last stop, comma, number or "and".
_BEFORE_NUMBER = re.compile(
    r"(?:^|[.;!?\n,:\d)]|\band\b|\s-)\s*"
    r"(?P<n>(?!and\b)[A-Za-z][a-z'-]+(?:\s+[A-Za-z][a-z'-]+)?)\s*[-:,]?\s*$"
)


def _surname_before(between: str, m: people.Mention) -> people.Mention:
    """A second word typed in lower case between a first name and its number is the surname."""
    hit = re.fullmatch(r"\s+([a-z][a-z'-]+)\s*[-:,]?\s*", between)
    if hit and people.could_be_name(people._title(hit[1])):
        return replace(m, name=f"{m.name} {people._title(hit[1])}")
    return m


def _named_by_number(
    text: str, numbers: list[tuple[str, int]], ctx: Context
) -> list[tuple[people.Mention, tuple[str, int]]]:
    """ "dev 07700 900248", "jo - 07700 900111": a first name typed in lower case, alone before a
    number no one else has, is the contact the number is for (an ordinary word never is)."""
    out = []
    for phone, at in numbers:
        hit = _BEFORE_NUMBER.search(text[:at])
        said_name = people._title(hit["n"]) if hit else ""
        if not hit or not all(
            people.could_be_name(w) and w.lower() not in people.relationship_words()
            for w in said_name.split()
        ):
            continue
        m = people.Mention(said_name, None, None, hit["n"], hit.start("n"), hit.end("n"))
        out.append((enrich([m], ctx)[0], (phone, at)))
    return out


# "(Jodie: I'm paid to support him so I can't be)": someone paid to care or support cannot be
# the appropriate person (Care Act s.67(4)); "I'm not paid a penny" is no such word.
_PAID = re.compile(r"\bpaid\b", re.I)
_UNPAID = re.compile(
    r"(?:\bnot|n['\u2019]t|\b(?:aint|isnt|wasnt|dont|doesnt|didnt|never|no|nobody))"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)


def _paid(text: str) -> bool:
    return any(not _UNPAID.search(text[: m.start()]) for m in _PAID.finditer(text))


def x_appropriate_person(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) and not me_mentions(text, ctx):
        return Extraction(value=False)
    found = answer_mentions(text, ctx)
    if not found:
        return Extraction(clarify="people")
    if _paid(text):
        return Extraction()  # the one named is paid: no appropriate person recorded
    m = found[0]
    known = _involved_already(ctx, m)
    if known is not None:  # helping today already: the same person takes the role, no duplicate
        where = f"involvement.people[id={known['id']}]"
        facts = [set_(f"{where}.role", "appropriate_person", m.quote)]
        return Extraction(
            [*facts, set_("advocacy.appropriate_person_id", known["id"], m.quote)], value=True
        )
    fact = involved(m, ctx, role="appropriate_person")
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
        org = org or _org_listed(text, names[0].end)
    if org:
        facts.append(set_("advocacy.advocate.organisation", org[1].strip(), org.group(0).strip()))
    if not facts:
        return Extraction(clarify="people")
    return Extraction(facts, value=True)


def _org_listed(text: str, end: int) -> re.Match[str] | None:
    """ "Farah Siddiqui, Sense", "Mo Rahman, Care Act advocate, POhWER, allocated 19/11/26": after
    the advocate's name, the first item between commas said in capitals that is not who they are
    ("Care Act advocate") nor a day is the organisation they come from."""
    rest = re.split(r"[.!?\n]", text[end:], maxsplit=1)[0]
    for part in re.finditer(r"[^,;\u2013\u2014()]+", rest):
        said = part.group(0).strip(" -")
        words = said.split()
        if not words or len(words) > 4 or re.search(r"\d", said) or not said[0].isupper():
            continue
        if any(w.lower() in people.relationship_words() for w in lexicon.words(said)):
            continue  # "Care Act advocate", "my advocate": who they are
        if any(people.ordinary_capitalised(w) for w in words):
            continue  # "Monday", "Tuesdays", "Yes"
        return re.search(r"(\S(?:.*\S)?)", said)
    return None


def x_dp_recipient(text: str, ctx: Context) -> Extraction:
    found = answer_mentions(text, ctx)
    if speaks_for_self(ctx) and simple.self_first(text, ctx):  # "Me. Not my dad": the person
        return Extraction([set_("direct_payment.recipient", "person", said(text))], value="person")
    if found and is_person(found[0], ctx):  # "Gwen herself": the person, by name
        m = found[0]
        return Extraction([set_("direct_payment.recipient", "person", m.quote)], value="person")
    if found:
        m = found[0]
        # "Jade can't manage money or agree to it, so me": for someone who cannot, authorised
        kind = (
            "authorised_person"
            if not speaks_for_self(ctx) and simple.lacks_capacity(text)
            else "nominee"
        )
        facts = [set_("direct_payment.recipient", kind, m.quote),
                 set_("direct_payment.recipient_name", m.name or m.quote, m.quote)]  # fmt: skip
        return Extraction(facts, value=kind)
    if speaks_for_self(ctx) and re.search(
        r"\b(?:me|myself|i will|i'll|i can|i do|yes)\b", text, re.I
    ):
        return Extraction([set_("direct_payment.recipient", "person", said(text))], value="person")
    # "me" from a carer or practitioner is not the person, and who it is was not said: ask.
    return Extraction(clarify="people")
