"""The sixth round's general causes of wrong facts in the people sections (found on holdout5),
each pinned by answers of my own, in several wordings, with answers that must not trigger."""

from __future__ import annotations

import pytest

from service.plan import Plan
from tests.conversation.helpers import run

PERSON = {"consent": "yes", "name": "Ellen Price"}


def _network(said: str) -> list[tuple[str | None, str | None, str | None]]:
    _, plan, _ = run({**PERSON, "network": said}, plan=Plan())
    return [(p.name, p.relationship, p.helps_with) for p in plan.network]


# --- (1) a where-phrase, then the names after a comma: "The couple next door, Viv and Colin" ---


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "The couple next door, Viv and Colin Marsh, take the bins out",
            [("Viv Marsh", "neighbour"), ("Colin Marsh", "neighbour")],
        ),
        (
            "next door, Mr and Mrs Iqbal, they'd come round if I banged on the wall",
            [("Mr and Mrs Iqbal", "neighbour")],
        ),
        (
            "Neighbour across the landing, Mrs Agnes Dooley, takes in his parcels",
            [("Mrs Agnes Dooley", "neighbour")],
        ),
        (
            "my neighbour over the road, Stan, does my bins on a Monday",
            [("Stan", "neighbour")],
        ),
        (
            "the folks over the road, Mr & Mrs Kaur, keep an eye on me",
            [("Mr & Mrs Kaur", "neighbour")],
        ),
        (
            "the people next door, Jen and Rob Hall, pop in most days",
            [("Jen Hall", "neighbour"), ("Rob Hall", "neighbour")],
        ),
    ],
)
def test_names_after_a_where_phrase_are_the_neighbours(
    said: str, who: list[tuple[str, str]]
) -> None:
    got = _network(said)
    assert [(n, r) for n, r, _ in got] == who
    assert all(h for _, _, h in got)  # the help said after the names is theirs


@pytest.mark.parametrize(
    "said",
    [
        "Jim next door does my bins",
        "next door keep an eye, they're good",
        "my neighbour across the road does my bins",
    ],
)
def test_a_where_phrase_with_no_name_after_it_names_nobody_new(said: str) -> None:
    got = _network(said)
    assert len(got) == 1
    assert got[0][0] not in ("They're", "Across", "Road")


# --- (2) two people named together share what is said after them -------------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("my daughters Mary and Jane do my shopping", "do my shopping"),
        ("My sons Dev and Raj take me to the temple", "take me to the temple"),
        ("my grandkids Amy and Leo help with the garden", "help with the garden"),
        ("her nieces Sasha and Bo visit on sundays and do her nails", "do her nails"),
        ("my brothers Pete and Al sort the car", "sort the car"),
    ],
)
def test_people_said_under_one_relationship_share_the_help(said: str, help: str) -> None:
    got = _network(said)
    assert len(got) == 2
    assert all(h and help.split()[0] in h for _, _, h in got)


# --- (3) a name said again adds what they do; a name after "if" is no helper -------------------


@pytest.mark.parametrize(
    ("said", "first", "helps"),
    [
        (
            "The couple next door, Viv and Colin Marsh, take the bins out, and Viv sits with "
            "me if Alan has to go out",
            "Viv Marsh",
            ["take the bins out", "sits with me"],
        ),
        ("My sister Jo Bell does my shopping. Jo also rings me", "Jo Bell", ["shopping", "rings"]),
        (
            "my son Dave Price takes me to church. Dave also fixes things when they break",
            "Dave Price",
            ["church", "fixes things"],
        ),
        ("Mary Cole cooks for me and Mary walks the dog", "Mary Cole", ["cooks", "walks the dog"]),
        (
            "my friend Sue Day does my hair; Sue drives me to bingo too",
            "Sue Day",
            ["hair", "drives me"],
        ),
    ],
)
def test_a_name_said_again_adds_what_they_do(said: str, first: str, helps: list[str]) -> None:
    got = _network(said)
    mine = [h for n, _, h in got if n == first]
    assert mine and mine[0] and all(h in mine[0] for h in helps)
    assert [n for n, _, _ in got].count(first.split()[0]) == 0


