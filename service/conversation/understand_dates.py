"""Dates as people say them, relative to a given ``today``.

Hand-written for a bounded set of shapes (today, tomorrow, next Monday, on Friday, 3rd March,
March 3, 3/3/2027 (UK day first), 2027-03-03, in 6 weeks, in two months, next week, next month)
instead of ``dateparser``: that library brings ~30 MB of locale data and regex tables for
languages this flow does not ask in, reads "3/3" month-first unless configured, and returns a
datetime even for text it half-understood; here anything outside the set is ``None``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from service.conversation import lexicon
from service.conversation.understand_text import number

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS["sept"] = 9
_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = "|".join(_DAYS)
_ORD = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_NUM = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|few"


@dataclass(frozen=True)
class Found:
    value: date
    quote: str


def _iso(text: str, today: date) -> Found | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    return _safe(lambda: date(int(m[1]), int(m[2]), int(m[3])), m) if m else None


def _numeric(text: str, today: date) -> Found | None:
    # "12/1", "12/01/27"; with dots or hyphens only with the year ("12.1.27", "12-01-2027"), as
    # "the 10.14 to Derby" is a time
    m = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", text) or re.search(
        r"\b(\d{1,2})([.-])(\d{1,2})\2(\d{2}|\d{4})\b(?![.-]\d)", text
    )
    if not m:
        return None
    day, month, said_year = (m[1], m[3], m[4]) if m.lastindex == 4 else (m[1], m[2], m[3])
    year = int(said_year) if said_year else None
    year = year + 2000 if year is not None and year < 100 else year
    return _safe(lambda: _next_occurrence(int(day), int(month), year, today), m)


def _day_month(text: str, today: date) -> Found | None:
    m = re.search(rf"\b{_ORD}\s*(?:of\s+)?(?P<m>{_MONTH})\b\.?(?:,?\s*(?P<y>\d{{4}}))?", text, re.I)
    # "March 3", "January the 12th", "in january. the 12th"
    m = m or re.search(
        rf"\b(?P<m>{_MONTH})\b(?:\s+|[.,]\s*)(?:the\s+)?{_ORD}\b(?:,?\s*(?P<y>\d{{4}}))?",
        text,
        re.I,
    )
    if not m:
        return None
    month, year = _MONTHS[m["m"].lower()], int(m["y"]) if m["y"] else None
    return _safe(lambda: _next_occurrence(int(m["d"]), month, year, today), m)


def _weekday_day(text: str, today: date) -> Found | None:
    """ "Monday the 4th", "Fri 29th": the next date that is both that weekday and that day."""
    m = re.search(
        rf"\b(?P<day>{_DAY}|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b,?\s+(?:the\s+)?"
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:/|:|am|pm|o'?clock|hours?|weeks?|days?))",
        text,
        re.I,
    )
    if not m:
        return None
    weekday = next(i for name, i in _DAYS.items() if name.startswith(m["day"].lower()[:3]))
    year, month = today.year, today.month
    for _ in range(14):  # the next fourteen months hold every weekday on every day 1..31
        try:
            candidate = date(year, month, int(m["d"]))
        except ValueError:
            candidate = None
        if candidate and candidate >= today and candidate.weekday() == weekday:
            return Found(candidate, m.group(0).strip())
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _day_alone(text: str, today: date) -> Found | None:
    """ "the 12th", "on the 3rd": the next such day of a month (the suffix makes it a date)."""
    m = re.search(r"\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", text, re.I)
    if not m:
        return None
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = date(year, month, int(m["d"]))
        except ValueError:
            candidate = None
        if candidate and candidate >= today:
            return Found(candidate, m.group(0).strip())
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


# "the start of March", "the beginning of May": the month's first working day. "The end of January",
# "mid-February", "the first week in January", "early March", "the last week of Feb" are a stretch
# of days, not a date: with a weekday said in it ("mid-January on a Wednesday") that weekday,
# otherwise asked again (four writers answered the clarifying question with a day of their own,
# and the working day once guessed for the end or middle was right only half the time).
_PART_OF_MONTH = re.compile(
    rf"\b(?P<part>end|start|beginning|middle|mid|early|late|"
    r"(?:first|1st|second|2nd|third|3rd|last)\s+week)(?:\s+(?:of|in)|-|\s)\s*"
    rf"(?:the\s+month\s+of\s+)?"
    rf"(?P<m>{_MONTH})\b(?:\s+(?P<y>\d{{4}}))?",
    re.I,
)


def _part_of_month(text: str, today: date) -> Found | None:
    m = _PART_OF_MONTH.search(text)
    if not m:
        return None
    month = _MONTHS[m["m"].lower()]
    part = re.sub(r"\s+", " ", m["part"].lower())
    named = re.search(rf"\b(?P<day>{_DAY})\b", text, re.I)
    if named is None and part not in ("start", "beginning"):
        return None  # "the end of January", "the first week of January": which day is not said
    part = {"late": "end", "last week": "end", "early": "start", "first week": "start"}.get(
        part, part
    )
    if m["y"]:
        year = int(m["y"])
    else:
        year = today.year if (month, 1) >= (today.month, 1) else today.year + 1
    last = calendar.monthrange(year, month)[1]
    day = {"end": last, "middle": 15, "mid": 15, "second week": 8, "2nd week": 8}.get(part, 1)
    day = {"third week": 15, "3rd week": 15, "1st week": 1}.get(part, day)
    chosen = date(year, month, day)
    step = -1 if part == "end" else 1
    # "the first week in January. The Tuesday": that weekday within that part of the month
    if named:
        while chosen.weekday() != _DAYS[named["day"].lower()]:
            chosen += timedelta(days=step)
        return Found(chosen, f"{m.group(0).strip()} {named.group(0)}")
    while chosen.weekday() >= 5:  # a Saturday or Sunday moves to the nearest working day inside
        chosen += timedelta(days=step)
    return Found(chosen, m.group(0).strip())


# Clinical shorthand: "6/52" six weeks, "3/12" three months, "2/7" two days. "/52" is never a
# date; "/12" and "/7" are read as time only with "in" before or "after", "time" after them.
_SHORTHAND = re.compile(
    r"(?:\bin\s+)?\b(?P<n>\d{1,2})\s*/\s*(?P<u>52|12|7)\b(?!\s*/)(?P<after>\s+(?:after|from|time|later|post))?",
    re.I,
)
_SHORTHAND_UNIT = {"52": "week", "12": "month", "7": "day"}


def _shorthand(text: str, today: date) -> Found | None:
    for m in _SHORTHAND.finditer(text):
        said_in = m.group(0).lower().startswith("in")
        if m["u"] == "52" or said_in or m["after"]:
            n = int(m["n"])
            if n:
                quote = text[m.start() : m.end("u")].strip()
                return Found(_add(today, n, _SHORTHAND_UNIT[m["u"]]), quote)
    return None


# "Tuesday or Thursday afternoon", "Mon/Wed", "a Tuesday or a Friday": days offered to choose
# from, not a date
_DAYS_OFFERED = re.compile(
    rf"\b(?:{_DAY})\s*(?:or|/|&)\s*(?:an?\s+|on\s+|the\s+)?(?:{_DAY}|mon|tue|tues|wed|weds|thu|"
    r"thur|thurs|fri|sat|sun)\b"
    rf"|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\s*(?:or|/|&)\s*(?:an?\s+|on\s+)?"
    rf"(?:{_DAY})\b",
    re.I,
)


def _weekday(text: str, today: date) -> Found | None:
    m = re.search(rf"\b(?P<next>next\s+|this\s+|on\s+)?(?P<day>{_DAY})\b", text, re.I)
    if not m or _DAYS_OFFERED.search(text):
        return None
    ahead = (_DAYS[m["day"].lower()] - today.weekday()) % 7 or 7
    return Found(today + timedelta(days=ahead), m.group(0).strip())


def _relative(text: str, today: date) -> Found | None:
    m = re.search(
        rf"\b(?:in\s+)?(?:about\s+|around\s+)?(?P<n>{_NUM})\s+(?P<u>day|week|month|year|fortnight)s?\b",
        text,
        re.I,
    )
    m = m or re.search(r"\b(?P<n>next)\s+(?P<u>week|month|year)\b", text, re.I)
    if not m:
        return None
    n = 1 if m["n"].lower() == "next" else int(number(m["n"]) or 0)
    unit = m["u"].lower()
    if unit == "fortnight":  # "in a fortnight", "a fortnight's time": two weeks
        n, unit = n * 2, "week"
    return Found(_add(today, n, unit), m.group(0).strip()) if n else None


def _named(text: str, today: date) -> Found | None:
    m = re.search(r"\b(today|tomorrow|tonight)\b", text, re.I)
    if not m:
        return None
    return Found(today + timedelta(days=1 if m[1].lower() == "tomorrow" else 0), m.group(0))


_READERS = (
    _iso,
    _shorthand,
    _numeric,
    _day_month,
    _part_of_month,
    _relative,
    _named,
    _weekday_day,
    _day_alone,
    _weekday,
)

# "six weeks after the direct payment starts", "6/52 after DP starts", "a month after it begins"
_AFTER_START = re.compile(
    r"\b(?:after|from)\s+(?!(?:i|we|i've|i'm|we've)\b)"
    r"(?:(?:the|my|his|her|their|it|he|she|they|[a-z]+'s)\s+)?"
    r"(?:[\w/-]+\s+){0,3}?(?:start|starts|started|starting|begins?|began|kicks?\s+in|commences?)\b",
    re.I,
)


# "Not a Thursday", "don't leave it three months", "six weeks, not three months": from a no on,
# a part of the answer turns its date down.
_REFUSED = re.compile(
    r"\b(?:not|never|don'?t|dont|doesn'?t|doesnt|won'?t|wont|can'?t|cant|cannot|isn'?t|"
    r"wouldn'?t|mustn'?t|shouldn'?t|avoid|except|apart\s+from|"
    r"no\s+(?:later|sooner|earlier|more|less)\s+than)\b",
    re.I,
)
# "after my birthday", "before her operation", "after the appointment on the 12th": a date tied
# to another event bounds the review; it is not the review's date.
_BOUND = re.compile(
    r"\b(?:after|before|until|till|following|once)\b(?!\s+(?:next|that|then|this)\b)", re.I
)
# "3 months after his operation": a time counted from an event whose date is not known
_COUNTED = re.compile(
    r"(?:\b(?:days?|weeks?|months?|years?|fortnights?)|/\s*(?:52|12|7))\s*$", re.I
)
# "after my birthday. It's the 3rd of February": the date of the event just named
_ITS = re.compile(r"^(?:it\s+is|it'?s|its|that'?s|that\s+is|which\s+is|on)\b", re.I)
_CLAUSE = re.compile(r"([.;!?,]|\s[-\u2013]\s|\bbut\b)", re.I)


def _words(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len)[::-1])


@cache
def _past() -> re.Pattern[str]:
    """A length of time said about the past ("it's already taken four months", "six weeks ago")."""
    said = lexicon.load("dates_past")
    length = rf"(?:{_NUM})\s+(?:day|week|month|year|fortnight)s?\b"
    return re.compile(
        rf"\b(?:{_words(said['before'])})\s+(?:(?:{_words(said['softeners'])})\s+)?{length}"
        r"(?!['\u2019]?\s*time\b)"  # "for six weeks' time" is ahead
        rf"|\b{length}\s+(?:{_words(said['after'])})\b",
        re.I,
    )


def _only_wanted(text: str) -> str:
    """The answer without the dates it turns down or ties to another event, and without
    lengths of time said about the past."""
    text = _past().sub(lambda m: " " * len(m.group(0)), text)
    out, tied = [], False
    for part in _CLAUSE.split(text):
        refused = _REFUSED.search(part)
        if refused:
            part = part[: refused.start()]
        bound = _BOUND.search(part)
        if bound:
            tied = True
            kept = part[: bound.start()]
            part = "" if _COUNTED.search(kept) else kept
        elif tied and _ITS.match(part.strip()):
            part = ""
        out.append(part)
    return "".join(out)


# the exact readers: a day said so it needs no counting ("the 11th", "23/12/26", "4 January")
_EXACT = (_iso, _numeric, _day_month, _weekday_day, _day_alone)


@cache
def _concluded() -> re.Pattern[str]:
    """ "the week after her birthday, the 4th of January, so Monday the 11th", "4/52 post d/c,
    i.e. Wed 23/12/26": a date said after a word concluding the answer."""
    return re.compile(
        rf"(?<![\w.])(?:{_words(lexicon.load('dates_past')['concluding'])})(?![\w])", re.I
    )


