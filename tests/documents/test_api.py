"""The documents API: downloads with audit, posted plans, and the formats list."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from ninja import NinjaAPI
from ninja.testing import TestClient

from service.api import errors
from service.api.documents import router
from service.demo import load_demo_json
from service.plan import parse_plan
from service.store import services
from service.store.models import AuditEvent, PlanRecord


class _As:
    """The documents router in an API of its own with the central error mapping, called as a
    given user (the service's bearer-token auth is tested by the API's own suite)."""

    def __init__(self, user: Any) -> None:
        self.client, self.user = TestClient(_api()), user

    def get(self, path: str) -> Any:
        return self.client.get(path.removeprefix("/api"), user=self.user)

    def post(self, path: str, body: Any) -> Any:
        return self.client.post(path.removeprefix("/api"), json=body, user=self.user)


@cache
def _api() -> NinjaAPI:
    api = NinjaAPI(urls_namespace="documents-tests")
    errors.install(api)
    api.add_router("", router, url_name_prefix="documents-tests")
    return api


Api = Callable[[Any], _As]


@pytest.fixture
def api_as(db: None) -> Api:
    return _As


@pytest.fixture
def florence_record(practitioner: Any, person: Any, monkeypatch: pytest.MonkeyPatch) -> PlanRecord:
    monkeypatch.setattr(services, "sign_off_blockers", lambda plan: [])
    plan = parse_plan(load_demo_json("florence-and-mary"))
    return services.plan_create(plan=plan, actor=practitioner, person_user=person)


def test_download_names_the_file_sets_the_type_and_is_audited(
    api_as: Api, practitioner: Any, florence_record: PlanRecord
) -> None:
    api = api_as(practitioner)
    url = f"/api/plans/{florence_record.public_id}/documents/docx"
    response = api.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    assert (
        response.headers["Content-Disposition"]
        == 'attachment; filename="care-plan-florence-brown-r1.docx"'
    )
    assert response.content[:2] == b"PK"
    event = AuditEvent.objects.filter(plan=florence_record, action="export").get()
    assert event.detail == {"format": "docx", "variant": "council"} and event.revision == 1
    assert api.get(url).content == response.content  # same revision, same bytes


def test_council_download_carries_the_rule_findings(
    api_as: Api, practitioner: Any, florence_record: PlanRecord
) -> None:
    text = (
        api_as(practitioner)
        .get(f"/api/plans/{florence_record.public_id}/documents/md")
        .content.decode()
    )
    assert "# Care and support plan: Florence Brown" in text
    plain = api_as(practitioner).get(
        f"/api/plans/{florence_record.public_id}/documents/md?variant=my-plan"
    )
    assert plain.headers["Content-Disposition"].endswith('my-plan-r1.md"')


def test_unknown_revision_format_or_variant_say_what_is_wrong(
    api_as: Api, practitioner: Any, florence_record: PlanRecord
) -> None:
    api = api_as(practitioner)
    base = f"/api/plans/{florence_record.public_id}/documents"
    assert api.get(f"{base}/html?revision=9").status_code == 404
    assert api.get(f"{base}/odt").status_code == 422
    assert api.get(f"{base}/html?variant=poster").status_code == 422


def test_someone_without_access_sees_no_plan_and_nothing_is_audited(
    api_as: Api, outsider: Any, florence_record: PlanRecord
) -> None:
    response = api_as(outsider).get(f"/api/plans/{florence_record.public_id}/documents/html")
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action="export").exists()


def test_posted_plan_renders_and_invalid_plan_is_422(
    api_as: Api, practitioner: Any, small_plan: dict
) -> None:
    api = api_as(practitioner)
    response = api.post("/api/render", {"plan": small_plan, "format": "html", "variant": "my-plan"})
    assert response.status_code == 200 and b'<html lang="en-GB">' in response.content
    bad = api.post("/api/render", {"plan": {"needs": [{"id": "n1"}]}, "format": "html"})
    assert bad.status_code == 422
    assert any(e["path"] == "plan.needs[0].description" for e in bad.json()["errors"])


def test_formats_list_says_what_is_available(api_as: Api, practitioner: Any) -> None:
    rows = {row["format"]: row for row in api_as(practitioner).get("/api/formats").json()}
    assert {"html", "docx", "pdf", "md", "txt", "json", "fhir", "ics"} <= rows.keys()
    assert rows["html"]["available"] and "council" in rows["docx"]["variants"]
    assert all(row["available"] or row["reason"] for row in rows.values())
