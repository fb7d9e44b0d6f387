"""The eighth round's general causes of wrong needs, unable reasons, risks and direct payment needs
(found on holdout7): a task taking some times as long as it did ("three, four times as long",
">1hr") not read as significantly longer; ending up on the floor, legs giving way or blacking out
not read as a danger; shame and indignity ("humiliating") not read as distress; a payment tied to
the person's own work by someone else's ("so Gemma can go to work") and not to getting them out
("get me out"); a child taken to school missed when the name is typed in lower case; a named pet
walked read as someone cared for; a risk explained after a dash split at its comma; and a
wheelchair read as using the home when it is the way the person gets out."""

from __future__ import annotations

import pytest

from service.conversation.extract_needs import _risk_items, _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run


def _reasons(said: str) -> list[str]:
    return [key for _, key, _ in _unable_reasons(said)]


# --- (1) some times as long as it was, or more than a length of time: significantly longer ----


@pytest.mark.parametrize(
    "said",
    [
        "Everything takes me four, five times as long as before",
        "it takes 3-4 times longer than it used to",
        "washing takes double the time it did",
        "I'm twice as slow as I was at getting dressed",
        "a shower is five times longer now",
        "cooking takes 3x as long",
        "three or four times as much time to do anything",
        "getting ready takes >1hr",
        "showering takes > 1 hour",
        "it takes more than an hour to get dressed",
        "a bath takes the best part of an hour",
        "it took upwards of an hour",
        "it takes close to an hour to shower",
        "it takes her getting on for an hour",
    ],
)
def test_times_as_long_or_more_than_an_hour_is_significantly_longer(said: str) -> None:
    assert "significantly_longer" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I take my tablets three times a day",
        "she comes twice a week to help",
        "three or four times a week I go out",
        "the GP doubled the dose",
        "it takes ten minutes",
    ],
)
def test_times_that_are_no_comparison_are_no_reason(said: str) -> None:
    assert "significantly_longer" not in _reasons(said)


# --- (2) ending up on the floor, legs giving way, blacking out: endangers safety --------------


@pytest.mark.parametrize(
    "said",
    [
        "I tried the stairs on my own and ended up on the floor",
        "she was found on the floor by the neighbour",
        "he lay on the floor all night before anyone came",
        "my legs gave way in the shower",
        "his knees buckle on the stairs",
        "I get dizzy when I stand at the sink",
        "she has blacked out twice in the bath",
        "he collapsed in the kitchen last month",
        "I feel faint if I stand at the cooker",
        "she has seizures without any warning",
        "if he has one of his fits in the bath",
    ],
)
def test_ending_up_on_the_floor_or_blacking_out_endangers_safety(said: str) -> None:
    assert "endangers_safety" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I have never fainted",
        "no seizures for a year now",
        "the print is faint",
        "I put things on the floor for him",
        "she fits in well at the day centre",
        "the floor is lino",
        "I can make toast but half of it ends up on the floor",
        "everything ended up on the floor when I dropped the tray",
    ],
)
def test_floors_and_fits_that_are_no_danger(said: str) -> None:
    assert "endangers_safety" not in _reasons(said)


# --- (3) shame and indignity: distress ---------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "he finds it humiliating having someone wash him",
        "I'm so ashamed when I wet myself",
        "it's degrading, being helped on the loo",
        "she feels she has no dignity left",
        "it's mortifying when I can't find the right coins",
        "it really gets him down",
        "she gets agitated and hits out",
        "it's so undignified",
        "the whole thing is really upsetting for her",
        "honestly it's soul destroying",
        "I was in bits after",
    ],
)
def test_shame_and_indignity_are_distress(said: str) -> None:
    assert "pain_distress_anxiety" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "he's not embarrassed about it",
        "there's nothing to be ashamed of, I tell him",
        "she's not ashamed to ask",
    ],
)
def test_shame_denied_is_no_distress(said: str) -> None:
    assert "pain_distress_anxiety" not in _reasons(said)


