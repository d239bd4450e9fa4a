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


@pytest.mark.parametrize(
    "text",
    [
        "At the age of ten, she was the subject of a custody battle between her mother and aunt.",
        "The company lost a legal battle with the regulator over its fees.",
    ],
)
def test_a_custody_or_legal_battle_is_no_fighting(coder, text: str) -> None:
    assert not [e for e in _events(coder, text) if e.cameo.code.startswith(("18", "19", "20"))]


def test_fighting_between_armed_sides_is_still_fighting(coder) -> None:
    text = "Heavy fighting between the army and the rebels killed 20 people."
    assert any(e.cameo.code == "190" for e in _events(coder, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Republican lawmakers attacked the impeachment inquiry as a sham.", "111"),
        ("The senator attacked the president's handling of the crisis.", "111"),
        ("Gunmen attacked a police checkpoint near the border.", "190"),
    ],
)
def test_attacking_an_inquiry_or_a_handling_is_verbal(coder, text: str, code: str) -> None:
    codes = [e.cameo.code for e in _events(coder, text) if e.trigger.text.startswith("attacked")]
    assert codes and codes[0] == code


def test_the_people_addressed_are_not_the_doers(coder) -> None:
    text = (
        "Mr President, ladies and gentlemen, first of all, I would like to express my sincere "
        "gratitude to the President of the Republic for the invitation."
    )
    events = [e for e in _events(coder, text) if "gratitude" in e.trigger.text]
    assert events
    assert all(e.source is None or e.source.text == "I" for e in events)
    assert any(e.target and "President of the Republic" in e.target.text for e in events)


def test_a_name_suffix_after_a_comma_is_no_address(coder) -> None:
    text = "President Joseph R. Biden, Jr. spoke today with the Prime Minister of Japan."
    spoke = [e for e in _events(coder, text) if e.trigger.text == "spoke"]
    assert spoke and spoke[0].source is not None and "Biden" in spoke[0].source.text


def test_the_body_an_office_is_of_is_no_party_of_the_list(coder) -> None:
    text = (
        "A joint statement was signed by Ali Shamkhani, secretary of Iran's Supreme National "
        "Security Council, Saudi national security adviser Musaed al-Aiban and China's top "
        "diplomat Wang Yi."
    )
    signed = [e for e in coder.code_text(text, date="2023-03-10") if e.trigger.text == "signed"]
    assert signed
    assert not any("Council" in (e.source.text if e.source else "") for e in signed)
    assert not any("Council" in (e.target.text if e.target else "") for e in signed)
