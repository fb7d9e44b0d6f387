"""Who the people of an answer are: the people named in it (and "me" from a carer or advocate
answering for someone), filled in with what the plan already knows of them, and the facts that
record them (``person_item``, ``involved``).

The people extractors read answers through ``answer_mentions``: ``extract_network`` (the
person's network and unpaid carers), ``extract_contacts`` (who helps, who is involved, copies,
emergency contacts, advocacy, a direct payment's recipient) and ``extract_name``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation.extract_base import Context, item, known_people
from service.conversation.state import Applied


def person_item(m: people.Mention, ctx: Context, collection: str, **extra: Any) -> Applied:
    value = {
        "id": ctx.new_id(collection),
        "name": m.name or m.quote,
        "relationship": m.relationship,
        **extra,
    }
    return item(collection, value, m.quote)


def involved(m: people.Mention, ctx: Context, role: str | None = None, **extra: Any) -> Applied:
    return person_item(m, ctx, "involvement.people", role=role or m.role or "other", **extra)


ORG_WORDS = "|".join(re.escape(w) for w in lexicon.load("people_words")["organisation_words"])
# "Sarah his case manager from the brain injury team", "Kate Lowry, rehab officer, sensory team",
# "she's from the community mental health team", "Jo Wren (community HF team)": the team someone
# works in, in the words said
_ORG_AFTER = re.compile(
    rf"(?:\b(?:from|at|with|in)|,|\()\s*(?:the\s+|a\s+|our\s+|her\s+|his\s+)?"
    rf"(?P<org>(?:[A-Za-z'&-]+\s+){{0,4}}?(?:{ORG_WORDS}))\b",
    re.I,
)


_PLACE_WORDS = "|".join(
    re.escape(w) for w in lexicon.load("people_words")["workplace_words"]
).replace(r"\ ", r"\s+")
# "his tutor at college", "Mrs Hill from Lincoln College": where someone works, said as a place
# ("my teacher from school" is how the person knows them: a place named after "from" only)
_WORKS_AT = re.compile(
    rf"\b(?:(?i:at)\s+(?i:the\s+|his\s+|her\s+|my\s+|our\s+)?"
    rf"(?P<org>(?:[A-Z][\w'&-]*\s+){{0,3}}(?i:{_PLACE_WORDS}))"
    rf"|(?i:from)\s+(?i:the\s+)?(?P<named>(?:[A-Z][\w'&-]*\s+){{1,3}}(?i:{_PLACE_WORDS})))\b"
)


# "Sian Prowse HDA;", "Mo Rahman POhWER,": a word in capitals just after a name, ending its item,
# is the organisation they work for
_INITIALS = re.compile(r"^\s*,?\s*(?P<org>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*(?:$|[,;)\n])")


# "my advocate Pat from POhWER": a worker's organisation in a brand's capitals (no one's name)
_FROM_CAPITALS = re.compile(r"^\s*(?:from|at|with)\s+(?P<org>[A-Z][a-z]*[A-Z][A-Za-z]*)\b")


def organisation_of(text: str, m: people.Mention, found: list[people.Mention]) -> str | None:
    """The team said just after someone, before the next person or the sentence's end."""
    later = [o.start for o in found if o.start >= m.end]
    segment = text[m.end : min(later, default=len(text))]
    segment = re.split(r"[.;!?\n]", segment, maxsplit=1)[0]
    # or inside what was said of them: "the rehab worker from the sensory team, Jon Price"
    initials = _INITIALS.match(segment) or _FROM_CAPITALS.match(segment)
    if initials and m.name and m.role in _WORKERS:
        return initials["org"]  # "Sian Prowse HDA; ...", "Mo Rahman POhWER", "Pat from POhWER"
    listed = _LISTED.match(segment) if m.name and m.role in ("professional", "advocate") else None
    if listed and _workplace_said(listed["org"]):
        return listed["org"]  # "Jodie Price, support worker, Elmfield Housing"
    hit = _ORG_AFTER.search(segment) or _ORG_AFTER.search(m.quote)
    if not hit and m.role == "professional":
        place = _WORKS_AT.search(m.quote) or _WORKS_AT.match(segment.lstrip(" ,"))
        return (place["org"] or place["named"]) if place else None
    if not hit or m.role not in ("professional", None):
        return None
    return re.sub(
        r"^(?:(?:from|at|with|in|the|a|our|her|his)\s+)+", "", hit["org"].strip(), flags=re.I
    )


