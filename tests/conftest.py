"""Shared fixtures: the people who use a plan, a plan they share, and an API client per person.

Personas around one plan (``shared_plan``):

* ``person``       Florence, whose plan it is (role person, linked as the plan's person)
* ``practitioner`` the allocated social worker ("owner"), who created the plan
* ``carer``        Mary, invited by Florence (a ``PlanAccess`` row, role carer) ("collaborator")
* ``outsider``     another practitioner, not allocated: the plan must not exist for them
* ``manager``      sees every plan
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from service.plan import parse_plan
from service.store import services
from service.store.models import PlanRecord, Profile, Role
from service.store.tokens import api_token_create
from tests.support.browser import chromium  # noqa: F401  (the one session-wide chromium, by name)

User = get_user_model()

# A small, valid plan used where the demo plans would be noise.
SMALL_PLAN: dict[str, Any] = {
    "plan_type": "care_and_support",
    "person": {"name": "Test Person", "la_reference": "LA-0001"},
    "needs": [{"id": "need-1", "description": "Help to get washed and dressed each morning"}],
    "outcomes": [
        {"id": "out-1", "statement": "I get ready for day centre on time", "need_ids": ["need-1"]}
    ],
    "support": [
        {
            "id": "sup-1",
            "description": "Morning call from a home care worker",
            "need_ids": ["need-1"],
            "units_per_week": "7",
            "unit": "hour",
            "unit_cost": "24.50",
            "funding": "personal_budget",
        }
    ],
}


def make_user(username: str, role: str | None) -> Any:
    user = User.objects.create_user(username=username)  # no password: hashing is slow
    if role is not None:
        Profile.objects.create(user=user, role=role)
    return user


@pytest.fixture
def person(db: None) -> Any:
    return make_user("florence", Role.person)


@pytest.fixture
def practitioner(db: None) -> Any:
    return make_user("sam.practitioner", Role.practitioner)


@pytest.fixture
def carer(db: None) -> Any:
    return make_user("mary.carer", Role.carer)


@pytest.fixture
def outsider(db: None) -> Any:
    return make_user("other.practitioner", Role.practitioner)


@pytest.fixture
def manager(db: None) -> Any:
    return make_user("team.manager", Role.manager)


@pytest.fixture
def small_plan() -> dict[str, Any]:
    return json.loads(json.dumps(SMALL_PLAN))


@pytest.fixture
def shared_plan(person: Any, practitioner: Any, carer: Any) -> PlanRecord:
    """A plan created by ``practitioner`` for ``person``, who invited ``carer``."""
    record = services.plan_create(
        plan=parse_plan(SMALL_PLAN), actor=practitioner, person_user=person
    )
    services.plan_access_grant(plan_id=record.public_id, user=carer, role="carer", actor=person)
    return record


class ApiClient:
    """Django's test client speaking JSON with a bearer token (or none, for 401 tests)."""

    def __init__(self, token: str | None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str, **headers: str) -> Any:
        return self.client.get(path, headers={**self.headers, **headers})

    def send(self, method: str, path: str, body: Any, **headers: str) -> Any:
        content_type = headers.pop("content_type", "application/json")
        data = body if isinstance(body, (bytes, str)) else json.dumps(body)
        call = getattr(self.client, method.lower())
        return call(path, data, content_type=content_type, headers={**self.headers, **headers})

    def post(self, path: str, body: Any, **headers: str) -> Any:
        return self.send("POST", path, body, **headers)

    def put(self, path: str, body: Any, **headers: str) -> Any:
        return self.send("PUT", path, body, **headers)

    def patch(self, path: str, body: Any, **headers: str) -> Any:
        return self.send("PATCH", path, body, **headers)


@pytest.fixture
def api_as(db: None) -> Callable[[Any], ApiClient]:
    """``api_as(user)`` is a client signed in as ``user`` with a fresh API token."""

    def _client(user: Any) -> ApiClient:
        return ApiClient(api_token_create(user, "tests")[1])

    return _client
