"""PLV, session 14 (helper E5): acts the coder missed or typed wrongly end to end.

Making amends ("paid compensation", "reinstated X as ..."), forces deployed with no sender
named, aid for plain people "in" a place, people sent somewhere to investigate, a noun after
a closed list that restates it, fighting a disease or for a cause, and an act on the doer's
own noun done in a place."""

from __future__ import annotations

import pytest


def _by_trigger(coder, text: str, word: str) -> list:  # noqa: ANN001
    return [e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text.startswith(word)]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The mining company paid $40 million as compensation for the flooded villagers.",
            "paid",
            "the flooded villagers",
        ),
        ("Kenya paid damages to the victims of the raid.", "paid", "the victims of the raid"),
        (
            "The president reinstated the sacked army chief as head of the armed forces.",
            "reinstated",
            "the sacked army chief",
        ),
    ],
)
def test_making_amends_gives_in(coder, text: str, trigger: str, target: str) -> None:  # noqa: ANN001
    events = _by_trigger(coder, text, trigger)
    assert events, text
    assert events[0].plover.type == "CONCEDE"
    assert events[0].target is not None and events[0].target.text == target


def test_a_reinstated_tariff_is_no_concession(coder) -> None:  # noqa: ANN001
    events = coder.code_text("The ministry reinstated the import tariffs on steel.")
    assert not [e for e in events if e.plover.type == "CONCEDE"]


def test_forces_deployed_with_no_sender_named_stand_for_their_state(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder,
        "Some 600 Nepalese soldiers were deployed as peacekeepers along the border of Lebanon.",
        "deployed",
    )
    assert events and events[0].source is not None
    assert events[0].source.country == "NPL" and events[0].source.sector == "MIL"
    assert events[0].plover.type == "AID"
    assert events[0].target is not None and "Lebanon" in events[0].target.text
    # a sender named by "by" keeps the forces out of the doer's place
    sent = _by_trigger(
        coder, "Two Chinese warships were sent to the Gulf of Aden by Beijing.", "sent"
    )
    assert all(e.source is None or e.source.text != "Two Chinese warships" for e in sent)


def test_aid_for_plain_people_in_places_reaches_the_places(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder,
        "The World Bank announced emergency assistance to help people in Nepal and Bangladesh.",
        "announced",
    )
    assert {e.target.country for e in events if e.target} == {"NPL", "BGD"}
    # people of a nation of their own keep it
    own = _by_trigger(coder, "Germany gave aid to Syrian refugees in Jordan.", "gave")
    assert [e.target.text for e in own if e.target] == ["Syrian refugees"]


def test_people_sent_to_investigate_are_the_investigation(coder) -> None:  # noqa: ANN001
    events = coder.code_text(
        "Norway will send a team of crash experts to Peru to investigate the plane disaster."
    )
    assert [(e.plover.type, e.target.country if e.target else None) for e in events] == [
        ("ACCUSE", "PER")
    ]


def test_a_noun_after_a_closed_list_restates_it(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder,
        "Chile, Peru and Bolivia, all close partners of the United States, criticised the new "
        "tariff.",
        "criticised",
    )
    assert {e.source.country for e in events} == {"CHL", "PER", "BOL"}


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from several countries arrived to fight the cholera outbreak in Haiti.",
        "Teachers fought for higher wages during the long strike.",
    ],
)
def test_fighting_a_disease_or_for_a_cause_is_no_force(coder, text: str) -> None:  # noqa: ANN001
    assert not [e for e in coder.code_text(text) if e.plover.type == "ASSAULT"]


def test_fighting_an_enemy_is_still_force(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder, "Nigerian troops are fighting Boko Haram in Borno State.", "fighting"
    )
    assert events and events[0].plover.type == "ASSAULT"


def test_an_act_on_the_doers_own_noun_is_done_in_its_place(coder) -> None:  # noqa: ANN001
    events = _by_trigger(
        coder, "The army says it has halted its offensive in several districts of Idlib.", "halted"
    )
    assert events and events[0].target is not None
    assert "districts" in events[0].target.text
