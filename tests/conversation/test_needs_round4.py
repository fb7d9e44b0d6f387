"""The fourth round's general causes of wrong needs, lists, unable reasons and hours (found on
holdout2 and holdout3), each pinned by phrasings of our own: lists split where a practitioner
would not, whose task a need is, unable reasons in the person's words, hours over a period."""

from __future__ import annotations

from typing import Any

import pytest

from service.conversation import lexicon
from service.conversation import understand_text as text_
from service.conversation.extract_needs import _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run

BASE = {"consent": "yes", "name": "Ann Lee"}


def _needs(script: dict[str, str], audience: Any = "person") -> list[tuple[str, list[str]]]:
    _, plan, _ = run({**BASE, **script}, plan=Plan(), audience=audience)
    return [(n.description, [o.value for o in n.eligibility_outcomes or []]) for n in plan.needs]


# --- (1) "X and Y" is one item when Y has no verb of its own and shares X's verb or object ----


@pytest.mark.parametrize(
    "said",
    [
        "lifting and bathing Leo",
        "peeling and chopping veg",
        "lifting and carrying the shopping bags",
        "sorting and taking my tablets",
        "moving and turning him in bed",
        "checking and sorting my post",
    ],
)
def test_a_lone_verb_shares_the_object_of_the_verb_after_it(said: str) -> None:
    assert text_.split_list(said) == [said]
    assert text_.split_list(f"meals, {said}, the garden") == ["meals", said, "the garden"]


