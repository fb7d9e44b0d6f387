"""The eleventh round's general causes of wrong wellbeing and outcome facts (found on holdout10),
each pinned by several phrasings of our own and by words that must not trigger it."""

from __future__ import annotations

import pytest

from tests.conversation.helpers import DIGNITY, HEALTH, HOME, SAFETY, SOCIAL, WORK
from tests.conversation.helpers import outcomes_of as _outcomes
from tests.conversation.helpers import wellbeing_of as _wellbeing

# --- (1) someone asking for, borrowing or being lent the person's money is exploitation --------


@pytest.mark.parametrize(
    "said",
    [
        "A man from the flats keeps asking him for money",
        "Her cousin borrows money off her all the time and never pays it back",
        "The lads on the estate are always asking her for cash",
        "People at the hostel borrow money from him and he never gets it back",
        "He lends his money out to anyone who asks and has nothing by Thursday",
        "Her neighbour is always on at her for £20",
        "Some lads took his phone and his wallet at the bus stop",
    ],
)
def test_money_asked_for_or_borrowed_off_the_person_is_protection(said: str) -> None:
    assert SAFETY in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    [
        "I ask my son for money when I'm short",
        "I borrowed money from the bank for the car",
        "She asks him for help with the money",
        "I ask him for money for the bus",
        "Money is tight, we borrow off the credit union",
    ],
)
def test_the_person_asking_or_borrowing_is_not_protection(said: str) -> None:
    assert SAFETY not in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    [
        "Keep her money for herself, not lent out",
        "Stop people borrowing money off him",
        "Stop lending her money out to the neighbours",
    ],
)
def test_an_outcome_free_of_lending_is_protection(said: str) -> None:
    assert any(SAFETY in domains for _, domains in _outcomes(said))


# --- (2) not having worked (for a while, or ever) is work --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Not worked since 2019",
        "He hasn't worked since the accident",
        "I haven't worked since my stroke",
        "Never worked, on benefits",
        "She has not worked since the kids were born",
        "No job now, just sit in all day",
    ],
)
def test_not_having_worked_is_work(said: str) -> None:
    assert WORK in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    ["The tablets haven't worked", "The physio hasn't really worked for my back"],
)
def test_treatment_that_has_not_worked_is_not_work(said: str) -> None:
    assert WORK not in _wellbeing(said)


# --- (3) not getting out much is the person's social life ---------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "She doesn't get out much now",
        "I don't get out much these days",
        "He doesnt go out much since his fall",
        "Hardly go out now, my legs won't let me",
        "I never go out, only to the doctor's",
    ],
)
def test_not_getting_out_much_is_social(said: str) -> None:
    assert SOCIAL in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    ["I never get out of bed before ten", "He can't get out of the bath on his own"],
)
def test_getting_out_of_bed_or_the_bath_is_not_social(said: str) -> None:
    assert SOCIAL not in _wellbeing(said)


# --- (4) a worry about moving is the home; moving a limb is not ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "She is worried about moving",
        "I'm dreading the move to the new flat",
        "Really nervous about the move",
        "Nervous about moving home again",
        "She's stressed about the move",
        "I get upset about moving again",
        "Scared about the move next month",
    ],
)
def test_a_worry_about_moving_is_the_home(said: str) -> None:
    assert HOME in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'm anxious about moving my arm since the stroke",
        "Scared about moving her legs in the morning",
    ],
)
def test_moving_a_limb_is_not_the_home(said: str) -> None:
    assert HOME not in _wellbeing(said)


# --- (5) shame about the body's functions is dignity ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Bladder bad, sometimes have an accident, so embarrassed",
        "I wet myself sometimes and I'm so embarrassed",
        "He has accidents with his bowels and he is ashamed",
        "She was mortified when she had an accident in the shop",
        "The catheter leaks and I feel humiliated",
        "I'm mortified about the pads",
    ],
)
def test_shame_about_continence_is_dignity(said: str) -> None:
    assert DIGNITY in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    [
        "Urinary incontinence at night",
        "I'm too embarrassed to see my friends",
        "Had a car accident last year, still embarrassed about it",
        "He is embarrassed by the tremor",
    ],
)
def test_continence_or_shame_alone_is_not_dignity(said: str) -> None:
    got = _wellbeing(said)
    assert DIGNITY not in got, got


def test_continence_alone_is_still_health() -> None:
    assert HEALTH in _wellbeing("Urinary incontinence at night")
