"""The fourth round's general causes of wrong wellbeing, outcome and strength facts, each pinned by
several phrasings and by words that must not trigger it."""

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


def _kinds(said: str) -> list[str | None]:
    return [kind for _, kind in strengths_of(said)]


# --- (1) a real word is not a misspelling of a domain word ------------------------------------


@pytest.mark.parametrize(
    ("said", "not_there"),
    [("I tried my best, honest", HEALTH),  # "tried" is not "tired"
     ("I'm failing at everything at work", HEALTH),  # "failing" is not "falling"
     ("don't bother asking about work", FAMILY),  # "bother" is not "brother"
     ("the window in the kitchen won't shut", FAMILY),  # "window" is not "widow"
     ("I have been to Bill's grave", SOCIAL)],  # Bill's is a name, not "bills"
)  # fmt: skip
def test_a_real_word_is_never_read_as_a_misspelling(said: str, not_there: str) -> None:
    assert not_there not in _wellbeing(said)


def test_new_domain_words_bring_no_new_misreadings() -> None:
    assert HEALTH not in _wellbeing("we had a day out in Stoke")  # "Stoke" is not "stroke"
    assert WORK not in _wellbeing("My carer is late every day")  # "carer" is not "career"
    assert HEALTH not in _wellbeing("my bowls club")  # "bowls" is not "bowels"


def test_misspellings_and_the_real_words_themselves_still_count() -> None:
    assert HEALTH in _wellbeing("im so exausted all the time")
    assert list(_wellbeing("I feel hopeless")) == [HEALTH]
    assert HOME in _wellbeing("I was homeless last year")
    assert SOCIAL in _wellbeing("bit lonley")


# --- (2) people named in earlier answers are close people -------------------------------------


@pytest.mark.parametrize(
    ("earlier", "said"),
    [({"what_matters": "Being a good mum to Leo, my independence"}, "I feel like I'm failing Leo"),
     ({"what_matters": "seeing Paul and the grandchildren"}, "I never get to see Paul"),
     ({"good_day": "when Jade comes round for a brew"}, "Jade can't come as much now"),
     ({"bad_day": "arguing with Tom all day"}, "me and Tom keep falling out"),
     ({"what_matters": "Doreen, my garden, my pigeons"}, "Doreen can't manage me any more"),
     ({"what_matters": "my grandson alfie"}, "I don't get to see Alfie")],
)  # fmt: skip
def test_a_name_said_in_what_matters_or_a_day_is_a_relationship(
    earlier: dict[str, str], said: str
) -> None:
    assert _wellbeing(said, **earlier) == {FAMILY: said}


@pytest.mark.parametrize(
    ("earlier", "said", "not_there"),
    [({"bad_day": "Fatigue so bad I can't get up"}, "Fatigue is the worst thing", FAMILY),
     ({"what_matters": "football, my Xbox"}, "I play on my Xbox all day", FAMILY),
     ({"what_matters": "my cat Sooty"}, "Sooty is all I've got", FAMILY),
     ({"what_matters": "going to the market at Grantham"}, "I miss Grantham", FAMILY),
     ({"what_matters": "Music, being outside"}, "Music keeps me going", FAMILY)],
)  # fmt: skip
def test_a_thing_a_pet_or_a_place_said_earlier_is_not_a_person(
    earlier: dict[str, str], said: str, not_there: str
) -> None:
    assert not_there not in _wellbeing(said, **earlier)


def test_a_name_from_earlier_makes_an_outcome_about_them_a_relationship() -> None:
    earlier = {"what_matters": "my little boy Leo"}
    assert _outcomes("Be able to bath Leo myself", **earlier) == [
        ("Be able to bath Leo myself", {FAMILY})
    ]


# --- (3) loneliness and isolation in ordinary words ------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["My partner works away so I'm on my own most of the week", "im on my own all day",
     "I don't see a soul from one week to the next", "no one comes round any more",
     "nobody visits me now", "stuck indoors all winter", "I feel so cut off",
     "I'm all alone since he went", "I have lost touch with everyone"],
)  # fmt: skip
def test_being_alone_is_social_wellbeing(said: str) -> None:
    assert SOCIAL in _wellbeing(said)


@pytest.mark.parametrize("said", ["I can get the bus on my own", "I live on my own",
                                  "I want to do it on my own"])  # fmt: skip
def test_doing_something_on_my_own_is_not_isolation(said: str) -> None:
    assert SOCIAL not in _wellbeing(said)


def test_doing_it_on_my_own_is_control() -> None:
    assert _outcomes("Get the bus on my own") == [("Get the bus on my own", {CONTROL})]
    assert _outcomes("travel on my own to college")[0][1] == {CONTROL, WORK}


# --- (4) feelings in ordinary words are health ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["I get angry when its noisy in the house", "terrified most nights",
     "on edge all the time", "been feeling really low lately", "I just can't cope",
     "drinks got on top of me", "I feel useless some days", "I lose my temper",
     "I'm frustrated and tearful", "My sight is getting worse", "His epilepsy is bad again"],
)  # fmt: skip
def test_a_feeling_or_condition_is_health_and_only_health(said: str) -> None:
    assert list(_wellbeing(said)) == [HEALTH]


