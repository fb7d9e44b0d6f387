"""The command line (exit codes 0/1/2, text and JSON) and the generated rulebook."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from service.demo import DEMO_DIR
from service.rules.cli import main
from service.rules.rulebook import rulebook

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_complete_plan_exits_0() -> None:
    code, out, _ = run("check", str(DEMO_DIR / "florence-and-mary.json"))
    assert code == 0 and "No MUST failures" in out


def test_must_failures_exit_1_and_are_listed_with_paths() -> None:
    code, out, _ = run("check", str(DEMO_DIR / "miss-s.json"))
    assert code == 1
    assert "CA-08" in out and "information_and_advice" in out and "Sign-off blocked" in out


def test_json_format_is_the_report() -> None:
    code, out, _ = run("check", str(DEMO_DIR / "lcc-example.json"), "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["must_failures"] == []
    assert {"CA-38", "LCC-04"} <= {
        f["rule_id"] for f in report["findings"] if f["status"] == "fail"
    }


def test_pack_option_overrides_the_plans_own_pack(tmp_path: Path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"needs": [{"id": "n1", "description": "x"}]}))
    _, out, _ = run("check", str(plan), "--pack", "lincolnshire", "--format", "json")
    assert json.loads(out)["packs"] == ["care_act_2014", "lincolnshire", "good_practice"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot read the file"),
        ("{not json", "not valid JSON"),
        ('{"needs": [{"id": "n1"}]}', "needs[0].description: This is required"),
        ('{"rule_pack": "atlantis"}', "no local rule pack called 'atlantis'"),
        ("[]", "A plan must be a JSON object"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    tmp_path: Path, content: str | None, expected: str
) -> None:
    plan = tmp_path / "plan.json"
    if content is not None:
        plan.write_text(content)
    code, out, err = run("check", str(plan))
    assert code == 2 and out == "" and expected in err


def test_rulebook_in_docs_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "RULEBOOK.md").read_text(encoding="utf-8")
    assert committed == rulebook(), "run: python -m service.rules rulebook --write docs/RULEBOOK.md"


def test_rulebook_shows_law_text_beside_each_verified_rule() -> None:
    book = rulebook()
    section = book.split("### CA-03:")[1].split("### CA-04:")[0]
    assert "legislation.gov.uk/ukpga/2014/23/section/25" in section
    assert "> [The plan] specifies the needs that the local authority is going to meet" in section
    assert "*Fails: council meets the need, nothing says how*" in section
    assert book.count("\n### ") == 67
