"""The person's network (who helps, with what and when) and their unpaid carers: who cares for
them, with a carer's own "me", and whom a carer cares for."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from service.conversation import lexicon
from service.conversation import understand_people as people
from service.conversation import understand_text as text_
from service.conversation.answer_people import (
    answer_mentions,
    enrich,
    is_person,
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
    nobody = is_nobody(text) and not me_mentions(text, ctx)  # a carer's "just me" is the carer
    facts: list[Applied] = []
    seen: dict[str, Applied] = {}
    for m, after, sentence, joined in _clauses(text, ctx):
        if m.name or m.relationship:
            extra = {"helps_with": _help(after, m, joined), "when": _when(sentence)}
            if (
                extra["when"]
                and (tasks := _help(after, m, joined, keep=True))
                and _own_times(tasks)
            ):
                # "does the cooking most nights, drives me ...": each time is of its task
                extra = {"helps_with": tasks, "when": _when_outside(sentence, tasks)}
            again = _seen(seen, m.name) if m.name else _seen_as(facts, m)
            if again is not None:  # "Mary and Jane. Jane rings me": one Jane, with what she does
                help, before = extra.pop("helps_with"), again.value.get("helps_with")
                if help and before and help.lower() not in before.lower():
                    again.value["helps_with"] = f"{before}, {help}"  # "..., and Viv sits with me"
                elif help:
                    extra["helps_with"] = help
                elif not m.name:  # "so Mum gets a break at weekends": not when Mum helps
                    continue
                again.value.update({k: v for k, v in extra.items() if v and k not in again.value})
                continue
            facts.append(person_item(m, ctx, "network", **extra))
            seen[(m.name or "").lower()] = facts[-1]
    if nobody:  # "Nobody really. My neighbour Pat checks on me": only who is said to help
        facts = [f for f in facts if f.value.get("helps_with")]
        if not facts:
            return Extraction(value=False)
    return Extraction(facts, value=bool(facts), unplaced=None if facts else said(text))


# "dev stays fri and sat": a word opening a sentence, then a verb as said of someone
_OPENING_WORD = re.compile(r"(?:^|[.;!?\n]\s*)([a-z][a-z'-]+)(?=\s+([a-z]+)\b)")


def _known_lower_case(text: str, found: list[people.Mention], ctx: Context) -> list[people.Mention]:
    """ "dev stays fri and sat and helps me get ready for bed" after "my boyfriend dev" earlier: a
    name typed in lower case is someone only when it opens a sentence before a verb of helping
    said of someone ("stays", "helps") and was said earlier with who they are."""
    out = []
    for hit in _OPENING_WORD.finditer(text):
        if hit[2] not in _help_verbs() or not hit[2].endswith(("s", "ed")):
            continue
        if any(m.start <= hit.start(1) < m.end for m in found) or hit[1] in _NOT_NAMES:
            continue
        said = people.Mention(hit[1].capitalize(), None, None, hit[1], hit.start(1), hit.end(1))
        if not people.could_be_name(said.name or ""):
            continue
        known = enrich([said], ctx)[0]
        if known.relationship:
            out.append(replace(known, quote=hit[1], start=hit.start(1), end=hit.end(1)))
    return out


_NOT_NAMES = frozenset(
    {"she", "he", "they", "it", "we", "i", "you", "who", "that", "this", "there"}
)


def _seen_as(facts: list[Applied], m: people.Mention) -> Applied | None:
    """ "Mum - Sandra - does everything ... so Mum gets a break": an unnamed relative said again
    is the one person of this answer already listed with that relationship."""
    same = [f for f in facts if m.relationship and f.value.get("relationship") == m.relationship]
    return same[0] if len(same) == 1 else None


@cache
def _out_of_touch_words() -> re.Pattern[str]:
    """ "Ex-wife - no contact", "my dad doesnt help", "never visits" (``network_words``)."""
    words = lexicon.load("network_words")
    alone = "|".join(_said(p) for p in words["out_of_touch"])
    no = "|".join(_said(p) for p in words["out_of_touch_no"])
    verbs = "|".join(_said(p) for p in words["out_of_touch_verbs"])
    return re.compile(rf"(?<![\w'])(?:{alone}|(?:{no})\s+(?:{verbs}))(?![\w'])", re.I)


def _said(phrase: str) -> str:
    """A phrase as a pattern: any spaces between words, "doesn't" also "doesnt" and "doesn’t"."""
    return r"\s+".join(re.escape(w).replace("'", "['\u2019]?") for w in phrase.split())


def _out_of_touch(text: str, m: people.Mention, found: list[people.Mention]) -> bool:
    """ "Ex-wife and adult daughter not in contact", "my dad doesnt help, hes not around": people
    said to be out of touch are no help. Only their own words count: from the last comma or "but"
    before them to the sentence's end or the next person not joined to them by "and" ("Jo does
    my shopping but Dave never visits"). Someone said just after "not" ("Not her mum", "my
    sister helps, not my brother") is said not to be one of them."""
    if _NOT_THEM.search(text[: m.start]):
        return True
    stop = re.search(r"[.;!?\n]", text[m.end :])
    end = m.end + stop.start() if stop else len(text)
    starts = [0, *(s.end() for s in re.finditer(r"[.;!?\n]", text[: m.start]))]
    start = max(starts)
    ordered = sorted(found, key=lambda o: o.start)
    prev = m
    for o in ordered:  # the people after them, while joined by "and"
        if o.start < m.end or o.start >= end:
            continue
        if not _JOINED_LOOSE.fullmatch(text[prev.end : o.start]):
            end = o.start
            break
        prev = o
    nxt = m
    for o in reversed(ordered):  # and before them
        if o.end > m.start or o.end <= start:
            continue
        if not _JOINED_LOOSE.fullmatch(text[o.end : nxt.start]):
            start = o.end
            break
        nxt = o
    cut = list(re.finditer(r",|\bbut\b|\bwhile\b|\bwhereas\b", text[start : nxt.start], re.I))
    start += cut[-1].end() if cut else 0
    # not what is said after "if": "lets the council know if she hasn't seen him"
    return any(
        not re.search(
            r"\b(?:if|when|whenever|unless|whether|in case)\b", text[start : hit.start()], re.I
        )
        for hit in _out_of_touch_words().finditer(text[start:end])
    )


