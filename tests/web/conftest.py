"""Users in every role and one demo plan they relate to in the ways access depends on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

from service.demo import load_demo_plan
from service.store import services
from service.store.models import PlanAccess, PlanRecord, Profile

PASSWORD = "correct horse battery staple 42"


def make_user(username: str, role: str | None) -> Any:
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if role:
        Profile.objects.create(user=user, role=role)
    return user


@dataclass
class World:
    person: Any
    carer: Any
    advocate: Any
    practitioner: Any
    other_practitioner: Any
    manager: Any
    outsider: Any
    plan: PlanRecord


@pytest.fixture(autouse=True)
def _fast_and_clean(settings: Any) -> None:
    # The real hasher is slow on purpose; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # login rate limits must not leak between tests


@pytest.fixture
def world(db: Any) -> World:
    users = {
        "person": make_user("pat", "person"),
        "carer": make_user("cara", "carer"),
        "advocate": make_user("ada", "advocate"),
        "practitioner": make_user("priya", "practitioner"),
        "other_practitioner": make_user("oscar", "practitioner"),
        "manager": make_user("mona", "manager"),
        "outsider": make_user("olly", "person"),
    }
    record = services.plan_create(
        plan=load_demo_plan("yvonne-and-john"),
        actor=None,
        person_user=users["person"],
        practitioner=users["practitioner"],
    )
    for role in ("carer", "advocate"):
        services.plan_access_grant(
            plan_id=record.public_id, user=users[role], role=PlanAccess.AccessRole(role), actor=None
        )
    return World(plan=record, **users)
