"""The eighth round's general causes of wrong facts in the network and carers sections (found on
holdout7, with the same families in holdout4-6): how an answer is cut into each person's words,
what they help with and when, and which carer an answer names. Each is pinned by answers of my
own, in several wordings, with answers that must not trigger."""

from __future__ import annotations

from typing import Any

import pytest

from service.plan import Plan
from tests.conversation.helpers import run

PERSON = {"consent": "yes", "name": "Ellen Price", "helper": "no"}
# a carer answering for her brother (not her own carer's plan)
SISTER = {
    "consent": "yes",
    "own_plan": "no",
    "answerer": "Kim Price, I'm his sister",
    "name": "Daniel Price",
}
# a young carer's own plan, caring for her mum
YOUNG_CARER = {"consent": "yes", "name": "Leah Bell", "cared_for": "my mum Carol, she has MS"}

Row = tuple[str | None, str | None, str | None, str | None]


def _network(said: str, before: dict[str, str] | None = None, **how: Any) -> list[Row]:
    _, plan, _ = run({**(before or PERSON), "network": said}, plan=how.pop("plan", Plan()), **how)
    return [(p.name, p.relationship, p.helps_with, p.when) for p in plan.network]


def _one(said: str, name: str, **how: Any) -> Row:
    got = [r for r in _network(said, **how) if r[0] == name]
    assert len(got) == 1, _network(said, **how)
    return got[0]


def _names(said: str, before: dict[str, str] | None = None, **how: Any) -> list[str | None]:
    return [r[0] for r in _network(said, before, **how)]


# --- (1) a verb ending one sentence is not said of the person opening the next ------------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("My son Tom cleans. My mate Dean takes me to bingo", "Dean"),
        ("Our Jo visits. My son Gary does my garden", "Gary"),
        ("Everyone helps. My neighbour Pat checks on me", "Pat"),
        ("Kath always rings. My nephew Sam drives me to the shops", "Sam"),
        ("The ramp still hasn't come. My son Leo fixed the step", "Leo"),
        ("Bev is the one who helps! Her husband Rob mows the lawn", "Rob"),
        ("My sister Viv rings. Her husband Rob mows the lawn", "Rob"),
    ],
)
def test_a_person_after_a_sentence_ending_in_a_verb_is_a_helper(said: str, name: str) -> None:
    assert name in _names(said)


# --- (2) someone's words go on after "she", "he", a dash or "but": all of what they do -----------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("Our Karen visits most days - she does my washing and changes the bed", "Karen",
         "does my washing and changes the bed"),
        ("My son Paul is a builder so he's out all week but he takes me to church", "Paul",
         "takes me to church"),
        ("Alison, my niece, comes after work, she cooks my tea", "Alison", "cooks my tea"),
        ("My daughter Rose lives in Leeds, she phones me", "Rose", "phones me"),
        ("Kieran is 16, he does the computer for me", "Kieran", "does the computer for me"),
        ("My sister Pam, we don't always get on but she'll come if I need her", "Pam",
         "come if I need her"),
        ("Barry next door, he'll notice if my blinds are shut", "Barry",
         "notice if my blinds are shut"),
    ],
)  # fmt: skip
def test_what_someone_does_is_read_past_she_or_he(said: str, name: str, help: str) -> None:
    assert _one(said, name)[2] == help


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        # coming or visiting is left out when they also do something
        ("My son Ravi comes every evening - he does my tablets", "Ravi", "does my tablets"),
        ("Gill visits on Sundays, and she does a big shop", "Gill", "does a big shop"),
        ("My grandson Joe comes most weekends, he cuts the grass", "Joe", "cuts the grass"),
        ("Jean visits every Friday and she does my hair", "Jean", "does my hair"),
        ("Our Tony pops round after work - he sorts my post", "Tony", "sorts my post"),
        # but kept when it is all they do
        ("My friend Anne visits on Tuesdays", "Anne", "visits"),
        ("Mrs Hall pops in most mornings", "Mrs Hall", "pops in"),
        # more than one thing, kept as said
        ("Mrs Khan over the road takes my bins out and she'll ring my son if I'm not up",
         "Mrs Khan", "takes my bins out and she'll ring my son if I'm not up"),
    ],
)  # fmt: skip
def test_coming_is_left_out_when_they_do_more(said: str, name: str, help: str) -> None:
    assert _one(said, name)[2] == help


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("My mum Jan rings every day but she's in Spain so she can't do much", "Jan", "rings"),
        ("My son Dan and my mate Kev, he drives me to bowls", "Kev", None),  # whose is unclear
        ("My brother Nick, she does my shopping", "Nick", None),  # "she" is not him
        ("Tina, my daughter, works full time, she's very busy", "Tina", None),
        ("My grandson Alfie, he's at university", "Alfie", None),
    ],
)  # fmt: skip
def test_what_is_not_help_after_she_or_he(said: str, name: str, help: str | None) -> None:
    assert _one(said, name)[2] == help


