from __future__ import annotations

import pytest

from service.plan import Plan
from tests.documents.consumers import Rendered, render_all
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


@pytest.fixture(scope="session")
def all_plans(demos: dict[str, Plan], hostile: Plan, empty: Plan) -> dict[str, Plan]:
    return {**demos, "hostile": hostile, "empty": empty}


@pytest.fixture(scope="session")
def rendered(all_plans: dict[str, Plan], tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Every DOCX and PDF of every plan and variant, once per session; LibreOffice converts the
    DOCX in the background while the PDFs render (the slow part of the document tests)."""
    return render_all(all_plans, tmp_path_factory.mktemp("consumers"))
