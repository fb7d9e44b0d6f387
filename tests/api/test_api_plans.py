"""The plans API: round trip, optimistic locking over HTTP, patches, status, history, limits."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from service.demo import demo_plan_names, load_demo_json
from service.plan import parse_plan
from service.store import services
from service.store.models import AuditEvent, PlanRecord
from tests.conftest import SMALL_PLAN, ApiClient

Api = Callable[[Any], ApiClient]


def _without_id(plan: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in plan.items() if k != "id"}


def _url(record: PlanRecord | str, tail: str = "") -> str:
    plan_id = record if isinstance(record, str) else record.public_id
    return f"/api/plans/{plan_id}{tail}"


@pytest.mark.parametrize("name", [*demo_plan_names(), "small"])
def test_round_trip_post_then_get_returns_the_same_plan(
    name: str, api_as: Api, practitioner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Storage fidelity only: whether a signed-off demo plan passes the rules is the rules' test.
    monkeypatch.setattr(services, "sign_off_blockers", lambda plan: [])
    body = SMALL_PLAN if name == "small" else load_demo_json(name)
    api = api_as(practitioner)
    created = api.post("/api/plans", body)
    assert created.status_code == 201, created.json()
    fetched = api.get(created["Location"])
    assert fetched.status_code == 200 and fetched["ETag"] == '"1"'
    served = fetched.json()["plan"]
    assert _without_id(served) == _without_id(parse_plan(body).model_dump(mode="json"))
    schema = api.get("/api/schema/plan").json()
    jsonschema.validate(served, schema)
    jsonschema.validate(body, schema)


def test_get_serves_derived_costs(api_as: Api, practitioner: Any) -> None:
    api = api_as(practitioner)
    plan_id = api.post("/api/plans", SMALL_PLAN).json()["id"]
    body = api.get(_url(plan_id)).json()
    assert body["revision"] == 1 and body["status"] == "draft"
    assert body["derived"]["support"][0]["cost_per_week"] == "171.50"
    assert body["derived"]["total_per_week"] == "171.50"
    assert body["derived"]["per_week_by_payer"] == {"personal_budget": "171.50"}


def test_two_clients_on_the_same_revision_one_wins_one_gets_409(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any, carer: Any
) -> None:
    alice, bob = api_as(practitioner), api_as(carer)
    plan_a = alice.get(_url(shared_plan)).json()["plan"]
    plan_b = bob.get(_url(shared_plan)).json()["plan"]
    plan_a["person"]["phone"] = "01632 960001"
    plan_b["person"]["phone"] = "01632 960002"
    won = alice.put(_url(shared_plan), plan_a, If_Match='"1"')
    lost = bob.put(_url(shared_plan), plan_b, If_Match='"1"')
    assert won.status_code == 200 and won.json()["revision"] == 2
    assert lost.status_code == 409
    assert lost.json()["code"] == "stale_revision"
    assert lost.json()["details"] == {"current_revision": 2, "based_on": 1}
    # Bob reloads and makes his change again: both changes are in history, one after the other.
    again = bob.put(_url(shared_plan), plan_b, If_Match=won["ETag"])
    assert again.status_code == 200 and again["ETag"] == '"3"'
    history = bob.get(_url(shared_plan, "/revisions")).json()["items"]
    assert [(r["number"], r["author"]) for r in history] == [
        (1, "sam.practitioner"),
        (2, "sam.practitioner"),
        (3, "mary.carer"),
    ]
    phones = [bob.get(_url(shared_plan, f"/revisions/{n}")).json() for n in (2, 3)]
    assert [p["plan"]["person"]["phone"] for p in phones] == ["01632 960001", "01632 960002"]


@pytest.mark.parametrize("method", ["put", "patch"])
def test_a_write_without_a_base_revision_is_refused(
    method: str, shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    body = SMALL_PLAN if method == "put" else {"person": {"phone": "1"}}
    response = getattr(api_as(practitioner), method)(_url(shared_plan), body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "If-Match"


@pytest.mark.parametrize("header", ["3x", "*", '"0"', '"99999999999"'])
def test_a_malformed_if_match_is_refused(
    header: str, shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    response = api_as(practitioner).put(_url(shared_plan), SMALL_PLAN, If_Match=header)
    assert response.status_code == 422


def test_base_revision_query_parameter_works_like_if_match(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    api = api_as(practitioner)
    assert api.put(_url(shared_plan, "?base_revision=1"), SMALL_PLAN).status_code == 200
    assert api.put(_url(shared_plan, "?base_revision=1"), SMALL_PLAN).status_code == 409


def test_merge_patch_changes_only_what_it_names(
    shared_plan: PlanRecord, api_as: Api, carer: Any
) -> None:
    api = api_as(carer)
    patch = {"person": {"preferred_name": "Flo"}, "support": None}
    response = api.patch(
        _url(shared_plan), patch, If_Match='"1"', content_type="application/merge-patch+json"
    )
    assert response.status_code == 200, response.json()
    plan = response.json()["plan"]
    assert plan["person"]["preferred_name"] == "Flo" and plan["person"]["name"] == "Test Person"
    assert plan["support"] == [] and response.json()["derived"]["total_per_week"] == "0.00"
    diff = api.get(_url(shared_plan, "/revisions/1/diff/2")).json()["changes"]
    paths = {(c["path"], c["change"]) for c in diff}
    assert ("person.preferred_name", "added") in paths
    assert ("support[0]", "removed") in paths  # a whole line, not each field


def test_patch_with_another_content_type_is_refused(
    shared_plan: PlanRecord, api_as: Api, carer: Any
) -> None:
    response = api_as(carer).patch(
        _url(shared_plan), "name=x", If_Match='"1"', content_type="text/plain"
    )
    assert response.status_code == 415


def test_an_invalid_plan_gets_plain_english_paths(api_as: Api, practitioner: Any) -> None:
    body = {**SMALL_PLAN, "status": "finished", "needs": [{"id": "need-1"}]}
    response = api_as(practitioner).post("/api/plans", body)
    assert response.status_code == 422
    errors = {e["path"]: e["message"] for e in response.json()["errors"]}
    assert errors["status"].startswith("Must be one of")
    assert errors["needs[0].description"] == "This is required"


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[" * 5000, b"1" * 5000])
def test_bodies_that_are_not_json_get_400(body: bytes, api_as: Api, practitioner: Any) -> None:
    assert api_as(practitioner).post("/api/plans", body).status_code == 400


def test_deeply_nested_json_is_refused(api_as: Api, practitioner: Any) -> None:
    body = {"person": {"name": "x"}, "provenance": {"a": [{"quote": "x"}]}}
    nested: Any = 1
    for _ in range(200):
        nested = {"x": nested}
    body["provenance"] = nested
    assert api_as(practitioner).post("/api/plans", body).status_code == 422


def test_a_body_over_the_limit_gets_413(api_as: Api, practitioner: Any) -> None:
    huge = {"person": {"name": "x", "good_day": "a" * (1024 * 1024 + 1)}}
    response = api_as(practitioner).post("/api/plans", huge)
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert not PlanRecord.objects.exists()


def test_unknown_plan_and_revision_are_404(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    api = api_as(practitioner)
    assert api.get(_url("plan-000000000000")).status_code == 404
    assert api.get(_url(shared_plan, "/revisions/7")).status_code == 404
    assert api.get(_url(shared_plan, "/revisions/1/diff/7")).status_code == 404
    assert api.get(_url(shared_plan, "/revisions/0")).status_code == 422


def test_status_change_is_a_new_revision(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    api = api_as(practitioner)
    body = {"status": "not_agreed", "reason": "Florence disagrees with the day centre"}
    response = api.post(_url(shared_plan, "/status"), body, If_Match='"1"')
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["revision"]) == ("not_agreed", 2)
    assert response.json()["plan"]["status"] == "not_agreed"
    history = api.get(_url(shared_plan, "/revisions")).json()["items"]
    assert history[-1]["reason"] == "Florence disagrees with the day centre"


def test_sign_off_blocked_by_must_findings_is_409(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "sign_off_blockers", lambda plan: ["CA-01: need missing"])
    body = {"status": "signed_off", "base_revision": 1}
    response = api_as(practitioner).post(_url(shared_plan, "/status"), body)
    assert response.status_code == 409
    assert response.json()["code"] == "sign_off_blocked"
    assert response.json()["details"]["findings"] == ["CA-01: need missing"]


def test_a_carer_cannot_change_the_status(shared_plan: PlanRecord, api_as: Api, carer: Any) -> None:
    response = api_as(carer).post(_url(shared_plan, "/status"), {"status": "ended"}, If_Match="1")
    assert response.status_code == 403


def test_list_is_paginated_filtered_and_searchable(
    api_as: Api, practitioner: Any, settings: Any
) -> None:
    settings.CAREPLAN_API_PAGE_SIZE = 2
    api = api_as(practitioner)
    for name in ("Ann", "Bob", "Cat"):
        api.post("/api/plans", {**SMALL_PLAN, "person": {"name": name}})
    first = api.get("/api/plans?order=name").json()
    assert (first["count"], first["pages"], first["page_size"]) == (3, 2, 2)
    assert [p["person_name"] for p in first["items"]] == ["Ann", "Bob"]
    assert [p["person_name"] for p in api.get("/api/plans?order=name&page=2").json()["items"]] == [
        "Cat"
    ]
    assert api.get("/api/plans?q=bo").json()["count"] == 1
    assert api.get("/api/plans?status=signed_off").json()["count"] == 0
    assert api.get("/api/plans?status=bogus").status_code == 422


def test_reads_are_audited(shared_plan: PlanRecord, api_as: Api, carer: Any) -> None:
    api = api_as(carer)
    api.get(_url(shared_plan))
    api.get(_url(shared_plan, "/revisions/1"))
    api.get("/api/plans")
    reads = AuditEvent.objects.filter(actor=carer).order_by("id")
    assert [(e.action, e.plan_id, e.revision) for e in reads] == [
        ("read", shared_plan.pk, 1),
        ("read", shared_plan.pk, 1),
        ("list", None, None),
    ]


def test_openapi_documents_the_plan_endpoints(api_as: Api, practitioner: Any) -> None:
    paths = api_as(practitioner).get("/api/openapi.json").json()["paths"]
    assert {"/api/plans", "/api/plans/{plan_id}", "/api/plans/{plan_id}/revisions"} <= set(paths)
    assert json.dumps(paths["/api/plans/{plan_id}"]["patch"]).count("merge-patch+json") == 1


def test_text_with_a_nul_character_is_refused_on_every_database(
    api_as: Api, practitioner: Any
) -> None:
    # PostgreSQL's jsonb cannot store U+0000: refuse it as bad input rather than fail with a 500.
    body = {**SMALL_PLAN, "person": {"name": "Flo\x00"}, "provenance": {"x\x00": []}}
    response = api_as(practitioner).post("/api/plans", body)
    assert response.status_code == 422
    assert {e["path"] for e in response.json()["errors"]} == {"person.name", "provenance.x\x00"}


@pytest.mark.parametrize("plan_id", ["%00", "a%00b", "%F0%9F%98%80", "..", "plan-1%20OR%201=1"])
def test_hostile_plan_ids_are_simply_not_found(
    plan_id: str, api_as: Api, practitioner: Any
) -> None:
    api = api_as(practitioner)
    assert api.get(_url(plan_id)).status_code == 404
    assert api.get(_url(plan_id, "/revisions")).status_code == 404
    assert api.patch(_url(plan_id), {}, If_Match='"1"').status_code == 404


def test_a_reason_with_a_nul_character_is_stored_without_it(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    body = {"status": "not_agreed", "reason": "Florence\x00 disagrees", "base_revision": 1}
    assert api_as(practitioner).post(_url(shared_plan, "/status"), body).status_code == 200
    history = api_as(practitioner).get(_url(shared_plan, "/revisions")).json()["items"]
    assert history[-1]["reason"] == "Florence disagrees"


def test_the_revision_list_comes_a_page_at_a_time(
    shared_plan: PlanRecord, api_as: Api, practitioner: Any, settings: Any
) -> None:
    # A conversation saves a revision after every answer: the list must not grow without bound.
    settings.CAREPLAN_API_PAGE_SIZE = 2
    api = api_as(practitioner)
    for n in range(1, 5):
        body = {"person": {"phone": f"0163296000{n}"}}
        assert api.patch(_url(shared_plan), body, If_Match=f'"{n}"').status_code == 200
    pages = [api.get(_url(shared_plan, f"/revisions?page={n}")).json() for n in (1, 2, 3, 4)]
    assert [[r["number"] for r in p["items"]] for p in pages] == [[1, 2], [3, 4], [5], []]
    assert {(p["count"], p["pages"], p["page_size"]) for p in pages} == {(5, 3, 2)}
    assert [p["page"] for p in pages] == [1, 2, 3, 4]


@pytest.mark.parametrize("page", ["0", "-1", "x", "99999999999"])
def test_a_bad_revision_page_names_the_field(
    page: str, shared_plan: PlanRecord, api_as: Api, practitioner: Any
) -> None:
    response = api_as(practitioner).get(_url(shared_plan, f"/revisions?page={page}"))
    assert response.status_code == 422
    assert "page" in json.dumps(response.json())
