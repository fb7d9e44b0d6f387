"""The eleventh round's general causes of wrong facts in the people and contact sections (found
on holdout10), each pinned by answers of my own, in several voices and wordings, with near
answers that must not trigger."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conversation.helpers import contacts_of as _contacts
from tests.conversation.helpers import copies_of as _copies
from tests.conversation.helpers import people_plan as _plan
from tests.conversation.helpers import who_of as _who


def _names(said: str) -> tuple[str | None, str | None]:
    person = _plan({"name": said}).person
    return person.name, person.preferred_name


def _involved(said: str, question: str = "helper", **earlier: str) -> list[tuple[Any, ...]]:
    plan = _plan({**earlier, question: said})
    return [(p.name, p.relationship) for p in plan.involvement.people]


# --- (1) the name used, said after the full name as "it's", what they like, "her name is" ------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("william hartley but its Liam", ("William Hartley", "Liam")),
        ("Katherine Jones but it's Kate", ("Katherine Jones", "Kate")),
        ("robert mills, but its Bob really", ("Robert Mills", "Bob")),
        ("Amber-Louise Hart. She likes Amber", ("Amber-Louise Hart", "Amber")),
        ("Jennifer Walsh - she likes Jen best", ("Jennifer Walsh", "Jen")),
        ("Her name's Doreen Platt, she likes Dot", ("Doreen Platt", "Dot")),
        ("His name is Shahed Ahmed Malik, everyone calls him Babu", ("Shahed Ahmed Malik", "Babu")),
        ("Their name is Alex Green", ("Alex Green", None)),
    ],
)
def test_the_name_used_after_the_full_name(said: str, names: tuple[str, str | None]) -> None:
    assert _names(said) == names


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Margaret Ellis. She likes Coronation Street", ("Margaret Ellis", None)),
        ("Tom Reid but it's fine", ("Tom Reid", None)),
        ("Peter Hall, but its complicated", ("Peter Hall", None)),
        ("Alan Birch, he likes Alan", ("Alan Birch", None)),
        # a name only one person uses is not the one used
        ("william hartley. only the hospital calls me william", ("William Hartley", None)),
        ("Daniel Moss. only my mum calls me Danny", ("Daniel Moss", None)),
    ],
)
def test_no_name_used_from_near_words(said: str, names: tuple[str, str | None]) -> None:
    assert _names(said) == names


# --- (2) a name alone in brackets closing an unnamed relative's clause is theirs ----------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("mum is here (Tracey). shes making me do it lol", ("Tracey", "mother")),
        ("my son is with me (Dan)", ("Dan", "son")),
        ("my husband is helping (Geoff)", ("Geoff", "husband")),
        ("dad is sat with me (Gary)", ("Gary", "father")),
        ("my daughter types it for me (Kelly)", ("Kelly", "daughter")),
    ],
)
def test_a_bracketed_name_after_a_relatives_clause(said: str, who: tuple[str, str]) -> None:
    assert _involved(said) == [who]


def test_a_bracketed_name_after_a_list_is_the_last_ones() -> None:
    assert ("Jo", "sister") in _involved("my mum and my sister (Jo)")
    assert ("Tracey", "mother") not in _involved("my mum and my sister (Tracey)")


def test_bracketed_days_are_no_name() -> None:
    assert _involved("my daughter helps (Mon and Wed)") == [("my daughter", "daughter")]


# --- (3) a former partner, and an ordinary word in capitals, said among contacts ---------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Phil (ex husband) 07700 900315", ("Phil", "ex-husband", "07700 900315")),
        ("my ex wife Julie 07700 900111", ("Julie", "ex-wife", "07700 900111")),
        ("Sam, my ex partner, 07700 900222", ("Sam", "ex-partner", "07700 900222")),
    ],
)
def test_a_former_partner_is_who_they_are(said: str, who: tuple[str, str, str]) -> None:
    assert who in _contacts(said)


@pytest.mark.parametrize(
    "said",
    [
        "Kerry Walsh friend 07700 900314 TEXT only",
        "Kerry Walsh friend 07700 900314, NEVER after 9",
        "Kerry Walsh friend 07700 900314 PLEASE text",
        "Kerry Walsh friend 07700 900314 EMAIL is better",
        "Kerry Walsh friend 07700 900314 ALWAYS text first",
    ],
)
def test_an_ordinary_word_in_capitals_is_no_contact(said: str) -> None:
    assert [c[0] for c in _contacts(said)] == ["Kerry Walsh"]


def test_a_name_in_capitals_is_still_a_name() -> None:
    assert ("Thomas RIDLEY", None) in _who("Thomas RIDLEY")


# --- (4) a relative said bare as who says or does what follows names no one before them --------


@pytest.mark.parametrize(
    "said",
    [
        "funny (mum says)",
        "Funny (mum says)",
        "im strong. kind (dad says)",
        "money is crap, on esa and pip, mum does it now",
        "the bills and rent, dad sorts it",
    ],
)
def test_an_aside_speaker_takes_no_name_before(said: str) -> None:
    assert all(rel is None or name is None for name, rel in _who(said))


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Mary (my daughter) says hi", ("Mary", "daughter")),
        ("Sue, my sister, helps", ("Sue", "sister")),
        ("Beryl (neighbour)", ("Beryl", "neighbour")),
        ("Kevin, dad, comes Sundays", ("Kevin", "father")),
        ("renee (my niece)", ("Renee", "niece")),
    ],
)
def test_a_name_before_a_relative_is_still_theirs(said: str, who: tuple[str, str]) -> None:
    assert who in _who(said)


def test_the_name_a_mother_was_given_earlier_is_hers_later() -> None:
    earlier = {"helper": "mum is here (Tracey)", "involve_others": "Jo the case manager"}
    said = _plan({**earlier, "emergency_contacts": "mum 07700 900218"})
    assert [(c.name, c.relationship) for c in said.contingency.emergency_contacts] == [
        ("Tracey", "mother")
    ]


# --- (5) a name said next that the plan holds for someone else is not the relative's -----------


@pytest.mark.parametrize(
    ("earlier", "said", "who"),
    [
        ({"involve_others": "Jo the case manager"}, "mum. Jo.", ("Jo", "professional")),
        ({"involve_others": "my friend Kim"}, "my sister. Kim", ("Kim", "friend")),
        ({"involve_others": "Sharon the nurse"}, "my son. Sharon", ("Sharon", "professional")),
        ({"emergency_contacts": "Dev next door 07700 900248"}, "my dad. Dev", ("Dev", None)),
        ({"involve_others": "Pat my neighbour"}, "his nan. Pat", ("Pat", None)),
    ],
)
def test_a_known_name_after_a_relative_is_someone_else(
    earlier: dict[str, str], said: str, who: tuple[str, str | None]
) -> None:
    copies = _copies(said, **earlier)
    assert len(copies) == 2
    assert who[0] in [c[0] for c in copies]


def test_a_new_name_after_a_relative_is_theirs() -> None:
    assert [c[0] for c in _copies("my nan. Pauline")] == ["Pauline"]
    assert [c[0] for c in _copies("my sister. Kim", involve_others="Kim my sister")] == ["Kim"]


# --- (6) "ain't paid": a carer who is not paid can be the appropriate person ------------------


@pytest.mark.parametrize(
    "said",
    [
        "mum. she aint paid lol",
        "my sister, she isnt paid for it",
        "dad. he dont get paid",
        "my brother, nobody pays him, he's never been paid",
        "my aunt, she wasnt paid",
    ],
)
def test_unpaid_said_loosely_keeps_the_appropriate_person(said: str) -> None:
    from service.conversation.extract_contacts import _paid

    assert not _paid(said)


@pytest.mark.parametrize(
    "said",
    ["my son, hes paid by the agency", "my PA, she's paid", "Jodie, paid support worker"],
)
def test_paid_is_still_paid(said: str) -> None:
    from service.conversation.extract_contacts import _paid

    assert _paid(said)
