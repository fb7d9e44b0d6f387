"""The tenth round's general causes of wrong wellbeing, outcome and strength facts (found on
holdout9), each pinned by several phrasings of our own and by words that must not trigger it."""

from __future__ import annotations

import pytest

from service.plan import Plan
from tests.conversation.helpers import (
    CONTROL,
    DIGNITY,
    FAMILY,
    HEALTH,
    HOME,
    SAFETY,
    SOCIAL,
    WORK,
    run,
)
from tests.conversation.helpers import outcomes_of as _outcomes
from tests.conversation.helpers import strengths_of as _strengths
from tests.conversation.helpers import wellbeing_of as _wellbeing

_FOR_SOMEONE = {"consent": "yes", "plan_for": "It's for my mum", "name": "Rose Hall"}


def _domains_of(said: str, **earlier: str) -> set[str]:
    found = _outcomes(said, **earlier)
    assert len(found) == 1, found
    return found[0][1]


def _answered_by(answerer: str, question: str, said: str) -> Plan:
    script = {**_FOR_SOMEONE, "answerer": answerer, question: said}
    _, plan, _ = run(script, plan=Plan(), audience="carer")
    return plan


def _carer_wellbeing(said: str) -> dict[str, str]:
    plan = _answered_by("Sue Hall, I'm her daughter", "wellbeing", said)
    return {w.domain.value: w.impact or "" for w in plan.wellbeing}


def _carer_strength_kinds(said: str) -> list[str | None]:
    plan = _answered_by("Sue Hall, I'm her daughter", "strengths", said)
    return [s.kind.value if s.kind else None for s in plan.strengths]


# --- (1) a worry for someone close is the relationship, not the person's own health -----------


@pytest.mark.parametrize(
    "said",
    [
        "I worry about my daughter, she's doing far too much",
        "Im always worried about my grandson, he's got in with a bad lot",
        "I do worry for Trevor, he's out on the lorries all night",
        "I get so worried about my son, he's in with a bad crowd",
        "Worrying about my sister all the time, she lives alone",
        "I'm worried for Trevor since the accident",
    ],
)
def test_a_worry_for_someone_close_is_the_relationship(said: str) -> None:
    got = _wellbeing(said, what_matters="Trevor")
    assert FAMILY in got and HEALTH not in got, got


@pytest.mark.parametrize(
    "said",
    [
        "I worry all the time and can't sleep",
        "He worries about Doreen's health and his own",
        "I'm worried about my memory",
        "I worry about my daughter and my own depression is bad",
        "My anxiety is through the roof",
    ],
)
def test_a_worry_of_ones_own_or_with_health_words_is_still_health(said: str) -> None:
    assert HEALTH in _wellbeing(said, what_matters="Doreen")


# --- (2) a relative who only acts in a money, work or housing sentence -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Money is fine, my brother in Canada sends me a bit each month",
        "Finances ok, her son does her banking online",
        "Money's tight, my daughter pays the council tax for me",
        "Pension only, my nephew sorts the bills",
        "We manage on benefits and my wife does the budgeting",
        "Retired in 2020, my son runs the garage now",
    ],
)
def test_a_relative_acting_in_another_topic_is_not_the_relationship(said: str) -> None:
    got = _wellbeing(said)
    assert FAMILY not in got and got, got


@pytest.mark.parametrize(
    "said",
    [
        "My marriage is falling apart and money is a worry",
        "I miss my daughter, she moved away for work",
        "My son and I argue constantly about money",
        "I look after my grandson three days and it's costing me",
        "I never see my grandchildren",
    ],
)
def test_a_relationship_said_in_its_own_words_still_counts(said: str) -> None:
    assert FAMILY in _wellbeing(said)


# --- (3) a short form's full stop is not the end of a sentence --------------------------------


