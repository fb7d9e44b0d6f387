"""The fifth round's general causes of wrong wellbeing, outcome and strength facts (found on
holdout4), each pinned by several phrasings of our own and by words that must not trigger it."""

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


# --- (1) a clause that only qualifies an outcome stays with it ---------------------------------


@pytest.mark.parametrize(
    "said",
    ["Sort my money out, or at least know where I stand",
     "get out to the shops, even just once a week",
     "See more of my grandson, not just on video calls",
     "Go back to college, doesn't have to be full time",
     "get a job, dont mind what",
     "Less shouting in the house, for both of us",
     "stay in my flat, for my own peace of mind"],
)  # fmt: skip
def test_a_qualifying_clause_is_part_of_the_outcome(said: str) -> None:
    assert [s for s, _ in _outcomes(said)] == [said]


def test_a_clause_of_its_own_is_still_an_outcome() -> None:
    assert len(_outcomes("Not be lonely, get out more")) == 2
    assert len(_outcomes("Keep my job. Not end up in hospital")) == 2
    assert len(_outcomes("stay at home, see my friends, go swimming")) == 3


# --- (2) list markers and a spaced dash ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "count"),
    [("1. Stay at home. 2. See my son more. 3. Get to church", 3),
     ("1: stay well. 2: keep my flat", 2),
     ("a. walk again. b. cook my own tea", 2),
     ("i. stay home. ii. keep my dog", 2),
     ("3. cook again. 4. go swimming", 2),
     ("(1) remain at home (2) go out weekly", 1),
     ("Choose my own carers - someone I know already. Keep driving", 2)],
)  # fmt: skip
def test_list_markers_are_no_outcome_and_a_dash_elaborates(said: str, count: int) -> None:
    found = _outcomes(said)
    assert len(found) == count
    assert not any(s.strip("() .").isdigit() or len(s) < 3 for s, _ in found)


@pytest.mark.parametrize(
    ("said", "whole"),
    [("Great memory - remembers every birthday", "Great memory - remembers every birthday"),
     ("the district nurse, Joan, is lovely", "the district nurse, Joan, is lovely"),
     ("my neighbour, Bob, is always checking on me", "my neighbour, Bob, is always checking on me"),
     ("Patient - never gives up on anything", "Patient - never gives up on anything"),
     ("the key worker, Sam, has been brilliant", "the key worker, Sam, has been brilliant")],
)  # fmt: skip
def test_a_strength_is_not_cut_at_a_dash_or_an_appositive_name(said: str, whole: str) -> None:
    assert [d for d, _ in _strengths(said)] == [whole]


def test_strengths_listed_with_commas_still_split() -> None:
    assert len(_strengths("Funny, kind, good cook")) == 3
    assert len(_strengths("Jim, Mary and the lads from the club")) >= 2


# --- (3) a carer's or a practitioner's words for the person -------------------------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [("He wants his own place one day", HOME),
     ("a place of her own", HOME),
     ("Bathe herself", DIGNITY),
     ("to be able to wash himself again", DIGNITY),
     ("manage own meds without the nurse", CONTROL),
     ("on her own two feet", CONTROL)],
)  # fmt: skip
def test_the_person_in_the_third_person_or_in_notes(said: str, domain: str) -> None:
    assert domain in _outcomes(said)[0][1]


def test_someone_else_doing_something_for_themselves_is_not_the_person() -> None:
    assert CONTROL not in _outcomes("I want Pauline to have some time for herself")[0][1]
    assert CONTROL not in _outcomes("my wife to have a break for herself")[0][1]


# --- (4) everyday words the lexicon lacked -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [("I shout at the kids then feel terrible", FAMILY),
     ("we row all the time, me and her", FAMILY),
     ("My mood has been all over the place", HEALTH),
     ("they keep changing my meds", HEALTH),
     ("had three hypos this month", HEALTH),
     ("blood sugars are all over", HEALTH),
     ("I've maxed out my credit card", SOCIAL),
     ("catalogues and arrears on the gas", SOCIAL),
     ("I miss working", WORK),
     ("been unemployed two years now", WORK),
     ("Physically she's much better", HEALTH),
     ("feels like a burden on everyone", HEALTH)],
)  # fmt: skip
def test_everyday_words_name_their_domain(said: str, domain: str) -> None:
    assert domain in _wellbeing(said)


def test_near_words_are_not_the_new_ones() -> None:
    assert WORK not in _wellbeing("there's loads going on in this region")
    assert FAMILY not in _wellbeing("I went rowling... no, bowling")  # not "rowing with"
    assert SOCIAL not in _wellbeing("I owe it all to the nurses")  # not debt


def test_debt_is_money_not_health_even_when_scared() -> None:
    found = _wellbeing("I'm scared to open the post, there's arrears on everything")
    assert list(found) == [SOCIAL]


# --- (5) "but" with nothing new after it; a practitioner's headings ----------------------------


@pytest.mark.parametrize(
    "said",
    ["Work have been great but you can only ask so many favours",
     "College is fine but I'm behind with everything",
     "I do go to the club but not as much as I'd like",
     "The house is alright but it's a struggle some days",
     "My job is OK but they've cut my hours"],
)  # fmt: skip
def test_a_but_clause_with_no_domain_stays_with_its_sentence(said: str) -> None:
    assert said in _wellbeing(said).values()


def test_a_but_clause_with_its_own_domain_is_its_own() -> None:
    found = _wellbeing("The flat is fine but I'm so lonely")
    assert found[SOCIAL] == "I'm so lonely"


@pytest.mark.parametrize(
    ("said", "domain", "impact"),
    [("Social: isolated, day centre only contact outside family", SOCIAL,
      "isolated, day centre only contact outside family"),
     ("Phys: COPD, O2 at night", HEALTH, "COPD, O2 at night"),
     ("MH - low since husband died", HEALTH, "low since husband died"),
     ("Housing: 1st floor flat, no lift", HOME, "1st floor flat, no lift"),
     ("Finances: rent arrears, UC sanctions", SOCIAL, "rent arrears, UC sanctions"),
     ("Emotional: tearful, grieving her garden", HEALTH, "tearful, grieving her garden")],
)  # fmt: skip
def test_a_practitioners_heading_names_the_domain(said: str, domain: str, impact: str) -> None:
    assert _wellbeing(said) == {domain: impact}


def test_a_colon_that_is_no_heading_changes_nothing() -> None:
    assert HEALTH in _wellbeing("Honestly: I'm exhausted")
    assert SOCIAL in _wellbeing("The thing is: I'm lonely")


# --- (6) strength kinds said briefly -------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "kind"),
    [("Know how to work the oxygen better than the nurses", "personal"),
     ("Can cook a full roast still", "personal"),
     ("Do my own meds", "personal"),
     ("Very strong in her faith", "personal"),
     ("Son very involved", "network"),
     ("Grandson on hand most days", "network")],
)  # fmt: skip
def test_strength_kinds_said_briefly(said: str, kind: str) -> None:
    assert _strengths(said) == [(said, kind)]


def test_no_kind_is_guessed_from_a_bare_trait_or_a_weakness() -> None:
    # round 6: a bare trait is the person's own (personal); a weakness still has no kind
    assert _strengths("Hard working") == [("Hard working", "personal")]
    assert _strengths("Can't walk far") == [("Can't walk far", None)]