# --- (3) a reason, a purpose or someone else's words end what someone does -----------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("My nan Rita does the school run on Mondays so I can work late", "Rita",
         "does the school run"),
        ("My brother Craig fitted a rail because the council never came", "Craig",
         "fitted a rail"),
        ("Dot from next door takes my dog out cos I can't walk far", "Dot", "takes my dog out"),
        ("Uncle Mo does my forms so that I don't get in a muddle", "Mo", "does my forms"),
        ("Kieran does my phone calls for me - I don't like that, he's only a kid", "Kieran",
         "does my phone calls for me"),
        ("Lucy cooks my tea, I'd be lost without her", "Lucy", "cooks my tea"),
    ],
)  # fmt: skip
def test_reasons_and_other_voices_end_what_someone_does(said: str, name: str, help: str) -> None:
    assert _one(said, name)[2] == help


def test_so_much_is_not_a_purpose() -> None:
    assert _one("My daughter Gail does so much for me", "Gail")[2] == "does so much for me"


# --- (4) whom the help is for is not a helper --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("My neighbour Pat walks Bonnie for me", ["Pat"]),
        ("My son Dave takes Daniel fishing on Saturdays", ["Dave"]),  # the person himself
        ("Dad sits with Daniel if I go out", ["dad"]),
        ("My friend Amy sits with mum while I shop", ["Amy"]),
        ("Aunty Jo looks after Max for me on Fridays", ["Jo"]),
    ],
)
def test_whom_the_help_is_for_is_not_a_helper(said: str, names: list[str]) -> None:
    before = {**PERSON, "name": "Daniel Price"}
    assert [n.lower() for n in _names(said, before) if n] == [n.lower() for n in names]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("I have my daughter Sue, she does my shopping", ["Sue"]),
        ("I see my friend Jo most weeks", ["Jo"]),
        ("We have my son Tom and his wife Lisa nearby", ["Tom", "Lisa"]),
        ("There's my sister Ann, who rings me every day", ["Ann"]),
        ("Mostly I see my mate Dave at the pub", ["Dave"]),
    ],
)
def test_people_the_person_has_or_sees_are_helpers(said: str, names: list[str]) -> None:
    assert _names(said) == names


def test_the_person_cared_for_is_not_in_a_young_carers_network() -> None:
    plan = Plan(plan_type="carer_support")
    said = "mums friend tracey sits with mum if i go out. my aunt Sal helps mum with her bath"
    got = _network(said, YOUNG_CARER, plan=plan, audience="carer")
    assert [r[0] for r in got] == ["Tracey", "Sal"]
    assert got[0][2] == "sits with mum if i go out"


# --- (5) people said to be no help, out of touch or never there -------------------------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("my dad doesnt help, hes not around. my nan Jean rings me", ["Jean"]),
        ("My son Tony never visits. My daughter Kim does my shopping", ["Kim"]),
        ("Jo does my shopping but Dave never visits", ["Jo"]),
        ("Dave never bothers but Jo does my shopping", ["Jo"]),
        ("My brother Mark - no help at all. My friend Sue pops in", ["Sue"]),
        ("My ex-husband won't help. My sister Di takes me out", ["Di"]),
    ],
)
def test_people_said_to_be_no_help_are_not_in_the_network(said: str, names: list[str]) -> None:
    assert _names(said) == names


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("My neighbour Agnes lets my son know if she hasn't seen me", "Agnes"),
        ("Jo rings the office when she doesn't hear from me", "Jo"),
        ("My daughter Fay rings me, even when we're not speaking", "Fay"),
    ],
)
def test_out_of_touch_words_after_if_or_when_are_not_theirs(said: str, name: str) -> None:
    assert name in _names(said)


