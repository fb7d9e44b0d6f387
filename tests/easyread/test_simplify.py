"""The deterministic simplifier: dates, money, numbers, acronyms, first person, splitting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from service.documents.easyread.simplify import plain_date, plain_money, simplify


def test_dates_name_the_day() -> None:
    assert plain_date(date(2027, 3, 1)) == "Monday 1 March 2027"
    assert simplify("Review on 2027-03-03.") == ["Check on Wednesday 3 March 2027."]
    assert "Wednesday 3 March 2027" in simplify("Starts 03/03/2027.")[0]


def test_money_shows_pence_only_when_needed() -> None:
    assert plain_money(Decimal("120.00")) == "£120"
    assert plain_money(Decimal("182.5")) == "£182.50"
    assert plain_money(Decimal("1250")) == "£1,250"
    assert simplify("It costs £120.00 per week.") == ["It costs £120 each week."]


def test_number_words_become_digits() -> None:
    assert simplify("She visits three times a week for one hour.") == [
        "She visits 3 times each week for 1 hour."
    ]


def test_acronyms_and_plain_words() -> None:
    (sentence,) = simplify("The DP pays for domiciliary care.")
    assert sentence == "The direct payment pays for help at home."


def test_first_person_for_the_person_not_for_others() -> None:
    names = ("Florence Brown", "Florence")
    assert simplify("Florence likes her garden.", names) == ["I like my garden."]
    assert simplify("Mary cooks Florence's tea.", names, others=("Mary",)) == ["Mary cooks my tea."]
    # "she" here is Mary, so it stays "she".
    assert simplify("Mary visits Florence and she cooks.", names, others=("Mary",)) == [
        "Mary visits me and she cooks."
    ]


def test_verbs_agree_with_i() -> None:
    assert simplify("Florence washes and dresses slowly.", ("Florence",)) == [
        "I wash and dress slowly."
    ]
    assert simplify("Florence worries at night.", ("Florence",)) == ["I worry at night."]


def test_punctuation_is_simplified() -> None:
    assert simplify("I go out; I like it.") == ["I go out.", "I like it."]
    assert simplify("I go to the centre (on Monday).") == ["I go to the centre, on Monday."]


def test_long_sentences_split_where_a_new_idea_starts() -> None:
    text = (
        "I need help to wash and get dressed every morning before breakfast "
        "because my arthritis makes my hands stiff and sore."
    )
    parts = simplify(text)
    assert len(parts) == 2
    assert parts[1].startswith("This is because my arthritis")
    assert all(len(p.split()) <= 15 for p in parts)


def test_names_kept_as_written_are_not_rewritten() -> None:
    (sentence,) = simplify(
        "Lincolnshire telecare service helps me.", keep=("Lincolnshire telecare service",)
    )
    assert sentence == "Lincolnshire telecare service helps me."


def test_her_sister_at_the_start_of_a_note_is_my_sister() -> None:
    names, others = ("Sophie Sanderson", "Sophie"), ("Claire", "Claire Sanderson")
    assert simplify("Her sister Claire lives in Boston.", names, others) == [
        "My sister Claire lives in Boston."
    ]
    # Once someone else has been named, "her" may be them: it stays.
    assert simplify("Claire visits. Her son helps.", names, others) == [
        "Claire visits.",
        "Her son helps.",
    ]