@pytest.mark.parametrize(
    "said",
    [
        "Sheila and the grandkids",
        "seeing Paul and the grandchildren",
        "visiting my sister and her kids",
        "Jim and Mary",
        "ringing my son and my daughter",
        "mum and the kids",
        "time with Dave and the lads",
    ],
)
def test_people_joined_by_and_are_one_item(said: str) -> None:
    assert text_.split_list(said) == [said]
    assert text_.split_list(f"my garden, {said}") == ["my garden", said]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("shopping, cleaning and cooking", ["shopping", "cleaning", "cooking"]),
        ("cooking and washing my hair", ["cooking", "washing my hair"]),
        ("driving and getting the bus", ["driving", "getting the bus"]),
        ("knitting and seeing my friends", ["knitting", "seeing my friends"]),
        ("cooking and cleaning the house", ["cooking", "cleaning the house"]),
        ("my dog and my mates", ["my dog", "my mates"]),
        ("shopping and the kids", ["shopping", "the kids"]),
        ("moving about and getting up", ["moving about", "getting up"]),
        ("keeping my job and still having time with my grandson",
         ["keeping my job", "still having time with my grandson"]),
        ("My house, my garden and my girls", ["My house", "my garden", "my girls"]),
        ("washing and dressing", ["washing and dressing"]),
        ("eating proper, keeping the place clean, post and bills",
         ["eating proper", "keeping the place clean", "post and bills"]),
        ("letters and bills", ["letters and bills"]),
    ],
)  # fmt: skip
def test_two_things_still_split_and_fixed_pairs_stay_whole(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


# --- (4) a task done for someone else is not the person's own care --------------------------

CHILD = "carrying_out_caring_responsibilities_for_a_child"


@pytest.mark.parametrize(
    "need",
    [
        "getting the kids to school",
        "bathing the baby",
        "feeding my toddler",
        "getting him to nursery",
        "dressing my little girl",
        "cooking for the kids",
        "lookin after my 2 boys",
        "getting our son ready for school",
    ],
)
def test_a_task_for_a_child_is_caring_for_a_child(need: str) -> None:
    assert _needs({"needs": need}) == [(need, [CHILD])]


def test_a_name_the_plan_knows_as_a_child_is_caring_for_a_child() -> None:
    for matters, need in [
        ("Being a good mum to Leo, my friends", "lifting and bathing Leo"),
        ("my son Alfie, football", "washing Alfie"),
        ("I'm Maisie's dad, my job", "getting Maisie dressed"),
    ]:
        assert _needs({"what_matters": matters, "needs": need}) == [(need, [CHILD])]


@pytest.mark.parametrize(
    "need",
    ["bathing my husband", "cooking for Mum", "bathing Leo", "washing Pauline", "lifting him"],
)
def test_a_task_for_another_adult_names_no_outcome_of_the_persons_own(need: str) -> None:
    assert _needs({"needs": need}) == [(need, [])]


@pytest.mark.parametrize(
    ("need", "outcomes"),
    [
        ("washing my hair", ["maintaining_personal_hygiene"]),
        ("cooking for myself", ["managing_and_maintaining_nutrition"]),
        ("getting showered", ["maintaining_personal_hygiene"]),
        ("getting to school", ["accessing_work_training_education_volunteering"]),
        ("help with washing", ["maintaining_personal_hygiene"]),
    ],
)
def test_the_persons_own_tasks_keep_their_outcomes(need: str, outcomes: list[str]) -> None:
    assert [o for _, o in _needs({"needs": need})] == [outcomes]


def test_a_practitioner_speaking_of_him_means_the_person() -> None:
    said = "getting him washed and dressed"
    outcomes = ["maintaining_personal_hygiene", "being_appropriately_clothed"]
    assert _needs({"needs": said}, audience="practitioner") == [(said, outcomes)]
    said = "helping Ann wash"  # the person's own name
    assert _needs({"needs": said}) == [(said, ["maintaining_personal_hygiene"])]


# --- (2) unable reasons in the person's own words, and words that only look like one ---------


def _reasons(said: str) -> list[str]:
    return list(dict.fromkeys(key for _, key, _ in _unable_reasons(said)))


@pytest.mark.parametrize(
    "said",
    [
        "I'm done in for the rest of the day after",
        "wiped out by the afternoon",
        "i have no energy left after a shower",
        "totally knackered afterwards",
        "exhausted after, have to lie down",
        "it wipes me out",
        "I'm shattered for hours",
        "leaves her worn out",
        "im so tired after i cant do nothing else",
    ],
)
def test_being_left_exhausted_is_pain_or_distress(said: str) -> None:
    assert "pain_distress_anxiety" in _reasons(said)


def test_fatigue_named_as_the_cause_of_slowness_is_only_slowness() -> None:
    assert _reasons("it takes ages because of the fatigue") == ["significantly_longer"]


@pytest.mark.parametrize(
    "said",
    [
        "people have took my money before",
        "they take advantage of me",
        "I get ripped off at the shop",
        "my so called mates nicked my bank card",
        "someone stole all my savings",
        "I got scammed on the phone",
        "lads from the estate keep taking my money",
        "my pension got taken by my nephew",
        "folk take advantage coz im too trusting",
    ],
)
def test_being_exploited_endangers_safety(said: str) -> None:
    assert _reasons(said) == ["endangers_safety"]


@pytest.mark.parametrize(
    ("said", "reasons"),
    [
        ("it takes me two hours to get ready", ["significantly_longer"]),
        ("took her all morning", ["significantly_longer"]),
        ("ages to get dressed", ["significantly_longer"]),
        ("takes about 45 mins just to get my socks on", ["significantly_longer"]),
        ("I forget to take my tablets", ["endangers_safety"]),
        ("left the chip pan on once", ["endangers_safety"]),
        ("I left the oven on", ["endangers_safety"]),
    ],
)  # fmt: skip
def test_more_shapes_of_the_reasons(said: str, reasons: list[str]) -> None:
    assert _reasons(said) == reasons


@pytest.mark.parametrize(
    "said",
    [
        "I get it wrong",
        "I'm stuck on the sofa all day",
        "it's ages since I went out",
        "I take my money out on a Friday",
        "I fell asleep in the chair",
        "I'm not worried about it",
        "she can't carry on like this",
        "I can't be bothered",
        "we had a day trip to the seaside",
        "I've had MS a long time",
        "I've been on my own for hours",
    ],
)
def test_words_that_only_look_like_a_reason_give_none(said: str) -> None:
    assert _reasons(said) == []


def test_the_reason_is_written_on_each_need_of_the_conversation() -> None:
    script = {"needs": "money, cooking", "unable_reason": "people have took my money before"}
    _, plan, _ = run({**BASE, **script}, plan=Plan())
    assert [[r.value for r in n.unable_reason or []] for n in plan.needs] == [
        ["endangers_safety"],
        ["endangers_safety"],
    ]


# --- (3) hours: a total over a period is not a rate for each day of it -----------------------


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("maybe 12 hours over the weekend", "12"),
        ("10 hours across the week", "10"),
        ("about 6 hours over Saturday and Sunday", "6"),
        ("12hrs over sat and sun", "12"),
        ("8 hours a fortnight", "4"),
        ("6 hours every other week", "3"),
        ("he does about 9 hours at the weekend", "9"),
        ("4 hours every weekend", "4"),
        ("15 hours altogether over the week", "15"),
        ("about 40 hours a month", "9.23"),
    ],
)
def test_hours_over_a_period_are_a_total(said: str, hours: str) -> None:
    found = text_.hours_per_week(said)
    assert found is not None and str(found.per_week) == hours


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("3 hours a day", "21"),
        ("2 hours each weekend day", "4"),
        ("3 hours a day at weekends", "6"),
        ("4 hours a night at the weekend", "8"),
        ("2 hours on Saturday and Sunday", "4"),
        ("3 hours a day including weekends", "21"),
        ("about four hours a day all told", "28"),
        ("twice a week for 2 hours", "4"),
    ],
)
def test_hours_at_a_rate_are_multiplied(said: str, hours: str) -> None:
    found = text_.hours_per_week(said)
    assert found is not None and str(found.per_week) == hours


