"""The eleventh round's general causes of wrong needs, unable reasons and risks (found on
holdout10): the assessment's needs agreed without a yes ("Read back to him - agreed with all
four") not read, and the needs question never asked after them, so needs the assessment missed were
lost; the assessment's needs given no outcomes though their words name them; words that add to the
assessment ("In addition to CA:") kept as part of a need; distress said as "stressed",
"frustrated" or "cries", slowness said as "significantly longer", and doing it alone said as what
would be ("she'd do it all herself only she has no breath") not read; and a need or risk ending in
"on" ("leaving the gas on") cut as if it were "and so on"."""

from __future__ import annotations

import pytest

from service.conversation.extract_needs import _risk_items, _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run


def _reasons(said: str) -> set[str]:
    return {key for _, key, _ in _unable_reasons(said)}


def _needs(said: str) -> list[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "needs": said}, plan=Plan())
    return [n.description for n in plan.needs]


def _assessed(agreed: str, more: str = "skip") -> list[tuple[str, str | None, list[str]]]:
    plan = Plan.model_validate(
        {
            "person": {"name": "Ann Lee"},
            "assessment": {
                "identified_needs": [
                    {"ref": "a1", "description": "Preparing meals"},
                    {"ref": "a2", "description": "Getting washed and dressed"},
                ]
            },
        }
    )
    _, plan, _ = run(
        {"consent": "yes", "assessed_needs": agreed, "needs": more}, plan=plan, audience="person"
    )
    return [
        (n.description, n.assessment_ref, [o.value for o in n.eligibility_outcomes or []])
        for n in plan.needs
    ]


# --- (1) the assessment's needs agreed or confirmed without a yes ------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Went through them with her, she agrees with both",
        "Read out to him, accepted them all",
        "Daughter confirms these are accurate",
        "All correct according to ward staff",
        "Fair enough, that sums it up",
    ],
)
def test_assessed_needs_agreed_without_a_yes(said: str) -> None:
    assert [ref for _, ref, _ in _assessed(said)] == ["a1", "a2"]


@pytest.mark.parametrize(
    "said",
    [
        "She doesn't agree with the washing one",
        "Agreed, apart from the meals",
        "He disputes them, says he manages",
        "Not accurate any more, she cooks now",
        "Read back to her, she said it's wrong",
    ],
)
def test_assessed_needs_disagreed_are_not_added(said: str) -> None:
    assert [ref for _, ref, _ in _assessed(said) if ref] == []


def test_agreeing_words_after_a_yes_are_no_need() -> None:
    assert [(d, ref) for d, ref, _ in _assessed("Yes that's right")] == [
        ("Preparing meals", "a1"),
        ("Getting washed and dressed", "a2"),
    ]


def test_the_assessments_needs_carry_the_outcomes_their_words_name() -> None:
    got = {ref: outcomes for _, ref, outcomes in _assessed("yes")}
    assert got["a1"] == ["managing_and_maintaining_nutrition"]
    assert set(got["a2"]) == {"maintaining_personal_hygiene", "being_appropriately_clothed"}


# --- (2) words adding to the assessment introduce the list ---------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "In addition to CA: shopping; the stairs; her post",
            ["shopping", "the stairs", "her post"],
        ),
        ("Additionally: ironing; the bins; his letters", ["ironing", "the bins", "his letters"]),
        ("Other needs: bathing; meals; the garden", ["bathing", "meals", "the garden"]),
        ("Plus: laundry; going to church; the phone", ["laundry", "going to church", "the phone"]),
        ("Extra: the bath; cooking; bills", ["the bath", "cooking", "bills"]),
        ("Further: his post; shaving; the bus", ["his post", "shaving", "the bus"]),
    ],
)
def test_words_adding_to_the_assessment_are_no_need(said: str, wanted: list[str]) -> None:
    assert _needs(said) == wanted


def test_a_task_before_a_colon_stays_a_need() -> None:
    assert _needs("Meals: she forgets; the stairs; her post")[0] == "Meals: she forgets"


# --- (3) distress, slowness and doing it alone in other words ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I get stressed and kick off",
        "she gets really frustrated with the buttons",
        "He cries when it goes wrong",
        "it stresses me out, all the forms",
        "I cried in the shower last week",
    ],
)
def test_stress_frustration_and_crying_are_distress(said: str) -> None:
    assert "pain_distress_anxiety" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "Washing takes significantly longer",
        "Dressing takes her considerably longer than it used to",
        "it all takes way longer now",
        "he is much slower at everything",
        "cooking takes far longer",
    ],
)
def test_slowness_in_other_words_is_significantly_longer(said: str) -> None:
    assert "significantly_longer" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "She says she'd do it all herself only she has no breath",
        "I'd do it myself but my hands shake",
        "he would manage on his own if he could",
        "I would do it by myself, but the pain stops me",
        "she'd happily go alone only her legs won't let her",
        "I'd go on my own only the buses confuse me",
    ],
)
def test_what_would_be_done_alone_is_without_assistance(said: str) -> None:
    assert "without_assistance" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'd do it myself tomorrow if you let me",
        "she would do it herself and she does",
        "I no longer drive",
        "my hair is longer now",
        "I take my time and I'm fine",
    ],
)
def test_near_misses_give_no_such_reason(said: str) -> None:
    assert not _reasons(said) & {"without_assistance", "significantly_longer"}


# --- (4) "on" at the end of a need or risk is no "and so on" -------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("Leaving the gas on. Falls. Money", ["Leaving the gas on", "Falls", "Money"]),
        ("Leaving the hob on", ["Leaving the hob on"]),
        ("Falls. Leaving the taps on. Scams", ["Falls", "Leaving the taps on", "Scams"]),
        ("He leaves the iron on. Choking", ["He leaves the iron on", "Choking"]),
        ("going out with no coat on. The stairs", ["going out with no coat on", "The stairs"]),
    ],
)
def test_a_risk_ending_in_on_keeps_it(said: str, wanted: list[str]) -> None:
    assert _risk_items(said) == wanted


def test_and_so_on_still_ends_a_list() -> None:
    assert _risk_items("Falls. Chest infections and so on") == ["Falls", "Chest infections"]
    assert _needs("Keeping the heating on. Getting the washing on. My post") == [
        "Keeping the heating on",
        "Getting the washing on",
        "My post",
    ]


# --- (5) a risk's condition after a comma is the same risk --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The fits, if he has one on the stairs or in the shower",
        "Falls, when she gets up in the night or goes to the loo",
        "Choking, whenever he eats bread or meat",
        "Wandering, unless the door is locked and alarmed",
        "Scalding, while she runs the bath and forgets it",
    ],
)
def test_a_risks_condition_after_a_comma_is_the_same_risk(said: str) -> None:
    assert _risk_items(said) == [said]


def test_a_list_of_risks_is_still_split() -> None:
    assert _risk_items("Falls, choking and the gas") == ["Falls", "choking", "the gas"]
