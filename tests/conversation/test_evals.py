"""The eval set holds the deterministic extractor to its targets, and the data files hold
only text (YAML 1.1 silently turns a bare yes, no, on or off into a boolean)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evals.conversations import run

ROOT = Path(__file__).resolve().parents[2]
Results = tuple[dict[str, run.Score], dict[str, run.Score], dict[str, list[str]]]


@pytest.fixture(scope="module")
def results() -> Results:
    return run.evaluate()


def test_eval_set_meets_precision_and_recall_targets(results: Results) -> None:
    by_section, by_case, _ = results
    total = run.overall(by_section)
    assert len(by_case) >= 12
    assert total.precision >= run.PRECISION_TARGET, total.precision
    assert total.recall >= run.RECALL_TARGET, total.recall


def test_refusal_and_no_consent_produce_no_invented_facts(results: Results) -> None:
    _, by_case, details = results
    assert by_case["no_consent"].produced == 0
    assert by_case["refuser"].precision == 1.0, details["refuser"]


def test_scorer_pairs_list_items_regardless_of_order() -> None:
    wanted = [("needs[0].description", "cleaning"), ("needs[1].description", "shopping")]
    produced = [("needs[0].description", "shopping"), ("needs[1].description", "cleaning")]
    scores = run._score(wanted, produced)
    assert scores["needs"].matched == 2 and scores["needs"].precision == 1.0
    scores = run._score(wanted, [("needs[0].description", "gardening")])
    assert scores["needs"].matched == 0 and scores["needs"].recall == 0.0


def _non_strings(node: object) -> list[object]:
    if isinstance(node, dict):
        return [k for k in node if not isinstance(k, str)] + [
            x for v in node.values() for x in _non_strings(v)
        ]
    if isinstance(node, list):
        return [x for x in node if isinstance(x, bool | int | float) or x is None] + [
            y for x in node for y in _non_strings(x)
        ]
    return []


def test_lexicon_and_flow_files_hold_only_text() -> None:
    files = [*ROOT.glob("prompts/lexicon/*.yaml"), *ROOT.glob("prompts/flow/*.yaml")]
    assert files
    for path in files:
        assert _non_strings(yaml.safe_load(path.read_text(encoding="utf-8"))) == [], path.name


def test_every_fact_in_every_eval_plan_quotes_the_turn_it_came_from() -> None:
    from service.plan import parse_plan
    from tests.conversation.helpers import run as drive

    for path in sorted(run.CASES.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        plan = parse_plan(case.get("plan") or {})
        state, plan, _ = drive(case["answers"], plan=plan, audience=case["audience"],
                               easy_read=case.get("easy_read", False))  # fmt: skip
        for where, entries in plan.provenance.items():
            for entry in entries:
                said = state.transcript[entry.turn]
                assert said.role == "user", (case["id"], where)
                assert (entry.quote or "").lower() in said.text.lower(), (
                    case["id"],
                    where,
                    entry.quote,
                )
