"""The eighth round's general causes of wrong wellbeing, outcome and strength facts (found on
holdout7, with kin in holdout4 to holdout6), each pinned by several phrasings of our own and by
words that must not trigger it."""

from __future__ import annotations

import pytest

from tests.conversation.helpers import (
    CONTROL,
    DIGNITY,
    FAMILY,
    HEALTH,
    HOME,
    SAFETY,
    SOCIAL,
    WORK,
)
from tests.conversation.helpers import outcomes_of as _outcomes
from tests.conversation.helpers import strengths_of as _strengths
from tests.conversation.helpers import wellbeing_of as _wellbeing

CONTRIBUTION = "contribution_to_society"


def _domains_of(said: str, **earlier: str) -> set[str]:
    found = _outcomes(said, **earlier)
    assert len(found) == 1, found
    return found[0][1]


# --- (1) an impact is a whole sentence; health told over several sentences is one impact -------


@pytest.mark.parametrize(
    ("said", "domain", "whole"),
    [
        ("Money is fine but the care top-up is eating my savings. My knees are bad", SOCIAL,
         "Money is fine but the care top-up is eating my savings"),
        ("My hips are sore but I get about with a stick. Work is fine", HEALTH,
         "My hips are sore but I get about with a stick"),
        ("Had to give up work in May; now on benefits. My back is bad", SOCIAL,
         "Had to give up work in May; now on benefits"),
        ("The house is fine but the stairs are steep. I'm lonely", HOME,
         "The house is fine but the stairs are steep"),
        ("We were close but we argue about money all the time now. I sleep badly", SOCIAL,
         "We were close but we argue about money all the time now"),
    ],
)  # fmt: skip
def test_but_or_a_semicolon_inside_a_sentence_does_not_cut_the_impact(
    said: str, domain: str, whole: str
) -> None:
    assert _wellbeing(said)[domain] == whole


def test_notes_between_semicolons_with_no_full_stop_are_still_one_a_note() -> None:
    got = _wellbeing("bad back; lonely; money tight")
    assert got[HEALTH] == "bad back" and "bad back" not in got[SOCIAL]


@pytest.mark.parametrize(
    ("said", "also"),
    [
        ("I had a stroke in May. Three weeks on the ward. Money is fine", "Three weeks on the ward"),
        ("My COPD is worse. Two admissions since Christmas. Work is OK", "Two admissions since Christmas"),
        ("I've got MS. Some days I can barely lift a cup. My flat is damp",
         "Some days I can barely lift a cup"),
        ("Honestly I'm all over the place. I've got high blood pressure and diabetes. I'm skint",
         "Honestly I'm all over the place"),
        ("Parkinson's dx 2020. Tremor worse, on levodopa now. Lives in own bungalow",
         "Tremor worse, on levodopa now"),
        ("My arthritis is bad. Waiting on a knee replacement. I miss the bowls club",
         "Waiting on a knee replacement"),
    ],
)  # fmt: skip
def test_sentences_naming_no_domain_go_on_with_the_health_beside_them(said: str, also: str) -> None:
    got = _wellbeing(said)
    assert also in got[HEALTH], got
    assert all(also not in impact for key, impact in got.items() if key != HEALTH)


def test_a_sentence_naming_no_domain_after_another_domain_is_not_health() -> None:
    got = _wellbeing("Money is tight. The agency is a shambles. My back hurts")
    assert "agency" not in got[HEALTH]


# --- (2) a sentence about being lonely or cut off is social, not its places and people ---------


@pytest.mark.parametrize(
    "said",
    [
        "She's isolated since she stopped going to the club, Maureen is her only visitor",
        "I've lost touch with everyone since I left work",
        "Lost contact with friends, the pub quiz was his only contact",
        "He's very lonely now he can't drive, the day centre is all he has",
        "Cut off since I moved to this flat, I only see Kath",
    ],
)
def test_loneliness_is_social_not_the_places_and_people_it_names(said: str) -> None:
    got = _wellbeing(said, what_matters="Maureen and Kath")
    assert set(got) == {SOCIAL}, got


def test_loneliness_keeps_health_and_family_words() -> None:
    # Round 9: a death said as when the loneliness began ("since my husband died") is its time,
    # not the relationship (three independent writers), so the family word is said otherwise.
    got = _wellbeing("I'm lonely and depressed, my son never rings")
    assert {SOCIAL, HEALTH, FAMILY} <= set(got)


def test_a_sentence_that_is_not_lonely_keeps_all_its_domains() -> None:
    got = _wellbeing("I haven't been to the club since my fall and I miss my friends")
    assert WORK in got and SOCIAL in got


# --- (3) a close person named in a sentence about money or work is not the relationship --------


@pytest.mark.parametrize(
    "said",
    [
        "We're living on Gemma's wage and it's not enough",
        "Money is OK, Alan has his pension",
        "We're behind on the rent since Paul lost his job",
        "Dave's benefits were stopped and we're in debt",
        "Sue pays the bills and we just about manage",
        "We're on Tom's pension and it doesn't stretch",
        "Money's tight since Bev lost her job",
    ],
)
def test_a_close_person_named_in_a_money_sentence_is_not_the_relationship(said: str) -> None:
    got = _wellbeing(said, what_matters="Gemma, Alan, Paul, Dave, Sue, Tom and Bev")
    assert SOCIAL in got and FAMILY not in got, got


