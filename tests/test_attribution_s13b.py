"""Attributions with a verb cue the lists missed, session 13 (helper P4): stances a poll or a
person takes ("support", "favor", "see X as Y"), intentions ("is seeking to", "decided to"),
a reporting noun after a light verb ("made the point that"), "made clear that", attitude
adjectives ("tired of", "eager to"), and PolNeAR's rule that attributions never nest. The
sentences are the project's own.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate.polnear import extract_attributions
from eventwire.events.attribution import Cue, find_cues, nested_cues, speaker_span


def cues_of(coder, text: str) -> list[Cue]:  # noqa: ANN001
    doc = coder.nlp(text)
    return find_cues(doc, list(doc.sents))


def roles(text: str, cue: Cue) -> tuple[str | None, str, str]:
    """(speaker phrase or None, cue words, content) as a reader would underline them."""
    span = speaker_span(cue)
    speaker = text[span[0] : span[1]] if span is not None else None
    return speaker, cue.cue_text, text[cue.content_start : cue.content_end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance a poll reports
        (
            "Most farmers in the county support the new water rules.",
            ("Most farmers in the county", "support", "the new water rules"),
        ),
        # a view: the thing and what it is taken for
        (
            "Many investors see the merger as a bad bet.",
            ("Many investors", "see", "the merger as a bad bet"),
        ),
        # an intention
        (
            "The council is seeking to delay the vote.",
            ("The council", "is seeking", "to delay the vote"),
        ),
        # a reporting noun after a light verb: the verb's subject holds the view
        (
            "Okafor made the point that the budget had grown every year.",
            ("Okafor", "made the point", "that the budget had grown every year"),
        ),
        # "made clear that"
        (
            "The union made clear that it would strike in May.",
            ("The union", "made clear", "that it would strike in May"),
        ),
        # attitude adjectives, with a preposition or an infinitive
        (
            "Residents are tired of the constant road closures.",
            ("Residents", "are tired of", "the constant road closures"),
        ),
        (
            "The mayor was eager to end the dispute.",
            ("The mayor", "was eager", "to end the dispute"),
        ),
    ],
)
def test_verb_cues_the_lists_missed(coder, text, expected):  # noqa: ANN001
    assert [roles(text, c) for c in cues_of(coder, text)] == [expected]


def test_seeing_without_as_is_no_view(coder):  # noqa: ANN001
    assert cues_of(coder, "Reporters saw the motorcade leave the palace at noon.") == []


def test_clear_without_make_has_no_holder(coder):  # noqa: ANN001
    # "it is not clear whether ..." names no one whose view it is
    assert cues_of(coder, "It is not clear whether the talks will resume.") == []


def test_nested_attribution_kept_for_events_left_out_for_polnear(coder):  # noqa: ANN001
    text = "Ames said officials believe the deal will hold."
    doc = coder.nlp(text)
    cues = find_cues(doc, list(doc.sents))
    # eventwire keeps both: an event in "the deal will hold" carries the inner speaker
    assert [c.cue_text for c in cues] == ["said", "believe"]
    assert nested_cues(cues) == {1}
    # PolNeAR gives every word to one attribution: the scorer reads only the outer one
    (only,) = extract_attributions(doc)
    assert text[slice(*only.cue[0])] == "said"
    assert text[slice(*only.content[0])] == "officials believe the deal will hold"


def test_subjectless_second_verb_is_not_nested(coder):  # noqa: ANN001
    # the parse puts "called" inside what was said, but it is the senator's second act
    text = "The senator said the plan was reckless and called it a giveaway to donors."
    cues = cues_of(coder, text)
    assert [c.cue_text for c in cues] == ["said", "called"]
    assert nested_cues(cues) == set()


def test_cue_inside_a_transcript_turn_is_not_nested(coder):  # noqa: ANN001
    text = "SENATOR DIAZ: We think the bill will pass. MODERATOR: Thank you."
    cues = cues_of(coder, text)
    assert "think" in [c.cue_text for c in cues]
    assert nested_cues(cues) == set()
