"""Attributions whose cue is not a plain speech verb (issue #4, round 15).

Nouns that report ("her assertion that ..."), adjectives of belief after a copula ("aides
were confident that ..."), evidential adverbs ("reportedly"), raised reports whose subject
is part of what is reported ("the bill is expected to pass", "it appears that ...") and
speech acts such as "asked whether" and "declined to comment". The sentences are the
project's own.
"""

from __future__ import annotations

import pytest

from eventwire.events.attribution import Cue, find_cues, speaker_span


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
        # noun cues: the possessor or the "from"/"by" phrase speaks, the "that" clause is said
        (
            "Her assertion that the agency ignored the warnings drew criticism.",
            ("Her", "assertion", "that the agency ignored the warnings"),
        ),
        (
            "The mayor's claim that crime had fallen was disputed by the police union.",
            ("The mayor's", "claim", "that crime had fallen"),
        ),
        (
            "The report by the inspectors that the reactor was safe reassured the town.",
            ("the inspectors", "report", "that the reactor was safe"),
        ),
        # adjectives of belief: the copula's subject holds the belief
        (
            "Campaign aides were confident that the governor would carry the state.",
            ("Campaign aides", "were confident", "that the governor would carry the state"),
        ),
        (
            "Many farmers remain skeptical of the new trade agreement.",
            ("Many farmers", "remain skeptical of", "the new trade agreement"),
        ),
        (
            "The senator is not sure that the votes are there.",
            ("The senator", "is not sure", "that the votes are there"),
        ),
        # evidential adverbs: no speaker, the clause they sit in is reported
        (
            "The company reportedly paid the fine last week.",
            (None, "reportedly", "The company reportedly paid the fine last week"),
        ),
        # raised reports: no speaker, the subject belongs to the content
        (
            "The spending bill is expected to pass the Senate next month.",
            (None, "is expected", "The spending bill is expected to pass the Senate next month"),
        ),
        (
            "It appears that the negotiations have stalled.",
            (None, "appears", "that the negotiations have stalled"),
        ),
        (
            "The governor seemed to soften his stance on the pipeline.",
            (None, "seemed", "The governor seemed to soften his stance on the pipeline"),
        ),
        # speech acts: a question asked, a comment declined
        (
            "Reporters asked whether the mayor would resign.",
            ("Reporters", "asked", "whether the mayor would resign"),
        ),
        (
            "The minister declined to comment on the audit.",
            ("The minister", "declined", "to comment on the audit"),
        ),
        (
            "The union leader called it a betrayal of the workers.",
            ("The union leader", "called", "it a betrayal of the workers"),
        ),
        # a poll or survey as the source, "in" as the cue
        (
            "In the latest county poll, the incumbent holds a narrow lead.",
            ("the latest county poll", "In", "the incumbent holds a narrow lead"),
        ),
    ],
)
def test_cue_classes_beyond_speech_verbs(coder, text: str, expected) -> None:  # noqa: ANN001
    assert expected in [roles(text, c) for c in cues_of(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The claim that he made in March was false.",  # a relative clause, not what was said
        "They made a promise to the voters of the district.",  # no clause: nothing reported
        "She appeared on television on Sunday.",  # appearing somewhere reports nothing
        "The bridge was named after a local hero.",  # a passive without a reported clause
        "The committee was critical to the plan's success.",  # "critical to", not "of"
    ],
)
def test_words_that_report_nothing_here(coder, text: str) -> None:  # noqa: ANN001
    assert cues_of(coder, text) == []


def test_a_passive_question_has_no_speaker_but_the_asker(coder) -> None:  # noqa: ANN001
    text = "The governor was asked whether she would sign the bill."
    found = [roles(text, c) for c in cues_of(coder, text)]
    assert (None, "asked", "whether she would sign the bill") in found


def test_a_quote_interrupted_by_its_cue_runs_on(coder) -> None:  # noqa: ANN001
    """'"...," he said on Monday. "..."': one attribution whose content runs over both pieces
    of the quote; a second piece with a cue of its own stays apart."""
    text = (
        '"We will not pay for the wall," the president told reporters on Monday. '
        '"It is a waste of money."'
    )
    (cue,) = cues_of(coder, text)
    assert text[cue.content_start : cue.content_end] == text[1:-1]
    text2 = '"We will not pay," the president said. "It is a waste," the minister added.'
    contents = [text2[c.content_start : c.content_end] for c in cues_of(coder, text2)]
    assert contents == ["We will not pay", "It is a waste"]
