"""Implied places of round 17 (issue #7, docs/locations.md): a head of state or government
named with the state doing the state's own business (a decree, a pardon), a national police
arresting at home whoever it arrests, a court named "of" its country, a chamber of a
legislature voting; and the look-alikes that stay without a place (a rebuttal by a head of
government, a title alone, a company signing, a court of no state). Each on short articles
written for it."""

from __future__ import annotations

import pytest
from test_locate_round15 import place_of

CASES = [
    # --- a head of state or government named with the state: its own business at home ---
    (
        "a president named with the state signs an executive order",
        "U.S. President Donald Trump signs an executive order that closes the federal agency for"
        " small farms.",
        "signs",
        ("United States", "USA"),
    ),
    (
        "a president named by the state's adjective pardons a former minister",
        "Peruvian president Dina Boluarte pardons former interior minister Carlos Morales.",
        "pardons",
        ("Peru", "PER"),
    ),
    (
        "a head of government's rebuttal is said anywhere",
        "A UN panel accuses Israel of war crimes. Israeli Prime Minister Benjamin Netanyahu"
        " dismisses the accusations as biased.",
        "dismisses",
        None,
    ),
    (
        "a company signing an order is no state's business",
        "Scandinavian Airlines signs an order for thirty new aircraft.",
        "signs",
        None,
    ),
    # --- a national police arrests at home, also a foreign soldier ---
    (
        "police arrest a foreign cadet",
        "Philippine police arrest a cadet of the People's Liberation Army suspected of spying.",
        "arrest",
        ("Philippines", "PHL"),
    ),
    (
        "soldiers detaining foreign soldiers may do it abroad",
        "Russian soldiers detain two Ukrainian soldiers.",
        "detain",
        None,
    ),
    # --- a court named "of" its country sits at home ---
    (
        "the constitutional court of a state rules",
        "The Constitutional Court of Colombia rules that the new mining law is void.",
        "rules",
        ("Colombia", "COL"),
    ),
    (
        "a court of no state names no place",
        "The European Court of Justice fines Poland €5 million for ignoring its order.",
        "fines",
        None,
    ),
    # --- a chamber of a legislature votes at home ---
    (
        "a chamber of representatives votes",
        "The Chilean Chamber of Deputies votes 80–60 to lower the voting age.",
        "votes",
        ("Chile", "CHL"),
    ),
    (
        "the European Parliament is no state's chamber",
        "The European Parliament passes a law on the return of rejected asylum seekers.",
        "passes",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_round17_implied_places(coder, text, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger) == expected
