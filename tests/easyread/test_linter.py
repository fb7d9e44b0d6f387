"""The easy-read linter: each ER rule found at the right place, readability computed offline."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.documents.easyread.linter import lint
from service.documents.easyread.readability import syllables


def codes(text: str, **kwargs: object) -> list[tuple[str, str, str]]:
    return [(v.code, v.severity, v.text) for v in lint(text, **kwargs).violations]  # type: ignore[arg-type]


def test_plain_easy_read_text_passes_with_good_scores() -> None:
    report = lint("I live in a flat in Lincoln. My mum comes to see me on Sunday. I like to cook.")
    assert report.failures == 0
    assert report.readability.flesch_reading_ease >= 80
    assert report.readability.flesch_kincaid_grade <= 5


def test_sentence_length_warns_above_15_and_fails_above_20() -> None:
    sixteen = " ".join(["word"] * 15) + " end."
    twenty_one = " ".join(["word"] * 20) + " end."
    assert ("sentence_long", "warn") in [(c, s) for c, s, _ in codes(sixteen)]
    assert ("sentence_too_long", "fail") in [(c, s) for c, s, _ in codes(twenty_one)]
    assert not [
        c for c, _, _ in codes(" ".join(["word"] * 14) + " end.") if c.startswith("sentence")
    ]


def test_positions_point_at_the_problem() -> None:
    text = "I go out. They come three times each week."
    (violation,) = [v for v in lint(text).violations if v.code == "number_word"]
    assert text[violation.start : violation.end] == "three"
    assert violation.suggestion.endswith("3.")


def test_number_words_percentages_pence_and_numeric_dates() -> None:
    found = codes(
        "It is twice a day. The council pays 50% of it. It is £120.00. I start on 03/04/2027."
    )
    kinds = {c for c, _, _ in found}
    assert {"number_word", "percentage", "pence_not_needed", "numeric_date"} <= kinds
    assert ("percentage", "fail", "50%") in found


def test_one_is_a_number_only_before_a_unit() -> None:
    assert ("number_word", "fail", "one") in codes("I go for one hour.")
    assert not [c for c, _, _ in codes("No one can come. This one is mine.") if c == "number_word"]


def test_acronyms_expand_and_known_ones_need_explaining_once() -> None:
    found = codes("My DP pays my PA. I see my GP.")
    assert ("acronym", "fail", "DP") in found and ("acronym", "fail", "PA") in found
    assert ("known_acronym", "warn", "GP") in found
    assert not [c for c, _, t in codes("I see my GP. GP means your doctor.") if t == "GP"]
    (dp,) = [v for v in lint("My DP pays.").violations if v.text == "DP"]
    assert "direct payment" in dp.suggestion


def test_unknown_acronym_fails_and_capital_words_warn() -> None:
    assert ("acronym", "fail", "XYZQ") in codes("I go to XYZQ.")
    assert ("capitals", "warn", "HELP") in codes("Ask for HELP now.")


def test_punctuation_and_questions_outside_headings() -> None:
    found = codes("I like tea; I like cake. I go out (on Monday). Do you like it?")
    assert ("punctuation", "fail", ";") in found
    assert ("punctuation", "fail", "(") in found
    assert ("question", "fail", "Do you like it?") in found
    assert not [
        c for c, _, _ in codes("# Who can help me?\nMy sister helps me.") if c == "question"
    ]


def test_times_are_not_colons() -> None:
    assert not [c for c, _, _ in codes("My helper comes at 10:30.") if c == "punctuation"]


def test_passive_voice_warns_but_adjectives_do_not() -> None:
    assert ("passive", "warn", "is paid") in codes("The money is paid to me.")
    assert not [c for c, _, _ in codes("I am tired. I am worried.") if c == "passive"]


def test_hard_words_warn_unless_listed_or_explained() -> None:
    assert ("hard_word", "warn", "domiciliary") in codes("My domiciliary worker comes.")
    assert not [
        c for c, _, _ in codes("A nominee helps me.", word_list=["nominee"]) if c == "hard_word"
    ]
    assert not [
        c for c, _, _ in codes("A nominee helps me. A nominee means a person.") if c == "hard_word"
    ]


def test_plain_words_dictionary_suggests_the_everyday_word() -> None:
    (violation,) = [v for v in lint("I need assistance.").violations if v.code == "plain_word"]
    assert violation.text == "assistance" and '"help"' in violation.suggestion


def test_hard_text_fails_the_readability_gates() -> None:
    text = (
        "Notwithstanding considerable organisational complexity, comprehensive multidisciplinary "
        "commissioning arrangements necessitate individualised consideration."
    )
    found = {c: s for c, s, _ in codes(text)}
    assert found["reading_ease"] == "fail" and found["grade"] == "fail"


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("money", 2),
        ("people", 2),
        ("every", 3),
        ("support", 2),
        ("eligible", 4),
        ("likes", 1),
        ("needs", 1),
        ("radio", 3),
        ("station", 2),
        ("Monday", 2),
        ("help", 1),
        ("£120", 1),
    ],
)
def test_syllable_counts(word: str, count: int) -> None:
    assert syllables(word) == count


def test_linting_makes_no_network_access() -> None:
    # A fresh interpreter where any connection attempt raises: the linter must still work, so no
    # code path (wordfreq, pyphen) reaches for the network the way recent textstat does.
    script = textwrap.dedent(
        """
        import socket
        def refuse(*args, **kwargs):
            raise AssertionError("network access attempted")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from service.documents.easyread.linter import lint
        report = lint("The domiciliary agency visits me three times each week. I like it.")
        assert report.readability.words == 12, report.readability
        assert any(v.code == "number_word" for v in report.violations)
        print("offline-ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "offline-ok" in result.stdout


def test_text_without_a_full_stop_is_still_checked() -> None:
    report = lint("I like tea\nMy PA comes three times")
    assert report.readability.sentences == 2
    assert {"acronym", "number_word"} <= {v.code for v in report.violations}
    (last,) = [v for v in report.violations if v.code == "number_word"]
    assert "I like tea\nMy PA comes three times"[last.start : last.end] == "three"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_any_text_gives_violations_that_point_inside_it(text: str) -> None:
    report = lint(text)
    for violation in report.violations:
        assert 0 <= violation.start <= violation.end <= len(text)
        assert text[violation.start : violation.end] == violation.text
    assert report.failures == sum(v.severity == "fail" for v in report.violations)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "I",
                "like",
                "tea",
                "DP",
                "three",
                "£120.00",
                "domiciliary",
                "(",
                ";",
                "Mary",
                "is",
                "paid",
                "?",
                ".",
                "\n",
                "2027-03-03",
                "50%",
            ]
        ),
        max_size=40,
    )
)
def test_simplified_sentences_are_never_empty_and_end_with_a_full_stop(tokens: list[str]) -> None:
    from service.documents.easyread.simplify import simplify

    text = " ".join(tokens)
    for sentence in simplify(text, names=("Mary",)):
        assert sentence.strip() and sentence[-1] in ".!?"
