"""Round 9 (holdout8) causes in answers of a simple shape: the end or middle of a month is a stretch
of days, not a date, so it is asked again (the start of a month is still its first working day);
an option turned down after it ("DP discussed - declined") or a lone option turned down ("not a
direct payment") is never the choice; a care provider holding the money is an individual service
fund, said with a provider word or the name of an organisation named earlier; "std" print and
aphasia-friendly copies are formats; an amount in words followed by its period is money without a
money word, and a range of money is asked again; "in a fortnight" and dates written with dots or
hyphens and a year."""

from __future__ import annotations

from datetime import date

import pytest

from service.conversation.extract_simple import _amount
from service.conversation.understand_dates import find_date
from tests.conversation.helpers import TODAY, plan_after

# --- the end or middle of a month, without a day, is asked again --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "towards the end of February",
        "Middle of March, once the clocks change",
        "mid-Feb would suit",
        "towards the middle of May",
        "the end of Jan, when things settle",
        "about the middle of April",
    ],
)
def test_the_end_or_middle_of_a_month_is_no_date(said: str) -> None:
    assert find_date(said, TODAY) is None


def test_a_part_of_a_month_is_asked_and_the_day_given_then_kept() -> None:
    plan = plan_after(review_when="end of February", **{"review_when!": "Tuesday 23rd February"})
    assert plan.review is not None and plan.review.first_review_on == date(2027, 2, 23)


def test_a_part_of_a_month_without_its_day_gives_no_review_date() -> None:
    plan = plan_after(review_when="The middle of March suits us")
    assert plan.review is None or plan.review.first_review_on is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("the start of February", date(2027, 2, 1)),
        ("beginning of March", date(2027, 3, 1)),
        ("end of February, the Friday", date(2027, 2, 26)),
        ("mid March on a Tuesday", date(2027, 3, 16)),
        ("the middle of January - say the 14th of January", date(2027, 1, 14)),
    ],
)
def test_the_start_of_a_month_or_a_day_said_in_it_stays(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


# --- an option turned down is never the choice ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Council arranged. Direct payments were offered but she declined",
        "The council to do it - DP talked through with his daughter, refused",
        "Council please. A direct payment was ruled out at the last visit",
        "Direct payment? Not interested. The council can sort it",
        "Managed by the council; DP not wanted at present",
    ],
)
def test_an_option_turned_down_after_it_leaves_the_other(said: str) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is not None
    assert plan.personal_budget.management == "council_managed"


@pytest.mark.parametrize(
    "said",
    [
        "Not a direct payment",
        "no direct payments thanks",
        "Direct payments were discussed but he declined",
        "She doesn't want to manage a DP",
        "DP - turned it down",
    ],
)
def test_a_lone_option_turned_down_is_asked_again(said: str) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is None or plan.personal_budget.management is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Direct payment - I declined the agency they offered", "direct_payment"),
        # the council's carers refused are the council option turned down: a direct payment
        # since round 10 (a verb turning down the option after it, test_simple_round10.py)
        ("Direct payments. I refused the council's carers last time", "direct_payment"),
        ("A direct payment please, I've said no to agencies", "direct_payment"),
        ("the council please", "council_managed"),
    ],
)
def test_a_word_of_refusal_with_its_own_object_turns_nothing_before_it_down(
    said: str, expected: str
) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is not None
    assert plan.personal_budget.management == expected


# --- a provider holding the money is an individual service fund ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The agency keeps the money and pays the carers",
        "let the provider hold it for me",
        "the care company looks after the money, like now",
        "Same as before, the support provider holds the budget",
        "My home care agency manages the money",
    ],
)
def test_a_provider_holding_the_money_is_an_individual_service_fund(said: str) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is not None
    assert plan.personal_budget.management == "individual_service_fund"


@pytest.mark.parametrize(
    "said",
    [
        "Harbour keep the money and pay my staff",
        "Same as now, Harbour hold it",
        "Harbour Care manage the money for me",
    ],
)
def test_an_organisation_named_earlier_holding_the_money_is_an_individual_service_fund(
    said: str,
) -> None:
    plan = plan_after(helper="Priya is helping me, she is my support worker from Harbour Care")
    assert any(p.organisation == "Harbour Care" for p in plan.involvement.people)
    plan = plan_after(
        helper="Priya is helping me, she is my support worker from Harbour Care", management=said
    )
    assert plan.personal_budget is not None
    assert plan.personal_budget.management == "individual_service_fund"


