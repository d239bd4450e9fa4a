"""Easing a sanction, a ban or a travel advisory (CAMEO 081, 085) is placed as imposing one
is: the places the measure is for are whom it is about, not where it was eased. Curfews and
states of emergency (0813, 0814) are still lifted over their place. Every sentence is our own."""

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
        # the advisory's countries and a region of one of them are what it is for
        (
            "The Netherlands lifts its travel advisory for Tunisia, Morocco and the Sinai "
            "Peninsula of Egypt.",
            "lifts",
        ),
        # the ban's subject region, after "from", is where the seafood comes from
        (
            "South Korea lifts its import ban on seafood from Fukushima and seven other "
            "prefectures.",
            "lifts its import ban",
        ),
    ],
)
def test_an_eased_measure_is_not_placed_where_it_applies(coder, text, trigger):
    found = [loc for t, loc in located(coder, text) if t == trigger]
    assert found
    assert all(loc is None for loc in found)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # what must not change: a curfew is lifted over its town ...
        (
            "Authorities lift the curfew in Kathmandu after three days of protests.",
            "lift the curfew",
            ("Kathmandu", "NPL"),
        ),
        # ... and an easing the parse ties to a town is there
        ("Police ease restrictions on gatherings in Lagos.", "ease restrictions", ("Lagos", "NGA")),
    ],
)
def test_an_easing_the_text_places_keeps_its_place(coder, text, trigger, place):
    assert (trigger, place) in located(coder, text)
