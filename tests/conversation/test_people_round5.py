"""The fifth round's general causes of wrong facts in the people sections (found on holdout4),
each pinned by answers of my own, in several wordings, with answers that must not trigger."""

from __future__ import annotations

import pytest

from service.plan import Plan
from tests.conversation.helpers import run

# a carer answering for someone, who has said who they are
CARER = {
    "consent": "yes",
    "plan_for": "it's for my son",
    "name": "Dan Webb",
    "answerer": "Rose Webb, his mum",
}
ADVOCATE = {
    "consent": "yes",
    "name": "Ellen Price",
    "answerer": "Tom Shaw, her advocate from Voiceability",
}


def _names(items: object) -> list[str | None]:
    return [getattr(i, "name", None) for i in items]  # type: ignore[attr-defined]


# --- (1) "me" from a carer or advocate answering for someone is the answerer --------------------


@pytest.mark.parametrize(
    "said",
    [
        "Me and his dad Jim",
        "me, and his dad Jim",
        "Jim (his dad) and me",
        "his dad Jim n me",
        "Just me really and his dad Jim",
    ],
)
def test_me_in_the_network_is_the_carer_answering(said: str) -> None:
    _, plan, _ = run({**CARER, "network": said}, plan=Plan(), audience="carer")
    assert ("Rose Webb", "mother") in [(p.name, p.relationship) for p in plan.network]


@pytest.mark.parametrize(
    ("said", "phone"),
    [
        ("Me 07700 900146", "07700 900146"),
        ("me on 07700900146", "07700900146"),
        ("Me - 07700 900146, or his dad", "07700 900146"),
        ("His dad first, then me 07700 900146", "07700 900146"),
        ("myself, 07700 900146", "07700 900146"),
    ],
)
def test_me_as_an_emergency_contact_is_the_carer_with_their_number(said: str, phone: str) -> None:
    _, plan, _ = run({**CARER, "emergency_contacts": said}, plan=Plan(), audience="carer")
    mine = [c for c in plan.contingency.emergency_contacts if c.name == "Rose Webb"]
    assert [(c.relationship, c.phone) for c in mine] == [("mother", phone)]


@pytest.mark.parametrize(
    "said", ["Me", "me. I gave up work for him", "just me", "Me mostly", "I'm his carer, full time"]
)
def test_me_as_the_carer_is_the_carer_answering(said: str) -> None:
    _, plan, asked = run({**CARER, "has_carer": said}, plan=Plan(), audience="carer")
    assert [(c.name, c.relationship) for c in plan.carers] == [("Rose Webb", "mother")]
    assert "carer_what" in asked  # the carer questions follow


@pytest.mark.parametrize(
    "said",
    ["Me", "me, he agrees", "I will, he can't do money", "Me. Dan's happy with that", "I'll do it"],
)
def test_me_receiving_the_direct_payment_is_the_carer_as_nominee(said: str) -> None:
    script = {**CARER, "management": "direct payment", "dp_recipient": said}
    _, plan, _ = run(script, plan=Plan(), audience="carer")
    assert plan.direct_payment is not None
    assert plan.direct_payment.recipient is not None
    assert plan.direct_payment.recipient.value == "nominee"
    assert plan.direct_payment.recipient_name == "Rose Webb"


@pytest.mark.parametrize("said", ["Me", "me I suppose", "That's me", "It'd be me", "myself"])
def test_me_as_the_appropriate_person_is_the_answerer_once(said: str) -> None:
    script = {**CARER, "sd_retaining": "yes", "appropriate_person": said, "copies": "Dan and me"}
    _, plan, _ = run(script, plan=Plan(), audience="carer")
    rose = [p for p in plan.involvement.people if p.name == "Rose Webb"]
    assert len(rose) == 1 and rose[0].role is not None
    assert rose[0].role.value == "appropriate_person"
    assert plan.advocacy.appropriate_person_id == rose[0].id
    copies = {(c.name, c.role.value if c.role else None) for c in plan.copies}
    assert copies == {("Rose Webb", "appropriate_person"), ("Dan Webb", "person")}