@pytest.mark.parametrize(
    ("said", "first"),
    [
        (
            "Widower (wife Margaret d. 2019). Lives in a damp flat.",
            "Widower (wife Margaret d. 2019)",
        ),
        (
            "Widowed, husband d. 2021 of cancer. Money is tight.",
            "Widowed, husband d. 2021 of cancer",
        ),
        ("approx. 3 falls since June. Money is tight.", "approx. 3 falls since June"),
        ("Seen by Dr. Patel for her diabetes. Money ok.", "Seen by Dr. Patel for her diabetes"),
        ("Widower, m. 1980 wife d. 2001. Money ok.", "Widower, m. 1980 wife d. 2001"),
    ],
)
def test_a_short_forms_full_stop_does_not_end_the_sentence(said: str, first: str) -> None:
    impacts = "; ".join(_wellbeing(said).values())
    assert first in impacts, impacts
    assert SOCIAL in _wellbeing(said) or HOME in _wellbeing(said)


def test_a_single_letter_at_a_real_sentence_end_still_ends_it() -> None:
    got = _wellbeing("Her diabetes is type d. Money is tight.")
    assert got.get(SOCIAL) == "Money is tight", got


# --- (4) "on the flat" is level ground --------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "SOBOE after ~20m on the flat",
        "Short of breath after 50 yards on the flat with the frame",
        "Breathless walking even on the flat",
        "My knees hurt even on the flat, needs rail for steps",
        "gets puffed out on the level, cant do hills at all",
    ],
)
def test_on_the_flat_is_level_ground_not_the_home(said: str) -> None:
    got = _wellbeing(said)
    assert HOME not in got and HEALTH in got, got


@pytest.mark.parametrize(
    "said",
    ["The flat is damp and cold", "I hate the flat, it's too small", "Stuck in the flat all day"],
)
def test_the_flat_lived_in_is_still_the_home_or_isolation(said: str) -> None:
    assert _wellbeing(said)


# --- (5) a place's own name is a name, not its words ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Lives alone at Fell Head Farm, no heating upstairs",
        "Sings with the choir at Fell Side Chapel",
        "Lives in Health Street flats, the landlord won't fix the damp",
        "Works at Sick Bay Cafe two days and loves it",
        "Volunteers at Poorly Paws Rescue on Fridays",
    ],
)
def test_a_place_name_is_not_read_for_its_words(said: str) -> None:
    assert HEALTH not in _wellbeing(said)


def test_a_condition_in_capitals_is_still_a_condition() -> None:
    assert HEALTH in _wellbeing("She has Multiple Sclerosis and Type 2 diabetes")


# --- (6) a quote mark is not part of the word it opens or closes ------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Manage own washing + dressing again - 'I'll not have strangers washing me'",
        "Manage own toilet - 'nobody wiping me'",
        "Dress without help - 'I don't want a stranger dressing me'",
        "Wants to get back to being able to 'wash myself'",
        "He says: 'I want to dress myself'",
    ],
)
def test_a_quoted_phrase_is_read_without_its_quote_marks(said: str) -> None:
    assert DIGNITY in _domains_of(said)


# --- (7) stopping work or study said as when something else began -----------------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("Money tight since I stop work, I on the ESA", SOCIAL),
        ("Skint ever since he gave up work", SOCIAL),
        ("The anxiety has got worse since I left college", HEALTH),
        ("Behind with the rent since she lost her job", SOCIAL),
        ("my support all ends when I finish college and that scares me", HEALTH),
    ],
)
def test_leaving_work_as_a_time_is_not_work(said: str, domain: str) -> None:
    got = _wellbeing(said)
    assert domain in got and WORK not in got, got


@pytest.mark.parametrize(
    "said",
    [
        "Since I stopped work I've got nothing to do all day",
        "I miss work terribly",
        "I lost my job in March",
        "I'd like to go back to college",
        "Retired 2023 and has lost his routine",
    ],
)
def test_work_itself_is_still_work(said: str) -> None:
    assert WORK in _wellbeing(said)


