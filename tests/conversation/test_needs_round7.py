"""The seventh round's general causes of wrong needs and unable reasons (found on holdout6, and
seen in holdout4 and holdout5 too): needs written as a list of sentences split inside a sentence
("Washing and showering", "Dressing, especially buttons", "Evenings: undressing and into bed,
about 9.30", "meals - needs food cut up"), a sentence that explains the need before it ("A break.
I haven't had a night off in years") made a need of its own, "honestly I need someone to ..."
kept as the need's words, and times, fear and drowning or going over not read as reasons."""

from __future__ import annotations

import pytest

from service.conversation import understand_text as text_
from service.conversation.extract_needs import _NEED_LEAD, _phrases, _risk_items, _unable_reasons
from service.plan import Plan
from tests.conversation.helpers import run


def _reasons(said: str) -> list[str]:
    return [key for _, key, _ in _unable_reasons(said)]


# --- (1) a list of sentences: each sentence is one need ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Washing and showering",
        "Bathing and getting my hair done",
        "Dressing, especially buttons and zips",
        "Dressing, specially the socks",
        "The stairs to the loo, mainly at night",
        "His insulin, twice a day, with food",
        "Her tablets, four times a day, on time",
        "Mornings: getting up and dressed, about 7",
        "Getting to the match - buses and ramps",
        "getting dressed - can no longer do zips or laces",
        "meals - needs them cut up and someone watching",
        "transfers and walking indoors, including the stairs",
        "Getting up from the settee, the toilet and the bed when she's bad",
        "Shopping and that",
    ],
)
def test_a_sentence_of_a_sentence_list_is_one_need(said: str) -> None:
    assert _phrases(f"Cooking. {said}. Cleaning the house") == [
        "Cooking",
        said,
        "Cleaning the house",
    ]
    assert _phrases(f"cooking; {said}; cleaning the house") == [
        "cooking",
        said,
        "cleaning the house",
    ]


def test_a_time_with_a_point_is_no_sentence_end() -> None:
    assert _phrases("Breakfast. Bed, about 9.30. Cleaning") == [
        "Breakfast",
        "Bed, about 9.30",
        "Cleaning",
    ]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # a sentence that is itself a list of short tasks stays a list
        ("Cooking. Washing, dressing, meals. The bins", ["Cooking", "Washing", "dressing", "meals", "The bins"]),
        ("Cooking. Cleaning, shopping. Getting out", ["Cooking", "Cleaning", "shopping", "Getting out"]),
        ("bathing, stairs, getting to the temple. cooking. money", ["bathing", "stairs", "getting to the temple", "cooking", "money"]),
        # fewer than three sentences: read as a list, as before
        ("Washing and dressing, shopping and cooking", ["Washing and dressing", "shopping", "cooking"]),
    ],
)  # fmt: skip
def test_a_list_in_a_sentence_list_is_still_a_list(said: str, items: list[str]) -> None:
    assert _phrases(said) == items


# --- (2) a sentence that explains the need before it is part of it ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I have not had one night off in two years",
        "I haven't had a day to myself since Easter",
        "He has not been out of the house in weeks",
        "She hasn't been washed properly for a month",
        "I've not had a proper break since he came home",
        "We have never had any time on our own",
    ],
)
def test_a_sentence_saying_what_has_not_happened_explains_the_need(said: str) -> None:
    assert _phrases(f"A break. {said}. Help with forms. Shopping") == [
        f"A break. {said}",
        "Help with forms",
        "Shopping",
    ]


def test_a_new_need_after_a_sentence_is_still_a_need() -> None:
    assert _phrases("A break. I need help with the forms. Shopping") == [
        "A break",
        "I need help with the forms",
        "Shopping",
    ]


# --- (3) "honestly I need someone to ...": the need is what follows --------------------------


@pytest.mark.parametrize(
    ("said", "need"),
    [
        ("And honestly I need someone to talk to", "someone to talk to"),
        ("I really need a break now and then", "a break now and then"),
        ("honestly i need somebody to sit with him", "somebody to sit with him"),
        ("We'd like someone to help with the garden", "We'd like someone to help with the garden"),
        ("and I need some time for me", "some time for me"),
        ("I would like a bath once a week", "a bath once a week"),
        ("But we need someone at night", "someone at night"),
    ],
)
def test_i_need_before_what_is_needed_is_not_the_need(said: str, need: str) -> None:
    assert _NEED_LEAD.sub("", said).strip() == need


