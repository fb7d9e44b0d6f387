"""Fewer, surer facts: the general causes of wrong facts found on the held-out conversations,
each pinned by the smallest answer that shows it."""

from __future__ import annotations

import pytest

from service.conversation import lexicon
from service.conversation import understand_text as text_
from service.conversation.understand_yesno import Reply, classify
from service.plan import Plan
from tests.conversation.helpers import run

DOMAINS = lexicon.load("wellbeing_domains")


@pytest.mark.parametrize(
    "said", ["not sure yet", "don't know really", "no idea at the moment", "she is not sure",
             "She's 68, probably not for ever"],
)  # fmt: skip
def test_not_knowing_is_never_a_yes_or_a_no(said: str) -> None:
    # "not sure" used to read as the yes of "sure", "don't know" as the no of "don't"
    assert classify(said) is Reply.ambiguous


def test_a_plain_no_in_longer_words_is_still_no() -> None:
    assert classify("she is not") is Reply.no
    assert classify("not without help") is Reply.no


def test_misspellings_match_but_different_words_do_not() -> None:
    assert lexicon.keys("bit lonley", DOMAINS) == ["social_and_economic_wellbeing"]
    # "dressed" is not a misspelling of "depressed"
    assert "physical_and_mental_health" not in lexicon.keys("washed and dressed", DOMAINS)


def test_the_longer_reading_wins_only_when_it_starts_the_same() -> None:
    assert lexicon.keys("frightened of my neighbour", DOMAINS) == [
        "protection_from_abuse_and_neglect"
    ]
    outcomes = lexicon.load("eligibility_outcomes")["adult"]
    assert set(lexicon.keys("in and out of the bath", outcomes)) == {
        "using_the_home_safely",
        "maintaining_personal_hygiene",
    }


def test_a_fixed_pair_is_one_item_but_a_list_still_splits() -> None:
    assert text_.split_list("Washing and dressing, meals") == ["Washing and dressing", "meals"]
    assert text_.split_list("shopping and cleaning") == ["shopping", "cleaning"]


def test_when_reads_loose_frequencies() -> None:
    assert text_.when("Brenda pops in most days") == "most days"


def _wellbeing(said: str, helper: str = "no") -> dict[str, str]:
    _, plan, _ = run({"consent": "yes", "helper": helper, "wellbeing": said}, plan=Plan())
    return {w.domain.value: w.impact or "" for w in plan.wellbeing}


def test_someone_elses_tiredness_is_not_the_persons_health() -> None:
    got = _wellbeing("Pauline is tired out", helper="my wife Pauline")
    assert got == {"domestic_family_and_personal_relationships": "Pauline is tired out"}


def test_someone_elses_worry_about_a_topic_is_that_topic() -> None:
    got = _wellbeing("Wife is worried about money")
    assert got == {"social_and_economic_wellbeing": "Wife is worried about money"}


def test_reported_words_stay_the_persons_own() -> None:
    got = _wellbeing("Mum says I get stressed", helper="my mum Denise")
    assert got == {"physical_and_mental_health": "Mum says I get stressed"}


def test_a_place_is_not_contribution_to_society() -> None:
    got = _wellbeing("I want to get back to church")
    assert list(got) == ["participation_in_work_education_training_recreation"]


def test_an_unknown_capitalised_word_is_not_someone_else() -> None:
    assert _wellbeing("Walking is hard, I'm in pain") == {
        "physical_and_mental_health": "Walking is hard, I'm in pain"
    }


def test_a_worry_about_a_topic_is_that_topic_but_a_plain_feeling_is_health() -> None:
    assert list(_wellbeing("I'm worried I'll lose my job")) == [
        "participation_in_work_education_training_recreation"
    ]
    assert list(_wellbeing("I get really anxious in crowds")) == ["physical_and_mental_health"]
    worried_health = _wellbeing("I'm worried about my health and the bills")
    assert set(worried_health) == {"physical_and_mental_health", "social_and_economic_wellbeing"}


def test_two_things_each_led_by_a_verb_are_two_items() -> None:
    assert text_.split_list("keeping my job and still having time with my grandson") == [
        "keeping my job",
        "still having time with my grandson",
    ]
    assert text_.split_list("getting washed and dressed in the mornings") == [
        "getting washed and dressed in the mornings"
    ]


def test_a_relative_alone_is_not_a_carer_outcome() -> None:
    carer = lexicon.load("eligibility_outcomes")["carer"]
    assert lexicon.keys("still having time with my grandson", carer) == []
