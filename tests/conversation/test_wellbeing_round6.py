"""The sixth round's general causes of wrong wellbeing, outcome and strength facts (found on
holdout5), each pinned by several phrasings of our own and by words that must not trigger it."""

from __future__ import annotations

import pytest

from tests.conversation.helpers import (
    CONTROL,
    HEALTH,
    SAFETY,
    WORK,
    strengths_of,
)
from tests.conversation.helpers import outcomes_of as _outcomes
from tests.conversation.helpers import wellbeing_of as _wellbeing

_strengths = strengths_of


# --- (1) a strength and what shows it, in one sentence, are one strength ----------------------


@pytest.mark.parametrize(
    "said",
    ["I'm a good cook, I do Sunday dinner for nine of us",
     "I'm very patient, I taught my grandson to read",
     "im good wiv money, i save every week",
     "She's really determined, she walked again after the stroke",
     "He knows the bus routes inside out, he's never once got lost",
     "I'm a people person, I run the tea bar at the centre"],
)  # fmt: skip
def test_a_strength_and_its_evidence_are_one(said: str) -> None:
    assert [d for d, _ in _strengths(said)] == [said]


@pytest.mark.parametrize(
    ("said", "n"),
    [("I'm kind, I can cook", 2),  # the second claims a strength of its own
     ("I'm a good mum, I'm good with kids", 2),  # the same opener: a list
     ("I'm funny, I'm loyal, I'm a hard worker", 3),
     ("I still do my own washing and dressing, and I'm good at my crosswords", 2),
     ("Patient, kind", 2)],
)  # fmt: skip
def test_two_strengths_in_one_sentence_stay_two(said: str, n: int) -> None:
    assert len(_strengths(said)) == n


@pytest.mark.parametrize(
    "said",
    ["Very organised - runs the house, the bills, the shopping",
     "Good with her hands - knits, sews, the odd bit of upholstery",
     "Very sociable - the lunch club, the choir, bingo on a Friday"],
)  # fmt: skip
def test_what_follows_a_dash_runs_to_the_end_of_its_sentence(said: str) -> None:
    assert [d for d, _ in _strengths(said)] == [said]


@pytest.mark.parametrize(
    "said",
    ["Good relationship with her social worker, Ms Patel, who she trusts",
     "Close to his key worker, Dave, who he sees weekly",
     "his GP, Dr Rao, whom he has known for years"],
)  # fmt: skip
def test_a_name_and_a_relative_clause_stay_with_the_person_they_describe(said: str) -> None:
    assert [d for d, _ in _strengths(said)] == [said]


# --- (2) the kind of a strength said about the person, in any voice -----------------------------


@pytest.mark.parametrize(
    "said",
    ["Hard working", "Good sense of humour", "Brilliant with people once she's settled",
     "Ex-miner", "Stubborn", "He's still very physically able", "She can still bake",
     "Knows his own mind", "Has kept the flat tidy all year", "she's funny",
     "Excellent memory", "good with children", "I look after my grandson"],
)  # fmt: skip
def test_a_trait_of_the_person_is_a_personal_strength(said: str) -> None:
    assert _strengths(said) == [(said, "personal")]


@pytest.mark.parametrize(
    "said",
    ["we've got good neighbours", "We have a lovely family", "and we've got great friends",
     "we got good mates round here"],
)  # fmt: skip
def test_people_we_have_are_a_network_strength(said: str) -> None:
    kind = _strengths(said)[0][1]
    assert kind in {"network", "community"}
    assert _strengths("we've got good neighbours") == [("we've got good neighbours", "network")]


@pytest.mark.parametrize(
    "said",
    ["The district nurse, Carol, is very good with us", "Long-standing relationship with his GP",
     "Good support from the physio", "Trusts her social worker",
     "the MS nurse is brilliant"],
)  # fmt: skip
def test_a_trusted_professional_is_a_community_strength(said: str) -> None:
    assert [k for _, k in _strengths(said)] == ["community"]


@pytest.mark.parametrize(
    "said",
    ["Can't walk far", "the appointments", "Jean", "He doesn't sleep", "not much really",
     "Tom"],
)  # fmt: skip
def test_no_kind_for_a_weakness_a_name_or_a_thing(said: str) -> None:
    assert [k for _, k in _strengths(said)] == [None]


def test_the_person_who_knows_more_than_a_professional_is_still_personal() -> None:
    said = "I know her tablets better than the chemist"
    assert _strengths(said) == [(said, "personal")]


# --- (3) everyday words for the body, being picked on, depending on someone, groups -------------


@pytest.mark.parametrize(
    "said",
    ["My bladder's playing up again", "Keeps getting water infections", "my eyes are going",
     "Had a stent fitted in the spring", "I've missed my check-up twice", "Short of breath on the stairs",
     "I get very low in the evenings", "His leg ulcer won't heal"],
)  # fmt: skip
def test_everyday_words_for_the_body_are_health(said: str) -> None:
    assert HEALTH in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    ["lads on the estate call me names", "people at the shop say stuff to me",
     "they pick on me at the day centre", "kids laugh at me on the bus",
     "a man hassled me for money outside"],
)  # fmt: skip
def test_being_picked_on_is_protection(said: str) -> None:
    assert SAFETY in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    ["Not depend on my daughter for everything", "To stop relying on Dad for lifts",
     "Be less reliant on the carers", "have my own space"],
)  # fmt: skip
def test_not_depending_on_someone_is_control(said: str) -> None:
    assert CONTROL in _outcomes(said)[0][1]


@pytest.mark.parametrize(
    "said",
    ["Get back to the WI", "go to U3A again", "rejoin the walking group",
     "back to the Women's Institute"],
)  # fmt: skip
def test_groups_people_go_to_are_recreation(said: str) -> None:
    assert WORK in _outcomes(said)[0][1]


@pytest.mark.parametrize(
    "said",
    ["Stay at home while I've breath in me", "take a deep breath and get on with it",
     "I live with my wife", "I see the twins on Sundays"],
)  # fmt: skip
def test_no_health_from_a_breath_or_a_home(said: str) -> None:
    assert HEALTH not in _wellbeing(said)
