"""The rulebook as a whole: every catalogue rule present with its level, cited, worded plainly."""

from __future__ import annotations

import re

from service.rules import Level, Verified, load_packs
from service.rules.loader import local_pack_names
from tests.rules.catalogue import catalogue

RULES = [rule for pack in load_packs(local_pack_names()) for rule in pack.rules]
BY_ID = {rule.id: rule for rule in RULES}
LEGISLATION = re.compile(r"^(Care Act 2014|Mental Capacity Act 2005|.*Regulations 20\d\d)")


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


def test_every_catalogue_rule_exists() -> None:
    missing = sorted(set(catalogue()) - set(BY_ID))
    assert not missing, f"rules in RULES.md with no rule in rules/: {missing}"


def test_levels_and_verification_match_the_catalogue() -> None:
    for rule_id, (level, verified) in catalogue().items():
        rule = BY_ID[rule_id]
        assert rule.level.value == level, rule_id
        if verified is not None:
            assert rule.verified.value == verified, rule_id


def test_unverified_rules_never_block_sign_off() -> None:
    for rule in RULES:
        if rule.verified is Verified.U:
            assert rule.effective_level is not Level.must, rule.id


def test_every_rule_is_cited_to_the_right_publisher() -> None:
    for rule in RULES:
        assert rule.citations, rule.id
        for citation in rule.citations:
            assert citation.href.startswith("https://"), (rule.id, citation.href)
            if LEGISLATION.match(citation.title):
                assert citation.href.startswith("https://www.legislation.gov.uk/"), rule.id
            if "Statutory Guidance" in citation.title:
                assert citation.href.startswith("https://www.gov.uk/"), rule.id


def test_easy_read_messages_are_short_and_personal() -> None:
    for rule in RULES:
        for block in rule.blocks:
            text = block.easy_read.text
            assert len(text.split()) <= 25, (rule.id, text)
            assert re.search(r"\b(you|your|I|my|me)\b", text, re.IGNORECASE), (rule.id, text)


def test_messages_name_the_item_when_a_rule_walks_a_list() -> None:
    for rule in RULES:
        for block in rule.blocks:
            if block.every is not None:
                assert "{" in block.message.text, (rule.id, block.message.text)