@pytest.mark.parametrize(
    "said",
    [
        "Viv sits with me if Alan has to go out",
        "Viv sits with me when Alan goes out",
        "my friend Viv comes round while Alan does the shopping",
        "Viv stays over if Alan's away",
        "Viv helps whenever Alan is working",
    ],
)
def test_someone_said_after_if_is_not_a_helper(said: str) -> None:
    assert [n for n, _, _ in _network(said)] == ["Viv"]


@pytest.mark.parametrize(
    "said",
    [
        "When my daughter Jane visits she does my hair",
        "If my son Tom is about he takes me out",
    ],
)
def test_a_helper_opening_the_sentence_after_if_is_still_listed(said: str) -> None:
    assert len(_network(said)) == 1


def _involved(said: str, question: str = "involve_others") -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, question: said}, plan=Plan())
    return [(p.name, p.relationship) for p in plan.involvement.people]


def _contacts(said: str) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, "emergency_contacts": said}, plan=Plan())
    return [(c.name, c.relationship) for c in plan.contingency.emergency_contacts]


# --- (4) words that are never a name: Deaf, FaceTime, "booked", "contacted", "team" ------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("my son Kieran, he FaceTimes me most nights", ["Kieran"]),
        ("My friend Dave from the Deaf club walks me home", ["Dave"]),
        ("Rosie Skypes him on Sundays", ["Rosie"]),
        ("my mate Sal, she's Deaf too, rings me", ["Sal"]),
        ("my cousin Nina, she Facebooks me pictures", ["Nina"]),
    ],
)
def test_capitalised_words_of_deafness_and_apps_are_not_names(said: str, names: list[str]) -> None:
    assert [n for n, _, _ in _network(said)] == names


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Nadia, the BSL interpreter, booked by the council", [("Nadia", "interpreter")]),
        ("the interpreter booked through the agency", [("the interpreter", "interpreter")]),
        ("my social worker allocated last week", [("my social worker", "social worker")]),
        ("his advocate, paid by the council", [("his advocate", "advocate")]),
        ("the district nurse team", [("the district nurse team", "district nurse")]),
    ],
)
def test_a_lowercase_word_after_a_job_that_is_no_name(
    said: str, who: list[tuple[str, str]]
) -> None:
    assert _involved(said) == who


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Bev the heart failure nurse, 07700 900111", ("Bev", "heart failure nurse")),
        ("my mental health nurse Jo 01632 960111", ("Jo", "mental health nurse")),
        ("Kim, the Parkinson's nurse, 07700 900222", ("Kim", "Parkinson's nurse")),
        ("Ann, the stroke rehab nurse, 07700 900333", ("Ann", "stroke rehab nurse")),
        ("Sam my alcohol worker 07700 900444", ("Sam", "alcohol worker")),
    ],
)
def test_a_job_said_with_its_kind_in_two_words_is_one_person(
    said: str, who: tuple[str, str]
) -> None:
    assert _contacts(said) == [who]


# --- (5) someone turned down or out of touch is not involved, nor in the network ---------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("GP Dr Whitlock. He does not want his brother contacted", ["Dr Whitlock"]),
        ("Ellie, but not Graham", ["Ellie"]),
        ("my daughter Sue, not my son Carl", ["Sue"]),
        ("Jo. I don't want my ex Darren involved", ["Jo"]),
        ("Amira - never her uncle Tariq", ["Amira"]),
    ],
)
def test_someone_turned_down_is_not_involved(said: str, names: list[str]) -> None:
    assert [n for n, _ in _involved(said)] == names


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Ex-wife and adult daughter not in contact, at his wish", []),
        ("My son Dan does my shopping. My daughter Kay and I don't speak", ["Dan"]),
        ("my brother Ray, we fell out years ago", []),
        ("Sister Jill is estranged. Neighbour Pat gets my milk", ["Pat"]),
        ("my son Lee - lost touch with him since the divorce", []),
    ],
)
def test_people_said_to_be_out_of_touch_are_no_help(said: str, names: list[str]) -> None:
    assert [n for n, _, _ in _network(said)] == names


@pytest.mark.parametrize(
    "said",
    ["Jean next door sees me every day", "my son Tom talks to me every night"],
)
def test_seeing_or_talking_to_someone_is_still_help(said: str) -> None:
    assert len(_network(said)) == 1


# --- (6) a preferred name after "just", or after what everyone says ----------------------------


