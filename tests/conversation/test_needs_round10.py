"""The tenth round's general causes of wrong needs, unable reasons and risks (found on holdout9):
words that introduce, sum up or talk about the list read as needs of their own ("The things I need
help with are:", "Everything really, she can't do anything for herself", "This is the part I find
hard to answer") and an item's own number or letter kept with it; a numbered list written "1. ...
2. ..." cut at its points; two comma items of one task ("cleaning the flat, hoovering") read as
two needs; help said in dialect or as "without a hand" not read, a bare "can't" read as needing
help where the person says they can do it, the fire service or paramedics called out not read as
danger; outcome words of faith washing, "WC", keeping the flat, a dropped g ("keepin"), and false
readings of "washed out" and "bending"; a risk named before a dash with its parts after it cut
into several, and a bracketed note of what is in place read as a risk of its own."""

from __future__ import annotations

import pytest

from service.conversation import understand_text as text_
from service.conversation.extract_needs import _risk_items, _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run

HYGIENE = "maintaining_personal_hygiene"
TOILET = "managing_toilet_needs"
HOME = "maintaining_a_habitable_home"
SAFE = "using_the_home_safely"
FOOD = "managing_and_maintaining_nutrition"


def _needs(said: str) -> list[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "needs": said}, plan=Plan())
    return [n.description for n in plan.needs]


def _outcomes_of(said: str) -> set[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "needs": said}, plan=Plan())
    return {o.value for n in plan.needs for o in n.eligibility_outcomes or []}


def _reasons(said: str) -> set[str]:
    return {key for _, key, _ in _unable_reasons(said)}


def _risks(said: str) -> list[tuple[str, list[str]]]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "risks": said}, plan=Plan())
    return [(r.description, list(r.proactive)) for r in plan.risks]


# --- (1) words that introduce, sum up or talk about the list are no need ----------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "What I need help with is: the shopping, the hoovering and my tablets",
            ["the shopping", "the hoovering", "my tablets"],
        ),
        (
            "Needs identified on visit: 1) strip wash 2) meal prep 3) shopping",
            ["strip wash", "meal prep", "shopping"],
        ),
        (
            "things she struggles with: (a) bathing (b) getting to the shops (c) her post",
            ["bathing", "getting to the shops", "her post"],
        ),
        (
            "Honestly where do I start. The ironing. Getting in the bath. Cooking a hot dinner.",
            ["The ironing", "Getting in the bath", "Cooking a hot dinner"],
        ),
        (
            "Pretty much everything, he can't do a thing for himself. Dressing. Meals. Toileting.",
            ["Dressing", "Meals", "Toileting"],
        ),
        (
            "its hard to say really. laundry. going to the post office. changing the bed",
            ["laundry", "going to the post office", "changing the bed"],
        ),
        (
            "All of it tbh. Showering. Taking her meds. Getting to the day centre.",
            ["Showering", "Taking her meds", "Getting to the day centre"],
        ),
        ("1. Washing 2. Meals 3. The stairs", ["Washing", "Meals", "The stairs"]),
        ("i) bathing ii) cooking iii) the garden", ["bathing", "cooking", "the garden"]),
    ],
)
def test_introductions_summaries_and_numbers_are_no_need(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        # a heading that names a task is the need itself
        (
            "Meals: she forgets to eat. Washing. The stairs.",
            ["Meals: she forgets to eat", "Washing", "The stairs"],
        ),
        # "everything" alone is the need said
        ("Everything really", ["Everything really"]),
        # "everything to do with" names what
        (
            "Everything to do with money. Cooking. Cleaning.",
            ["Everything to do with money", "Cooking", "Cleaning"],
        ),
        # words about answering that name a task stay a need
        (
            "Hard to say, mostly the washing. Cooking. Cleaning.",
            ["Hard to say, mostly the washing", "Cooking", "Cleaning"],
        ),
    ],
)
def test_needs_that_look_like_introductions_stay(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


# --- (2) two comma items of one task are one need ---------------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "cleaning the house, dusting. Meals. Getting out.",
            ["cleaning the house, dusting", "Meals", "Getting out"],
        ),
        (
            "Showering, hair washing. Cooking. Shopping.",
            ["Showering, hair washing", "Cooking", "Shopping"],
        ),
        ("the garden, mowing. The bins. Meals.", ["the garden, mowing", "The bins", "Meals"]),
        (
            "Meals, lunch mainly. Bathing. The stairs.",
            ["Meals, lunch mainly", "Bathing", "The stairs"],
        ),
        (
            "housework, hoovering. dressing. bathing.",
            ["housework, hoovering", "dressing", "bathing"],
        ),
    ],
)
def test_two_items_of_one_task_are_one_need(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("Washing, dressing. Meals. Shopping.", ["Washing", "dressing", "Meals", "Shopping"]),
        ("Cooking, cleaning. Bathing. Stairs.", ["Cooking", "cleaning", "Bathing", "Stairs"]),
        ("Shopping, ironing. Meals. The bins.", ["Shopping", "ironing", "Meals", "The bins"]),
    ],
)
def test_two_tasks_stay_two_needs(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


# --- (3) unable reasons: dialect and "a hand", "I can do it", emergency services --------------


@pytest.mark.parametrize(
    "said",
    [
        "Ah cannae get in the bath masel",
        "she canna manage the stairs now",
        "Some of it I cyaan do at all",
        "most of it he just carnt do",
        "I can start but not without a hand from someone",
        "never manages it without a helping hand",
        "he won't get up without someone's arm",
    ],
)
def test_needing_help_in_dialect_and_as_a_hand(said: str) -> None:
    assert "without_assistance" in _reasons(said)


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "I can do it all, I just cant get started, the letters make me panic",
            {"pain_distress_anxiety"},
        ),
        (
            "Physically I can do it. I can't make myself start, it makes me anxious",
            {"pain_distress_anxiety"},
        ),
        ("she can physically do everything, she just cannot get going, she's too low", set()),
        ("I'm able to do it, I just can't be doing with it, it's scary", {"pain_distress_anxiety"}),
        ("he can do it but cant stop himself leaving the gas on", {"endangers_safety"}),
    ],
)
def test_a_bare_cant_is_no_inability_when_they_say_they_can(said: str, wanted: set[str]) -> None:
    assert _reasons(said) == wanted


