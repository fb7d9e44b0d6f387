"""The practitioner's workspace: plan list, plan page with findings, section editing, history,
sign-off and exports. Every plan is looked up through ``plan_for`` (404 when unseen, audited)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from service.documents import available_formats
from service.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    SignOffBlocked,
    StaleRevision,
)
from service.plan import Plan, parse_plan
from service.plan.enums import PlanStatus
from service.rules import Level, evaluate
from service.store import services
from service.store.access import can_set_status, is_manager
from service.store.audit import audit_for_plan, audit_record
from service.store.documents import revision_document
from service.store.jsondoc import json_diff
from service.store.models import AuditAction, PlanAccess, PlanRecord, Source
from service.store.selectors import (
    plan_current,
    plan_list_for_user,
    revision_diff,
    revision_get,
    revision_list,
)
from service.web import downloads, plantree, sectionform
from service.web.views.common import plan_for, private

STATUSES = [s.value for s in PlanStatus]
STATUS_LABELS = [(s, s.replace("_", " ").capitalize()) for s in STATUSES]
ORDERS = ("review", "name", "updated")
HISTORY_PAGE_SIZE = 20  # changes shown on one page of a plan's history


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:200]
    status = request.GET.get("status", "")
    status = status if status in STATUSES else ""
    order = request.GET.get("order", "review")
    order = order if order in ORDERS else "review"
    plans = list(plan_list_for_user(request.user, status=status or None, q=q, order=order)[:200])
    private(request)
    audit_record(request.user, AuditAction.list, None, detail={"q": q, "status": status})
    context = {"plans": plans, "q": q, "status": status, "order": order, "statuses": STATUS_LABELS}
    return render(request, "web/plan_list.html", context)


def _findings(report: Any) -> list[dict[str, Any]]:
    failed = report.failures()
    return [
        {"level": level.value, "items": [f for f in failed if f.level is level]}
        for level in (Level.must, Level.should, Level.good)
    ]


def _exports(record: PlanRecord) -> list[dict[str, Any]]:
    rows = []
    for info in available_formats():
        for variant in info["variants"]:
            url = reverse("web:plan-export", args=[record.public_id, info["format"], variant])
            rows.append({**info, "variant": variant, "url": url})
    return rows


def _plan_context(request: HttpRequest, record: PlanRecord, **extra: Any) -> dict[str, Any]:
    plan = plan_current(record)
    report = evaluate(plan)
    return {
        "record": record,
        "plan": plan,
        "report": report,
        "groups": _findings(report),
        "sections": plantree.sections(plan.to_json()),
        "may_sign_off": can_set_status(request.user, record),
        "exports": _exports(record),
        "is_manager": is_manager(request.user),
        "statuses": STATUS_LABELS,
        "access": _access_rows(record),
        "may_manage_access": _may_manage_access(request, record),
        **extra,
    }


@login_required
def plan_detail(request: HttpRequest, plan_id: str) -> HttpResponse:
    record = plan_for(request, plan_id)
    return render(request, "web/plan_detail.html", _plan_context(request, record))


def _section_or_404(record: PlanRecord, section: str) -> dict[str, Any]:
    data = revision_get(record, record.revision).snapshot
    if section not in data or section in ("schema_version", "id", "provenance"):
        raise Http404("No such part of the plan")
    return dict(data)


def _edit_context(
    record: PlanRecord, section: str, data: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    form = sectionform.section_form(data, section)
    return {
        "record": record,
        "section": section,
        "section_label": plantree.label(section),
        "form": form,
        "fields": sectionform.flatten(form),
        "base_revision": record.revision,
        "action": reverse("web:plan-edit", args=[record.public_id, section]),
        "back": reverse("web:plan-detail", args=[record.public_id])
        + "#"
        + plantree.anchor(section),
        **extra,
    }


@login_required
def plan_edit(request: HttpRequest, plan_id: str, section: str) -> HttpResponse:
    record = plan_for(request, plan_id, audit=request.method == "GET")
    data = _section_or_404(record, section)
    if request.method != "POST":
        return render(request, "web/section_edit.html", _edit_context(record, section, data))
    return _save_section(request, record, section, data)


def _save_section(
    request: HttpRequest, record: PlanRecord, section: str, data: dict[str, Any]
) -> HttpResponse:
    base = _int(request.POST.get("base_revision"))
    if base is not None and base != record.revision:
        return _stale(request, record, section, data, base)
    try:
        base_data = revision_get(record, base).snapshot if base else data
        plan = parse_plan(sectionform.apply(base_data, section, request.POST))
        reason = request.POST.get("reason", "").strip() or f"Edited {plantree.label(section)}"
        services.plan_update(
            plan_id=record.public_id, plan=plan, base_revision=base, actor=request.user,
            source=Source.practitioner, reason=reason,
        )  # fmt: skip
    except StaleRevision:
        record.refresh_from_db()
        return _stale(request, record, section, data, base or 0)
    except InvalidInput as invalid:
        return _invalid(request, record, section, data, invalid)
    url = reverse("web:plan-detail", args=[record.public_id]) + "#" + plantree.anchor(section)
    return HttpResponseRedirect(url)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _invalid(
    request: HttpRequest, record: PlanRecord, section: str, data: dict[str, Any], error: Any
) -> HttpResponse:
    """Refused: the form again with what was typed, each problem on its field and listed."""
    context = _edit_context(record, section, data)
    sectionform.refill(context["fields"], request.POST)
    problems = error.details if isinstance(error.details, list) else []
    context["base_revision"] = _int(request.POST.get("base_revision")) or record.revision
    context["errors"] = sectionform.locate(context["form"], problems) or [
        {"path": "", "message": error.message, "anchor": ""}
    ]
    return render(request, "web/section_edit.html", context, status=422)


def _stale(
    request: HttpRequest, record: PlanRecord, section: str, data: dict[str, Any], base: int
) -> HttpResponse:
    """Someone else saved first: show what they changed and the current values; keep ours."""
    current = revision_get(record, record.revision).snapshot
    context = _edit_context(record, section, current)
    try:
        started = revision_get(record, base).snapshot
    except NotFound:  # a base that never existed: still refused, with nothing to compare
        started = current
    diff = json_diff(started, current)
    context.update(stale=True, diff=diff, yours=_yours(request, started, section), their_base=base)
    return render(request, "web/section_edit.html", context, status=409)


def _yours(request: HttpRequest, started: dict[str, Any], section: str) -> list[dict[str, str]]:
    """The values this person actually changed, compared with the revision they started from."""
    return sectionform.changes(sectionform.section_form(started, section), request.POST)


@login_required
def plan_history(request: HttpRequest, plan_id: str) -> HttpResponse:
    record = plan_for(request, plan_id)
    # Newest first, a page at a time: a conversation saves a revision after every answer, and
    # each change shown costs a diff of two snapshots.
    page = Paginator(revision_list(record).reverse(), HISTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    changes = [
        {
            "revision": r,
            "diff": revision_diff(record, r.number - 1, r.number) if r.number > 1 else [],
        }
        for r in page
    ]
    context = {"record": record, "changes": changes, "page": page}
    return render(request, "web/plan_history.html", context)


@login_required
@require_POST
def plan_status(request: HttpRequest, plan_id: str) -> HttpResponse:
    record = plan_for(request, plan_id, audit=False)
    if not can_set_status(request.user, record):
        raise DjangoPermissionDenied("Only the allocated practitioner or a manager")
    status = request.POST.get("status", "")
    if status not in STATUSES:
        raise Http404("No such status")
    try:
        services.plan_set_status(
            plan_id=record.public_id, status=status, base_revision=_int(request.POST.get("base_revision")),
            actor=request.user, reason=request.POST.get("reason", "").strip(),
        )  # fmt: skip
    except SignOffBlocked as blocked:
        context = _plan_context(request, record, blocked=blocked.message, wanted=status)
        return render(request, "web/plan_detail.html", context, status=409)
    except StaleRevision:
        record.refresh_from_db()
        context = _plan_context(request, record, stale_status=True)
        return render(request, "web/plan_detail.html", context, status=409)
    except PermissionDenied as denied:
        raise DjangoPermissionDenied(denied.message) from None
    return HttpResponseRedirect(reverse("web:plan-detail", args=[record.public_id]) + "#sign-off")


@login_required
def plan_export(request: HttpRequest, plan_id: str, fmt: str, variant: str) -> HttpResponse:
    record = plan_for(request, plan_id, audit=False)
    try:
        ok = downloads.can_make(fmt, variant)
    except InvalidInput:
        ok = False
    if not ok:
        raise Http404("No such document")
    revision = revision_get(record, record.revision)
    body = revision_document(record, revision, fmt, variant)  # the API's bytes, cached
    plan = Plan.model_validate(revision.snapshot)
    response = downloads.response(body, plan, fmt, variant, revision.number)
    detail = {"format": fmt, "variant": variant}
    audit_record(request.user, AuditAction.export, record, detail=detail)
    return response


@login_required
def plan_audit(request: HttpRequest, plan_id: str) -> HttpResponse:
    record = plan_for(request, plan_id)
    if not is_manager(request.user):
        raise DjangoPermissionDenied("The audit trail is for managers")
    events = list(audit_for_plan(record)[:500])
    return render(request, "web/audit.html", {"record": record, "events": events})


@login_required
def audit_all(request: HttpRequest) -> HttpResponse:
    if not is_manager(request.user):
        raise DjangoPermissionDenied("The audit trail is for managers")
    private(request)
    from service.store.audit import audit_list

    events = list(audit_list()[:500])
    return render(request, "web/audit.html", {"record": None, "events": events})


def _may_manage_access(request: HttpRequest, record: PlanRecord) -> bool:
    return record.person_user_id == request.user.pk or can_set_status(request.user, record)


def _access_rows(record: PlanRecord) -> list[PlanAccess]:
    current = PlanAccess.objects.filter(plan=record, withdrawn_at__isnull=True)
    return list(current.select_related("user").order_by("created_at"))


@login_required
@require_POST
def plan_access(request: HttpRequest, plan_id: str) -> HttpResponse:
    """Invite a carer or advocate by their user name, or withdraw an invitation."""
    record = plan_for(request, plan_id, audit=False)
    if not _may_manage_access(request, record):
        raise DjangoPermissionDenied("Only the person, their practitioner or a manager")
    username = request.POST.get("username", "").strip()
    who = get_user_model().objects.filter(username=username).first() if username else None
    if who is None:
        context = _plan_context(
            request, record, access_error="There is no account with that user name."
        )
        return render(request, "web/plan_detail.html", context, status=422)
    try:
        if request.POST.get("action") == "withdraw":
            services.plan_access_withdraw(plan_id=record.public_id, user=who, actor=request.user)
        else:
            role = PlanAccess.AccessRole(request.POST.get("role", "carer"))
            services.plan_access_grant(
                plan_id=record.public_id, user=who, role=role, actor=request.user
            )
    except (PermissionDenied, ValueError) as refused:
        raise DjangoPermissionDenied(str(refused)) from None
    return HttpResponseRedirect(reverse("web:plan-detail", args=[record.public_id]) + "#access")