def _preferred(said: str) -> str | None:
    _, plan, _ = run({"consent": "yes", "name": said}, plan=Plan())
    return plan.person.preferred_name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Hilary Anne Brennan - just Hilary", "Hilary"),
        ("chantelle moss. everyone says Chan", "Chan"),
        ("Robert Hale, just Bob please", "Bob"),
        ("margaret jones - everyone says mags", "Mags"),
        ("Sunita Rao. My friends say Suni", "Suni"),
        ("Anthony Birch, the lads say Tony", "Tony"),
    ],
)
def test_a_preferred_name_after_just_or_what_people_say(said: str, name: str) -> None:
    assert _preferred(said) == name


@pytest.mark.parametrize(
    "said",
    [
        "Tom Reilly. people say lovely things",
        "Jo Bloggs - just Jo Bloggs",
        "Peter Cole, everyone says hello",
        "Mary Hart. everyone says I'm stubborn",
        "Dennis Ward. they say so",
    ],
)
def test_no_preferred_name_from_what_people_say_that_is_no_name(said: str) -> None:
    assert _preferred(said) is None


# --- (7) copies: a service named whole has one; an owner or a reason is no recipient -----------


def _copies(said: str) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, "copies": said}, plan=Plan())
    return [(c.name, c.role) for c in plan.copies if c.role != "person"]


@pytest.mark.parametrize(
    ("said", "org"),
    [
        ("Nigel, Ellie and the memory clinic", "memory clinic"),
        ("my daughter and the surgery", "surgery"),
        ("Jo, and the hospice team", "hospice team"),
        ("me, and a copy to the Brain Injury Service please", "Brain Injury Service"),
        ("his son, his GP and the day centre", "day centre"),
    ],
)
def test_a_service_named_whole_gets_a_copy(said: str, org: str) -> None:
    assert (org, "professional") in _copies(said)


@pytest.mark.parametrize(
    "said",
    [
        "my son and Dr Patel at the practice",
        "Kate from the sensory team",
        "He declined a copy to the housing association",
        "not the day centre, they lose things",
        "my GP so the surgery has it on file",
    ],
)
def test_a_workplace_declined_or_reason_service_gets_no_copy(said: str) -> None:
    assert not [n for n, r in _copies(said) if n and n.split()[-1] in ("practice", "team",
                "association", "centre", "surgery")]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Susan. And Doreen's social worker, Mr Adeyemi", ["Susan", "Mr Adeyemi"]),
        ("Raj's key worker Lisa", ["Lisa"]),
        ("Tom and Mary's daughter Ann", ["Tom", "Ann"]),
        ("my GP, so they book interpreters next time", ["my GP"]),
        ("Bev, so that she knows what's going on with my mum", ["Bev"]),
    ],
)
def test_an_owner_or_someone_in_a_reason_is_no_recipient(said: str, names: list[str]) -> None:
    assert [n for n, _ in _copies(said)] == names


# --- (8) where a worker works is their organisation, not another person -------------------------


def _orgs(said: str, question: str) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, question: said}, plan=Plan())
    return [(p.name, p.organisation) for p in plan.involvement.people]


@pytest.mark.parametrize(
    ("said", "question", "who"),
    [
        ("Becca my support worker from Oakleaf Support", "helper", [("Becca", "Oakleaf Support")]),
        ("my key worker Sue at Mencap", "helper", [("Sue", "Mencap")]),
        ("Jo, my advocate from Voiceability", "involve_others", [("Jo", "Voiceability")]),
        (
            "my advocate Pat from POhWER and my son",
            "involve_others",
            [("Pat", "POhWER"), ("my son", None)],
        ),
        (
            "the rehab worker from the sensory team, Jon Price",
            "involve_others",
            [("Jon Price", "sensory team")],
        ),
    ],
)
def test_where_a_worker_is_from_is_their_organisation(
    said: str, question: str, who: list[tuple[str, str | None]]
) -> None:
    assert _orgs(said, question) == who


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("my daughter Kim from Leeds", [("Kim", None)]),
        ("my son Ali and Zara from church", [("Ali", None), ("Zara", None)]),
    ],
)
def test_a_relative_from_a_place_keeps_no_organisation(
    said: str, who: list[tuple[str, str | None]]
) -> None:
    assert _orgs(said, "involve_others") == who