# "Not her mum", "Jo does my shopping, not my dad", "but never my brother": "not" opening a
# sentence or a part of it, just before someone ("if not my daughter then Jo" is not this)
_NOT_THEM = re.compile(r"(?:^|[.;,!?\n(]|\b(?:but|and|or)\b)\s*(?:not|never|nor)\s+$", re.I)
# "Ex-wife and adult daughter": joined by "and", with up to two words of their own between
_JOINED_LOOSE = re.compile(r",?\s*(?:and|&|n)\s+(?:[\w'-]+\s+){0,2}", re.I)


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


def _clauses(text: str, ctx: Context) -> list[tuple[people.Mention, str, str, bool]]:
    """Each person with the words after their mention up to the next person's (or the sentence's
    end): what they do is read from those words, and when from the mention and those words. The
    last item says whether they are one of people joined by "and", who share what follows."""
    said_people = [to_the_person(m, ctx) for m in people.mentions(text)]
    said_people += _known_lower_case(text, said_people, ctx)
    said_people = _from_where(text, _bracketed(text, _whose_kin(text, said_people)))
    said_people = _the_role(text, said_people)
    said_people += [
        me
        for me in [*me_mentions(text, ctx), *_i_help(text, ctx)]
        if not any(m.start <= me.start < m.end for m in said_people)
    ]
    said_people = _theirs(sorted(said_people, key=lambda m: m.start))
    # "he rings mum on Sundays", "walks Bonnie", "sits with Tobi": someone just after a verb of
    # helping is whom the help is for, not another helper
    said_people = [
        m
        for m in said_people
        if not _helped(text, m) and not _whose(text, m) and not _place(text, m)
    ]
    said_people = _who_they_are(text, said_people)
    # "Viv sits with me if Alan has to go out": someone said after "if" is the condition of
    # another's help, not a helper with a clause of their own; people out of touch are no help
    # but still end the words of the person before them
    gone = [m for m in said_people if _out_of_touch(text, m, said_people)]
    said_people = [m for m in said_people if not _in_condition(text, m) and m not in gone]
    said_people = [m for m in said_people if not is_person(m, ctx)]
    found = _friends_from(text, [m for m in enrich(said_people, ctx) if not _cared_for(m, ctx)])
    bounds = sorted({m.start for m in found} | {m.start for m in gone})
    out = []
    for m in found:
        end = min((b for b in bounds if b >= m.end), default=len(text))
        after = text[m.end : end]
        stop = _SENTENCE_END.search(after)
        if stop and (more := _next_sentence(text, m, m.end + stop.start(), end, bounds)):
            after = f"{after[: stop.start()]}, {more}"
        elif stop and (
            more := _fragment(text, m, m.end + stop.start(), end, after[: stop.start()])
        ):
            after = more
        else:
            after = after[: stop.start()] if stop else after
        out.append((m, after, m.quote + after, False))
    # "Her dad Karim and her brother Imran help at weekends": people joined by "and" with
    # nothing of their own share what is said after the last of them ("my sister Jo and my mate
    # Kev, he drives" leaves who drives unclear: only "they" is said of both)
    for i in range(len(out) - 2, -1, -1):
        m, after, _, _ = out[i]
        nxt, next_after, next_sentence, _ = out[i + 1]
        if nxt.start == m.end + len(after) and _JOINED.fullmatch(after):
            out[i] = (m, next_after, m.quote + next_after, True)
            out[i + 1] = (nxt, next_after, next_sentence, True)
    return out


# Where a sentence ends: not the point of a number ("Low Garth (0.5 mile)")
_SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)")
# "My mum Brenda. She cooks me dinner": a sentence opening with "she" or "he"
_SHE_OR_HE = re.compile(r"[.;!?\n]+\s*((?:she|he)(?:['\u2019](?:s|d|ll)\b)?\b[^.;!?\n]*)", re.I)


def _next_sentence(
    text: str, m: people.Mention, stop: int, end: int, bounds: list[int]
) -> str | None:
    """ "My mum Brenda. She cooks me dinner on sunday", "Our Tom lives in Leeds. He rings me":
    the next sentence goes on about someone when it opens with "she" or "he", they can be them,
    and they are the only person of their own sentence; up to the next person said in it."""
    hit = _SHE_OR_HE.match(text, stop)
    if hit is None or hit.start(1) >= end:
        return None
    opened = max([0, *(h.end() for h in re.finditer(r"[.;!?\n]", text[: m.start]))])
    if any(opened <= b < stop and b != m.start for b in bounds):
        return None  # "My mum and my aunt Jo. She ..." : whose is unclear
    pronoun = re.split(r"\W", hit[1].lower())[0]
    if not _fits(pronoun, m):
        return None
    said = text[hit.start(1) : min(hit.end(1), end)].rstrip(" ,")
    return said[:1].lower() + said[1:]  # "does my shopping, she also rings me"


# Words that may go with a time said alone ("About every two weeks.", "Usually Sundays.")
_WITH_A_TIME = frozenset(
    {"about", "around", "roughly", "approx", "approximately", "usually", "normally", "mostly",
     "maybe", "probably", "at", "least", "or", "so", "and", "&", "n", "also", "too"}
)  # fmt: skip
# The next sentence: up to the next sentence's end
_A_SENTENCE = re.compile(r"[.;!?\n]+\s*([^.;!?\n]*?)\s*(?=[.;!?\n]|$)")