# --- (4) what a payment is for: getting the person out; what it lets someone else do ----------

WORK = "accessing_work_training_education_volunteering"
COMMUNITY = "making_use_of_necessary_facilities_in_the_community"


def _paid_for(needs: str, what_for: str) -> list[str]:
    script = {"consent": "yes", "name": "Ann Lee", "needs": needs, "management": "a direct payment"}
    _, plan, _ = run({**script, "dp_what_for": what_for}, plan=Plan())
    assert plan.direct_payment is not None
    by_id = {n.id: n.description for n in plan.needs}
    return [by_id[i] for i in plan.direct_payment.need_ids]


def _outcomes_of(said: str) -> list[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "needs": said}, plan=Plan())
    return [o.value for o in plan.needs[0].eligibility_outcomes or []]


@pytest.mark.parametrize(
    ("needs", "what_for", "paid"),
    [
        ("Washing. Getting back to work. Meals", "someone to help me wash in the mornings so my husband can go to work", ["Washing"]),
        ("Breakfast. Finding a job. The garden", "help with breakfast so that Priya can get to her job", ["Breakfast"]),
        ("Cooking. College. Cleaning", "a carer to cook so Mum can still go to college", ["Cooking"]),
        ("Washing. Getting out and about. Meals", "a couple of hours on a Sunday to get me out", ["Getting out and about"]),
        ("Bathing. Going out. Letters", "a PA to take me out once a week", ["Going out"]),
        ("Dressing. Getting out. Money", "a support worker on Fridays getting me out", ["Getting out"]),
    ],
)  # fmt: skip
def test_a_payment_names_the_persons_outings_not_anothers_work(
    needs: str, what_for: str, paid: list[str]
) -> None:
    assert _paid_for(needs, what_for) == paid


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("Help in the mornings so my wife can go to work", WORK),
        ("someone to sit with me so Dave can go to the gym", COMMUNITY),
        ("A carer at night so that my daughter is able to work", WORK),
    ],
)
def test_what_help_lets_someone_else_do_is_no_outcome_of_theirs(said: str, outcome: str) -> None:
    assert outcome not in _outcomes_of(said)


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("Help with dressing so I can go to work", WORK),
        ("Someone to drive me so that I can get to college", WORK),
        ("help so Ann can get out more", COMMUNITY),
        ("someone to get me out once a week", COMMUNITY),
    ],
)
def test_what_help_lets_the_person_do_is_their_outcome(said: str, outcome: str) -> None:
    assert outcome in _outcomes_of(said)


# --- (5) someone taken to or from school or nursery is a child, however written ---------------

CHILD = "carrying_out_caring_responsibilities_for_a_child"
CARER_CHILD = "carer_caring_for_a_child"


def _carer_outcomes(said: str) -> list[str]:
    script = {"consent": "yes", "plan_for": "me", "name": "Ann Lee", "needs": said}
    _, plan, _ = run(script, plan=Plan(plan_type="carer_support"), audience="carer")
    return [o.value for o in plan.needs[0].eligibility_outcomes or []]


@pytest.mark.parametrize(
    "said",
    [
        "someone in the mornings so I can get jayden to school",
        "picking Amira up from nursery on Tuesdays",
        "time to take leo to school",
        "help so I can drop my brother off at school",
        "collecting ruby from playgroup",
    ],
)
def test_a_carer_taking_someone_to_school_cares_for_a_child(said: str) -> None:
    assert CARER_CHILD in _carer_outcomes(said)


@pytest.mark.parametrize(
    "said",
    [
        "taking jayden to school",
        "getting my brother to school in the mornings",
        "dropping our kayla off at nursery",
    ],
)
def test_taking_someone_to_school_is_caring_for_a_child(said: str) -> None:
    outcomes = _outcomes_of(said)
    assert CHILD in outcomes
    assert WORK not in outcomes


