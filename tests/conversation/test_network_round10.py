"""The tenth round's general causes of wrong or extra facts in the network and carers sections
(found on holdout9): "carer" as the question's own word, where help takes someone ("takes her to
the GP"), a colon before what someone does, "the" someone said just after a name, a place said
after "at" or "in", the point of a number, times said in several tasks of a list, what someone
does after where they live, who someone is to the person said after who they are to the speaker,
and the end of a shift or of college as when. Each is pinned by answers of my own, in several
voices, with near answers that must not trigger."""

from __future__ import annotations

import pytest

from service.plan import Plan
from tests.conversation.helpers import (
    NETWORK_PERSON,
    network_names,
    network_rows,
    run,
)

PERSON = NETWORK_PERSON
_network, _names = network_rows, network_names


def _carers(network: str, who: str) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, "network": network, "has_carer": who}, plan=Plan())
    return [(c.name, c.relationship) for c in plan.carers]


# --- (1) "carer" in the answer to "who is your carer" is the question's word, not a person -------


@pytest.mark.parametrize(
    ("network", "who", "carers"),
    [
        ("My wife Jean does everything", "My wife. Never thought of her as my carer though",
         [("Jean", "wife")]),
        ("My son Rob does my shopping", "rob, though he'd hate being called my carer",
         [("Rob", "son")]),
        ("My son Rob does my shopping", "I have a paid carer in the mornings, but unpaid it's my son",
         [("Rob", "son")]),
        ("Husband Clive - all personal care", "Clive, though I dont like the word carer",
         [("Clive", "husband")]),
        ("My daughter Nadia cooks for me", "nadia is, she wouldnt call herself my carer",
         [("Nadia", "daughter")]),
        # a name said as "my carer": who the plan already knows them to be
        ("My wife Jean does everything", "Jean is my carer", [("Jean", "wife")]),
        ("My partner Lou helps me dress", "Lou is my main carer", [("Lou", "partner")]),
    ],
)  # fmt: skip
def test_carer_is_the_questions_word(network: str, who: str, carers: list[tuple[str, str]]) -> None:
    assert _carers(network, who) == carers


@pytest.mark.parametrize(
    ("network", "who", "carers"),
    [
        # "my carer" alone is all that is said; a carer not known otherwise stays a carer
        ("My son Rob does my shopping", "my carer", [("my carer", "carer")]),
        ("My son Rob does my shopping", "Kim my carer", [("Kim", "carer")]),
        ("My wife Jean does everything", "My wife Jean", [("Jean", "wife")]),
    ],
)  # fmt: skip
def test_carer_word_guards(network: str, who: str, carers: list[tuple[str, str]]) -> None:
    assert _carers(network, who) == carers


# --- (2) someone the help takes them to, or is for, after "her", "me", "with me" ----------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("My son drives me to the GP on Mondays", "My son", "drives me to the GP"),
        ("my sister Jo takes her to the dentist and does her hair", "Jo",
         "takes her to the dentist and does her hair"),
        ("Mum goes with me to my social worker appointments", "Mum",
         "goes with me to my social worker appointments"),
        ("Bev drives him to his brother Sam's on Sundays", "Bev", "drives him to his brother Sam's"),
        ("My husband Stu takes me to the optician when I need it", "Stu",
         "takes me to the optician when I need it"),
        ("Daughter-in-law Priya - takes pt to the podiatrist", "Priya",
         "takes pt to the podiatrist"),
        ("My grandson drives me to the physio on Fridays", "My grandson", "drives me to the physio"),
        ("Sis Ann goes with me to the nurse", "Ann", "goes with me to the nurse"),
        ("Neighbour Jim takes him to the GP surgery", "Jim", "takes him to the GP surgery"),
    ],
)  # fmt: skip
def test_where_help_takes_them_is_not_a_helper(said: str, name: str, help: str) -> None:
    rows = _network(said)
    assert len(rows) == 1, rows
    assert rows[0][0] == name
    assert rows[0][2] == help


@pytest.mark.parametrize(
    ("said", "names"),
    [
        # someone who does something themselves, said after a verb not of help or after "I"
        ("My son drives me. My GP Dr Khan rings me monthly", ["My son", "Dr Khan"]),
        ("I go to my daughter Mary's for tea on Sundays", ["Mary"]),
        ("My wife takes me to church and my friend Olive sits with me", ["My wife", "Olive"]),
    ],
)  # fmt: skip
def test_where_help_takes_them_guards(said: str, names: list[str]) -> None:
    assert _names(said) == names