def test_me_from_an_advocate_is_the_advocate() -> None:
    script = {**ADVOCATE, "copies": "Ellen and me please"}
    _, plan, _ = run(script, plan=Plan(), audience="advocate")
    assert {c.name for c in plan.copies} == {"Ellen Price", "Tom Shaw"}


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("network", "his dad rings me every night"),
        ("network", "Jim helps me with him"),
        ("emergency_contacts", "his dad Jim, he'd ring me"),
        ("copies", "his dad, and send one to the GP for me"),
    ],
)
def test_me_said_of_someone_else_is_not_a_person(key: str, said: str) -> None:
    _, plan, _ = run({**CARER, key: said}, plan=Plan(), audience="carer")
    everyone = [*plan.network, *plan.contingency.emergency_contacts, *plan.copies]
    assert "Rose Webb" not in _names(everyone)


def test_me_from_a_practitioner_is_still_nobody() -> None:
    script = {"consent": "yes", "name": "Ann Lee", "copies": "me and her GP"}
    script |= {"management": "direct payment", "dp_recipient": "me", "emergency_contacts": "me"}
    _, plan, _ = run(script, plan=Plan(), audience="practitioner")
    assert all(c.name != "Ann Lee" for c in plan.copies)
    assert plan.direct_payment is None or plan.direct_payment.recipient_name is None
    assert plan.contingency.emergency_contacts == []


def test_me_from_a_carer_without_an_answerer_is_not_guessed() -> None:
    script = {
        **CARER,
        "answerer": "skip",
        "answerer!": "skip",
        "emergency_contacts": "me 07700 900146",
    }
    _, plan, _ = run(script, plan=Plan(), audience="carer")
    assert all(
        c.name in (None, "me") or c.name.startswith("me")
        for c in plan.contingency.emergency_contacts
    )


# --- (2) the person named by their own name is the person ---------------------------------------


@pytest.mark.parametrize(
    ("said", "fmt"),
    [
        ("Dan, me and his GP", None),
        ("dan and his GP", None),
        ("Dan Webb - audio; his GP", "audio"),
        ("Danny in large print, and his GP", None),
        ("his GP. And Dan by email", "email"),
    ],
)
def test_the_person_by_name_in_copies_is_their_own_copy(said: str, fmt: str | None) -> None:
    _, plan, _ = run({**CARER, "copies": said}, plan=Plan(), audience="carer")
    mine = [c for c in plan.copies if c.role and c.role.value == "person"]
    if said.startswith("Danny"):  # not his name: nothing guessed about him
        assert mine == []
        return
    assert [(c.name, c.format.value if c.format else None) for c in mine] == [("Dan Webb", fmt)]


@pytest.mark.parametrize(
    "said",
    [
        "Dan herself",
        "Dan",
        "dan with help from his dad",
        "Dan Webb, he has capacity",
        "Dan himself",
    ],
)
def test_the_person_by_name_receives_their_own_direct_payment(said: str) -> None:
    script = {
        "consent": "yes",
        "name": "Dan Webb",
        "management": "direct payment",
        "dp_recipient": said,
    }
    _, plan, _ = run(script, plan=Plan(), audience="practitioner")
    assert plan.direct_payment is not None and plan.direct_payment.recipient is not None
    assert plan.direct_payment.recipient.value == "person"
    assert plan.direct_payment.recipient_name is None


@pytest.mark.parametrize(
    "said", ["his dad, and Dan says Jim too", "Dan and his dad", "his dad. dan wants Jim as well"]
)
def test_the_person_is_not_someone_else_to_involve(said: str) -> None:
    _, plan, _ = run({**CARER, "involve_others": said}, plan=Plan(), audience="carer")
    assert "Dan" not in _names(plan.involvement.people)
    assert "Dan Webb" not in _names(plan.involvement.people)


# --- (3) places and teams are not people; words that say which nurse are not names -------------


