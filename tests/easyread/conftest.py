"""Shared fixtures: every demo plan (and eval plan, when present) built once per session."""

from __future__ import annotations

import pytest

from service.demo import load_demo_plans
from service.documents.easyread import EasyReadDocument, build
from service.plan.models import Plan
from tests.support.browser import chromium  # noqa: F401  (registers the fixture)

PLANS: dict[str, Plan] = load_demo_plans()


@pytest.fixture(scope="session")
def documents() -> dict[str, EasyReadDocument]:
    return {name: build(plan) for name, plan in PLANS.items()}
