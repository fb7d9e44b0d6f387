"""A stored revision's documents: made one way, so the pages and the API serve the same bytes,
and made ahead of time for the revisions people are about to download.

A revision never changes, so its document is rendered once and cached (``doccache``). The date
printed on it is the revision's, never today's: the pages used to print today's date and the API
the revision's, and whichever rendered first was cached for both.

Sending a plan for sign-off and signing it off are when it is downloaded, printed and shared, so
those revisions' usual documents (``CAREPLAN_PRERENDER``) are rendered in a background thread once
the transaction commits, and the first download comes from the cache instead of waiting a second
or more for WeasyPrint. Drafts are rendered on first download: a conversation saves a revision
after every answer, and rendering each of those would waste the machine.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.checks import Error
from django.db import transaction

from service.documents import format_info, render
from service.documents.registry import unavailable_reason
from service.errors import InvalidInput, NotFound
from service.plan import Plan
from service.plan.enums import PlanStatus
from service.store.doccache import document_cached
from service.store.models import PlanRecord, Revision

log = logging.getLogger(__name__)
# Revisions in these statuses are downloaded soon after they are saved.
PRERENDERED_STATUSES = frozenset({PlanStatus.ready_for_sign_off, PlanStatus.signed_off})
# One worker: rendering is CPU-bound and must not starve the requests on a small machine.
_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="careplan-prerender")
_pending: list[Future[None]] = []


def revision_document(record: PlanRecord, revision: Revision, fmt: str, variant: str) -> bytes:
    """The document for one stored revision, from the cache when it has been made before."""
    return _cached(
        record.public_id, revision.number, revision.snapshot, revision.created_at, fmt, variant
    )


def _cached(
    plan_id: str, number: int, snapshot: dict[str, Any], at: datetime, fmt: str, variant: str
) -> bytes:
    def make() -> bytes:
        plan = Plan.model_validate(snapshot)
        findings = findings_for_document(plan) if variant == "council" else None
        return render(plan, fmt, variant, findings, revision=number, generated_at=at)

    return document_cached(plan_id, number, fmt, variant, make)


def findings_for_document(plan: Plan) -> list[Any]:
    """The rule findings the council variant prints on its cover page."""
    from service.rules import evaluate  # rule packs load lazily

    try:
        return list(evaluate(plan).findings)
    except NotFound:  # a plan naming a rule pack that does not exist: render without findings
        return []


def prerender_on_commit(record: PlanRecord, revision: Revision) -> None:
    """Render the revision's usual documents in the background once it is safely stored."""
    if (
        revision.snapshot.get("status") not in PRERENDERED_STATUSES
        or not settings.CAREPLAN_PRERENDER
    ):
        return
    job = (record.public_id, revision.number, revision.snapshot, revision.created_at)
    transaction.on_commit(lambda: _pending.append(_pool.submit(_prerender, *job)))


def _prerender(plan_id: str, number: int, snapshot: dict[str, Any], at: datetime) -> None:
    for choice in settings.CAREPLAN_PRERENDER:
        fmt, variant = choice.split(":")
        if unavailable_reason(format_info(fmt)) is not None:
            continue  # a tool this installation lacks: the download page does not offer it
        try:
            _cached(plan_id, number, snapshot, at, fmt, variant)
        except Exception:  # a failure here must not be lost, nor break anything else
            log.exception(
                "Could not prerender %s %s of %s revision %s", fmt, variant, plan_id, number
            )


def prerender_wait(timeout: float | None = None) -> None:
    """Wait for the background renders started so far (tests, and a clean shutdown)."""
    done, _ = wait(list(_pending), timeout=timeout)
    for future in done:
        _pending.remove(future)


def check_prerender_setting(**_: Any) -> list[Error]:
    """A startup check: every ``CAREPLAN_PRERENDER`` entry names a real format and variant."""
    errors = []
    for choice in settings.CAREPLAN_PRERENDER:
        fmt, variant = choice.split(":")
        try:
            known = variant in format_info(fmt).renderers
        except InvalidInput:
            known = False
        if not known:
            message = f"CAREPLAN_PRERENDER: no document {choice!r} (see GET /api/formats)"
            errors.append(Error(message, id="careplan.E001"))
    return errors
