"""The third round's general causes of wrong facts (found on holdout2), each pinned by the
smallest answer that shows it: unnamed relatives, two budget options, the person's own copy,
and job or role words around a name."""

from __future__ import annotations

import pytest

from service.conversation.understand_people import mentions
from service.plan import Plan
from tests.conversation.helpers import run

BASE = {"consent": "yes", "name": "Ann Lee"}


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.name, m.relationship) for m in mentions(text)]


# --- (1) a relative named without a name is the one already in the plan ----------------------


def test_an_unnamed_relative_is_the_named_one_already_recorded() -> None:
    script = {**BASE, "helper": "my son Raj is with me", "network": "just my son really"}
    script |= {"has_carer": "my son", "emergency_contacts": "my son 07700 900111"}
    _, plan, _ = run(script, plan=Plan())
    assert [(p.name, p.relationship) for p in plan.network] == [("Raj", "son")]
    assert [c.name for c in plan.carers] == ["Raj"]
    assert [c.name for c in plan.contingency.emergency_contacts] == ["Raj"]


def test_two_named_relatives_of_a_kind_leave_the_unnamed_one_as_said() -> None:
    script = {**BASE, "helper": "my sons Raj and Dev", "network": "my son helps"}
    _, plan, _ = run(script, plan=Plan())
    assert [p.name for p in plan.network] == ["my son"]  # which son is not guessed


# --- (2) an answer naming two choices is the question's "mix" choice --------------------------


def _management(said: str) -> str | None:
    script = {**BASE, "management": said, "management!": "skip"}
    _, plan, _ = run(script, plan=Plan())
    m = plan.personal_budget.management if plan.personal_budget else None
    return m.value if m else None


def test_two_ways_of_managing_money_is_a_mix_and_asks_the_direct_payment_questions() -> None:
    script = {**BASE, "management": "half as direct payments and the council arranges the rest"}
    _, plan, asked = run(script, plan=Plan())
    assert plan.personal_budget is not None
    assert plan.personal_budget.management is not None
    assert plan.personal_budget.management.value == "mixed"
    assert "dp_what_for" in asked


def test_one_option_chosen_against_another_is_asked_not_guessed() -> None:
    assert _management("a direct payment, not the council") is None


# --- (3) the person asking for their own copy ----------------------------------------------


def test_the_person_is_a_copy_recipient_with_the_format_they_said() -> None:
    _, plan, _ = run({**BASE, "copies": "my sister and me in large print"}, plan=Plan())
    mine = [c for c in plan.copies if c.role and c.role.value == "person"]
    assert [(c.name, c.format.value if c.format else None) for c in mine] == [
        ("Ann Lee", "large_print")
    ]
    others = [(c.name, c.role.value if c.role else None) for c in plan.copies if c not in mine]
    assert others == [("my sister", "family")]


def test_just_me_is_the_persons_own_copy_not_nobody() -> None:
    _, plan, _ = run({**BASE, "copies": "nobody, just me"}, plan=Plan())
    assert [(c.name, c.format) for c in plan.copies] == [("Ann Lee", None)]


def test_me_from_a_practitioner_is_not_the_person() -> None:
    script = {"consent": "yes", "name": "Ann Lee", "copies": "me and her GP"}
    _, plan, _ = run(script, plan=Plan(), audience="practitioner")
    assert all(c.name != "Ann Lee" for c in plan.copies)


# --- (4) role words around a name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("a pal of mine, Gary, drives me", [("Gary", "friend")]),
        ("my tutor from college, Ms Okafor", [("Ms Okafor", "tutor")]),
        ("my drugs worker jo", [("Jo", "drugs worker")]),
        ("Helen, my diabetes nurse", [("Helen", "diabetes nurse")]),
        ("Priya comes on Mondays, she's my interpreter", [("Priya", "interpreter")]),
        ("my daughter Mary and Jim next door", [("Mary", "daughter"), ("Jim", "neighbour")]),
    ],
)
def test_role_words_stay_with_the_name_they_describe(said: str, who: list[tuple[str, str]]) -> None:
    assert _who(said) == who


def test_a_from_phrase_without_a_comma_is_not_read_as_a_name() -> None:
    assert _who("my friend from church helps me") == [(None, "friend")]


def test_a_plain_job_word_keeps_no_stray_word_before_it() -> None:
    assert _who("the nurse comes") == [(None, "nurse")]


# --- a format turned down is not chosen -------------------------------------------------------


def test_a_format_turned_down_is_not_recorded() -> None:
    _, plan, _ = run({**BASE, "formats": "Email. Not letters, I lose them"}, plan=Plan())
    assert [f.value for f in plan.person.communication.formats] == ["email"]


def test_only_a_refusal_chooses_nothing() -> None:
    _, plan, _ = run({**BASE, "formats": "not letters"}, plan=Plan())
    assert plan.person.communication.formats == []