@pytest.mark.parametrize(
    "said", ["I need to get out more", "I need my tablets sorting", "I want to stay at home"]
)
def test_i_need_before_a_verb_or_a_thing_of_theirs_stays(said: str) -> None:
    assert _NEED_LEAD.sub("", said) == said


# --- (4) unable reasons: half an hour and more in words, fear, drowning, choking, going over ---


@pytest.mark.parametrize(
    "said",
    [
        "I can make a sandwich but it takes me forty minutes",
        "dressing takes her forty-five mins",
        "it takes me that long to get up the stairs I've been caught short",
        "takes him thirty minutes just to get his socks on",
        "getting washed takes me an age",
        "it took me fifty odd minutes to walk to the shop",
    ],
)
def test_a_long_time_in_words_is_significantly_longer(said: str) -> None:
    assert "significantly_longer" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "being left on the bus at the depot was frightening",
        "I daren't get in the bath",
        "the stairs are scary now",
        "i darent go out on my own",
        "crowds terrify me",
        "she's petrified of the shower",
        "it scares me going out after dark",
    ],
)
def test_fear_is_distress(said: str) -> None:
    assert "pain_distress_anxiety" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "if i have a fit in the bath i could drown",
        "he chokes on anything chewy",
        "she nearly choked on a biscuit last week",
        "choking risk at every meal",
        "I keep going over on the stairs",
        "he's fallen over twice in the kitchen",
        "frightened of going over again",
    ],
)
def test_drowning_choking_and_going_over_endanger_safety(said: str) -> None:
    assert "endangers_safety" in _reasons(said)


@pytest.mark.parametrize(
    ("said", "not_reason"),
    [
        ("it takes me ten minutes", "significantly_longer"),
        ("takes twenty minutes on the bus", "significantly_longer"),
        ("I go over the letters with my daughter", "endangers_safety"),
        ("we talked it over", "endangers_safety"),
        ("I'm not scared of the bath", "pain_distress_anxiety"),
    ],
)
def test_no_reason_where_the_words_give_none(said: str, not_reason: str) -> None:
    assert not_reason not in _reasons(said)


# --- (5) lists of text (what matters) written as sentences or numbered items -----------------


@pytest.mark.parametrize(
    ("said", "items"),
    [
        (
            "My husband, Ray. The chapel, when my legs let me. My cat Smudge. Crosswords",
            ["My husband, Ray", "The chapel, when my legs let me", "My cat Smudge", "Crosswords"],
        ),
        (
            "Fishing and the allotment. Our Kev and the grandkids. Keeping my independence - it's all I've got",
            ["Fishing and the allotment", "Our Kev and the grandkids", "Keeping my independence - it's all I've got"],
        ),
        (
            "Me, she says. Her radio and her jigsaws. The church, St Mary's. Her garden",
            ["Me, she says", "Her radio and her jigsaws", "The church, St Mary's", "Her garden"],
        ),
        (
            "1) my kids 2) my job 3) my mum, Pat 4) footy - season ticket, never miss a game",
            ["my kids", "my job", "my mum, Pat", "footy - season ticket, never miss a game"],
        ),
        (
            "1. Music 2. My friends at college 3. Going swimming on Fridays",
            ["Music", "My friends at college", "Going swimming on Fridays"],
        ),
        (
            "her husband, Stan, married 60 years; her faith - mass on Sundays; knitting; staying home",
            ["her husband, Stan, married 60 years", "her faith - mass on Sundays", "knitting", "staying home"],
        ),
        (
            "my dog. tv n my phone. seeing my mates",
            ["my dog", "tv n my phone", "seeing my mates"],
        ),
    ],
)  # fmt: skip
def test_a_list_of_sentences_is_one_item_a_sentence(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # a sentence that is itself a list of short items stays a list
        ("Gardening, reading, the telly. My dog. Church", ["Gardening", "reading", "the telly", "My dog", "Church"]),
        ("The dog, the cat and the birds. Bingo. My son", ["The dog", "the cat", "the birds", "Bingo", "My son"]),
        # a colon opens a list, as before
        ("He was clear. What he wants: to stay home, to keep the dog, and to see his son. Nothing else",
         ["He was clear", "What he wants: to stay home", "to keep the dog", "to see his son", "Nothing else"]),
        # fewer than three sentences: one list, as before
        ("My garden, my church and my family", ["My garden", "my church", "my family"]),
        ("Bingo, the pub. My grandson", ["Bingo", "the pub", "My grandson"]),
        # a time's point is no sentence end
        ("tea at 4.30, the news", ["tea at 4.30", "the news"]),
    ],
)  # fmt: skip
def test_a_list_inside_a_sentence_list_is_still_split(said: str, items: list[str]) -> None:
    assert text_.split_list(said) == items