# --- (9) the help said after where someone lives or is from -------------------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("Brother Lenny lives in Skegness, phones me most weeks", "phones me"),
        ("Our daughter Ellie lives ten minutes away and has him overnight", "has him overnight"),
        ("My friend Dave from the Deaf club walks me home", "walks me home"),
        ("Pete from the walking group picks him up", "picks him up"),
        ("my niece Shaz lives round the corner, pops in after work", "pops in"),
        ("Gill from the old bowls club drives me to the shops", "drives me to the shops"),
    ],
)
def test_help_said_after_where_someone_lives_or_is_from(said: str, help: str) -> None:
    got = _network(said)
    assert len(got) == 1 and got[0][2] and got[0][2].startswith(help)


@pytest.mark.parametrize(
    "said",
    [
        "my son Tom lives in Spain, I miss him",
        "my sister Jo lives nearby and I see her a lot",
        "my friend Ann from church, she's lovely",
        "my brother Sid lives in Leeds, he has his own problems",
        "Kay from the flats, we have a natter",
    ],
)
def test_no_help_from_someone_elses_words_after_where_they_live(said: str) -> None:
    got = _network(said)
    assert len(got) == 1 and got[0][2] is None


# --- (10) a name said on its own just after an unnamed relationship is theirs ------------------


def _carers(said: str) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, "has_carer": said}, plan=Plan())
    return [(c.name, c.relationship) for c in plan.carers]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("my mum i guess. debbie", ("Debbie", "mother")),
        ("my nan. Pauline", ("Pauline", "grandmother")),
        ("my sister, her name's Jo", ("Jo", "sister")),
        ("my uncle - Raj", ("Raj", "uncle")),
        ("My husband really. He's called Des.", ("Des", "husband")),
    ],
)
def test_a_name_said_alone_after_a_relationship_is_theirs(said: str, who: tuple[str, str]) -> None:
    assert _carers(said) == [who]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("my husband. Yes", ("my husband", "husband")),
        ("my son. He lives in Hull", ("my son", "son")),
        ("my mum. Thanks", ("my mum", "mother")),
        ("my mum lol", ("my mum", "mother")),
        ("my daughter. dunno", ("my daughter", "daughter")),
    ],
)
def test_a_word_after_a_relationship_that_is_no_name(said: str, who: tuple[str, str]) -> None:
    assert _carers(said)[:1] == [who]


# --- (11) a title and surname is the one person recorded with them, never another "Mrs" --------


def _contact_after(network: str, contacts: str) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, "network": network, "emergency_contacts": contacts}, plan=Plan())
    return [(c.name, c.relationship) for c in plan.contingency.emergency_contacts]


@pytest.mark.parametrize(
    ("network", "contacts", "who"),
    [
        (
            "Neighbour across the landing, Mrs Agnes Dooley, takes in his parcels",
            "He agreed Mrs Dooley could be called",
            ("Mrs Agnes Dooley", "neighbour"),
        ),
        ("my neighbour Mr Frank Ellis does my bins", "Mr Ellis 07700 900111", ("Mr Frank Ellis",
         "neighbour")),
        ("my friend Mrs Joan Pike sits with me", "mrs pike, 07700 900222", ("Mrs Joan Pike",
         "friend")),
        ("Miss Ann Lowe next door checks on me", "Miss Lowe", ("Miss Ann Lowe", "neighbour")),
        ("my cousin Ms Rita Kaur rings me", "Ms Kaur 07700 900333", ("Ms Rita Kaur", "cousin")),
    ],
)  # fmt: skip
def test_a_title_and_surname_is_the_person_recorded_with_them(
    network: str, contacts: str, who: tuple[str, str]
) -> None:
    assert _contact_after(network, contacts) == [who]


@pytest.mark.parametrize(
    ("network", "contacts"),
    [
        ("Mrs Hill next door does my shopping", "Mrs Patel 07700 900111"),
        ("my friend Mr Tom Bell drives me", "Mr Jones 07700 900222"),
        ("Mrs Ann Cole next door and my friend Mrs Jo Cole", "Mrs Cole 07700 900333"),
        ("Miss Lee next door", "Mrs Lee 07700 900444"),
        ("my neighbour Mr Roy Ward", "Mr Warden 07700 900555"),
    ],
)
def test_another_title_or_surname_is_not_that_person(network: str, contacts: str) -> None:
    assert [r for _, r in _contact_after(network, contacts)] == [None]
