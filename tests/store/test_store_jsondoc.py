"""Merge patch follows RFC 7386 (its appendix A cases) and the diff names readable paths."""

from __future__ import annotations

from typing import Any

import pytest

from service.store.jsondoc import json_diff, merge_patch

# RFC 7386, Appendix A: (original, patch, result)
RFC_7386_CASES: list[tuple[Any, Any, Any]] = [
    ({"a": "b"}, {"a": "c"}, {"a": "c"}),
    ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
    ({"a": "b"}, {"a": None}, {}),
    ({"a": "b", "b": "c"}, {"a": None}, {"b": "c"}),
    ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
    ({"a": "c"}, {"a": ["b"]}, {"a": ["b"]}),
    ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
    ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}),
    (["a", "b"], ["c", "d"], ["c", "d"]),
    ({"a": "b"}, ["c"], ["c"]),
    ({"a": "foo"}, None, None),
    ({"a": "foo"}, "bar", "bar"),
    ({"e": None}, {"a": 1}, {"e": None, "a": 1}),
    ([1, 2], {"a": "b", "c": None}, {"a": "b"}),
    ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}}),
]


@pytest.mark.parametrize(("original", "patch", "result"), RFC_7386_CASES)
def test_merge_patch_matches_rfc_7386(original: Any, patch: Any, result: Any) -> None:
    assert merge_patch(original, patch) == result


def test_merge_patch_leaves_the_target_unchanged() -> None:
    target = {"person": {"name": "Florence"}}
    merge_patch(target, {"person": {"name": "Flo"}})
    assert target == {"person": {"name": "Florence"}}


def test_diff_names_changed_added_and_removed_paths() -> None:
    before = {"person": {"name": "Florence"}, "needs": [{"id": "n1", "outcome_ids": ["o1"]}]}
    after = {
        "person": {"name": "Flo", "phone": "01234"},
        "needs": [{"id": "n1", "outcome_ids": ["o1", "o2"]}],
        "risks": [],
    }
    assert json_diff(before, after) == [
        {"path": "person.name", "before": "Florence", "after": "Flo", "change": "changed"},
        {"path": "person.phone", "before": None, "after": "01234", "change": "added"},
        {"path": "needs[0].outcome_ids[1]", "before": None, "after": "o2", "change": "added"},
    ]
    assert json_diff(after, before)[2]["change"] == "removed"


def test_diff_of_identical_documents_is_empty() -> None:
    doc = {"a": [1, {"b": None}], "c": {}}
    assert json_diff(doc, doc) == []


def test_items_with_ids_are_matched_by_id_not_position() -> None:
    before = {
        "needs": [{"id": "n1", "description": "Washing"}, {"id": "n2", "description": "Meals"}]
    }
    after = {
        "needs": [
            {"id": "n0", "description": "Getting out"},
            {"id": "n1", "description": "Washing and dressing"},
        ]
    }
    assert json_diff(before, after) == [
        {"path": "needs[0]", "before": None, "after": after["needs"][0], "change": "added"},
        {
            "path": "needs[1].description",
            "before": "Washing",
            "after": "Washing and dressing",
            "change": "changed",
        },
        {"path": "needs[1]", "before": before["needs"][1], "after": None, "change": "removed"},
    ]