_WORKERS = frozenset({"professional", "advocate", "carer"})
# "Jodie Price, support worker, Elmfield Housing": capitalised words after a worker and a comma,
# ending their item, are where they work
_LISTED = re.compile(r"^\s*,\s*(?P<org>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s*(?=$|[,;)\n])")


def _workplace_said(said: str) -> bool:
    """A service's name ("Elmfield Housing", "CGL"), not a day, a person or who someone is."""
    words = said.split()
    return people.names_a_service(words) and not any(
        people.ordinary_capitalised(w) or w.lower() in people.relationship_words() for w in words
    )


def workplaces(
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
        if prev and prev.start < m.start and m.end <= prev.end:
            # "her housing officer at Riverside, Dean Marsh": said inside the worker's words
            inside = re.search(
                r"\b(?:from|at|with)\s+(?:the\s+)?$", text[prev.start : m.start], re.I
            )
            between = inside.group(0) if inside else ""
            said_at = re.match(r"[^,;.()]+", text[m.start : prev.end])  # "Longford Homes, Dean"
            m = replace(m, quote=said_at.group(0).strip() if said_at else m.quote)
        if (prev and prev.role in _WORKERS and not m.relationship and m.name
                and re.fullmatch(r"\s*(?:from|at|with)\s+(?:the\s+)?", between, re.I)):  # fmt: skip
            orgs[prev.start] = m.quote
            continue
        kept.append(m)
    return kept, orgs


def involved_all(
    found: list[people.Mention], text: str, ctx: Context, **extra: Any
) -> list[Applied]:
    found, orgs = workplaces(text, found)
    return [
        involved(m, ctx, organisation=orgs.get(m.start) or organisation_of(text, m, found), **extra)
        for m in found
    ]


def said_again(found: list[people.Mention]) -> list[people.Mention]:
    """ "Ken Telford, neighbour, 07700 900973 ... but Ken first": a first name alone that an
    earlier name in the answer starts with is that person again, not another."""
    out: list[people.Mention] = []
    for m in found:
        first = (m.name or "").lower()
        if (
            m.name
            and not m.relationship
            and " " not in first
            and any(_same_name((o.name or "").lower(), first) for o in out)
        ):
            continue
        out.append(m)
    return out


def full_said_later(found: list[people.Mention]) -> list[people.Mention]:
    """ "jodie my worker ... (Jodie Price, support worker)": a first name said alone, then the
    full name starting with it, is one person, recorded by the full name where first said."""
    out: list[people.Mention] = []
    for m in found:
        earlier = next((o for o in out if _first_then_full(o, m)), None)
        if earlier is None:
            out.append(m)
            continue
        said = [r for r in (m.relationship, earlier.relationship) if r]
        rel = max(said, key=len) if said else None  # "support worker" says more than "worker"
        merged = replace(
            earlier, name=m.name, relationship=rel, role=m.role or earlier.role, end=m.end
        )  # what is said after the full name ("..., Elmfield Housing") is theirs too
        out[out.index(earlier)] = merged
    return out


def _first_then_full(first: people.Mention, full: people.Mention) -> bool:
    """ "Jodie" said first, then "Jodie Price": the same person, when who they are agrees (no
    relationship, or both of one role)."""
    if not first.name or not full.name or " " in first.name or " " not in full.name:
        return False
    if not full.name.lower().startswith(f"{first.name.lower()} "):
        return False
    return not (first.relationship and full.relationship) or first.role == full.role


def speaks_for_self(ctx: Context) -> bool:
    """Whether "me" in an answer is the person the plan is for."""
    audience = ctx.state.audience
    return audience == "person" or (audience == "carer" and ctx.plan_type == "carer_support")


TITLE = r"(?:mr|mrs|ms|miss|mx|dr|sir|dame)"
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"})


def enrich(found: list[people.Mention], ctx: Context) -> list[people.Mention]:
    """Fill what the plan already knows: a bare "Mary" takes the relationship recorded for Mary;
    an unnamed "her mum" takes the name of the only mother recorded."""
    known = _known(ctx)
    # the person named by their own name ("Jade should have her own") takes nothing recorded of
    # others: a wrong earlier reading must not make them someone else
    return [m if is_person(m, ctx) else _enrich_one(m, known) for m in found]


def _known(ctx: Context) -> list[dict[str, Any]]:
    """People the plan holds, then people named with who they are in the person's own earlier
    words ("my girlfriend Stacey" in what matters)."""
    cared_for = ctx.plan.get("cared_for") or {}  # a carer's plan: the person they care for
    advocate = (ctx.plan.get("advocacy") or {}).get("advocate") or {}
    if advocate.get("name"):  # "Mo Rahman" in the copies: the advocate named earlier
        advocate = {"name": advocate["name"], "relationship": "advocate", "role": "advocate"}
    return [*known_people(ctx), *([cared_for] if cared_for.get("name") else []),
            *([advocate] if advocate.get("name") else []), *_said_people(ctx)]  # fmt: skip


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
        same = sorted(same, key=lambda k: len(str(k["name"])))
        if same and all(_same_name(str(k["name"]), str(same[0]["name"])) for k in same):
            # "Sandra" and "Sandra Whitfield" recorded as her mother are one person: the name
            # she is called by
            # the role they already have ("appropriate_person") says more than "family"
            role = next((str(k["role"]) for k in same if k.get("role")), m.role)
            return people.Mention(str(same[0]["name"]), m.relationship, role, m.quote, m.start,
                                  m.end)  # fmt: skip
    return m


def _same_name(name: str, short: str) -> bool:
    """ "Sandra Whitfield" and "Sandra": the same first name, one the start of the other."""
    return name == short or name.lower().startswith(f"{short.lower()} ")


def _titled(name: str) -> bool:
    """ "Mrs Dooley", "Dr Shah": a name said with a title and a surname."""
    words = name.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in TITLES


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


def is_person(m: people.Mention, ctx: Context) -> bool:
    """Whether a bare name is the person the plan is for: their name, first name or preferred
    name ("Liam, me and Sarah" from his mum; "Gwen - audio" from a practitioner)."""
    person = ctx.plan.get("person") or {}
    if not m.name or m.relationship:
        return False
    said_name = m.name.lower()
    full = [w for w in str(person.get("name") or "").lower().split() if w.rstrip(".") not in TITLES]
    pref = str(person.get("preferred_name") or "").lower()
    return bool(full) and (said_name in (" ".join(full), full[0], pref))


def _answerer(ctx: Context) -> dict[str, Any] | None:
    """The carer or advocate answering for someone, as the ``answerer`` question recorded them
    (name, relationship, and the role they have now); None when the person (or a carer in their
    own carer's plan) answers, or when a practitioner answers: their "me" is nobody to record."""
    if ctx.state.audience not in ("carer", "advocate") or speaks_for_self(ctx):
        return None
    return next((p for p in answerer_people(ctx) if p.get("name")), None)


def answerer_people(ctx: Context) -> list[dict[str, Any]]:
    """The people involved that the ``answerer`` question added (who is answering), as in the
    plan now."""
    record = ctx.state.answers.get("answerer")
    ids = {
        a.value.get("id")
        for a in (record.applied if record else [])
        if a.op == "add_item" and a.path == "involvement.people" and isinstance(a.value, dict)
    }
    return [
        p for p in (ctx.plan.get("involvement") or {}).get("people") or [] if p.get("id") in ids
    ]


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


def me_mentions(text: str, ctx: Context) -> list[people.Mention]:
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
    r"^(?:\s+(?:i\s+guess|i\s+think|i\s+suppose|probably|really))?"
    # "my OT from the wheelchair service, leila ahmed": the team they work in, then the name
    rf"(?:\s+(?:from|at|with)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{ORG_WORDS})\b)?"
    r"\s*[.,;:\u2013\u2014-]+\s*"
    r"(?:(?:her|his|their)\s+name(?:['\u2019]s|\s+is)\s+|(?:she|he)(?:['\u2019]s|\s+is)\s+called\s+"
    r"|called\s+)?(?P<n>[A-Za-z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){0,2})\s*"
    r"(?=[.;!?\n]|$|,?\s*(?:\+|\(?0)\d)",  # or a phone number: "mum - karen quinn 07700 900247"
    re.I,
)


