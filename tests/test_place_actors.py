"""Towns and regions named as the source or target of an event take their state's code."""

from __future__ import annotations

import pytest


def _target(coder, text: str, date: str = "2023-05-01"):
    (event,) = coder.code_text(text, date=date)
    return event.target


def test_a_town_acted_on_is_coded_as_its_country(coder):
    target = _target(coder, "Russia shelled Kharkiv overnight.")
    assert (target.text, target.code, target.name) == ("Kharkiv", "UKR", "Kharkiv")


# The target of the one event a sentence codes: a place acted on is its state, open water no
# state, and an actor the knowledge base codes keeps its code.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russian forces captured the village of Novoselivka in Donetsk Oblast.",
            "UKR",
            id="phrase ending in a village name",
        ),
        pytest.param("Houthi rebels fired missiles at the Red Sea.", None, id="open water"),
        pytest.param(
            "Russian troops attacked Ukrainian soldiers near Bakhmut.",
            "UKRMIL",
            id="actor the knowledge base codes",
        ),
    ],
)
def test_the_target_of_an_event_is_coded_by_what_it_is(coder, text, expected):
    assert _target(coder, text).code == expected, text


def test_victims_take_the_country_they_were_harmed_in_not_the_attackers(coder):
    events = coder.code_text("A Russian drone strike on a bus in Kherson kills three civilians.")
    (killing,) = [e for e in events if e.trigger.text == "kills"]
    assert (killing.source.code, killing.target.code) == ("RUSMIL", "UKRCVL")


def test_victims_with_a_nationality_of_their_own_keep_it(coder):
    (killing,) = coder.code_text("Russian troops killed ten Russian civilians in Belgorod.")
    assert killing.target.code == "RUSCVL"


def test_victims_counted_at_the_start_of_a_sentence_take_the_place_too(coder):
    # a capitalised count ("Four") is not a nationality; the two groups stay two records
    text = "Four people are killed and 11 others are injured in a Russian drone attack on Kharkiv."
    events = [e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text != "attack"]
    assert sorted((e.trigger.text, e.target.text, e.target.code) for e in events) == [
        ("injured", "11 others", "UKRCVL"),
        ("killed", "Four people", "UKRCVL"),
    ]
