"""Session 17: a venue between an act and its place. "Negotiators met at a hotel in Istanbul"
was placed nowhere: the parse reaches Istanbul only through "hotel", a word the location rules
did not know as a place where acts happen. Buildings and grounds (geo word list venue_nouns)
now carry their place to the act that hangs on them, to an adverbial "speaking at ..." and to a
gathering held there; never a topic's venue ("accuses X of a strike on a runway at Sanaa
airport in Yemen" is said elsewhere). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_locate_round15 import place_of

CASES = [
    (
        "a meeting at a hotel",
        "Russian and Ukrainian negotiators met at a hotel in Istanbul on Monday.",
        "met",
        ("Istanbul", "TUR"),
    ),
    (
        "talks at a palace",
        "The Qatari emir hosted talks between Hamas and Israel at his palace in Doha.",
        "talks",
        ("Doha", "QAT"),
    ),
    (
        "a meeting at an estate in a region",
        "Blinken met Wang Yi at the Sunnylands estate in California.",
        "met",
        ("California", "USA"),
    ),
    (
        "a statement after speaking at a headquarters",
        "Speaking at the United Nations headquarters in New York, Lavrov criticised NATO.",
        "criticised",
        ("New York City", "USA"),
    ),
    (
        "a statement after talks at a palace",
        "After talks at the Dolmabahce Palace in Istanbul, Putin said the grain deal was dead.",
        "said",
        ("Istanbul", "TUR"),
    ),
    (
        "a topic's venue is not where the accusation is made",
        "The Houthi-led government accuses Saudi Arabia of an airstrike on a runway at Sanaa"
        " International Airport in Houthi-controlled Yemen.",
        "accuses",
        None,
    ),
]


@pytest.mark.parametrize(("case", "text", "trigger", "expected"), CASES, ids=[c[0] for c in CASES])
def test_venue_carries_its_place_s17(coder, case, text, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger) == expected, case
