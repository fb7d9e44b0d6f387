"""Outcomes, wellbeing and strengths: which of the nine wellbeing domains the person's words touch
(``prompts/lexicon/wellbeing_domains.yaml``), and what kind of strength they describe.
"""

from __future__ import annotations

import re
from functools import cache

from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation import understand_text as text_
from service.conversation.answer_people import answerer_people, speaks_for_self
from service.conversation.extract_base import (
    Context,
    Extraction,
    declined,
    item,
    known_people,
    refuses,
    said,
    span,
)


def x_outcomes(text: str, ctx: Context) -> Extraction:
    """Outcomes, each with its domains. A relative or friend answering for the person is close
    to them: their "me", "us" or "together" in a goal is the relationship ("She wants to stay at
    home with me", "Keep Doreen at home with me", "stay in our home together")."""
    if refuses(text):
        return declined(text)
    close = _close_people(ctx)
    answerer_close = _answerer_is_close(ctx)
    facts = []
    for phrase in _statements(text):
        domains = _outcome_domains(_someone_at_work(phrase, speaks_for_self(ctx)), close)
        if answerer_close and _WITH_ANSWERER.search(phrase) and _FAMILY_DOMAIN not in domains:
            domains.append(_FAMILY_DOMAIN)
        value = {"id": ctx.new_id("outcomes"), "statement": phrase,
                 "wellbeing_domains": domains or None}  # fmt: skip
        facts.append(item("outcomes", value, phrase))
    return Extraction(facts, value=len(facts))


# The answerer beside the person in a goal: "at home with me", "me and her", "with us", "our home",
# "together" (not "without me having to", "he hates me seeing him": what the person does alone).
_WITH_ANSWERER = re.compile(
    r"\b(?:with|and)\s+(?:me|us)\b|\bme\s+and\b|\btogether\b"
    r"|\bour\s+(?:own\s+)?(?:home|house|flat|bungalow|place)\b",
    re.I,
)


def _answerer_is_close(ctx: Context) -> bool:
    """A carer answering for someone who is their family or friend, as the ``answerer`` question
    recorded them (a carer with no relationship recorded is taken as family)."""
    if ctx.state.audience != "carer" or speaks_for_self(ctx):
        return False
    for p in answerer_people(ctx):
        if p.get("relationship"):
            return people.role_of(str(p["relationship"])) in ("family", "friend")
    return True


# "On the days I'm at work", "while Halina is at work": when someone is away, not the person's work.
_AT_WORK_WHILE = re.compile(
    r"\b(?:while|whilst|when|whenever|(?:on\s+)?the\s+days?|days|nights?|if)\s+"
    r"(?:(?:my|his|her|their|our)\s+)?(?P<who>[\w'\u2019]+)(?:['\u2019]s|['\u2019]m|['\u2019]re|\s+(?:is|am|are|was|were))?\s+"
    r"(?:at|in)\s+work\b",
    re.I,
)


def _someone_at_work(phrase: str, own: bool) -> str:
    """The goal without a time set by someone being at work; the person's own "while I'm at work"
    stays (their work), a carer's or anyone else's goes."""

    def when(m: re.Match[str]) -> str:
        mine = own and m.group("who").lower() in ("i", "im", "i'm", "i\u2019m")
        return m.group(0) if mine else " "

    phrase = _AT_WORK_WHILE.sub(when, phrase)
    return _others_work().sub(r"\g<who> ", phrase) if own else phrase


@cache
def _others_work() -> re.Pattern[str]:
    """Someone else going to or keeping their work in the person's own goal: "I want Yvonne to
    be able to go to work", "so my daughter can keep her job", "for Dev to get back to work".
    (From someone answering for the person, "my son" or "He" may be the person.)"""
    cues = lexicon.load("wellbeing_cues")
    relatives = [*lexicon.load("strengths_kinds")["network"], *cues["relatives"]]
    who = (
        rf"(?:(?:my|his|her|our|their|the)\s+)?(?:{_phrases(relatives)})"
        r"|(?-i:(?!(?:He|She|They|We|You|It)\b)[A-Z][a-z]+)"
    )
    return re.compile(
        rf"(?P<who>(?:^\W*|\b(?:want|wants|wanted|like|need|needs|so|for)\s+)(?:{who})\s+"
        r"(?:(?:needs?|wants?|has|have)\s+)?(?:to\s+)?(?:be\s+able\s+to\s+|can\s+|could\s+)?)"
        r"(?:go\s+(?:back\s+)?to|get\s+(?:back\s+)?to|keep|stay\s+in|return\s+to|carry\s+on(?:\s+at)?|"
        r"do|work)\s+(?:(?:at|with|her|his|their|my)\s+)?(?:work|working|job|shifts?)\b",
        re.I,
    )


def _outcome_domains(phrase: str, close: set[str]) -> list[str]:
    """Domains of one outcome, read with prompts/lexicon/outcomes_domains.yaml on top of the
    wellbeing phrases. Bathing or dressing someone else is looking after them, not the person's
    own dignity ("bath Leo"); getting out of bed or the bath is not getting out; doing something
    on one's own is control unless the outcome is about being alone."""
    said = _without_worry(_CARES_FOR.sub("look after ", _CONCEDED.sub("", phrase)))
    said = _worry_for(frozenset(close)).sub(" about ", said)  # "and not worry about me"
    keys = _domains(_OUT_OF.sub(r"\g<1> up from ", said), close, table=_outcome_table())
    if _keys(said, _cues("loneliness")):
        keys = [k for k in keys if k != "control_over_day_to_day_life"]
    return keys


def _without_worry(said: str) -> str:
    """ "Go out with his mates without me worrying", "time off without worrying about me": a
    feeling the outcome is to be free of says what it is for, not a goal for health."""
    feelings = {"feelings": list(lexicon.load("feelings")["feelings"])}
    for m in reversed(list(_WITHOUT.finditer(said))):
        if lexicon.keys(m.group("what"), feelings):
            said = said[: m.start()] + said[m.end() :]
    return said


_WITHOUT = re.compile(r"\bwithout\s+(?P<what>(?:[\w'\u2019]+\s+){0,2}[\w'\u2019]+)", re.I)


@cache
def _outcome_table() -> dict[str, list[str]]:
    spec = lexicon.load("outcomes_domains")
    table = {key: list(phrases) for key, phrases in _table().items()}
    for key, gone in (spec.get("remove") or {}).items():
        table[key] = [p for p in table[key] if p not in set(gone)]
    for key, more in (spec.get("add") or {}).items():
        table[key] = [*table[key], *more]
    return table


# "Be able to bath Leo", "dress the kids", "wash him": someone else's care, not the person's own.
_CARES_FOR = re.compile(
    r"\b(?i:bath|bathe|bathing|wash|washing|shower|showering|dress|dressing)\s+"
    r"(?=(?:him|her|them|[A-Z][a-z]+|(?i:(?:my|the|our|his|her)\s+(?:son|daughter|kids|"
    r"children|child|baby|boy|girl|grandson|granddaughter|grandchildren|husband|wife|partner|"
    r"mum|dad|mother|father)s?))\b)"
)
# "Get out of bed", "get out of the bath": a move, not getting out of the house.
_OUT_OF = re.compile(
    r"\b(get|gets|getting|got)\s+out\s+of\s+"
    r"(?!(?:the\s+|my\s+|his\s+|her\s+|our\s+)?(?:house|flat|home|bungalow|place)\b)",
    re.I,
)


# "Get back down the allotment, even if it's just sitting there": a clause after a comma that leans
# on the one before it (a condition, a reason, a purpose) is part of that outcome, not a new one.
_LEANS = re.compile(
    r"^(?:even\s+(?:if|though|when)|as\s+long\s+as|so\s+that|so|because|cos|coz|if|when|whenever|"
    r"unless|though|although|without|until|till|instead\s+of|rather\s+than|like\s+i\s+used\s+to|"
    r"before|in\s+case|while|whilst)\b",
    re.I,
)


# "... even when I relapse": a circumstance conceded, not what the outcome is about.
_CONCEDED = re.compile(r",?\s*\beven\s+(?:if|when|though)\b.*$", re.I | re.S)