# --- (3) a colon after who someone is opens what they do ----------------------------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("My brother Dev, who lives with me: he cooks, does my washing, and sorts my bills.",
         "Dev", "cooks, does my washing, and sorts my bills"),
        ("My aunt Rita, who lives upstairs: she makes my breakfast and brings the post", "Rita",
         "makes my breakfast and brings the post"),
        ("Gran (lives two doors down): she does my ironing and gets my prescriptions", "Gran",
         "does my ironing and gets my prescriptions"),
        ("my son Kyle who i live with: he sorts my meds n cooks", "Kyle", "sorts my meds n cooks"),
        ("Neighbour Ahmed: he puts my bins out", "Ahmed", "puts my bins out"),
        ("Uncle Rashid, who is retired: he does my garden and fixes things", "Rashid",
         "does my garden and fixes things"),
    ],
)  # fmt: skip
def test_colon_opens_what_they_do(said: str, name: str, help: str) -> None:
    rows = [r for r in _network(said) if r[0] == name]
    assert len(rows) == 1, _network(said)
    assert rows[0][2] == help


@pytest.mark.parametrize(
    "said",
    [
        "My daughter Amy: I see her on Sundays",  # the person's own words are not Amy's help
        "My son Tom: we don't speak",
    ],
)
def test_colon_guards(said: str) -> None:
    assert all(r[2] is None for r in _network(said)), _network(said)


# --- (4) "the" someone just after a name is who they are ----------------------------------------


@pytest.mark.parametrize(
    ("said", "name", "relationship"),
    [
        ("Alison the learning disability nurse comes every few weeks", "Alison",
         "learning disability nurse"),
        ("Gill the learning disability nurse does her health check", "Gill",
         "learning disability nurse"),
        ("Mo the drug and alcohol worker sees me weekly", "Mo", "drug and alcohol worker"),
        ("Femi the community learning disability nurse visits", "Femi",
         "community learning disability nurse"),
        ("Karen the mental health support worker rings me", "Karen",
         "mental health support worker"),
        ("Stacey, the adult social care worker, phones", "Stacey", "adult social care worker"),
        # already one person: still one
        ("Dr Shah the GP sees her monthly", "Dr Shah", "GP"),
        ("Sue the physio visits fortnightly, Dan the pharmacist delivers my meds", "Dan",
         "pharmacist"),
        ("carol the district nurse does his dressings", None, "district nurse"),
        ("Moira, the social worker, rings me", "Moira", "social worker"),
    ],
)  # fmt: skip
def test_the_role_after_a_name(said: str, name: str | None, relationship: str) -> None:
    rows = _network(said)
    if name is None:
        assert len(rows) == 1, rows
        assert rows[0][1] == relationship
        return
    got = [r for r in rows if r[0] == name]
    assert len(got) == 1, rows
    assert got[0][1].lower() == relationship.lower()
    assert not any(r[0] and r[0].lower().startswith("the ") for r in rows), rows


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Marie and the district nurse do my dressings", ["Marie", "the district nurse"]),
        ("My son Lee and the district nurse both help", ["Lee", "the district nurse"]),
        ("Tom and the new district nurse help", ["Tom", "the new district nurse"]),
    ],
)  # fmt: skip
def test_the_role_guards(said: str, names: list[str]) -> None:
    assert [n for n in _names(said)][: len(names)] == names


# --- (5) a name just after "at", "in" or "near" is a place ----------------------------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("Sam Green - farms the land at High Fold, calls in daily", "Sam Green", None),
        ("Kath who works at Greggs brings me a pasty", "Kath", None),
        ("My pal Tony who lives at Spring Bank rings me", "Tony", None),
        ("Nephew Carl who farms at Moor End does my logs", "Carl", None),
        ("my son who lives at Park View comes Sundays", "my son", None),
        ("my mate Baz who drinks in Wetherspoons walks my dog", "Baz", None),
        ("Cousin Dee (stays in Abbey Hey) - collects my prescriptions", "Dee", None),
    ],
)  # fmt: skip
def test_a_place_after_at_is_not_someone(said: str, name: str, help: str | None) -> None:
    assert _names(said) == [name]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("My friend Jo and Pat next door both help", ["Jo", "Pat"]),
        ("My son drops in, and Jean at number 5 keeps an eye", ["My son", "Jean"]),
    ],
)  # fmt: skip
def test_a_place_guards(said: str, names: list[str]) -> None:
    assert _names(said) == names


# --- (6) the point of a number does not end someone's words ---------------------------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("Nephew Kit (lives 0.5 mile away) - calls in, does big shop", "Kit",
         "calls in, does big shop"),
        ("My son Ben lives 1.5 miles away and does my shopping", "Ben", "does my shopping"),
        ("Friend Gwen (approx 2.5 miles) - rings and drops soup round", "Gwen",
         "rings and drops soup round"),
        ("brother Ray, about 3.5 miles off, takes me fishing", "Ray", "takes me fishing"),
        ("Dtr Lisa - lives 1.5 hrs away, phones daily", "Lisa", "phones"),
    ],
)  # fmt: skip
def test_the_point_of_a_number(said: str, name: str, help: str) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][2] is not None and help in got[0][2]