def _fragment(text: str, m: people.Mention, stop: int, end: int, said: str) -> str | None:
    """A note's next sentence with no one in it goes on about whoever was just said: a time alone
    ("Josh, her PA. Every two weeks.", "My son Dan. Weekends.") says when they help; a few words
    of tasks after someone with nothing else said of them ("Denise, her old foster carer. Sunday
    tea and texts.") say what they do, as after a dash. Not a sentence that says what someone is
    like or where they are ("Lovely lad.", "Lives in Leeds.": ``not_help_openers``)."""
    hit = _A_SENTENCE.match(text, stop)
    if hit is None or not hit[1] or hit.end(1) > end:
        return None
    frag = hit[1]
    words = lexicon.words(frag)
    if not words or words[0] in ("she", "he", "they", "i", "we", "you", "it"):
        return None
    if _when(frag) and all(w in _WITH_A_TIME for w in lexicon.words(_without_when(frag))):
        return f"{said}, {frag}"
    if (re.sub(r"[\W_]+", "", said) or len(words) > 6 or words[0] in _not_openers()
            or re.search(r"\b(?:is|are|was|were|be|been|not|no)\b|\d", frag, re.I)):  # fmt: skip
        return None
    if not any(w in _help_verbs() or _doing(w) for w in words):
        return None  # "My son Tom. Useless."
    return f"{said} - {frag}"


def _doing(word: str) -> bool:
    """ "shopping", "cooking", "driving": a verb of helping said as a task."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    verbs = _help_verbs()
    return stem in verbs or f"{stem}e" in verbs or (stem[-1] == stem[-2] and stem[:-1] in verbs)


_CONDITION = frozenset(
    {"if", "when", "whenever", "unless", "while", "whilst", "because", "cos", "till", "until"}
)
_JOINED = re.compile(r",?\s*(?:and|&|n)\s+(?:(?:my|his|her|their|our|the)\s+)?", re.I)
# "Sahra is her daughter", "Liam, who is her grandson": who someone is to the person
_IS_THEIRS = re.compile(r"^\S+,?\s+(?:who\s+is|who['\u2019]s|is)\s+(?:her|his|their)\s", re.I)


def _theirs(found: list[people.Mention]) -> list[people.Mention]:
    """ "my mum Sahra is her daughter", said by a granddaughter: someone said again at once as who
    they are to the person ("her", "his") is that to the person, whoever is speaking."""
    out: list[people.Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and m.name and prev.name == m.name and m.relationship
                and "'s " not in (prev.relationship or "")  # "Dad's friend Ray is his mate"
                and m.start < prev.end and _IS_THEIRS.match(m.quote)):  # fmt: skip
            out[-1] = replace(prev, relationship=m.relationship, role=m.role,
                              quote=f"{prev.quote}{m.quote[prev.end - m.start :]}", end=m.end)  # fmt: skip
            continue
        out.append(m)
    return out


# "rings mum", "sits with Tobi", "takes her to the GP", "goes with me to my nurse": a verb of
# helping, then maybe whom ("her", "with me"), then maybe "to", "with", "for" or "after"
_OBJECT_AFTER = re.compile(
    r"([A-Za-z'\u2019]+)\s+(?:(?:(?:with\s+)?(?:me|her|him|them|us|pt)\s+)?(?:with|for|to|after)\s+"
    r"(?:(?:my|his|her|their|our)\s+)?)?$",
    re.I,
)
_SUBJECTS_OF_MINE = frozenset({"i", "we", "i've", "we've", "i'd", "we'd", "i'll", "we'll", "you"})


def _helped(text: str, m: people.Mention) -> bool:
    """ "rings mum", "walks Bonnie", "takes Josh swimming", "sits with Tobi", "takes her to the
    GP": said just after a verb of helping said of someone, they are whom the help is for or where
    it takes them. Not after "I" or "we": "I see
    my friend Jo" and "we have my son Tom" name people of the network."""
    hit = _OBJECT_AFTER.search(text[: m.start])
    if hit is None or hit[1].lower().replace("\u2019", "'") not in _help_verbs():
        return False
    subject = lexicon.words(text[: hit.start()])[-1:]
    return not subject or subject[0] not in _SUBJECTS_OF_MINE


# "... and is her care coordinator", "Tom is a carer at Asda": said after "is", who someone is
_IS_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|being|as)\s+(?:(?:also|now|still)\s+)?(?:(?:a|an|the)\s+)?$", re.I
)


def _who_they_are(text: str, found: list[people.Mention]) -> list[people.Mention]:
    """ "Gareth gives her the depot and is her care coordinator": a relationship said after "is"
    of the person before it in the same sentence is who they are (theirs when they had none
    said), not another person; "a carer" in "my son Tom is a carer at Asda" is his work."""
    out: list[people.Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is None or m.name or not m.relationship
                or not _IS_BEFORE.search(text[: m.start])
                or re.search(r"[.;!?\n]", text[prev.end : m.start])):  # fmt: skip
            out.append(m)
            continue
        if not prev.relationship and m.quote.lower().startswith(_POSSESSIVES):
            out[-1] = replace(prev, relationship=m.relationship, role=m.role)
    return out


_POSSESSIVES = ("my ", "his ", "her ", "their ", "our ")


# "farms the land at Low Garth", "lives in Bishop Auckland": just after "at", "in" or "near"
_AT_PLACE = re.compile(r"\b(?:at|in|near)\s+$")


# "lives Birmingham", "based Leeds", "rings every day from Galway": where someone lives, or
# where a verb of keeping in touch is said from (with up to four words of when between)
_LIVES_PLACE = re.compile(r"\b(?:live|lives|living|lived|based|moved)\s+(?:to\s+|out\s+)?$", re.I)
# "Sister Lorraine Marsh (Hull)", "Femi Adebayo (Northgate Housing)": a name alone in brackets
# just after a named person is where they are or whom they work for
_ALONE_IN_BRACKETS = re.compile(r"[\w.'\u2019]\s*\(\s*$")


