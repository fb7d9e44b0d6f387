"""Needs, the reasons a person cannot achieve an outcome, risks, and what a direct payment is for.

A need is a phrase of the person's list, with the eligibility outcomes its words name
(``prompts/lexicon/eligibility_outcomes.yaml``); words that name no outcome leave the need with
none, never a guessed one.
"""

from __future__ import annotations

import re

from service.conversation import lexicon
from service.conversation import understand_text as text_
from service.conversation.extract_base import (
    Context,
    Extraction,
    add,
    declined,
    is_nobody,
    item,
    refuses,
    said,
    set_,
    span,
)
from service.conversation.state import Applied
from service.conversation.understand_yesno import Reply, classify, leading


def _outcome_table(ctx: Context) -> dict[str, list[str]]:
    table = lexicon.load("eligibility_outcomes")
    return table["carer" if ctx.plan_type == "carer_support" else "adult"]


# The words ending a list, no item of it: "that kind of thing", "and so on", "etc".
_LIST_END = (
    r"(?:and\s+)?(?:(?:all\s+)?(?:that|this)\s+(?:kind|sort)\s+of\s+(?:thing|stuff)s?"
    r"|stuff\s+like\s+that|things\s+like\s+that|so\s+on|etc|the\s+like)"
)
_HOW_MUCH = r"(?:mainly|mostly|probably|definitely|obviously|basically|honestly|certainly)"
_NEED_LEAD = re.compile(
    r"^(?:i\s+)?(?:need|needs|want|would like)?\s*(?:some\s+)?(?:help|support|a hand)\s+(?:with|to|for)\s+"
    # "And honestly I need someone to talk to", "I really need a break": the need is what follows
    r"|^(?:(?:and|but|also|plus|honestly|really|just|mainly|mostly)\s+)*(?:i|we)\s+"
    r"(?:(?:really|also|just|probably|definitely)\s+)?(?:need|want|would\s+like|'d\s+like)\s+"
    r"(?=(?:someone|somebody|a|an|some)\b)"
    # "The main thing is the stairs", "biggest problems are washing and meals", "What she
    # struggles with most is cooking": words leading to the need, not the need
    r"|^(?:(?:the|my|her|his|their|our)\s+)?(?:main|big|biggest|hardest|worst|other)\s+"
    r"(?:things?|ones?|problems?|issues?|struggles?)\s+(?:(?:i|she|he|they|we)\s+[^,.;:]{0,30}?)?"
    r"(?:is|are|would\s+be)\s+(?:(?:probably|definitely|really|just)\s+)?(?=\w)"
    r"|^what\s+(?:i|she|he|they|we)\s+[^,.;:]{0,30}?\s+(?:is|are)\s+(?=\w)"
    r"|^(?:things|stuff)\s+like\s+(?=\w)"  # "Things like the shopping"
    # "Mainly getting out", "Probably the stairs": how much, not the need
    rf"|^{_HOW_MUCH}\b[,\s]+(?=\w)"
    # "..., that kind of thing", "... and so on": the list's own ending
    rf"|[,\s]+{_LIST_END}\W*$",
    re.I,
)


# A list item that explains or completes the one before: "The cleaning, I can't hoover any more",
# "Getting up, washed and dressed".
_EXPLAINS_CLAUSE = (
    r"^(?:i|she|he|they)\s+(?:can't|cant|cannot|can not|couldn't|am not|'m not)\b"
    r"|^(?:(?:i|she|he|they|we)\s+(?:have|has)\s+(?:not|never)|(?:i|she|he|they|we)\s+(?:haven't|hasn't)"
    r"|(?:i've|ive|she's|he's|they've|we've)\s+(?:not|never))\s+(?:had|been|done|got|managed|left)\b"
    r"|^(?:because|as|since|cos|coz)\b"
)
_EXPLAINS = re.compile(rf"{_EXPLAINS_CLAUSE}|^[a-z]+ed\b", re.I)
# A sentence that explains the need of the sentence before: "A break. I have not had a night off".
_EXPLAINS_SENTENCE = re.compile(_EXPLAINS_CLAUSE, re.I)
# In the same sentence, more words say why or how much: "Cooking, he's left the hob on twice",
# "getting out, I isolate myself", "Time off, even a few hours", "dressing, can't do buttons",
# "the garden, don't let me near the mower". Someone saying what they need ("..., I need help
# with my feet", "..., I'd like a bath") starts a new item.
_SAYS_WHY = re.compile(
    r"^(?:i|she|he|they|it|we|you|that|there)\b(?!\s*(?:'d|would|also|really)?\s*"
    r"(?:need|needs|want|wants|like|could\s+(?:do|use)|struggle|struggles)\b)"
    r"|^(?:i'm|im|i've|ive|i'd|i'll|he's|hes|she's|shes|he'll|she'll|he'd|she'd|they're|they've"
    r"|they'll|it's|its|that's|thats|there's|we're|we've)\b(?!\s+(?:also\s+|really\s+)?"
    r"(?:need|needs|needed|like|love|want|wants)\b)"
    r"|^(?:cause|otherwise|or else|else|which|so that|in case)\b"
    r"|^(?:even|especially|particularly|mainly|mostly|at least|not even|only|usually)\b"
    r"|^(?:can't|cant|cannot|can not|couldn't|don't|dont|do not|never)\b",
    re.I,
)
_DASH = re.compile(r"\s[-\u2013\u2014]\s|:\s")
_SENTENCE_END = re.compile(r"[.!?;\n]")


# An item's number or letter in a numbered list ("1) ", "2. ", "(3) ", "(b) ", "ii) ").
_NUMBERED = re.compile(r"(?:^|\s)(?:\(?\d{1,2}[).]|\(?[a-h]\)|\(?(?:i{1,3}|iv|vi{0,3})\))\s+", re.I)
# Where a sentence ends, never the point of a time or a sum ("about 9.30", "£4.50").
_ITEM_END = re.compile(r"(?<!\d)[.!?]+(?!\d)|(?<=\d)[.!?]+(?!\d)|(?<!\d)[.!?]+(?=\d)|[;\n]")


