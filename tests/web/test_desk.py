"""The advocate's easy-read desk: upload, correct with the unplaced text beside it, preview,
download; drafts are private to whoever uploaded them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from service.store.models import AuditEvent
from service.web.models import ImportDraft

FIXTURES = Path(__file__).resolve().parents[1] / "importer" / "fixtures"


def _upload(client: Client, name: str) -> Any:
    data = (FIXTURES / name).read_bytes()
    return client.post("/easy-read/", {"document": SimpleUploadedFile(name, data)})


def test_upload_review_correct_preview_download(world: Any) -> None:
    client = Client()
    client.force_login(world.advocate)
    response = _upload(client, "c_mosaic_export.txt")
    assert response.status_code == 302
    draft = ImportDraft.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert "Text we could not place" in page and "<aside" in page
    for item in draft.unplaced[:3]:
        assert item["ref"] in page
    saved = client.post(
        f"/easy-read/{draft.pk}/edit/person/", {"f:person.preferred_name": "Corrected Name"}
    )
    assert saved.status_code == 302
    draft.refresh_from_db()
    assert draft.plan["person"]["preferred_name"] == "Corrected Name"
    preview = client.get(f"/easy-read/{draft.pk}/preview/")
    assert preview.status_code == 200 and b"<html" in preview.content
    assert "inline" in preview["Content-Disposition"]
    assert "script-src 'self'" in preview["Content-Security-Policy"]
    download = client.get(f"/easy-read/{draft.pk}/download/", {"choice": "easy-read-docx"})
    assert download.status_code == 200 and download.content[:2] == b"PK"
    assert AuditEvent.objects.filter(actor=world.advocate, action="export").count() == 2


def test_docx_upload_and_refusal_of_other_files(world: Any) -> None:
    client = Client()
    client.force_login(world.advocate)
    assert _upload(client, "a_grid_tables.docx").status_code == 302
    bad = client.post(
        "/easy-read/", {"document": SimpleUploadedFile("x.exe", b"MZ\x90\x00not a plan")}
    )
    assert bad.status_code == 422 and 'role="alert"' in bad.content.decode()
    empty = client.post("/easy-read/", {})
    assert empty.status_code == 422


def test_drafts_are_private(world: Any) -> None:
    owner = Client()
    owner.force_login(world.advocate)
    _upload(owner, "e_letter.txt")
    draft = ImportDraft.objects.get()
    other = Client()
    other.force_login(world.practitioner)
    for tail in ("", "edit/person/", "preview/", "download/?choice=easy-read-docx"):
        assert other.get(f"/easy-read/{draft.pk}/{tail}").status_code == 404, tail


def test_a_draft_gets_a_new_need_through_typed_fields(world: Any) -> None:
    client = Client()
    client.force_login(world.advocate)
    _upload(client, "c_mosaic_export.txt")
    draft = ImportDraft.objects.get()
    ids = [n["id"] for n in draft.plan["needs"]]
    form = client.get(f"/easy-read/{draft.pk}/edit/needs/").content.decode()
    assert "Add a need" in form and 'type="checkbox"' in form
    saved = client.post(
        f"/easy-read/{draft.pk}/edit/needs/",
        {
            "f:needs[+].description": "Help with shopping",
            "f:needs[+].eligibility_outcomes": ["", "managing_and_maintaining_nutrition"],
        },
    )
    assert saved.status_code == 302
    draft.refresh_from_db()
    added = draft.plan["needs"][-1]
    assert added["id"] not in ids and added["id"].startswith("need-")
    assert added["eligibility_outcomes"] == ["managing_and_maintaining_nutrition"]
    refused = client.post(f"/easy-read/{draft.pk}/edit/needs/", {"f:needs[+].met_by": "elves"})
    assert refused.status_code == 422 and "needs[+].met_by: Choose one" in refused.content.decode()