# --- (7) times said in more than one task of a list are each task's own -------------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("Nephew Sid - calls in most days, takes pt to market Tues, does big shop Fri", "Sid",
         "calls in most days, takes pt to market Tues, does big shop Fri"),
        ("My son Ali does my shopping on Saturdays, rings me every evening", "Ali",
         "does my shopping on Saturdays, rings me every evening"),
        ("Dtr Bev - bathes pt weekly, does meds daily", "Bev", "bathes pt weekly, does meds daily"),
        ("our Kim, takes me to bingo thursdays + does my hair once a month", "Kim",
         "takes me to bingo thursdays + does my hair once a month"),
        ("Friend Olu: cooks for me on Sundays, rings daily", "Olu",
         "cooks for me on Sundays, rings daily"),
    ],
)  # fmt: skip
def test_times_of_several_tasks_stay_with_them(said: str, name: str, help: str) -> None:
    got = [r for r in _network(said) if (r[0] or "").lower() == name.lower()]
    assert len(got) == 1, _network(said)
    assert got[0][2:] == (help, None)


@pytest.mark.parametrize(
    ("said", "name", "help", "when"),
    [
        # one time in a list, or a time of coming, still says when
        ("Maureen next door keeps an eye, knocks most mornings", "Maureen", None, "most mornings"),
        ("Nephew Rhys (lives 3 miles) - shopping Sat, does her bills online", "Rhys",
         "shopping, does her bills online", "Sat"),
        ("My son Dean comes daily after work and does my meds", "Dean", "does my meds",
         "daily after work"),
        ("Dtr Claire - shopping, visits daily after work", "Claire", "shopping, visits",
         "daily after work"),
    ],
)  # fmt: skip
def test_one_time_in_a_list_still_says_when(
    said: str, name: str, help: str | None, when: str
) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][3] == when
    if help is not None:
        assert got[0][2] == help


# --- (8) after where someone lives ("in Leeds"), what they do ------------------------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("my auntie Bushra in Luton rings every day", "Bushra", "rings"),
        ("My sister Jan in Leeds rings me every day", "Jan", "rings me"),
        ("my son in Canada facetimes me on Sundays", "my son", "facetimes me"),
        ("Our Pete in Hull sends money", "Pete", "sends money"),
        ("my friend Liz in the flat below checks on me", "Liz", "checks on me"),
        ("Cousin Raj in Slough does my online shopping", "Raj", "does my online shopping"),
    ],
)  # fmt: skip
def test_what_they_do_after_where_they_live(said: str, name: str, help: str) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][2] == help


@pytest.mark.parametrize(
    "said",
    [
        "Mum in hospital at the moment",
        "My brother in Spain, we don't really talk",
    ],
)
def test_where_they_live_guards(said: str) -> None:
    assert all(r[2] is None for r in _network(said)), _network(said)


# --- (9) someone said again at once as who they are to the person ("is her daughter") ----------


@pytest.mark.parametrize(
    ("said", "name", "relationship"),
    [
        ("my mum Amal is her daughter, she does her shopping", "Amal", "daughter"),
        ("My uncle Dave is his son, he does the garden", "Dave", "son"),
        ("my cousin Liam, who is her grandson, rings on Sundays", "Liam", "grandson"),
        ("my aunty Nadia is her daughter too and rings every day", "Nadia", "daughter"),
        ("my brother Sami is her grandson and does the hoovering", "Sami", "grandson"),
    ],
)  # fmt: skip
def test_who_they_are_to_the_person(said: str, name: str, relationship: str) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][1] == relationship


@pytest.mark.parametrize(
    ("said", "name", "relationship"),
    [
        ("My friend Ann is my neighbour too, she shops for me", "Ann", "friend"),
        ("My son Tom is a nurse, he does my meds", "Tom", "son"),
    ],
)  # fmt: skip
def test_who_they_are_to_the_person_guards(said: str, name: str, relationship: str) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][1] == relationship


# --- (10) the end of someone's shift or day of study says when ----------------------------------


@pytest.mark.parametrize(
    ("said", "name", "help", "when"),
    [
        ("Our Dee comes after her shifts and does my tea", "Dee", "does my tea",
         "after her shifts"),
        ("My niece does my hair after uni on Fridays", "My niece", "does my hair",
         "after uni on Fridays"),
        ("my grandson Kai hoovers after college twice a week", "Kai", "hoovers",
         "after college twice a week"),
        ("Husband Rob - does meds after his shift", "Rob", "does meds", "after his shift"),
        ("my sister Abi pops in most days after her shift and cooks", "Abi", "cooks",
         "most days after her shift"),
    ],
)  # fmt: skip
def test_after_a_shift_or_college_says_when(said: str, name: str, help: str, when: str) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][2:] == (help, when)


@pytest.mark.parametrize(
    ("said", "name", "help", "when"),
    [
        # the children's school is the task's, not when
        ("My mum Linda has the kids after school three days a week", "Linda",
         "has the kids after school", "three days a week"),
        ("Gemma does everything before and after her shifts", "Gemma",
         "does everything before and after her shifts", None),
    ],
)  # fmt: skip
def test_after_a_shift_guards(said: str, name: str, help: str, when: str | None) -> None:
    got = [r for r in _network(said) if r[0] == name]
    assert len(got) == 1, _network(said)
    assert got[0][2:] == (help, when)