def _place(text: str, m: people.Mention) -> bool:
    """ "farms adjoining land at Low Garth", "a flat in Abbey Hey", "live Birmingham", "rings
    every day from Galway", "Lorraine Marsh (Hull)": a name with nothing else said of who it is,
    just after "at", "in", "near", a word of living, a verb of keeping in touch and "from", or
    alone in brackets after a named person, is where, not someone."""
    if not m.name or m.relationship:
        return False
    before = text[: m.start]
    if _AT_PLACE.search(before) or _LIVES_PLACE.search(before):
        return True
    if _from_after_keeping_in_touch().search(before):
        return True
    return bool(_ALONE_IN_BRACKETS.search(before)) and bool(re.match(r"\s*\)", text[m.end :]))


@cache
def _from_after_keeping_in_touch() -> re.Pattern[str]:
    verbs = "|".join(sorted(_forms(lexicon.load("network_words")["where_from_verbs"]), key=len,
                            reverse=True))  # fmt: skip
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w'-]+\s+){{0,4}}?(?:from)\s+$", re.I)


def _whose(text: str, m: people.Mention) -> bool:
    """ "keeps an eye out and is Halina's back-up": a name said as whose something is, after "is"
    or "as", is not another person of the answer."""
    return (
        bool(m.name)
        and not m.relationship
        and bool(re.search(r"['\u2019]s$", m.quote))
        and bool(re.search(r"\b(?:is|was|are|were|be|as)\s+$", text[: m.start], re.I))
    )


def _cared_for(m: people.Mention, ctx: Context) -> bool:
    """In a carer's own plan, the person they care for is not one of their helpers ("mums friend
    tracey sits with mum")."""
    cared = ctx.plan.get("cared_for") or {}
    name = str(cared.get("name") or "").lower()
    if not name or ctx.plan_type != "carer_support":
        return False
    if m.name:
        return m.name.lower() in (name, name.split(" ")[0])
    return bool(m.relationship) and m.relationship == cared.get("relationship")


