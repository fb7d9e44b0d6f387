"""The eleventh round's general causes of wrong or extra facts in the network section (found on
holdout10): a place said as if it were a person (alone in brackets after a named person, after a
word of living, or after a verb of keeping in touch and "from"), someone said only to be left out
("Not her mum"), a note's next sentence with no one in it (a time alone, or a few words of tasks),
and a few words of who someone is before a dash and what they do. Each is pinned by answers of
my own, in several voices, with near answers that must not trigger."""

from __future__ import annotations

import pytest

from tests.conversation.helpers import (
    NetworkRow,
    network_names,
    network_rows,
)

Row = NetworkRow
_network, _names = network_rows, network_names


# --- (1) a place said as if it were someone -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        # alone in brackets just after a named person: where they are, or whom they work for
        ("Brother Keith Dunn (Whitby) - rings most weekends", ["Keith Dunn"]),
        ("Support worker Amara Obi (Riverside Care) - weekly visits, does his post", ["Amara Obi"]),
        ("my cousin Steph (Carlisle) texts me every day", ["Steph"]),
        # after a word of living, with no "in"
        ("my son Craig lives Tamworth, rings Sundays", ["Craig"]),
        ("Uncle Bev, lives Swindon - phones at Christmas", ["Bev"]),
        ("Nephew Rob, based Aberystwyth, emails me", ["Rob"]),
        # after a verb of keeping in touch and "from", with a time between
        ("my daughters Ann and Lyn phone every night from Killarney", ["Ann", "Lyn"]),
        ("Our Gemma rings twice a week from Guernsey", ["Gemma"]),
        ("my grandson calls every week from Adelaide", ["my grandson"]),
    ],
)  # fmt: skip
def test_places_are_not_people(said: str, names: list[str]) -> None:
    assert _names(said) == names


@pytest.mark.parametrize(
    ("said", "names"),
    [
        # a name in brackets after who someone is, without a name of their own, is their name
        ("Mum (Tracey) does my shopping", ["Tracey"]),
        # who someone is in brackets is not a place
        ("Jo (Tracey's sister) cooks for me", ["Jo"]),
        # "from" after help that is not keeping in touch: help from someone
        ("I get lifts from Jim next door", ["Jim"]),
        # a second person said in brackets with who they are
        ("My son Dev (and his wife Priya) visit on Sundays", ["Dev", "Priya"]),
    ],
)  # fmt: skip
def test_place_guards(said: str, names: list[str]) -> None:
    assert _names(said) == names


@pytest.mark.parametrize(
    ("said", "row"),
    [
        ("my daughters Ann and Lyn phone every night from Killarney",
         ("Ann", "daughter", "phone", "every night")),
        ("Declan my brother, Deaf, live Cardiff — FaceTime sign every Sunday",
         ("Declan", "brother", "FaceTime sign", "every Sunday")),
        ("Gran, lives Stockport - rings daily", ("Gran", "grandmother", "rings", "daily")),
    ],
)  # fmt: skip
def test_what_they_do_after_a_place(said: str, row: Row) -> None:
    assert _network(said)[0] == row


# --- (2) someone said only to be left out ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Denise, her old foster carer. Not her mum", ["Denise"]),
        ("My sister Val helps. Not my brother.", ["Val"]),
        ("Jo does my shopping, not my dad", ["Jo"]),
        ("My son Tom does the garden. Not his wife though", ["Tom"]),
        ("Not my mum, she is too old, but my aunt Sue cooks", ["Sue"]),
        ("my son Ade does my shopping and not my daughter, she is busy", ["Ade"]),
        ("Neighbour Pat checks on me but never my nephew", ["Pat"]),
    ],
)  # fmt: skip
def test_not_them(said: str, names: list[str]) -> None:
    assert _names(said) == names


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Not sure really, my son Dan does the shopping", ["Dan"]),
        ("Not much family. My niece Pam rings", ["Pam"]),
        ("If not my daughter Kay then my son Lee helps", ["Kay", "Lee"]),
    ],
)  # fmt: skip
def test_not_them_guards(said: str, names: list[str]) -> None:
    assert _names(said) == names


def test_no_trailing_not() -> None:
    assert _network("Jo does my shopping, not my dad") == [("Jo", None, "does my shopping", None)]


