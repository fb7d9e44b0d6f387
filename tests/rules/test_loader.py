"""A malformed pack fails loudly at load, naming the file and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.errors import NotFound
from service.rules import RulePackInvalid
from service.rules.loader import load_packs

GOOD_RULE = """
  - id: T-01
    title: A test rule
    level: must
    verified: V
    citations: [{title: "Care Act 2014, s.25", href: "https://www.legislation.gov.uk/ukpga/2014/23/section/25", verified: V}]
    check: {every: needs, require: {path: how_met, present: true}}
    message: "Need '{description}' has no how_met"
    easy_read: Your plan must say how.
    examples:
      pass: [{note: ok, plan: {}}]
      fail: [{note: bad, plan: {}}]
"""


def write_pack(root: Path, rules: str, extra: str = "") -> Path:
    folder = root / "national"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(f"name: t{root.name}\nkind: national\n{extra}")
    (folder / "rules.yaml").write_text("rules:\n" + rules)
    return root


def test_a_good_pack_loads(tmp_path: Path) -> None:
    packs = load_packs(root=write_pack(tmp_path, GOOD_RULE))
    assert [r.id for r in packs[0].rules] == ["T-01"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("path: how_met", "path: how_it_is_met"), "Need has no field 'how_it_is_met'"),
        (("present: true", "exists: true"), "unknown key(s) ['exists']"),
        (("every: needs", "every: person"), "must name a list"),
        (("level: must", "level: required"), "level"),
        (("verified: V\n    citations", "verified: X\n    citations"), "verified"),
        (("{description}", "{descriptoin}"), "descriptoin"),
        (("present: true}", "matches: '(unclosed'}"), "bad regular expression"),
        (("    easy_read: Your plan must say how.\n", ""), "missing 'easy_read'"),
        (("  fail: [{note: bad, plan: {}}]", "  fail: []"), "fail"),
    ],
)
def test_a_broken_rule_names_its_file_and_id(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in GOOD_RULE
    root = write_pack(tmp_path, GOOD_RULE.replace(old, new))
    with pytest.raises(RulePackInvalid) as error:
        load_packs(root=root)
    message = str(error.value)
    assert "national/rules.yaml" in message and "T-01" in message and expected in message


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RulePackInvalid, match="T-01"):
        load_packs(root=write_pack(tmp_path, GOOD_RULE + GOOD_RULE))


def test_a_rule_without_citations_is_refused(tmp_path: Path) -> None:
    broken = GOOD_RULE.replace(
        'citations: [{title: "Care Act 2014, s.25", href: "https://www.legislation.gov.uk/ukpga/2014/23/section/25", verified: V}]',
        "citations: []",
    )
    with pytest.raises(RulePackInvalid, match="T-01: every rule cites its source"):
        load_packs(root=write_pack(tmp_path, broken))


def test_unknown_parameter_is_refused(tmp_path: Path) -> None:
    broken = GOOD_RULE.replace(
        "present: true}", "present: true}, when: {path: needs, present: true}"
    )
    broken = broken.replace("{path: how_met, present: true}", "{value: {param: nope}, gt: 1}")
    with pytest.raises(RulePackInvalid, match="unknown parameter 'nope'"):
        load_packs(root=write_pack(tmp_path, broken))


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    root = write_pack(tmp_path, GOOD_RULE)
    (root / "national" / "rules.yaml").write_text("rules: [unclosed")
    with pytest.raises(RulePackInvalid, match=r"national/rules\.yaml: not valid YAML"):
        load_packs(root=root)


def test_unknown_local_pack_is_not_found(tmp_path: Path) -> None:
    root = write_pack(tmp_path, GOOD_RULE)
    (root / "local").mkdir()
    with pytest.raises(NotFound, match="no local rule pack called 'atlantis'"):
        load_packs(["atlantis"], root=root)
