"""The sixth round's general causes of wrong needs, lists and unable reasons (found on holdout5),
each pinned by phrasings of our own: a need said as one sentence with a clause after a comma split
in two, money and paperwork words joined by "and" split, coping said as a need, falls and "isn't
safe" and "left to himself" not read as reasons, getting outside not read as the community, a
"working cooker" or "when I'm at work" read as work, and list items with an aside ("even if ...",
"though ..."), a quote after a dash, or the names of the people just listed split off."""

from __future__ import annotations

import pytest

from service.conversation import lexicon
from service.conversation import understand_text as text_
from service.conversation.extract_needs import _phrases, _readable, _still_does, _unable_reasons

COMMUNITY = "making_use_of_necessary_facilities_in_the_community"
WORK = "accessing_work_training_education_volunteering"


def _reasons(said: str) -> list[str]:
    return [key for _, key, _ in _unable_reasons(said)]


def _outcomes(said: str) -> list[str]:
    return lexicon.keys(_readable(said), lexicon.load("eligibility_outcomes")["adult"])


# --- (1) one need a sentence: a clause after the comma says what the need is ----------------


@pytest.mark.parametrize(
    "said",
    [
        "Reading my post, the print is too small",
        "Going to the hospital, I need someone to come in with me",
        "Shopping in town, the noise and the crowds are too much",
        "Reading my letters, my eyes are too bad now",
        "Letters and forms, small print I cannot see",
        "Appointments, the hospital ones are the worst",
        "Getting to church, the bus doesn't go there any more",
    ],
)
def test_a_sentence_of_one_need_and_a_clause_is_one_need(said: str) -> None:
    assert _phrases(f"Cooking. {said}. The bins") == ["Cooking", said, "The bins"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # a sentence that is itself a list stays a list
        ("Cooking. Washing, dressing, meals", ["Cooking", "Washing", "dressing", "meals"]),
        ("Cooking. Cleaning, shopping", ["Cooking", "Cleaning", "shopping"]),
        # one sentence alone: someone saying what they need still starts a new item
        ("cooking, I need help with my feet", ["cooking", "I need help with my feet"]),
    ],
)
def test_a_list_sentence_is_still_a_list(said: str, items: list[str]) -> None:
    assert _phrases(said) == items


# --- (2) money and paperwork joined by "and" are one need -----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "money n bills",
        "Managing his money and the rent arrears",
        "sorting out bills and the debts",
        "the bills and my post",
        "the benefits & the council tax",
        "money and the debts",
    ],
)
def test_money_and_paperwork_pairs_stay_one_item(said: str) -> None:
    assert text_.split_list(said) == [said]
    assert text_.split_list(f"cooking, {said}, cleaning") == ["cooking", said, "cleaning"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("shopping and bills", ["shopping", "bills"]),
        ("money and cooking", ["money", "cooking"]),
        ("the rent and the garden", ["the rent", "the garden"]),
    ],
)
def test_money_with_another_task_still_splits(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


# --- (3) saying one copes is no need ---------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["I manage", "we get by mostly", "I'm coping", "I\u2019m fine really", "He copes, just about"],
)
def test_saying_one_copes_is_no_need(said: str) -> None:
    assert _still_does(said.replace(",", ""))


@pytest.mark.parametrize(
    "said",
    ["I manage the bills", "I can't manage", "he manages cooking", "I cope badly with stairs"],
)
def test_a_task_with_manage_is_still_a_need(said: str) -> None:
    assert not _still_does(said)


# --- (4) unable reasons: falls, "isn't safe", "left to himself" -------------------------------


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("I've fallen twice trying", "endangers_safety"),
        ("he's fallen down the stairs before", "endangers_safety"),
        ("the wandering isn't safe", "endangers_safety"),
        ("it wasn't safe, he left the tap running", "endangers_safety"),
        ("the flat's a fire hazard", "endangers_safety"),
        ("he is at real risk", "endangers_safety"),
        ("Left to himself he just sits there", "without_assistance"),
        ("left to her own devices she'd not eat", "without_assistance"),
        ("if I'm left to myself nothing gets done", "without_assistance"),
    ],
)
def test_everyday_reasons_are_read(said: str, reason: str) -> None:
    assert reason in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I've never had a fall",
        "she's not at risk really",
        "he's never fallen",
        "I forget and I get worried",  # forgetting alone is not read as needing help
    ],
)
def test_no_safety_reason_without_the_words(said: str) -> None:
    assert "endangers_safety" not in _reasons(said)
    assert "without_assistance" not in _reasons(said)


# --- (5) getting outside is the community; a working cooker is no job -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "getting anywhere outside the house",
        "Getting around outside when it's dark",
        "he can't leave the house on his own",
        "going anywhere really",
        "leaving the house on my own",
        "taking him to the food bank",
    ],
)
def test_getting_outside_is_the_community(said: str) -> None:
    assert _outcomes(said) == [COMMUNITY]


@pytest.mark.parametrize(
    "said",
    [
        "Eating regularly, he has no working cooker",
        "Remembering to eat at lunchtime when I'm at work",
        "her meals while I\u2019m at work",
        "the heating's not working",
        "his tea before I go to work",
    ],
)
def test_a_working_appliance_or_the_carers_work_is_no_work_outcome(said: str) -> None:
    assert WORK not in _outcomes(said)


@pytest.mark.parametrize("said", ["getting to work", "finding a job", "working again", "college"])
def test_work_is_still_work(said: str) -> None:
    assert WORK in _outcomes(said)


# --- (6) list items: an aside, a quote after a dash, the names of the people listed -----------


@pytest.mark.parametrize(
    "said",
    [
        "My garden, even if I only direct operations from a chair now",
        "His brother Lenny, though they rarely speak",
        "my church, although I can't get there",
        "the allotment, even though it's overgrown",
        "Swimming, even when my legs are bad",
    ],
)
def test_an_aside_after_a_comma_stays_with_its_item(said: str) -> None:
    assert text_.split_list(f"My dog. {said}. Football") == ["My dog", said, "Football"]


@pytest.mark.parametrize(
    "said",
    [
        "His independence - 'nobody telling me what to do'",
        'my faith - "it keeps me going"',
        "Me and the girls, Ellie and Rosie",
        "my two sons, Tom and Jack",
        "My wife, Michelle",
        "Sheila and me",
        "me and the grandkids",
    ],
)
def test_one_item_of_people_or_a_quote(said: str) -> None:
    assert text_.split_list(f"{said}. The telly") == [said, "The telly"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("my wife, Michelle, and the dog", ["my wife, Michelle", "the dog"]),
        ("my mum, Dad and the kids", ["my mum", "Dad and the kids"]),
        ("shopping, cleaning and cooking", ["shopping", "cleaning", "cooking"]),
        ("the garden, Football", ["the garden", "Football"]),
    ],
)
def test_lists_still_split(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items