def _statements(text: str) -> list[str]:
    """The outcomes in an answer: list items, with a leaning clause kept with the outcome it leans
    on, the one before it in the same sentence, or else the one after it ("When I'm better, go
    back to college"). A clause that only qualifies the one before ("..., or at least know what I
    owe", "..., not on the phone to mum", "..., for both of us") leans back only."""
    pieces = _pieces(text)
    out: list[str] = []
    hold: str | None = None
    for i, (phrase, new) in enumerate(pieces):
        if hold is not None:
            out.append(span(text, [hold, phrase]))
            hold = None
        elif (_LEANS.match(phrase) or _LEANS_BACK.match(phrase)) and out and not new:
            out[-1] = span(text, [out[-1], phrase])
        elif _LEANS.match(phrase) and i + 1 < len(pieces) and not pieces[i + 1][1]:
            hold = phrase
        else:
            out.append(phrase)
    return out if hold is None else [*out, hold]


# Clauses that qualify the outcome before them and are never one of their own: a fallback ("or at
# least ..."), a concession ("even volunteering to start with"), a contrast ("not on the phone to
# mum", "not a wheelchair"), a latitude ("doesn't have to be electrics", "any kind of work") or
# who it is for ("for both of us").
_LEANS_BACK = re.compile(
    r"^(?:(?:or\s+)?at\s+least|even|not|never|rather\s+than|instead\s+of|"
    r"(?:i['\u2019]?m|im|i\s+am|i['\u2019]?ll|i\s+will)\s+(?:not|never)|i\s+won['\u2019]?t|"
    r"i\s+(?:don['\u2019]?t|do\s+not)\s+want|"
    r"(?:it\s+)?(?:doesn['\u2019]?t|does\s+not|don['\u2019]?t|do\s+not|needn['\u2019]?t)\s+"
    r"(?:have\s+to|need\s+to|matter|mind)|"
    r"for\s+(?:both|all)\s+of\s+(?:us|them)|for\s+(?:us|everyone|everybody|the\s+family)\s*$|"
    r"for\s+(?:my|his|her|their|our)\s+(?:own\s+)?(?:sake|sanity|peace\s+of\s+mind)|"
    r"especially|particularly|if\s+possible|where\s+possible|ideally)\b",
    re.I,
)
# A list marker ("1.", "2)", "(3)") is no item: "1. Remain at home. 2. Manage own diabetes".
_MARKER = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.):]?$", re.I)
# A clause that opens with a verb is the rest of the one before it ("the Parkinson's nurse, Fiona,
# is great"): the thing it says something about is there, not in a list item of its own.
_PREDICATE = re.compile(
    r"^(?:is|are|was|were|has|have|had|does|did|will|would|can|could|always|never\s+lets)\b", re.I
)
_NAME_ALONE = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+)?$"
)
# "his GP, Dr Whitlock, who he trusts": a relative clause says more about the one before it.
_RELATIVE = re.compile(r"^(?:who|whom|whose|which)\b", re.I)
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# "I'm stubborn, Debbie says! I still cook": "!" or "?" ends a sentence as a full stop does.
_EXCLAIMED = re.compile(r"(?<=[!?])\s+(?=\S)")


def _pieces(text: str, evidence: bool = False) -> list[tuple[str, bool]]:
    """List items of an answer, each with whether a new sentence starts before it. A list marker
    is dropped; what follows a spaced dash elaborates the item before it, to the end of its
    sentence ("Excellent memory - knows all her meds", "Well organised - I run the house, the
    bills, the online shop"); a clause that opens with a verb or a relative pronoun completes the
    one before it, with a name set off by commas ("the nurse, Fiona, is great", "his GP, Dr
    Whitlock, who he trusts"). With ``evidence`` (strengths), a sentence of just two clauses
    joined by a comma, the second with its own subject, is one strength and what shows it ("I'm
    handy, I fixed the stairlift myself")."""
    found: list[tuple[str, bool, int, int]] = []  # words, new sentence before, start, end
    at = 0
    for phrase in (p for whole in text_.split_list(text) for p in _EXCLAIMED.split(whole) if p):
        if _MARKER.match(phrase):
            continue
        start = text.find(phrase, at)
        if start < 0:
            found.append((phrase, True, -1, -1))
            continue
        between = text[at:start]
        new = (
            not found
            or bool(re.search(r"[.!?;\n]", between))
            or _MARKER.search(between.strip())
            or bool(re.search(r"[!?]\s*$", text[:start]))
        )
        joins = not new and found and found[-1][2] >= 0
        dashed = joins and (_DASH.search(between) or _DASH.search(found[-1][0]))
        verb = _PREDICATE.match(phrase) or _RELATIVE.match(phrase)
        if joins and (dashed or verb):
            first = found.pop()
            appositive = verb and not dashed and _NAME_ALONE.match(first[0])
            if appositive and found and found[-1][2] >= 0 and "," in text[found[-1][3] : first[2]]:
                first = found.pop()
            found.append(
                (text[first[2] : start + len(phrase)], first[1], first[2], start + len(phrase))
            )
        else:
            found.append((phrase, bool(new), start, start + len(phrase)))
        at = start + len(phrase)
    if evidence:
        found = _with_evidence(text, found)
    return [(phrase, new) for phrase, new, _, _ in found]


# A clause with its own subject: "I knit for the neonatal unit", "he fixed it himself".
_SUBJECT = re.compile(
    r"^(?P<opener>(?:i|he|she|we)(?:['\u2019](?:m|s|ve|d)|\s+(?:am|is|have|has))?|im|ive)\b",
    re.I,
)
# ... unless it claims another strength of its own ("I'm kind, I can cook", "I'm a good mum, I'm
# good with kids"): then they are two.
_CLAIM = re.compile(
    r"^\S+(?:\s+(?:am|is))?\s+(?:also\s+|really\s+|very\s+|still\s+|so\s+)*"
    r"(?:can\b|could\b|good\b|great\b|brilliant\b|excellent\b|kind\b|a\s+good\b|a\s+great\b)",
    re.I,
)


# A clause that cannot stand as a strength of its own leans on the one before it: a condition or
# time ("my pastor, when I let them in", "good with people, once he knows them"), a concession
# ("all my marbles, whatever the doctors think") or examples tailing off ("cooking, soup and that").
_STRENGTH_LEANS = re.compile(
    r"^(?:when|whenever|whatever|wherever|if|once|unless|though|although|even\s+(?:if|when|though)|"
    r"as\s+long\s+as|because|cos|coz|despite|in\s+spite\s+of|no\s+matter)\b"
    r"|^(?:\S+\s+){0,3}?and\s+(?:that|stuff|things|all\s+that|so\s+on|the\s+like)\W*$"
    r"|^(?:\S+\s+){0,3}?etc\W*$",
    re.I,
)
_TAIL = re.compile(r"^(?:that|stuff|things|all\s+that|so\s+on|the\s+like)\W*$", re.I)
# Who said it, after what they said: "I'm stubborn, Debbie says!", "good cook, so my son tells me".
_REPORT_TAG = re.compile(
    r"^(?:or\s+)?(?:so\s+)?(?:[\w'\u2019]+\s+){1,3}?(?:says|said|reckons|reckon|thinks|think|"
    r"tells\s+me|tell\s+me|told\s+me|would\s+say|always\s+says)\W*$",
    re.I,
)


# A colon before examples: "I look after Pixel by myself: her food, cleaning her hutch, ...".
_EXAMPLES = re.compile(r":\s+\S")


@cache
def _qualifier() -> re.Pattern[str]:
    """Words that only qualify the strength before them, even after a full stop or "!" ("In a
    good way", "Most days", "Or so I'm told"): strengths_kinds.yaml ``qualifiers``."""
    spec = lexicon.load("strengths_kinds")
    return re.compile(rf"(?:and\s+|but\s+|or\s+)?(?:{_phrases(spec['qualifiers'])})\W*", re.I)