# --- (6) when: short days, "of a Sunday", every other, every 2 weeks, monthly, holidays -------


@pytest.mark.parametrize(
    ("said", "said_when"),
    [
        ("my brother rings of a Sunday", "of a Sunday"),
        ("Our Gemma pops round of a Friday night", "of a Friday night"),
        ("dad takes me to town on sat", "on sat"),
        ("becca comes tues n thurs", "tues n thurs"),
        ("Jo does my hair mon and weds", "mon and weds"),
        ("my son has her every other Saturday", "every other Saturday"),
        ("Ken takes me to the club alternate Fridays", "alternate Fridays"),
        ("Sue comes Tuesday and Friday evenings", "Tuesday and Friday evenings"),
        ("the social worker sees me every 2 weeks", "every 2 weeks"),
        ("my nephew visits every couple of weeks", "every couple of weeks"),
        ("the CPN is meant to come fortnightly", "fortnightly"),
        ("Father Joe visits monthly", "monthly"),
        ("my cousin phones at Christmas", "at Christmas"),
        ("the vicar pops in now and then", "now and then"),
        ("Our Kath calls in every now and again", "every now and again"),
        ("my husband is with me all day every day", "all day every day"),
        ("the neighbours pop in from time to time", "from time to time"),
    ],
)
def test_when_is_read_from_everyday_words(said: str, said_when: str) -> None:
    assert text_.when(said) == said_when


@pytest.mark.parametrize(
    "said",
    [
        "I sat with him in the garden",
        "she likes to sit in the sun",
        "Mary does my weekly shop",
        "the monthly injection is at the surgery",
        "he got wed last year",
        "she comes to help me",
    ],
)
def test_words_that_only_look_like_a_when(said: str) -> None:
    assert text_.when(said) is None


# --- (7) what a direct payment is for: a cleaner, respite, a place both name -----------------


def _paid_for(needs: str, what_for: str, carer: bool = False) -> list[str]:
    script = {"consent": "yes", "name": "Ann Lee", "needs": needs, "management": "a direct payment"}
    script["dp_what_for"] = what_for
    plan_type = "carer_support" if carer else "care_and_support"
    _, plan, _ = run(
        script, plan=Plan(plan_type=plan_type), audience="carer" if carer else "person"
    )
    assert plan.direct_payment is not None
    by_id = {n.id: n.description for n in plan.needs}
    return [by_id[i] for i in plan.direct_payment.need_ids]


@pytest.mark.parametrize(
    ("needs", "what_for", "paid"),
    [
        ("Cleaning the house. Breakfast. Getting out", "a cleaner 3 hours a week", ["Cleaning the house"]),
        ("hoovering, my feet", "pay a cleaner on Mondays", ["hoovering"]),
        ("Housework. Meals. Getting out", "a cleaner once a fortnight", ["Housework"]),
        ("getting to Mass and the doctor's. Washing. Meals", "a PA to take her to Mass", ["getting to Mass and the doctor's"]),
        ("Shopping at Tesco. Cooking. Bathing", "someone to go with me to Tesco", ["Shopping at Tesco"]),
        ("Going to the Deaf club. Letters. Bills", "an interpreter at the Deaf club", ["Going to the Deaf club"]),
    ],
)  # fmt: skip
def test_what_a_payment_is_for_names_its_need(needs: str, what_for: str, paid: list[str]) -> None:
    assert _paid_for(needs, what_for) == paid


