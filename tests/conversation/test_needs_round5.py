"""The fifth round's general causes of wrong needs, lists, unable reasons and risks (found on
holdout4), each pinned by phrasings of our own: an explanation after a comma or dash split off
as a new item, a task the person still does read as a need, risks listed in one sentence, unable
reasons in everyday words (near falls, needing prompting, running on empty), places of worship
and getting to places as the community, a lunch club as no meal."""

from __future__ import annotations

from typing import Any

import pytest

from service.conversation import lexicon
from service.conversation import understand_text as text_
from service.conversation.extract_needs import _phrases, _risk_items, _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run

BASE = {"consent": "yes", "name": "Ann Lee"}
COMMUNITY = "making_use_of_necessary_facilities_in_the_community"


def _needs(script: dict[str, str], audience: Any = "person") -> list[tuple[str, list[str]]]:
    _, plan, _ = run({**BASE, **script}, plan=Plan(), audience=audience)
    return [(n.description, [o.value for o in n.eligibility_outcomes or []]) for n in plan.needs]


def _reasons(said: str) -> list[str]:
    return [key for _, key, _ in _unable_reasons(said)]


# --- (1) words after a comma that explain the item before it are that item, not a new need ----


@pytest.mark.parametrize(
    "said",
    [
        "Cooking, he's left the gas on twice",
        "money, she'll give it to anyone who asks",
        "going out, I get in a state in crowds",
        "getting to town on my own, he gets lost easily",
        "the garden, it's too much for me now",
        "Time off, even an hour or two",
        "my post, especially the brown envelopes",
        "the hoovering, don't let her near the stairs with it",
        "ironin, they're too heavy for me now",
    ],
)
def test_an_explanation_after_a_comma_stays_with_its_need(said: str) -> None:
    assert _phrases(said) == [said]
    assert _phrases(f"bathing. {said}. the bins") == ["bathing", said, "the bins"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("cooking, I need help with my feet", ["cooking", "I need help with my feet"]),
        ("washing, I'd like a bath twice a week", ["washing", "I'd like a bath twice a week"]),
        ("the garden, I need a hand with bills", ["the garden", "I need a hand with bills"]),
        ("shopping, cleaning, cooking", ["shopping", "cleaning", "cooking"]),
        (
            "meals, she wants to go to the day centre",
            ["meals", "she wants to go to the day centre"],
        ),
    ],
)
def test_someone_saying_what_they_need_starts_a_new_item(said: str, items: list[str]) -> None:
    assert _phrases(said) == items


@pytest.mark.parametrize(
    "said",
    [
        "Remembering things - appointments, his tablets, whether he's eaten",
        "paperwork - letters, forms, the council tax",
        "Personal care: washing, shaving, his teeth",
        "getting about - buses, taxis, the hospital",
        "housework - hoovering, the bathroom, changing beds",
    ],
)
def test_a_list_after_a_dash_is_what_the_need_before_it_is_made_of(said: str) -> None:
    assert _phrases(f"{said}. Cooking") == [said, "Cooking"]


def test_dashes_between_single_items_still_separate_them() -> None:
    assert _phrases("shopping - cleaning - cooking") == ["shopping", "cleaning", "cooking"]
    assert _phrases("bathing - twice a week. Meals, the bins") == [
        "bathing",
        "twice a week",
        "Meals",
        "the bins",
    ]


# --- (2) a task the person still does is no need; the words are kept, not coded --------------


@pytest.mark.parametrize(
    "said",
    [
        "Cooking she still does, don't stop her",
        "the garden I still manage",
        "dressing I do myself",
        "shopping, he does it on his own",
        "washing up she copes with fine",
        "I don't need help with my meals",
    ],
)
def test_a_task_the_person_still_does_is_no_need(said: str) -> None:
    got = _needs({"needs": f"bathing, stairs. {said}"})
    assert [d for d, _ in got] == ["bathing", "stairs"]


