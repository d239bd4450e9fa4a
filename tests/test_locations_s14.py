"""Session 14 (issue #7, docs/locations.md): which place of the event's own sentence is the
event's. People's origins ("nine from Chad") and the place of an act a protest is against are
weak places; a list ending in "and other cities in X" is across X; a court named with its town
sits there; "exit" leaves a place it was in; a name with "'s" inside it ("Cox's Bazar") is no
possessor; the United Kingdom's nations are known regions. Each on sentences written for it,
with the look-alikes that keep their place."""

from __future__ import annotations

import pytest
from test_locate_round15 import place_of

CASES = [
    # --- where people come from is no place of what happens to them ---
    (
        "the dead peacekeepers' home countries",
        "Thirteen peacekeepers, including nine from Chad, three from Niger and one from Benin,"
        " are killed as fighting intensifies in Burkina Faso between the army and jihadists.",
        "killed",
        ("Burkina Faso", "BFA"),
    ),
    (
        "an origin is still the last resort when nothing else is named",
        "Four engineers from Turkey are killed in an ambush.",
        "killed",
        ("Turkey", "TUR"),
    ),
    # --- a protest is not where the act it is against happened ---
    (
        "a march against a bombing abroad",
        "Hundreds of students march through Lisbon to protest against the army's bombing in Cabo"
        " Delgado.",
        "protest",
        ("Lisbon", "PRT"),
    ),
    (
        "the bombing itself keeps its place",
        "Hundreds of students march through Lisbon to protest against the army's bombing in Cabo"
        " Delgado.",
        "bombing",
        ("Cabo Delgado", "MOZ"),
    ),
    # --- "X, Y and other cities in Z": across Z ---
    (
        "a rally in two cities and others",
        "Thousands of farmers rally in Lyon, Marseille, and other cities in France against the new"
        " tax.",
        "rally",
        ("France", "FRA"),
    ),
    (
        "two cities without 'other' keep the first",
        "Thousands of farmers rally in Lyon and Marseille against the new tax.",
        "rally",
        ("Lyon", "FRA"),
    ),
    # --- a court named with its town sits there ---
    (
        "a town before 'high court'",
        "The Lagos high court sentenced the former governor to ten years in prison.",
        "sentenced",
        ("Lagos", "NGA"),
    ),
    (
        "a court whose act the extractor leaves uncoded",
        "The Tbilisi city court set bail at 5,000 lari.",
        "set bail",
        ("Tbilisi", "GEO"),
    ),
    # --- leaving a strait is done in it ---
    (
        "ships exit a strait",
        "Two cargo ships exit the Strait of Hormuz after waiting in the Persian Gulf for a week.",
        "exit",
        ("Strait of Hormuz", None),
    ),
    # --- the United Kingdom's nations ---
    (
        "a rally in Scotland",
        "In Scotland, nationalist supporters rally against the new law.",
        "rally",
        ("Scotland", "GBR"),
    ),
]


@pytest.mark.parametrize(("case", "text", "trigger", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sentence_place_s14(coder, case, text, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger) == expected, case


def test_a_name_with_an_apostrophe_is_no_possessor(coder):  # noqa: ANN001
    """ "in Cox's Bazar District": the "'s" belongs to the name, so the place is no party."""
    text = "Landslides kill nine people at refugee camps in Cox's Bazar District, Bangladesh."
    assert place_of(coder, text, "kill") == ("Cox’s Bāzār", "BGD")