def _conclusion(text: str, today: date) -> Found | None:
    """The exact date said after the last concluding word that is followed by one."""
    for m in reversed(list(_concluded().finditer(text))):
        rest = text[m.end() :]
        for reader in _EXACT:
            found = reader(rest, today)
            if found is not None:
                return found
    return None


def find_date(text: str, today: date, start: date | None = None) -> Found | None:
    """The first date the text names, or ``None``. A time counted from when support starts
    ("6 weeks after it starts") counts from ``start``; with no start known, it is no date.
    A date turned down ("not a Thursday") or tied to another event ("after my birthday") is
    none; an exact date said as the conclusion ("..., so Monday the 11th") is the date."""
    after_start = _AFTER_START.search(text)
    if after_start:
        # the time counted is said in the same sentence: "I need two weeks' notice. I suggest six
        # weeks after the direct payment starts"
        sentence = max(text.rfind(c, 0, after_start.start()) for c in ".;!?") + 1
        before = " " * sentence + text[sentence : after_start.start()]
        before = _past().sub(lambda m: " " * len(m.group(0)), before)
        base = start or today
        counted = _shorthand(before, base) or _relative(before, base)
        if counted is not None:  # an amount of time said before "after it starts"
            if start is None:
                return None
            quote = text[before.find(counted.quote) : after_start.end()].strip()
            return Found(counted.value, quote)
    from_event = _counted_from_event(text, today)
    if from_event is not None:
        return from_event
    text = _only_wanted(text)
    concluded = _conclusion(text, today)
    if concluded is not None:
        return concluded
    starting = _START_ON.search(text)
    for reader in _EXACT if starting else ():
        found = reader(text[starting.end() :], today)  # type: ignore[union-attr]
        if found is not None:
            return found
    for reader in _READERS:
        found = reader(text, today)
        if found is not None:
            return found
        if reader is _part_of_month and _PART_OF_MONTH.search(text):
            return None  # "the end of January": no later reader takes a piece of it
    return None


