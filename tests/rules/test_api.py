"""The rules API: check without storing, the catalogue, and a stored plan's findings.

The router is mounted on a test API of its own (with the project's error handlers), so these
tests do not depend on which routers the main API mounts.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from ninja import NinjaAPI
from ninja.testing import TestClient

from service.api import errors
from service.api.rules import build_router
from service.demo import load_demo_json
from service.store.models import AuditEvent, PlanRecord


@pytest.fixture(scope="module")
def client() -> TestClient:
    api = NinjaAPI(urls_namespace="rules-test")
    errors.install(api)
    api.add_router("", build_router())
    return TestClient(api)


def test_check_returns_findings_for_the_posted_plan(client: TestClient) -> None:
    response = client.post("/check", json=load_demo_json("miss-s"))
    assert response.status_code == 200
    body = response.json()
    assert "lincolnshire" in body["packs"]  # the plan's own rule_pack
    failing = {(f["rule_id"], tuple(f["paths"])) for f in body["findings"] if f["status"] == "fail"}
    assert ("CA-08", ("information_and_advice",)) in failing
    assert [f["rule_id"] for f in body["must_failures"]] == ["CA-04", "CA-08", "CA-46"]


def test_check_refuses_an_invalid_plan_naming_the_path(client: TestClient) -> None:
    response = client.post("/check", json={"needs": [{"id": "n1"}]})
    assert response.status_code == 422
    assert "needs[0].description" in json.dumps(response.json())


def test_check_with_an_unknown_pack_is_404_or_422_when_the_plan_names_it(
    client: TestClient,
) -> None:
    assert client.post("/check?pack=atlantis", json={}).status_code == 404
    response = client.post("/check", json={"rule_pack": "atlantis"})
    assert response.status_code == 422 and "rule_pack" in json.dumps(response.json())


def test_catalogue_lists_every_rule_with_citations(client: TestClient) -> None:
    rules = client.get("/rules").json()
    ids = {r["id"] for r in rules}
    assert {"CA-01", "CA-50", "LCC-10", "GP-07"} <= ids
    assert all(r["citations"] and r["examples"]["pass"] and r["examples"]["fail"] for r in rules)


def test_one_rule_shows_its_applied_level(client: TestClient) -> None:
    rule = client.get("/rules/ca-25").json()
    assert (rule["level"], rule["effective_level"], rule["verified"]) == ("must", "should", "U")
    assert client.get("/rules/XX-99").status_code == 404


@pytest.mark.django_db
def test_findings_of_a_stored_revision_are_audited(
    client: TestClient, shared_plan: PlanRecord, practitioner: Any
) -> None:
    url = f"/plans/{shared_plan.public_id}/findings?revision=1"
    body = client.get(url, user=practitioner).json()
    failing = [(f["rule_id"], f["paths"]) for f in body["findings"] if f["status"] == "fail"]
    assert ("CA-02", ["needs[0].eligibility"]) in failing  # the small plan decides no eligibility
    assert client.get(url.replace("revision=1", "revision=9"), user=practitioner).status_code == 404
    assert AuditEvent.objects.filter(plan=shared_plan, detail__view="findings").exists()


@pytest.mark.django_db
def test_findings_are_404_for_someone_without_access(
    client: TestClient, shared_plan: PlanRecord, outsider: Any
) -> None:
    url = f"/plans/{shared_plan.public_id}/findings"
    assert client.get(url, user=outsider).status_code == 404
