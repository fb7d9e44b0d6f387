"""The seventh round's general causes of wrong wellbeing, outcome and strength facts (found on
holdout6, with kin in holdout4 and holdout5), each pinned by several phrasings of our own and by
words that must not trigger it."""

from __future__ import annotations

import pytest

from tests.conversation.helpers import (
    CONTROL,
    DIGNITY,
    FAMILY,
    HEALTH,
    HOME,
    SOCIAL,
    WORK,
    strengths_of,
)
from tests.conversation.helpers import outcomes_of as _outcomes
from tests.conversation.helpers import wellbeing_of as _wellbeing

_strengths = strengths_of


# --- (1) a clause that cannot stand as a strength leans on the one before it ------------------


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("I'm a good cook, my grandson says! I do my own garden", "I'm a good cook, my grandson says!"),
        ("Patient, so my wife tells me. Good with numbers", "Patient, so my wife tells me"),
        ("i can still bake, cakes and that. i'm kind", "i can still bake, cakes and that"),
        ("Good with people, once he knows them. Reads a lot", "Good with people, once he knows them"),
        ("I've still got my wits, whatever the doctors think. I'm stubborn",
         "I've still got my wits, whatever the doctors think"),
        ("My neighbours, when I ask them. I'm tidy", "My neighbours, when I ask them"),
    ],
)  # fmt: skip
def test_a_leaning_clause_or_who_said_it_stays_with_the_strength(said: str, first: str) -> None:
    got = _strengths(said)
    assert len(got) == 2, got
    assert got[0][0] == first


def test_a_list_of_strengths_is_still_split() -> None:
    assert len(_strengths("Hard working, great with plants, knows everyone at the project")) == 3
    assert len(_strengths("I'm kind, I can cook")) == 2


# --- (2) family or friends named as a strength are the person's network -----------------------


@pytest.mark.parametrize(
    "said",
    [
        "My daughter Funmi",
        "my brother Kwame who can fix anything",
        "My sister Jo",
        "my son Dean",
        "My niece Debbie and her boys",
    ],
)
def test_family_named_as_a_strength_is_network(said: str) -> None:
    assert _strengths(said) == [(said, "network")]


@pytest.mark.parametrize(
    "said", ["My vicar", "Our pastor", "Our priest, Father Tom", "The imam", "the chaplain"]
)
def test_a_faith_leader_is_community(said: str) -> None:
    assert next(k for _, k in _strengths(said)) == "community"


@pytest.mark.parametrize("said", ["My son, he lives far away", "my mum who died last year", "Tom"])
def test_family_named_with_nothing_good_or_a_bare_name_gets_no_network_kind(said: str) -> None:
    assert "network" not in [k for _, k in _strengths(said)]


# --- (3) a broken bone is health, not being broke ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Broke my hip in the summer",
        "he broke his wrist last year",
        "I broke both my ankles",
        "Fell and broke her arm",
        "She broke a rib when she fell",
    ],
)
def test_a_broken_bone_is_health_not_money(said: str) -> None:
    got = _wellbeing(said)
    assert HEALTH in got and SOCIAL not in got, got


def test_being_broke_is_still_money() -> None:
    assert SOCIAL in _wellbeing("I'm broke by the end of the month")


# --- (4) a professional opening a sentence is not its subject -----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Low mood and anxiety - GP has prescribed sertraline",
        "Nurse is concerned about my ulcers",
        "GP is worried about my weight",
        "Consultant wants to change my tablets",
        "District nurse comes for my leg ulcers",
    ],
)
def test_a_professional_opening_the_sentence_leaves_it_about_the_persons_health(said: str) -> None:
    got = _wellbeing(said)
    assert HEALTH in got and FAMILY not in got, got


def test_a_relative_opening_the_sentence_is_still_about_the_relationship() -> None:
    assert FAMILY in _wellbeing("My wife is worn out")


# --- (5) "Agency carer" in an earlier answer is no close person called Agency ------------------


@pytest.mark.parametrize("kind", ["Agency", "Bank", "Temp", "Private", "Relief"])
def test_a_kind_of_carer_is_not_a_name(kind: str) -> None:
    got = _wellbeing(
        f"The {kind.lower()} lot send new faces every week", bad_day=f"{kind} carer doesn't turn up"
    )
    assert FAMILY not in got, got


# --- (6) outcomes: a leaning or refusing clause stays with its outcome --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Stay in my own home, I'm not going in a care home",
        "Keep my flat, I won't move again",
        "get help quick, before it's a crisis",
        "Have a key safe fitted, in case I fall",
        "Be safe at night, while my wife is at work",
        "stay independent, i dont want to rely on my kids",
    ],
)
def test_a_clause_that_leans_or_refuses_stays_with_the_outcome(said: str) -> None:
    assert len(_outcomes(said)) == 1


def test_two_outcomes_after_a_comma_are_still_two() -> None:
    assert len(_outcomes("Get out more, see my grandchildren")) == 2


# --- (7) outcome domains: everyday words for the domains ---------------------------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("A carer I've chosen myself", CONTROL),
        ("go on the train on my own", CONTROL),
        ("Make my wishes known about my funeral", CONTROL),
        ("Get to the market again", WORK),
        ("Get to more away games", WORK),
        ("keep going to Sunday mass", WORK),
        ("Have someone to talk to", SOCIAL),
        ("Build my savings back up", SOCIAL),
        ("Get my confidence back on my feet", HEALTH),
        ("Bathe without my daughter helping", DIGNITY),
        ("To die at home", HOME),
    ],
)
def test_everyday_words_name_the_domain(said: str, domain: str) -> None:
    assert domain in _outcomes(said)[0][1]


def test_a_place_at_home_is_not_the_home() -> None:
    assert HOME not in _outcomes("Have my lunch at home with a carer")[0][1]