def test_a_close_person_with_their_health_is_still_the_relationship() -> None:
    got = _wellbeing("I worry about Alan's heart", what_matters="Alan")
    assert FAMILY in got


# --- (4) coming home is a place in the day, not the home ---------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I don't see my mates because I have to come straight home",
        "I rush home from work every lunchtime to check on him",
        "I can't go to the gym, I have to get home by six",
        "By the time I get home I'm too tired to go out",
        "I have to hurry home after college",
    ],
)
def test_coming_home_is_not_the_home(said: str) -> None:
    assert HOME not in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    ["I want to move back home", "The home is too big for me", "I'm stuck at home and it's damp"],
)
def test_the_home_itself_still_is(said: str) -> None:
    assert HOME in _wellbeing(said)


# --- (5) money taken is abuse; an amount is money ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Someone at the cashpoint took £50 off him",
        "A lad stole her purse last week",
        "He was robbed on the way home from the shop",
        "She got conned out of her savings on the phone",
        "My nephew has been taking money off me",
        "I was mugged at the bus stop",
    ],
)
def test_money_taken_or_stolen_is_abuse(said: str) -> None:
    assert SAFETY in _wellbeing(said)


@pytest.mark.parametrize(
    "said", ["I'm £600 overdrawn", "We live on 90 quid a week", "It costs me £40 in taxis"]
)
def test_an_amount_is_money(said: str) -> None:
    assert SOCIAL in _wellbeing(said)


def test_taking_tablets_is_no_theft() -> None:
    assert SAFETY not in _wellbeing("I took my tablets late and felt rough")


# --- (6) embarrassment is a feeling; being washed by someone is dignity ------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I'm embarrassed by my tremor",
        "He gets embarrassed when he drops things",
        "She's embarrassed about her memory",
        "I'm so embarrassed I can't walk far",
        "Embarrassed and low since the stroke",
    ],
)
def test_embarrassed_is_a_feeling_about_health(said: str) -> None:
    got = _wellbeing(said)
    assert HEALTH in got and DIGNITY not in got, got


@pytest.mark.parametrize(
    "said",
    [
        "I hate a stranger having to wash me",
        "It's awful my son has to help me wash",
        "Having someone dress me is awful",
        "A man bathing me, I can't have it",
        "I need help washing and it gets me down",
    ],
)
def test_being_washed_or_dressed_by_someone_is_dignity(said: str) -> None:
    assert DIGNITY in _wellbeing(said)


# --- (7) health in everyday words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "His sight is going",
        "Her hearing aids whistle and she won't wear them",
        "Head injury two years ago",
        "On the waiting list for talking therapy",
        "The GP has referred me on",
        "Very fearful all the time",
        "Dysphagia, on a soft diet",
    ],
)
def test_everyday_health_words(said: str) -> None:
    assert HEALTH in _wellbeing(said)


def test_a_slight_problem_is_not_sight() -> None:
    assert HEALTH not in _wellbeing("There's a slight problem with the rent")


# --- (8) outcomes: a bath, a shower or a wash as a goal is the person's own dignity -------------


@pytest.mark.parametrize(
    "said",
    [
        "A proper bath once a week",
        "Get in a shower again",
        "To wash my hair again",
        "A strip wash every morning",
        "Someone other than my son to do my personal stuff",
        "Showers instead of a bowl at the sink",
    ],
)
def test_a_bath_shower_or_wash_as_a_goal_is_dignity(said: str) -> None:
    assert DIGNITY in _domains_of(said)


@pytest.mark.parametrize(
    "said", ["Be able to bath my son myself", "Bath the kids at night", "Do the washing up"]
)
def test_bathing_someone_else_or_washing_up_is_not_dignity(said: str) -> None:
    assert DIGNITY not in _domains_of(said)


# --- (9) outcomes: doing things on one's own, and time of one's own, is control ---------------


@pytest.mark.parametrize(
    "said",
    [
        "Go to the gym on my own",
        "Get to college on her own",
        "Visit my sister on my own",
        "An afternoon a week to myself",
        "An hour a day that is mine",
        "one night a week that's mine",
    ],
)
def test_on_ones_own_or_time_of_ones_own_is_control(said: str) -> None:
    assert CONTROL in _domains_of(said)


def test_not_being_on_ones_own_is_social_not_control() -> None:
    got = _domains_of("Not to be on my own all day")
    assert SOCIAL in got and CONTROL not in got


# --- (10) outcomes: friends to see or make are personal relationships ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "See my friends more",
        "Make some friends at college",
        "Meet up with my mates again",
        "Go to the pub with my pals",
        "Keep in touch with my best friend",
        "Do the school run again",
    ],
)
def test_friends_in_a_goal_are_relationships(said: str) -> None:
    got = _domains_of(said)
    assert FAMILY in got and SOCIAL not in got, got


