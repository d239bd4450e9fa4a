"""Speech acts as attributions: who appealed, promised or criticised, and what about.

"Graham urged Republicans to join ..." is an attribution to Graham just as "Graham said
..." is: the attribution finder records the speaker, the cue words and the content, with
the complements each verb takes listed in events/data/act_cues.tsv.
"""

from __future__ import annotations

import pytest

from eventwire.events.attribution import Cue, find_cues


def cues_of(coder, text: str) -> list[Cue]:  # noqa: ANN001
    doc = coder.nlp(text)
    return find_cues(doc, list(doc.sents))


def spans(text: str, cue: Cue) -> tuple[str, str, str]:
    """(speaker head word, cue words, content) as a reader would underline them."""
    return cue.speaker_head.text, cue.cue_text, text[cue.content_start : cue.content_end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Graham urged Republicans to join the ranks of climate change believers.",
            ("Graham", "urged", "Republicans to join the ranks of climate change believers"),
        ),
        (
            "Palmieri called on Trump to stop attacking Machado.",
            ("Palmieri", "called on", "Trump to stop attacking Machado"),
        ),
        (
            "The NAACP called for a moratorium on charter schools.",
            ("NAACP", "called for", "a moratorium on charter schools"),
        ),
        (
            "The campaign called the charges unsubstantiated.",
            ("campaign", "called", "the charges unsubstantiated"),
        ),
        (
            "The minister vowed to punish those who violate the rules.",
            ("minister", "vowed", "to punish those who violate the rules"),
        ),
        (
            "A new poll shows that most voters oppose the plan.",
            ("poll", "shows", "that most voters oppose the plan"),
        ),
        (
            "Clinton criticized the law as a crazy system.",
            ("Clinton", "criticized", "the law as a crazy system"),
        ),
    ],
)
def test_a_speech_act_has_its_speaker_cue_and_content(coder, text, expected):
    (cue,) = cues_of(coder, text)
    assert spans(text, cue) == expected


def test_a_finding_needs_a_clause_not_an_object(coder):
    # "found the body" reports nothing; "found that ..." does
    assert cues_of(coder, "Police found the body of the missing journalist.") == []
    (cue,) = cues_of(coder, "Investigators found that the agency had lost the records.")
    assert cue.cue_text == "found"


def test_an_appeal_attributes_the_requested_act_to_its_speaker(coder):
    text = "Kirby urged Xi Jinping to talk with Zelensky."
    events = coder.code_text(text, date="2023-03-17")
    consult = [e for e in events if e.cameo.root == "04"]
    assert consult, [e.cameo.code for e in events]
    assert consult[0].attribution is not None
    assert consult[0].attribution.speaker.text == "Kirby"
    assert consult[0].attribution.cue.text == "urged"
