"""Attributions without a plain speech verb, session 13 (helper P3): stances taken in public
("oppose", "mocked", "talked about"), a headline's speaker label, a quote introduced by a
name and a colon, a bare cue sentence beside its quote, an "as X noted" aside, a participle
of saying whose speaker is the noun or the doer of the clause it hangs on, and "call for X
to do Y". The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from eventwire.events.attribution import Cue, find_cues, speaker_span
from eventwire.records import Article


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
        # stance verbs (act_cues.tsv): the object is what the stance is about
        (
            "The senator talked about jobs and mocked the governor's tax plan.",
            ("The senator", "mocked", "the governor's tax plan"),
        ),
        (
            "The senator talked about jobs and mocked the governor's tax plan.",
            ("The senator", "talked about", "jobs"),
        ),
        (
            "Union leaders denounced the pension reform in a joint letter.",
            ("Union leaders", "denounced", "the pension reform"),
        ),
        # a poll "shows" its figures
        (
            "A state university poll showed a narrow gap between the two candidates.",
            ("A state university poll", "showed", "a narrow gap between the two candidates"),
        ),
        # "calling for X to do Y", which the parser reads as a "for" clause
        (
            "The governor is calling for the legislature to raise the minimum wage.",
            (
                "The governor",
                "is calling for",
                "the legislature to raise the minimum wage",
            ),
        ),
        # the third verb of a series has the first one's subject
        (
            "Organisers reversed course, rushed everyone into the hall and said they would "
            "register voters during the caucus.",
            ("Organisers", "said", "they would register voters during the caucus"),
        ),
        # "as X noted, CLAUSE": the clause, without the aside
        (
            "As the party chairman noted, turnout in the rural counties was the highest in "
            "decades.",
            (
                "the party chairman",
                "noted",
                "turnout in the rural counties was the highest in decades",
            ),
        ),
        # "by saying ...": the one who did what the "by" phrase explains
        (
            "The envoy eased the tension by saying the talks would resume next week.",
            ("The envoy", "saying", "the talks would resume next week"),
        ),
        # a thought's infinitive ("hoping" is lemmatised "hop")
        (
            "The governor is hoping to win back rural voters in the fall.",
            ("The governor", "is hoping", "to win back rural voters in the fall"),
        ),
    ],
)
def test_cues_beyond_speech_verbs(coder, text: str, expected) -> None:  # noqa: ANN001
    assert expected in [roles(text, c) for c in cues_of(coder, text)]


def test_a_headline_speaker_label(coder) -> None:  # noqa: ANN001
    """'Name: words' as an article's first line is its speaker, even when the tagger reads
    the name as a common noun; a kicker ("Exclusive:") is no speaker."""
    text = "Sanders: Brexit message could draw Trump support in US.\nHe spoke in Vermont."
    found = [roles(text, c) for c in cues_of(coder, text)]
    assert ("Sanders", ":", "Brexit message could draw Trump support in US.") in found
    kicker = "Exclusive: Warren edges ahead in New Hampshire.\nThe survey was taken last week."
    assert [c for c in cues_of(coder, kicker) if c.cue_text == ":"] == []


def test_a_report_label(coder) -> None:  # noqa: ANN001
    text = "Poll: Warren edges ahead of Biden in New Hampshire.\n\nThe survey was taken in May."
    found = [roles(text, c) for c in cues_of(coder, text)]
    assert ("Poll", ":", "Warren edges ahead of Biden in New Hampshire.") in found


def test_a_quote_introduced_by_a_name_and_a_colon(coder) -> None:  # noqa: ANN001
    text = (
        "The early surge does not surprise the Republican pollster Dana Whitfield: "
        "\u201cLittle-known candidates who win early contests usually see a bump.\u201d"
    )
    found = [roles(text, c) for c in cues_of(coder, text)]
    assert (
        "Dana Whitfield",
        ":",
        "Little-known candidates who win early contests usually see a bump.",
    ) in found
    # a quote its own cue verb reports keeps that cue only
    said = 'Governor Mills said: "We will not back down."'
    assert [c.cue_text for c in cues_of(coder, said)] == ["said"]
    # no one named before the colon: no attribution
    assert cues_of(coder, 'The question for Iowa: "Will turnout hold?"') == []


def test_a_bare_cue_sentence_beside_its_quote(coder) -> None:  # noqa: ANN001
    """'He said:' with the quote in the next paragraph, and '"...." Walsh said.' after a quote
    that ends with its own full stop: the quote is what was said."""
    text = (
        "The retired colonel did not hold back. He said:\n\n"
        '"Every agency I worked in had rules, and she broke them."'
    )
    found = [roles(text, c) for c in cues_of(coder, text)]
    assert ("He", "said", "Every agency I worked in had rules, and she broke them.") in found
    text2 = '"I hope someone finds the missing letters." Walsh said.\n\nThe crowd laughed.'
    found2 = [roles(text2, c) for c in cues_of(coder, text2)]
    assert ("Walsh", "said", "I hope someone finds the missing letters.") in found2


@pytest.mark.parametrize(
    "text",
    [
        # voters described by what they back, not an act of theirs
        "Voters opposing the measure turned out early.",
        # the infinitive is what the outer cue reports, not a second attribution
        "The chairman urged members to oppose the budget.",
    ],
)
def test_stances_that_are_not_attributions_of_their_own(coder, text: str) -> None:  # noqa: ANN001
    cues = [c.cue_text for c in cues_of(coder, text)]
    assert not any("oppos" in cue for cue in cues)


def test_the_colon_quote_speaker_reaches_the_events_inside(coder) -> None:  # noqa: ANN001
    """Events in a quote introduced by 'Name:' carry that speaker, as a verb cue's would."""
    text = (
        "The decision drew a sharp reply from Foreign Minister Sergei Lavrov: "
        "\u201cRussia will expel the British diplomats within a week.\u201d"
    )
    events = coder.code_doc(Article(id="s13-colon", text=text), coder.nlp(text))
    speakers = {e.attribution.speaker.text for e in events if e.attribution is not None}
    assert any("Lavrov" in s for s in speakers)