def _phrases(text: str) -> list[str]:
    """Needs said as a list of sentences (three or more, or items between semicolons): each
    sentence is one need, the way the person wrote it ("Washing and showering. Dressing,
    especially buttons and shoes. Getting to away games - trains and ramps. His tablets, six
    times a day, to the minute"), unless the sentence is itself a list of short tasks. A sentence
    that explains the one before ("A break. I have not had one night away in three years") stays
    with it. Fewer sentences: :func:`_listed`."""
    sentences = [s for s in _ITEM_END.split(text) if text_.clean(s)]
    if len(_NUMBERED.findall(text)) >= 2:
        # "1. Washing 2. Meals 3. Stairs": the numbers part the items, never their points
        sentences = [s for s in _NUMBERED.split(text) if text_.clean(s)]
    if len(sentences) < 3:
        return _listed(text)
    out: list[str] = []
    for sentence in sentences:
        listed = _short_list(sentence) and not _one_task(sentence)
        for phrase in _listed(sentence) if listed else [text_.clean(sentence)]:
            if out and _EXPLAINS_SENTENCE.match(phrase):
                out[-1] = span(text, [out[-1], phrase])
            else:
                out.append(phrase)
    return out


def _short_list(sentence: str) -> bool:
    """ "Washing, dressing, meals", "Cleaning, shopping and cooking": short items after commas,
    none saying when, how or why ("Dressing, especially buttons", "His tablets, six times a
    day")."""
    if _DASH.search(sentence) or "," not in sentence:
        return False
    items = [i.strip() for i in sentence.split(",") if i.strip()]
    return all(len(i.split()) <= 4 for i in items) and not any(
        text_.QUALIFIER.match(i) or _says_why(i) for i in items[1:]
    )


def _one_task(sentence: str) -> bool:
    """ "Cleaning the flat, hoovering", "the bathroom, scrubbing it": a sentence of two items
    after a comma, the second naming no task the first does not (a part or an example of it), is
    one need. "Washing, dressing" names two tasks."""
    items = [i for i in (text_.clean(i) for i in sentence.split(",")) if i]
    if len(items) != 2 or re.search(r"\s(?:and|or|&)\s", items[1], re.I):
        return False
    table = lexicon.load("eligibility_outcomes")["adult"]
    first, second = (set(lexicon.keys(_readable(i), table)) for i in items)
    return bool(first) and second <= first and len(items[1].split()) <= 3


def _listed(text: str) -> list[str]:
    """List items, with an explanation ("I can't hoover any more") kept with the item before, as
    the person wrote them both. Items after a dash or colon in the same sentence, with a comma
    between them, are what the item before the dash is made of: "Remembering things - appointments,
    his tablets, whether he's eaten" is one need."""
    out: list[str] = []
    at, head = 0, False  # head: the last item opened a dash list that is still going
    aside = False  # the rest of this sentence says more about its one item
    by_sentence = len([s for s in _SENTENCE_END.split(text) if s.strip()]) >= 2
    for phrase in text_.split_list(text):
        found = text.find(phrase, at)
        between = text[at:found] if found >= 0 else ""
        at = found + len(phrase) if found >= 0 else at
        same_sentence = not _SENTENCE_END.search(between)
        head = head and same_sentence
        aside = aside and same_sentence
        if out and found >= 0 and same_sentence and not aside and by_sentence and "," in between:
            aside = _sentence_aside(text, found)
        if out and (
            aside
            or _EXPLAINS.match(phrase)
            or (same_sentence and _SAYS_WHY.match(phrase))
            or (head and "," in between)
        ):
            out[-1] = span(text, [out[-1], phrase])
            continue
        if out and same_sentence and _DASH.search(between) and _dash_list_follows(text, at):
            out[-1] = span(text, [out[-1], phrase])
            head = True
            continue
        out.append(phrase)
        head = (
            ": " in phrase
            and not _introduces(phrase.partition(": ")[0])
            and _dash_list_follows(text, at)
        )
    return out


# Words that make a clause of their own: a subject pronoun with its verb, or a verb "to be" or
# a negated helper ("small print I cannot see", "the lights and crowds are too much").
_CLAUSE = re.compile(
    r"\b(?:i|he|she|they|we|you)\s+(?!and\b|or\b)\w"
    r"|\b(?:i'm|im|i've|he's|she's|they're|it's|that's|there's|we're|he'll|she'll)\b"
    r"|\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|can't|cant|cannot|won't|don't|doesn't"
    r"|didn't|never)\b",
    re.I,
)


