from __future__ import annotations

import pytest

from service.plan import Plan
from tests.documents.plans import demo_plans, empty_plan, hostile_plan


@pytest.fixture(scope="session")
def demos() -> dict[str, Plan]:
    return demo_plans()


@pytest.fixture(scope="session")
def florence(demos: dict[str, Plan]) -> Plan:
    return demos["florence-and-mary"]


@pytest.fixture(scope="session")
def hostile() -> Plan:
    return hostile_plan()


@pytest.fixture(scope="session")
def empty() -> Plan:
    return empty_plan()