def _with_evidence(
    text: str, found: list[tuple[str, bool, int, int]]
) -> list[tuple[str, bool, int, int]]:
    tailed: list[tuple[str, bool, int, int]] = []
    for piece in found:  # "soup and that": the tail is the examples' own
        prev = tailed[-1] if tailed else None
        if (
            prev is not None
            and _TAIL.match(piece[0])
            and prev[2] >= 0
            and piece[2] >= 0
            and re.fullmatch(r"\s+and\s+", text[prev[3] : piece[2]], re.I)
        ):
            tailed[-1] = (text[prev[2] : piece[3]], prev[1], prev[2], piece[3])
        else:
            tailed.append(piece)
    found = tailed
    out: list[tuple[str, bool, int, int]] = []
    for i, piece in enumerate(found):
        sentence_ends = i + 1 == len(found) or found[i + 1][1]
        prev = out[-1] if out else None
        second = _SUBJECT.match(piece[0])
        if (
            prev is not None
            and prev[2] >= 0
            and piece[2] >= 0
            and (
                (not piece[1] and (_STRENGTH_LEANS.match(piece[0]) or _REPORT_TAG.match(piece[0])))
                or _qualifier().fullmatch(piece[0])  # "I stubborn, ha! In a good way"
                or (not piece[1] and _EXAMPLES.search(prev[0]))  # "by myself: her food, ..."
            )
        ):
            out[-1] = (text[prev[2] : piece[3]], prev[1], prev[2], piece[3])
            continue
        if (
            prev is not None
            and (not piece[1] or re.fullmatch(r"\s*;\s*", text[prev[3] : piece[2]]))
            and prev[1]  # the first clause of its sentence ...
            and sentence_ends  # ... and this the second and last
            and prev[2] >= 0
            and piece[2] >= 0
            and re.fullmatch(r"\s*[,;]\s*", text[prev[3] : piece[2]])
            and second
            and not _CLAIM.match(piece[0])
        ):
            first = _SUBJECT.match(prev[0])
            if not (first and first.group("opener").lower() == second.group("opener").lower()):
                out[-1] = (text[prev[2] : piece[3]], prev[1], prev[2], piece[3])
                continue
        out.append(piece)
    return out


_FAMILY_DOMAIN = "domestic_family_and_personal_relationships"
_HEALTH_DOMAIN = "physical_and_mental_health"
_CLOSE_ROLES = frozenset({"family", "friend", "carer", "appropriate_person"})
# "Mum says I don't eat" is the person's own health, reported by mum.
_REPORTS = re.compile(r"^\W*(?:says|said|thinks|reckons|told|tells|feels that)\b", re.I)


def _close_people(ctx: Context) -> set[str]:
    """First names (lower case) of family and friends the plan already holds, or that the person
    named in what matters, a good day or a bad day ("Being a good mum to Leo"), and in a carer's
    own plan the one they care for: a sentence about one of them touches the person's
    relationships. Professionals, and a pronoun recorded as a name ("Her son"), are left out."""
    close = set()
    cared_for = ctx.plan.get("cared_for") or {}  # a carer's own plan: "Keep Doreen at home with me"
    for k in [*known_people(ctx), *([cared_for] if isinstance(cared_for, dict) else [])]:
        role = k.get("role") or people.role_of(k.get("relationship"))
        first = str(k.get("name") or "").split(" ")[0]
        if role in _CLOSE_ROLES and first[:1].isupper() and first.lower() not in _NOT_NAMES:
            close.add(first.lower())
    person = ctx.plan.get("person") or {}
    earlier = [
        *(person.get("what_matters_to_me") or []),
        person.get("good_day"),
        person.get("bad_day"),
    ]
    for said_before in earlier:
        close |= _named_before(str(said_before or ""))
    pets = _pets(", ".join(str(e or "") for e in earlier))  # "Bracken, his guide dog" is one
    own = {str(person.get(k) or "").split(" ")[0].lower() for k in ("name", "preferred_name")}
    return close - own - pets - {""}


_NOT_NAMES = frozenset(
    {"her", "his", "my", "their", "our", "the", "a", "an", "me", "him", "she", "he"}
)


def _pets(said_before: str) -> set[str]:
    """Names said as a pet's (wellbeing_cues.yaml ``pets``): "her dog Bonnie", "Bracken, his
    guide dog", "Sooty (cat)", "Bonnie the staffie"."""
    kinds = "|".join(
        r"\s+".join(map(re.escape, k.split()))
        for k in sorted(lexicon.load("wellbeing_cues")["pets"], key=len, reverse=True)
    )
    found = re.finditer(
        rf"\b(?i:{kinds})\s+(?P<a>[A-Z][a-z]+)\b"
        rf"|\b(?P<b>[A-Z][a-z]+)\s*(?:,|\(|-|\bis\b|\bthe\b)\s*"
        rf"(?i:(?:my|his|her|their|our|the|a)\s+)?(?:[\w-]+\s+)?(?i:{kinds})\b",
        said_before,
    )
    return {(m.group("a") or m.group("b")).lower() for m in found}


# Words before a capitalised word that make it a thing, a pet or a place rather than a person:
# "my Xbox", "my cat Sooty", "at Brookfield".
_NOT_BEFORE_A_NAME = frozenset(
    {"my", "our", "his", "her", "their", "the", "a", "an", "at", "in", "from", "near", "on", "of",
     "cat", "dog", "dogs", "puppy", "kitten", "rabbit", "rabbits", "pony", "horse", "budgie",
     "parrot", "hamster", "tortoise", "fish", "bird", "pet"}
)  # fmt: skip


def _known_pets(ctx: Context) -> set[str]:
    """Pets' names (lower case) said in what matters, a good day or a bad day."""
    person = ctx.plan.get("person") or {}
    earlier = [
        *(person.get("what_matters_to_me") or []),
        person.get("good_day"),
        person.get("bad_day"),
    ]
    return _pets(", ".join(str(e or "") for e in earlier))


def _named_before(said_before: str) -> set[str]:
    """People the person named in an earlier answer: a name with a family or friend word ("my
    son Leo"), or a capitalised first name on its own in the middle of the words ("seeing Paul",
    "a good mum to Leo"). At the start of a sentence a capitalised word is only a name when it
    stands alone or before "and" or a comma ("Pauline, my garden"): "Fatigue so bad ..." is not.
    A word that names a wellbeing topic ("Music") is never a name."""
    found = set()
    for m in people.mentions(said_before):
        if not m.name or " " in m.name:
            continue
        if m.relationship:
            kind_of = re.fullmatch(r"[A-Z][a-z]+\s+(?:carers?|nurses?|staff|workers?)", m.quote)
            if kind_of and (m.start == 0 or re.search(r"[.!?]\s*$", said_before[: m.start])):
                continue  # "Agency carer is late", "Night carer": a kind of carer, not a name
            if people.role_of(m.relationship) in _CLOSE_ROLES:
                found.add(m.name.lower())
            continue
        before = lexicon.words(said_before[: m.start])
        after = said_before[m.end :].strip()
        opens = not before or re.search(r"[.!?]\s*$", said_before[: m.start]) is not None
        if (before and before[-1] in _NOT_BEFORE_A_NAME) or _keys(m.name, _table()):
            continue
        if opens and after and not re.match(r"(?:,|&|and\b|\.|$)", after, re.I):
            continue
        found.add(m.name.lower())
    return found


def _opening_person(sentence: str, close: set[str]) -> people.Mention | None:
    """The person the sentence opens with, when it is a relative ("Wife is worried ...", "my son
    ...") or a named family member or friend ("Pauline is tired out"), not the person."""
    found = people.mentions(sentence)
    m = found[0] if found and found[0].start == 0 else None
    known = m is not None and (m.name or "").split(" ")[0].lower() in close
    if m is not None and m.role == "professional" and not known:
        return None  # "Low mood and anxiety - GP has prescribed ...": the person's own health
    return m if m is not None and (m.relationship or known) else None


# "To wash myself without Sheila having to help": the person who helps now, named as the help the
# person wants to do without, is not what the sentence says about their relationships.
_WITHOUT_HELPER = re.compile(
    r"\bwithout\s+(?:my\s+|the\s+|our\s+|his\s+|her\s+)?(?!help\b|any\b|support\b)\w+"
    r"(?:['\u2019]s)?\s+(?:having\s+to\s+|needing\s+to\s+|to\s+)?(?:help\w*|assist\w*|do\s+it)\b",
    re.I,
)