@pytest.mark.parametrize(
    "what_for",
    [
        "a few nights' respite",
        "respite care twice a year",
        "a sitting service so I get a night off",
    ],
)
def test_respite_is_a_carers_break(what_for: str) -> None:
    assert _paid_for("A break from caring. Help with forms", what_for, carer=True) == [
        "A break from caring"
    ]


@pytest.mark.parametrize(
    ("needs", "what_for", "unpaid"),
    [
        ("lifting and bathing Leo. Cooking. Shopping", "a PA to help with Leo", "lifting and bathing Leo"),
        ("taking Maria to school. Cooking. Shopping", "a PA, and I'd take Maria to Tesco", "taking Maria to school"),
    ],
)  # fmt: skip
def test_a_persons_name_is_no_place(needs: str, what_for: str, unpaid: str) -> None:
    assert unpaid not in _paid_for(needs, what_for)


# --- (8) outcomes named in other everyday words ------------------------------------------------

HOME_SAFELY = "using_the_home_safely"
TOILET = "managing_toilet_needs"
COMMUNITY = "making_use_of_necessary_facilities_in_the_community"


def _outcomes_of(said: str) -> list[str]:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "needs": said}, plan=Plan())
    return [o.value for o in plan.needs[0].eligibility_outcomes or []]


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("Getting to the match on trains", COMMUNITY),
        ("going on the train to see my sister", COMMUNITY),
        ("going places i dont know", COMMUNITY),
        ("new places on my own", COMMUNITY),
        ("Turning over in bed at night", HOME_SAFELY),
        ("the only loo is upstairs", HOME_SAFELY),
        ("someone with her in the evenings, she wanders", HOME_SAFELY),
        ("getting to the loo in time", TOILET),
        ("I get caught short before I reach the lav", TOILET),
    ],
)
def test_an_outcome_said_in_everyday_words(said: str, outcome: str) -> None:
    assert outcome in _outcomes_of(said)


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        ("I want to train as a nurse", COMMUNITY),
        ("Toilet training the twins", HOME_SAFELY),
        ("her mind wanders when she reads", TOILET),
    ],
)
def test_words_that_name_no_such_outcome(said: str, outcome: str) -> None:
    assert outcome not in _outcomes_of(said)


# --- (9) three or more money and paperwork words joined by "and" are one need ----------------


@pytest.mark.parametrize(
    "said",
    [
        "Opening my post and sorting out the bills and the debts",
        "letters and bills and the rent",
        "his money and the arrears and the benefits",
        "forms n letters n bills",
        "the budgeting and paying the bills and the council tax",
    ],
)
def test_money_and_paperwork_joined_by_and_is_one_need(said: str) -> None:
    assert text_.split_list(f"{said}, cooking") == [said, "cooking"]


def test_other_tasks_joined_by_and_still_split() -> None:
    assert text_.split_list("bills and cooking and post") == ["bills", "cooking", "post"]


# --- (10) a risk, a semicolon, then what happened: one risk ----------------------------------


@pytest.mark.parametrize(
    ("risk", "happened"),
    [
        ("Falls when drunk", "fell in the kitchen last month"),
        ("Choking", "nearly choked on toast in May"),
        ("Scams", "was taken for £400 by a phone caller"),
        ("Wandering at night", "found by police in March"),
        ("Fire", "had a chip pan fire in 2023"),
        ("Self-harm", "happened twice this year"),
    ],
)
def test_what_happened_after_a_semicolon_is_the_same_risk(risk: str, happened: str) -> None:
    assert _risk_items(f"Pressure sores. {risk}; {happened}. Isolation") == [
        "Pressure sores",
        f"{risk}; {happened}",
        "Isolation",
    ]


def test_risks_between_semicolons_are_still_risks() -> None:
    assert _risk_items("falls; choking; scams; fire") == ["falls", "choking", "scams", "fire"]
