"""The ninth round's general causes of wrong wellbeing, outcome and strength facts (found on
holdout8, with kin in holdout5 to holdout7), each pinned by several phrasings of our own and by
words that must not trigger it."""

from __future__ import annotations

import pytest

from service.plan import Plan
from tests.conversation.helpers import (
    CONTROL,
    FAMILY,
    HEALTH,
    HOME,
    SAFETY,
    SOCIAL,
    WORK,
    run,
)
from tests.conversation.helpers import outcomes_of as _outcomes
from tests.conversation.helpers import strengths_of as _strengths
from tests.conversation.helpers import wellbeing_of as _wellbeing

_FOR_SOMEONE = {"consent": "yes", "plan_for": "It's for my mum", "name": "Rose Hall"}


def _domains_of(said: str, **earlier: str) -> set[str]:
    found = _outcomes(said, **earlier)
    assert len(found) == 1, found
    return found[0][1]


def _answered_by(answerer: str, question: str, said: str, audience: str = "carer") -> Plan:
    script = {**_FOR_SOMEONE, "answerer": answerer, question: said}
    _, plan, _ = run(script, plan=Plan(), audience=audience)
    return plan


def _carer_wellbeing(said: str, answerer: str = "Sue Hall, I'm her daughter") -> dict[str, str]:
    plan = _answered_by(answerer, "wellbeing", said)
    return {w.domain.value: w.impact or "" for w in plan.wellbeing}


def _carer_outcome(said: str, answerer: str = "Sue Hall, I'm her daughter", **kw: str) -> set[str]:
    plan = _answered_by(answerer, "outcomes", said, **kw)
    assert len(plan.outcomes) == 1, plan.outcomes
    return {d.value for d in plan.outcomes[0].wellbeing_domains}


# --- (1) harm said in any voice or tense, and money taken, are protection --------------------


@pytest.mark.parametrize(
    "said",
    [
        "The lad upstairs shouts at me when I go past",
        "Her nephew swears at her when he wants money",
        "Kids on the estate call him names and follow him home",
        "The woman next door keeps picking on me about the bins",
        "Her son slaps her when he has been drinking",
        "A so-called friend nicked her bank card in the summer",
        "Her grandson has been taking her pension every week",
        "Someone she met online ran off with all her savings",
    ],
)
def test_harm_said_of_the_person_in_any_voice_is_protection(said: str) -> None:
    got = _wellbeing(said)
    assert SAFETY in got, got


@pytest.mark.parametrize(
    "said",
    [
        "A man moved in with her and took her benefits",
        "My nephew stole my pension",
        "His lodger nicked his wallet and his cash card",
    ],
)
def test_money_taken_is_protection_not_money_worries(said: str) -> None:
    got = _wellbeing(said)
    assert SAFETY in got and SOCIAL not in got, got


@pytest.mark.parametrize(
    "said",
    [
        "Losing my job hit him hard",
        "She spent her savings on a stairlift",
        "I took her pension book to the post office for her",
        "He shouts at the telly when the football is on",
    ],
)
def test_words_like_harm_that_are_not_harm_are_not_protection(said: str) -> None:
    assert SAFETY not in _wellbeing(said)


def test_a_carer_shouted_at_is_not_the_persons_protection() -> None:
    got = _carer_wellbeing("She shouts at me when she is frightened at night")
    assert SAFETY not in got, got
    assert SAFETY in _carer_wellbeing("Her neighbour shouts at her when she is in the garden")


# --- (2) a fear of something happening is a feeling, not fear of someone ----------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("I'm behind on the rent and frightened of losing my flat", HOME),
        ("She's frightened of getting into debt with the care charges", SOCIAL),
        ("He is frightened of moving into a care home", HOME),
        ("I'm frightened of losing my job over this", WORK),
        ("We're frightened of losing the bungalow", HOME),
    ],
)
def test_fear_of_something_happening_is_not_protection(said: str, domain: str) -> None:
    got = _wellbeing(said)
    assert SAFETY not in got and domain in got, got


@pytest.mark.parametrize(
    "said",
    [
        "I'm frightened of him when he's been drinking",
        "She's frightened of being robbed again",
        "He's frightened of getting attacked at the bus stop",
    ],
)
def test_fear_of_someone_or_of_being_harmed_is_still_protection(said: str) -> None:
    assert SAFETY in _wellbeing(said)


# --- (3) a death or a hospital stay said as when something began is not a domain --------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("I've been so lonely since my wife died", SOCIAL),
        ("Really isolated since her husband passed away", SOCIAL),
        ("Father died of a stroke - she is very anxious about her own blood pressure", HEALTH),
        ("Since my brother passed, I feel low most days", HEALTH),
        ("We have council tax arrears from when he was in hospital", SOCIAL),
        ("Money has been tight ever since she went into hospital", SOCIAL),
    ],
)
def test_a_past_event_as_the_time_of_another_change_names_no_domain(said: str, domain: str) -> None:
    got = _wellbeing(said)
    assert domain in got and FAMILY not in got, got
    if "hospital" in said:
        assert HEALTH not in got, got


@pytest.mark.parametrize(
    "said",
    ["My husband died in May", "I miss my mum, she died at Christmas", "Dad passed away last year"],
)
def test_a_death_said_on_its_own_or_with_the_relationship_is_still_family(said: str) -> None:
    assert FAMILY in _wellbeing(said)


def test_a_stay_in_hospital_that_is_the_point_is_still_health() -> None:
    assert HEALTH in _wellbeing("I was in hospital twice in the summer with my chest")