def _domains(
    sentence: str,
    close: set[str],
    named_family: bool = True,
    table: dict[str, list[str]] | None = None,
) -> list[str]:
    """Wellbeing domains a sentence touches. About someone else, their health or feelings are not
    the person's health: what it says about the person is the relationship, unless it names
    another topic ("Wife is worried about money" is money). Someone reporting ("Mum says I ...")
    is not the subject, and names no domain. Naming a close person anywhere else touches
    relationships ("He worries about Doreen's health"); without ``named_family`` (an impact on
    wellbeing) only when nothing but health is named besides: "we're on Gemma's wage" is money,
    "Alan has his pension" is money."""
    opener = _opening_person(sentence, close)
    harm = _harm().search(sentence)
    end = opener.end if opener else 0
    if harm and harm.start() < end:  # "My nephew stole my pension": no one called Stole
        end = harm.start()
    rest = _WITHOUT_HELPER.sub(" ", sentence[end:])
    if opener:  # "my wife to have a break for herself": herself is the wife
        rest = _THEIR_OWN.sub(" ", rest)
    keys = _topic_first(rest, table)
    if opener and not _REPORTS.match(rest):
        keys = [k for k in keys if k != _HEALTH_DOMAIN] or [_FAMILY_DOMAIN]
    named = {w.removesuffix("'s") for w in lexicon.words(rest)}
    only_health = not set(keys) - {_HEALTH_DOMAIN}
    if _FAMILY_DOMAIN not in keys and named & close and (named_family or only_health):
        keys.append(_FAMILY_DOMAIN)
    return keys


_THEIR_OWN = re.compile(
    r"\b(?:himself|herself|themselves|themself|(?:his|her|their)\s+own)\b", re.I
)


def _topic_first(sentence: str, table: dict[str, list[str]] | None = None) -> list[str]:
    """Domain keys, with health left out when its only words are feelings ("worried") and the
    sentence names another topic than relationships (prompts/lexicon/feelings.yaml)."""
    table = table or _table()
    keys = _keys(sentence, table)
    other = set(keys) - {_HEALTH_DOMAIN, _FAMILY_DOMAIN}
    if _HEALTH_DOMAIN in keys and other and _feeling_only(sentence, table):
        keys.remove(_HEALTH_DOMAIN)
    return keys


def _table() -> dict[str, list[str]]:
    return dict(lexicon.load("wellbeing_domains"))


# "Me and Tom keep falling out" is a quarrel, not a fall ("fell out of bed" is a fall).
_FALLING_OUT = re.compile(r"\b(?:fall|falls|falling|fell|fallen)\s+out\b(?!\s+of\b)", re.I)
_HOME_DOMAIN = "suitability_of_living_accommodation"
# A place's own name after "at", "in", "from" ... is a name, not its words: "lives alone at Fell
# Head Farm", "moved to Home Farm Close", "a room at Rose Court" (two capitalised words or more).
_PLACE_NAME = re.compile(
    r"(?<=[a-z,])(?P<at>\s+(?i:at|in|from|to|near|off|up|down|on|behind))\s+"
    r"[A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+)+\b"
)
# A quote mark is not part of the word it opens or closes: "'I'll not have strangers washing me'".
_QUOTE_MARK = re.compile(r"(?<![\w])['\u2019]|['\u2019](?![\w])")
# "SOBOE after 20m on the flat", "can walk a bit on the flat but not hills": level ground, not a
# flat to live in (that is "in", "at" or "my" flat).
_ON_THE_LEVEL = re.compile(r"\s+on\s+the\s+(?:flat|level)\b(?!\s+(?:roof|door|window))", re.I)
# "Broke my hip", "broke his cheekbone": an injury, not being broke (no money).
_BROKE_BONE = re.compile(
    r"\bbroke(?=\s+(?:my|his|her|their|your|a|an|the|both|one|two|its)\s)", re.I
)
# A capitalised word's "'s" ("since Bill's funeral") is a name's, not the plural of "bills".
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)['\u2019]s\b")
# The home as the place where something happens ("noisy in the house", "care done at home", "get
# out of the house") says nothing of whether the home suits the person; staying or living there
# does ("stay at home", "keep living in my flat").
_AT_HOME = re.compile(
    r"(?<!\w)(?P<before>\w+\s+)?(?:out\s+of|out|in|at|around|round|about|inside|outside)\s+"
    r"(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?P<place>house|home|flat|bungalow)\b",
    re.I,
)
_STAYING = frozenset(
    {"stay", "stays", "staying", "stayed", "live", "lives", "living", "lived", "remain",
     "remaining", "keep", "back", "move", "moving", "moved", "settled", "safe", "happy", "cope", "die",
     "dying",
     "manage", "managing", "independent", "warm"}
)  # fmt: skip


# "Worried about moving" is a move of home; "scared about moving my legs" is the body moving, and
# "thinking about moving in together" is the relationship (read as before).
_MOVING_BODY = re.compile(
    r"\bmoving(?=\s+(?:my|his|her|their|your|the)\s+(?:arms?|legs?|hands?|head|neck|body|feet|"
    r"foot|fingers?|shoulders?|back|hips?|knees?)\b|\s+in\s+(?:together|with)\b)",
    re.I,
)


_DIGNITY_DOMAIN = "personal_dignity"


def _ashamed_of_the_body(said: str) -> bool:
    """Shame said with the body's functions ("sometimes accident, embarrassed"): dignity
    (wellbeing_cues.yaml ``shame`` and ``continence``)."""
    cues = _cues("shame"), _cues("continence")
    said = _ROAD_ACCIDENT.sub(" crash ", said)
    return all(lexicon.keys(said, cue) for cue in cues)


# "A car accident", "the accident on the bike": a crash, not the body's.
_ROAD_ACCIDENT = re.compile(
    r"\b(?:car|road|traffic|bike|motorbike|motorcycle|bus|work|industrial|building|site)\s+"
    r"accidents?\b|\baccidents?\s+(?:on|in|at|with)\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?"
    r"(?:road|roads|car|bike|motorbike|bus|work|site|crossing|motorway)\b",
    re.I,
)


def _keys(text: str, table: dict[str, list[str]]) -> list[str]:
    """``lexicon.keys``, except that a real word is never read as a misspelling of another
    ("tried" is not "tired": feelings.yaml ``not_misspellings``), and the home named only as the
    place where something happens is not the suitability of the home."""
    text = _FALLING_OUT.sub("falling-out", _NAME_POSSESSIVE.sub(r"\1", text))
    text = _MOVING_BODY.sub("shifting", text)
    text = _ON_THE_LEVEL.sub(" on level ground", _QUOTE_MARK.sub(" ", text))
    text = _PLACE_NAME.sub(r"\g<at> zzz", text)
    text = _AMOUNT.sub(" money ", _BROKE_BONE.sub("fractured", text))
    text = _FEAR_OF_DOING.sub(r"\g<fear> about ", _harm().sub(" abused ", text))
    said = " ".join(lexicon.words(_family_told().sub(" ", _NOT_FAMILY.sub(" ", text))))
    if not _SOMEONE_ELSE.search(text[1:]):  # "I want Pauline to have time for herself"
        said = _as_first_person(said)
    keys = _real_keys(said, table)
    if _DIGNITY_DOMAIN in table and _DIGNITY_DOMAIN not in keys and _ashamed_of_the_body(said):
        keys.append(_DIGNITY_DOMAIN)
    if _HOME_DOMAIN in keys and _HOME_DOMAIN in table:
        placed = _going_home().sub(r"\g<to> zzz", _AT_HOME.sub(_only_a_place, said))
        if _HOME_DOMAIN not in _real_keys(placed, {_HOME_DOMAIN: table[_HOME_DOMAIN]}):
            keys.remove(_HOME_DOMAIN)
    return keys


# A carer or practitioner says of the person what the person says of themselves: "bathe herself"
# is "bathe myself", "his own place" is "my own place", and notes drop the pronoun ("manage own
# diabetes"). The lexicon's phrases are in the person's own voice.
_REFLEXIVE = re.compile(r"\b(?:himself|herself|themselves|themself|yourself)\b")
_OWN = re.compile(r"(?<!\w)(?:(?:his|her|their|your)\s+)?own\b")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|our|its|on|of|the)\s+$")


