"""The eighth round's general causes of wrong needs, unable reasons, risks and direct payment needs
(found on holdout7): a task taking some times as long as it did ("three, four times as long",
">1hr") not read as significantly longer, ..."""

from __future__ import annotations

import pytest

from service.conversation.extract_needs import _unable_reasons


def _reasons(said: str) -> list[str]:
    return [key for _, key, _ in _unable_reasons(said)]


# --- (1) some times as long as it was, or more than a length of time: significantly longer ----


@pytest.mark.parametrize(
    "said",
    [
        "Everything takes me four, five times as long as before",
        "it takes 3-4 times longer than it used to",
        "washing takes double the time it did",
        "I'm twice as slow as I was at getting dressed",
        "a shower is five times longer now",
        "cooking takes 3x as long",
        "three or four times as much time to do anything",
        "getting ready takes >1hr",
        "showering takes > 1 hour",
        "it takes more than an hour to get dressed",
        "a bath takes the best part of an hour",
        "it took upwards of an hour",
        "it takes close to an hour to shower",
        "it takes her getting on for an hour",
    ],
)
def test_times_as_long_or_more_than_an_hour_is_significantly_longer(said: str) -> None:
    assert "significantly_longer" in _reasons(said)


@pytest.mark.parametrize(
    "said",
    [
        "I take my tablets three times a day",
        "she comes twice a week to help",
        "three or four times a week I go out",
        "the GP doubled the dose",
        "it takes ten minutes",
    ],
)
def test_times_that_are_no_comparison_are_no_reason(said: str) -> None:
    assert "significantly_longer" not in _reasons(said)