# --- (4) a practitioner's note: discharged home, DNACPR, the family told ----------------------


@pytest.mark.parametrize(
    "said",
    [
        "#NOF 02/10, d/c home 20/10",
        "Discharged home from ward 7 on Friday",
        "Returned home from respite last week, mobility poorer",
        "DNACPR in place, discussed with pt and family",
        "ReSPECT form completed, family aware",
        "DNAR agreed with SU + family on admission",
    ],
)
def test_a_practitioners_health_note_is_not_home_or_family(said: str) -> None:
    got = _wellbeing(f"{said}. Diabetic, on insulin")
    assert set(got) == {HEALTH}, got


@pytest.mark.parametrize(
    "said",
    ["Family very close, daughter visits daily", "Wants to go home to his own flat"],
)
def test_family_and_home_still_count_otherwise(said: str) -> None:
    got = _wellbeing(said)
    assert FAMILY in got or HOME in got, got


# --- (5) care that runs the person's day is their control over it -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I can never be spontaneous, it all has to be planned round the agency",
        "My whole week is booked around carers",
        "Six different carers this month, I never know who is coming",
        "I'm at the mercy of the agency for when I get up",
        "Meals are whenever they turn up, sometimes 3 o'clock",
    ],
)
def test_care_running_the_day_is_control(said: str) -> None:
    assert CONTROL in _wellbeing(said)


def test_carers_helping_is_not_control() -> None:
    assert CONTROL not in _wellbeing("The carers are lovely and help me shower")


# --- (6) a relative answering: "with me", "together", "our home" is the relationship ----------


@pytest.mark.parametrize(
    "said",
    [
        "She wants to stay living here with me",
        "Keep going on holiday together once a year",
        "Stay in our own house, not a home",
        "Me and her to get out for a walk on Sundays",
        "Come to the allotment with us again",
    ],
)
def test_a_relative_answerers_me_in_a_goal_is_the_relationship(said: str) -> None:
    assert FAMILY in _carer_outcome(said)


def test_the_answerers_me_is_no_relationship_when_they_are_not_family() -> None:
    said = "She wants to stay living here with me"
    assert FAMILY not in _carer_outcome(said, answerer="Kate Mills from Voiceability",
                                        audience="advocate")  # fmt: skip
    assert FAMILY not in _domains_of("Stay living here with me")  # the person's own "me"
    assert FAMILY not in _carer_outcome("Wash without me having to help her")


def test_a_pronoun_recorded_as_a_name_is_no_close_person() -> None:
    said = "Do her own insulin"
    assert FAMILY not in _domains_of(said, helper="Me, Tariq. Her son")
    assert FAMILY not in _domains_of("Stay in her own house", helper="Me, Tariq. Her son")


# --- (7) in a goal, being safe is health; someone else at work is a time ----------------------


@pytest.mark.parametrize(
    "said",
    [
        "Be safe at home on the days I'm at work",
        "To stay safe at night",
        "Keep him safe while his wife is at work",
        "To be kept safe when the carers have gone",
        "Be safe on the stairs",
    ],
)
def test_being_safe_as_a_goal_is_health_not_protection(said: str) -> None:
    got = _carer_outcome(said)
    assert HEALTH in got and SAFETY not in got and WORK not in got, got


def test_the_persons_own_work_and_feeling_safe_from_someone_stay() -> None:
    assert WORK in _domains_of("Manage my pain while I'm at work")
    assert SAFETY in _domains_of("Feel safe from the man upstairs")


# --- (8) outcome words: study, sport, doing things by oneself, cooking, moving in -------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("Get my degree", WORK),
        ("Start an evening pottery class", WORK),
        ("Go to ESOL on Tuesdays", WORK),
        ("Play wheelchair tennis again", WORK),
        ("Get back to netball", WORK),
        ("Go to the shops by myself", CONTROL),
        ("Cook a proper meal again", CONTROL),
        ("Learn cooking so I don't live on toast", CONTROL),
        ("Move in with my girlfriend next year", HOME),
    ],
)
def test_goal_words_name_their_domain(said: str, domain: str) -> None:
    assert domain in _domains_of(said)


# --- (9) strength kinds: a quality, a marriage, keeping in touch, being known, no help --------


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Her sense of humour", "personal"),
        ("His patience", "personal"),
        ("Their kindness to everyone", "personal"),
        ("Strong marriage - Dave is devoted", "network"),
        ("Married 40 years, still happy", "network"),
        ("She rings her sister every night", "network"),
        ("He sees his grandkids on Sundays", "network"),
        ("I talk to my daughter every day", "network"),
        ("Everyone knows her at the market", "community"),
        ("A regular at the Red Lion", "community"),
    ],
)
def test_a_strength_is_read_for_its_kind(said: str, kind: str) -> None:
    assert _strengths(said)[0][1] == kind


@pytest.mark.parametrize(
    "said",
    [
        "My son never visits",
        "My daughter is no help",
        "His kids don't visit any more",
        "Her nephew never rings",
        "My brother isn't involved",
        "Her brother doesn't speak to her",
    ],
)
def test_family_said_to_be_no_help_are_no_network_strength(said: str) -> None:
    assert _strengths(said)[0][1] != "network"


@pytest.mark.parametrize("said", ["Her tablets are all in a dosette", "Her memory is not good"])
def test_other_words_after_her_are_no_quality(said: str) -> None:
    assert _strengths(said)[0][1] != "personal"