# Someone other than the person named in the words: then "herself" may be them.
_SOMEONE_ELSE = re.compile(
    r"(?<![.!?]\s)\b(?!I\b)[A-Z][a-z]+\b|\b(?:wife|husband|partner|mum|mam|mother|dad|father|son|"
    r"daughter|sister|brother|friend|carer|neighbour|wants?\s+(?:him|her|them)\s+to)\b"
)


def _as_first_person(said: str) -> str:
    said = _REFLEXIVE.sub("myself", said)
    return _OWN.sub(
        lambda m: (
            "my own"
            if m.group(0) != "own" or not _POSSESSIVE_BEFORE.search(said[: m.start()])
            else m.group(0)
        ),
        said,
    )


# "Family" named only to say who is not meant ("only contact outside family", "a PA known to the
# family", "a family friend") says nothing of the person's relationships.
_NOT_FAMILY = re.compile(
    r"\b(?:outside|apart\s+from|other\s+than|except|besides|beyond|known\s+to)\s+"
    r"(?:the\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?family\b|\bfamily\s+friends?\b",
    re.I,
)


def _phrases(phrases: list[str]) -> str:
    """A regex alternation of lexicon phrases, longest first, any run of spaces between words."""
    return "|".join(
        r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True)
    )


@cache
def _family_told() -> re.Pattern[str]:
    """The family as a party to a decision or told of it, in a practitioner's note ("DNACPR agreed
    with SU + family", "family aware"): wellbeing_cues.yaml ``family_told_before``/``_after``."""
    cues = lexicon.load("wellbeing_cues")

    with_them = r"(?:(?:the\s+)?(?:su|pt|patient|person|client|him|her|them)\s*(?:\+|&|and)\s*)?"
    whose = r"(?:the\s+|his\s+|her\s+|their\s+)?"
    return re.compile(
        rf"\b(?:{_phrases(cues['family_told_before'])})\s+{with_them}{whose}family\b"
        rf"|\bfamily\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?"
        rf"(?:{_phrases(cues['family_told_after'])})\b",
        re.I,
    )


def _real_keys(said: str, table: dict[str, list[str]]) -> list[str]:
    real = set(lexicon.load("feelings")["not_misspellings"])
    tokens = said.split()
    keys = lexicon.keys(" ".join("zzz" if t in real else t for t in tokens), table)
    for key, phrases in table.items():  # the real words themselves, said exactly ("hopeless")
        if key not in keys and any(_exactly(lexicon.words(str(p)), tokens) for p in phrases
                                   if real & set(lexicon.words(str(p)))):  # fmt: skip
            keys.append(key)
    return keys


# "Frightened of losing the flat", "scared of falling again": a fear of something happening is a
# feeling, not fear of someone ("frightened of him", "frightened of being robbed" still are).
_FEAR_OF_DOING = re.compile(
    r"\b(?P<fear>frightened|scared|afraid|terrified|petrified)\s+of\s+"
    r"(?=(?!being\b|getting\s+(?:hurt|attacked|hit|beaten|robbed|mugged|scammed|conned)\b)"
    r"[a-z]+ing\b)",
    re.I,
)


@cache
def _harm(only_me: bool = False) -> re.Pattern[str]:
    """Harm said in any voice or tense ("the man in flat 2 shouts at me", "her son calls her names",
    "took her benefits"): prompts/lexicon/wellbeing_protection.yaml. With ``only_me``, the harm
    done to "me" alone: from a carer answering for someone, that is the carer."""
    spec = lexicon.load("wellbeing_protection")

    def words(phrase: str) -> str:
        return r"\s+".join(map(re.escape, phrase.split()))

    def one_of(phrases: list[str]) -> str:
        return "|".join(words(p) for p in sorted(phrases, key=len, reverse=True))

    targets = one_of(["me"] if only_me else spec["harm_targets"])
    acts = "|".join(
        words(act).replace(re.escape("{who}"), f"(?:{targets})") for act in spec["harm_acts"]
    )
    if only_me:
        return re.compile(rf"\b(?:{acts})\b", re.I)
    taken = (
        rf"(?:{one_of(spec['money_taken'])})\s+(?:all\s+(?:of\s+)?)?(?:my|his|her|their)\s+"
        rf"(?:[\w'\u2019-]+\s+(?:and\s+(?:my|his|her|their)\s+)?)?(?:{one_of(spec['belongings'])})"
        r"(?!\s+book)"
    )
    things = (
        rf"(?:(?:a|some|more|the|his|her|my|their)\s+)?(?:{one_of(spec['belongings'])}|£\s*\d+)"
    )
    asked = (
        rf"(?<!\bi\s)(?<!\bwe\s)(?:{one_of(spec['ask_verbs'])})\s+(?:{targets})\s+for\s+{things}"
        rf"|(?<!\bi\s)(?<!\bwe\s)(?:{one_of(spec['borrow_verbs'])})\s+{things}\s+(?:off|from)\s+"
        rf"(?:{targets})|{one_of(spec['lent_out'])}"
    )
    return re.compile(rf"\b(?:{acts}|{taken}|{asked})\b", re.I)


# An amount is money: "someone took £40 off him" is money taken, "£600 into my overdraft".
_AMOUNT = re.compile(r"£\s*\d[\d,.]*k?\b|\b\d[\d,.]*\s*(?:quid|pounds?)\b", re.I)


@cache
def _going_home() -> re.Pattern[str]:
    """Coming or getting home ("come straight home", "get him home"): where someone goes, not
    the home itself (wellbeing_cues.yaml ``going_home``)."""
    verbs = sorted(lexicon.load("wellbeing_cues")["going_home"], key=len, reverse=True)
    return re.compile(
        rf"\b(?P<to>(?:{'|'.join(map(re.escape, verbs))})\s+"
        r"(?:(?:me|him|her|them|us|straight|right|early|late)\s+)?)home\b"
    )


def _only_a_place(m: re.Match[str]) -> str:
    before = (m.group("before") or "").strip().lower()
    if before in _STAYING:
        return m.group(0)
    return m.group(0)[: m.start("place") - m.start()] + "zzz"


def _exactly(phrase: list[str], tokens: list[str]) -> bool:
    n = len(phrase)
    return bool(phrase) and any(tokens[i : i + n] == phrase for i in range(len(tokens) - n + 1))


def x_wellbeing(text: str, ctx: Context) -> Extraction:
    """Impacts by domain. From a carer answering for someone, harm done to "me" ("she shouts at
    me when she's frightened") is done to the carer, not to the person the plan is for."""
    close = _close_people(ctx)
    self_ = speaks_for_self(ctx)
    placed: list[tuple[str, list[str]]] = []
    for sentence in _but_turns([_unbracketed(s) for s in _wellbeing_sentences(text)], close):
        label = _LABEL.match(sentence)
        labelled = _label_domains(label.group("label")) if label else []
        if label and labelled:  # the practitioner has already said which domain: "Social: ..."
            sentence = sentence[label.end() :]
        if not self_ and _ANSWERER_OWN.match(sentence):
            continue  # "Me, I'm 63, I've got arthritis": the carer's own, not the person's
        read = sentence if self_ else _harm(only_me=True).sub(" zzz ", sentence)
        placed.append((sentence, labelled or _impact_domains(read, close)))
    impacts: dict[str, list[str]] = {}
    for sentence, keys in _health_runs(placed):
        for key in keys:
            impacts.setdefault(key, []).append(sentence)
    facts = [
        item("wellbeing", {"domain": k, "impact": "; ".join(v)}, span(text, v))
        for k, v in impacts.items()
    ]
    return Extraction(facts, value=list(impacts), unplaced=None if facts else said(text))


# Another speaker's words in brackets, after their name: "(Jodie: about £600 rent arrears)".
_SPEAKER = re.compile(r"^\(\s*(?P<who>[A-Z][a-z]+)\s*:\s*(?P<said>[^()]*?)\s*\)?\W*$")


