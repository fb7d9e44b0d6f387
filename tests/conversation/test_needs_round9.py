"""The ninth round's general causes of wrong needs and unable reasons (found on holdout8): harm a
task has already done ("admitted to hospital", "was dehydrated") not read as a danger; a carer's
own health giving way under the caring ("signed off with stress", "on antidepressants") not read
as the danger reg 3(2)(c) names, in a carer's own plan; what goes wrong when the person is left
alone ("On her own she forgets halfway through", "she won't eat unless someone sits with her")
not read as needing help; the days someone works said as when help is needed ("on the three days
I'm working") read as the person's own work; and words of study and housework that named no
outcome or the wrong one ("getting round campus", "changing my bed", "laundry")."""

from __future__ import annotations

import pytest

from service.conversation import understand_text as text_
from service.conversation.extract_needs import _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run

WORK = "accessing_work_training_education_volunteering"
HOME = "maintaining_a_habitable_home"
CLOTHED = "being_appropriately_clothed"
CARER_WORK = "carer_work_training_education_volunteering"


def _reasons(said: str) -> list[str]:
    return [key for _, key, _ in _unable_reasons(said)]


def _outcomes_of(said: str) -> list[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "needs": said}, plan=Plan())
    return [o.value for o in plan.needs[0].eligibility_outcomes or []]


def _carer_plan(**answers: str) -> Plan:
    script = {"consent": "yes", "plan_for": "me", "name": "Ann Lee", **answers}
    _, plan, _ = run(script, plan=Plan(plan_type="carer_support"), audience="carer")
    return plan


def _carer_outcomes(said: str) -> list[str]:
    return [o.value for o in _carer_plan(needs=said).needs[0].eligibility_outcomes or []]


def _person_reasons(said: str) -> set[str]:
    script = {"consent": "yes", "name": "Ann Lee", "needs": "A break", "unable_reason": said}
    _, plan, _ = run(script, plan=Plan())
    return {r.value for n in plan.needs for r in n.unable_reason or []}


def _carer_reasons(said: str) -> set[str]:
    plan = _carer_plan(needs="A break", unable_reason=said)
    return {r.value for n in plan.needs for r in n.unable_reason or []}


# --- (1) harm a task has already done: hospital, an ambulance, dehydration --------------------


@pytest.mark.parametrize(
    "said",
    [
        "He stopped drinking in the heatwave and ended up in hospital",
        "she was rushed to hospital after she forgot to eat for days",
        "Last winter he went without food and was badly dehydrated",
        "we had to call an ambulance when he mixed his insulin up",
        "The dietitian said she was malnourished by the spring",
        "he's been admitted to hospital twice since Easter",
        "mum ended up in A&E after trying the bath",
    ],
)
def test_harm_that_has_happened_is_a_danger(said: str) -> None:
    assert "endangers_safety" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I was admitted to college last year",
        "my hospital appointments are on Tuesdays",
        "she drinks plenty of water, never dehydrated",
        "the ambulance service is where he used to work",
        "I go to the hospital for my eyes every six months",
    ],
)
def test_hospital_words_that_are_no_harm(said: str) -> None:
    assert "endangers_safety" not in _reasons(said)


# --- (2) a carer's own health giving way: the danger of a carer's plan ------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I manage it, but the GP has signed me off twice this year",
        "I do everything and I'm on antidepressants now",
        "I get through it but it's making me ill",
        "It all gets done, but my blood pressure is through the roof",
        "I cope. My health's gone downhill since he came home",
        "the lifting is too much, I've put my back out twice",
    ],
)
def test_a_carers_own_health_giving_way_is_a_danger_in_their_plan(said: str) -> None:
    assert "endangers_safety" in _carer_reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I've been signed off work with my knee and it takes ages",
        "I'm on antidepressants and it takes me forever to get going",
        "my back's gone so dressing takes me an hour",
    ],
)
def test_the_persons_own_health_is_no_carers_danger(said: str) -> None:
    assert "endangers_safety" not in _person_reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I do it all and I'm tired but I'm fine",
        "It takes me longer than it did, that's all",
        "the panic attacks are getting worse",
    ],
)
def test_a_carer_saying_no_health_harm_has_no_danger(said: str) -> None:
    assert "endangers_safety" not in _carer_reasons(said)


# --- (3) what goes wrong when the person is left alone: they need help -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "On his own he forgets what he went in for, or doesn't start at all",
        "She won't eat a thing unless someone sits with her",
        "When I'm not there he forgets his tablets",
        "If nobody reminds him he just sits there all day",
        "By herself she gets in a muddle with the buttons",
        "left on her own she gives up halfway through",
        "unless I remind her she never has a wash",
        "he doesn't bother with meals if no one checks",
    ],
)
def test_failing_when_alone_is_needing_help(said: str) -> None:
    assert "without_assistance" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "On my own I manage fine, it just takes ages",
        "She doesn't mind being on her own in the day",
        "when I'm not there she's fine, she rings if she needs me",
        "I like doing it by myself",
        "I forget things sometimes",
        "she stopped cooking after the stroke",
    ],
)
def test_alone_with_nothing_going_wrong_is_no_reason(said: str) -> None:
    assert "without_assistance" not in _reasons(said)


