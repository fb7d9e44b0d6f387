"""The fourth round's general causes of wrong facts about people (found on holdout3), each pinned
by several phrasings of the same thing and by phrasings that must not trigger it."""

from __future__ import annotations

from typing import Any

import pytest

from service.conversation.understand_people import mentions
from service.plan import Plan
from tests.conversation.helpers import run

BASE = {"consent": "yes", "name": "Ann Lee"}


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.name, m.relationship) for m in mentions(text)]


def _plan(**script: str) -> Any:
    _, plan, _ = run({**BASE, **script}, plan=Plan())
    return plan


# --- (1) a relationship never pairs with a name across a sentence end --------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("my dad. Priya has his number", [(None, "father"), ("Priya", None)]),
        ("my sister! Jo knows", [(None, "sister"), ("Jo", None)]),
        ("mum; Sue rings her", [(None, "mother"), ("Sue", None)]),
        ("my son\nDave has the details", [(None, "son"), ("Dave", None)]),
        ("ring my brother? Kelly will know", [(None, "brother"), ("Kelly", None)]),
        ("my friend from church. Mary, Jim", [(None, "friend"), ("Mary", None), ("Jim", None)]),
        ("Priya. my key worker", [("Priya", None), (None, "key worker")]),
    ],
)
def test_a_relationship_and_a_name_do_not_pair_across_a_sentence_end(
    said: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _who(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("my dad, Frank", [("Frank", "father")]),
        ("Dr. Shah", [("Dr Shah", "doctor")]),
        ("Mrs. Patel next door", [("Mrs Patel", "neighbour")]),
        ("my GP Dr. Ahmed", [("Dr Ahmed", "GP")]),
        ("Dr Ahmed, my GP", [("Dr Ahmed", "GP")]),
        ("my daughter Mary & Jim next door", [("Mary", "daughter"), ("Jim", "neighbour")]),
    ],
)
def test_names_still_pair_within_a_sentence_and_a_title_stop_is_not_an_end(
    said: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _who(said) == expected


@pytest.mark.parametrize(
    ("network", "said"),
    [
        ("my dad Frank", "my dad. Priya has his number"),
        ("my dad Frank", "my dad. Priya's got his number"),
        ("my dad Frank", "Dad. Priya keeps his mobile number"),
        ("my sister Jo", "my sister; the staff have her number"),
        ("my son Raj", "Raj. Priya knows his number"),
        ("my son Raj", "my son! Priya has got his phone number"),
    ],
)
def test_the_emergency_contact_is_the_relative_not_whoever_holds_the_number(
    network: str, said: str
) -> None:
    plan = _plan(helper="Priya my key worker", network=network, emergency_contacts=said)
    contacts = [(c.name, c.relationship) for c in plan.contingency.emergency_contacts]
    assert contacts == [(plan.network[0].name, plan.network[0].relationship)]


def test_one_slip_no_longer_makes_a_second_father_for_every_later_answer() -> None:
    script = {"helper": "Priya my key worker", "network": "my dad Frank, Stacey"}
    script |= {"emergency_contacts": "my dad. Priya has his number", "involve_others": "my dad"}
    script |= {"copies": "dad and Priya"}
    plan = _plan(**script)
    assert [p.name for p in plan.involvement.people] == ["Priya", "Frank"]
    assert [c.name for c in plan.copies] == ["Frank", "Priya"]


@pytest.mark.parametrize(
    "said",
    ["Priya has my number", "Priya 07700 900111", "my dad and Priya", "Priya, she has a key"],
)
def test_someone_with_their_own_details_is_still_a_contact(said: str) -> None:
    plan = _plan(helper="Priya my key worker", network="my dad Frank", emergency_contacts=said)
    assert "Priya" in [c.name for c in plan.contingency.emergency_contacts]


def test_a_phone_number_belongs_to_the_person_just_before_it() -> None:
    plan = _plan(network="my dad Frank", emergency_contacts="my dad\nPriya 07700 900111")
    phones = {c.name: c.phone for c in plan.contingency.emergency_contacts}
    assert phones == {"Frank": None, "Priya": "07700 900111"}


# --- (3) network details: who someone is, said by where the person knows them from ------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("a lad from day centre called Marcus", "Marcus"),
        ("a girl I know from church, Shona", "Shona"),
        ("a bloke called Steve from the pub", "Steve"),
        ("Marcus, a lad from the day centre", "Marcus"),
        ("someone from my old school, Aisha", "Aisha"),
        ("a fella I met at the pub called jim", "Jim"),
        ("a lady from the bowls club named Edna", "Edna"),
        ("my friend from church called Shona", "Shona"),
        ("my mate Dave", "Dave"),
    ],
)
def test_someone_known_from_a_social_place_is_a_friend(said: str, name: str) -> None:
    assert _who(said) == [(name, "friend")]


