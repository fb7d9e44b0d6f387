"""``load_demo`` creates the demo logins and loads every demo plan once, however often it runs."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command

from service.demo import demo_plan_names
from service.store import selectors
from service.store.models import PlanRecord


def _load(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def fast_hashing(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_load_demo_is_idempotent_and_prints_a_working_login(db: None) -> None:
    first = _load("--password", "correct horse")
    second = _load()
    assert PlanRecord.objects.count() == len(demo_plan_names()) >= 3
    assert "already loaded" in second and "already loaded" not in first
    password = second.split("password: ")[1].split()[0]
    assert authenticate(username="demo.practitioner", password=password) is not None
    assert authenticate(username="demo.practitioner", password="correct horse") is None


def test_demo_people_see_their_own_plans(db: None) -> None:
    _load()
    users = get_user_model().objects
    practitioner = users.get(username="demo.practitioner")
    mary = users.get(username="demo.mary")
    assert selectors.plan_list_for_user(practitioner).count() == len(demo_plan_names())
    # Mary: her own carer's plan, and Florence's plan as the carer Florence invited.
    names = {r.person_name for r in selectors.plan_list_for_user(mary)}
    assert names == {"Mary Brown", "Florence Brown"}


def test_demo_data_is_never_loaded_in_production(db: None, settings: Any) -> None:
    settings.PRODUCTION = True
    with pytest.raises(CommandError):
        _load()
    assert not PlanRecord.objects.exists()