@pytest.mark.parametrize(
    "said",
    [
        "the council pays the agency",  # who holds it is not said: the council arranges it
        "my son keeps the money and pays the PA",  # no provider
        "harbour keep the money",  # no organisation named earlier, and a common word
    ],
)
def test_paying_a_provider_or_someone_else_holding_it_is_no_fund(said: str) -> None:
    plan = plan_after(management=said)
    assert plan.personal_budget is None or (
        plan.personal_budget.management != "individual_service_fund"
    )


# --- "std" print and aphasia-friendly copies ----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("std print", {"standard"}),
        ("Std copy for his wife please", {"standard"}),
        ("aphasia-friendly version for him", {"easy_read"}),
        ("Aphasia friendly info and an email copy", {"easy_read", "email"}),
        ("ER for SU, std for daughter", {"easy_read", "standard"}),
    ],
)
def test_std_and_aphasia_friendly_are_formats(said: str, expected: set[str]) -> None:
    plan = plan_after(formats=said)
    assert set(plan.person.communication.formats) == expected


def test_aphasia_alone_is_no_format() -> None:
    plan = plan_after(formats="He has aphasia, so audio please")
    assert set(plan.person.communication.formats) == {"audio"}


# --- money: an amount in words with its period; a range asked again ----------------------------


@pytest.mark.parametrize(
    ("said", "amount", "period"),
    [
        ("two hundred and fifty a week", "250.00", "week"),
        ("She said about three hundred and twenty per week", "320.00", "week"),
        ("one thousand one hundred a month", "13200.00", "year"),
        ("a hundred and eighty-five each week, roughly", "185.00", "week"),
        ("Nine thousand six hundred a year", "9600.00", "year"),
    ],
)
def test_an_amount_in_words_with_its_period_is_money(said: str, amount: str, period: str) -> None:
    found = _amount(said)
    assert found is not None
    assert (str(found.amount), found.period) == (amount, period)


@pytest.mark.parametrize(
    "said",
    [
        "two hundred and fifty people came",  # no money word, no period
        "we waited two hundred and ten days",
    ],
)
def test_an_amount_in_words_with_nothing_saying_money_is_no_amount(said: str) -> None:
    assert _amount(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "between £200 and £250 a week",
        "£180-£220 a week they reckoned",
        "somewhere around 300 to 350 a week",
        "£200-250 pw",
        "£9k to £11k a year",
    ],
)
def test_a_range_of_money_is_asked_again(said: str) -> None:
    plan = plan_after(indicative_budget=said)
    assert plan.personal_budget is None or plan.personal_budget.indicative_amount is None


def test_a_range_is_asked_and_the_figure_given_then_kept() -> None:
    plan = plan_after(
        indicative_budget="between £200 and £250 a week", **{"indicative_budget!": "£230 a week"}
    )
    assert plan.personal_budget is not None
    assert str(plan.personal_budget.indicative_amount) == "230.00"


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("£842 a week, going up to £900 in April", "842.00"),
        ("IB £468.72 pw (RAS 20/11/26)", "468.72"),
        ("£250 a week, or so they said", "250.00"),
    ],
)
def test_one_amount_with_other_numbers_is_no_range(said: str, amount: str) -> None:
    plan = plan_after(indicative_budget=said)
    assert plan.personal_budget is not None
    assert str(plan.personal_budget.indicative_amount) == amount


# --- "in a fortnight", and dates with dots or hyphens and a year --------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("in a fortnight", date(2026, 12, 7)),
        ("a fortnight's time would be good", date(2026, 12, 7)),
        ("in two fortnights", date(2026, 12, 21)),
        ("12.1.27", date(2027, 1, 12)),
        ("r/v booked 03.02.2027", date(2027, 2, 3)),
        ("15-01-2027 at 10am", date(2027, 1, 15)),
        ("on 8.2.27", date(2027, 2, 8)),
    ],
)
def test_a_fortnight_and_dates_with_dots_or_hyphens(said: str, expected: date) -> None:
    found = find_date(said, TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "said",
    [
        "the 10.14 to Derby",  # a time
        "it's been a fortnight already",  # the past
        "about 12.50 each time",
        "version 1.2.3",
    ],
)
def test_times_and_past_fortnights_are_no_date(said: str) -> None:
    assert find_date(said, TODAY) is None
