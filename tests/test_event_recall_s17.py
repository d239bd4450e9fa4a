"""Event recall at political triggers a reader marks, session 17: the joint acts a readout
tells of the parties of its call ("the two leaders discussed", "it was agreed"), remarks on a
thing ("noted the importance"), speeches to an audience, awards presented, greetings wished,
and symbolic acts (celebrations, honouring the fallen), placed where they were held."""

from __future__ import annotations

import pytest

CALL = "Emmanuel Macron had a telephone conversation with Chancellor of Germany Olaf Scholz. "


def _at(coder, text: str, word: str) -> list:  # noqa: ANN001
    return [e for e in coder.code_text(text, date="2024-05-02") if word in e.trigger.text]


@pytest.mark.parametrize(
    ("follow", "word"),
    [
        ("The two leaders discussed the energy situation in Europe.", "discussed"),
        ("They also exchanged views on the budget.", "exchanged"),
        ("The presidents considered the prospects for deeper trade.", "considered"),
        ("Bilateral issues were discussed.", "discussed"),
    ],
)
def test_a_readouts_plural_or_passive_is_the_parties_of_its_call(
    coder, follow: str, word: str
) -> None:
    events = _at(coder, CALL + follow, word)
    assert events, f"no event for {word!r}"
    assert {e.source.country for e in events if e.source} <= {"FRA", "DEU"}
    assert any(e.source and e.source.country in {"FRA", "DEU"} for e in events)


def test_a_plural_with_no_meeting_before_it_stays_unnamed(coder) -> None:
    text = "Prices rose in Paris. The two leaders discussed the energy situation in Europe."
    assert not _at(coder, text, "discussed")


def test_a_plural_far_from_the_call_is_not_its_parties(coder) -> None:
    filler = " ".join(f"The harvest in region {n} was good." for n in range(8))
    text = CALL + filler + " The two leaders discussed the energy situation in Europe."
    assert not _at(coder, text, "discussed")


def test_force_is_not_given_to_the_parties_of_a_call(coder) -> None:
    text = CALL + "Several buildings were destroyed in the north."
    assert all(
        e.source is None or e.source.country not in {"FRA", "DEU"}
        for e in _at(coder, text, "destroyed")
    )


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "Vladimir Putin presented the Order of Friendship to Serdar Berdimuhamedov.",
            "presented",
            "051",
        ),
        ("Vladimir Putin addressed the plenary session of the forum.", "addressed", "010"),
        ("The United States wishes the people of Peru a joyous Independence Day.", "wishes", "010"),
        ("Joe Biden extended his warmest wishes to the Portuguese people.", "extended", "010"),
        ("President Zelensky noted the importance of the Dutch position.", "noted", "010"),
        (
            "President Zelensky honored the memory of Ukrainian defenders in Avdiivka.",
            "honored",
            "017",
        ),
        ("Olaf Scholz stressed his readiness to help Kyiv rebuild.", "stressed", "030"),
    ],
)
def test_political_acts_the_lexicon_now_knows(coder, text: str, word: str, code: str) -> None:
    events = _at(coder, text, word)
    assert events, f"no event for {word!r}"
    assert events[0].cameo.code == code


def test_a_remark_with_a_clause_stays_a_report(coder) -> None:
    # "noted that ...": the cue reports its clause (a coded act in it is the event)
    text = "President Zelensky noted that Russia attacked Kharkiv."
    assert not [e for e in _at(coder, text, "noted") if e.cameo.code == "010"]


def test_a_speech_to_a_problem_is_no_speech(coder) -> None:
    assert not _at(coder, "The government addressed the housing crisis.", "addressed")


def test_a_symbolic_act_is_placed_where_it_was_held(coder) -> None:
    text = "President Zelensky visited Avdiivka and honored the memory of fallen defenders."
    events = _at(coder, text, "honored")
    assert events and events[0].location is not None
    assert events[0].location["name"] == "Avdiivka"


def test_all_sides_are_not_the_two_parties(coder) -> None:
    text = CALL + "Beijing called on all sides to support the talks."
    assert all(
        e.source is None or e.source.country not in {"FRA", "DEU"}
        for e in _at(coder, text, "support")
    )


def test_an_urged_meeting_names_no_parties(coder) -> None:
    text = (
        "Joe Biden urged Xi Jinping to hold talks with Volodymyr Zelensky. "
        "The two leaders discussed the energy situation in Europe."
    )
    assert not _at(coder, text, "discussed")