@pytest.mark.parametrize(
    "said",
    [
        "Cooking, she still does it but it takes ages",
        "the garden I still do but it hurts",
        "dressing, can't do buttons",
        "washing I can still do with help",
        "shopping, I manage but slowly",
    ],
)
def test_a_task_still_done_with_a_difficulty_is_a_need(said: str) -> None:
    assert [d for d, _ in _needs({"needs": said})] == [said]


# --- (3) lists: brackets are an aside, a clause after a dash says more about its item ---------


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("my flat, my son (he's 30 now, lives in Leeds), music", ["my flat", "my son (he's 30 now, lives in Leeds)", "music"]),
        ("his bikes (still, don't ask), his dog", ["his bikes (still, don't ask)", "his dog"]),
        ("personal care (washing and dressing); meals", ["personal care (washing and dressing)", "meals"]),
        ("church (St Mary's - every Sunday), my cat", ["church (St Mary's - every Sunday)", "my cat"]),
        ("TV (the soaps. And quizzes), my garden", ["TV (the soaps. And quizzes)", "my garden"]),
    ],
)  # fmt: skip
def test_words_in_brackets_are_never_split(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("Her garden - she grows mint, the grandkids", ["Her garden - she grows mint", "the grandkids"]),
        ("my dog - he's my best mate", ["my dog - he's my best mate"]),
        ("Stay at home - I don't want a care home", ["Stay at home - I don't want a care home"]),
        ("chapel - it's where my friends are. Music", ["chapel - it's where my friends are", "Music"]),
        ("my allotment - they've let me keep it", ["my allotment - they've let me keep it"]),
        ("shopping - cleaning", ["shopping", "cleaning"]),
    ],
)  # fmt: skip
def test_a_clause_after_a_dash_says_more_about_the_item_before(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


# --- (4) risks: a sentence that lists risks is one risk an item ------------------------------


@pytest.mark.parametrize(
    ("said", "items"),
    [
        (
            "Chest infections turning nasty, falling on the stairs, and the cold",
            ["Chest infections turning nasty", "falling on the stairs", "the cold"],
        ),
        ("falls, scams and the gas", ["falls", "scams", "the gas"]),
        ("Wandering off at night, the cooker, or choking", ["Wandering off at night", "the cooker", "choking"]),
        ("her fits, the kettle & the road", ["her fits", "the kettle", "the road"]),
        ("Self neglect, money, and going missing. Falls", ["Self neglect", "money", "going missing", "Falls"]),
    ],
)  # fmt: skip
def test_a_sentence_listing_risks_is_one_risk_an_item(said: str, items: list[str]) -> None:
    assert _risk_items(said) == items


@pytest.mark.parametrize(
    "said",
    [
        "Going out on his bike - he's not allowed but he's talking about it",
        "Someone taking advantage of her, she's too trusting",
        "Falls at night, I get up for the loo and the landing is dark",
        "Heart - she gets water in her legs, breathless",
        "Mixing up his tablets, the timing really matters",
        "Choking but only on bread",
    ],
)
def test_a_risk_with_its_explanation_or_but_is_one_risk(said: str) -> None:
    assert _risk_items(said) == [said]


# --- (5) unable reasons in everyday words ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Nearly went over in the bath in the summer",
        "almost went over on the step last week",
        "I went flying in the kitchen",
        "she took a tumble in the garden",
        "he loses his balance when he turns",
        "I'm unsteady on my feet",
    ],
)
def test_a_near_fall_endangers_safety(said: str) -> None:
    assert _reasons(said) == ["endangers_safety"]


@pytest.mark.parametrize(
    "said",
    [
        "He needs someone prompting him, it just doesn't happen",
        "she needs reminding every time",
        "Mum has to be reminded or she forgets",
        "without prompting nothing gets done",
        "he needs supervising in the kitchen",
        "without help I just sit there",
    ],
)
def test_needing_prompting_or_someone_is_without_assistance(said: str) -> None:
    assert _reasons(said) == ["without_assistance"]


