"""Lists, numbers, money and hours in everyday words.

Bounded, hand-written patterns rather than a parsing library: the set of shapes a plan needs is
small ("£150 a week", "about 40 quid", "3 hours a day", "twice a week for 2 hours"), and each
result must point back at the exact words it came from. Every function returns ``None`` rather
than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import pairwise

from service.conversation import lexicon
from service.plan.money import pence

_UNITS: dict[str, int | Decimal] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "half": Decimal("0.5"), "couple": 2, "few": 3,
}  # fmt: skip
_NUMBER = r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b"
NUMBER = _NUMBER  # a number in digits or words ("3", "three", "a couple")
_PERIOD = r"(?:a|an|per|each|every|/)\s*(week|wk|year|yr|annum|month|day|fortnight)"


def number(token: str) -> Decimal | None:
    token = token.lower().strip()
    if token in _UNITS:
        return Decimal(_UNITS[token])
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


# --- lists ----------------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:[,;\n\u2022]|\.\s|\s-\s|\balso\b|\bplus\b|\bas well as\b)\s*", re.I)
_AND = re.compile(r"\s+(?:and|&|n)\s+", re.I)
_FILLER = re.compile(r"^(?:and|or|also|then|um+|er+|well|oh|like|so|but)\b[\s,]*", re.I)
_SHORT = 4  # words; longer phrases joined by "and" are one idea ("stay in my home and be safe")


_PARTICLES = frozenset({"in", "up", "out", "on", "off", "down", "over", "back"})
_NEW_CLAUSE = re.compile(r"\s+and\s+(?=(?:i|i'm|im|i've|he|she|he's|she's|they)\b)", re.I)


def split_list(text: str) -> list[str]:
    """``"shopping, cleaning and cooking"`` -> ``["shopping", "cleaning", "cooking"]``.

    "and" splits short items only, and never "his mum and dad" or "washed and dressed" (one word
    after "and" that completes a longer phrase); "and I ..." always starts a new item.
    """
    text = _BRACKETED.sub(_masked, text)
    by_sentence = _sentence_items(text)
    if by_sentence is not None:
        return by_sentence
    items: list[str] = []
    parts = re.split(f"({_SPLIT.pattern})", text, flags=re.I)
    for i in range(0, len(parts), 2):
        before = parts[i - 1] if i else ""
        after = parts[i + 1] if i + 1 < len(parts) else ""
        # the last item of a comma list: its "and" is the list's own ("meals, personal care and
        # getting out to the shops"), so it splits even when the items are long
        ends_list = "," in before and "," not in after
        if items and _DASHED.fullmatch(before) and _SAYS_MORE.match(parts[i].strip()):
            items[-1] += before + parts[i]  # "Her garden - she grows saag": one item
            continue
        if (
            items
            and before.strip() == ","
            and (
                _ASIDE.match(parts[i].strip())
                or _names_them(items[-1], parts[i])
                or _OF_BEFORE.fullmatch(parts[i].strip())
            )
        ):
            items[-1] += before + parts[i]  # "My garden, even if ...", "the girls, Ellie and Rosie"
            continue
        for clause in _NEW_CLAUSE.split(parts[i]):
            items += _split_and(clause, ends_list)
    return [_unmasked(c) for c in (clean(i) for i in items) if c]


# A list written as sentences or numbered items: ". " (never the point of "9.30"), ";", a new
# line, or "1) ... 2) ...".
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+|\s*[;\n]+\s*")
_NUMBERED = re.compile(r"(?:^|\s)\(?\d{1,2}[).]\s+")
# After a comma, words that say when, how or why about the item before, or a clause of its own
# (prompts/lexicon/lists_qualifiers.yaml); read with ``match`` at the item's start.
_SAID_OF_BEFORE = lexicon.load("lists_qualifiers")["said_of_the_item_before"]
QUALIFIER = re.compile(
    r"(?:"
    + "|".join(
        map(
            re.escape,
            sorted(
                lexicon.load("lists_qualifiers")["qualifiers"] + _SAID_OF_BEFORE,
                key=len,
                reverse=True,
            ),
        )
    )
    + r"|\d|[a-z]{3,}ed)\b",
    re.I,
)
# "indoors and out", "day and night", "rain or shine" after a comma: said of the item before it.
_OF_BEFORE = re.compile(
    r"(?:" + "|".join(r"[\s,]+".join(map(re.escape, p.split())) for p in _SAID_OF_BEFORE) + r")\b",
    re.I,
)


def _sentence_items(text: str) -> list[str] | None:
    """An answer written as three or more sentences or numbered items is a list of them, each
    item the sentence as the person wrote it ("Tobi staying well and staying out of hospital.
    My church choir, when I can get there. My daughter and my granddaughter"), unless the
    sentence is itself a list of short items ("Gardening, reading, the telly"). ``None`` for
    fewer sentences: the answer is read as one list."""
    numbered = _NUMBERED.split(text) if len(_NUMBERED.findall(text)) >= 2 else None
    sentences = [_unmasked(s) for s in numbered or _SENTENCE_GAP.split(text) if clean(s)]
    if len(sentences) < 3:
        return None
    out: list[str] = []
    for sentence in sentences:
        out += split_list(sentence) if _short_list(sentence) else [clean(sentence)]
    return [i for i in out if i]


def _short_list(sentence: str) -> bool:
    """ "Gardening, reading, the telly", "the dog, the cat and the birds": three or more short
    items, none after the first saying when, how or why ("My church, when I can get there") nor
    naming the one before ("My girlfriend, Amara", "My church, St Barnabas"). A sentence with a
    colon is read as one list, as before."""
    if ":" in sentence:
        return True  # "What he would accept: to keep his flat, to keep Rocky, and ...": as listed
    if _DASHED.search(sentence) or "," not in sentence:
        return False
    items = [i.strip() for i in sentence.split(",") if i.strip()]
    if any(_OF_BEFORE.match(clean(i)) for i in items[1:]):
        return False  # "Independent in my powerchair, indoors and out": one item
    items = items[:-1] + [p for p in _AND.split(items[-1]) if p.strip()]
    return (
        len(items) >= 3
        and all(len(i.split()) <= 4 for i in items)
        and not any(QUALIFIER.match(clean(i)) for i in items[1:])
        and not any(_names_them(before, i) for before, i in pairwise(items))
    )


# After a dash, words with their own subject say more about the item before it: "Her garden - she
# grows saag", "my dog - he's my best mate", "Stay at home - I don't want a home".
_DASHED = re.compile(r"\s*\s-\s\s*")
_SAYS_MORE = re.compile(
    r"(?:i|he|she|they|it|we|i'm|i've|i'd|he's|she's|he'll|she'll|they're|they've|it's|that's)\s+\w"
    r"|['\"\u2018\u201c]\w",  # "His independence - 'nobody telling me what to do'"
    re.I,
)
# After a comma, words that only qualify the item before: "My garden, even if I only watch now",
# "His brother Lenny, though they rarely speak".
_ASIDE = re.compile(
    r"(?:even\s+if|even\s+though|even\s+when|though|although|albeit|whereas|if\s+only)\b", re.I
)


def _names_them(item: str, part: str) -> bool:
    """ "the girls, Ellie and Rosie", "my wife, Michelle": names after a comma that name the people
    of the item before are that item."""
    said = item.split()
    names = [w for w in _AND.split(part.strip()) if w]
    return (
        bool(said)
        and said[-1].lower() in _people_words()
        and bool(names)
        and all(
            len(n.split()) == 1 and _name_like(n) and n.lower() not in _people_words()
            for n in names
        )
    )


# Words in brackets are an aside about the item before them ("my daughter Kayleigh (she's 19 now,
# at uni in Leeds)", "his motorbikes (still, don't ask)"): never split inside them. Their spaces
# and commas are masked while the list is split, then put back.
_BRACKETED = re.compile(r"\([^()]*\)")
_MASK = {" ": "\ue000", ",": "\ue001", ";": "\ue002", ".": "\ue003", "-": "\ue004", "\n": "\ue005"}


def _masked(found: re.Match[str]) -> str:
    return "".join(_MASK.get(c, c) for c in found.group(0))


def _unmasked(piece: str) -> str:
    for plain, mask in _MASK.items():
        piece = piece.replace(mask, plain)
    return piece


_GERUND = re.compile(r"^(?:still\s+|also\s+|just\s+)?[a-z]{2,}ing\b(?!\s+(?:and|or)\b)", re.I)


def _gerund_led(piece: str) -> bool:
    """A phrase led by its own -ing verb ("still having time with ..."), so a list item."""
    return bool(_GERUND.match(piece.strip())) and len(piece.split()) >= 2


def _kept_together(part: str) -> bool:
    """A fixed pair ("washing and dressing") is one item (prompts/lexicon/kept_together.yaml)."""
    said = " ".join(lexicon.words(_AND.sub(" and ", part)))  # "washing n dressing", "&"
    table = lexicon.load("kept_together")
    if any(f" {p} " in f" {said} " for p in table["pairs"]):
        return True
    pieces = [lexicon.words(p) for p in _AND.split(part)]
    return (
        len(pieces) >= 2
        and all(pieces)
        and any(all(p[-1] in group for p in pieces) for group in table["groups"].values())
    )


def _split_and(part: str, ends_list: bool = False) -> list[str]:
    pieces = _AND.split(part)
    if len(pieces) == 2 and not _kept_together(part) and all(map(_gerund_led, pieces)):
        return pieces  # "keeping my job and still having time with my grandson": two things
    long = any(len(p.split()) > _SHORT for p in pieces)
    listed = ends_list and len(pieces) == 2 and _gerund_led(pieces[1])
    if len(pieces) < 2 or (long and not listed) or _kept_together(part):
        return [part]
    left, right = pieces[-2].split(), pieces[-1].split()
    participle = right[0].lower().endswith("ed") and (
        len(left) >= 2 or left[-1].lower().endswith("ed")
    )
    if participle or (len(left) >= 2 and len(right) == 1):
        return [part]  # "his mum and dad", "getting washed and dressed in the mornings"
    if left[-1].lower() in _PARTICLES:
        return [part]  # "getting in and out of the bath"
    if _GERUND.match(left[0]) and right[-1].lower() in _PARTICLES and not _GERUND.match(right[0]):
        return [part]  # "putting my shoes and socks on": the particle ends the verb on the left
    if _shares_object(left, right) or (_ends_with_person(left) and _is_people(right)):
        last = list(_AND.finditer(part))[-2] if len(pieces) > 2 else None
        return [*pieces[:-2], part[last.end() :]] if last else [part]
    return pieces


_AFTER_VERB = frozenset(
    {"to", "in", "into", "out", "up", "on", "off", "with", "at", "for", "about"}
)


def _shares_object(left: list[str], right: list[str]) -> bool:
    """ "lifting and bathing Leo", "peeling and chopping veg": a lone verb before "and" that names
    no task of its own takes the object of the verb after it, so the two are one item. A verb that
    is a task on its own ("cooking and washing my hair") stays a separate item."""
    lone = len(left) == 1 and bool(re.fullmatch(r"[a-z]{3,}ing", left[0].lower()))
    if not lone or len(right) < 2 or not re.fullmatch(r"[a-z]{3,}ing", right[0].lower()):
        return False
    tables = lexicon.load("eligibility_outcomes")
    task = any(lexicon.keys(left[0], tables[kind]) for kind in ("adult", "carer"))
    light = right[0].lower() in _LIGHT_VERBS  # "driving and getting the bus": two things
    return not task and not light and right[1].lower() not in _AFTER_VERB


_LIGHT_VERBS = frozenset(
    {"getting", "going", "having", "doing", "being", "keeping", "staying", "seeing", "making"}
)


_OWNED = frozenset({"my", "our", "the", "his", "her", "their", "all", "me"})


@cache
def _people_words() -> frozenset[str]:
    found = set(lexicon.load("kept_together")["people"])
    for group in lexicon.load("relationships").values():
        found |= set(group["words"])
    return frozenset(w for w in found if " " not in w) | {f"{w}s" for w in found if " " not in w}


def _is_people(right: list[str]) -> bool:
    """ "the grandkids", "my sister", "mum", "Jim": people, and nothing else."""
    rest = [w for w in right if w.lower() not in _OWNED]
    if not rest and right[-1].lower() in ("me", "us"):
        return True  # "Sheila and me"
    words = _people_words()
    names = [w for w in rest if _name_like(w)]
    return bool(rest) and all(w.lower() in words or w in names for w in rest)


def _ends_with_person(left: list[str]) -> bool:
    """ "Sheila", "seeing Paul", "my daughter": the phrase before "and" ends with a person."""
    last = left[-1]
    return last.lower() in _people_words() or _name_like(last)


def _name_like(word: str) -> bool:
    words = lexicon.load("people_words")
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in words["not_capitalised_names"]
        and word.lower() not in words["not_names"]
    )


def clean(text: str) -> str:
    text = text.strip(" \t.,;:!-\u2022")
    while (stripped := _FILLER.sub("", text)) != text:
        text = stripped
    return text.strip(" \t.,;:!-")


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+|;\s*|\s+but\s+", text.strip())
    return [c for c in (clean(p) for p in parts) if c]


# --- money ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    amount: Decimal
    period: str | None  # week | year (a month is turned into a year, exactly: x12)
    quote: str


_MONEY = re.compile(
    rf"(?:£\s*(?P<a>{_NUMBER})(?P<k>k\b)?|(?P<b>{_NUMBER})\s*(?P<unit>pounds?|quid|gbp|£|k\b))"
    rf"(?:\s*(?P<per>{_PERIOD}))?",
    re.I,
)
_BARE = re.compile(rf"\b(?P<b>\d+(?:[.,]\d+)*)\b(?:\s*(?P<per>{_PERIOD}))?", re.I)


def money(text: str) -> Amount | None:
    found = _MONEY.search(text) or _BARE.search(text)
    if not found:
        return None
    groups = found.groupdict()
    value = number(groups.get("a") or groups["b"])
    if value is None:
        return None
    if groups.get("k") or (groups.get("unit") or "").lower() == "k":
        value *= 1000  # "£7k a year"
    return _with_period(value, (found.group("per") or "").lower(), found.group(0).strip())


def _with_period(value: Decimal, per: str, quote: str) -> Amount:
    words = per.split()
    unit = words[-1] if words else ""
    if unit == "month":
        return Amount(pence(value * 12), "year", quote)
    if unit == "fortnight":
        return Amount(pence(value / 2), "week", quote)
    if unit in ("year", "yr", "annum"):
        return Amount(pence(value), "year", quote)
    if unit in ("week", "wk"):
        return Amount(pence(value), "week", quote)
    if unit == "day":
        return Amount(pence(value * 7), "week", quote)
    return Amount(pence(value), None, quote)


# --- hours a week --------------------------------------------------------------------------

_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_HOURS = re.compile(
    rf"(?P<n>{_NUMBER})(?:\s+and\s+a\s+half)?\s*(?:hours?|hrs?|h)\b(?:\s+and\s+a\s+half)?", re.I
)
_EXPLICIT_WEEK = re.compile(r"(?:hours?|hrs?|h)\s+(?:a|per|each|every|/)\s*(?:week|wk)\b", re.I)
_HALF_HOUR = re.compile(r"\bhalf an hour\b|\b30 min(?:ute)?s?\b", re.I)
_AN_HOUR = re.compile(r"\b(?:an|one) hour\b", re.I)
_TIMES = re.compile(
    rf"\b(?P<n>{_NUMBER}|once|twice)\s*(?:times?\s*)?(?:a|per|each|every)\s+week\b", re.I
)
_DAILY = re.compile(
    r"\b(?:a|per|each|every)\s+(?:day|night|evening|morning|afternoon)\b|\bdaily\b|\bnightly\b",
    re.I,
)
_WEEKDAYS = re.compile(
    r"\bweekdays?\b|\bmonday to friday\b|\bmon(?:day)?\s*-\s*fri(?:day)?\b", re.I
)
_WEEKLY = re.compile(r"\b(?:a|per|each|every)\s+week\b|\bweekly\b", re.I)
_WEEKENDS = re.compile(r"\bweekends?\b", re.I)
# "three hours a day five days a week": the days a week the daily hours are given on
_DAYS_A_WEEK = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?:days?|nights?|evenings?|mornings?|afternoons?)\s+"
    r"(?:a|per|each|every|/)\s*week\b",
    re.I,
)
# "8 hours a day except weekends": every weekday
_NOT_WEEKENDS = re.compile(
    r"\b(?:except|apart\s+from|but\s+not|not|excluding|other\s+than)\s+(?:at\s+|on\s+|over\s+)?"
    r"(?:the\s+)?weekends?\b",
    re.I,
)


@dataclass(frozen=True)
class Hours:
    per_week: Decimal
    quote: str


def hours_per_week(text: str) -> Hours | None:
    """Hours a week from "3 hours a day", "twice a week for 2 hours", "about 20 hours a week"."""
    length = _length(text)
    if length is None:
        return None
    weekly = _EXPLICIT_WEEK.search(text) or _WEEKLY.search(text)
    over = None if weekly or _RATE.search(text) else _over_a_period(text)
    times = (
        Decimal(1)
        if _EXPLICIT_WEEK.search(text)
        else over or _times_a_week(text, default=1 if weekly else None)
    )
    if times is None:
        return None
    per_week = length * times
    whole = per_week % 1 == 0  # "10", never "1E+1" (what Decimal.normalize() writes)
    return Hours(per_week.quantize(Decimal(1)) if whole else pence(per_week), text.strip())


def _length(text: str) -> Decimal | None:
    if _HALF_HOUR.search(text):
        return Decimal("0.5")
    found = _HOURS.search(text)
    if found:
        value = number(found.group("n"))
        extra = Decimal("0.5") if "half" in found.group(0).lower() else Decimal(0)
        return None if value is None else value + extra
    return Decimal(1) if _AN_HOUR.search(text) else None


# A rate: hours each time something happens ("3 hours a day", "2 hours each weekend day",
# "twice a week for 2 hours"). Without one, hours "over the weekend", "across the week", "a
# fortnight" or "in total" are a total for that period, not for each day of it.
_RATE = re.compile(
    r"\b(?:a|per|each|every)\s+(?:weekend\s+|week\s*)?(?:day|night|evening|morning|afternoon)\b"
    r"|\b(?:daily|nightly)\b|\bboth\s+days\b|\beach\s+(?:of\s+(?:the|those)\s+)?days\b"
    r"|\b(?:\d+|once|twice|one|two|three|four|five|six)\s+(?:times?\s+)?(?:a|per|each|every)\s+",
    re.I,
)
_SHORT_DAYS = r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b"
_MONTH = re.compile(
    r"\b(?:a|per|each|every|/|in\s+a|over\s+a|across\s+a)\s*month\b|\bmonthly\b", re.I
)
_FORTNIGHT = re.compile(
    r"\bfortnight(?:ly)?\b|\b(?:every|over|across|in)\s+(?:two|2)\s+weeks\b"
    r"|\bevery\s+other\s+week\b",
    re.I,
)
_TOTAL = re.compile(
    r"\b(?:over|across|during|throughout|between)\s+(?:the\s+|a\s+|each\s+|every\s+)?"
    rf"(?:week(?:end)?s?|{_DAYS}|{_SHORT_DAYS})"
    r"|\b(?:in\s+total|in\s+all|altogether|all\s+told|total)\b"
    r"|\bweekends?\b",
    re.I,
)


def _over_a_period(text: str) -> Decimal | None:
    """How many weeks' worth a total names: "8 hours a fortnight" is 4 a week, "12 hours over
    the weekend" 12; None when the hours are not a total over a period."""
    if _MONTH.search(text):
        return Decimal(12) / Decimal(52)
    if _FORTNIGHT.search(text):
        return Decimal("0.5")
    return Decimal(1) if _TOTAL.search(text) and _period_said(text) else None


def _period_said(text: str) -> bool:
    return bool(re.search(rf"\bweek(?:end)?s?\b|{_DAYS}|{_SHORT_DAYS}", text, re.I))


_WEEKENDS_TOO = re.compile(
    r"\b(?:including|and|plus)\s+(?:the\s+)?weekends?\b|\bweekends?\s+(?:too|as\s+well)\b", re.I
)


def _times_a_week(text: str, default: int | None) -> Decimal | None:
    found = _TIMES.search(text)
    if found:
        word = found.group("n").lower()
        return Decimal({"once": 1, "twice": 2}.get(word, 0)) or number(word)
    days_a_week = _DAYS_A_WEEK.search(text)
    if days_a_week:
        return number(days_a_week.group("n"))
    if _WEEKDAYS.search(text) or _NOT_WEEKENDS.search(text):
        return Decimal(5)
    if _WEEKENDS.search(text) and not _WEEKENDS_TOO.search(text):
        return Decimal(2)  # "3 hours a day at weekends"
    if _DAILY.search(text):
        return Decimal(7)
    days = set(re.findall(_DAYS, text, re.I))
    if days:
        return Decimal(len({d.lower() for d in days}))
    return None if default is None else Decimal(default)


_DAY_WORD = rf"(?:{_DAYS})s?"
_SHORT_DAY = r"(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)s?"
_DAY_PART = r"(?:morning|afternoon|evening|night|lunchtime|teatime)s?"
# "every", "on", "of a Sunday", "every other Saturday", "alternate Fridays"
_DAY_LEAD = r"(?:every\s+other|every\s+second|alternate|every|each|on|most|some|of\s+a)"
_PAIRED = r"(?:and|to|&|n|or)"
# A frequency word is a when only where the clause ends with it ("visits monthly"), never the
# name of a thing ("my weekly shop", "a monthly visit").
_ENDS = r"(?=\s*(?:[,.;:!?)\-]|$|and\b|but\b|or\b|if\b|when\b|maybe\b|probably\b))"
_WHEN = re.compile(
    rf"\b(?:{_DAY_LEAD}\s+(?:a\s+)?)?{_DAY_WORD}(?:\s+{_DAY_PART})?"
    rf"(?:\s+{_PAIRED}\s+(?:{_DAY_WORD}|{_SHORT_DAY})(?:\s+{_DAY_PART})?)?\b"
    # short days only where they cannot be another word: "on sat", "tues n thurs"
    rf"|\b{_DAY_LEAD}\s+{_SHORT_DAY}\b(?:\s+{_PAIRED}\s+(?:{_DAY_WORD}|{_SHORT_DAY})\b)?"
    rf"|\b{_SHORT_DAY}\s+{_PAIRED}\s+(?:{_DAY_WORD}|{_SHORT_DAY})\b"
    r"|\b(?:every|each)\s+(?:other\s+|second\s+)?(?:day|night|morning|evening|afternoon|week|weekend|fortnight|month)\b"
    r"|\bevery\s+(?:\d+|two|three|four|six|few|couple\s+of)\s+(?:days|weeks|months)\b"
    r"|\b(?:once|twice|\d+\s+times?|three times|four times)\s+(?:a|per)\s+(?:day|week|fortnight|month|year)\b"
    r"|\b(?:most|some|many)\s+(?:days|nights|mornings|afternoons|evenings|weeks|weekends)\b"
    r"|\b(?:at\s+)?weekends?\b|\bweekdays?\b|\bdaily\b|\bnightly\b|\bin the (?:morning|evening|afternoon)s?\b"
    rf"|\b(?:weekly|fortnightly|monthly|yearly){_ENDS}"
    r"|\b(?:in|over) the (?:school\s+)?holidays\b|\b(?:at|over)\s+(?:christmas|xmas|easter)\b"
    r"|\bon\s+(?:my|his|her|their|our)\s+birthdays?\b"
    r"|\b(?:every\s+)?now\s+and\s+(?:then|again)\b|\bfrom\s+time\s+to\s+time\b|\bonce\s+in\s+a\s+while\b"
    r"|\ball\s+day,?\s+every\s+day\b|\bday\s+and\s+night\b|\bround\s+the\s+clock\b|\b24/7"
    # a count of days in a period: "three days a week", "two afternoons a fortnight", "one
    # weekend a month"
    rf"|\b(?:(?:a\s+)?couple\s+of|(?:a\s+)?few|{_NUMBER})\s+"
    r"(?:days?|nights?|evenings?|mornings?|afternoons?|weekends?)\s+"
    r"(?:a|per|each|every|in\s+the)\s+(?:week|fortnight|month|year)\b"
    # every so many weeks as one word: "visits 6-weekly", "3-monthly", "2 weekly"
    rf"|\b\d+\s*-?\s*(?:weekly|monthly|daily){_ENDS}"
    # a short day with its capital, as a note has it ("shopping Sat", "Tues & Thurs"), never the
    # verb "Sat with me", a name's possessive ("Sat's") nor a paper ("reads the Sun")
    r"|(?<=\S\s)(?<!\bthe\s)(?<!\ba\s)(?-i:(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun))\b(?!['\u2019])"
    r"(?!\s+(?:with|down|on|in|at|by|up|there|beside|next|outside|around|round|back|for)\b)",
    re.I,
)


def when(text: str) -> str | None:
    """The words saying when something happens ("every Tuesday morning"), as said."""
    spans = [m.group(0).strip() for m in _WHEN.finditer(text)]
    return ", ".join(spans) if spans else None
