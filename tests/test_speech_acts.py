"""Speech acts, speaker labels and signed quotes as attributions.

"Graham urged Republicans to join ..." is an attribution to Graham just as "Graham said
..." is: the attribution finder records the speaker, the cue words and the content, with
the complements each verb takes listed in events/data/act_cues.tsv. "SECRETARY BLINKEN: ..."
in a transcript speaks its whole turn; a quotation signed "― Name" is the signer's.
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
    # (the content may hold a stance of its own: "most voters oppose the plan", session 13)
    assert expected in [spans(text, cue) for cue in cues_of(coder, text)]


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


TRANSCRIPT = """Secretary Blinken at a Press Availability

SECRETARY BLINKEN: Good afternoon. Russia attacked Ukraine again last night.

We condemn these strikes.

QUESTION: Mr. Secretary, will China send weapons to Russia?

SECRETARY BLINKEN: I urge China not to send weapons."""


def test_a_transcript_label_speaks_its_whole_turn(coder):
    doc = coder.nlp(TRANSCRIPT)
    labels = [c for c in find_cues(doc, list(doc.sents)) if c.cue_text == ":"]
    assert [TRANSCRIPT[slice(*c.speaker_chars)] for c in labels] == [
        "SECRETARY BLINKEN",
        "QUESTION",
        "SECRETARY BLINKEN",
    ]
    first_turn = TRANSCRIPT[labels[0].content_start : labels[0].content_end]
    assert first_turn.startswith("Good afternoon") and first_turn.endswith("condemn these strikes.")


def test_events_in_a_later_sentence_of_a_turn_are_attributed_to_its_speaker(coder):
    events = coder.code_text(TRANSCRIPT, date="2023-03-01")
    condemn = next(e for e in events if e.trigger.text == "condemn")
    assert condemn.attribution is not None
    assert condemn.attribution.speaker.text == "SECRETARY BLINKEN"
    assert condemn.source.code == "USAGOV"  # "we" in the Secretary's turn


def test_an_event_a_yes_no_question_asks_about_is_not_asserted(coder):
    events = coder.code_text(TRANSCRIPT, date="2023-03-01")
    asked = [e for e in events if e.trigger.start < TRANSCRIPT.index("SECRETARY BLINKEN: I")]
    asked = [e for e in asked if e.trigger.start > TRANSCRIPT.index("QUESTION")]
    assert asked and all(e.modality == "hypothetical" for e in asked)
    why = coder.code_text("Why did Russia attack Ukraine?")
    (attack,) = [e for e in why if e.cameo.root == "19"]
    assert attack.modality == "asserted"  # a wh-question takes its event for granted


@pytest.mark.parametrize(
    "line",
    [
        "The message reads, in part: we are grateful for your support.",
        "Begin text: the parties agreed to meet again.",
        "At 7:45 the talks resumed.",
    ],
)
def test_a_colon_after_a_phrase_that_names_nobody_is_no_speaker(coder, line):
    doc = coder.nlp(line)
    assert not [c for c in find_cues(doc, list(doc.sents)) if c.cue_text == ":"]


def test_a_quotation_signed_with_a_dash_is_attributed_to_the_signer(coder):
    text = "\u201cThe vote must be free and fair.\u201d \u2015 Maria Lopez"
    doc = coder.nlp(text)
    (cue,) = find_cues(doc, list(doc.sents))
    assert text[slice(*cue.speaker_chars)] == "Maria Lopez"
    assert text[cue.content_start : cue.content_end] == "The vote must be free and fair."


def test_a_parenthetical_cue_reports_the_clause_it_interrupts(coder):
    text = "The new museum, Mr. Obama said, would make visitors face hard truths."
    (cue,) = cues_of(coder, text)
    assert (cue.speaker_head.text, cue.cue_text) == ("Obama", "said")
    assert text[cue.content_start : cue.content_end].startswith("The new museum")
    assert text[cue.content_start : cue.content_end].endswith("face hard truths")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Abbas demanded that Israel stop its attacks.", "requested"),
        ("Abbas told reporters that Israel stopped its attacks.", "asserted"),
    ],
)
def test_an_act_demanded_in_the_subjunctive_is_requested(coder, text, modality):
    (stop,) = [e for e in coder.code_text(text, date="2021-05-25") if e.trigger.text != "demanded"]
    assert stop.cameo.root == "08" and stop.modality == modality