# --- (8) a surgery or hospital as where something else happens --------------------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("People keep misgendering me at the GP surgery", DIGNITY),
        ("The parking at the hospital costs a fortune and I can't afford it", SOCIAL),
        ("They talk down to me at the doctors like I'm a child", DIGNITY),
        ("A man shouted at me outside the GP surgery", SAFETY),
        ("Someone stole my purse at the hospital", SAFETY),
    ],
)
def test_a_care_place_where_something_else_happens_is_not_health(said: str, domain: str) -> None:
    got = _wellbeing(said)
    assert domain in got and HEALTH not in got, got


@pytest.mark.parametrize(
    "said",
    [
        "I was in hospital twice with my chest",
        "I fell at the GP surgery and hurt my hip",
        "I'm at the hospital every week for dialysis",
    ],
)
def test_health_at_a_care_place_is_still_health(said: str) -> None:
    assert HEALTH in _wellbeing(said)


# --- (9) someone answering for the person turning to themselves --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Her memory is going. Me, I'm 63 and my knees are shot",
        "Mum is very low. As for me, I'm on tablets for my nerves",
        "She has bad arthritis. Myself, I don't sleep with worry",
        "Her chest is bad. And me - I've got my own blood pressure",
        "She's lonely. Me: I'm exhausted and my back is bad",
    ],
)
def test_the_answerers_own_sentence_is_not_the_persons(said: str) -> None:
    impacts = "; ".join(_carer_wellbeing(said).values())
    assert impacts
    assert not any(w in impacts for w in ("knees", "nerves", "sleep", "blood", "exhausted"))


def test_a_person_saying_me_of_themselves_is_kept() -> None:
    got = _wellbeing("Me, I've got bad arthritis in my knees")
    assert HEALTH in got


# --- (10) another speaker's words in brackets --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "money's a mess. (Jodie: about £600 rent arrears)",
        "cant manage the bills. (Sam: he owes about £300 on the gas)",
        "I'm fine. (Priya: she is behind on the council tax)",
        "skint. (Mo: his universal credit was stopped in May)",
        "dunno. (Karen: £200 overdraft and a catalogue debt)",
    ],
)
def test_a_bracketed_speaker_is_not_part_of_the_impact(said: str) -> None:
    got = _wellbeing(said)
    assert SOCIAL in got and "(" not in got[SOCIAL] and ":" not in got[SOCIAL], got


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("(Jodie: he's honest and he always turns up)", "personal"),
        ("(Sam: she's kind to everyone)", "personal"),
        ("(Mo: he can cook a mean curry)", "personal"),
        ("(Priya: she always takes her meds)", "personal"),
        ("(Karen: he's brilliant with the dog)", "personal"),
    ],
)
def test_a_bracketed_speakers_strength_has_its_kind(said: str, kind: str) -> None:
    assert _strengths(said)[0][1] == kind


# --- (11) someone else's work in a goal ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I want Yvonne to be able to go to work and not worry about me",
        "so my daughter can keep her job",
        "For my husband to get back to work",
        "I'd like Dev to carry on at work without having to rush home",
        "my wife needs to keep working her shifts",
    ],
)
def test_someone_elses_work_is_not_the_persons(said: str) -> None:
    assert WORK not in _domains_of(said, what_matters="Yvonne and Dev")


@pytest.mark.parametrize(
    "said",
    ["I want to go back to work", "Get a bit of work one day", "I want to keep my job"],
)
def test_the_persons_own_work_is_still_work(said: str) -> None:
    assert WORK in _domains_of(said)


def test_from_a_carer_he_wanting_work_is_the_persons_work() -> None:
    plan = _answered_by("Sue Hall, I'm her daughter", "outcomes", "She wants to get back to work")
    assert WORK in {d.value for d in plan.outcomes[0].wellbeing_domains}


