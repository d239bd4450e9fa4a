"""Fallback places of acts the text places nowhere (session 14, helper L9): a state named after
"on behalf of" or "the leadership of" is the party of a release's courtesies (who sends the
wishes, who is thanked), never the place of the act. A real place next to such words keeps
placing the event. Every sentence is our own."""

from __future__ import annotations

import pytest
from locate_helpers import stand_in

from eventwire.records import Article

STATE_DEPT = "U.S. Department of State (state.gov)"


def place_of(coder, text: str, trigger: str, source: str | None = None):  # noqa: ANN001, ANN201
    """(name, country) where the event on `trigger` is placed, or None: the coded event on it,
    else a stand-in placed beside the coded events (as `eventwire eval locations` does)."""
    article = Article(id="t", text=text, source=source)
    doc = coder.nlp(text)
    events = coder.code_doc(article, doc)
    start = text.index(trigger)
    found = [e for e in events if e.trigger.start < start + len(trigger) and start < e.trigger.end]
    if found:
        event = found[0]
    else:
        event = stand_in(doc, trigger)
        coder.locator.locate(article, doc, [*events, event])
    loc = event.location
    return None if loc is None else (loc["name"], loc["country"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the sender of greetings is no place: the wishes are sent from nowhere the text says
        (
            "On behalf of Canada, I extend my warmest wishes to all those celebrating today.",
            "extend my warmest wishes",
        ),
        # the party thanked is no place either
        (
            "The deputy minister praised the leadership of the Kingdom of Norway and its "
            "citizens for their steady support, including generous assistance.",
            "assistance",
        ),
    ],
)
def test_a_party_of_courtesies_is_no_place(coder, text, trigger):  # noqa: ANN001
    assert place_of(coder, text, trigger, STATE_DEPT) is None


def test_a_place_named_beside_the_party_still_places_the_act(coder):  # noqa: ANN001
    text = "The delegation held talks in Bergen with the leadership of the Kingdom of Norway."
    assert place_of(coder, text, "talks") == ("Bergen", "NOR")