@pytest.mark.parametrize(
    "said",
    [
        # partly able: the rest still needs help
        "I can do some of it but I can't manage the stairs",
        # able and then help said
        "I can do it but not without a hand from my son",
        "she can do it only if someone stands with her, she cannot do it alone",
    ],
)
def test_partly_able_or_help_said_still_needs_help(said: str) -> None:
    assert "without_assistance" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "the fire brigade had to come when the pan caught",
        "paramedics were out to him twice last month",
        "the police brought her home at 2am in her nightie",
        "fire service did a home visit because of all the clutter",
        "the firemen came out when the smoke alarm went",
    ],
)
def test_emergency_services_called_out_are_danger(said: str) -> None:
    assert "endangers_safety" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'd be fine without a hand rail if it wasn't so steep, it just takes ages",
        "she can lend a hand with the veg, it takes ages though",
    ],
)
def test_hand_words_that_are_not_help(said: str) -> None:
    assert "without_assistance" not in _reasons(said)


# --- (4) outcome words: faith washing, WC, keeping the flat, dropped g; false readings -------


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("wudu before salah, he can't bend to his feet", HYGIENE),
        ("doing her ablutions in the morning", HYGIENE),
        ("getting to the WC at night", TOILET),
        ("the wc is upstairs and she can't get up there in time", TOILET),
        ("keepin the flat decent", HOME),
        ("keeping the place from turning into a tip", HOME),
        ("keep my house nice, I used to be so house proud", HOME),
        ("gettin in and out of bed", SAFE),
    ],
)
def test_outcome_words(said: str, outcome: str) -> None:
    assert outcome in _outcomes_of(said)


@pytest.mark.parametrize(
    ("said", "not_this"),
    [
        ("Making tea after dialysis, I'm totally washed out", HYGIENE),
        ("cooking, the chemo washes me out", HYGIENE),
        ("dressing - bending is agony, my back", HOME),
        ("putting socks on, bending over makes me dizzy", HOME),
        ("meals on the days the treatment washes him out", HYGIENE),
        ("shopping, I'm washed out after ten minutes", HYGIENE),
        ("bending to the bottom cupboards when cooking", HOME),
    ],
)
def test_words_that_only_look_like_an_outcome(said: str, not_this: str) -> None:
    assert not_this not in _outcomes_of(said)


def test_dialysis_cooking_is_food_only() -> None:
    assert _outcomes_of("Cooking my tea on treatment days, I'm washed out") == {FOOD}


# --- (5) risks: a heading before a dash is one risk; a bracketed note is no risk ---------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "the house - damp, mould, and the roof leaking. Falls.",
            ["the house - damp, mould, and the roof leaking", "Falls"],
        ),
        (
            "Money - debts, loan sharks and the bailiffs. Drinking again.",
            ["Money - debts, loan sharks and the bailiffs", "Drinking again"],
        ),
        (
            "her chest - infections, and choking on thin drinks",
            ["her chest - infections, and choking on thin drinks"],
        ),
        (
            "going out - traffic, getting lost, and strangers. The cooker.",
            ["going out - traffic, getting lost, and strangers", "The cooker"],
        ),
        (
            "the bath - slipping, and scalding herself",
            ["the bath - slipping, and scalding herself"],
        ),
    ],
)
def test_a_risk_named_before_a_dash_is_one_risk(said: str, wanted: list[str]) -> None:
    assert [r for r, _ in _risks(said)] == wanted


