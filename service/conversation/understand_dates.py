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
    m = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", text)
    if not m:
        return None
    year = int(m[3]) if m[3] else None
    year = year + 2000 if year is not None and year < 100 else year
    return _safe(lambda: _next_occurrence(int(m[1]), int(m[2]), year, today), m)


def _day_month(text: str, today: date) -> Found | None:
    m = re.search(rf"\b{_ORD}\s*(?:of\s+)?(?P<m>{_MONTH})\b\.?(?:,?\s*(?P<y>\d{{4}}))?", text, re.I)
    m = m or re.search(rf"\b(?P<m>{_MONTH})\s+{_ORD}\b(?:,?\s*(?P<y>\d{{4}}))?", text, re.I)
    if not m:
        return None
    month, year = _MONTHS[m["m"].lower()], int(m["y"]) if m["y"] else None
    return _safe(lambda: _next_occurrence(int(m["d"]), month, year, today), m)


def _weekday(text: str, today: date) -> Found | None:
    m = re.search(rf"\b(?P<next>next\s+|this\s+|on\s+)?(?P<day>{_DAY})\b", text, re.I)
    if not m:
        return None
    ahead = (_DAYS[m["day"].lower()] - today.weekday()) % 7 or 7
    return Found(today + timedelta(days=ahead), m.group(0).strip())


def _relative(text: str, today: date) -> Found | None:
    m = re.search(
        rf"\b(?:in\s+)?(?:about\s+|around\s+)?(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\b",
        text,
        re.I,
    )
    m = m or re.search(r"\b(?P<n>next)\s+(?P<u>week|month|year)\b", text, re.I)
    if not m:
        return None
    n = 1 if m["n"].lower() == "next" else int(number(m["n"]) or 0)
    return Found(_add(today, n, m["u"].lower()), m.group(0).strip()) if n else None


def _named(text: str, today: date) -> Found | None:
    m = re.search(r"\b(today|tomorrow|tonight)\b", text, re.I)
    if not m:
        return None
    return Found(today + timedelta(days=1 if m[1].lower() == "tomorrow" else 0), m.group(0))


_READERS = (_iso, _numeric, _day_month, _relative, _named, _weekday)


def find_date(text: str, today: date) -> Found | None:
    """The first date the text names, or ``None``."""
    for reader in _READERS:
        found = reader(text, today)
        if found is not None:
            return found
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
