"""Who did what to whom, session 13 (lead fixes): doers who put a thing forward together do
not act on each other; an office said of a name in a list is that person, not a third
recipient."""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:  # noqa: ANN001
    return coder.code_text(text, date="2025-06-01")


def _pairs(events: list) -> set[tuple[str, str]]:
    return {(e.source.text if e.source else "", e.target.text if e.target else "") for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, Senator Ted Cruz and Representative Francis Rooney proposed a "
        "constitutional amendment.",
        "France and Germany proposed a new plan for the region on Monday.",
    ],
)
def test_doers_who_put_a_thing_forward_together_are_not_each_others_recipients(
    coder, text: str
) -> None:
    events = [e for e in _events(coder, text) if e.trigger.text.startswith("propos")]
    assert len(events) == 2, "each doer keeps its own event"
    sources = {e.source.text for e in events if e.source}
    assert not any(e.target and e.target.text in sources for e in events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and China expressed readiness to cooperate.", ("Russia", "China")),
        ("Armenia and Azerbaijan signed a peace treaty.", ("Armenia", "Azerbaijan")),
    ],
)
def test_intents_to_cooperate_and_signed_deals_stay_between_the_doers(
    coder, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _pairs(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Kelly, then the governor's deputy chief of staff, and Baroni, then the deputy "
            "director of the agency, were convicted in 2016.",
            {"Kelly", "Baroni"},
        ),
        ("Blinken met Lavrov, the foreign minister, and Shoigu.", {"Lavrov", "Shoigu"}),
        (
            "The court convicted Ahmed Musa, the party's treasurer, and Ali Baroni.",
            {"Musa", "Baroni"},
        ),
    ],
)
def test_an_office_said_of_a_name_in_a_list_is_that_person(
    coder, text: str, people: set[str]
) -> None:
    targets = [e.target.text for e in _events(coder, text) if e.target]
    assert len(targets) == len(people), targets
    assert all(any(p in t for t in targets) for p in people)
