"""Who gets what from each plan endpoint. A plan someone may not see answers 404, exactly like a
plan that does not exist, so ids cannot be probed; nobody gets anything without signing in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from service.store.models import PlanRecord
from tests.conftest import SMALL_PLAN, ApiClient

Api = Callable[[Any], ApiClient]
PERSONAS = ["person", "practitioner", "carer", "manager", "outsider"]

# (method, path tail, body) for every plan endpoint; writes name the current revision.
ENDPOINTS: list[tuple[str, str, Any]] = [
    ("GET", "", None),
    ("PUT", "", SMALL_PLAN),
    ("PATCH", "", {"person": {"phone": "01632 960000"}}),
    ("POST", "/status", {"status": "not_agreed"}),
    ("GET", "/revisions", None),
    ("GET", "/revisions/1", None),
    ("GET", "/revisions/1/diff/1", None),
]

# Expected status per persona and endpoint: everyone involved may read and edit; only the
# allocated practitioner and managers change the status; the outsider sees nothing.
EXPECTED = {
    "person": [200, 200, 200, 403, 200, 200, 200],
    "practitioner": [200] * 7,
    "carer": [200, 200, 200, 403, 200, 200, 200],
    "manager": [200] * 7,
    "outsider": [404] * 7,
}


def _call(api: ApiClient, method: str, path: str, body: Any, base: int = 1) -> Any:
    if method == "GET":
        return api.get(path)
    return api.send(method, path, body, If_Match=f'"{base}"')


@pytest.mark.parametrize("persona", PERSONAS)
def test_access_matrix(
    persona: str, shared_plan: PlanRecord, api_as: Api, request: pytest.FixtureRequest
) -> None:
    api = api_as(request.getfixturevalue(persona))
    statuses = []
    for method, tail, body in ENDPOINTS:
        shared_plan.refresh_from_db()  # each allowed write moves the plan on a revision
        path = f"/api/plans/{shared_plan.public_id}{tail}"
        statuses.append(_call(api, method, path, body, shared_plan.revision))
    assert [r.status_code for r in statuses] == EXPECTED[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_list_shows_only_visible_plans(
    persona: str, shared_plan: PlanRecord, api_as: Api, request: pytest.FixtureRequest
) -> None:
    listed = api_as(request.getfixturevalue(persona)).get("/api/plans").json()["items"]
    assert [p["id"] for p in listed] == ([] if persona == "outsider" else [shared_plan.public_id])


@pytest.mark.parametrize(("method", "tail", "body"), [*ENDPOINTS, ("POST", "(create)", SMALL_PLAN)])
def test_nothing_without_signing_in(
    method: str, tail: str, body: Any, shared_plan: PlanRecord
) -> None:
    path = "/api/plans" if tail == "(create)" else f"/api/plans/{shared_plan.public_id}{tail}"
    for token in (None, "cp_not-a-real-token"):
        response = _call(ApiClient(token), method, path, body)
        assert response.status_code == 401
        assert response.json()["code"] == "unauthenticated"


def test_a_revoked_token_stops_working(shared_plan: PlanRecord, practitioner: Any) -> None:
    from service.store.tokens import api_token_create, api_token_revoke

    token, raw = api_token_create(practitioner, "laptop")
    api = ApiClient(raw)
    assert api.get(f"/api/plans/{shared_plan.public_id}").status_code == 200
    api_token_revoke(token)
    assert api.get(f"/api/plans/{shared_plan.public_id}").status_code == 401


def test_a_user_without_a_role_cannot_create_plans(api_as: Api) -> None:
    from tests.conftest import make_user

    response = api_as(make_user("no.role", None)).post("/api/plans", SMALL_PLAN)
    assert response.status_code == 403


def test_token_use_is_recorded_to_the_minute(practitioner: Any) -> None:
    from service.store.models import ApiToken
    from service.store.tokens import api_token_create, user_for_token

    token, raw = api_token_create(practitioner, "script")
    assert user_for_token(raw) == practitioner
    first = ApiToken.objects.get(pk=token.pk).last_used_at
    assert first is not None
    assert user_for_token(raw) == practitioner
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first  # no write per request


# Every other endpoint that takes a plan id, from the rules, money, documents and conversation
# areas: whoever can see the plan may use them; to anyone else the plan does not exist.
PLAN_READS: list[tuple[str, str, Any]] = [
    ("GET", "/api/plans/{id}/findings", None),
    ("GET", "/api/plans/{id}/findings?revision=1", None),
    ("GET", "/api/plans/{id}/budget", None),
    ("GET", "/api/plans/{id}/documents/md?variant=council", None),
    ("GET", "/api/plans/{id}/documents/json", None),
    ("GET", "/api/plans/{id}/documents/html?variant=easy-read", None),
    ("POST", "/api/conversations", {"audience": "carer", "plan_id": "{id}"}),
]


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_other_plan_endpoint_hides_the_plan_from_outsiders(
    persona: str, shared_plan: PlanRecord, api_as: Api, request: pytest.FixtureRequest
) -> None:
    api = api_as(request.getfixturevalue(persona))
    statuses = {}
    for method, template, body in PLAN_READS:
        path = template.replace("{id}", shared_plan.public_id)
        if method == "GET":
            statuses[template] = api.get(path).status_code
        else:
            filled = {k: v.replace("{id}", shared_plan.public_id) for k, v in body.items()}
            statuses[template] = api.send(method, path, filled).status_code
    expected = 404 if persona == "outsider" else None
    for template, status in statuses.items():
        if expected is not None:
            assert status == expected, template
        else:
            assert status in (200, 201), (template, status)


@pytest.mark.parametrize(
    "path",
    [
        "/api/plans/{id}/findings",
        "/api/plans/{id}/budget",
        "/api/plans/{id}/documents/md?variant=council",
    ],
)
def test_a_missing_plan_and_a_hidden_plan_look_the_same(
    path: str, shared_plan: PlanRecord, api_as: Api, outsider: Any
) -> None:
    api = api_as(outsider)
    hidden = api.get(path.replace("{id}", shared_plan.public_id))
    missing = api.get(path.replace("{id}", "no-such-plan"))
    assert hidden.status_code == missing.status_code == 404
    # The body echoes the id that was asked for, and nothing else differs.
    assert hidden.content.decode().replace(shared_plan.public_id, "?") == (
        missing.content.decode().replace("no-such-plan", "?")
    )