@pytest.mark.parametrize(
    "said",
    [
        "someone to get mum to the day centre",
        "getting me to college on time",
        "time for my course at college",
    ],
)
def test_a_carers_own_places_are_no_child(said: str) -> None:
    assert CARER_CHILD not in _carer_outcomes(said)


@pytest.mark.parametrize(
    "said", ["getting the bus to school", "getting myself to college", "getting Mum to the GP"]
)
def test_the_person_or_a_thing_taken_is_no_child(said: str) -> None:
    assert CHILD not in _outcomes_of(said)


# --- (6) an animal is no one cared for: walking the dog is the person's own outing -------------


def _outcomes_after(what_matters: str, said: str) -> list[str]:
    script = {"consent": "yes", "name": "Ann Lee", "what_matters": what_matters, "needs": said}
    _, plan, _ = run(script, plan=Plan())
    return [o.value for o in plan.needs[0].eligibility_outcomes or []]


@pytest.mark.parametrize(
    ("what_matters", "said"),
    [
        ("My dog Bonnie. My flat. Music", "Getting out - walking Bonnie, the shops"),
        ("Rex, my Jack Russell, and my garden", "getting out - walking Rex, going to the shops"),
        ("Milo, our spaniel. My church. My sister", "getting out: walking Milo, the post office"),
        ("her dog Max (staffie); her faith", "community - walking Max, shopping"),
        ("Dog - Pip. Church. My sister", "walking Pip to the park and the shops"),
    ],
)
def test_a_named_pet_is_no_one_cared_for(what_matters: str, said: str) -> None:
    assert COMMUNITY in _outcomes_after(what_matters, said)


def test_a_named_child_still_is() -> None:
    outcomes = _outcomes_after("My son Leo. My job", "walking Leo to school and the shops")
    assert CHILD in outcomes
    assert COMMUNITY not in outcomes


# --- (7) a risk explained after a dash: what follows its comma goes on explaining it ----------


@pytest.mark.parametrize(
    "said",
    [
        "Money - he gives it away to anyone who asks, and a man at the door took £200 off him",
        "The stairs - she's fallen twice on them, and once she was there all night",
        "Fire - he leaves pans on, and last week the smoke alarm went off",
        "Wandering - she has gone out at night, and the police brought her back",
        "Scams - he answers every call, and someone got his bank details",
    ],
)
def test_a_risk_explained_after_a_dash_is_one_risk(said: str) -> None:
    assert _risk_items(f"Falls. {said}. The cold") == ["Falls", said, "The cold"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("Falls, choking, and the cold", ["Falls", "choking", "the cold"]),
        ("Falls in the bath, chest infections, and being alone at night", ["Falls in the bath", "chest infections", "being alone at night"]),
    ],
)  # fmt: skip
def test_a_list_of_risks_is_still_split(said: str, items: list[str]) -> None:
    assert _risk_items(said) == items


# --- (8) a wheelchair is using the home only as a transfer ------------------------------------

HOME_SAFELY = "using_the_home_safely"


@pytest.mark.parametrize(
    "said",
    [
        "Going to the shops in my wheelchair",
        "getting on buses with a wheelchair",
        "a wheelchair taxi to the day centre",
        "trips to the library in the wheelchair",
        "the bus with my wheelchair is a nightmare",
    ],
)
def test_going_out_in_a_wheelchair_is_not_using_the_home(said: str) -> None:
    outcomes = _outcomes_of(said)
    assert COMMUNITY in outcomes
    assert HOME_SAFELY not in outcomes


@pytest.mark.parametrize(
    "said",
    [
        "getting into my wheelchair in the morning",
        "from the bed to the wheelchair",
        "getting in and out of the wheelchair",
        "getting from my wheelchair onto the toilet",
    ],
)
def test_a_wheelchair_transfer_is_using_the_home(said: str) -> None:
    assert HOME_SAFELY in _outcomes_of(said)