# --- (6) more verbs of helping; what someone would do ------------------------------------------


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("My brother Steve built me a ramp", "Steve", "built me a ramp"),
        ("His pals Ron and Ged meet him at the club", "Ron", "meet him at the club"),
        ("Our Abi FaceTimes me every night", "Abi", "FaceTimes me"),
        ("My son-in-law Gaz fitted my grab rails", "Gaz", "fitted my grab rails"),
        ("My friend Rose brought me meals after my fall", "Rose", "brought me meals after my fall"),
        ("Mr Patel would come round if I rang", "Mr Patel", "would come round if I rang"),
    ],
)  # fmt: skip
def test_more_verbs_of_helping(said: str, name: str, help: str) -> None:
    assert _one(said, name)[2] == help


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("My cousin Ali comes on Sundays", "Ali"),
        ("Becca comes tues n thurs", "Becca"),
        ("My sister Raj comes Sundays from Wolverhampton", "Raj"),
        ("Our Jade came at Christmas", "Jade"),
        ("My friend Lyn comes over on Mondays", "Lyn"),
        ("Our Kelly comes round most evenings", "Kelly"),
        ("My friend Gwen would be round like a shot", "Gwen"),
    ],
)
def test_coming_alone_says_nothing_of_help(said: str, name: str) -> None:
    assert _one(said, name)[2] is None


def test_coming_when_needed_is_help() -> None:
    assert _one("My son Ian comes if I ring him", "Ian")[2] == "comes if I ring him"


# --- (7) a practitioner's notes: who in brackets, short forms, what after a dash ------------------


@pytest.mark.parametrize(
    ("said", "name", "relationship"),
    [
        ("Jade (dtr, 24) - visits Weds", "Jade", "daughter"),
        ("Sian Prowse (HDA specialist adviser) - visits monthly", "Sian Prowse",
         "HDA specialist adviser"),
        ("Tom Hill (community nurse) - dressings", "Tom Hill", "community nurse"),
        ("Priya (dau) - does her meds", "Priya", "daughter"),
        ("my bro Dan fixes things", "Dan", "brother"),
        ("Kath (his key worker) sees him weekly", "Kath", "key worker"),
        ("Marie (nbr) checks on him daily", "Marie", "neighbour"),
        ("Lou (aunty) has him Fridays", "Lou", "aunt"),
    ],
)  # fmt: skip
def test_who_someone_is_in_brackets_and_short_forms(
    said: str, name: str, relationship: str
) -> None:
    assert _one(said, name)[1] == relationship


@pytest.mark.parametrize(
    ("said", "name", "help"),
    [
        ("Wife Halina - all personal care, cooking, medication", "Halina",
         "all personal care, cooking, medication"),
        ("Son Piotr - shopping, garden", "Piotr", "shopping, garden"),
        ("Daughter Ruth - meds, meals, lifts to clinic", "Ruth", "meds, meals, lifts to clinic"),
        ("Friend Pat - very good, rings daily", "Pat", "rings"),
        ("Son Ade - supportive, does his forms", "Ade", "does his forms"),
        ("Neighbour Mr Baines: checks on her", "Mr Baines", "checks on her"),
        ("Jade (dtr, 24) - visits Weds & Sat, does shopping, opens post", "Jade",
         "visits, does shopping, opens post"),
        ("Nephew Rhys (lives 3 miles) - shopping Sat, does her bills online", "Rhys",
         "shopping, does her bills online"),
    ],
)  # fmt: skip
def test_a_note_after_a_dash_says_what_they_do(said: str, name: str, help: str) -> None:
    assert _one(said, name, before={**PERSON, "helper": "skip"})[2] == help


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Brother Lenny - lives in Skegness", "Lenny"),
        ("Daughter Kelly - 34, works in London", "Kelly"),
        ("Son Mark - not involved", None),
        ("Neighbour Jim - retired, keeps to himself", "Jim"),
        ("Friend Sal - is very supportive", "Sal"),
    ],
)
def test_a_note_after_a_dash_that_is_not_help(said: str, name: str | None) -> None:
    got = _network(said)
    assert [r[2] for r in got if r[0] == name] in ([None], [])
    if name is None:
        assert got == []


# --- (8) a carer answering for someone says what they do themselves --------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("Mum does most of it. I have him at mine every other weekend", "have him at mine"),
        ("Dad works away. I take him to college on Mondays", "take him to college"),
        ("I do his money and his letters", "do his money and his letters"),
        ("Our Pete drives him. I also cook for him on Sundays", "cook for him"),
        ("His mate Ollie plays games with him, and I sort his tablets", "sort his tablets"),
    ],
)
def test_a_carers_i_is_the_carer_in_the_network(said: str, help: str) -> None:
    got = [r for r in _network(said, SISTER, audience="carer") if r[0] == "Kim Price"]
    assert [(r[1], r[2]) for r in got] == [("sister", help)]


@pytest.mark.parametrize(
    "said",
    [
        "Mum does most of it. I work full time",
        "I think his mate Ollie sees him",
        "Dad drives him, I don't drive",
    ],
)
def test_a_carers_i_without_help_is_not_listed(said: str) -> None:
    assert "Kim Price" not in _names(said, SISTER, audience="carer")


