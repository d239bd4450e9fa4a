"""Places of round 18 (issue #7, session 11, docs/locations.md): a state named bare that
reports a foreign attack reports one on its own ground, the head of a state's own release named
by title or "I" doing the state's business at home, and a meeting placed by the place the
tagger hangs on whoever was met. Each on short articles written for it, with the look-alikes
that must stay without a place."""

from __future__ import annotations

import pytest
from test_locate_round15 import KREMLIN, UKRAINE, place_of

CASES = [
    # --- a state named bare reports a foreign party's attack: on its own ground ---
    (
        "a state reacting to a foreign attack",
        "Oman announces the reopening of its oil terminal following a Yemeni drone attack.",
        None,
        "attack",
        ("Oman", "OMN"),
    ),
    (
        "a state named bare says a foreign party struck",
        "Qatar says that Iranian drones struck an empty field.",
        None,
        "struck",
        ("Qatar", "QAT"),
    ),
    (
        "a state's report of its own strike names no victim",
        "Israel says its jets struck a weapons depot.",
        None,
        "struck",
        None,
    ),
    # --- the head of a state's own release, by title or "I": the state's business at home ---
    (
        "the President of a Kremlin release signs an executive order",
        "The President signed Executive Order On measures to support large families.",
        KREMLIN,
        "signed",
        ("Russia", "RUS"),
    ),
    (
        "a president speaking as I in his own release signs a decree",
        "I signed a decree on a new state award for volunteers.",
        UKRAINE,
        "signed",
        ("Ukraine", "UKR"),
    ),
    (
        "a title alone in a news item may be a guest's",
        "The President signed Executive Order On measures to support large families.",
        None,
        "signed",
        None,
    ),
    # --- a meeting is where whoever was met is said to be ---
    (
        "the place hung on the second party welcomed",
        "I was glad to welcome the President of our fraternal Estonia and my friend Alar Karis"
        " in Kyiv.",
        UKRAINE,
        "welcome",
        ("Kyiv", "UKR"),
    ),
    (
        "a meeting with officials in a town",
        "The President made a statement after a meeting with the Presidents of Latvia and"
        " Lithuania in Riga.",
        UKRAINE,
        "meeting",
        ("Riga", "LVA"),
    ),
    (
        "a statement about two persons is no meeting with them",
        "I condemned the President of Belarus and his ally Viktor Sheiman in Minsk.",
        UKRAINE,
        "condemned",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "trigger", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_round18_places(coder, text, source, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger, source) == expected