def test_a_plain_list_of_risks_still_splits() -> None:
    assert _risk_items("falls, choking, and the cold") == ["falls", "choking", "the cold"]


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "Falls at night. (daughter: she has a pendant alarm now). The cooker.",
            [("Falls at night", ["she has a pendant alarm now"]), ("The cooker", [])],
        ),
        (
            "seizures in the bath. (Mum: he wears a monitor in bed). choking.",
            [("seizures in the bath", ["he wears a monitor in bed"]), ("choking", [])],
        ),
        (
            "Relapse. (SW: she knows how to use naloxone and carries it). Debt.",
            [("Relapse", ["she knows how to use naloxone and carries it"]), ("Debt", [])],
        ),
        (
            "Fire from smoking. (smoke alarms fitted last week, in place). Scams.",
            [("Fire from smoking", ["smoke alarms fitted last week, in place"]), ("Scams", [])],
        ),
        (
            "Wandering at night. (Jo: it happened twice in May). Falls.",
            [("Wandering at night (Jo: it happened twice in May)", []), ("Falls", [])],
        ),
    ],
)
def test_a_bracketed_note_belongs_to_the_risk_before(
    said: str, wanted: list[tuple[str, list[str]]]
) -> None:
    assert _risks(said) == wanted


def test_a_first_bracketed_risk_stays_a_risk() -> None:
    assert _risks("(falls mainly). Choking.") == [("(falls mainly)", []), ("Choking", [])]


# --- (6) needing help said as depending on someone ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I need a hand with most of it these days",
        "he relies on me for all of that",
        "she's totally reliant on her daughter",
        "it all has to be done for him",
        "somebody has to do it for her, every time",
        "I'd be lost without Sandra",
        "can only do it with someone there",
        "needs two people for transfers, hoisted",
        "2 carers am and pm",
        "she has to be supervised in the kitchen",
        "requires assistance of one with all personal care",
        "I depend on my son for the shopping",
    ],
)
def test_depending_on_someone_is_needing_help(said: str) -> None:
    assert "without_assistance" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I don't need a hand, it just takes me ages",
        "she's not reliant on anyone, she's just really slow",
        "he doesn't need help, but it hurts",
    ],
)
def test_no_help_needed_is_not_needing_help(said: str) -> None:
    assert "without_assistance" not in _reasons(said)


# --- (7) words leading to the list or ending it are no part of a need -------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "Main things are bathing and dressing, cooking, and getting out.",
            ["bathing and dressing", "cooking", "getting out"],
        ),
        ("The biggest problem is the stairs", ["the stairs"]),
        ("What she struggles with most is cooking", ["cooking"]),
        ("what I find hardest is getting in the bath", ["getting in the bath"]),
        (
            "Things like the shopping, the cleaning, that kind of thing",
            ["the shopping", "the cleaning"],
        ),
        ("meals, washing, etc", ["meals", "washing"]),
        ("the garden, the bins and so on", ["the garden", "the bins"]),
    ],
)
def test_words_leading_to_or_ending_the_list(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("getting on the bus", ["getting on the bus"]),
        ("Cooking, that's the main thing", ["Cooking, that's the main thing"]),
    ],
)
def test_needs_that_only_look_led_or_ended(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


# --- (8) risks numbered, lettered or led by "Main risks are" ----------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "1) falls 2) choking on thin fluids 3) the gas",
            ["falls", "choking on thin fluids", "the gas"],
        ),
        ("(a) falls in the shower (b) scam calls", ["falls in the shower", "scam calls"]),
        ("Main risks are falls, choking and the cooker", ["falls", "choking", "the cooker"]),
        (
            "The biggest worry is her wandering at night. Also the stairs.",
            ["her wandering at night", "the stairs"],
        ),
        (
            "Risks: self-neglect, debt, and losing the flat",
            ["self-neglect", "debt", "losing the flat"],
        ),
        ("my main concern would be him drinking again", ["him drinking again"]),
    ],
)
def test_risks_without_their_numbers_and_leading_words(said: str, wanted: list[str]) -> None:
    assert _risk_items(said) == wanted


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("Risk of falls. Worry about money.", ["Risk of falls", "Worry about money"]),
        ("Concerns from neighbours about noise", ["Concerns from neighbours about noise"]),
        (
            "takes 2 tablets at 8.30, sometimes forgets",
            ["takes 2 tablets at 8.30, sometimes forgets"],
        ),
    ],
)
def test_risks_that_only_look_led(said: str, wanted: list[str]) -> None:
    assert _risk_items(said) == wanted


