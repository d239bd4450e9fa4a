"""Events a careful reader leaves without a place: a ceasefire declared or agreed (CAMEO 0871)
names where the guns are to stop, not where it was declared; and a bare "announces" the
extractor coded as the force it announces is the announcing, a statement. The acts
themselves keep their places. Every sentence is our own."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def located(coder, text: str) -> list[tuple[str, tuple | None]]:
    doc = coder.nlp(text)
    doc.user_data["eventwire_text"] = text
    events = coder.code_doc(Article(id="t", text=text), doc)
    return [
        (e.trigger.text, e.location and (e.location["name"], e.location["country"])) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the truce's country is where it holds; the president declared it elsewhere
        (
            "The Russian president declares a two-day truce in Ukraine over the Orthodox "
            "Easter holiday.",
            "declares",
        ),
        # agreed on a phone call: no place for the agreeing
        (
            "The two leaders agree to an immediate ceasefire in Gaza during a phone call.",
            "agree",
        ),
        # the operation is announced; where it is fought is the operation's place
        (
            "The army announces the start of a military operation in the Jenin area of the "
            "West Bank.",
            "announces",
        ),
    ],
)
def test_an_agreed_truce_or_an_announcement_has_no_place(coder, text, trigger):
    found = [loc for t, loc in located(coder, text) if t == trigger]
    assert found
    assert all(loc is None for loc in found)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # what must not change: breaking a ceasefire is done where it is broken ...
        (
            "The government violates the ceasefire in Lebanon again, shelling three villages.",
            "violates the ceasefire",
            ("Lebanon", "LBN"),
        ),
        # ... an attack despite a truce is where it hit ...
        (
            "A regional official says that a missile hit a school in Sumy on the first day of "
            "the ceasefire between the two countries.",
            "hit",
            ("Sumy", "UKR"),
        ),
        # ... and a trigger that names the act itself is the act, in its place
        (
            "The army announces a new offensive in the Donetsk region.",
            "announces a new offensive",
            ("Donetsk Oblast", "UKR"),
        ),
    ],
)
def test_the_acts_themselves_keep_their_place(coder, text, trigger, place):
    assert (trigger, place) in located(coder, text)