def _who(text: str) -> list[tuple[str | None, str | None]]:
    from service.conversation.understand_people import mentions

    return [(m.name, m.relationship) for m in mentions(text)]


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Gary but he's in Perth", [("Gary", None)]),
        ("my brother Steve lives in Bristol", [("Steve", "brother")]),
        ("Tina, she's over in Spain most of the year", [("Tina", None)]),
        ("my niece Amy comes up from Cardiff at Easter", [("Amy", "niece")]),
        ("Dave near Leicester rings me", [("Dave", None)]),
        ("my cousin Joe drives down from Preston", [("Joe", "cousin")]),
    ],
)
def test_a_place_after_in_or_from_is_not_a_person(said: str, who: list[tuple[str, str]]) -> None:
    assert _who(said) == who


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("help from Rhys with the forms", [("Rhys", None)]),  # someone helping, not a place
        ("she stays at Mary's", [("Mary", None)]),
        ("in Jo's car on Fridays", [("Jo", None)]),
    ],
)
def test_a_person_after_from_or_in_is_still_a_person(said: str, who: list[tuple[str, str]]) -> None:
    assert _who(said) == who


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Fiona the Parkinson's nurse", [("Fiona", "Parkinson's nurse")]),
        ("my Macmillan nurse Jill", [("Jill", "Macmillan nurse")]),
        ("Kate Lowry, rehab officer, sensory team", [("Kate Lowry", "rehab officer")]),
        ("Sarah his case manager", [("Sarah", "case manager")]),
        ("the Memory Service", []),
        ("Chapel friend Eirlys, picks her up Weds and Sat", [("Eirlys", "friend")]),
    ],
)
def test_kinds_teams_and_days_are_not_names(said: str, who: list[tuple[str, str]]) -> None:
    assert _who(said) == who


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("My lad Gary rings Sundays", [("Gary", "son")]),
        ("my boy Sam", [("Sam", "son")]),
        ("because she knows mum best", [(None, "mother")]),
        ("my dad better than anyone", [(None, "father")]),
        ("a lad from the club called Ben", [("Ben", "friend")]),  # a lad alone is a friend
    ],
)
def test_a_parents_lad_is_their_son_and_ordinary_words_are_not_names(
    said: str, who: list[tuple[str, str]]
) -> None:
    assert _who(said) == who


# --- (4) the team someone works in, and who asked for them -----------------------------------


@pytest.mark.parametrize(
    ("said", "org"),
    [
        ("Sarah his case manager from the brain injury team", "brain injury team"),
        ("Kate Lowry, rehab officer, sensory team", "sensory team"),
        ("my social worker Dev, from the learning disability team", "learning disability team"),
        ("Paula my key worker at the community mental health team", "community mental health team"),
        ("Jan, OT with the reablement service", "reablement service"),
    ],
)
def test_the_team_said_after_someone_is_their_organisation(said: str, org: str) -> None:
    script = {"consent": "yes", "name": "Ann Lee", "involve_others": said}
    _, plan, _ = run(script, plan=Plan())
    assert [p.organisation for p in plan.involvement.people] == [org]


def test_a_team_is_not_given_to_family_or_to_a_later_person() -> None:
    script = {"consent": "yes", "name": "Ann Lee"}
    script["involve_others"] = "my son Raj. And the social worker from the hospital team"
    _, plan, _ = run(script, plan=Plan())
    by_name = {p.name: p.organisation for p in plan.involvement.people}
    assert by_name["Raj"] is None


def test_a_carer_in_their_own_plan_asks_for_the_people_involved() -> None:
    script = {"consent": "yes", "plan_for": "it's my own carer's assessment", "name": "Claire Dunn"}
    script |= {
        "cared_for": "Mum - Irene Dunn",
        "involve_others": "my husband Mark and Fiona her nurse",
    }
    _, plan, _ = run(script, plan=Plan(), audience="carer")
    assert plan.involvement.people
    assert all(p.asked_for_by_person for p in plan.involvement.people)


@pytest.mark.parametrize(
    "said",
    [
        "Steph and me. Not Lorraine, she'd only worry",
        "Steph, but not Lorraine",
        "Steph. Don't send one to Lorraine",
        "just Steph, no Lorraine",
        "Steph please, never Lorraine",
    ],
)
def test_someone_turned_down_for_a_copy_gets_none(said: str) -> None:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "copies": said}, plan=Plan())
    names = [c.name for c in plan.copies]
    assert "Steph" in names and "Lorraine" not in names


# --- (5) preferred names said with a cue about the person, and short forms of a known name -----


def _preferred(said: str) -> str | None:
    _, plan, _ = run({"consent": "yes", "name": said}, plan=Plan())
    return plan.person.preferred_name


@pytest.mark.parametrize(
    ("said", "pref"),
    [
        ("Donna Marie Whitfield, but it's just Donna", "Donna"),
        ("Gurmeet Kaur Sandhu. At home everyone calls her Biji", "Biji"),
        ("Albert Price, the family call him Bertie", "Bertie"),
        ("Margaret Owen - its just Peggy", "Peggy"),
        ("Susan Hall - the grandkids call her Nanna", "Nanna"),
        ("Donna Marie Whitfield, nobody's called me Donna Marie in years", None),
        ("Tom Reilly. Nobody has called me Tommy since school", None),
        ("Ann Lee, it's just me", None),
        ("Ann Lee, everyone calls me by my name", None),
    ],
)
def test_preferred_name_with_a_cue_about_the_person(said: str, pref: str | None) -> None:
    assert _preferred(said) == pref


