"""Attributions, session 14 (helper P5): quotes written with two apostrophes, a quotation that
runs past the clause the parse gave it, passive cues whose "by" phrase names the speaker, and
"want" with an object or clause. The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from eventwire.events.attribution import Cue, find_cues, quote_spans, speaker_span


def cues_of(coder, text: str) -> list[Cue]:  # noqa: ANN001
    doc = coder.nlp(text)
    return find_cues(doc, list(doc.sents))


def roles(text: str, cue: Cue) -> tuple[str | None, str, str]:
    """(speaker phrase or None, cue words, content) as a reader would underline them."""
    span = speaker_span(cue)
    speaker = text[span[0] : span[1]] if span is not None else None
    return speaker, cue.cue_text, text[cue.content_start : cue.content_end]


def test_two_apostrophes_quote_like_a_double_mark():
    assert quote_spans("''Yes,'' she said.") == [(2, 6)]
    # an apostrophe alone is still no quotation mark
    assert quote_spans("The senators' plan and the mayor's plan.") == []


def test_quote_in_two_apostrophes_runs_on_after_its_cue(coder):
    text = "''We will not raise taxes,'' the governor said. ''Not this year, and not next year.''"
    (cue,) = cues_of(coder, text)
    speaker, words, content = roles(text, cue)
    assert (speaker, words) == ("the governor", "said")
    assert cue.direct
    assert content.startswith("We will not raise taxes")
    assert content.endswith("not next year.")


def test_second_piece_the_parse_hangs_on_the_cue_goes_on(coder):
    text = "\u201cFriends,\u201d the mayor said, \u201cthe bridge will open in May.\u201d"
    (cue,) = cues_of(coder, text)
    speaker, words, content = roles(text, cue)
    assert (speaker, words) == ("the mayor", "said")
    assert content.startswith("Friends") and content.endswith("open in May.")


def test_quoted_title_in_the_cue_clause_is_no_second_piece(coder):
    text = (
        "\u201cWe are ready,\u201d the minister said on \u201cMorning Report.\u201d "
        "\u201cThe ferries run again on Monday.\u201d"
    )
    said = next(c for c in cues_of(coder, text) if c.cue_text == "said")
    assert roles(text, said)[2] == "We are ready"


def test_quote_opened_in_a_clause_runs_to_its_closing_mark(coder):
    text = (
        "The coach told reporters that \u201cif the weather holds we will play. "
        "If it rains, we will stay home.\u201d"
    )
    (cue,) = cues_of(coder, text)
    assert roles(text, cue) == (
        "The coach",
        "told",
        "that \u201cif the weather holds we will play. If it rains, we will stay home.",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The proposal was rejected by the city council.",
            ("the city council", "was rejected", "The proposal"),
        ),
        (
            "The plan was criticized by several economists.",
            ("several economists", "was criticized", "The plan"),
        ),
        # a participle on a noun: the noun is what is favoured
        (
            "The tax credit, favored by rural lawmakers, passed easily.",
            ("rural lawmakers", "favored", "The tax credit"),
        ),
        # the one told is not the speaker
        (
            "She was told by her doctor that she needed rest.",
            ("her doctor", "told", "that she needed rest"),
        ),
    ],
)
def test_passive_cue_speaker_is_the_by_phrase(coder, text, expected):
    assert [roles(text, c) for c in cues_of(coder, text)] == [expected]


def test_passive_act_that_reports_nothing(coder):
    # a deed done by someone is no attribution
    assert cues_of(coder, "The harbour was dredged by a private firm last year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most of the dockworkers want a shorter week.",
            ("Most of the dockworkers", "want", "a shorter week"),
        ),
        (
            "The council wants the mayor to resign.",
            ("The council", "wants", "the mayor to resign"),
        ),
    ],
)
def test_want_with_an_object(coder, text, expected):
    assert [roles(text, c) for c in cues_of(coder, text)] == [expected]
