"""PLV, session 13: whom an act is aimed at when the sentence names a thing, not a party.

A thing handed back goes to whom "to" names even when the parser hangs "to X" on a noun
inside the thing's own phrase; an act short of force on a thing no one is named for
(suspending deliveries, easing restrictions, building a terminal) is done to the place
the thing is in or at."""

from __future__ import annotations

import pytest


def _by_trigger(coder, text: str, word: str) -> list:  # noqa: ANN001
    return [e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text.startswith(word)]


@pytest.mark.parametrize(
    ("text", "recipient", "country"),
    [
        (
            "France returned a bronze statue carved with the face of an ancient king to "
            "Ethiopian officials.",
            "Ethiopian officials",
            "ETH",
        ),
        (
            "The Netherlands returned a manuscript written by a medieval monk to Italian "
            "authorities.",
            "Italian authorities",
            "ITA",
        ),
    ],
)
def test_a_thing_handed_back_goes_to_whom_to_names(
    coder,  # noqa: ANN001
    text: str,
    recipient: str,
    country: str,
) -> None:
    events = _by_trigger(coder, text, "returned")
    assert events and events[0].target is not None
    assert events[0].target.text == recipient  # not the artist or king inside the thing's phrase
    assert events[0].target.country == country


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "The World Food Programme has suspended food deliveries in Borno State after a "
            "convoy was attacked.",
            "suspended",
            "Borno State",
        ),
        (
            "President Obama lifted all restrictions on the ability of families to visit "
            "relatives in Cuba.",
            "lifted",
            "Cuba",
        ),
        (
            "The Indian government agreed to build a new rail terminal at Haldia.",
            "agreed",
            "Haldia",
        ),
    ],
)
def test_an_act_on_a_thing_is_done_to_its_place(
    coder,  # noqa: ANN001
    text: str,
    trigger: str,
    place: str,
) -> None:
    events = _by_trigger(coder, text, trigger)
    assert events and events[0].target is not None
    assert events[0].target.text == place


def test_force_on_a_thing_keeps_the_thing(coder) -> None:  # noqa: ANN001
    # "at" is where a thing is built, but the aim of a shot: the ships, not the sea
    events = _by_trigger(coder, "Houthi rebels fired missiles at ships in the Red Sea.", "fired")
    assert events and events[0].target is not None
    assert events[0].target.text == "ships"


def test_a_recipient_named_by_the_verb_stays(coder) -> None:  # noqa: ANN001
    events = _by_trigger(coder, "Canada returned the stolen paintings to Poland.", "returned")
    assert events and events[0].target is not None
    assert events[0].target.country == "POL"
