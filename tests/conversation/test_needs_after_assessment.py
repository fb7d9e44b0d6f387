"""The assessed-needs question promises "if something is missing you can tell me in the next
question": after it is answered, the needs question is asked even though the assessment's needs
are now in the plan, and what the person adds joins them. Needs the plan held before the
conversation still mean the needs question is not asked again (WCAG 3.3.7)."""

from __future__ import annotations

from service.conversation.flow import load_flow
from service.plan import Plan, parse_plan
from tests.conversation.helpers import run

ASSESSED = {
    "person": {"name": "Rita Shah"},
    "assessment": {
        "identified_needs": [
            {"ref": "a1", "description": "Washing and dressing"},
            {"ref": "a2", "description": "Preparing meals"},
        ]
    },
}


def _plan() -> Plan:
    return parse_plan(ASSESSED)


def test_the_needs_question_follows_the_assessment_and_adds_what_was_missing() -> None:
    script = {"consent": "yes", "assessed_needs": "yes that's right", "needs": "the shopping"}
    _, plan, asked = run(script, plan=_plan())
    assert asked.index("assessed_needs") + 1 == asked.index("needs")
    descriptions = [n.description.lower() for n in plan.needs]
    assert any("washing" in d for d in descriptions) and any("meals" in d for d in descriptions)
    assert any("shopping" in d for d in descriptions)
    assert len(plan.needs) == 3


def test_nothing_more_to_add_keeps_the_assessment_needs() -> None:
    _, plan, asked = run({"consent": "yes", "assessed_needs": "yes", "needs": "skip"}, plan=_plan())
    assert "needs" in asked and len(plan.needs) == 2


def test_needs_already_in_the_plan_are_still_not_asked_again() -> None:
    plan = parse_plan(
        {"person": {"name": "Rita Shah"}, "needs": [{"id": "need-1", "description": "cooking"}]}
    )
    _, _, asked = run({"consent": "yes"}, plan=plan)
    assert "needs" not in asked and "assessed_needs" not in asked


def test_every_asked_after_names_an_earlier_question() -> None:
    order = [q.id for q in load_flow().questions]
    for q in load_flow().questions:
        for earlier in q.asked_after:
            assert earlier in order and order.index(earlier) < order.index(q.id), (q.id, earlier)
