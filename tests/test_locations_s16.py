"""Session 16 (task L10, docs/locations.md): which place of the event's own sentence is the
event's. A state's possessive before its own place is a container, not a party; "the country"
attacked with another state's weapons is not that state; a facility as the subject of what is
done to it is the place; "in X and X-administered Y" lists two places; a casualty participle
right after a place tells the harm done there; boats sail from where they are; a visit told
in an object relative clause is at the place, and a meeting held during a visit is where the
visit is; a firm or a forum the gazetteer lacks stands in the known place after it. Each on
sentences written for it, with the look-alikes that keep their place."""

from __future__ import annotations

import pytest
from test_locate_round15 import place_of

CASES = [
    # --- "Iran's Qeshm Island, Bushehr and Bandar Abbas": the state holds the list ---
    (
        "a state's possessive before a list of its places",
        "Blasts are reported in Spain's Valencia, Zaragoza, Bilbao, and Seville overnight.",
        "Blasts",
        ("Spain", "ESP"),
    ),
    (
        "a possessor of an official is still a party",
        "Spain's prime minister meets farmers in Zaragoza.",
        "meets",
        ("Zaragoza", "ESP"),
    ),
    (
        "a state's possessive on a region that is a party's",
        "The army-appointed governor of Mali's Kidal region, Ahmed Traore, resigns and announces"
        " he will defect.",
        "defect",
        None,
    ),
    # --- "the country" after attacks said of another state's weapons ---
    (
        "the country attacked is the interceptor's, not the attackers'",
        "The Qatari Army says that Qatar has intercepted and destroyed a number of Iranian"
        " missiles and drone attacks on the country.",
        "destroyed",
        ("Qatar", "QAT"),
    ),
    # --- a facility closed is where it is ---
    (
        "an airport as the passive subject",
        "Rzeszow Airport in southeastern Poland is closed again because of the drone threat.",
        "closed",
        ("Rzeszów", "POL"),
    ),
    # --- "in X and X-administered Y": two places, across the wider ---
    (
        "a country listed before the territory it administers",
        "Airstrikes hit several sites in India and India-administered Kashmir, killing at least"
        " five people.",
        "killing",
        ("India", "IND"),
    ),
    (
        "a country that modifies a base still owns it",
        "Drones attack U.S. bases in Bahrain.",
        "attack",
        ("Bahrain", "BHR"),
    ),
    # --- a casualty participle right after a place ---
    (
        "injuring after a town and its region, hung on the wider act",
        "Russia launches 300 drones and missiles across Ukraine, with one missile striking a"
        " warehouse in Kovel, Volyn Oblast, injuring seven people.",
        "injuring",
        ("Kovel", "UKR"),
    ),
    (
        "killing after a chain with a lower-case word, the town first",
        "Rebels attack a church in Bunia, Ituri Province, eastern Congo, killing at least 40"
        " worshippers.",
        "killing",
        ("Bunia", "COD"),
    ),
    (
        "killing after the only place stays there",
        "Russia launches 300 drones and missiles across Ukraine, killing seven people.",
        "killing",
        ("Ukraine", "UKR"),
    ),
    # --- setting sail from a port ---
    (
        "boats set sail from a town, region and country",
        "Around 30 boats from Genoa, Liguria, Italy, set sail with an aid flotilla.",
        "set sail",
        ("Genoa", "ITA"),
    ),
    # --- a visit told in an object relative clause ---
    (
        "the town that the delegation visited",
        "The delegation was shocked by the destruction in the city of Irpin, which the senators"
        " visited.",
        "visited",
        ("Irpin", "UKR"),
    ),
    # --- meetings held during a visit ---
    (
        "a series of meetings during a visit",
        "During the visit to Japan, starting from May 3, the Polish delegation is holding a series"
        " of meetings with representatives of the government.",
        "meetings",
        ("Japan", "JPN"),
    ),
    # --- a firm or a forum the gazetteer lacks: the known place after it ---
    (
        "a shooting at a firm in a town",
        "Three people are injured in a shooting at Schraubenwerk Kollmer in Heilbronn, Germany.",
        "shooting",
        ("Heilbronn", "DEU"),
    ),
    (
        "a forum in a country",
        "The Polish delegation participating in the Toronto Global Security Forum in Canada will"
        " brief the allies.",
        "participating",
        ("Canada", "CAN"),
    ),
]


@pytest.mark.parametrize(("case", "text", "trigger", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sentence_place_s16(coder, case, text, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger) == expected, case