def test_someone_elses_feeling_or_a_feeling_about_a_topic_is_not_health() -> None:
    assert list(_wellbeing("Wife gets angry with me", helper="my wife Sue")) == [FAMILY]
    assert list(_wellbeing("a bit low on money this month")) == [SOCIAL]
    assert list(_wellbeing("I'm frustrated I can't get a job")) == [WORK]


# --- (5) where I live and sleep is the home, not health; the home as a place is not -----------


@pytest.mark.parametrize(
    "said",
    ["Can't get up the stairs so I sleep downstairs now", "sleeping downstairs on the settee",
     "I can't get upstairs to the bathroom", "my bed is in the front room now, bed downstairs",
     "my bedroom's upstairs and I can't get up there", "the landlord won't fix the heating"],
)  # fmt: skip
def test_where_i_sleep_and_live_is_the_home(said: str) -> None:
    assert list(_wellbeing(said)) == [HOME]


@pytest.mark.parametrize(
    "said",
    ["I get angry when it's noisy in the house", "I want my care done at home by people I know",
     "To get out of the house more", "I'm bored stiff at home", "I'm stuck in the flat all day"],
)  # fmt: skip
def test_the_home_as_the_place_something_happens_is_not_the_home(said: str) -> None:
    assert HOME not in _wellbeing(said)


def test_staying_or_living_at_home_is_still_the_home() -> None:
    for said in ("I want to stay at home", "keep living in my flat", "To stay in my own home"):
        assert HOME in _wellbeing(said), said


# --- (6) outcome domains for common phrasings -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "domains"),
    [("To be able to wash myself", {DIGNITY}),
     ("get washed and dressed every morning", {DIGNITY}),
     ("use the toilet without anyone there", {DIGNITY}),
     ("have a bath once a week", {DIGNITY}),
     ("look after my little one", {FAMILY}),
     ("take the grandkids to the park", {FAMILY}),
     ("cook my own tea", {CONTROL}),
     ("learn to cook proper meals", {CONTROL}),
     ("get on with my life", {CONTROL}),
     ("I want to keep working", {WORK}),
     ("get back down the allotment", {WORK}),
     ("an apprenticeship at the garage", {WORK}),
     ("back to bowls on a Tuesday", {WORK})],
)  # fmt: skip
def test_common_outcome_phrasings_have_their_domain(said: str, domains: set[str]) -> None:
    assert _outcomes(said) == [(said, domains)]


def test_laundry_is_not_personal_dignity() -> None:
    assert DIGNITY not in _outcomes("do my own washing and ironing")[0][1]


def test_a_leaning_clause_stays_with_its_outcome_and_names_no_domain() -> None:
    said = "Get back down the allotment, even if it's just sitting there"
    assert _outcomes(said) == [(said, {WORK})]
    said = "I want to stay at home even when I relapse"
    assert _outcomes(said) == [(said, {HOME})]
    assert [s for s, _ in _outcomes("go swimming, if the pool has a hoist")] == [
        "go swimming, if the pool has a hoist"
    ]
    # a new sentence is a new outcome even when it starts with "when"
    assert len(_outcomes("Stay in my flat. When I'm better, go back to college")) == 2


def test_the_helper_one_wants_to_do_without_is_not_the_relationship() -> None:
    earlier = {"helper": "my wife Sheila"}
    got = _outcomes("To be able to wash myself without Sheila having to help", **earlier)
    assert got[0][1] == {DIGNITY}
    assert FAMILY in _outcomes("To spend more time with Sheila", **earlier)[0][1]


# --- (7) the kind of a strength --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "kind"),
    [("I know everyone in the street", "community"),
     ("everyone in the village knows me", "community"),
     ("the neighbours look out for me", "network"),
     ("strong family support", "network"),
     ("my family are brilliant", "network"),
     ("I've got good mates", "network"),
     ("I have a very close family", "network"),
     ("My faith keeps me going", "personal")],
)  # fmt: skip
def test_a_strength_has_the_kind_its_words_say(said: str, kind: str) -> None:
    assert _kinds(said) == [kind]


# Round 6: a trait of the person, said bare or with people in it, is their own (personal)
# strength: holdout2, holdout4 and holdout5 record it so; what stays unkinded is a weakness, a
# name alone, or words about something else.
@pytest.mark.parametrize(
    "said",
    ["Hard working", "great with plants", "I look after my grandson", "good with children",
     "I'm good with my grandkids"],
)  # fmt: skip
def test_a_trait_is_the_persons_own(said: str) -> None:
    assert _kinds(said) == ["personal"]


@pytest.mark.parametrize("said", ["Can't walk far", "the appointments", "Jean"])
def test_no_kind_is_guessed_when_nothing_says_it(said: str) -> None:
    assert _kinds(said) == [None]
