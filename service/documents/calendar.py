"""Review dates as an iCalendar file (RFC 5545), hand-written because it is small and must be
byte-for-byte repeatable: fixed DTSTAMP from the revision, UIDs from the plan id, CRLF line
endings, text escaped and lines folded at 75 octets."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from service.documents import formatting
from service.documents.markdown import strip_controls
from service.documents.registry import RenderRequest
from service.documents.templating import text_env
from service.documents.view import DocumentView

_NAMESPACE = uuid.UUID("0b8f7e52-53a4-4f0c-8c87-0f6a7f1d9c21")


@dataclass(frozen=True)
class Event:
    uid: str
    start: str
    end: str
    summary: str
    description: str
    rrule: str = ""


def escape(value: object) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; controls dropped."""
    text = strip_controls(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _words(key: str, **values: object) -> str:
    return str(formatting.labels()["ics"][key]).format(**values)


def _event(view: DocumentView, kind: str, day: date, summary: str, rrule: str = "") -> Event:
    seed = view.plan.id or view.name
    uid = f"{uuid.uuid5(_NAMESPACE, f'{seed}/{kind}/{day.isoformat()}')}@careplan"
    return Event(
        uid,
        day.strftime("%Y%m%d"),
        (day + timedelta(days=1)).strftime("%Y%m%d"),
        summary,
        _description(view),
        rrule,
    )


def _description(view: DocumentView) -> str:
    review = view.plan.review
    parts = [
        _words("reviewer", reviewer=review.reviewer) if review.reviewer else "",
        _words("how_to_request", how=review.how_to_request) if review.how_to_request else "",
    ]
    return " ".join(p for p in parts if p)


def events(view: DocumentView) -> list[Event]:
    review, name = view.plan.review, view.first_name or _words("someone")
    found: list[Event] = []
    if review.first_review_on:
        found.append(
            _event(view, "first", review.first_review_on, _words("first_review", name=name))
        )
        if review.then_every_months:
            months = review.then_every_months
            start = add_months(review.first_review_on, months)
            rule = f"FREQ=MONTHLY;INTERVAL={months}"
            found.append(
                _event(
                    view, "regular", start, _words("regular_review", name=name, months=months), rule
                )
            )
    dp = view.plan.direct_payment
    for r in dp.reviews if dp else []:
        found.append(_event(view, "direct-payment", r.date, _words("dp_review", name=name)))
    return found


def render_ics(request: RenderRequest) -> bytes:
    view = DocumentView(request)
    env = text_env()
    env.filters.setdefault("ics", escape)
    text = env.get_template("documents/ics/reviews.ics.j2").render(
        view=view, events=events(view), stamp=view.timestamp.strftime("%Y%m%dT%H%M%SZ")
    )
    lines = [fold(line) for line in text.splitlines() if line]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