def _unbracketed(sentence: str) -> str:
    """The words another speaker added in brackets, without the brackets and their name (a
    practitioner's heading in brackets, "(Money: ...)", stays for the heading rule)."""
    m = _SPEAKER.match(sentence)
    if m is None or _label_domains(m.group("who")) or not m.group("said"):
        return sentence
    return m.group("said")


# Someone answering for the person turning to themselves: "Me, I'm 63 ...", "As for me - I'm
# shattered", "Myself, I don't sleep".
_ANSWERER_OWN = re.compile(
    r"^(?:and\s+|but\s+)?(?:as\s+for\s+me|me\s+myself|me|myself)\s*(?:[,:]|\s-\s)", re.I
)


def _health_runs(placed: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """People tell their health in several sentences, and only some of them carry a word we know
    ("Broke my back. Six months in the spinal unit. The GP has referred me for talking therapy"):
    a sentence that names no domain goes on with the health just before it, and sentences that
    name none before the first one that does open it when that one is health ("Honestly, I'm on
    my knees. I've got high blood pressure ..."). Elsewhere it stays unplaced."""
    out = list(placed)
    for i, (sentence, keys) in enumerate(out):
        if not keys and i and _HEALTH_DOMAIN in out[i - 1][1]:
            out[i] = (sentence, [_HEALTH_DOMAIN])
    first = next((i for i, (_, keys) in enumerate(out) if keys), None)
    if first and _HEALTH_DOMAIN in out[first][1]:
        out[:first] = [(sentence, [_HEALTH_DOMAIN]) for sentence, _ in out[:first]]
    return out


def _impact_domains(sentence: str, close: set[str]) -> list[str]:
    """The domains one wellbeing sentence touches. A sentence about being lonely or cut off is
    about the person's social life: the places, people and changes it names are where and why
    ("isolated since he stopped driving, the pub is his only contact apart from Euan"), not more
    domains; its health and family words still count ("lonely and depressed", "since my wife
    died")."""
    sentence = _worry_for(frozenset(close)).sub(" about ", sentence)
    keys = _domains(sentence, close, named_family=False)
    without = _past_event().sub(" ", sentence)
    if without != sentence:  # "lonely since Bill died": the death is when, not a domain
        keys = _domains(without, close, named_family=False) or keys
    if _HEALTH_DOMAIN in keys and set(keys) - {_HEALTH_DOMAIN, _FAMILY_DOMAIN}:
        elsewhere = _CARE_PLACE.sub(" zzz", sentence)  # "misgendered at the GP surgery"
        if elsewhere != sentence and _HEALTH_DOMAIN not in _domains(elsewhere, close, False):
            keys = [k for k in keys if k != _HEALTH_DOMAIN]
    lonely = bool(_keys(sentence, _cues("loneliness")))
    if lonely:
        keys = [k for k in dict.fromkeys([*keys, _SOCIAL_DOMAIN]) if k in _LONELY_KEEPS]
    elif (
        _FAMILY_DOMAIN in keys
        and set(keys) - {_HEALTH_DOMAIN, _FAMILY_DOMAIN}
        and not _keys(sentence, {_FAMILY_DOMAIN: _family_topics()})
        and not _about_them().search(sentence)
    ):
        keys = [k for k in keys if k != _FAMILY_DOMAIN]  # "my uncle sends some": money
    return keys


# A surgery or a hospital as where something else happens: "people misgender me at the GP
# surgery", "the parking at the hospital costs a fortune". Said alone ("in hospital twice") it is
# still health.
_CARE_PLACE = re.compile(
    r"\s+(?:at|in|to|from|outside)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?"
    r"(?:gp['\u2019]?s|gp\s+surgery|gp\s+practice|surgery|doctor['\u2019]?s|doctors|hospital|"
    r"clinic|health\s+centre|pharmacy|chemist['\u2019]?s?)\b",
    re.I,
)


@cache
def _family_topics() -> list[str]:
    """Family phrases that say something of a relationship itself ("married", "we row",
    "passed away"), not only who someone is: the family domain's phrases that are not people
    (strengths_kinds.yaml ``network``) nor wellbeing_cues.yaml ``relatives``."""
    spec = lexicon.load("wellbeing_cues")
    people_words = {*lexicon.load("strengths_kinds")["network"], *spec["relatives"]}
    return [p for p in _table()[_FAMILY_DOMAIN] if p not in people_words]


@cache
def _about_them() -> re.Pattern[str]:
    """A relative as what the sentence is about: missed, not seen, quarrelled with, looked after
    ("I miss my daughter, she moved away for work"): wellbeing_cues.yaml ``about_them``."""
    spec = lexicon.load("wellbeing_cues")
    people_words = [*lexicon.load("strengths_kinds")["network"], *spec["relatives"]]
    return re.compile(
        rf"\b(?:{_phrases(spec['about_them'])})\s+(?:(?:my|his|her|our|their|the)\s+)?"
        rf"(?:{_phrases(people_words)})\b",
        re.I,
    )


@cache
def _worry_for(close: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A worry about someone close ("I worry for Yvonne", "worried about my son"): the feeling is
    what the relationship costs, not the person's own health (wellbeing_cues.yaml
    ``worry_about``). Any other health word in the sentence still counts ("He worries about
    Doreen's health")."""
    spec = lexicon.load("wellbeing_cues")
    people_words = [*lexicon.load("strengths_kinds")["network"], *spec["relatives"]]
    names = "|".join(sorted(map(re.escape, close), key=len, reverse=True))
    whom = (
        rf"(?:(?:my|his|her|our|their|the)\s+)?(?:{_phrases(people_words)})\b"
        rf"|(?:him|her|them|me|us)\b" + (rf"|(?:{names})\b" if names else "")
    )
    return re.compile(
        rf"\b(?:{_phrases(spec['worry_about'])})\s+(?:about|for|over)\s+(?=(?:{whom}))", re.I
    )


@cache
def _past_event() -> re.Pattern[str]:
    """A death or a hospital stay said as when something began (wellbeing_cues.yaml ``deaths``,
    ``stays``): "since my Stan died", "Mother died", "from when she was in hospital"."""
    cues = lexicon.load("wellbeing_cues")

    since = r"\b(?:ever\s+since|since|after|from\s+when|when|while|whilst)\s+"
    who = r"(?:\b(?:my|his|her|their|our|the)\s+)?(?:[\w'\u2019]+\s+){0,2}?"
    stays = _phrases([*cues["stays"], *cues["leavings"]])
    return re.compile(
        rf"(?:{since})?{who}(?:{_phrases(cues['deaths'])})\b|{since}{who}(?:{stays})\b",
        re.I,
    )


_SOCIAL_DOMAIN = "social_and_economic_wellbeing"
_LONELY_KEEPS = frozenset({_SOCIAL_DOMAIN, _HEALTH_DOMAIN, _FAMILY_DOMAIN})


def _cues(name: str) -> dict[str, list[str]]:
    """One list of ``prompts/lexicon/wellbeing_cues.yaml`` as a one-key table for ``_keys``."""
    return {name: list(lexicon.load("wellbeing_cues")[name])}


# A practitioner's heading before a note: "Phys: T2DM poorly controlled", "MH - low since ...",
# "Social: isolated". The heading names the domain; the note after it is the impact.
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /&]{1,24}?)\s*(?::|\s-\s)\s*(?=\S)")
_LABELS = {
    "phys": _HEALTH_DOMAIN, "physical": _HEALTH_DOMAIN, "physically": _HEALTH_DOMAIN,
    "health": _HEALTH_DOMAIN, "physical health": _HEALTH_DOMAIN, "mental health": _HEALTH_DOMAIN,
    "mh": _HEALTH_DOMAIN, "emotional": _HEALTH_DOMAIN, "emotionally": _HEALTH_DOMAIN,
    "mood": _HEALTH_DOMAIN, "psych": _HEALTH_DOMAIN, "emotional wellbeing": _HEALTH_DOMAIN,
    "social": "social_and_economic_wellbeing", "socially": "social_and_economic_wellbeing",
    "finance": "social_and_economic_wellbeing", "finances": "social_and_economic_wellbeing",
    "financial": "social_and_economic_wellbeing", "money": "social_and_economic_wellbeing",
    "housing": _HOME_DOMAIN, "accommodation": _HOME_DOMAIN, "home environment": _HOME_DOMAIN,
    "family": _FAMILY_DOMAIN, "relationships": _FAMILY_DOMAIN,
    "work": "participation_in_work_education_training_recreation",
    "employment": "participation_in_work_education_training_recreation",
    "education": "participation_in_work_education_training_recreation",
    "leisure": "participation_in_work_education_training_recreation",
    "safety": "protection_from_abuse_and_neglect",
    "safeguarding": "protection_from_abuse_and_neglect",
    "dignity": "personal_dignity", "control": "control_over_day_to_day_life",
    "independence": "control_over_day_to_day_life",
}  # fmt: skip