def test_the_persons_own_i_is_not_someone_in_the_network() -> None:
    assert _names("I do my own shopping. My son Tim cleans") == ["Tim"]


# --- (9) whose relative someone is, said with a possessive ----------------------------------


@pytest.mark.parametrize(
    ("said", "name", "relationship"),
    [
        ("mums MS nurse, Jo, rings every few weeks", "Jo", "mum's MS nurse"),
        ("mums support worker, Gina, helps her", "Gina", "mum's support worker"),
        ("dads care coordinator, Ade, visits", "Ade", "dad's care coordinator"),
        ("grans GP, Dr Hart, rings her", "Dr Hart", "gran's GP"),
        ("dads support worker, Kim, takes him out", "Kim", "dad's support worker"),
    ],
)
def test_whose_relative_said_with_a_possessive(said: str, name: str, relationship: str) -> None:
    got = _network(said)
    assert [r[1] for r in got if r[0] == name] == [relationship]
    assert len(got) == 1


# --- (10) when: what a time is after, counts of days, short days ----------------------------


@pytest.mark.parametrize(
    ("said", "name", "when"),
    [
        ("My son Ed phones me four nights a week", "Ed", "four nights a week"),
        ("Mum has the kids three days a week", "Mum", "three days a week"),
        ("Sian (specialist nurse) - visits 6-weekly", "Sian", "6-weekly"),
        ("Son Rhys - shopping Sat", "Rhys", "Sat"),
        ("My friend Ann sits with me two afternoons a week", "Ann", "two afternoons a week"),
        ("Tina (OT) - visits 2-weekly", "Tina", "2-weekly"),
    ],
)  # fmt: skip
def test_when_someone_helps(said: str, name: str, when: str) -> None:
    assert _one(said, name)[3] == when


def test_a_number_with_a_dash_is_not_a_short_day() -> None:
    assert _one("Sat with me - my friend Sal", "Sal")[3] is None


# --- (11) an unnamed relative said again is the one already named ------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Mum - Sandra - does everything. Dad works so Mum gets a break at weekends",
         ("Sandra", "mother", "does everything", None)),
        ("My husband Bill does the cooking. My husband also drives me",
         ("Bill", "husband", "does the cooking, drives me", None)),
        ("Our daughter Jen rings daily and our daughter pops in on Fridays",
         ("Jen", "daughter", "rings, pops in", "daily")),
        ("My son Ray, he mows the lawn. My son does my bins too",
         ("Ray", "son", "mows the lawn, does my bins too", None)),
        ("Gran - Elsie - cooks. Gran gets a rest when I'm home",
         ("Elsie", "grandmother", "cooks", None)),
        ("My sister Meg takes me out. My sister rings daily too",
         ("Meg", "sister", "takes me out, rings too", "daily")),
    ],
)  # fmt: skip
def test_an_unnamed_relative_said_again_is_one_person(said: str, expected: Row) -> None:
    got = _network(said)
    assert [r for r in got if r[1] == expected[1]] == [expected]


# --- (12) "nobody" first, then someone who helps -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Nobody else really calls. My sister Rose drives me", ["Rose"]),
        ("No one much. My neighbour Pat checks on me", ["Pat"]),
        ("Not really, my son Lee rings on Sundays", ["Lee"]),
        ("Nobody really, just Bob next door who takes my bins out", ["Bob"]),
        ("No. Well, my niece Gail does my shopping", ["Gail"]),
    ],
)
def test_nobody_then_someone_who_helps(said: str, names: list[str]) -> None:
    assert _names(said) == names


@pytest.mark.parametrize(
    "said",
    [
        "No, my daughter lives in Spain",
        "Nobody. My son never visits",
        "No one, my family are all in Ireland",
        "No",
        "Nobody really",
    ],
)
def test_nobody_with_no_one_who_helps_is_nobody(said: str) -> None:
    assert _network(said) == []


# --- (13) carers: one carer said twice is one carer; their name fills the network -----------