def test_a_total_with_no_period_is_not_guessed() -> None:
    assert text_.hours_per_week("about 10 hours in total") is None


# --- outcomes named by the words, and none where the words name none --------------------------


@pytest.mark.parametrize(
    "need",
    ["keeping on top of the bills", "paying bills", "sorting my bills", "post and bills", "bills"],
)
def test_bills_alone_are_money_not_a_habitable_home(need: str) -> None:
    assert _needs({"needs": need}) == [(need, [])]


def test_bills_alone_are_no_outcome_in_a_carers_plan_either() -> None:
    carer = lexicon.load("eligibility_outcomes")["carer"]
    assert lexicon.keys("keeping up with my own bills", carer) == []
    assert lexicon.keys("cleaning my own house", carer) == ["carer_habitable_home"]


@pytest.mark.parametrize(
    "need",
    [
        "talking to people I don't know",
        "meeting new people",
        "socialising",
        "mixing with people at the club",
        "speaking to people on the phone",
    ],
)
def test_meeting_and_talking_to_people_is_relationships(need: str) -> None:
    outcomes = next(o for _, o in _needs({"needs": need}))
    assert "developing_and_maintaining_relationships" in outcomes


# --- more list shapes: a particle ends the verb before "and"; the last "and" of a comma list ---


@pytest.mark.parametrize(
    "said",
    [
        "putting my shoes and socks on",
        "getting my coat and hat on",
        "taking my boots and trousers off",
        "getting to and from work",
        "dressing and undressing",
        "up and about in the morning",
    ],
)
def test_one_task_with_and_inside_stays_whole(said: str) -> None:
    assert text_.split_list(f"meals, {said}, the garden") == ["meals", said, "the garden"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("meals, personal care and getting out to the shops",
         ["meals", "personal care", "getting out to the shops"]),
        ("cooking, my tablets and going to see my sister in Leeds",
         ["cooking", "my tablets", "going to see my sister in Leeds"]),
        ("washing, cleaning and taking the dog out for a walk",
         ["washing", "cleaning", "taking the dog out for a walk"]),
        ("meals, lifting and bathing Leo in the bath at night",
         ["meals", "lifting and bathing Leo in the bath at night"]),
        ("I want to stay in my own home and be near my family",
         ["I want to stay in my own home and be near my family"]),
    ],
)  # fmt: skip
def test_the_last_and_of_a_comma_list_splits_even_long_items(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


# --- a word pair read as one word: "the washing" is laundry, "washing up" the dishes ----------


@pytest.mark.parametrize(
    ("need", "outcomes"),
    [
        ("doing the washing up", ["maintaining_a_habitable_home"]),
        ("the washing up", ["maintaining_a_habitable_home"]),
        ("doing the washing", ["being_appropriately_clothed"]),
        ("using the washing machine", ["being_appropriately_clothed"]),
        ("pegging the washing out", ["being_appropriately_clothed"]),
        ("cleaning the kitchen", ["maintaining_a_habitable_home"]),
        ("washing my face", ["maintaining_personal_hygiene"]),
        ("a strip wash", ["maintaining_personal_hygiene"]),
    ],
)
def test_a_word_pair_is_read_as_one_word(need: str, outcomes: list[str]) -> None:
    assert [o for _, o in _needs({"needs": need})] == [outcomes]