@pytest.mark.parametrize(
    "said",
    [
        "a man from the council called Dave",
        "a woman from the job centre called Sue",
        "a lady from church called Mrs Hill",
        "a lad called Tom",
        "a nurse from the surgery called Jo",
    ],
)
def test_someone_from_a_service_or_without_a_place_is_not_made_a_friend(said: str) -> None:
    assert all(rel != "friend" for _, rel in _who(said))


def test_a_described_friend_in_a_list_is_their_own_entry_with_no_leftover_help() -> None:
    plan = _plan(network="my dad Frank, Stacey, and a lad from day centre called Marcus")
    got = [(p.name, p.relationship, p.helps_with) for p in plan.network]
    assert got == [("Frank", "father", None), ("Stacey", None, None), ("Marcus", "friend", None)]


# --- both parents said together are one entry -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "mum and dad",
        "his mum and dad",
        "my mum & dad",
        "Mam and Dad",
        "her parents",
        "my mother and father",
        "mum n dad",
    ],
)
def test_both_parents_together_are_one_entry(said: str) -> None:
    assert [rel for _, rel in _who(said)] == ["parents"]


def test_parents_as_the_carer_and_in_the_network() -> None:
    plan = _plan(has_carer="mum and dad", network="His mum and dad have him at weekends")
    assert [(c.name, c.relationship) for c in plan.carers] == [("mum and dad", "parents")]
    assert [(p.relationship, p.when) for p in plan.network] == [("parents", "at weekends")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("my mum and my dad", ["mother", "father"]),
        ("my mum Grace and Jim next door", ["mother", "neighbour"]),
        ("my dad", ["father"]),
    ],
)
def test_parents_said_apart_stay_apart(said: str, expected: list[str]) -> None:
    assert [rel for _, rel in _who(said)] == expected


# --- (2) the preferred name, said after a full stop or in a phrase ----------------------------


def _names(said: str) -> tuple[str | None, str | None]:
    plan = _plan(name=said)
    return plan.person.name, plan.person.preferred_name


@pytest.mark.parametrize(
    ("said", "name", "preferred"),
    [
        ("Kevin Doyle. Kev", "Kevin Doyle", "Kev"),
        ("Joan Barker. Mrs Barker to the doctor but Joan's fine", "Joan Barker", "Joan"),
        ("Robert Smith, Bob to my mates", "Robert Smith", "Bob"),
        ("Patricia \u2014 Pat", "Patricia", "Pat"),
        ("Patricia - Pat", "Patricia", "Pat"),
        ("Margaret Jones, Peggy to my friends", "Margaret Jones", "Peggy"),
        ("Susan Smith - Sue is fine", "Susan Smith", "Sue"),
        ("James O'Neill. Jim.", "James O'Neill", "Jim"),
        ("I'm William Brown. Bill", "William Brown", "Bill"),
        ("Elizabeth Taylor, Betty for short", "Elizabeth Taylor", "Betty"),
        ("Harold Price. Harry to everyone", "Harold Price", "Harry"),
        ("Edith Cole, Edie please", "Edith Cole", "Edie"),
        ("Mohammed Iqbal. Mr Iqbal is fine", "Mohammed Iqbal", "Mr Iqbal"),
        ("Mr. Desmond Clarke (Des)", "Mr Desmond Clarke", "Des"),
    ],
)
def test_the_preferred_name_after_a_full_stop_or_in_a_phrase(
    said: str, name: str, preferred: str
) -> None:
    assert _names(said) == (name, preferred)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Sarah Sharma, Ms", "Sarah Sharma"),
        ("Tom Reilly. Thanks", "Tom Reilly"),
        ("John Smith. Yes", "John Smith"),
        ("Mary Jones, Rochdale", "Mary Jones"),
        ("Ann Lee. Here", "Ann Lee"),
        ("Joan Barker, Joan", "Joan Barker"),
        ("Mary Jones. Mum to the kids", "Mary Jones"),
        ("Mr. Harris", "Mr Harris"),
        ("Joan Barker. Mrs Barker to the doctor", "Joan Barker"),
    ],
)
def test_ordinary_words_places_and_titles_are_not_preferred_names(said: str, name: str) -> None:
    assert _names(said) == (name, None)