def _label_domains(label: str) -> list[str]:
    """Domains a heading names: one heading or two joined ("Physical/mental health", "Social &
    financial"); a heading that is not one of them names none."""
    parts = [p.strip().lower() for p in re.split(r"\s*(?:/|&|\band\b)\s*", label)]
    found = [_LABELS.get(p) for p in parts if p]
    if not found or None in found:
        return []
    return list(dict.fromkeys(k for k in found if k))


def _wellbeing_sentences(text: str) -> list[str]:
    """Sentences, each whole: "but" and a semicolon inside a sentence do not cut it ("Money is OK
    but the top-up is eating into my savings", "Had to stop work in June; now on ESA"), as every
    independent writer recorded them. Notes with no full stop, only semicolons, are one a note,
    and so is a practitioner's heading after a semicolon ("...; Social: isolated")."""
    whole = text.strip()
    parts: list[str] = []
    sentences = _sentences(whole)
    for sentence in sentences:
        cuts = [0]
        for semi in re.finditer(r";\s*", sentence):
            label = _LABEL.match(sentence[semi.end() :])
            if len(sentences) < 2 or (label and _label_domains(label.group("label"))):
                cuts.append(semi.end())
        parts += [sentence[a:b] for a, b in zip(cuts, [*cuts[1:], len(sentence)], strict=True)]
    return [c for c in (text_.clean(p) for p in parts) if c]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(whole: str) -> list[str]:
    """Sentences, not cut after a short form's full stop (wellbeing_cues.yaml ``short_forms``):
    "Widower (wife Margaret d. 2019)", "approx. 3 falls", "seen by Dr. Shah"."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(whole):
        if m.group(0).strip(" \t") == "" and _short_form(
            whole[start : m.start()], whole[m.end() :]
        ):
            continue
        out.append(whole[start : m.start()])
        start = m.end()
    return [*out, whole[start:]]


def _short_form(before: str, after: str) -> bool:
    """The full stop ending ``before`` closes a short form, not a sentence: a title before a name,
    or another short form before a number or a word in lower case."""
    cues = lexicon.load("wellbeing_cues")
    last = re.search(r"(?:^|[\s(\[/])([A-Za-z][A-Za-z.]{0,6})\.$", before)
    if last is None:
        return False
    word = last.group(1).lower()
    if word in cues["short_form_titles"]:
        return True
    return word in cues["short_forms"] and re.match(r"[0-9a-z~(£]", after) is not None


def _but_turns(sentences: list[str], close: set[str]) -> list[str]:
    """A sentence stays whole across "but" ("Money is OK but the top-up is eating my savings",
    "I'm walking with the frame now but I'm nervous", "Work is OK but my boss worries about my
    safety"), unless what comes before it names a domain and what comes after turns to another
    one of its own, not just a feeling: "The flat is fine but I'm so lonely" is two impacts."""
    out: list[str] = []
    for sentence in sentences:
        pieces = _BUT.split(sentence)
        kept = [pieces[0]]
        for piece in pieces[1:]:
            before = set(_impact_domains(kept[-1], close))
            after = set(_impact_domains(piece, close)) - before
            if before and after and not (after == {_HEALTH_DOMAIN} and _feeling_only(piece)):
                kept.append(piece)
            else:
                kept[-1] = span(sentence, [kept[-1], piece])
        out += [c for c in (text_.clean(k) for k in kept) if c]
    return out


_BUT = re.compile(r"\s+but\s+", re.I)


def _feeling_only(text: str, table: dict[str, list[str]] | None = None) -> bool:
    """Health named only by a feeling ("worries", "nervous"), no condition or symptom."""
    feelings = set(lexicon.load("feelings")["feelings"])
    plain = [p for p in (table or _table())[_HEALTH_DOMAIN] if p not in feelings]
    return not _keys(text, {_HEALTH_DOMAIN: plain})


@cache
def _kind_words(name: str) -> re.Pattern[str]:
    """One list of prompts/lexicon/strengths_kinds.yaml as a whole-word pattern."""
    phrases = sorted(lexicon.load("strengths_kinds")[name], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, str(p).split())) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


# ... doing something for the person ("the neighbours look out for me", "my family are
# brilliant"), described as support ("strong family support"), or had by them ("I've got good mates").
_STANDS_BY = re.compile(
    r"\b(?:support\w*|help\w*|look(?:s|ing)?\s+out|keeps?\s+an\s+eye|rally|rallies|there\s+for|"
    r"pops?\s+in|visits?|involved|always\s+there|on\s+hand|"
    r"(?:is|are|'re)\s+(?:\w+\s+)?(?:good|great|lovely|brilliant|close|"
    r"wonderful|amazing|fantastic|close\s+by|nearby))\b",
    re.I,
)
_HAS = re.compile(
    r"^(?:and\s+)?(?:i|we)\s+(?:have|got|have\s+got)\b|^(?:and\s+)?(?:i've|ive|we've|weve)\b", re.I
)
# The person's own: a sentence about themselves ("I'm always on time"), or their faith.
# Short or typed in a hurry, the "I" is dropped: "Know how to work the nebuliser", "Can cook",
# "Do my own tablets". Faith is the person's own in any voice: "very strong in her faith".
_PERSONAL = re.compile(
    r"^(?:i|i'm|im|i've|ive|i'd|i am)\b|^(?:my|his|her|their)\s+(?:faith|belief)\b|"
    r"^(?:still\s+)?(?:know|can|do|manage|cook|read|drive|grow|love|enjoy|make)\s+(?!not\b|n't)"
    r"|^.*?\bstrong\s+(?:in\s+(?:my|his|her|their)\s+)?faith\b",
    re.I,
)
# A carer or a practitioner says the same of the person: "He's still very able", "She can cook",
# "Knows his own mind", "Has kept the dog well fed".
_THEIR_PERSONAL = re.compile(
    r"^(?:he|she|he's|she's|hes|shes)\b|^(?:still\s+|always\s+)?(?:knows|has|can|cooks|does|"
    r"manages|reads|drives|grows|loves|enjoys|makes|keeps|looks\s+after|takes|walks|plays|likes|"
    r"remembers|understands|copes|speaks|is)\s",
    re.I,
)
# Words said of something other than the person: "the appointments", "all the bills", "her tablets".
_NOT_A_TRAIT = re.compile(
    r"^(?:the|all|some|any|this|that|these|those|his|her|their|our|its|your|they|they're|it|"
    r"it's|there|nothing|none|no|not)\b",
    re.I,
)
# A weakness is no strength of any kind: "Can't walk far", "doesn't sleep".
_WEAKNESS = re.compile(
    r"\b(?:can['\u2019]?t|cannot|can\s+not|unable|struggles?|doesn['\u2019]?t|don['\u2019]?t|"
    r"won['\u2019]?t|isn['\u2019]?t|not|never|no\s+longer)\b",
    re.I,
)


def _strength_kind(phrase: str, own: bool = True) -> str | None:
    """community, network or personal, from what the words say (prompts/lexicon/
    strengths_kinds.yaml). The strength itself decides, not what is said to show it after a dash
    or a clause of its own ("I'm good with people - I ran a team of twelve", "He knows his
    condition inside out, he corrects the junior doctors" are the person's own). A trait said
    bare ("Hard working", "Brilliant with people", "Excellent with Bracken") or in a carer's or
    practitioner's voice ("He's still very able") is the person's own; the people the words are
    about ("My mates from the football club", "our choir friends", "my nan") are their network,
    wherever they met; a group, a place or a professional is community ("a big church family");
    a weakness, a name alone, or words about something else ("the appointments") get no kind.
    Someone answering for the person naming themselves ("me, I know her inside out") or the
    household ("us, her family") is their network; so is a group said as "the dog lot"."""
    said = phrase.replace("\u2019", "'").replace(" + ", " and ").strip()
    us = _US.match(said)
    if us and (us.group("who").lower() in ("us", "ourselves") or not own):
        return "network"
    if us and said[us.end() :].strip():  # the person's own "Me, I'm a fighter"
        said = said[us.end() :].strip()
    head = _head(said)
    if _A_LOT_OF_THEM.search(head):
        return "community"
    group = _kind_words("community").search(head)  # "Drama group - they're like a family"
    if _LIKE_FAMILY.search(said) and not (_WEAKNESS.search(said) or group):
        return "network"  # "Maxine and her family, they're like a second family to her"
    if _kind_words("community_phrases").search(head):
        return "community"
    if _TRAIT_WITH.match(head):
        return "personal"
    if _their_people(head) and not (
        _WEAKNESS.search(said) or _NOT_PEOPLE.search(said) or _turned_away(said)
    ):
        return "network"
    if _kind_words("community").search(head):
        return "community"
    if _quality(head) or (_kind_words("bonds").search(head) and not _WEAKNESS.search(head)):
        return "personal" if _quality(head) else "network"
    if _kind_words("network").search(said):
        kept_up = _kind_words("in_touch").search(head) or _STANDS_BY.search(said)
        if _turned_away(said):
            kept_up = None  # "my son never visits", "my brother doesn't speak to me"
        if _HAS.match(said) or (kept_up and not (_PERSONAL.match(said) and not _in_touch(head))):
            return "network"
        if _PERSONAL.match(said) or _THEIR_PERSONAL.match(said) or _bare_trait(said):
            return "personal"  # "I look after my grandson", "good with children", "a good mum"
        return "network" if _only_people(said) else None
    if _PERSONAL.match(said):
        return "personal"
    if _kind_words("professional").search(head):
        return "community"
    if _THEIR_PERSONAL.match(said) and not _WEAKNESS.search(head):
        return "personal"
    return "personal" if _bare_trait(head) else None


# "me, I know her inside out", "And us, her family": the answerer or the household, set off.
_US = re.compile(r"^(?:and\s+)?(?P<who>me|us|myself|ourselves)\b\s*(?:[,:]|\s-\s|$)", re.I)
# Someone said to be as good as family: "like a second family to her", "she's like a sister".
_LIKE_FAMILY = re.compile(
    r"\blike\s+(?:a\s+|part\s+of\s+the\s+)?(?:second\s+|real\s+)?(?:family|sister|brother|"
    r"mum|mother|dad|father|daughter|son|grandma|nan|gran|granddaughter|grandson)\b",
    re.I,
)
# A group called by what its people do: "the dog lot at the park", "the church lot".
_A_LOT_OF_THEM = re.compile(r"\bthe\s+(?:[\w'-]+\s+){1,2}lot\b", re.I)


def _in_touch(head: str) -> bool:
    return bool(_kind_words("in_touch").search(head))


def _quality(head: str) -> bool:
    """A quality said as someone's: "Her sense of humour", "His patience", "my determination"
    (strengths_kinds.yaml ``qualities``), not "her tablets" or "Her memory's not what it was"."""
    own = re.match(r"^(?:and\s+)?(?:my|his|her|their)\s+", head, re.I)
    if not own or _WEAKNESS.search(head):
        return False
    found = _kind_words("qualities").search(head, own.end())
    return found is not None and len(head[own.end() : found.start()].split()) <= 2


@cache
def _no_help() -> re.Pattern[str]:
    """Family or friends said to be out of touch or no help (network_words.yaml ``out_of_touch``;
    a "no" word before a verb of contact or help)."""
    spec = lexicon.load("network_words")

    def one_of(phrases: list[str]) -> str:
        return "|".join(
            r"\s+".join(re.escape(w).replace("'", "'?") for w in str(p).split())
            for p in sorted(phrases, key=len, reverse=True)
        )

    no, verbs = one_of(spec["out_of_touch_no"]), one_of(spec["out_of_touch_verbs"])
    return re.compile(
        rf"\b(?:{one_of(spec['out_of_touch'])})\b|\b(?:{no})\s+(?:\w+\s+)?(?:{verbs}|support\w*|"
        r"pops?\s+in|keeps?\s+an\s+eye|look(?:s|ing)?\s+out|rings?|calls?|phones?)\b",
        re.I,
    )


def _turned_away(said: str) -> bool:
    return bool(_no_help().search(said.replace("\u2019", "'")))


def _head(said: str) -> str:
    """The strength before what shows it: before a spaced dash, or before a clause with its own
    subject after a comma ("I'm organised, I do all mum's meds")."""
    dash = _DASH.search(said)
    head = said[: dash.start()] if dash else said
    shown = _SHOWN.search(head)
    head = head[: shown.start()] if shown else head
    return head.strip() or said


_SHOWN = re.compile(r",\s*(?=(?:i|he|she|we|they)(?:['\u2019]\w+)?\s)", re.I)
# A skill or a bond said bare: "Excellent with Bracken", "v attached to Bonnie", "great at maths".
_TRAIT_WITH = re.compile(
    r"^(?:(?:very|really|so|v|extremely|quite|still|always)\s+)*(?:good|great|brilliant|"
    r"excellent|fantastic|amazing|wonderful|patient|gentle|kind|lovely|marvellous|attached|"
    r"devoted)\s+(?:with|at|to)\b",
    re.I,
)


def _their_people(head: str) -> bool:
    """The strength is the person's people: "My mates from the football club", "His pals at the
    Royal Oak", "Our choir friends", "my nan"."""
    for between in range(3):  # "my nan", "our choir friends", "my two lovely sons"
        own = re.match(
            rf"^(?:and\s+)?(?:my|his|her|their|our)\s+(?:[\w'-]+\s+){{{between}}}", head, re.I
        )
        if own and _kind_words("network").match(head, own.end()):
            return True
    return False


def _only_people(said: str) -> bool:
    """Words that name family or friends and say nothing against them: "My daughter Funmi", "my
    brother Kwame who can fix anything", "Mum and my sister Jo"."""
    found = people.mentions(said)
    return (
        bool(found)
        and found[0].start == 0
        and found[0].role in ("family", "friend")
        and not _WEAKNESS.search(said)
        and not _NOT_PEOPLE.search(said)
        and not _turned_away(said)
    )


# Who the family are not, or what they cannot do: "my son, who lives in Australia" is no help.
_NOT_PEOPLE = re.compile(
    r"\b(?:lives?\s+(?:abroad|away|in\s+australia|miles)|far\s+away|died|passed)\b", re.I
)


def _bare_trait(said: str) -> bool:
    """A quality said without a subject: "Hard working", "Good sense of humour", "Ex-roofer"."""
    words = lexicon.words(said)
    return (
        bool(words)
        and not _NOT_A_TRAIT.match(said)
        and not _WEAKNESS.search(said)
        and not (_NAME_ALONE.match(said) and not _TRAIT_WORD.match(said))
        and not any(m.start > 0 or m.relationship for m in people.mentions(said))
    )


# One capitalised word is a name ("Tom"), unless it is shaped like a quality ("Stubborn",
# "Determined", "Patient", "Resourceful").
_TRAIT_WORD = re.compile(r"^[A-Z][a-z]{3,}(?:ous|ful|ive|ble|ent|ant|ing|ed|ic|orn|ish|est)$")


def x_strengths(text: str, ctx: Context) -> Extraction:
    if refuses(text):
        return declined(text)
    facts = []
    own = speaks_for_self(ctx)
    pets = _known_pets(ctx)
    for phrase, _ in _pieces(text, evidence=True):
        kind = _strength_kind(_unbracketed(phrase), own)
        if kind is None and pets & {w.removesuffix("'s") for w in lexicon.words(phrase)}:
            kind = "personal"  # "strong bond with Meg": the person's own, with their dog
        value = {"id": ctx.new_id("strengths"), "description": phrase, "kind": kind}
        facts.append(item("strengths", value, phrase))
    return Extraction(facts, value=len(facts))
