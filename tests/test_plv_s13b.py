"""PLV, session 13 (second pass): doers and recipients that the first pass left out.

Joint modifiers the parse did not link ("UK and EU negotiators"), forces sent or deployed
"in" a place, resigning "from" a body, police sent abroad, people set free from custody
in a state, bodies "led" by a named one, and condemnation "of" something someone did."""

from __future__ import annotations

import pytest


def _by_trigger(coder, text: str, word: str) -> list:  # noqa: ANN001
    return [e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text.startswith(word)]


def test_joint_modifiers_the_parse_left_unlinked_act_on_each_other(coder) -> None:  # noqa: ANN001
    events = _by_trigger(coder, "UK and EU negotiators have agreed a new trade deal.", "agreed")
    pairs = {(e.source.text, e.target.text if e.target else None) for e in events}
    assert pairs == {("UK", "EU negotiators"), ("EU negotiators", "UK")}


@pytest.mark.parametrize(
    ("text", "trigger", "place", "country"),
    [
        ("Russia deployed 300 troops in Syria last year.", "deployed", "Syria", "SYR"),
        ("Britain stationed 800 soldiers in Estonia.", "stationed", "Estonia", "EST"),
    ],
)
def test_forces_sent_in_a_place_are_the_doers_own(
    coder,  # noqa: ANN001
    text: str,
    trigger: str,
    place: str,
    country: str,
) -> None:
    events = _by_trigger(coder, text, trigger)
    assert events and events[0].target is not None
    assert events[0].target.text == place and events[0].target.country == country


def test_resigning_from_a_body_is_aimed_at_it(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder, "The mayor agreed to resign from the city council after the vote.", "agreed"
    )
    assert [e.target.text for e in events if e.target] == ["the city council"]
    # a plain resignation still names no recipient
    alone = _by_trigger(coder, "The minister resigned on Friday.", "resigned")
    assert alone and alone[0].target is None


def test_police_sent_abroad_is_a_police_deployment(coder) -> None:  # noqa: ANN001
    events = _by_trigger(coder, "Kenya sent 400 police officers to Haiti.", "sent")
    assert [(e.cameo.code, e.source.country, e.target.country) for e in events] == [
        ("153", "KEN", "HTI")
    ]


def test_set_free_from_custody_in_a_state_by_that_state(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder, "Two journalists were freed from a prison in Iran on Monday.", "freed"
    )
    assert events and events[0].source is not None and events[0].source.country == "IRN"
    # released somewhere, with no custody named: kidnappers release hostages too
    hostages = _by_trigger(coder, "Two hostages were released in Mali on Monday.", "released")
    assert hostages and hostages[0].source is None


def test_a_body_led_by_a_named_one_stands_for_its_leader(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder, "The Saudi-led coalition has declared a two-week ceasefire in Yemen.", "declared"
    )
    assert events and events[0].source is not None
    assert events[0].source.text == "The Saudi-led coalition"
    assert events[0].source.country == "SAU"


@pytest.mark.parametrize(
    "text",
    [
        "The League expressed its strong condemnation of the Israeli Prime Minister's declaration.",
        "The League expressed its total rejection and strong condemnation of the Israeli "
        "Prime Minister's declaration.",
    ],
)
def test_condemnation_of_a_deed_is_aimed_at_its_doer(coder, text: str) -> None:  # noqa: ANN001
    events = _by_trigger(coder, text, "expressed")
    assert [e.target.country for e in events if e.target] == ["ISR"]


def test_donations_provided_are_aid(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder, "Norway and Sweden have provided their yearly donations to Palestinians.", "provided"
    )
    assert {(e.source.country, e.plover.type) for e in events} == {("NOR", "AID"), ("SWE", "AID")}
    assert all(e.target is not None and e.target.text == "Palestinians" for e in events)
