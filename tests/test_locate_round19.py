"""Places of round 19 (issue #7, session 12, docs/locations.md): a clause on the scene itself
("killed in explosions caused by drone strikes in X") tells how it came about, in the same
place, not another act's place; a region written after its country's possessive is the
place however the tagger parses a long country name; a town's quarter named with the town
("Dniprovskyi District, Kherson") is in that town, not at a namesake quarter of another; an
occasion still to come ("at next year's Winter Olympic Games in Milan") is not where an act
is done now; the first-level regions of states outside armed conflict (data/regions.tsv:
Mexico, Canada, China, Germany, Brazil, Indonesia, France) are known by name. On short
sentences written for them, with the look-alikes that keep their place."""

from __future__ import annotations

import pytest
from test_locate_round15 import place_of

CASES = [
    # --- a clause on the scene itself tells where it was ---
    (
        "killed in explosions caused by strikes in a town",
        "Two nurses are killed in a string of explosions caused by drone strikes in Kherson,"
        " Ukraine.",
        "killed",
        ("Kherson", "UKR"),
    ),
    (
        "injured in a blast caused by an attack in a town",
        "A teacher is injured in a blast caused by a rocket attack in Sderot, Israel.",
        "injured",
        ("Sderot", "ISR"),
    ),
    (
        "a clause on a participant still tells another act",
        "Police detain four men suspected of taking part in the attacks in Kaiama, Kwara State,"
        " Nigeria.",
        "detain",
        ("Nigeria", "NGA"),
    ),
    # --- a region after its country's possessive ---
    (
        "a province after a long country name's possessive",
        "A measles outbreak is declared in the Democratic Republic of the Congo's Tshopo"
        " Province, killing 12 children.",
        "killing",
        ("Tshopo", "COD"),
    ),
    (
        "a prefecture after a country name's possessive",
        "A cholera outbreak is confirmed in the Central African Republic's Ouaka Prefecture,"
        " killing nine people.",
        "killing",
        ("Ouaka Prefecture", "CAF"),
    ),
    # --- a quarter named with its town ---
    (
        "a district whose namesake is a quarter of another city",
        "Three people are injured in Russian drone strikes on Dniprovskyi District, Kherson,"
        " Ukraine.",
        "injured",
        ("Kherson", "UKR"),
    ),
    (
        "a district of the town it is named with stays",
        "Two people are killed in a missile strike on the Shevchenkivskyi District, Kyiv.",
        "killed",
        ("Shevchenkivskyi", "UKR"),
    ),
    # --- an occasion still to come ---
    (
        "a ban on competing at next year's games",
        "The International Luge Federation votes to ban Belarusian athletes from competing,"
        " including under a neutral flag, at next year's Winter Olympic Games in Milan and"
        " Cortina d'Ampezzo, Italy.",
        "ban",
        None,
    ),
    (
        "a meeting to be held at the coming summit is there",
        "The leaders will meet at next week's summit in Rome.",
        "meet",
        ("Rome", "ITA"),
    ),
    (
        "an act dated by a coming summit keeps its town",
        "Police arrest two activists ahead of next week's summit in Rome.",
        "arrest",
        ("Rome", "ITA"),
    ),
    # --- regions of states outside armed conflict ---
    (
        "a Mexican state, not a namesake town",
        "Gunmen kill five people at a bar in Jalisco, Mexico.",
        "kill",
        ("Jalisco", "MEX"),
    ),
    (
        "a state named like a surname is read only with State",
        "Guerrero said the talks had failed.",
        "said",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_round19_places(coder, text, trigger, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger) == expected