# "mum is here (Tracey)", "my son's with me (Dan)": a name alone in brackets closing the clause
# of an unnamed relationship, with no one else said between, is theirs
_NAME_BRACKETED = re.compile(
    r"^(?P<between>[^.;!?()\n,]{1,40}?)\s*\(\s*(?P<n>[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)?)"
    r"\s*\)"
)


def _named_after(
    text: str, found: list[people.Mention], ctx: Context | None = None
) -> list[people.Mention]:
    """ "my nan. Pauline": the name said just after an unnamed relationship is theirs; not a
    name the plan already holds for someone else ("mum. Jo." with Jo the case manager is two)."""
    others = {
        str(k.get("name") or "").split(" ")[0].lower(): people.role_of(k["relationship"])
        for k in (known_people(ctx) if ctx else [])
        if k.get("relationship") and _real_name(k)
    }  # by role: "Mum. Jackie Moss" with Jackie her foster mum is still family
    out: list[people.Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        hit = _NAME_NEXT.match(text[m.end :]) if m.relationship and not m.name else None
        if m.relationship and not m.name and not hit:
            hit = _NAME_BRACKETED.match(text[m.end :])
            later = [o for o in found[i + 1 :] if hit and o.start < m.end + hit.start("n")]
            if hit and (later or re.search(r"\b(?:and|or|&)\b", hit["between"], re.I)):
                hit = None  # "mum and my sister (Jo)": Jo is the sister
        word = hit["n"] if hit else ""
        said_name = people._title(word)
        known_as = others.get(said_name.split(" ")[0].lower()) if said_name else None
        if (
            hit
            and known_as in (None, people.role_of(m.relationship))
            and all(people.could_be_name(w) for w in said_name.split())
            and not any(w.lower() in people.relationship_words() for w in word.split())
        ):
            end = m.end + hit.end()
            out.append(people.Mention(said_name, m.relationship, m.role, text[m.start : end],
                                      m.start, end))  # fmt: skip
            skip |= {k for k in range(i + 1, len(found)) if found[k].start < end}
            continue
        out.append(m)
    return out


# "Jackie. my foster mum", "Sue - my daughter", "Raj. He's my nephew", "Me, Tariq. Her son": a
# name said on its own (or as who "me" is), then a sentence that is only an unnamed relationship,
# is that relationship's name
_ALONE_BEFORE = re.compile(
    r"(?:^|[.;!?\n])\s*(?:(?:it's|its|it is)\s+)?(?:me\s*[,\u2013-]\s*)?$", re.I
)
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
            and not is_person(prev, ctx)
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


# "me (Ellie)", "me - Ellie", "me, Ellie,": the answerer's "me" with their own name just after
_ME_NAMED = re.compile(r"\s*[-(,:\u2013]\s*")


def _me_by_name(
    text: str, mine: list[people.Mention], found: list[people.Mention]
) -> tuple[list[people.Mention], list[people.Mention]]:
    """The answerer's "me" followed by their own first name is one person, said once: the name
    is not a second contact, and what follows the name ("07700 900628") is theirs."""
    out = list(mine)
    for k, me in enumerate(mine):
        first = (me.name or "").split(" ")[0].lower()
        for m in found:
            if (m.name and not m.relationship and m.name.split(" ")[0].lower() == first
                    and _ME_NAMED.fullmatch(text[me.end : m.start])):  # fmt: skip
                end = m.end + (1 if text[m.end : m.end + 1] == ")" else 0)
                out[k] = replace(me, quote=text[me.start : end], end=end)
                found = [o for o in found if o is not m]
                break
    return out, found


def to_the_person(m: people.Mention, ctx: Context) -> people.Mention:
    """ "Laurie's sister Margaret", said by his carer: the person's own sister, so "sister"."""
    owner, _, rel = (m.relationship or "").partition("'s ")
    if not rel or not owner[:1].isupper():
        return m
    said = people.Mention(owner, None, None, owner, m.start, m.start)
    return replace(m, relationship=rel) if is_person(said, ctx) else m


def _whose_only(text: str, m: people.Mention, found: list[people.Mention]) -> bool:
    """ "dads social worker Mr Shah", "mum's nurse": an unnamed relative said as whose the next
    person is (a possessive, with or without its apostrophe) is not a person of this answer."""
    last = m.quote.split()[-1].lower().replace("\u2019", "'") if m.quote else ""
    owner = last[:-2] if last.endswith("'s") else last[:-1] if last.endswith("s") else ""
    if m.name or not m.relationship or owner not in people.relationship_words():
        return False
    return any(o.relationship and o.start >= m.end and not text[m.end : o.start].strip()
               for o in found)  # fmt: skip


def answer_mentions(text: str, ctx: Context) -> list[people.Mention]:
    """People named in the answer; lower-case first names already in the plan count too ("jo");
    "me" from a carer or advocate answering for someone is the answerer."""
    found = [m for m in people.mentions(text) if (m.name or m.relationship) and not _owner(text, m)]
    found = [m for m in found if not _whose_only(text, m, found)]
    found = [to_the_person(m, ctx) for m in found]
    found = _named_before(text, _named_after(text, found, ctx), ctx)
    mine = me_mentions(text, ctx)  # "I'm his carer": the words inside say who the answerer is
    mine, found = _me_by_name(text, mine, found)
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
    return enrich(full_said_later(found), ctx)
