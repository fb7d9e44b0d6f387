"""The advocate's easy-read desk: upload a council plan, correct the import with the text the
importer could not place shown beside it, preview the easy-read version, download it.

Drafts belong to the person who uploaded them; anyone else gets 404.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from service.errors import CareplanError, InvalidInput
from service.importer import import_document
from service.plan import Plan, parse_plan
from service.store.audit import audit_record
from service.store.models import AuditAction, Role
from service.web import downloads, plantree, sectionform
from service.web.forms import UploadForm
from service.web.middleware import DOCUMENT_CSP
from service.web.models import ImportDraft
from service.web.views.common import private, roles_required

DESK_ROLES = (Role.advocate, Role.practitioner)


def _owner(request: HttpRequest) -> Any:
    return request.user  # signed in: every desk view is behind roles_required


def _draft(request: HttpRequest, pk: int) -> ImportDraft:
    draft = ImportDraft.objects.filter(pk=pk, owner=_owner(request)).first()
    if draft is None:
        raise Http404("No such draft")
    private(request)
    return draft


@roles_required(*DESK_ROLES)
def desk(request: HttpRequest) -> HttpResponse:
    private(request)
    drafts = ImportDraft.objects.filter(owner=_owner(request))[:50]
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["document"]
        try:
            result = import_document(upload.read(), upload.name)
        except CareplanError as refused:
            context = {"drafts": drafts, "error": refused.message}
            return render(request, "web/desk.html", context, status=422)
        draft = ImportDraft.objects.create(
            owner=_owner(request), filename=upload.name[:255], plan=result.plan.to_json(),
            unplaced=[u.model_dump() for u in result.unplaced],
            warnings=[w.model_dump() for w in result.warnings],
        )  # fmt: skip
        audit_record(request.user, AuditAction.write, None, detail={"import": draft.pk})
        return HttpResponseRedirect(reverse("web:desk-draft", args=[draft.pk]))
    error = (
        "Choose a Word (.docx) or text (.txt) file to upload." if request.method == "POST" else ""
    )
    status = 422 if error else 200
    return render(request, "web/desk.html", {"drafts": drafts, "error": error}, status=status)


@roles_required(*DESK_ROLES)
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    context = {
        "draft": draft,
        "sections": plantree.sections(draft.plan),
        "choices": downloads.available("easy_read"),
    }
    return render(request, "web/desk_draft.html", context)


def _edit_context(draft: ImportDraft, section: str, **extra: Any) -> dict[str, Any]:
    form = sectionform.section_form(draft.plan, section)
    return {
        "draft": draft,
        "section": section,
        "section_label": plantree.label(section),
        "form": form,
        "fields": sectionform.flatten(form),
        "action": reverse("web:desk-edit", args=[draft.pk, section]),
        "back": reverse("web:desk-draft", args=[draft.pk]) + "#" + plantree.anchor(section),
        **extra,
    }


@roles_required(*DESK_ROLES)
def draft_edit(request: HttpRequest, pk: int, section: str) -> HttpResponse:
    draft = _draft(request, pk)
    if section not in draft.plan or section in ("schema_version", "id", "provenance"):
        raise Http404("No such part of the plan")
    if request.method != "POST":
        return render(request, "web/section_edit.html", _edit_context(draft, section))
    try:
        plan = parse_plan(sectionform.apply(draft.plan, section, request.POST))
    except InvalidInput as invalid:
        return _invalid(request, draft, section, invalid)
    draft.plan = plan.to_json()
    draft.save(update_fields=["plan", "updated_at"])
    url = reverse("web:desk-draft", args=[draft.pk]) + "#" + plantree.anchor(section)
    return HttpResponseRedirect(url)


def _invalid(request: HttpRequest, draft: ImportDraft, section: str, error: Any) -> HttpResponse:
    """Refused: the form again with what was typed, each problem on its field and listed."""
    context = _edit_context(draft, section)
    sectionform.refill(context["fields"], request.POST)
    problems = error.details if isinstance(error.details, list) else []
    context["errors"] = sectionform.locate(context["form"], problems) or [
        {"path": "", "message": error.message, "anchor": ""}
    ]
    return render(request, "web/section_edit.html", context, status=422)


@roles_required(*DESK_ROLES)
def draft_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The easy-read version as a web page, shown in the browser."""
    draft = _draft(request, pk)
    response = downloads.document(Plan.model_validate(draft.plan), "html", "easy-read", inline=True)
    response["Content-Security-Policy"] = DOCUMENT_CSP
    audit_record(
        request.user, AuditAction.export, None, detail={"import": draft.pk, "preview": True}
    )
    return response


@roles_required(*DESK_ROLES)
def draft_download(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    choice = downloads.pick("easy_read", request.GET.get("choice", ""))
    if choice is None:
        return HttpResponseRedirect(reverse("web:desk-draft", args=[draft.pk]) + "#download")
    plan = Plan.model_validate(draft.plan)
    detail = {"import": draft.pk, "format": choice["format"], "variant": choice["variant"]}
    audit_record(request.user, AuditAction.export, None, detail=detail)
    return downloads.document(plan, choice["format"], choice["variant"])