@pytest.mark.parametrize(
    ("helper", "contacts", "expect"),
    [
        ("Harjinder, her son. Harj", "Harj 07700 900639", ("Harjinder", "son")),
        ("my daughter Samantha", "Sam on 07700 900111", ("Samantha", "daughter")),
        ("Robert Hale, my brother", "Bob 07700 900222", ("Robert Hale", "brother")),
        ("my neighbour Christine", "Chris - 07700 900444", ("Christine", "neighbour")),
        ("my nephew Jonathan", "Jon, 07700 900333", ("Jonathan", "nephew")),
    ],
)
def test_a_short_form_of_a_recorded_name_is_that_person(
    helper: str, contacts: str, expect: tuple[str, str]
) -> None:
    script = {"consent": "yes", "name": "Ann Lee", "helper": helper}
    _, plan, _ = run({**script, "emergency_contacts": contacts}, plan=Plan())
    assert len(plan.involvement.people) == 1  # "Harj" after "Harjinder" is not a second helper
    first = plan.contingency.emergency_contacts[0]
    assert (first.name, first.relationship) == expect


@pytest.mark.parametrize(
    ("helper", "contacts"),
    [
        ("my daughter Samantha and my son Samuel", "Sam 07700 900111"),  # two could be Sam
        ("my daughter Sarah", "Sam 07700 900111"),  # not a short form of Sarah
        ("my son Al", "Alan 07700 900111"),  # longer, not shorter
    ],
)
def test_a_name_that_is_no_unique_short_form_is_not_resolved(helper: str, contacts: str) -> None:
    script = {"consent": "yes", "name": "Ann Lee", "helper": helper, "emergency_contacts": contacts}
    _, plan, _ = run(script, plan=Plan())
    assert plan.contingency.emergency_contacts[0].relationship is None


# --- (6) people said as whom help is for, or in a reason, are not more helpers ----------------


@pytest.mark.parametrize(
    "said",
    [
        "My brother Steve lives in Leeds, he rings mum on Sundays",
        "Steve visits mum most weekends",
        "Steve takes my mum shopping",
        "Steve phones his mum every night",
        "Steve, he sees mum Tuesdays",
    ],
)
def test_a_relative_helped_is_not_a_helper_in_the_network(said: str) -> None:
    script = {"consent": "yes", "name": "Ann Lee", "network": said}
    _, plan, _ = run(script, plan=Plan())
    assert [p.name for p in plan.network] == ["Steve"]


def test_a_relative_who_helps_is_still_in_the_network() -> None:
    script = {
        "consent": "yes",
        "name": "Ann Lee",
        "network": "Steve visits, and mum rings most days",
    }
    _, plan, _ = run(script, plan=Plan())
    assert [p.relationship for p in plan.network] == [None, "mother"]


@pytest.mark.parametrize(
    "said",
    [
        "Mark, and Fiona the nurse because she knows mum best",
        "Fiona the nurse cos she knows my mum",
        "Fiona, as she's known my dad for years",
        "Fiona the nurse. Because my sister never listens",
        "Fiona the nurse since she sees my son every week",
    ],
)
def test_someone_in_the_reason_for_asking_is_not_asked_for(said: str) -> None:
    script = {"consent": "yes", "name": "Ann Lee", "involve_others": said}
    _, plan, _ = run(script, plan=Plan())
    assert all(p.name in ("Mark", "Fiona") for p in plan.involvement.people)
    assert "Fiona" in [p.name for p in plan.involvement.people]


# --- (7) an interpreter said in shorthand or misspelt ------------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("English. Welsh first lang but prefers Eng for this, no interp req", False),
        ("Polish, interp needed", True),
        ("Urdu - needs an interpretor", True),
        ("Arabic, doesn't need a translator", False),
        ("Tigrinya, intepreter please", True),
    ],
)
def test_an_interpreter_in_shorthand_is_recorded(said: str, wanted: bool) -> None:
    _, plan, _ = run({"consent": "yes", "name": "Ann Lee", "language": said}, plan=Plan())
    assert plan.person.communication.interpreter is wanted


def test_no_interpreter_word_records_nothing() -> None:
    _, plan, _ = run(
        {
            "consent": "yes",
            "name": "Ann Lee",
            "language": "English, interpretation of letters is hard",
        },
        plan=Plan(),
    )
    assert plan.person.communication.interpreter is None