def test_company_and_getting_out_are_still_social() -> None:
    assert SOCIAL in _domains_of("Have more company in the evenings")
    assert SOCIAL in _domains_of("Get out every day")
    assert SOCIAL not in _domains_of("Get out of bed without help")


# --- (11) outcomes: wanting to help run something for others is contribution -------------------


@pytest.mark.parametrize(
    "said",
    [
        "I'd love to help at the food bank",
        "I'd like to help with the church teas again",
        "Help run the tenants' meetings",
        "Help out at the hospice shop",
        "Give something back to the hospice",
    ],
)
def test_helping_run_something_is_contribution(said: str) -> None:
    assert CONTRIBUTION in _domains_of(said)


@pytest.mark.parametrize("said", ["Help with the shopping", "Someone to help at bedtime"])
def test_getting_help_is_not_contribution(said: str) -> None:
    assert CONTRIBUTION not in _domains_of(said)


# --- (12) a pet named earlier is no close person -------------------------------------------------


@pytest.mark.parametrize(
    ("matters", "day", "said"),
    [
        ("my dog Rex", "I take Rex to the park", "Stay in my flat with Rex"),
        ("Bracken, my guide dog", "Bracken gets me to the shop", "Get out with Bracken every day"),
        ("Sooty (cat) and my garden", "I sit with Sooty in the sun", "Keep Sooty with me"),
        ("her cat Tilly", "she feeds Tilly first thing", "Stay at home with Tilly"),
        ("Bonnie the staffie", "walks Bonnie round the block", "Walk Bonnie every day"),
    ],
)
def test_a_pet_is_not_a_relationship(matters: str, day: str, said: str) -> None:
    assert FAMILY not in _domains_of(said, what_matters=matters, good_day=day)


def test_a_person_with_the_same_kind_of_name_still_is() -> None:
    assert FAMILY in _domains_of("See Bonnie more", what_matters="my daughter Bonnie")


# --- (13) outcomes: a feeling to be free of is what the goal is for, not health ----------------


@pytest.mark.parametrize(
    "said",
    [
        "Have a night out without worrying about him",
        "Go to the shops without being scared",
        "Get the bus without getting anxious",
        "Time off without feeling frightened for her",
        "Go to work without stress about mum",
    ],
)
def test_a_feeling_after_without_is_not_health(said: str) -> None:
    assert HEALTH not in _domains_of(said)


def test_a_health_goal_is_still_health() -> None:
    assert HEALTH in _domains_of("Feel less anxious")


@pytest.mark.parametrize(
    "said", ["Feel less alone at night", "Not be alone every evening", "Feel less alone"]
)
def test_less_alone_is_social(said: str) -> None:
    assert SOCIAL in _domains_of(said)


# --- (14) strengths: the strength decides its kind, not what is said to show it ----------------


@pytest.mark.parametrize(
    "said",
    [
        "Organised - I ran the church accounts for years",
        "Good listener - I volunteer at the community centre",
        "He's reliable - never missed a day at the club",
        "Knows his meds inside out, he corrects the nurses",
        "She's determined - the physios can't believe it",
        "I'm good with people - I led a team of ten",
    ],
)
def test_what_shows_a_trait_does_not_make_it_community(said: str) -> None:
    assert _strengths(said) == [(said, "personal")]


@pytest.mark.parametrize(
    "said",
    [
        "Excellent with the dog",
        "Brilliant with Jake",
        "v attached to her cat Tilly",
        "Really good with Mum",
        "Great at keeping in touch with Dean",
        "Wonderful with her grandson",
    ],
)
def test_a_skill_or_bond_said_bare_is_personal(said: str) -> None:
    assert _strengths(said) == [(said, "personal")]


# --- (15) strengths: the person's people are their network, wherever they met ---------------


@pytest.mark.parametrize(
    "said",
    [
        "My mates from the rugby club",
        "His pals at the Legion",
        "Our church friends",
        "Her friends from the day centre",
        "my nan",
        "My grandad",
        "My buddies at the gym",
    ],
)
def test_the_persons_people_are_network_wherever_they_met(said: str) -> None:
    assert _strengths(said) == [(said, "network")]


@pytest.mark.parametrize(
    "said", ["My church family", "The chapel family are wonderful", "I have our parish family"]
)
def test_a_church_family_is_still_community(said: str) -> None:
    assert _strengths(said) == [(said, "community")]


@pytest.mark.parametrize(
    "said",
    [
        "Good rapport with his benefits adviser",
        "My tutor at college is great",
        "The link worker has been brilliant",
        "Trusts her mentor",
        "The welfare advisor sorted his forms",
    ],
)
def test_an_adviser_tutor_or_mentor_is_community(said: str) -> None:
    assert _strengths(said)[0][1] == "community"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("My son, he lives far away", None),
        ("The church", "community"),
        ("I go to the club every week", "community"),
        ("Drama group - they're like a second family", "community"),
    ],
)
def test_other_kinds_stay(said: str, kind: str | None) -> None:
    assert _strengths(said)[0][1] == kind