# "Kerry finish job 31 December. Start Monday 4 January please": the exact date said right after
# a word of starting is the start, whatever other dates the answer names
_START_ON = re.compile(
    rf"\b(?:start|starting|begin|beginning|commence|commencing)\s+(?:on\s+)?(?:the\s+)?"
    rf"(?=(?:{_DAY}|mon|tues?|wed|thurs?|fri|sat|sun)\b|\d)",
    re.I,
)
# "6 weeks after she moves in. She moves in on 7 December": a time counted from an event, and the
# event's date said elsewhere in the answer with the same word for it
_COUNTED_FROM = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<u>day|week|month)s?\s+(?:after|from|following)\s+(?P<event>(?:[^.;!?,\s]|\s(?![-\u2013]\s))+)",
    re.I,
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_NOT_EVENT = frozenset(
    {"she", "he", "they", "her", "his", "him", "their", "the", "my", "our", "we", "you", "your",
     "and", "for", "with", "that", "this", "was", "will", "has", "had", "have", "comes", "gets",
     "is", "on", "in", "at", "to", "of", "it", "me", "us", "be", "so", "by", "an", "i'm",
     "it's", "she's", "he's", "then", "there", "when", "been"}
)  # fmt: skip


def _stems(words: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z']{2,}", words.lower()) if w not in _NOT_EVENT}


def _counted_from_event(text: str, today: date) -> Found | None:
    m = _COUNTED_FROM.search(text)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _SMALL[m["n"].lower()]
    event = _stems(m["event"])
    rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    for sentence in re.split(r"[.;!?]", rest):
        if not event & _stems(sentence):
            continue
        for reader in _EXACT:
            found = reader(sentence, today)
            if found is not None:
                value = _add(found.value, n, m["u"].lower())
                return Found(value, f"{m.group(0).strip()} ({found.quote})")
    return None


def _add(today: date, n: int, unit: str) -> date:
    if unit in ("day", "week"):
        return today + timedelta(days=n * (7 if unit == "week" else 1))
    months = today.month - 1 + n * (12 if unit == "year" else 1)
    year, month = today.year + months // 12, months % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _next_occurrence(day: int, month: int, year: int | None, today: date) -> date:
    """ "3rd March" is the next 3 March from today; a year given is used as said."""
    if year is not None:
        return date(year, month, day)
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def _safe(make: Callable[[], date], m: re.Match[str]) -> Found | None:
    try:
        return Found(make(), m.group(0).strip())
    except ValueError:  # 31st February and friends: not a date, so no fact
        return None
