"""docs/plan-schema.md stays true: every path it lists as an addition is a field of the models,
and every plan rule it names as the reason is in the rule catalogue (ER-* are the easy-read
checks of ACCESSIBLE_OUTPUT.md, kept in the documents package)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.rules import load_packs
from service.web.formschema import shape_at

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan-schema.md"
ROWS = re.findall(r"^\| `([^`]+)` \| [^|]+ \| ([^|]+) \|$", DOC.read_text(encoding="utf-8"), re.M)


def _parts(path: str) -> list[str | int]:
    return [
        p
        for part in path.replace("[]", ".0").split(".")
        for p in [int(part) if part.isdigit() else part]
    ]


def test_the_doc_lists_additions() -> None:
    assert len(ROWS) >= 15


@pytest.mark.parametrize(("path", "why"), ROWS)
def test_each_listed_path_is_a_field_of_the_plan(path: str, why: str) -> None:
    assert shape_at(_parts(path)) is not None, path


def test_each_rule_named_is_in_the_catalogue() -> None:
    ids = {rule.id for pack in load_packs(["lincolnshire"]) for rule in pack.rules}
    named = {i for _, why in ROWS for i in re.findall(r"\b(?:CA|GP|LCC)-\d+\b", why)}
    assert named and named <= ids, named - ids