# --- (3, 4) network: when is kept from the whole sentence; help only when it says help --------


def _network(said: str, **script: str) -> list[tuple[Any, ...]]:
    plan = _plan(network=said, **script)
    return [(p.name, p.helps_with, p.when) for p in plan.network]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "just Paul really, he comes most evenings after work",
            [("Paul", None, "most evenings after work")],
        ),
        ("my son Raj, he pops round every Sunday", [("Raj", "pops round", "every Sunday")]),
        ("Mary, she's here most days", [("Mary", None, "most days")]),
        (
            "Bill from over the way, he calls in twice a week",
            [("Bill", "calls in", "twice a week")],
        ),
        ("Jane rings me on Sundays, she lives miles away", [("Jane", "rings me", "on Sundays")]),
    ],
)
def test_when_said_in_a_pronoun_clause_is_kept_within_the_sentence(
    said: str, expected: list[tuple[Any, ...]]
) -> None:
    assert _network(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("My partner Dami when he's home at weekends", [("Dami", None, "at weekends")]),
        ("my gran Pat, I ring her every Sunday", [("Pat", None, "every Sunday")]),
        ("my brother Sam if he's not working", [("Sam", None, None)]),
        (
            "Stacey, and a lad from day centre called Marcus",
            [("Stacey", None, None), ("Marcus", None, None)],
        ),
        ("my sister Jo is my rock", [("Jo", None, None)]),
        ("my mate Dave while his wife's away", [("Dave", None, None)]),
        ("my son Gary really", [("Gary", None, None)]),
        ("my auntie Pam, I see her at church", [("Pam", None, None)]),
    ],
)
def test_leftover_words_that_do_not_say_help_are_not_what_someone_helps_with(
    said: str, expected: list[tuple[Any, ...]]
) -> None:
    assert _network(said) == expected


@pytest.mark.parametrize(
    ("said", "helps"),
    [
        ("my daughter Mary does my shopping", "does my shopping"),
        ("The neighbours keep an eye", "keep an eye"),
        ("His mum and dad have him at weekends", "have him"),
        ("my friend Asha pops in twice a week", "pops in"),
        ("Janelle visits at weekends", "visits"),
        ("my son Keith usually takes me to the club", "takes me to the club"),
        ("my niece Lou carries the shopping up", "carries the shopping up"),
    ],
)
def test_help_said_with_a_verb_is_still_recorded(said: str, helps: str) -> None:
    assert _network(said)[0][1] == helps


# --- (3) a relationship said in an earlier answer is carried to the network -------------------


@pytest.mark.parametrize(
    ("earlier", "network", "expected"),
    [
        ({"what_matters": "football, my Xbox, my girlfriend Stacey"}, "Stacey", "girlfriend"),
        ({"good_day": "going to the match with my dad Frank"}, "Frank and Sue", "father"),
        ({"bad_day": "when my sister Jo can't come"}, "Jo does my shopping", "sister"),
        ({"wellbeing": "I miss my brother Kev since he moved"}, "Kev rings me", "brother"),
        ({"outcomes": "to see my grandson Leo more"}, "Leo visits at weekends", "grandson"),
        ({"what_matters": "my dog and my best friend Shona"}, "Shona, most days", "friend"),
    ],
)
def test_a_relationship_said_earlier_is_carried_to_the_network(
    earlier: dict[str, str], network: str, expected: str | None
) -> None:
    plan = _plan(network=network, **earlier)
    assert plan.network[0].relationship == expected