# --- (3) a note's next sentence with no one in it ----------------------------------------------


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("Marcus, his advocate. Every three weeks.", "Every three weeks"),
        ("My son Dan. Weekends.", "Weekends"),
        ("Kelly her key worker. Every other Monday.", "Every other Monday"),
        ("Kelly her key worker. Twice a week.", "Twice a week"),
        ("My daughter Jo rings. Every Sunday.", "Every Sunday"),
        ("Our Wayne. Once a fortnight.", "Once a fortnight"),
    ],
)  # fmt: skip
def test_a_time_alone_is_when(said: str, when: str) -> None:
    assert _network(said)[0][3] == when


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("Denise, her old foster carer. Sunday tea and texts.", "Sunday tea and texts"),
        ("Jan next door. Shopping and bins.", "Shopping and bins"),
        ("My brother Sean. Lifts to hospital.", "Lifts to hospital"),
        ("Auntie Mo. Cooking and cleaning on a Friday.", "Cooking and cleaning"),
        ("Gwen, my old neighbour. Phone calls and prayers.", "Phone calls and prayers"),
    ],
)  # fmt: skip
def test_tasks_alone_are_what_they_do(said: str, help: str) -> None:
    assert _network(said)[0][2] == help


@pytest.mark.parametrize(
    "said",
    [
        "My son Dan. Lovely lad.",
        "My son Dan. Lives in Leeds.",
        "My son Tom. Useless.",
        "My son Tom. He is 40.",
        "My son Tom. Not much help.",
        "My son Tom. Retired now.",
    ],
)
def test_other_sentences_are_not_help(said: str) -> None:
    assert _network(said)[0][2] is None


def test_a_time_not_after_someone_else() -> None:
    # a sentence after someone who already does something is theirs only as a time
    assert _network("My son Tom does my shopping. Shopping and bins.")[0][2] == "does my shopping"


# --- (4) a few words of who someone is, then a dash and what they do ----------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("Aoife my daughter, 15 — cook, shop, help me stairs, interpret", "cook, shop, help me stairs, interpret"),
        ("Bob, my neighbour, 70 – does my bins and garden", "does my bins and garden"),
        ("my son Lee, 19 - cooks and cleans", "cooks and cleans"),
        ("Rita, my friend from work - shops, lifts", "shops, lifts"),
        ("Our Kev, lives round corner - bins, dog walks", "bins, dog walks"),
        ("Pete my grandson, 17 — mows the lawn, walks the dog", "mows the lawn, walks the dog"),
    ],
)  # fmt: skip
def test_dash_after_who(said: str, help: str) -> None:
    assert _network(said)[0][2] == help


@pytest.mark.parametrize(
    "said",
    [
        "my son Dan, 42 - lives in Leeds",
        "Rita, my friend, 80 - not well herself",
        "Rita, old friend - very supportive",
    ],
)
def test_dash_after_who_guards(said: str) -> None:
    assert _network(said)[0][2] is None


# --- (5) what someone comes about ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("Julie the nurse comes once a month about his weight and his tablets",
         "comes about his weight and his tablets"),
        ("Sam the OT comes re his equipment", "comes re his equipment"),
        ("Kath from the surgery comes every 6 weeks about her bloods", "comes about her bloods"),
        ("Ruth the district nurse comes regarding the dressings", "comes regarding the dressings"),
        ("Neil the CPN comes every 2 weeks about his depot", "comes about his depot"),
    ],
)  # fmt: skip
def test_what_they_come_about(said: str, help: str) -> None:
    assert _network(said)[0][2] == help


@pytest.mark.parametrize(
    "said",
    [
        "my son comes about twice a year",
        "Pat comes about every fortnight",
        "Becca comes tues n thurs",
        "my niece comes Sundays from Leeds",
    ],
)
def test_coming_alone_guards(said: str) -> None:
    assert _network(said)[0][2] is None


# --- (6) after "but", what someone has is their own lot, not more help -------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("His mum Nasreen, she cooks for him and sits with him, but she has bad knees",
         "cooks for him and sits with him"),
        ("my sister Jo does my shopping but she has her own family", "does my shopping"),
        ("my son cooks but he has a bad back", "cooks"),
        ("my daughter Sue does my washing, but she has arthritis", "does my washing"),
        ("My son Dev rings but he has a busy job", "rings"),
        ("my niece Amy walks the dog, but she has asthma herself", "walks the dog"),
    ],
)  # fmt: skip
def test_own_lot_after_but(said: str, help: str) -> None:
    assert _network(said)[0][2] == help


def test_having_someone_after_but_is_help() -> None:
    # having someone is what they do ("has him on Saturdays"), even after "but"
    assert _network("my daughter Kim takes me out but she has him on Saturdays too")[0][2] == (
        "takes me out, she has him too"
    )