# --- (4) the days someone works, said as when help is needed, are not the person's work --------


@pytest.mark.parametrize(
    "said",
    [
        "Someone with her on the three days I'm working",
        "a sitter on the days I work",
        "lunch made for her on my work days",
        "somebody to pop in on the days she's at work and he's alone",
        "company in the evenings on the nights I'm working",
    ],
)
def test_the_days_someone_works_are_when_not_work(said: str) -> None:
    assert WORK not in _outcomes_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "Help to get back to work",
        "someone to get me to my job on Tuesdays",
        "support at work with my reading",
    ],
)
def test_the_persons_own_work_is_still_work(said: str) -> None:
    assert WORK in _outcomes_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "Someone to check on dad on my work days so I can keep my job going",
        "a sitter on the days I'm working",
    ],
)
def test_in_a_carers_own_plan_their_work_days_are_their_work(said: str) -> None:
    assert CARER_WORK in _carer_outcomes(said)


# --- (5) study and housework words --------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Getting round campus in my chair",
        "getting to lectures on time",
        "help at uni with note taking",
        "finishing my degree",
        "going to my ESOL class on Thursdays",
        "getting to sixth form",
    ],
)
def test_study_words_are_education(said: str) -> None:
    assert WORK in _outcomes_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "changing my bed",
        "Changing the sheets and the laundry",
        "making the bed in the morning",
        "the laundry",
        "someone to change the bed once a week",
    ],
)
def test_bed_changing_and_laundry_are_the_home(said: str) -> None:
    outcomes = _outcomes_of(said)
    assert HOME in outcomes
    assert CLOTHED not in outcomes


@pytest.mark.parametrize("said", ["getting dressed", "doing the washing", "my shoes and socks"])
def test_clothes_are_still_clothes(said: str) -> None:
    assert CLOTHED in _outcomes_of(said)


# --- (6) when: counts of days, every so many weeks in one word, a note's short days ------------


@pytest.mark.parametrize(
    ("said", "said_when"),
    [
        ("my daughter has him three days a week", "three days a week"),
        ("Our Lee stays over two nights a fortnight", "two nights a fortnight"),
        ("a befriender comes a couple of mornings a week", "a couple of mornings a week"),
        ("Diabetic nurse - reviews 3-monthly", "3-monthly"),
        ("District nurse - dressings 2 weekly", "2 weekly"),
        ("Niece Carla - cleaning Fri", "Fri"),
        ("Cousin Ray - visits Sun", "Sun"),
        ("Neighbour Ola - bins Mon", "Mon"),
    ],
)
def test_when_reads_counts_weeklies_and_short_days(said: str, said_when: str) -> None:
    assert text_.when(said) == said_when


@pytest.mark.parametrize(
    "said",
    [
        "Sat with me - my neighbour Jo",
        "my friend Sat down with me",
        "I waited three days for the GP",
        "her 6-weekly injection is due",
        "Dad reads the Sun",
        "Sat's my grandson",
    ],
)
def test_words_that_only_look_like_counts_or_short_days(said: str) -> None:
    assert text_.when(said) is None


# --- (7) a fixed pair saying where or when after a comma stays with the item before ------------


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("Confident on my scooter, indoors and out", ["Confident on my scooter, indoors and out"]),
        ("Someone with him, day and night", ["Someone with him, day and night"]),
        ("I walk the dog, rain or shine", ["I walk the dog, rain or shine"]),
        (
            "Feeding my cat, morning and evening, my radio",
            ["Feeding my cat, morning and evening", "my radio"],
        ),
        (
            "Cooking. Getting about on my frame, inside and out. The garden",
            ["Cooking", "Getting about on my frame, inside and out", "The garden"],
        ),
        (
            "Knows the buses. Gets around town, upstairs and down on the buses. Loves music",
            ["Knows the buses", "Gets around town, upstairs and down on the buses", "Loves music"],
        ),
        (
            "Her faith. Her grandchildren, morning and night on the phone. Her garden",
            ["Her faith", "Her grandchildren, morning and night on the phone", "Her garden"],
        ),
    ],
)
def test_where_or_when_pairs_stay_with_their_item(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("Gardening, reading, the telly", ["Gardening", "reading", "the telly"]),
        (
            "cooking, cleaning, in and out of the bath",
            ["cooking", "cleaning", "in and out of the bath"],
        ),
        ("the day centre, my nights out, my dog", ["the day centre", "my nights out", "my dog"]),
    ],
)
def test_lists_without_such_a_pair_still_split(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items
