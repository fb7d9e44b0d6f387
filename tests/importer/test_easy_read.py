"""An advocate's use: import the council's plan, then make the easy-read version from it."""

from __future__ import annotations

import pytest

from service.documents.easyread import build, lint_document
from tests.importer.helpers import DOCUMENTS, imported


@pytest.mark.parametrize("name", DOCUMENTS)
def test_imported_plan_makes_an_easy_read_that_passes_its_linter(name: str) -> None:
    plan = imported(name).plan
    document = build(plan)
    assert lint_document(document).passed
    text = document.plain_text()
    assert plan.person.name is not None and plan.person.name.split()[0] in text


def test_the_budget_from_the_council_letter_reaches_the_easy_read() -> None:
    text = build(imported("e_letter.txt").plan).plain_text()
    assert "£100.80" in text
