"""POST /api/imports over HTTP: upload, JSON text, errors in the one error shape, saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from service.store import selectors
from service.store.models import PlanRecord, Revision
from tests.conftest import ApiClient
from tests.importer.helpers import FIXTURES

pytestmark = pytest.mark.django_db
URL = "/api/imports"
imports_urls = override_settings(ROOT_URLCONF="tests.importer.urls")


def _upload(client: ApiClient, name: str, data: bytes, query: str = "") -> Any:
    files = {"file": SimpleUploadedFile(name, data)}
    return client.client.post(URL + query, files, headers=client.headers)


@imports_urls
def test_upload_a_docx(api_as: Callable[[Any], ApiClient], practitioner: Any) -> None:
    data = (FIXTURES / "a_grid_tables.docx").read_bytes()
    response = _upload(api_as(practitioner), "a_grid_tables.docx", data)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["plan"]["person"]["name"] == "Daniel Hartley"
    assert body["plan"]["status"] == "draft"
    assert body["units"] == body["placed"] + len(body["unplaced"])
    assert body["provenance_count"] >= body["placed"]
    assert {"ref", "text", "reason"} <= set(body["unplaced"][0])
    assert body["saved"] is None
    assert PlanRecord.objects.count() == 0  # nothing is stored unless asked


@imports_urls
def test_json_text(api_as: Callable[[Any], ApiClient], practitioner: Any) -> None:
    text = (FIXTURES / "e_letter.txt").read_text(encoding="utf-8")
    response = api_as(practitioner).post(URL, {"text": text, "filename": "letter.txt"})
    assert response.status_code == 200, response.content
    assert response.json()["plan"]["personal_budget"]["total"] == "100.80"


@imports_urls
def test_save_stores_revision_one_from_import(
    api_as: Callable[[Any], ApiClient], practitioner: Any
) -> None:
    data = (FIXTURES / "c_mosaic_export.txt").read_bytes()
    response = _upload(api_as(practitioner), "export.txt", data, "?save=true")
    assert response.status_code == 200, response.content
    saved = response.json()["saved"]
    record = PlanRecord.objects.get(public_id=saved["id"])
    assert saved["revision"] == 1
    assert Revision.objects.get(plan=record, number=1).source == "import"
    stored = selectors.plan_current(record)
    assert stored.person.name == "Stanislaw Nowak"
    assert stored.provenance  # the provenance is stored with the plan


@imports_urls
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("plan.docx", b"", "empty"),
        ("plan.docx", b"not a word document", "not a Word document"),
        ("plan.txt", bytes(range(256)) * 8, "not text"),
    ],
)
def test_bad_uploads_are_422_naming_file(
    api_as: Callable[[Any], ApiClient], practitioner: Any, name: str, data: bytes, message: str
) -> None:
    response = _upload(api_as(practitioner), name, data)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid" and body["errors"][0]["path"] == "file"
    assert message in body["errors"][0]["message"]


@imports_urls
def test_over_five_megabytes_is_413(api_as: Callable[[Any], ApiClient], practitioner: Any) -> None:
    response = _upload(api_as(practitioner), "plan.txt", b"a" * (5 * 1024 * 1024 + 1))
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"


@imports_urls
def test_no_file_and_no_text(api_as: Callable[[Any], ApiClient], practitioner: Any) -> None:
    client = api_as(practitioner)
    assert client.post(URL, {"nothing": 1}).json()["errors"][0]["path"] == "text"
    response = client.client.post(URL, {"other": "x"}, headers=client.headers)
    assert response.status_code == 422 and response.json()["errors"][0]["path"] == "file"


@imports_urls
def test_sign_in_is_required() -> None:
    assert ApiClient(None).post(URL, {"text": "Name: Jo"}).status_code == 401