def _sentence_aside(text: str, found: int) -> bool:
    """In an answer that gives one need a sentence, a sentence of one item, a comma and a clause
    ("Reading letters, small print I cannot see", "Going to appointments, I need someone to book
    interpreters", "Shopping in big shops, the lights and crowds are too much") is one need: the
    clause says what the need is, it is no second one. A sentence that is itself a list ("washing,
    dressing, meals") is not one item."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, found)), default=0)
    end_at = _SENTENCE_END.search(text, found)
    sentence = text[start : end_at.start() if end_at else len(text)]
    rest = text[found : end_at.start() if end_at else len(text)]
    return sentence.count(",") == 1 and "," not in rest and bool(_CLAUSE.search(rest))


def _dash_list_follows(text: str, at: int) -> bool:
    """A comma follows before the sentence ends: "- appointments, his tablets, ..."."""
    rest = text[at:]
    end = _SENTENCE_END.search(rest)
    return "," in rest[: end.start() if end else len(rest)]


# "Cooking she still does, don't stop her", "the garden I manage myself", "dressing is fine": a
# task the person still does is no need. Said with a difficulty ("I still do it but it takes
# ages", "can still cook with help") it is one.
_DOES_IT = re.compile(
    r"\b(?:can\s+)?still\s+(?:do|does|manage|manages|cope|copes|cook|cooks)\b"
    r"|\b(?:do|does|manage|manages|cope|copes)\s+(?:with\s+)?(?:it\s+|that\s+|this\s+|them\s+)?(?:myself|himself"
    r"|herself|themselves|fine|ok|okay|alright|on\s+(?:my|his|her|their)\s+own)\b"
    r"|\b(?:don't|dont|doesn't|doesnt|do\s+not|does\s+not)\s+need\s+(?:any\s+)?help\b"
    r"|\bno\s+(?:help|problems?)\s+(?:with|there)\b"
    r"|\b(?:is|are|'s)\s+(?:fine|ok|okay|alright|no\s+problem)\s*$",
    re.I,
)
_DIFFICULTY = re.compile(
    r"\b(?:but|though|although|can't|cant|cannot|struggle|struggles|struggling|hard|difficult"
    r"|slow|slowly|ages|not\s+safe|unsafe|only\s+with|with\s+help|if\s+someone)\b",
    re.I,
)


# A whole item that only says the person copes ("I manage.", "we get by mostly", "I'm coping"):
# no need, though a need may follow it ("I manage. If anything it's the nights").
_COPING = re.compile(
    r"^(?:(?:i|we|he|she|they)\s+(?:still\s+|just\s+)?(?:manage|manages|cope|copes|get\s+by|gets\s+by)"
    r"|(?:i'm|im|we're|he's|she's|they're)\s+(?:just\s+)?(?:managing|coping|getting\s+by|fine|ok|okay"
    r"|alright|all\s+right))"
    r"(?:\s+(?:ok|okay|fine|really|mostly|most\s+days|just\s+about|for\s+now|at\s+the\s+moment"
    r"|on\s+the\s+whole|i\s+suppose|i\s+think))*\s*$",
    re.I,
)


def _still_does(phrase: str) -> bool:
    if _COPING.match(phrase.replace("\u2019", "'").strip()):
        return True
    return bool(_DOES_IT.search(phrase)) and not _DIFFICULTY.search(phrase)


def _need_phrases(text: str) -> tuple[list[str], list[str]]:
    """(the needs, the words kept as said but no need): an item that only says the person copes
    ("I manage"), only talks about the question ("This is the part I find hard to answer"), or
    only sums up the items after it ("Everything really, she can't do anything for herself")."""
    phrases = [_unnumbered(_without_intro(p)) for p in _phrases(text)]
    phrases = [
        p
        for p in phrases
        # "the bins and so on" may leave "so on" or "on" as an item of its own
        if p and not re.fullmatch(rf"(?:{_LIST_END}|(?:so\s+)?on|{_HOW_MUCH})\W*", p, re.I)
    ]
    listed = [
        p
        for p in phrases
        if not (_still_does(p) or _about_the_question(p) or _heads_the_list(p, text))
    ]
    needs = [p for p in listed if not (len(listed) > 1 and _WHOLE_LOT.match(p))]
    return needs, [p for p in phrases if p not in needs]


_LIST_WORDS = lexicon.load("lists_qualifiers")


def _words_of(phrases: list[str]) -> str:
    """Phrases as whole-word alternatives, either apostrophe."""
    return "|".join(
        r"\s+".join(re.escape(w).replace("'", "['\u2019]?") for w in p.split())
        for p in sorted(phrases, key=len, reverse=True)
    )


_ABOUT_QUESTION = re.compile(rf"\b(?:{_words_of(_LIST_WORDS['about_the_question'])})\b", re.I)
_INTRODUCES = re.compile(rf"\b(?:{_words_of(_LIST_WORDS['introduces'])})\b", re.I)
_WHOLE_FILLER = r"(?:well|honestly|really|basically|just|um+|er+|oh|to\s+be\s+honest|tbh)"
_WHOLE_LOT = re.compile(
    rf"^(?:{_WHOLE_FILLER}[,\s]+)*(?:{_words_of(_LIST_WORDS['the_whole_lot'])})"
    rf"(?:[,\s]+(?:{_WHOLE_FILLER}|i\s+(?:suppose|think|guess)))*\s*"
    # nothing more, or a clause saying so ("Everything, she can't do anything for herself")
    rf"(?:$|[,\-:\u2013]\s*(?=(?:i|he|she|they|we)\b|(?:i'm|he's|she's|they're|it's)\b))",
    re.I,
)
# An item's own number or letter, as notes and forms have it: "1) washing", "(b) meals",
# "ii) stairs".
_ENUMERATOR = re.compile(
    r"^\s*(?:\(?\d{1,2}[).]|\(?[a-h]\)|\(?(?:i{1,3}|iv|vi{0,3})\))\s+(?=\S)", re.I
)


def _unnumbered(phrase: str) -> str:
    return _ENUMERATOR.sub("", phrase, count=1)


def _names_a_task(words: str) -> bool:
    table = lexicon.load("eligibility_outcomes")
    return any(lexicon.keys(_readable(words), table[kind]) for kind in ("adult", "carer"))


def _introduces(head: str) -> bool:
    """Words before a colon that only introduce the list after it ("The things I need help with
    are", "Needs on d/c"), naming no task themselves ("Meals: she forgets" is a need)."""
    return bool(_INTRODUCES.search(head)) and not _names_a_task(head)


def _without_intro(phrase: str) -> str:
    head, colon, rest = phrase.partition(": ")
    return rest.strip() if colon and rest.strip() and _introduces(head) else phrase


def _heads_the_list(phrase: str, text: str) -> bool:
    """ "Needs on discharge: 1) ... 2) ...": an item that is only the words before the list's
    colon."""
    return bool(re.search(re.escape(phrase) + r"\s*:", text)) and _introduces(phrase)


def _about_the_question(phrase: str) -> bool:
    return bool(_ABOUT_QUESTION.search(phrase)) and not _names_a_task(phrase)


def _need_items(text: str, ctx: Context) -> list[Applied]:
    facts = []
    for phrase in _need_phrases(text)[0]:
        described = _NEED_LEAD.sub("", phrase).strip() or phrase
        value = {"id": ctx.new_id("needs"), "description": described,
                 "eligibility_outcomes": _outcomes(phrase, ctx) or None}  # fmt: skip
        facts.append(item("needs", value, phrase))
    return facts


_CHILD_OUTCOME = "carrying_out_caring_responsibilities_for_a_child"
_CARER_CHILD = "carer_caring_for_a_child"


def _outcomes(phrase: str, ctx: Context) -> list[str]:
    """The outcomes a need's words name; a task done for someone else ("bathing Leo") names
    none of the person's own care, and caring for a child if the someone is a child."""
    found = lexicon.keys(_readable(phrase, ctx), _outcome_table(ctx))
    if ctx.plan_type == "carer_support":
        taken = any(_to_a_child_place(phrase, m) for m in _CARE_OBJECT.finditer(phrase))
        return [*found, _CARER_CHILD] if taken and _CARER_CHILD not in found else found
    whom = _for_whom(phrase, ctx)
    if whom is None:
        return found
    own = set(_SOMEONE_ELSE["own_care"])
    found = [o for o in found if o not in own]
    if whom == "child" and _CHILD_OUTCOME not in found:
        found.append(_CHILD_OUTCOME)
    return found


_SOMEONE_ELSE: dict[str, list[str]] = lexicon.load("eligibility_outcomes")["for_someone_else"]
# "the washing" (laundry), "washing up" (dishes): read as one word, never as the person's wash.
_ONE_WORD = re.compile(
    r"\b(?:"
    + "|".join(r"\s+".join(p.split()) for p in lexicon.load("eligibility_outcomes")["one_word"])
    + r")\b",
    re.I,
)


def _phrases_re(key: str) -> re.Pattern[str]:
    """One key's phrases of eligibility_outcomes.yaml, whole words, either apostrophe."""
    return re.compile(
        r"\b(?:"
        + "|".join(
            r"\s+".join(map(re.escape, p.replace("'", "\u2019").split())).replace(
                "\u2019", "['\u2019]"
            )
            for p in lexicon.load("eligibility_outcomes")[key]
        )
        + r")\b",
        re.I,
    )


_NOT_OUTCOME = _phrases_re("not_outcome")
_WORK_DAYS = _phrases_re("work_days")


def _readable(phrase: str, ctx: Context | None = None) -> str:
    """A need's words as the outcomes are read: fixed pairs as one word ("the-washing", "food-bank")
    and words that name no outcome ("no working cooker", "when I'm at work", "so Gemma can go to
    work") taken out."""
    phrase = _OTHERS_PURPOSE.sub(lambda m: " - " if _someone_else(m["who"], ctx) else m[0], phrase)
    if ctx is None or ctx.plan_type != "carer_support":
        phrase = _WORK_DAYS.sub(" - ", phrase)  # "on the days I'm working": when, not their work
    phrase = _DROPPED_G.sub(_with_g, phrase)  # "keepin the flat": "keeping the flat"
    return _ONE_WORD.sub(_hyphened, _NOT_OUTCOME.sub(" - ", phrase))


# An -ing word typed without its g ("keepin", "gettin'") where the outcome phrases have it.
_DROPPED_G = re.compile(r"\b([a-z]{3,}in)(?:'|\u2019)?(?![\w'\u2019])", re.I)


def _with_g(found: re.Match[str]) -> str:
    word = found.group(1)
    return f"{word}g" if f"{word.lower()}g" in _ING_WORDS else found.group(0)


_ING_WORDS = frozenset(
    w
    for table in ("adult", "carer")
    for phrases in lexicon.load("eligibility_outcomes")[table].values()
    for p in phrases
    for w in lexicon.words(p)
    if w.endswith("ing")
)


def _hyphened(found: re.Match[str]) -> str:
    return "-".join(found.group(0).split())


def _alternation(phrases: list[str]) -> str:
    """A regex for any of ``phrases``; an -ing word also as typed "lookin" or "lookin'"."""
    return "|".join(
        re.sub(r"ing\b", "(?:ing|in'?)", r"\s+".join(map(re.escape, p.split())))
        for p in sorted(phrases, key=len, reverse=True)
    )


_OWNERS = (
    r"(?:(?:my|our|the|his|her|their|your|both|all)\s+)?"
    r"(?:(?:\d+|two|three|four|little|youngest|eldest|oldest|middle|new|baby)\s+)?"
)
_WHO = r"[A-Za-z][\w'\u2019-]*(?:\s+ones?\b)?"
# A care verb and the someone it is done for ("bathing Leo", "getting the kids ready", "cooking
# for my husband"); after "to" a name is a place ("getting to Tesco"), so "to" is not read.
_CARE_OBJECT = re.compile(
    rf"\b(?:{_alternation(_SOMEONE_ELSE['care_verbs'])})\s+(?:(?:with|after|for|up)\s+)?"
    rf"{_OWNERS}(?P<who>{_WHO})|\bfor\s+{_OWNERS}(?P<for>{_WHO})",
    re.I,
)
_CHILD_WORDS = re.compile(rf"^(?:{_alternation(_SOMEONE_ELSE['child_words'])})$", re.I)
_CHILD_PLACES = re.compile(rf"\b(?:{_alternation(_SOMEONE_ELSE['child_places'])})\b", re.I)
_PARENT = _alternation(_SOMEONE_ELSE["parent_words"])
_TO_CHILD_PLACE = re.compile(
    rf"\s+(?:{_alternation(_SOMEONE_ELSE['child_place_leads'])})\s+(?:(?:the|his|her|their)\s+)?"
    rf"(?:{_alternation(_SOMEONE_ELSE['child_places'])})\b",
    re.I,
)
_PRONOUNS = frozenset({"him", "her", "them"})
_NAME_WORDS = lexicon.load("people_words")


def _for_whom(phrase: str, ctx: Context) -> str | None:
    """ "child", "other" (someone else, not known to be a child) or None (the person's own)."""
    for found in _CARE_OBJECT.finditer(phrase):
        who = re.sub(r"['\u2019]s$", "", (found.group("who") or found.group("for")).strip())
        if _CHILD_WORDS.match(who) or _to_a_child_place(phrase, found):
            return "child"
        name = _a_name_not_theirs(who, ctx) and who not in _known_pets(ctx)
        pronoun = who.lower() in _PRONOUNS and ctx.state.audience == "person"
        if not (name or pronoun or who.lower() in _relatives()):
            continue
        if (name and who in _known_children(ctx)) or (
            (name or pronoun) and _CHILD_PLACES.search(phrase)
        ):
            return "child"
        return "other"
    return None


def _to_a_child_place(phrase: str, found: re.Match[str]) -> bool:
    """ "get kayden to school", "picking Amira up from nursery": taken to or from a child's place
    just after the care verb, so a child, even a name typed in lower case. Never the person
    themselves ("get me to college") nor a thing ("getting the bus to school")."""
    group = "who" if found.group("who") else "for"
    who = found.group(group).lower()
    owner = set(found.string[found.start() : found.start(group)].lower().split())
    if owner & {"the", "your", "all", "both"} or who in _NOT_TAKEN:
        return False  # "getting the bus to school", "get myself to college"
    return bool(_TO_CHILD_PLACE.match(phrase, found.end()))


_NOT_TAKEN = frozenset({"me", "myself", "us", "it", "there", "this", "that", "home"})


def _relatives() -> frozenset[str]:
    found: set[str] = set()
    for group in lexicon.load("relationships").values():
        found |= {w for w in group["words"] if " " not in w}
    return frozenset(found | {f"{w}s" for w in found})


def _a_name_not_theirs(word: str, ctx: Context) -> bool:
    if not word[:1].isupper() or word.isupper() or " " in word:
        return False
    if word in _NAME_WORDS["not_capitalised_names"] or word.lower() in _NAME_WORDS["not_names"]:
        return False
    person = ctx.plan.get("person") or {}
    own = " ".join(str(person.get(k) or "") for k in ("name", "preferred_name"))
    return word.lower() not in lexicon.words(own) and word.lower() not in _relatives()


def _known_pets(ctx: Context) -> set[str]:
    """Names earlier answers give an animal: "her dog Bonnie", "Bonnie the dog", "Bonnie, my cat",
    "Bonnie (staffie)"."""
    said_ = "\n".join(r.text for r in ctx.state.answers.values() if r.text)
    pet = _alternation(_SOMEONE_ELSE["pet_words"])
    names = re.findall(rf"\b(?:{pet})\s*[,:-]?\s+([A-Z][a-z'-]+)", said_, re.I)
    names += re.findall(
        rf"\b([A-Z][a-z'-]+)\s*(?:,\s*|\(\s*|\s+-\s+|\s+)(?i:(?:(?:my|our|his|her|their|the|a)\s+)?"
        rf"(?:{pet}))\b",
        said_,
    )
    return {n for n in names if n[:1].isupper()}


def _known_children(ctx: Context) -> set[str]:
    """Names the plan or earlier answers say are the person's children: "a good mum to Leo",
    "Leo's dad", "my son Leo", or a network entry who is a son or daughter."""
    person = ctx.plan.get("person") or {}
    texts = [str(t) for t in person.get("what_matters_to_me") or []]
    texts.append(str((ctx.plan.get("contingency") or {}).get("people_i_care_for") or ""))
    texts += [r.text for r in ctx.state.answers.values() if r.text]
    said_ = "\n".join(texts)
    child = _alternation(_SOMEONE_ELSE["child_words"])
    names = re.findall(rf"\b(?:{_PARENT})\s+(?:to|of)\s+([A-Z][a-z'-]+)", said_, re.I)
    names += re.findall(rf"\b([A-Z][a-z'-]+)['\u2019]s\s+(?:{_PARENT})\b", said_)
    names += re.findall(rf"\bmy\s+(?:little\s+)?(?:{child})\s*,?\s+([A-Z][a-z'-]+)", said_, re.I)
    for entry in ctx.plan.get("network") or []:
        if entry.get("name") and _CHILD_WORDS.match(str(entry.get("relationship") or "")):
            names.append(str(entry["name"]))
    return {n for n in names if n[:1].isupper()}


_OUTCOME_WORDS = lexicon.load("eligibility_outcomes")

_OTHERS_PURPOSE = re.compile(
    rf"\b(?:{_alternation(_OUTCOME_WORDS['others_purpose_leads'])})\s+"
    rf"(?P<who>(?:(?:my|his|her|our|their)\s+)?[A-Za-z'\u2019-]+)\s+"
    rf"(?:{_alternation(_OUTCOME_WORDS['others_purpose_verbs'])})\b[^,.;:!?\n]*",
    re.I,
)


def _someone_else(who: str, ctx: Context | None) -> bool:
    """ "Gemma", "my wife", "Mum": a name not the person's own (known only with the plan), or a
    relative."""
    said_ = who.split()
    return said_[-1].lower() in _relatives() or (
        ctx is not None and len(said_) == 1 and _a_name_not_theirs(said_[0], ctx)
    )


def x_needs(text: str, ctx: Context) -> Extraction:
    if refuses(text):
        return declined(text)
    facts = _need_items(text, ctx)
    kept = _need_phrases(text)[1]  # no need, but the person's words
    return Extraction(facts, value=len(facts), unplaced="; ".join(kept) or None)


def x_assessed_needs(text: str, ctx: Context) -> Extraction:
    kind, used = leading(text)
    if kind in (Reply.ambiguous, Reply.unknown) and not text.strip():
        return Extraction(clarify="yes_no")
    rest = " ".join(lexicon.words(text)[used:]) if kind is not Reply.unknown else text
    if kind is Reply.unknown and _agrees(text):
        kind, rest = Reply.yes, ""  # "Read back to K - agreed with all four"
    if kind is Reply.yes and _agrees(rest) and not _names_a_task(rest):
        rest = ""  # "Yes, that's right", "yes - confirmed by her son": no need of its own
    rest = re.sub(r"^(?:but|and|also|plus)\s+", "", rest)
    facts = []
    if kind is Reply.yes:
        for need in (ctx.plan.get("assessment") or {}).get("identified_needs") or []:
            # the outcomes the assessment's words name, as for any need
            outcomes = _outcomes(need["description"], ctx)
            value = {
                "id": ctx.new_id("needs"),
                "description": need["description"],
                "assessment_ref": need["ref"],
                "eligibility_outcomes": outcomes or None,
            }
            facts.append(item("needs", value, said(text)))
    if (rest.strip() and kind is not Reply.yes) or len(rest.split()) > 1:
        facts += _need_items(rest, ctx) if rest.strip() else []
    if kind is Reply.unknown and not facts:
        return Extraction(clarify="yes_no")
    return Extraction(facts, value=kind is Reply.yes)


_AGREES = re.compile(rf"\b(?:{_words_of(_LIST_WORDS['agrees_with_the_list'])})\b", re.I)
_DISAGREES = re.compile(rf"\b(?:{_words_of(_LIST_WORDS['disagrees_with_the_list'])})\b", re.I)


def _agrees(text: str) -> bool:
    """The assessment's needs agreed or confirmed, said without a yes: "agreed with all four",
    "staff confirm all accurate"; never with words against them ("agreed, apart from the
    stairs", "doesn't agree with the money one")."""
    said_ = text.replace("\u2019", "'")
    return bool(_AGREES.search(said_)) and not _DISAGREES.search(said_)


def x_risks(text: str, ctx: Context) -> Extraction:
    if is_nobody(text) or (classify(text) is Reply.no and len(lexicon.words(text)) <= 3):
        return Extraction(value=False)
    facts = []
    for risk, in_place in _risks_with_notes(_risk_items(text)):
        value = {"id": ctx.new_id("risks"), "description": risk, "proactive": in_place or None}
        facts.append(item("risks", value, risk))
    return Extraction(facts, value=len(facts))


# A note in brackets, perhaps with who says it ("(Jodie: he has naloxone and knows how to use
# it)", "(she has a pendant alarm now)"), said of the risk before it; what it says is in place
# (has, carries, wears, is fitted) is what is done to prevent the risk.
_NOTE = re.compile(
    r"^\((?:[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*)?\s*:\s*)?(?P<note>[^()]+)\)$"
)
_IN_PLACE = re.compile(
    r"\b(?:has|have|had|knows|know|carries|carry|wears|wear|uses|use|keeps|keep|got|gets"
    r"|is\s+fitted|are\s+fitted|been\s+fitted|in\s+place|set\s+up|installed)\b",
    re.I,
)


def _risks_with_notes(items: list[str]) -> list[tuple[str, list[str]]]:
    """Each risk with what is in place against it: a bracketed note after a risk is no risk of
    its own but said of that risk, as prevention when it says what is in place, else kept with
    the risk's words."""
    out: list[tuple[str, list[str]]] = []
    for risk in items:
        note = _NOTE.match(risk.strip())
        if not (note and out):
            out.append((risk, []))
        elif _IN_PLACE.search(note["note"]):
            out[-1][1].append(text_.clean(note["note"]))
        else:
            out[-1] = (f"{out[-1][0]} {risk.strip()}", out[-1][1])
    return out


_CLAUSES = re.compile(r"(?<=[.!?])\s+|\n+|;\s*")
_LAST_AND = re.compile(r"^(?:and|or|&)\s|\s(?:and|or|&)\s", re.I)


def _risk_items(text: str) -> list[str]:
    """One risk a sentence, "but" kept in it ("riding again - he's not allowed but he's talking
    about it"); a sentence that is a list ("falls, chest infections, and the cold") is one risk an
    item, an explanation after a comma staying with its risk."""
    out: list[str] = []
    for sentence in _risk_sentences(text):
        segments = [g.strip() for g in sentence.split(",") if g.strip()]
        listed = len(segments) >= 2 and _LAST_AND.search(segments[-1]) is not None
        if (
            listed
            and not _explained(segments[0])
            and not _DASHED.search(segments[0])  # "the flat - fire and eviction": one risk
            and not any(_says_why(text_.clean(g)) or _WHEN_IF.match(g) for g in segments[1:])
        ):
            out += text_.split_list(sentence)
        elif sentence:
            out.append(sentence)
    return out


_DASHED = re.compile(r"\s[-\u2013\u2014]\s")
# After a comma, when or on what condition the risk before it comes ("The fits, if he has one on
# the stairs or in the shower", "Falls, when she gets up in the night or goes to the loo"): the
# same risk, never a list of two.
_WHEN_IF = re.compile(r"^(?:if|when|whenever|unless|once|while|whilst)\b", re.I)


def _explained(first: str) -> bool:
    """ "Scams - he can't see who's at the door, and someone sold him ...": a risk named, then a
    clause after a dash saying what it is; what follows its comma goes on explaining it."""
    parts = _DASHED.split(first, maxsplit=1)
    return len(parts) == 2 and bool(_CLAUSE.search(parts[1]))


# After a semicolon, words that tell what happened ("Falls when drunk; fell in the kitchen last
# month", "Choking; nearly choked on a biscuit") are the same risk.
_HAPPENED = re.compile(
    r"^(?:fell|fallen|found|got|went|ended|had|has\s+had|nearly|almost|happened|was|were|been|[a-z]{3,}ed)\b",
    re.I,
)


# Words leading to the risks, no part of one: "Main risks are ...", "The biggest worry is ...",
# "Risks: ...".
_RISK_LEAD = re.compile(
    r"^(?:(?:the|my|her|his|their|our)\s+)?(?:(?:main|big|biggest|other|only|key|real)\s+)?"
    r"(?:risks?|worries|worry|concerns?|dangers?)\s+(?:(?:i|she|he|they|we)\s+[^,.;:]{0,30}?\s+)?"
    r"(?:is|are|would\s+be)\s+(?:(?:probably|definitely|really|just)\s+)?(?=\w)"
    r"|^(?:(?:the|main|key)\s+)?(?:risks?|worries|concerns?|dangers?)\s*:\s*",
    re.I,
)


def _risk_sentences(text: str) -> list[str]:
    out: list[str] = []
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    if len(_NUMBERED.findall(text)) >= 2:  # "1) falls 2) choking", "(a) ... (b) ..."
        pieces = [p for p in _NUMBERED.split(text) if text_.clean(p)]
    for sentence in pieces:
        for i, part in enumerate(p for p in re.split(r";\s*", sentence) if p.strip()):
            if i and out and _HAPPENED.match(part.strip()):
                out[-1] = f"{out[-1]}; {part}"
            else:
                out.append(part)
    said_ = (
        re.sub(rf"[,\s]+{_LIST_END}\W*$", "", _RISK_LEAD.sub("", p, count=1), flags=re.I)
        for p in out
    )
    return [c for c in (text_.clean(_unnumbered(p)) for p in said_) if c]


_REASONS = (
    "without_assistance",
    "pain_distress_anxiety",
    "endangers_safety",
    "significantly_longer",
)


def x_unable_reason(text: str, ctx: Context) -> Extraction:
    reasons = _unable_reasons(text, carer=ctx.plan_type == "carer_support")
    if not reasons:
        return Extraction(unplaced=said(text))
    keys = list(dict.fromkeys(key for _, key, _ in reasons))
    quote = ", ".join(words for _, _, words in reasons)
    facts = [
        set_(f"needs[id={ident}].unable_reason", keys, said(text))
        for ident in _conversation_need_ids(ctx)
    ]
    return Extraction(facts, value=keys, unplaced=None if facts else quote)


def _unable_reasons(text: str, carer: bool = False) -> list[tuple[int, str, str]]:
    """(where, reason, the words) for each reason the answer gives, in the order said. In a
    carer's own plan, words saying the carer's health is giving way ("signed off with stress",
    "on antidepressants") are the danger the caring poses (reg 3(2)(c))."""
    table = lexicon.load("unable_reasons")
    # the words taken out keep their length, so a place in ``read`` is the same place in ``text``
    read = _NOT_A_REASON.sub(_blanked, text.replace("\u2019", "'"))
    reasons = {k: table[k] for k in _REASONS}
    if _ABLE.search(read):  # "I can do it, I just don't": a bare "can't" is no inability
        weak = set(table["weak_unable"])
        reasons["without_assistance"] = [p for p in reasons["without_assistance"] if p not in weak]
    found = []
    for m in lexicon.match(read, reasons):
        words = lexicon.original(text, m)
        found.append((max(text.lower().find(words.lower()), 0), m.key, words))
    health = lexicon.match(read, {"endangers_safety": table["carer_health"]}) if carer else []
    if health and "endangers_safety" not in {k for _, k, _ in found}:
        words = lexicon.original(text, health[0])
        found.append((max(text.lower().find(words.lower()), 0), "endangers_safety", words))
    alone = _left_alone(read)
    if alone and "without_assistance" not in {k for _, k, _ in found}:
        found.append((alone[0], "without_assistance", text[alone[0] : alone[1]]))
    checks = (
        ("without_assistance", _WOULD_IF),
        ("significantly_longer", _TAKES_LONG),
        ("significantly_longer", _TIMES_AS_LONG),
        ("endangers_safety", _TAKEN),
    )
    for key, pattern in checks:
        hit = pattern.search(read)
        if hit and key not in {k for _, k, _ in found}:
            found.append((hit.start(), key, text[hit.start() : hit.end()].strip()))
    return sorted(found)


def _blanked(found: re.Match[str]) -> str:
    """Words that are no reason, as a break of the same length: " ---- "."""
    return " " + "-" * max(len(found.group(0)) - 2, 0) + " "


def _words_re(phrases: list[str]) -> str:
    """Phrases as a regex, "can't" also as typed "cant", "cannot" or "can not"."""
    out = []
    for p in sorted(phrases, key=len, reverse=True):
        said_ = r"\s+".join(map(re.escape, p.split()))
        out.append(
            said_.replace("can't", "(?:can't|cant|cannot|can\\s+not)").replace(
                "don't", "(?:don't|dont|do\\s+not)"
            )
        )
    return "|".join(out)


_UNABLE = lexicon.load("unable_reasons")
_NOT_A_REASON = re.compile(rf"\b(?:{_words_re(_UNABLE['not_a_reason'])})\b", re.I)
_LONG = _words_re(_UNABLE["long_times"])
# ... never on a condition: "she can do it only if someone stands with her"
_ABLE = re.compile(
    rf"\b(?:{_words_re(_UNABLE['able_to_do_it'])})\b(?![,\s]+(?:only|if|with|as\s+long|so\s+long"
    r"|provided|when\s+(?:someone|somebody|i'm|im|she's|he's)|but\s+not|but\s+only))",
    re.I,
)
_AMOUNT = (
    r"(?:\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|mins?|minutes)|(?:a|one|two|three|four|five|six|a couple of|a few|couple of|few)\s+(?:hours?|hrs?)"
    # "forty minutes", "forty-five mins", "thirty odd minutes": half an hour and more, in words
    r"|(?:thirty|forty|fifty|sixty|ninety)(?:[-\s](?:five|odd))?\s+(?:mins?|minutes))"
)
# "it takes me two hours", "took her all morning", "takes ages", "takes >1hr"; "ages to get
# dressed", "two hours getting ready".
_TAKES_LONG = re.compile(
    rf"\b(?:takes?|took|taking|taken)\s+(?:(?:me|him|her|them|us|my\s+\w+)\s+)?"
    rf"(?:(?:{_words_re(_UNABLE['long_leads'])})\s+|[>~]\s*)*"
    rf"(?:{_AMOUNT}|{_LONG})(?!\w)"
    rf"|\b(?:{_AMOUNT}|ages|forever)\s+(?:just\s+)?(?:to\s+(?:get|do|have|make|wash|cook)|getting|doing|trying)\b",
    re.I,
)
# "three, four times as long", "3-4 times longer", "double the time", "twice as slow".
_TIMES_AS_LONG = re.compile(
    rf"\b(?:(?:{text_.NUMBER})(?:\s*(?:,|-|/|to|or)\s*(?:{text_.NUMBER}))*\s*(?:times|x)"
    rf"|{_words_re(_UNABLE['multiples'])})\s+(?:{_words_re(_UNABLE['comparisons'])})\b",
    re.I,
)
_TAKEN = re.compile(
    rf"(?<!\bi\s)(?<!\bi've\s)(?<!\bi'll\s)(?<!\bi'd\s)\b(?:{_words_re(_UNABLE['taking'])})\s+"
    rf"(?:(?:all|some|most|of|off|from)\s+)*(?:my|me|his|him|her|their|our)\s+(?:\w+\s+)?(?:{_words_re(_UNABLE['money'])})\b"
    rf"|\b(?:my|his|her|their)\s+(?:{_words_re(_UNABLE['money'])})\s+(?:was|were|got|gets|has\s+been|have\s+been|had\s+been|been|keeps\s+getting)\s+(?:taken|stolen|nicked|spent|used)\b",
    re.I,
)


# Doing it alone said as what would be, were it not for something: "she'd do it all herself only
# she has no breath", "I would manage it on my own if I could", "he'd cook for himself but his
# hands shake".
_WOULD_IF = re.compile(
    r"(?:\b(?:would)|'d)\s+(?:(?:love|like|want)\s+to\s+|happily\s+|gladly\s+)?"
    r"(?:do|manage|cook|wash|go|get\s+there)\s+(?:(?:it|them|that|this|everything|things|for)\s+)?"
    r"(?:all\s+)?(?:by\s+)?(?:myself|herself|himself|themselves|on\s+(?:my|her|his|their)\s+own"
    r"|alone)\s*,?\s+(?:only|but|if\s+(?:i|she|he|they)\s+could)\b",
    re.I,
)
_ALONE_LEAD = re.compile(rf"\b(?:{_words_re(_UNABLE['alone_leads'])})\b", re.I)
_ALONE_FAILS = re.compile(
    rf"\b(?:{_words_re(_UNABLE['alone_fails'])})\b(?!\s+(?:mind|minds|like|likes|want|wants|care|need|needs)\b)",
    re.I,
)


def _left_alone(read: str) -> tuple[int, int] | None:
    """Being alone or unhelped ("on her own", "unless someone", "when I'm not there") and, in the
    same sentence and outside those words, a task failing ("forgets", "doesn't start", "won't
    eat"): the person cannot do it without help. Where the alone words are, or None."""
    for sentence in re.finditer(r"[^.!?;\n]+", read):
        said_ = sentence.group(0)
        for lead in _ALONE_LEAD.finditer(said_):
            fails = _ALONE_FAILS.finditer(said_)
            if any(f.end() <= lead.start() or f.start() >= lead.end() for f in fails):
                return sentence.start() + lead.start(), sentence.start() + lead.end()
    return None


def _conversation_need_ids(ctx: Context) -> list[str]:
    ids = []
    for qid in ("assessed_needs", "needs"):
        record = ctx.state.answers.get(qid)
        ids += [a.value["id"] for a in (record.applied if record else []) if a.op == "add_item"]
    return ids


_PA = re.compile(
    r"\b(?:pas?|p\.a\.|personal assistants?|employ|my own carers?|my own staff|hire)\b", re.I
)


def x_dp_what_for(text: str, ctx: Context) -> Extraction:
    words = said(text)
    facts = [set_("direct_payment.what_for", words, words)]
    wanted = set(lexicon.keys(_readable(text, ctx), _outcome_table(ctx)))
    for need in ctx.plan.get("needs") or []:
        outcomes = set(need.get("eligibility_outcomes") or [])
        if (
            (wanted & outcomes)
            or (not outcomes and _shares_a_task_word(need, text))
            or _shares_a_name(need, text)
        ):
            facts.append(add("direct_payment.need_ids", need["id"], words))
    pa = _PA.search(text)
    if pa:
        facts.append(set_("direct_payment.employs_personal_assistant", True, pa.group(0)))
    return Extraction(facts, value=words)


def _says_why(phrase: str) -> bool:
    return bool(_EXPLAINS.match(phrase) or _SAYS_WHY.match(phrase))


# Words too general to say which need a direct payment is for.
_GENERAL = frozenset(
    {"help", "helps", "helping", "support", "things", "thing", "getting", "someone", "somebody",
     "every", "because", "about", "there", "their", "would", "could", "should", "really", "always",
     "sometimes", "week", "weeks", "morning", "mornings", "evening", "evenings", "afternoon",
     "afternoons", "night", "nights", "daily", "hours", "times", "little", "other"}
)  # fmt: skip


def _shares_a_task_word(need: dict[str, object], text: str) -> bool:
    """A need with no outcome ("medication/insulin prompting") is what a direct payment is for
    when the payment's words name its task ("am insulin prompt + breakfast"): a word of five
    letters or more they share, compared on its first five letters (prompt, prompting)."""

    def stems(words: str) -> set[str]:
        return {w[:5] for w in lexicon.words(words) if len(w) >= 5 and w not in _GENERAL}

    return bool(stems(str(need.get("description") or "")) & stems(text))


# A place said by its name after "to" or "at" ("to Mass", "at Tesco", "to the Deaf club").
_PLACE = re.compile(r"\b(?:to|at)\s+(?:the\s+)?([A-Z][a-z]{2,})\b")


def _shares_a_name(need: dict[str, object], text: str) -> bool:
    """A direct payment "to take him to Mass" is for the need "getting to Mass and appointments",
    whatever outcomes that need has: a place they both name. A person's name is no place ("help
    with Leo", "bathing Leo")."""
    return bool(set(_PLACE.findall(str(need.get("description") or ""))) & set(_PLACE.findall(text)))