@pytest.mark.parametrize(
    "said",
    [
        "I'm running on empty",
        "running on fumes most weeks",
        "I'm at the end of my tether with it",
        "I'm at breaking point",
        "I'm burning out",
    ],
)
def test_running_on_empty_is_pain_or_distress(said: str) -> None:
    assert _reasons(said) == ["pain_distress_anxiety"]


@pytest.mark.parametrize(
    "said",
    ["I went over the bills with him", "my balance is fine", "she went over to see him"],
)
def test_words_near_a_reason_that_are_not_one(said: str) -> None:
    assert _reasons(said) == []


# --- (6) outcomes: getting to places and places of worship are the community; a lunch club
# is no meal; in a carer's plan the kids are the children the carer looks after --------------


@pytest.mark.parametrize(
    "need",
    [
        "getting to gurdwara",
        "going to the mandir",
        "getting to chapel on Sundays",
        "getting to places on his own",
        "get to the synagogue",
        "going to the lunch club",
    ],
)
def test_getting_to_places_and_worship_is_the_community(need: str) -> None:
    assert _needs({"needs": need}) == [(need, [COMMUNITY])]


@pytest.mark.parametrize(
    "need",
    ["lunch club", "the lunch club on Tuesdays", "accessing community (chapel/lunch club)"],
)
def test_a_lunch_club_is_no_meal(need: str) -> None:
    assert [o for _, o in _needs({"needs": need})] == [[COMMUNITY]]


@pytest.mark.parametrize(
    "need",
    [
        "help with the kids' stuff",
        "the kids' tea",
        "the children's homework",
        "the baby at night",
        "my toddler",
    ],
)
def test_the_kids_in_a_carers_own_plan_are_caring_for_a_child(need: str) -> None:
    carer = lexicon.load("eligibility_outcomes")["carer"]
    assert lexicon.keys(need, carer) == ["carer_caring_for_a_child"]


def test_lunch_in_a_meal_is_still_a_meal() -> None:
    assert [o for _, o in _needs({"needs": "making lunch"})] == [
        ["managing_and_maintaining_nutrition"]
    ]


# --- (7) a need with no outcome is what a direct payment is for when the payment names its task


def _paid_for(needs: str, what_for: str) -> list[str]:
    script = {**BASE, "needs": needs, "management": "a direct payment", "dp_what_for": what_for}
    _, plan, _ = run(script, plan=Plan())
    assert plan.direct_payment is not None
    by_id = {n.id: n.description for n in plan.needs}
    return [by_id[i] for i in plan.direct_payment.need_ids]


@pytest.mark.parametrize(
    ("needs", "what_for", "paid"),
    [
        ("medication/insulin prompting; meals", "a PA for my insulin prompt", ["medication/insulin prompting"]),
        ("sorting my tablets, the garden", "someone to sort the tablets every morning", ["sorting my tablets"]),
        ("my post and paperwork", "a support worker for the paperwork", ["my post and paperwork"]),
        ("24 hour care when I relapse", "saving up for care when I relapse", ["24 hour care when I relapse"]),
        ("managing my temper", "anger management sessions, with someone I trust", ["managing my temper"]),
    ],
)  # fmt: skip
def test_a_need_without_an_outcome_is_paid_for_by_its_task_words(
    needs: str, what_for: str, paid: list[str]
) -> None:
    assert _paid_for(needs, what_for) == paid


@pytest.mark.parametrize(
    ("needs", "what_for"),
    [
        ("medication prompting", "someone to help me every morning"),
        ("my post", "support with things around the house"),
        ("Remembering things", "help getting things done"),
        ("managing my temper", "a cleaner"),
        ("my paperwork", "someone in the afternoons"),
    ],
)
def test_general_words_link_no_need(needs: str, what_for: str) -> None:
    assert _paid_for(needs, what_for) == []