def _carers(script: dict[str, str], **how: Any) -> list[tuple[str | None, str | None]]:
    _, plan, _ = run({**PERSON, **script}, plan=Plan(), **how)
    return [(c.name, c.relationship) for c in plan.carers]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ({"network": "My daughter Marcia comes every evening",
          "has_carer": "Marcia, yes. She would say she's just my daughter"},
         [("Marcia", "daughter")]),
        ({"has_carer": "My son Gary. Well, Gary and his wife do a bit"},
         [("Gary", "son"), ("his wife", "wife")]),
        ({"network": "Mum - Sandra - does everything", "has_carer": "Mum. Sandra Whitfield"},
         [("Sandra Whitfield", "mother")]),
        ({"has_carer": "My husband Bill. My husband does everything"}, [("Bill", "husband")]),
        ({"has_carer": "Yes, my partner Jo. My partner's been brilliant"}, [("Jo", "partner")]),
        ({"has_carer": "My daughter Ann, and my son"}, [("Ann", "daughter"), ("my son", "son")]),
        ({"has_carer": "My daughter - my daughter Lisa does it all"}, [("Lisa", "daughter")]),
        ({"has_carer": "Dad. My dad Frank"}, [("Frank", "father")]),
        ({"has_carer": "My son Dean, and my son Mark"}, [("Dean", "son"), ("Mark", "son")]),
    ],
)  # fmt: skip
def test_one_carer_said_twice_is_one_carer(
    script: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert _carers(script) == expected


@pytest.mark.parametrize(
    ("network", "has_carer", "expected"),
    [
        ("mum does my washing n tea. dad drives me", "my mum i guess. debbie",
         [("Debbie", "mother"), ("dad", "father")]),
        ("My husband does everything", "Yes, my husband Phil", [("Phil", "husband")]),
        ("my nan rings me every night", "my nan Pauline", [("Pauline", "grandmother")]),
        ("Our daughter pops in. Next door keep an eye", "Our daughter, Kate",
         [("Kate", "daughter"), ("Next door", "neighbour")]),
        ("my partner helps me wash", "my partner Sam", [("Sam", "partner")]),
    ],
)  # fmt: skip
def test_a_carers_name_fills_the_unnamed_person_in_the_network(
    network: str, has_carer: str, expected: list[tuple[str, str]]
) -> None:
    _, plan, _ = run({**PERSON, "network": network, "has_carer": has_carer}, plan=Plan())
    assert [(p.name, p.relationship) for p in plan.network] == expected


@pytest.mark.parametrize(
    ("network", "has_carer", "names"),
    [
        ("my sons do my shopping", "my son Lee", ["my sons"]),  # which son is not known
        ("my son Tom and my son rings", "my son Lee", ["Tom"]),  # two sons: not known which
        ("my daughter Kim cooks", "my daughter Jo", ["Kim"]),  # already named
        ("mum does my washing", "Debbie", ["mum"]),  # no relationship said with the name
        ("mum does my washing", "no", ["mum"]),
    ],
)
def test_a_carers_name_fills_only_one_unnamed_person(
    network: str, has_carer: str, names: list[str]
) -> None:
    _, plan, _ = run({**PERSON, "network": network, "has_carer": has_carer}, plan=Plan())
    assert [p.name for p in plan.network] == names


# --- (14) whose something is, after "is" or "as", is not another person ------------------------


@pytest.mark.parametrize(
    ("said", "help"),
    [
        ("Mrs Cotter keeps an eye out and is Halina's back-up if she can't get home",
         "keeps an eye out and is Halina's back-up if she can't get home"),
        ("My friend Jan drives me and is Dave's cover when he's away",
         "drives me and is Dave's cover when he's away"),
        ("Our neighbour Sue feeds the cat and acts as Jim's eyes and ears",
         "feeds the cat and acts as Jim's eyes and ears"),
        ("My cousin Lee helps out, he was Mark's best man", "helps out"),
        ("Pat next door checks on me and is Tom's emergency contact",
         "checks on me and is Tom's emergency contact"),
    ],
)  # fmt: skip
def test_whose_something_is_is_not_another_person(said: str, help: str) -> None:
    got = _network(said)
    assert len(got) == 1
    assert got[0][2] == help


# --- (15) a day said as the kind of a meal or service is not when ------------------------------


@pytest.mark.parametrize(
    ("said", "help", "when"),
    [
        ("His nan Peggy has him for Sunday dinner every week", "has him for Sunday dinner",
         "every week"),
        ("My son takes me to Sunday lunch", "takes me to Sunday lunch", None),
        ("Brother Len takes me to Sunday service", "takes me to Sunday service", None),
        ("Our Sue brings me the Saturday paper", "brings me the Saturday paper", None),
        ("My mate Jim takes me to the Friday club most weeks", "takes me to the Friday club",
         "most weeks"),
    ],
)  # fmt: skip
def test_a_day_said_as_a_kind_is_not_when(said: str, help: str, when: str | None) -> None:
    got = _network(said)
    assert [(r[2], r[3]) for r in got] == [(help, when)]


def test_a_day_is_still_when() -> None:
    assert _network("My son Ray does my dinner on Sunday")[0][2:] == ("does my dinner", "on Sunday")