# --- (12) words for conditions, activities, dignity, money and the home ------------------------


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("I'm on dialysis three times a week", HEALTH),
        ("still getting used to the prosthetic", HEALTH),
        ("on 40 mil methadone and doing ok", HEALTH),
        ("hep c and they want me to do the treatment", HEALTH),
        ("Known CHF and CKD 3", HEALTH),
        ("I miss the dominoes with the lads", WORK),
        ("Can't get to the masjid for jummah any more", WORK),
        ("She wants to go on Hajj", WORK),
        ("I'm sick of being misgendered", DIGNITY),
        ("People won't use my pronouns", DIGNITY),
        ("Finances are a worry", SOCIAL),
        ("Not claiming AA yet", SOCIAL),
        ("Struggling with the finances since June", SOCIAL),
    ],
)
def test_everyday_words_for_the_domains(said: str, domain: str) -> None:
    assert domain in _wellbeing(said)


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        ("Maybe a ground floor place", HOME),
        ("Keep warm at home over winter", HOME),
        ("Keep warm at home over winter", HEALTH),
        ("I want her settled somewhere nice", HOME),
        ("Her own team of PAs who know her", CONTROL),
        ("Stay off the gear", HEALTH),
        ("Keep HF stable + stay out of hosp", HEALTH),
    ],
)
def test_everyday_words_for_goals(said: str, domain: str) -> None:
    assert domain in _domains_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "I have the prosthetic but I'm still learning, it takes time",
        "He's learning to use the hoist",
        "Still learning the ropes with the new chair",
    ],
)
def test_learning_alone_is_not_education(said: str) -> None:
    assert WORK not in _wellbeing(said)


# --- (13) a strength's qualifier, its evidence after a semicolon and its examples after a colon --


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("I stubborn, ha! In a good way. I cook.", "I stubborn, ha! In a good way"),
        ("Patient. Mostly. Good with my hands.", "Patient. Mostly"),
        ("I'm cheerful! Most days. I can cook.", "I'm cheerful! Most days"),
        ("Determined! Or so I'm told. Good cook.", "Determined! Or so I'm told"),
        ("Funny, haha. On a good day. Kind.", "Funny, haha. On a good day"),
    ],
)
def test_a_qualifier_stays_with_its_strength(said: str, first: str) -> None:
    got = _strengths(said)
    assert got[0][0] == first and len(got) == 2, got


@pytest.mark.parametrize(
    "said",
    [
        "I am extremely reliable about deadlines; I have never handed in work late",
        "I'm very organised; I run the whole house",
        "She's determined; she walked again after the stroke",
        "She is brave; she has been through so much",
        "I'm handy; I fixed the boiler myself",
    ],
)
def test_evidence_after_a_semicolon_is_the_same_strength(said: str) -> None:
    assert len(_strengths(said)) == 1


def test_two_claims_after_a_semicolon_stay_two() -> None:
    assert len(_strengths("I'm kind; I'm good with kids")) == 2


@pytest.mark.parametrize(
    "said",
    [
        "I look after Pixel by myself: her food, cleaning her hutch, and her vet trips",
        "I do loads at home: the washing, the hoovering, the ironing",
        "She manages her own care: her meds, her appointments and her diet",
        "Good at crafts: knitting, sewing, crochet",
        "He keeps busy: the garden, the allotment, his pigeons",
    ],
)
def test_examples_after_a_colon_are_one_strength(said: str) -> None:
    assert len(_strengths(said)) == 1


# --- (14) strength kinds: the answerer, the household, a group, family-like people, staff -------


@pytest.mark.parametrize(
    "said",
    [
        "And me, I know her inside out",
        "Me - I'm always there for her",
        "Myself, I do everything for her",
        "Me: I've cared for her for ten years",
        "me, I know every sign of a seizure coming",
    ],
)
def test_the_answerer_named_as_a_strength_is_network(said: str) -> None:
    assert _carer_strength_kinds(said) == ["network"]


def test_the_person_saying_me_of_themselves_is_personal() -> None:
    assert _strengths("Me, I'm a fighter")[0][1] == "personal"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("and us, her family", "network"),
        ("Us - we're always round", "network"),
        ("the dog lot at the park, we walk together sundays", "community"),
        ("The allotment lot, they keep an eye on me", "community"),
        ("The staff at the day service adore him", "community"),
        ("The care staff are lovely with her", "community"),
        ("known + respected in the valley", "community"),
        ("Well respected at the mart", "community"),
        ("Pat is like a second mum to him", "network"),
        ("Her PA is like a sister to her", "network"),
        ("Pat and Jim are like family to her", "network"),
    ],
)
def test_strength_kinds_from_who_the_words_are_about(said: str, kind: str) -> None:
    assert _strengths(said)[0][1] == kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I do a lot for myself", "personal"),
        ("Drama group - they're like a second family", "community"),
        ("I can walk to town on my own", "personal"),
    ],
)
def test_strength_kinds_guards(said: str, kind: str) -> None:
    assert _strengths(said)[0][1] == kind