def test_an_unnamed_relative_takes_the_name_said_earlier() -> None:
    plan = _plan(good_day="watching the match with my dad Frank", network="my dad")
    assert [(p.name, p.relationship) for p in plan.network] == [("Frank", "father")]


@pytest.mark.parametrize(
    "earlier",
    [
        {"what_matters": "my sister Pat", "good_day": "when my friend Pat comes"},  # two kinds
        {"what_matters": "Stacey and football"},  # no relationship said
        {"communication": "my girlfriend Stacey helps me talk"},  # not the person's own words
    ],
)
def test_nothing_is_carried_when_earlier_words_do_not_say_one_relationship(
    earlier: dict[str, str],
) -> None:
    plan = _plan(network="Stacey and Pat", **earlier)
    assert [p.relationship for p in plan.network] == [None, None]


@pytest.mark.parametrize(
    ("network", "later", "expected"),
    [
        ("my GP Dr Ahmed checks on me", "Dr Ahmed", "GP"),
        ("Dr Shah my consultant", "my son and Dr Shah", "consultant"),
        ("Dr. Okoro, my psychiatrist", "Dr Okoro", "psychiatrist"),
        ("my daughter Sue", "Dr Ahmed", "doctor"),  # nothing more exact is known: a doctor
    ],
)
def test_a_named_doctor_takes_the_exact_role_recorded_for_them(
    network: str, later: str, expected: str
) -> None:
    plan = _plan(network=network, involve_others=later)
    doctors = [p.relationship for p in plan.involvement.people if (p.name or "").startswith("Dr")]
    assert doctors == [expected]


# --- people joined by "and" share what is said after them; one name is one entry -------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Her dad Karim and her brother Imran help at weekends",
         [("Karim", None, "at weekends"), ("Imran", None, "at weekends")]),
        ("Mary and Jane do my shopping on Fridays",
         [("Mary", "do my shopping", "on Fridays"), ("Jane", "do my shopping", "on Fridays")]),
        ("my son Dave & my daughter Sue pop in most days",
         [("Dave", "pop in", "most days"), ("Sue", "pop in", "most days")]),
        ("Tom n Lucy take me to church every Sunday",
         [("Tom", "take me to church", "every Sunday"), ("Lucy", "take me to church", "every Sunday")]),
        ("my niece Amy and her husband Rob visit twice a week",
         [("Amy", None, "twice a week"), ("Rob", None, "twice a week")]),
    ],
)  # fmt: skip
def test_people_joined_by_and_share_what_follows(said: str, expected: list[Any]) -> None:
    assert _network(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Wife Marcia, daughter Janelle visits at weekends",
         [("Marcia", None, None), ("Janelle", "visits", "at weekends")]),
        ("Mary does my tea. Jane rings me on Sundays",
         [("Mary", "does my tea", None), ("Jane", "rings me", "on Sundays")]),
        ("my sister Jo and my mate Kev, he drives me to bowls",
         [("Jo", None, None), ("Kev", None, None)]),
    ],
)  # fmt: skip
def test_people_not_joined_by_and_keep_their_own_words(said: str, expected: list[Any]) -> None:
    assert _network(said) == expected


def test_a_name_said_twice_in_one_answer_is_one_entry() -> None:
    assert _network("Mary and Jane. Jane rings me on Sundays") == [
        ("Mary", None, None),
        ("Jane", "rings me", "on Sundays"),
    ]


def test_the_cared_for_person_keeps_their_relationship_in_a_carers_plan() -> None:
    script = {**BASE, "name": "John Clarke", "cared_for": "my wife Yvonne", "copies": "Yvonne"}
    _, plan, _ = run(script, plan=Plan(plan_type="carer_support"), audience="carer")
    assert [(c.name, c.role) for c in plan.copies if c.name == "Yvonne"] == [("Yvonne", "family")]
