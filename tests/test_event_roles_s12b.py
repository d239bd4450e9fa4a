"""Session 12 audit of coded events on unstudied text (helper E2): hazards and fires are no
doers or attacks; "with N others injured" names victims; "met the goals" is no meeting and
"received tax refunds" no visit; "reportedly attacked" is hearsay. Sentences written for
these tests."""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:  # noqa: ANN001
    return coder.code_text(text, date="2025-06-01")


def _by_trigger(coder, text: str, word: str) -> list:  # noqa: ANN001
    return [e for e in _events(coder, text) if e.trigger.text == word]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Mara makes landfall in eastern Madagascar, killing at least nine people.",
        "Four people are killed in a fire at a textile warehouse in Dhaka, Bangladesh.",
        "A woman is killed in Cork, Ireland, after strong winds bring down a power line.",
        "Eleven villagers died in a blaze at a market in northern Ghana.",
        "The death toll from the floods in Kerala rises to 40, with 12 others injured.",
    ],
)
def test_a_hazard_or_a_fire_is_no_attack(coder, text: str) -> None:
    assert not [e for e in _events(coder, text) if e.plover.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Three people are killed when soldiers open fire on protesters in Lagos, Nigeria.",
        "A fire set by arsonists kills four people in Athens, Greece.",
    ],
)
def test_gunfire_and_arson_stay_attacks(coder, text: str) -> None:
    assert [e for e in _events(coder, text) if e.plover.type == "ASSAULT" and e.source]


def test_with_n_others_injured_names_victims_of_the_killer(coder) -> None:
    text = "A Russian missile strike on Kharkiv kills seven people, with 30 others injured."
    hurt = _by_trigger(coder, text, "injured")
    assert hurt, "no event for 'injured'"
    assert hurt[0].target is not None and hurt[0].target.text == "30 others"
    assert hurt[0].source is None or hurt[0].source.code == "RUSMIL"


def test_meeting_goals_is_no_meeting(coder) -> None:
    text = "Brazil and Chile signed a pact to meet the emission targets of the accord."
    assert not [e for e in _events(coder, text) if e.cameo.code.startswith("04")]
    assert [e for e in _events(coder, "Macron met Scholz in Berlin.") if e.cameo.code == "040"]


@pytest.mark.parametrize(
    "text",
    [
        "Millions of pensioners received tax refunds this spring.",
        "The governments of Chad and Niger never received invitations to the summit.",
    ],
)
def test_receiving_a_payment_or_an_invitation_is_no_visit(coder, text: str) -> None:
    assert not [e for e in _events(coder, text) if e.cameo.code == "043"]


def test_receiving_an_envoy_is_still_a_visit(coder) -> None:
    text = "Erdogan received the Iraqi foreign minister in Ankara."
    assert [e for e in _events(coder, text) if e.cameo.code == "043"]


def test_reportedly_makes_an_act_hearsay(coder) -> None:
    text = "A Turkish consulate in Mosul is reportedly attacked by militants."
    attacked = _by_trigger(coder, text, "attacked")
    assert attacked and attacked[0].modality == "reported"
    plain = _by_trigger(coder, "Militants attacked a Turkish consulate in Mosul.", "attacked")
    assert plain and plain[0].modality == "asserted"