# --- (15) "but" splits a sentence only where each half would be an impact of its own domain -----


@pytest.mark.parametrize(
    ("said", "domain"),
    [
        (
            "Home is okay, but eventually I'd like my own place and my dad thinks I'm not ready",
            HOME,
        ),
        ("The house is fine but the stairs are hard and my husband has to help me up them", HOME),
        (
            "I get my pension but I'd like a bank account of my own, not one my daughter runs",
            SOCIAL,
        ),
        ("The flat's alright but the bathroom is too small for my partner to help me", HOME),
        ("Money is ok but I'd like to pay my own bills instead of my brother", SOCIAL),
        ("College is going well but I'd like to do my course without my mum coming in", WORK),
    ],
)
def test_a_relative_after_but_does_not_cut_the_sentence(said: str, domain: str) -> None:
    got = _wellbeing(said)
    assert got.get(domain) == said and FAMILY not in got, got


@pytest.mark.parametrize(
    "said",
    [
        "The flat is fine but I'm so lonely",
        "Money is OK but my arthritis is agony",
    ],
)
def test_but_still_cuts_where_the_rest_turns_to_a_domain_of_its_own(said: str) -> None:
    assert len(_wellbeing(said)) == 2


# --- (16) a pet named earlier: a strength with them is the person's own, a goal with them no
# relationship ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "matters",
    [
        "Meg (his sheepdog, 11 yrs)",
        "my lurcher Dot",
        "Bonnie, my whippet",
        "Pip the guinea pig",
        "Rex (alsatian)",
    ],
)
def test_a_strength_with_a_pet_is_personal_and_a_goal_with_them_no_relationship(
    matters: str,
) -> None:
    name = next(w for w in matters.replace(",", " ").replace("(", " ").split() if w[0].isupper())
    assert _strengths(f"strong bond with {name} - gets me up", what_matters=matters) == [
        (f"strong bond with {name} - gets me up", "personal")
    ]
    assert FAMILY not in _domains_of(f"Return home with {name}", what_matters=matters)


def test_a_strength_with_a_relative_of_the_same_name_is_not_personal() -> None:
    assert _strengths("strong bond with Meg - gets me up", what_matters="my daughter Meg")[0][
        1
    ] != ("personal")


# --- (17) "the centre" said bare is a day centre; having no friends is loneliness ----------------


@pytest.mark.parametrize(
    "said",
    [
        "She loves the centre but it's only three days",
        "He goes to the centre Mondays and Wednesdays, it's his lifeline",
        "Misses the centre since it shut in the pandemic",
        "Attends day services twice a week and enjoys the cooking",
        "Her day opportunities were cut to one day",
    ],
)
def test_the_centre_and_day_services_are_participation(said: str) -> None:
    assert WORK in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    [
        "The limb centre say it will take time",
        "Went to the town centre and got lost",
        "The health centre changed her tablets",
    ],
)
def test_a_centre_of_another_kind_is_not_participation(said: str) -> None:
    assert WORK not in _wellbeing(said)


@pytest.mark.parametrize(
    "said",
    [
        "She hasn't got any friends of her own outside the centre",
        "No friends at college, he eats lunch alone",
        "I haven't got any mates since I left the club",
        "Hasn't got any friends outside of work",
        "He has no friends at the day centre",
        "Got no mates outside the gym",
    ],
)
def test_having_no_friends_is_loneliness_not_the_place(said: str) -> None:
    got = _wellbeing(said)
    assert SOCIAL in got and WORK not in got, got
