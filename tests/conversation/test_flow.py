"""The flow files are complete and consistent: every question can be asked in three voices,
extracted, and every condition names something that exists."""

from __future__ import annotations

from typing import Any

from service.conversation.extractors import EXTRACTORS
from service.conversation.flow import load_flow
from service.plan import Plan

FLOW = load_flow()
IDS = {q.id for q in FLOW.questions}


def _answers_named(cond: dict[str, Any] | None) -> set[str]:
    if not cond:
        return set()
    names = {cond["answer"]} if "answer" in cond else set()
    for key in ("all", "any"):
        for sub in cond.get(key, []):
            names |= _answers_named(sub)
    return names | _answers_named(cond.get("not"))


def test_every_question_has_three_voices_help_and_an_extractor() -> None:
    assert len(FLOW.questions) >= 40 and len(FLOW.sections) >= 14
    for q in FLOW.questions:
        assert q.text.person and q.text.practitioner and q.text.easy_read, q.id
        assert q.help.person and q.help.easy_read and q.example, q.id
        assert q.extract in EXTRACTORS, q.id
        assert len(q.text.easy_read.split()) <= 20, f"{q.id}: easy read should be short"


def test_conditions_name_real_questions_and_choices_have_says() -> None:
    for q in FLOW.questions:
        assert _answers_named(q.when) <= IDS, q.id
        if q.kind in ("choice", "multi_choice"):
            assert q.choices and all(c.says for c in q.choices), q.id
    for notice in FLOW.notices:
        assert _answers_named(notice.when) <= IDS and notice.text.easy_read


def test_fill_paths_exist_in_the_plan_schema() -> None:
    fields = Plan.model_json_schema()
    defs = fields["$defs"]

    def resolve(schema: dict[str, Any], name: str) -> dict[str, Any] | None:
        props = schema.get("properties", {})
        if name not in props:
            return None
        node = props[name]
        for option in [node, *node.get("anyOf", []), node.get("items", {})]:
            ref = option.get("$ref") or option.get("items", {}).get("$ref")
            if ref:
                return defs[ref.split("/")[-1]]
        return node

    for q in FLOW.questions:
        for path in q.fills:
            node: dict[str, Any] | None = fields
            for part in path.replace("[main]", "").split("."):
                node = resolve(node or {}, part) if part else node
                assert node is not None, f"{q.id}: {path}"