def _whose_kin(text: str, found: list[people.Mention]) -> list[people.Mention]:
    """ "mums MS nurse, Jo": an unnamed relative said as whose (a possessive) just before another
    relationship is whose that is ("mum's MS nurse"), not a person of the answer."""
    out: list[people.Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        word = prev.quote.split()[-1].lower().replace("\u2019", "'") if prev else ""
        owner = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s") else ""
        if (prev is not None and not prev.name and prev.relationship and m.relationship
                and owner in people.relationship_words()
                and not text[prev.end : m.start].strip()
                and not m.quote.lower().startswith(("my ", "his ", "her ", "our ", "their "))):  # fmt: skip
            rel = f"{owner}'s {m.relationship}"
            out[-1] = replace(m, relationship=rel, quote=text[prev.start : m.end], start=prev.start)
            continue
        out.append(m)
    return out


# "Sian Prowse (HDA specialist adviser)", "Jade (dtr, 24)": who someone is, in brackets after them
_BRACKET_OPEN = re.compile(r"\s*\(\s*((?:[\w&'-]+\s+){0,3}?)$")


def _bracketed(text: str, found: list[people.Mention]) -> list[people.Mention]:
    out: list[people.Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        inside = _BRACKET_OPEN.match(text[prev.end : m.start]) if prev else None
        close = text.find(")", m.end)
        if (prev is not None and inside and prev.name and not prev.relationship
                and m.relationship and not m.name and close >= 0
                and "(" not in text[m.end : close] and len(text[m.end : close].split()) <= 4):  # fmt: skip
            said_before = [w for w in inside[1].split() if w.lower() not in _OWNER_WORDS]
            rel = " ".join([*said_before, m.relationship])
            out[-1] = replace(prev, relationship=rel, role=m.role, quote=text[prev.start : close + 1],
                              end=close + 1)  # fmt: skip
            continue
        out.append(m)
    return out


_FROM = re.compile(r"\s+(?:from|at)\s+(?:the\s+)?", re.I)


def _from_where(text: str, found: list[people.Mention]) -> list[people.Mention]:
    """ "Dot from next door", "Ray from across the road": where someone lives said as who they are
    (a neighbour), not a second person."""
    out: list[people.Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.name and not prev.relationship and not m.name
                and m.role == "friend" and _FROM.fullmatch(text[prev.end : m.start])):  # fmt: skip
            out[-1] = replace(prev, relationship=m.relationship, role=m.role,
                              quote=text[prev.start : m.end], end=m.end)  # fmt: skip
            continue
        out.append(m)
    return out


# "Alison the LD nurse comes", "Bev, the warden, pops in", "Mo the drug and alcohol worker":
# nothing or a comma between a name and "the", then up to three words before who they are, who
# (after a comma) is closed by another comma, a dash or the sentence's end
_THE_ROLE = re.compile(r"(\s+|\s*,\s*)(?:the\s+((?:[\w'-]+\s+){1,3}))?", re.I)
_THE_ROLE_END = re.compile(r"\s*(?:[,.;:!?)\n]|[-\u2013\u2014]|$)")


def _the_role(text: str, found: list[people.Mention]) -> list[people.Mention]:
    """ "Alison the learning disability nurse comes about her epilepsy": "the" someone said just
    after a name is who that person is (their relationship as said), not a second person."""
    out: list[people.Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        gap = _THE_ROLE.fullmatch(text[prev.end : m.start]) if prev is not None else None
        the = gap is not None and (gap[2] is not None or m.quote.lower().startswith("the "))
        if (prev is not None and gap is not None and the and prev.name and not prev.relationship
                and not m.name and m.relationship
                and (not gap[1].strip() or _THE_ROLE_END.match(text, m.end))):  # fmt: skip
            said = re.sub(r"^the\s+", "", f"{gap[2] or ''}{m.quote}", flags=re.I).strip()
            rel = said if said.lower().endswith(m.relationship.lower()) else m.relationship
            out[-1] = replace(prev, relationship=rel, role=m.role, quote=text[prev.start : m.end],
                              end=m.end)  # fmt: skip
            continue
        out.append(m)
    return out


@cache
def _friend_place() -> re.Pattern[str]:
    places = "|".join(_said(p) for p in lexicon.load("network_words")["friend_places"])
    return re.compile(
        rf"^\s+(?:from|at)\s+(?:(?:the|my|our|his|her|their)\s+)?(?:[\w'-]+\s+){{0,2}}?"
        rf"(?:{places})\b",
        re.I,
    )


def _friends_from(text: str, found: list[people.Mention]) -> list[people.Mention]:
    """ "Pete from the walking group", "Kenny and Raj from the choir": named people said to be
    from a place of the person's social life (``friend_places``), with no other word for who
    they are, are friends."""
    out = list(found)
    for i, m in enumerate(found):
        if not m.name or m.relationship:
            continue
        j = i  # the last of the people joined to them by "and"
        while j + 1 < len(found) and _JOINED.fullmatch(text[found[j].end : found[j + 1].start]):
            j += 1
        if _friend_place().match(text[found[j].end :]):
            out[i] = replace(m, relationship="friend", role="friend")
    return out


_OWNER_WORDS = frozenset({"my", "his", "her", "their", "our", "the", "a", "an"})
# "I have him at mine every other Friday": a carer answering for someone says what they do
_I_HELP = re.compile(
    r"(?:^|[.;!?\n,]|\band\b)\s*(?:and\s+|also\s+|then\s+)?(I)\s+"
    r"(?:(?:also|usually|normally|often|then|sometimes|mostly|always)\s+)?([A-Za-z]+)\b"
)


def _i_help(text: str, ctx: Context) -> list[people.Mention]:
    me = me_mentions("me", ctx) if ctx.state.audience == "carer" else []
    if not me:
        return []
    return [
        replace(me[0], quote=hit.group(1), start=hit.start(1), end=hit.end(1))
        for hit in _I_HELP.finditer(text)
        if hit[2].lower() in _help_verbs()
    ]


# Where one person's words end: a reason or a purpose ("because the council one still hasn't
# come", "so I can stay late at college") or someone else speaking ("- I don't like that")
_STOP = re.compile(
    r"\s*(?:\b(?i:because|cos|coz|cause)\b"
    r"|\b(?i:so)(?:\s+(?i:that))?(?:\s*$|\s+(?=(?i:that|i|we|you|it|my|his|her|our|their)\b|[A-Z])))"
)
# Where a person's words go on about them (", she does", " - he takes", ": he does", "but he takes", "and
# she does", "so he's away") or someone else's words start (", I'd be lost without her", "we
# don't always get on but she'll come")
_ON = re.compile(
    r"(?:\s*[,:]\s*|\s+[-\u2013\u2014]+\s*|\s+(?=(?:and|but|so|then|plus)\s))"
    r"((?:and|but|so|then|plus)\s+)?"
    r"(?=(?:she|he|they|who|i|we)(?:['\u2019](?:s|d|ll|re|ve|m))?\b)",
    re.I,
)
_LEAD = re.compile(r"^\s*(?:\)|\([^()]*\))")


@cache
def _more_when() -> re.Pattern[str]:
    """Times the shared reader (``understand_text.when``) leaves to the network: times of the day
    or of someone's week ("at lunchtime", "after work", "on her days off") and how often, ending
    what is said of someone ("rings her sometimes")."""
    words = lexicon.load("network_words")
    phrases = "|".join(_said(w) for w in words["when_phrases"])
    ends = "|".join(_said(w) for w in words["when_at_the_end"])
    return re.compile(
        # "after work", "at lunchtime", "on my work days", not "before and after work"
        rf"(?<!\w)(?<!(?i:before) (?i:and) )(?<!(?i:before) (?i:or) )(?i:{phrases})(?![\w'])"
        # "rings her sometimes": a word of how often, ending what is said of someone
        rf"|(?<!\w)(?i:{ends})(?=\s*(?:[,.;:!?)\-\u2013\u2014]|$|(?i:and|but)\b))"
    )


@cache
def _joined_when() -> re.Pattern[str]:
    """ "evenings" in "Me, evenings, weekends, and Mondays": said in a list with other times."""
    joined = "|".join(_said(w) for w in lexicon.load("network_words")["when_in_a_list"])
    return re.compile(rf"(?<!\w)(?:{joined})(?![\w'])", re.I)


# Between two times said as one ("Wednesdays after work and Sundays", "evenings, weekends, and
# Mondays"): nothing but a comma or "and"
_WHEN_GAP = re.compile(r"\s*,?\s*(?:(?:and|&|n|or)\s+)?", re.I)
# "evenings" listed: a comma or "and" between it and the other time ("Me, evenings, weekends"),
# not "does my mornings on Saturday" (a task, then when)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)", re.I)


def _when_spans(text: str) -> list[tuple[int, int]]:
    """Where the words saying when someone helps are, joined as said: the general time words,
    counts of days ("three days a week", "visits 6-weekly", "shopping Sat"), times of the day
    ("at lunchtime", "after work") and their lists ("daily after work", "Wednesdays after work
    and Sundays")."""
    spans: list[tuple[int, int]] = []
    at = 0
    for part in (text_.when(text) or "").split(", "):
        start = text.find(part, at) if part else -1
        if start < 0:
            continue
        spans.append((start, start + len(part)))
        at = start + len(part)
    # "has him for Sunday dinner": a day said as the kind of a meal or a service is not when
    not_days = "|".join(_said(w) for w in lexicon.load("network_words")["day_as_kind"])
    spans = [
        (a, b)
        for a, b in spans
        if not re.match(rf"\s+(?:{not_days})\b", text[b:], re.I) or " " in text[a:b].strip()
    ]
    for hit in _more_when().finditer(text):
        inside = [s for s in spans if s[0] < hit.end() and hit.start() < s[1]]
        spans = [s for s in spans if s not in inside]
        spans.append((min([hit.start(), *(s[0] for s in inside)]),
                      max([hit.end(), *(s[1] for s in inside)])))  # fmt: skip
    spans = sorted(spans)
    listed = [
        (h.start(), h.end())
        for h in _joined_when().finditer(text)
        if not any(a < h.end() and h.start() < b for a, b in spans)
    ]
    while spans and listed:  # "evenings" only beside another time
        near = [
            s
            for s in listed
            if any(
                _LIST_GAP.fullmatch(text[b : s[0]]) or _LIST_GAP.fullmatch(text[s[1] : a])
                for a, b in spans
            )
            and not re.search(r"\b(?:my|his|her|their|our|your|the)\s+$", text[: s[0]], re.I)
        ]
        if not near:
            break
        spans = sorted([*spans, *near])
        listed = [s for s in listed if s not in near]
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and (a <= merged[-1][1] or _WHEN_GAP.fullmatch(text[merged[-1][1] : a])):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _when(text: str) -> str | None:
    """When someone helps, as said ("every evening after work", "Wednesdays and Sundays")."""
    return ", ".join(text[a:b] for a, b in _when_spans(text)) or None


# Between the tasks of a list: a comma or "+" ("does pt's washing + brings a dinner Sundays")
_TASKS = re.compile(r"\s*(?:,|\+|;)\s*(?:(?:and|&)\s+)?", re.I)


def _own_times(help: str) -> bool:
    """ "calls in most days, takes pt to mart Mon, does big shop Fri": in a list of tasks, times
    said in more than one of them are each task's own, not one time the person helps. One time
    in a list ("shopping Sat, does her bills online", "keeps an eye, knocks most mornings") still
    says when."""
    tasks = [t for t in _TASKS.split(help) if t.strip()]
    return len([t for t in tasks if _when_spans(t)]) >= 2


def _when_outside(sentence: str, help: str) -> str | None:
    """The times of a sentence not said inside the words of what someone does."""
    said = [sentence[a:b] for a, b in _when_spans(sentence)]
    return ", ".join(w for w in said if w not in help) or None


def _without_when(text: str) -> str:
    """The words without those saying when ("rings her" of "rings her sometimes")."""
    for a, b in reversed(_when_spans(text)):
        text = text[:a] + text[b:]
    return text


# "Aoife my daughter, 15 - cook", "Kerry, best friend from Deaf club - drives me": a few words of
# who someone is after a comma, then a dash before what they do (a spaced dash, not "ex-wife")
_SAID_FIRST = re.compile(r"\s*,\s*(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+(\s+)[-\u2013\u2014]+\s")


def _help(after: str, m: people.Mention, joined: bool, keep: bool = False) -> str | None:
    """What the words after someone say they do: "does my shopping" in "my daughter Mary does my
    shopping", in parts where the words go on about them ("comes every evening - she does my
    tablets"; "is a lorry driver so he's away but he takes Josh swimming"). Coming or visiting
    is left out when they do more. After a dash a practitioner's note lists what they do
    ("Wife Halina - all personal care, cooking")."""
    if m.quote.count("(") > m.quote.count(")") and ")" in after:  # "Jade (dtr, 24) - visits"
        after = after[after.index(")") + 1 :]
    after = _LEAD.sub("", after)
    after = after[: stop.start()] if (stop := _STOP.search(after)) else after
    if said_first := _SAID_FIRST.match(after):  # "Aoife my daughter, 15 - cook, shop"
        after = after[said_first.end(1) :]
    shorthand = bool(re.match(r"\s*[-\u2013\u2014:]", after))
    cuts = list(_ON.finditer(after))
    pieces = [after[: cuts[0].start() if cuts else len(after)]]
    joiners = [""]
    for i, cut in enumerate(cuts):
        pieces.append(after[cut.end() : cuts[i + 1].start() if i + 1 < len(cuts) else len(after)])
        joiners.append(cut.group(0))
    kept: list[tuple[str, str, str]] = []
    for i, (joiner, piece) in enumerate(zip(joiners, pieces, strict=True)):
        pronoun = (lexicon.words(piece)[:1] or [""])[0].split("'")[0]
        if i and pronoun in ("she", "he") and (joined or not _fits(pronoun, m)):
            continue  # "my sister Jo and my mate Kev, he drives": whose is unclear
        if i and pronoun in ("i", "we"):
            continue
        help = _rest(piece, shorthand=shorthand and i == 0, keep=keep)
        # "he does my shopping, he pops round Sundays": being there, said in passing; alone
        # ("Pawel lives in Peterborough, he visits monthly") it is what they do
        if help and i and kept and re.search(r"\bbut\b", joiner, re.I) and _OWN_LOT.match(help):
            continue  # "cooks for him, but she has bad knees": her own lot, not more help
        if help and i and kept and _presence_only(help) and not _MODAL.match(piece):
            continue
        if help:
            kept.append((joiner, help, piece))
    if len(kept) > 1 and _presence_only(kept[0][1]):
        kept = kept[1:]
    if not kept:
        return None
    out = re.sub(r"^[-\u2013\u2014:\s]+", "", kept[0][1])  # "- cook, shop": what, not the dash
    for joiner, _, piece in kept[1:]:  # later parts as said: "and she'll knock if ..."
        piece = piece if keep else _without_when(piece)
        piece = text_.clean(re.sub(r"\s+,", ",", re.sub(r"\s+", " ", piece)))
        out += f" and {piece}" if re.search(r"\band\b", joiner, re.I) else f", {piece}"
    return out


# "has bad knees", "has her own health problems": having something, not having someone
_OWN_LOT = re.compile(r"(?:has|had|have)\s+(?!(?:him|her|them|me|us|the\s+kids|my|his)\b)", re.I)


def _fits(pronoun: str, m: people.Mention) -> bool:
    """Whether "she" or "he" can be said of someone, by their relationship when it says."""
    words = lexicon.load("network_words")
    last = (m.relationship or "").split(" ")[-1].lower()
    other = words["he_words"] if pronoun == "she" else words["she_words"]
    return last not in other


def _presence_only(help: str) -> bool:
    """ "comes every evening", "visits Weds & Sat": only coming or visiting."""
    said = lexicon.words(help)
    presence = set(lexicon.load("network_words")["presence_verbs"])
    verbs = _help_verbs()
    return (
        bool(said)
        and _stem(said[0]) in presence
        and not any(w in verbs and _stem(w) not in presence for w in said[1:])
    )


def _stem(word: str) -> str:
    for end in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: -len(end)]
            return base + "y" if end == "ies" else base
    return word


_PRONOUN = re.compile(
    r"^(?:who|she|he|they|also|and|but|so|then|plus|,|is|are|that)(?:['\u2019](?:d|ll|re|ve|s))?\s+",
    re.I,
)
_FILLERS = re.compile(
    r"^(?:really|just|also|usually|mostly|often|normally|generally|sometimes|always|still|too"
    r"|then|kindly|mainly)\b[\s,]*",
    re.I,
)
# "she'll come over if I'm bad", "they'd come round", "will sit with him": what they would do
_MODAL = re.compile(
    r"^\W*(?:(?:she|he|they|who)\s*)?(?:['\u2019](?:ll|d)\b|(?:will|would|can|could|might)\b"
    r"(?!['\u2019]?t\b|n['\u2019]?t\b))\s*(?!(?:be|not|never)\b)\w",
    re.I,
)
# "Stan from the allotment gives him lifts": where someone is from says who, not what they do.
_WHERE_FROM = re.compile(
    r"^(?:from|at|in)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?[\w'-]+\s+", re.I
)


def _rest(rest: str, shorthand: bool = False, keep: bool = False) -> str | None:
    """What the words after someone say they do besides who: "does my shopping" in "my daughter
    Mary does my shopping". Only words that open with a verb of helping (``help_verbs``) say so,
    or what they would do ("he'll notice if I've not been down"), or a practitioner's note after
    a dash; other leftovers ("when he's home", "I ring her", "a lad from day centre called") are
    not help."""
    would = bool(_MODAL.match(rest))
    rest = rest if keep else _without_when(rest)
    rest = text_.clean(re.sub(r"\s+,", ",", re.sub(r"\s+", " ", rest)))
    opener = (lexicon.words(rest)[:1] or [""])[0]  # "Friend Sal - is very supportive"
    while (stripped := _FILLERS.sub("", _PRONOUN.sub("", rest))) != rest:
        rest = text_.clean(stripped)
    if any(rest.lower().startswith(p) for p in lexicon.load("network_words")["not_help"]):
        return None  # "so Mum gets a break", "keeps to himself"
    said_first = rest
    after = _past_place(rest) or _WHERE_FROM.sub("", rest)
    rest = after if len(after.split()) >= 2 else rest
    rest = text_.clean(re.sub(r"(?:,|\s+(?:and|but))\s+(?:not|nor)$|\s+(?:and|but|so|,)$", "", rest,
                              flags=re.I))  # fmt: skip
    from_ = _where_from().match(rest)  # "ring from Galway": keeping in touch, from where
    rest = from_.group(1) if from_ else rest
    rest = _past_coming(rest)
    said_words = lexicon.words(rest)
    if said_words and said_words[0] not in _help_verbs():
        if would and said_words[0] not in ("be", "not", "never"):
            return rest
        if shorthand and opener.isalpha() and opener not in _not_openers():
            return rest
        rest = _later_help(said_first) or rest
        said_words = lexicon.words(rest)
    if not said_words or said_words[0] not in _help_verbs():
        return None
    if any(rest.lower().startswith(p) for p in lexicon.load("network_words")["not_help"]):
        return None
    if not would and _says_nothing(said_words):
        return None
    # one word says what someone does when it is said of them ("Janelle visits"); "help" alone
    # after two people ("Karim and Imran help") says nothing more
    return rest if len(said_words) >= 2 or said_words[0].endswith("s") or from_ else None


def _past_coming(rest: str) -> str:
    """ "comes up and does a big shop", "stays and helps me get ready for bed": coming or staying
    said before "and" what they do is left out, as when it is said in a part of its own."""
    hit = re.match(r"([\w'-]+)\s+(?:([\w'-]+)\s+)?and\s+(?=([\w'-]+))", rest, re.I)
    if hit is None:
        return rest
    words = lexicon.load("network_words")
    presence = _forms(words["presence_verbs"])
    particle = not hit[2] or hit[2].lower() in words["presence_particles"]
    nxt = hit[3].lower()
    if (hit[1].lower() in presence and particle and nxt in _help_verbs()
            and nxt not in presence and nxt not in words["coming_sayings"]):  # fmt: skip
        return rest[hit.end() :]
    return rest


def _past_place(rest: str) -> str | None:
    """ "at the Polish shop looks out for her": after where someone is from, their words start at
    a verb of helping as said of someone ("looks", "picks"), not at a word of the place that could
    be a verb ("shop", "walk")."""
    lead = re.match(r"(?:from|at|in)\s+(?:(?:the|my|our|his|her|their)\s+)?", rest, re.I)
    if lead is None:
        return None
    for word in list(re.finditer(r"\S+", rest[lead.end() :]))[1:5]:
        said = lexicon.words(word.group(0))[:1]
        if said and said[0] in _help_verbs() and said[0].endswith(("s", "ed")):
            return rest[lead.end() + word.start() :]
    return None


def _says_nothing(said: list[str]) -> bool:
    """ "comes", "comes Sundays from Wolverhampton": coming alone is not help, unless they do
    something when they come or come when needed ("comes round if I ring")."""
    alone = lexicon.load("network_words")["says_nothing_alone"]
    verbs = _help_verbs()
    if said[0] in alone and len(said) > 2 and said[1] in _WHAT_ABOUT:
        return False  # "comes about his weight and his tablets": what the visits are for
    return said[0] in alone and not any(w in verbs or w in _CONDITION for w in said[1:])


# "comes about his tablets", "comes re his feet": what someone comes for, said after coming
_WHAT_ABOUT = frozenset({"about", "re", "regarding", "to"})


@cache
def _not_openers() -> frozenset[str]:
    return frozenset(lexicon.load("network_words")["not_help_openers"])


def _later_help(rest: str) -> str | None:
    """ "lives in Skegness, phones at Christmas", "lives nearby and has him Wednesdays", "from the
    Deaf club walks me home": after words about where someone is, the part that opens with a verb
    of helping is what they do (a part of its own: after a comma or "and", or after a "from"
    place of up to four words)."""
    place = re.match(r"^(?:from|at|in)\s+(?:\S+\s+){1,4}?(?=(\S+))", rest, re.I)
    while place and lexicon.words(place[1])[:1] and lexicon.words(place[1])[0] not in _help_verbs():
        nxt = re.match(rf"^{re.escape(place.group(0))}\S+\s+(?=(\S+))", rest)
        if nxt is None or len(nxt.group(0).split()) > 5:
            place = None
            break
        place = nxt
    if place and not re.search(r"[,;:]", place.group(0)):  # "Kay from the flats, we have"
        return rest[place.end() :]
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+[-\u2013\u2014]+\s+", rest)[1:]:
        words = lexicon.words(part)
        if words and words[0] in _help_verbs() and (len(words) >= 2 or words[0].endswith("s")):
            return part.strip()
        if words and words[0] in ("she", "he", "they", "i", "we", "you", "it"):
            return None  # someone else's words from here on
    return None


@cache
def _help_verbs() -> frozenset[str]:
    """Verbs of helping as said of someone: "takes", "keep" (the neighbours), "does", "carries",
    "built", "helped"."""
    more = lexicon.load("network_words")["help_verbs"]
    return _forms([*lexicon.load("people_words")["help_verbs"], *more]) | {"does", "has"}


def _forms(verbs: list[str]) -> frozenset[str]:
    """Each verb as said: with -s, -es, -ies and -ed, -d endings."""
    out = set()
    for verb in verbs:
        out |= {verb, f"{verb}s", f"{verb}es"}
        if verb.endswith("y"):
            out |= {f"{verb[:-1]}ies", f"{verb[:-1]}ied"}
        if verb.endswith("e"):
            out.add(f"{verb}d")
        elif not verb.endswith("y"):
            out.add(f"{verb}ed")
    return frozenset(out)


@cache
def _where_from() -> re.Pattern[str]:
    """ "phones from Devon", "visits from Leeds": a verb of keeping in touch, then only the place
    they are in (a capitalised name), says where they are, not more of what they do."""
    verbs = "|".join(sorted(_forms(lexicon.load("network_words")["where_from_verbs"]), key=len,
                            reverse=True))  # fmt: skip
    return re.compile(rf"^((?i:{verbs}))\s+(?i:from)\s+(?:[A-Z][\w'\u2019-]*\s*){{1,3}}$")


def x_has_carer(text: str, ctx: Context) -> Extraction:
    found = answer_mentions(text, ctx)
    me = me_mentions(text, ctx)  # a carer's "just me" is the carer, not nobody
    if not me and (leading(text)[0] is Reply.no or (classify(text) is Reply.no and not found)):
        return Extraction(value=False)
    if not found:
        return Extraction(clarify="people")
    # Everyone named is recorded; the questions that follow ask about the first.
    found = _one_each(_carer_word(found, ctx))
    facts = [person_item(m, ctx, "carers") for m in found]
    return Extraction([*facts, *_names_for_network(found, ctx)], value=True)


def _carer_word(found: list[people.Mention], ctx: Context) -> list[people.Mention]:
    """ "Jean is my carer", "my wife, I don't call her my carer": "carer" is the question's own
    word, not who someone is. Unnamed beside others it is nobody more; with a name, they are who
    the plan already knows them to be (Jean, his wife)."""
    out = []
    for m in found:
        if not (m.relationship or "").lower().endswith("carer"):
            out.append(m)
        elif m.name:
            known = enrich([replace(m, relationship=None, role=None)], ctx)[0]
            out.append(known if known.relationship else m)
        elif not any(o.name or not (o.relationship or "").lower().endswith("carer")
                     for o in found):  # fmt: skip
            out.append(m)  # "my carer" alone: all that is said
    return out


def _one_each(found: list[people.Mention]) -> list[people.Mention]:
    """ "Marcia, yes. She'd say she's just my daughter": one carer said twice (the daughter is
    Marcia) is one carer, under the fullest name said ("Mum. Sandra Whitfield")."""
    out: list[people.Mention] = []
    for m in found:
        first = (m.name or "").split(" ")[0].lower()
        same = next(
            (
                i
                for i, o in enumerate(out)
                if (first and (o.name or "").split(" ")[0].lower() == first)
                or (m.relationship and o.relationship == m.relationship and not (m.name and o.name))
            ),
            None,
        )
        if same is None:
            out.append(m)
            continue
        o = out[same]
        name = m.name if len(m.name or "") > len(o.name or "") else o.name
        quote = m.quote if name == m.name else o.quote
        out[same] = replace(o, name=name, relationship=o.relationship or m.relationship,
                            role=o.role or m.role, quote=quote)  # fmt: skip
    return out


def _names_for_network(found: list[people.Mention], ctx: Context) -> list[Applied]:
    """ "my mum i guess. debbie": a carer named here is the one unnamed person of the network
    with that relationship ("mum does my washing"), who now has their name."""
    out = []
    network = ctx.plan.get("network") or []
    for m in found:
        if not m.name or not m.relationship or not m.name[:1].isupper():
            continue
        same = [p for p in network if p.get("relationship") == m.relationship]
        unnamed = [p for p in same if not _has_name(p)]
        if len(same) == 1 and len(unnamed) == 1 and unnamed[0].get("id"):
            out.append(set_(f"network[id={unnamed[0]['id']}].name", m.name, m.quote))
    return out


def _has_name(member: dict[str, object]) -> bool:
    """Whether a recorded person has a name, not the words said for them ("mum", "my nan")."""
    words = str(member.get("name") or "").lower().split()
    return bool(words) and not all(
        w in _OWNER_WORDS or w in people.relationship_words() for w in words
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
