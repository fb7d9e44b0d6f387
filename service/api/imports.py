"""Import a council's plan for an advocate: ``POST /api/imports``.

Send the document as ``multipart/form-data`` (field ``file``: a .docx or .txt up to 5 MB), or as
JSON ``{"text": "...", "filename": "plan.txt"}``. The answer is the draft plan (valid against the
schema, ``status: draft``, every fact with its provenance), the text that could not be placed
(``unplaced``: ref, text, reason) and warnings where the document's own sums do not add up.

With ``?save=true`` the draft is also stored as a new plan (revision 1, source ``import``) for
people allowed to create plans; the answer then carries its id.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from service.api.schemas import ErrorOut
from service.errors import InvalidInput, TooLarge
from service.importer import MAX_UPLOAD_BYTES, ImportResult, import_document, import_text
from service.importer.readers import refuse
from service.store import services
from service.store.models import Source

MAX_FILENAME = 255
UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"text": {"type": "string"}, "filename": {"type": "string"}},
                    "required": ["text"],
                }
            },
        },
    }
}


class UnplacedOut(Schema):
    ref: str = Field(
        description='Where it is in the document: "paragraph 12", "table 2 row 3 cell 1", "line 40"'
    )
    text: str
    reason: str | None = None


class WarningOut(Schema):
    ref: str
    message: str


class SavedOut(Schema):
    id: str
    revision: int


class ImportOut(Schema):
    plan: dict[str, Any] = Field(description="The draft plan; provenance names each fact's source")
    unplaced: list[UnplacedOut]
    warnings: list[WarningOut]
    units: int = Field(description="Paragraphs, lines and table cells with text in the document")
    placed: int
    provenance_count: int
    saved: SavedOut | None = None


def build_router() -> Router:
    """A fresh router (the API mounts one; tests may mount another)."""
    router = Router(tags=["imports"])

    @router.post(
        "",
        response={200: ImportOut, **{k: ErrorOut for k in (401, 403, 413, 422)}},
        openapi_extra=UPLOAD_BODY,
        summary="Turn a council's plan (.docx or text) into a draft plan with provenance",
    )
    def create_import(request: HttpRequest, save: bool = Query(False)) -> dict[str, Any]:
        result, filename = _import(request)
        body = result.to_json()
        if save:
            body["saved"] = _save(request, result, filename)
        return body

    return router


def _import(request: HttpRequest) -> tuple[ImportResult, str]:
    upload = request.FILES.get("file")
    if upload is not None:
        if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
            raise TooLarge(
                f"The file is {upload.size:,} bytes: the limit is 5 MB", {"path": "file"}
            )
        name = (upload.name or "upload")[:MAX_FILENAME]
        return import_document(upload.read(MAX_UPLOAD_BYTES + 1), name), name
    if request.content_type == "application/json":
        text, name = _json_text(request)
        return import_text(text), name
    raise refuse("Send the plan as a file (multipart field 'file') or as JSON {\"text\": ...}")


def _json_text(request: HttpRequest) -> tuple[str, str]:
    try:
        data = json.loads(request.body or b"null")
    except (ValueError, RecursionError):
        raise InvalidInput([{"path": "text", "message": "The body is not valid JSON"}]) from None
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput([{"path": "text", "message": "Send the plan's text in 'text'"}])
    if len(text.encode()) > MAX_UPLOAD_BYTES:
        raise TooLarge("The text is over 5 MB", {"path": "text"})
    name = data.get("filename")
    return text, (name if isinstance(name, str) else "text")[:MAX_FILENAME]


def _save(request: HttpRequest, result: ImportResult, filename: str) -> dict[str, Any]:
    record = services.plan_create(
        plan=result.plan,
        actor=request.user,
        source=Source.import_,
        reason=f"Imported from {filename}: {len(result.unplaced)} passage(s) left to place",
    )
    return {"id": record.public_id, "revision": record.revision}


router = build_router()