# --- (9) shared reading of when: weekends counted in a period ----------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("she has him one weekend a month", "one weekend a month"),
        ("respite two weekends a month at the Laurels", "two weekends a month"),
        ("Mum goes to my sister's a weekend a month", "a weekend a month"),
        ("he stays over a few nights a year", "a few nights a year"),
        (
            "one weekend in the month, Friday to Sunday",
            "one weekend in the month, Friday to Sunday",
        ),
        ("my brother covers three weekends a year", "three weekends a year"),
    ],
)
def test_weekends_counted_in_a_period(said: str, wanted: str) -> None:
    assert text_.when(said) == wanted


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("comes at weekends", "at weekends"),
        ("three days a week", "three days a week"),
        ("every other weekend", "every other weekend"),
        ("the weekend shop", "weekend"),
    ],
)
def test_other_weekend_words_unchanged(said: str, wanted: str) -> None:
    assert text_.when(said) == wanted


# --- (10) more everyday words for the four reasons ---------------------------------------------


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("it takes him the whole morning to get ready", "significantly_longer"),
        ("showering takes most of the day with rests", "significantly_longer"),
        ("it's torture on my hips", "pain_distress_anxiety"),
        ("she gets herself in a state and gives up", "pain_distress_anxiety"),
        ("he gets really worked up about the post", "pain_distress_anxiety"),
        ("I get flustered with the timings", "pain_distress_anxiety"),
        ("the hoovering knackers me for the day", "pain_distress_anxiety"),
        ("he nearly set the kitchen on fire in June", "endangers_safety"),
        ("she left the taps running and flooded next door", "endangers_safety"),
        ("she nearly went down the stairs last week", "endangers_safety"),
        ("there've been a few near misses in the bath", "endangers_safety"),
    ],
)
def test_everyday_words_for_the_reasons(said: str, reason: str) -> None:
    assert reason in _reasons(said)


@pytest.mark.parametrize(
    ("said", "not_this"),
    [
        ("my knees are on fire after the stairs", "endangers_safety"),
        ("she sits by the fire all day", "endangers_safety"),
        ("the state of the kitchen gets me", "pain_distress_anxiety"),
    ],
)
def test_words_that_only_look_like_a_reason(said: str, not_this: str) -> None:
    assert not_this not in _reasons(said)


# --- (11) outcome words of notes and everyday speech ------------------------------------------


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("domestic tasks", HOME),
        ("household chores, she can't bend", HOME),
        ("Nutrition - poor appetite, forgets to eat", FOOD),
        ("meal prep (lunch and tea)", FOOD),
        (
            "getting to the hospital for dialysis",
            "making_use_of_necessary_facilities_in_the_community",
        ),
        (
            "going to the chemist for his prescriptions",
            "making_use_of_necessary_facilities_in_the_community",
        ),
        ("my feet, I can't cut my toenails", HYGIENE),
        ("foot care, he's diabetic", HYGIENE),
    ],
)
def test_outcome_words_of_notes_and_speech(said: str, outcome: str) -> None:
    assert outcome in _outcomes_of(said)


# --- (12) "n" joins a fixed pair as "and" does; a leading "mainly" is no part of the need -----


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("washing n dressing, cooking, shopping", ["washing n dressing", "cooking", "shopping"]),
        ("showering n dressing, meals, the bins", ["showering n dressing", "meals", "the bins"]),
        ("bathing n dressing, meals", ["bathing n dressing", "meals"]),
        ("dressing n undressing, meals, bins", ["dressing n undressing", "meals", "bins"]),
        ("Mainly getting out, I'm stuck in", ["getting out, I'm stuck in"]),
        ("Probably the stairs. Cooking. Bathing.", ["the stairs", "Cooking", "Bathing"]),
        ("mostly, the washing", ["the washing"]),
    ],
)
def test_fixed_pairs_with_n_and_leading_adverbs(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("shopping n cooking", ["shopping", "cooking"]),
        (
            "gettin washed n dressed, meals, the bins",
            ["gettin washed n dressed", "meals", "the bins"],
        ),
        ("letters n bills, cleaning, cooking", ["letters n bills", "cleaning", "cooking"]),
        ("Mainstream college support", ["Mainstream college support"]),
    ],
)
def test_pairs_and_words_that_stay_as_they_were(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted
