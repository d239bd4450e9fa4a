"""A body's own people named through a possessive pronoun are that body, as they are when the
body's name stands before them: "Hezbollah said its fighters ..." is REB HZB like "Hezbollah
fighters", not a rebel group of Lebanon. Every sentence is our own."""

from __future__ import annotations

import pytest
from actor_helpers import code_at

DAY = "2025-06-10"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Hezbollah said its fighters struck an Israeli patrol boat.", "fighters", "REBHZB"),
        ("Hamas said its leaders would travel to Cairo on Monday.", "leaders", "REBHMS"),
        ("The Republican Party said its members would vote against the bill.", "members", "PTYGOP"),
        # what must not change: a state's people, and the police a governing group runs
        ("Russia said its troops would stay in the region.", "troops", "RUSMIL"),
        ("Hamas said its police would patrol the market.", "police", "PSECOP"),
    ],
)
def test_a_bodys_own_people_through_its_pronoun(coder, text: str, word: str, expected: str) -> None:
    assert code_at(coder, text, word, DAY) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Republican Representatives attacked the inquiry on Tuesday.",
            "Representatives",
            "USALEG",
        ),
        ("Representatives of the United Nations met the minister.", "Representatives", "IGOUNO"),
    ],
)
def test_party_representatives_are_legislators(coder, text: str, word: str, expected: str) -> None:
    assert code_at(coder, text, word, DAY) == expected
