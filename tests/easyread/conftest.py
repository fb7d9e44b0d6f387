"""Shared fixtures: every demo plan, and every plan the conversation evals produce, built once.

``DEMO_PLANS`` feed the format tests (HTML, Word, PDF); ``PLANS`` (demo plus conversation eval
plans) feed the gates: linter, readability, s.25 items, pictures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from service.demo import load_demo_plans
from service.documents.easyread import EasyReadDocument, build
from service.plan.models import Plan

CASES = Path(__file__).resolve().parents[2] / "evals" / "conversations" / "cases"
DEMO_PLANS: dict[str, Plan] = load_demo_plans()


def eval_plans() -> dict[str, Plan]:
    """The plans the conversation evals' scripted answers produce."""
    from evals.conversations.run import converse

    found = {}
    for path in sorted(CASES.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[f"conversation:{path.stem}"] = converse(case)[1]
    return found


PLANS: dict[str, Plan] = {**DEMO_PLANS, **eval_plans()}


@pytest.fixture(scope="session")
def documents() -> dict[str, EasyReadDocument]:
    return {name: build(plan) for name, plan in PLANS.items()}
