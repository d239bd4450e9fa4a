"""Descriptions of session 12 (round 19): a nationality on a thing, an act or an abstraction
("an Israeli strike", "the Minsk agreements", "Russian gas") is no actor mention, while one on
a head no list names that may be a person ("an Israeli security source") keeps its country
("Pakistani artillery" is MIL since session 17); the event coder still takes the nationality word
itself as the doer of "An Israeli strike kills ...". Rows:
`Text(text).mention(word, day, expected)` (None: no code), read as the coder reads an
article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"


test_nationality_on_a_thing_is_no_actor = mention_table(
    [
        Text("An Israeli strike hits a school in Gaza City.").mention(
            "strike", DAY, None, id="an act"
        ),
        Text("Hungary keeps buying Russian gas despite the sanctions.").mention(
            "gas", DAY, None, id="a thing"
        ),
        Text("The Minsk agreements were never carried out, the envoy said.").mention(
            "agreements", DAY, None, id="an agreement named by a capital"
        ),
        Text("Ukrainian negotiating positions harden after the talks.").mention(
            "positions", DAY, None, id="an abstraction"
        ),
        Text("According to an Israeli security source, the convoy was hit.").mention(
            "source", DAY, "ISR", id="a head that may be a person keeps its country"
        ),
        Text("Pakistani artillery pounds villages near the border.").mention(
            "artillery",
            DAY,
            "PAKMIL",
            id="a force's artillery is the force (session 17: listed, as audit_s10 labels it)",
        ),
    ]
)


def test_the_nationality_word_stays_the_doer_of_the_act(coder) -> None:  # noqa: ANN001
    """The act is no actor mention, but the event coder still reads its nationality word as
    the one who acted (a strike's: the state's military, docs/coding.md session 12)."""
    events = coder.code_text("An Israeli strike kills seven people in Gaza City.", date=DAY)
    assert events, "no event coded"
    assert {e.source.code for e in events if e.source is not None} == {"ISRMIL"}
