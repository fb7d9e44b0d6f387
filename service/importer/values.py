"""Read the values councils write: money ("£18.50 per hour"), hours ("7 hours a week"), dates
("14 April 2027", "14/04/2027"), frequencies ("every four weeks") and short answers.

Every reader returns ``None`` when the text does not say the thing plainly: unknown stays unknown,
never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from service.importer.vocab import first_match, lexicon, words

_MONEY = re.compile(r"£\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)(?!\d)")
# What follows an amount says what it is for ("per hour", "a week", "every four weeks").
_PER = (
    ("hour", r"(?:per|an|a|each)\s+hour|ph\b|p/h|/\s?hr?\b|hourly"),
    ("session", r"(?:per|a|each)\s+session"),
    ("night", r"(?:per|a|each)\s+night|nightly"),
    ("day", r"(?:per|a|each)\s+day|daily"),
    ("four_weekly", r"(?:every|per|each)\s+(?:four|4)\s+weeks|(?:four|4)[- ]weekly"),
    ("week", r"(?:per|a|each|every)\s+week|weekly|pw\b|p/w|/\s?wk|/\s?week"),
    ("month", r"(?:per|a|each|every)\s+(?:calendar\s+)?month|monthly|pcm\b"),
    ("year", r"(?:per|a|each|every)\s+(?:year|annum)|annually|yearly|p\.?a\.?(?!\w)"),
)
_PER_RE = [(name, re.compile(r"^[\s,()]*(?:" + pattern + ")", re.I)) for name, pattern in _PER]


@dataclass(frozen=True)
class Amount:
    value: Decimal
    per: str | None  # hour | session | night | day | week | four_weekly | month | year
    start: int
    end: int


# A rate cell may leave out the pound sign ("18.50 per hour"): only at the very start, with pence.
_BARE_MONEY = re.compile(r"^\s*((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})(?![\d.])")


def amounts(text: str) -> list[Amount]:
    """Every "£" amount in ``text`` with what it is per, when the text says."""
    found = []
    matches = list(_MONEY.finditer(text)) or list(_BARE_MONEY.finditer(text))
    for match in matches:
        value = Decimal(match.group(1).replace(",", ""))
        tail = text[match.end() : match.end() + 30]
        per = next((name for name, pattern in _PER_RE if pattern.search(tail)), None)
        found.append(Amount(value, per, match.start(), match.end()))
    return found


def money(text: str) -> Decimal | None:
    """The single amount a value holds ("£129.50", "129.50"); ``None`` if none or ambiguous."""
    found = amounts(text)
    return found[0].value if len(found) == 1 else None


def period_of(text: str) -> str | None:
    """ "week" or "year" when a value or label says so ("per annum", "Weekly amount")."""
    found = {a.per for a in amounts(text)} & {"week", "year"}
    if len(found) == 1:
        return found.pop()
    lowered = words(text)
    if " weekly " in lowered or " week " in lowered:
        return "week"
    yearly = (" annual ", " annually ", " yearly ", " year ", " per annum ")
    return "year" if any(w in lowered for w in yearly) else None


# --- quantities: hours, sessions, days, nights a week -------------------------------------------

_NUMBER = r"(\d+(?:\.\d+)?)"
_WEEKLY = r"(?:a|per|each|every)\s+week|weekly|pw\b|p/w|/\s?wk|/\s?week"
_DAILY = r"(?:a|per|each|every)\s+day|daily"


def _digits(text: str) -> str:
    """Number words as digits: "seven and a half hours" -> "7.5 hours"; "twice" -> "2 times"."""
    text = " " + text.lower().replace("–", "-") + " "
    text = re.sub(r"\bhalf an hour\b", "0.5 hours", text)
    text = re.sub(r"\ban hour\b", "1 hour", text)
    text = re.sub(r"\bonce\b", "1 times", text)
    text = re.sub(r"\btwice\b", "2 times", text)
    for word, value in sorted(lexicon()["number_words"].items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(str(word))}\b", str(value), text)
    text = re.sub(r"(\d+) and a (?:half|0\.5)\b", lambda m: f"{int(m.group(1))}.5", text)
    return re.sub(r"(\d+)\s*1/2\b", lambda m: f"{int(m.group(1))}.5", text)


def _days_per_week(text: str) -> Decimal | None:
    match = re.search(_NUMBER + r"\s*days?\s+(?:" + _WEEKLY + ")", text)
    if match:
        return Decimal(match.group(1))
    if re.search(r"monday\s+(?:to|-)\s+friday|weekdays|week days", text):
        return Decimal(5)
    if re.search(r"weekends?\b|saturday and sunday", text):
        return Decimal(2)
    return Decimal(7) if re.search(_DAILY + r"|every day|seven days", text) else None


def _hours_each_time(text: str) -> Decimal | None:
    match = re.search(_NUMBER + r"\s*(hours?|hrs?|minutes?|mins?)\b", text)
    if not match:
        return None
    value = Decimal(match.group(1))
    return value / 60 if match.group(2).startswith("m") else value


def _times_a_day(text: str) -> Decimal:
    match = re.search(_NUMBER + r"\s*(?:times|calls|visits)\s+(?:a|per|each)\s+day", text)
    return Decimal(match.group(1)) if match else Decimal(1)


def quantity(text: str, default_unit: str | None = None) -> tuple[Decimal, str] | None:
    """Units a week and the unit: "7 hours a week" -> (7, "hour"); "30 minutes twice a day" ->
    (7, "hour"); "2 days a week" at a day centre -> (2, "day"). A bare number ("7") counts only
    when ``default_unit`` says what it is (a column headed "Hours per week")."""
    text = _digits(text)
    weekly = re.search(
        _NUMBER
        + r"\s*(hours?|hrs?|sessions?|days?|nights?|visits?)\s+(?:\w+\s+){0,3}?(?:"
        + _WEEKLY
        + ")",
        text,
    )
    if weekly and not (weekly.group(2).startswith("day") and _hours_each_time(text)):
        return _rounded(Decimal(weekly.group(1))), _unit_of(weekly.group(2))
    # "7" or "7 hours (1 hour a day)" where the column or label already says "per week".
    lead = re.match(r"\s*" + _NUMBER + r"\s*(hours?|hrs?)?\s*(?:$|\()", text)
    if lead and (default_unit or lead.group(2)):
        return _rounded(Decimal(lead.group(1))), default_unit or "hour"
    per_day = _hours_each_time(text)
    if per_day is not None and re.search(_DAILY + r"|every day|monday|weekday|weekend|days", text):
        days = _days_per_week(text)
        if days is not None:
            return _rounded(per_day * _times_a_day(text) * days), "hour"
    return None


def _unit_of(word: str) -> str:
    word = word.rstrip("s")
    return {"hr": "hour", "visit": "session"}.get(word, word)


def _rounded(value: Decimal) -> Decimal:
    return (
        value.quantize(Decimal("0.01")).normalize()
        if value == value.to_integral()
        else value.quantize(Decimal("0.01"))
    )


# --- dates, months, frequencies, answers -----------------------------------------------------

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_LONG_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b",
    re.I,
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dates(text: str) -> list[tuple[date, int]]:
    """Every full date in ``text`` with its position, UK order for numeric dates (dd/mm/yyyy)."""
    found: list[tuple[date, int]] = []
    for match in _LONG_DATE.finditer(text):
        _add_date(
            found,
            int(match.group(3)),
            _MONTHS[match.group(2)[:3].lower()],
            int(match.group(1)),
            match.start(),
        )
    for match in _NUMERIC_DATE.finditer(text):
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        _add_date(found, year, int(match.group(2)), int(match.group(1)), match.start())
    for match in _ISO_DATE.finditer(text):
        _add_date(
            found, int(match.group(1)), int(match.group(2)), int(match.group(3)), match.start()
        )
    return sorted(found, key=lambda pair: pair[1])


def _add_date(found: list[tuple[date, int]], year: int, month: int, day: int, at: int) -> None:
    try:
        found.append((date(year, month, day), at))
    except ValueError:
        return  # 31/02/2027 is not a date: leave the text for a person to read


def one_date(text: str) -> date | None:
    found = {d for d, _ in dates(text)}
    return found.pop() if len(found) == 1 else None


def months(text: str) -> int | None:
    """How many months between reviews: "every 12 months" -> 12, "annually" -> 12. Only a
    repeating interval counts: "6 to 8 weeks after your support starts" is not one."""
    text = _digits(text)
    match = re.search(
        r"(?:every|each)\s+"
        + _NUMBER
        + r"\s*(months?|years?)|^\s*"
        + _NUMBER
        + r"\s*(months?|years?)\s*$",
        text,
    )
    if match:
        count = Decimal(match.group(1) or match.group(3))
        unit = match.group(2) or match.group(4)
        return int(count * 12) if unit.startswith("year") else int(count)
    if re.search(r"annual|yearly|every year|each year|once a year|every month", text):
        return 1 if "every month" in text else 12
    return 3 if "quarterly" in text else None


def frequency(text: str) -> str | None:
    """A direct payment's frequency: weekly, four_weekly or monthly."""
    text = _digits(text)
    if re.search(
        r"(?:4|four)[- ]weekly|every\s+4\s+weeks|per\s+4\s+weeks|4\s+weekly|each\s+4\s+weeks", text
    ):
        return "four_weekly"
    if re.search(r"monthly|per\s+(?:calendar\s+)?month|a\s+month|every\s+month|each\s+month", text):
        return "monthly"
    return (
        "weekly"
        if re.search(r"weekly|per\s+week|a\s+week|every\s+week|each\s+week", text)
        else None
    )


def answer(text: str) -> bool | None:
    """ "Yes" / "No" (and "Offered", "Declined" ...) as a boolean."""
    first = re.match(r"\s*(yes|no|y|n)\b", text, re.I)
    if first:
        return first.group(1).lower().startswith("y")
    found = first_match("answers", text)
    return None if found is None else found == "yes"


_NHS = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)")


def nhs_number(text: str) -> str | None:
    match = _NHS.search(text)
    return "".join(match.groups()) if match else None


_PHONE = re.compile(r"(?:\+44\s?|0)(?:\d[\s-]?){9,10}\d?")


def phone(text: str) -> str | None:
    match = _PHONE.search(text)
    return match.group(0).strip() if match else None
