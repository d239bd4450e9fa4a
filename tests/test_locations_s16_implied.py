"""Session 16 (L11): a thing taken up again with "the" keeps the place the sentence before
gave it; implied places by rule L3 of docs/evaluation.md (an act that can happen
only in the country of the office or chamber it names), and places the gazetteer lacked
(data/places.tsv). Each on sentences written for it, with the look-alikes left unplaced."""

from __future__ import annotations

import pytest
from test_locate_round15 import place_of

CASES = [
    # --- an office or chamber named with its state: the act is in that state ---
    (
        "elected to a state's office",
        "Socialist candidate Ana Ferreira is elected President of Portugal, defeating the"
        " nationalist leader in the second round.",
        "elected",
        ("Portugal", "PRT"),
    ),
    (
        "a chamber dissolved",
        "The King's Representative dissolves the Parliament of Fiji, setting an election for"
        " 12 August.",
        "dissolves",
        ("Fiji", "FJI"),
    ),
    (
        "the election the dissolution sets",
        "The King's Representative dissolves the Parliament of Fiji, setting an election for"
        " 12 August.",
        "election",
        ("Fiji", "FJI"),
    ),
    (
        "a people votes at home",
        "Latvians vote for the members of the Saeima.",
        "vote",
        ("Latvia", "LVA"),
    ),
    (
        "a chamber impeaches, whatever the act is coded",
        "The Peruvian Congress impeaches President Pedro Castillo.",
        "impeaches",
        ("Peru", "PER"),
    ),
    (
        "sworn in as a state's office",
        "Ana Ferreira is sworn in as Prime Minister of Portugal.",
        "sworn",
        ("Portugal", "PRT"),
    ),
    # --- an office of no state, or a bare title: no place ---
    (
        "a state's vote at the UN",
        "Russia votes against the resolution in the Security Council.",
        "votes",
        None,
    ),
    (
        "an office of a body abroad",
        "Paschal Donohoe is re-elected President of the Eurogroup.",
        "re-elected",
        None,
    ),
    (
        "an alliance's office",
        "Mark Rutte is elected Secretary General of NATO.",
        "elected",
        None,
    ),
    # --- "the bridge" taken up from the sentence before: the place that sentence gave it ---
    (
        "the thing named again",
        "Blasts are heard in Tabriz, Shiraz and Yazd, including at a depot in Bandar Khamir."
        " A lorry at the depot is hit, killing its driver.",
        "hit",
        ("Bandar Khamir", "IRN"),
    ),
    (
        "another thing: the sentence's most specific place as before",
        "Blasts are heard in Tabriz, including at a depot in Bandar Khamir. A lorry on the road"
        " is hit, killing its driver.",
        "hit",
        ("Tabriz", "IRN"),
    ),
    # --- places the gazetteer lacked ---
    (
        "a town in Baden-Württemberg",
        "Two people are killed in a shooting at a gear factory in Bad Friedrichshall, Germany.",
        "killed",
        ("Bad Friedrichshall", "DEU"),
    ),
    (
        "an Iraqi port",
        "A tanker catches fire after being struck off Khor Al Zubair Port.",
        "struck",
        ("Khor Al Zubair Port", "IRQ"),
    ),
    (
        "a Philippine province",
        "A strong earthquake strikes off the coast of Surigao del Sur.",
        "strikes",
        ("Surigao del Sur", "PHL"),
    ),
    (
        "the Commission's building",
        "The two presidents met here in Berlaymont on Friday.",
        "met",
        ("Berlaymont", "BEL"),
    ),
]


@pytest.mark.parametrize(("case", "text", "trigger", "expected"), CASES)
def test_implied_and_new_places_s16(coder, case, text, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger) == expected, case
