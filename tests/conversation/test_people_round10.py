"""The tenth round's general causes of wrong facts in the people and contact sections (found on
holdout9), each pinned by answers of my own, in several voices and wordings, with near answers
that must not trigger."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conversation.helpers import contacts_of as _contacts
from tests.conversation.helpers import copies_of as _copies
from tests.conversation.helpers import people_plan as _plan
from tests.conversation.helpers import who_of as _who


def _involved(said: str, audience: str = "person", **earlier: str) -> list[dict[str, Any]]:
    plan = _plan({**earlier, "involve_others": said}, audience)
    return [p.model_dump(mode="json", exclude_none=True) for p in plan.involvement.people]


def _names(said: str) -> tuple[str | None, str | None]:
    person = _plan({"name": said}).person
    return person.name, person.preferred_name


# --- (1) a name in letters beyond A-Z is whole ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Bożena is my carer", ("Bożena", "carer")),
        ("my sister Zoë helps", ("Zoë", "sister")),
        ("Siân, my daughter", ("Siân", "daughter")),
        ("my neighbour Mrs Łucja Wójcik", ("Mrs Łucja Wójcik", "neighbour")),
        ("my friend José comes round", ("José", "friend")),
        ("Renée (my niece)", ("Renée", "niece")),
    ],
)
def test_names_beyond_a_to_z_are_whole(said: str, who: tuple[str, str]) -> None:
    assert who in _who(said)


# --- (2) a lower-case word after a relationship that acts on something is a verb ----------------


@pytest.mark.parametrize(
    "said",
    [
        "my nephew stole my bank card",
        "her son took them to the tip",
        "my brother borrowed money off me and never paid it back",
        "when mum shouts at me",
        "my dad goes on at him about it",
        "my daughter hid everything",
        "his nephew emptied his account",
    ],
)
def test_a_verb_after_a_relationship_is_no_name(said: str) -> None:
    assert all(name is None for name, _ in _who(said))


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("my nan bev came round", ("Bev", "grandmother")),
        ("my son dave my daughter sue", ("Dave", "son")),
        ("my sister jo with me", ("Jo", "sister")),
        ("my neighbour pat has a key", ("Pat", "neighbour")),
        ("mum (karen) comes up", ("Karen", "mother")),
        ("my son dave on my birthday", ("Dave", "son")),
        ("my sister jo at the weekend", ("Jo", "sister")),
    ],
)
def test_a_lower_case_name_after_a_relationship_stays(said: str, who: tuple[str, str]) -> None:
    assert who in _who(said)


# --- (3) a capitalised verb opening a sentence is no name -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Send one to my doctor as well",
        "Forward them to my sister",
        "Drop one to my son",
        "Yvonne. Mail them to my sister",
        "Pass it to my social worker",
    ],
)
def test_a_verb_opening_a_sentence_is_no_name(said: str) -> None:
    assert all(name in (None, "Yvonne") for name, _ in _who(said))


@pytest.mark.parametrize(
    ("said", "name"),
    [("Kim one of my friends", "Kim"), ("Marcus one copy", "Marcus"), ("Jo my sister", "Jo")],
)
def test_a_name_opening_a_sentence_stays(said: str, name: str) -> None:
    assert name in [n for n, _ in _who(said)]


# --- (4) who someone is, then their name in brackets or after "as well," ----------------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Dad (Neil Callaghan): 07700 900741", ("Neil Callaghan", "father")),
        ("Nan (Maureen Callaghan) 0161 496 0382", ("Maureen Callaghan", "grandmother")),
        ("my GP (Dr Shah)", ("Dr Shah", "GP")),
        ("my sister (Jo Banks)", ("Jo Banks", "sister")),
        ("Send one to my doctor as well, Dr Bhatt", ("Dr Bhatt", "doctor")),
        ("my sister too, Jo", ("Jo", "sister")),
    ],
)
def test_a_relationship_then_its_name(said: str, who: tuple[str, str]) -> None:
    assert _who(said) == [who]


@pytest.mark.parametrize("said", ["my son (lives away)", "my neighbour (flat 2)"])
def test_brackets_without_a_name(said: str) -> None:
    assert all(name is None for name, _ in _who(said))


def test_emergency_contacts_with_the_name_in_brackets() -> None:
    said = "Dad (Neil Callaghan): 07700 900741. Nan (Maureen Callaghan): 0161 496 0382."
    assert _contacts(said) == [
        ("Neil Callaghan", "father", "07700 900741"),
        ("Maureen Callaghan", "grandmother", "0161 496 0382"),
    ]


def test_a_copy_to_my_doctor_named_after() -> None:
    assert _copies("Yvonne, and Marcus. Send one to my doctor as well, Dr Bhatt") == [
        ("Yvonne", None, None),
        ("Marcus", None, None),
        ("Dr Bhatt", "professional", None),
    ]


# --- (5) the name used: not one turned down; at home; in quotes; capitals ---------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Ellsworth Baptiste. Nobody call me Ellsworth except my mother - is Clem. Just Clem",
            ("Ellsworth Baptiste", "Clem"),
        ),
        (
            "Jade Dyson, nobody calls her Jade unless she's in trouble, it's Jadey at home",
            ("Jade Dyson", "Jadey"),
        ),
        ("Thomas Edward RIDLEY - 'Ted'", ("Thomas Edward Ridley", "Ted")),
        ('Margaret "Peggy" Hill', ("Margaret Hill", "Peggy")),
        (
            "Patricia Lowe. I don't like being called Patricia, Trish is fine",
            ("Patricia Lowe", "Trish"),
        ),
        ("William Ashby, we call him Billy at home", ("William Ashby", "Billy")),
        ("Mary O'BRIEN", ("Mary O'Brien", None)),
        ("Bożena Nowak, Bożka to family", ("Bożena Nowak", "Bożka")),
    ],
)
def test_the_name_used(said: str, expected: tuple[str, str | None]) -> None:
    assert _names(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Zbigniew Nowicki (pronounced 'Zbig-nyev'), prefers Zbyszek", "Zbyszek"),
        ("Siobhan Kelly (said 'Shiv-awn')", None),
        ("Anne Marie Kelly, never call me Annie", None),
        ("Mr J R Hartley", None),
    ],
)
def test_no_name_used_from_how_it_sounds_or_a_refusal(said: str, expected: str | None) -> None:
    assert _names(said)[1] == expected


# --- (6) a clinician's "Pt" is the person -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pt (large print, by post); Alan Ridley (NOK)",
        "pt - large print. Alan Ridley",
        "Pt: large print; Alan Ridley",
        "Alan Ridley; Pt (large print)",
        "Copy to pt in large print, and Alan Ridley",
    ],
)
def test_pt_is_the_persons_own_copy(said: str) -> None:
    got = _copies(said, audience="practitioner")
    assert ("Ellen Price", "person", "large_print") in got
    assert not any(name in ("Pt", "pt") for name, _, _ in got)


@pytest.mark.parametrize(
    "said",
    [
        "Alan Ridley (nephew) - at pt's request",
        "Alan Ridley, nephew, at Pt's request",
        "Alan Ridley (nephew, pt's choice)",
        "Alan Ridley - nephew - pt's wish",
        "Alan Ridley (nephew) at pt request",
    ],
)
def test_at_pts_request_is_asked_for_by_the_person(said: str) -> None:
    got = _involved(said, audience="practitioner")
    assert got[0]["name"] == "Alan Ridley" and got[0].get("asked_for_by_person") is True


# --- (7) a place before a job and "team" names the team; a team in brackets or capitals -------


@pytest.mark.parametrize(
    ("said", "org"),
    [
        ("DN Paula Hodgson, Kirkby Stephen DN team, re daily weights", "Kirkby Stephen DN team"),
        ("Jo Wren, HF specialist nurse (community HF team)", "community HF team"),
        ("OT Kirsty Dale, Penrith OT service", "Penrith OT service"),
        ("Dean Marsh, social worker (Eden locality team)", "Eden locality team"),
        ("nurse Jo Wren (respiratory team)", "respiratory team"),
    ],
)
def test_the_team_someone_works_in(said: str, org: str) -> None:
    got = _involved(said, audience="practitioner")
    assert len(got) == 1 and got[0].get("organisation") == org


@pytest.mark.parametrize(
    ("said", "team"),
    [
        ("Pt; Alan Ridley; reablement provider - STAR team.", "STAR team"),
        ("Jo; Leeds Sensory Team", "Leeds Sensory Team"),
        ("Mum, Oakwood Day Centre", "Oakwood Day Centre"),
        ("Alan Ridley, Eden Reablement Service", "Eden Reablement Service"),
        ("Alan Ridley; Bridge Street Surgery", "Bridge Street Surgery"),
    ],
)
def test_a_named_team_has_a_copy(said: str, team: str) -> None:
    assert (team, "professional", None) in _copies(said, audience="practitioner")


def test_no_team_from_a_reason() -> None:
    got = _copies("Alan Ridley, so the Memory Service knows", audience="practitioner")
    assert [name for name, _, _ in got] == ["Alan Ridley"]


# --- (8) a place in an emergency contact is no contact ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Alan Ridley (nephew) - 01632 960417 (landline at Low Garth, mob signal poor)",
        "Alan Ridley, nephew, 01632 960417 - at Fell View most days",
        "Alan Ridley (nephew) 01632 960417, works in Kendal",
        "my nephew Alan Ridley 01632 960417 (at Hill Top Farm)",
        "Alan Ridley - nephew - 01632 960417, landline at Low Garth",
    ],
)
def test_a_place_is_no_contact(said: str) -> None:
    assert [name for name, _, _ in _contacts(said)] == ["Alan Ridley"]


# --- (9) a lower-case name opening a list item before "the" or "my" and who they are ----------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("jodie and mo. and sue the hep c nurse", ("Sue", "hep c nurse")),
        ("mo my worker at cgl", ("Mo", "worker")),
        ("and bev my neighbour", ("Bev", "neighbour")),
        ("kelly the support worker, and my mum", ("Kelly", "support worker")),
        ("dev my mate. thats it", ("Dev", "friend")),
    ],
)
def test_a_lower_case_name_before_who_they_are(said: str, who: tuple[str, str]) -> None:
    assert who in _who(said)


@pytest.mark.parametrize(
    "said",
    [
        "ask my son",
        "tell the nurse",
        "and cc my GP",
        "maybe my daughter",
        "definitely my son",
        "everyone the nurse knows",
        "sorry my daughter typed this",
    ],
)
def test_a_verb_or_word_before_who_they_are_is_no_name(said: str) -> None:
    assert all(name is None for name, _ in _who(said))


# --- (10) who someone is, in words the lexicon lacked -----------------------------------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("And her keyworker at Beechwood, Tasha", ("Tasha", "keyworker")),
        ("my key-worker Tasha", ("Tasha", "key worker")),
        ("Maxine Achebe is her shared lives carer", ("Maxine Achebe", "shared lives carer")),
        ("Ms Adeyemi, my learning support assistant", ("Ms Adeyemi", "learning support assistant")),
        ("Sue the Hep C nurse", ("Sue", "Hep C nurse")),
        ("his teaching assistant Mr Cole", ("Mr Cole", "teaching assistant")),
    ],
)
def test_more_words_for_who_someone_is(said: str, who: tuple[str, str]) -> None:
    assert who in _who(said)


def test_a_shared_lives_carer_is_a_professional() -> None:
    got = _involved("Maxine Achebe, her shared lives carer")
    assert got[0]["role"] == "professional"


# --- (11) what is said in brackets after "me" is all about that copy --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Me (large print and audio). My dad",
        "me (email and braille please), and Jo",
        "Me (audio and large print)",
        "me (either email or easy read)",
        "Me (braille and email as I said). Jo",
    ],
)
def test_two_formats_for_my_copy_are_no_one_format(said: str) -> None:
    got = _copies(said)
    assert ("Ellen Price", "person", None) in got


@pytest.mark.parametrize(
    ("said", "fmt"),
    [("me (email)", "email"), ("me (by email please)", "email"), ("Me by email and Jo", "email")],
)
def test_one_format_for_my_copy(said: str, fmt: str) -> None:
    assert ("Ellen Price", "person", fmt) in _copies(said)


# --- (12) the person named by their own name is not someone else recorded earlier -------------


def test_the_person_by_name_is_their_own_copy_not_a_carer() -> None:
    # an earlier answer read "Ellen" as someone's carer; her own name still means her
    earlier = {"what_matters": "seeing my carer Ellen"}
    got = _copies("Leanne. And Ellen should have her own", **earlier)
    assert ("Ellen Price", "person", None) in got
    assert not any(role == "carer" for _, role, _ in got)


@pytest.mark.parametrize(
    "said",
    [
        "her vet appointments (although my dad drives us there)",
        "my dad, even though we disagree",
        "however my son does help",
        "actually my daughter rang",
        "(sue the nurse said so)",
    ],
)
def test_a_word_of_the_sentence_before_who_they_are_is_no_name(said: str) -> None:
    assert all(name is None for name, _ in _who(said))


# --- (13) a note's list of the name, the job and the service they work for --------------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "Jodie Price, support worker, Elmfield Housing",
            ("Jodie Price", "support worker", "Elmfield Housing"),
        ),
        ("Mo Rahman, drug worker, CGL", ("Mo Rahman", "drug worker", "CGL")),
        (
            "Sam Patel, housing officer, Riverside Housing",
            ("Sam Patel", "housing officer", "Riverside Housing"),
        ),
        (
            "Tom Hill, support worker, Dementia Connect",
            ("Tom Hill", "support worker", "Dementia Connect"),
        ),
        ("Priya Shah, advocate, Sensory Support", ("Priya Shah", "advocate", "Sensory Support")),
        (
            "Jodie Price, Housing First support worker, Elmfield Housing",
            ("Jodie Price", "support worker", "Elmfield Housing"),
        ),
        (
            "Ray Cole, Dementia support worker, Alzheimers Society",
            ("Ray Cole", "support worker", "Alzheimers Society"),
        ),
        ("Jo Wren, nurse, Riverside Surgery", ("Jo Wren", "nurse", "Riverside Surgery")),
        (
            "Dean Marsh, social worker, Eden Housing",
            ("Dean Marsh", "social worker", "Eden Housing"),
        ),
        (
            "Kate Lowry, rehab officer, Sensory Team",
            ("Kate Lowry", "rehab officer", "Sensory Team"),
        ),
    ],
)
def test_name_job_and_service(said: str, who: tuple[str, str, str]) -> None:
    got = _involved(said, audience="practitioner")
    assert [(p["name"], p.get("relationship"), p.get("organisation")) for p in got] == [who]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Ann, social worker, Dean Marsh", ["Ann", "Dean Marsh"]),
        ("Jodie Price, support worker, Tuesdays", ["Jodie Price"]),
    ],
)
def test_a_person_or_a_day_after_the_job_is_no_service(said: str, names: list[str]) -> None:
    got = _involved(said, audience="practitioner")
    assert [p["name"] for p in got] == names
    assert not any(p.get("organisation") for p in got)


# --- (14) a first name said alone, then the full name starting with it, is one person ---------


def _helping(said: str) -> list[tuple[Any, ...]]:
    plan = _plan({"helper": said})
    return [(p.name, p.relationship, p.organisation) for p in plan.involvement.people]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        (
            "jodie my worker is here typin (Jodie Price, Housing First support worker, Elmfield Housing)",
            ("Jodie Price", "support worker", "Elmfield Housing"),
        ),
        (
            "Kelly is here (Kelly Marsh, my support worker from Oakleaf Care)",
            ("Kelly Marsh", "support worker", "Oakleaf Care"),
        ),
        ("my daughter Sam. Sam Hughes", ("Sam Hughes", "daughter", None)),
        ("Omar my key worker - Omar Farah", ("Omar Farah", "key worker", None)),
        ("Dee, my sister (Dee Walsh)", ("Dee Walsh", "sister", None)),
    ],
)
def test_a_first_name_then_the_full_name_is_one_person(
    said: str, who: tuple[str, str, str | None]
) -> None:
    assert _helping(said) == [who]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("my son Tom and Tom Jones next door", ["Tom", "Tom Jones"]),
        ("Jo and Joanne Smith", ["Jo", "Joanne Smith"]),
    ],
)
def test_two_people_of_one_first_name_stay_two(said: str, names: list[str]) -> None:
    assert [name for name, _, _ in _helping(said)] == names
