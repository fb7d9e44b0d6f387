"""Plans for the document tests and the benchmark: the demo plans, a hostile plan, an empty
plan and a large plan (200 needs)."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from service.demo import load_demo_json, load_demo_plans
from service.plan import Plan, parse_plan

LONG = ("Long answer " * 900)[:10_000]  # a 10,000-character field
HOSTILE = (
    "<script>alert('x')</script> & \"quoted\" 'single' <b>bold</b> ]]> &amp; "
    "# not a heading | not | a table | *not emphasis* `code` [link](http://example.com) "
    "1. not a list \\ backslash {{ 7*7 }} {% raw %} 👩🏽‍🦳 emoji 🐈 "
    "مرحبا بك في خطتي (Arabic, right to left) שלום \x0b\x1f\x7f control"
)


def demo_plans() -> dict[str, Plan]:
    return load_demo_plans()


def hostile_plan() -> Plan:
    """The main demo plan with hostile text in every kind of field a person can type into."""
    data: dict[str, Any] = copy.deepcopy(load_demo_json("florence-and-mary"))
    person = data["person"]
    person["name"] = "Zoë <script>O'Brien-Ünal</script> & co 👩🏽‍🦳 مرحبا"
    person["views_wishes_feelings_beliefs"] = HOSTILE + "\n\n" + LONG
    person["what_matters_to_me"] = [HOSTILE, "- starts like a list", "#hashtag", LONG]
    person["good_day"] = "line one\nline two\n\n\n  indented   code?\n\n> quote"
    data["needs"][0]["description"] = HOSTILE
    data["needs"][0]["how_met"] = LONG
    data["outcomes"][0]["statement"] = "I want <em>this</em> | and | that & 'more' 🎉"
    data["risks"][0]["proactive"] = [HOSTILE, "=== setext ===", "---"]
    data["support"][0]["description"] = "Support | with pipes \n and newline & <tags>"
    data["contingency"]["emergency_contacts"][0]["name"] = 'Ann "Nan" <Smith> & family'
    return parse_plan(data)


def empty_plan() -> Plan:
    """A plan with nothing recorded: every section must say so plainly."""
    return Plan()


def large_plan(needs: int = 200) -> Plan:
    """The demo plan grown to ``needs`` needs, each with an outcome, a support line and a risk."""
    data: dict[str, Any] = copy.deepcopy(load_demo_json("florence-and-mary"))
    base_need, base_outcome, base_support = (
        data["needs"][0],
        data["outcomes"][0],
        data["support"][0],
    )
    base_risk = data["risks"][0]
    for i in range(len(data["needs"]), needs):
        nid, oid, sid = f"need-x{i}", f"out-x{i}", f"sup-x{i}"
        data["needs"].append(
            {
                **base_need,
                "id": nid,
                "outcome_ids": [oid],
                "support_ids": [sid],
                "description": f"Need {i}: {base_need['description']}",
            }
        )
        data["outcomes"].append(
            {
                **base_outcome,
                "id": oid,
                "need_ids": [nid],
                "statement": f"Outcome {i}: {base_outcome['statement']}",
            }
        )
        data["support"].append(
            {
                **base_support,
                "id": sid,
                "need_ids": [nid],
                "outcome_ids": [oid],
                "unit_cost": str(Decimal("10.01") + i),
            }
        )
        data["risks"].append({**base_risk, "id": f"risk-x{i}"})
    return parse_plan(data)
