"""Second person of session 14: who "you" is in a day message, a press briefing, an interview and
a meeting with a group, and the upper-case surname of a briefing's speaker label.

A State Department message that greets "the people of X" speaks to them: its "you" in that
sentence is X's people. In a press briefing the spokesperson's label ("MS PORTER:") is the
person the release's first line names; the spokesperson's "you" that no vocative names (the
opening turn, an answer to "QUESTION:") is the reporters (the home state's JRN), and a person
named right before a question turn ("Let's go to ...") is a reporter. In a Wikinews interview
the questions' "you" is the person the headline names. In a Kremlin meeting whose headline
names a plural group ("Meeting with families ..."), the first turn's "you" is that group. Every
sentence is our own; the last rows of each test show what must not change."""

from __future__ import annotations

import pytest
from actor_helpers import KREMLIN, STATE

from eventwire.actors.article import ArticleActors, home_country


def _codes(  # noqa: ANN001
    coder, text: str, title: str, source: str | None, day: str
) -> list[tuple[str, str | None]]:
    """(word, code) of every noun and pronoun of `text`, read in order as the coder reads."""
    doc = coder.nlp(text)
    actors = ArticleActors(coder.extractor.resolver, day, home_country(source, None), title)
    out = []
    for tok in doc:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            ref = actors.mention(tok)
            out.append((tok.text, ref.code if ref is not None else None))
    return out


def _all(codes: list[tuple[str, str | None]], word: str) -> list[str | None]:
    return [code for w, code in codes if w == word]


CHILE = (
    "Antony J. Blinken, Secretary of State\n\n"
    "On behalf of the United States, I congratulate the people of Chile as you mark the "
    "anniversary of your independence.\n\nOur two nations share a long friendship."
)
WISHES = (
    "Antony J. Blinken, Secretary of State\n\n"
    "I send my warm wishes to the people of Ghana as you celebrate your national day."
)
# what must not change: a message with no greeted people in the "you"'s sentence
GENERIC = (
    "Antony J. Blinken, Secretary of State\n\n"
    "The United States welcomes the new law. If you travel abroad, register your trip."
)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (CHILE, "Chile's Independence Day", ["CHLCVL", "CHLCVL"]),
        (WISHES, "Ghana's National Day", ["GHACVL", "GHACVL"]),
        (GENERIC, "New Travel Rules", [None, None]),
    ],
    ids=["congratulate-the-people", "wishes-to-the-people", "generic-you-unchanged"],
)
def test_a_day_message_speaks_to_the_people_it_greets(coder, text, title, expected) -> None:  # noqa: ANN001
    codes = _codes(coder, text, title, STATE, "2022-07-28")
    assert [c for w, c in codes if w.lower() in {"you", "your"}] == expected


BRIEFING = (
    "Maria Lindqvist, Deputy Spokesperson\n\n1:30 p.m. EDT\n\n"
    "MS LINDQVIST: Good afternoon, everyone. Thank you for joining the briefing, and I will "
    "take your questions shortly.\n\nLet's go to Peter Okafor.\n\n"
    "QUESTION: Can you tell us more about the talks?\n\n"
    "MS LINDQVIST: Thanks for your question. I have nothing to add today."
)


def test_a_press_briefing_speaker_reporters_and_their_you(coder) -> None:  # noqa: ANN001
    codes = _codes(coder, BRIEFING, "Department Press Briefing – May 3, 2022", STATE, "2022-05-03")
    assert _all(codes, "LINDQVIST") == ["USAGOV", "USAGOV"]  # the label is the spokesperson
    assert _all(codes, "Okafor") == ["USAJRN"]  # called on before a question: a reporter
    # the spokesperson's "you" is the reporters; the question's "you" is the spokesperson
    assert _all(codes, "you") == ["USAJRN", "USAGOV"]
    assert _all(codes, "your") == ["USAJRN", "USAJRN"]


def test_outside_a_briefing_the_spokespersons_you_stays_empty(coder) -> None:  # noqa: ANN001
    codes = _codes(coder, BRIEFING, "Remarks at the Opening of a Conference", STATE, "2022-05-03")
    assert _all(codes, "Okafor") != ["USAJRN"]


INTERVIEW = (
    "Retired nurse Helen Varga, the presidential nominee of the American Green Party, answered "
    "questions from a Wikinews reporter.\n\n"
    "((WN)) : Which book do you read most often?\n\n((WN)) : What was your first job?"
)


def test_an_interviews_you_is_the_person_interviewed(coder) -> None:  # noqa: ANN001
    title = "Wikinews interviews Helen Varga, Green Party presidential nominee"
    codes = _codes(coder, INTERVIEW, title, "Wikinews (en)", "2020-10-01")
    varga = _all(codes, "Varga")[0]
    assert varga is not None
    assert _all(codes, "you") == [varga]
    assert _all(codes, "your") == [varga]
    # what must not change: an ordinary Wikinews article's "you" stays empty
    other = _codes(coder, INTERVIEW, "Green Party names nominee", "Wikinews (en)", "2020-10-01")
    assert _all(other, "you") == [None]


MEETING = (
    "Vladimir Putin had a videoconference meeting with students from several regions.\n\n"
    " * * * President of Russia Vladimir Putin: Good afternoon, friends, "
    "First of all, I would like to congratulate you on the holiday. Your teachers are proud."
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Meeting with students of engineering universities", "RUSEDU"),
        ("Meeting with families awarded the Order of Parental Glory", "RUSCVL"),
        # what must not change: a meeting with one foreign leader
        ("Meeting with President of Mongolia", None),
    ],
    ids=["students", "families", "a-foreign-leader-unchanged"],
)
def test_a_meetings_you_is_the_group_its_headline_names(coder, title, expected) -> None:  # noqa: ANN001
    codes = _codes(coder, MEETING, title, KREMLIN, "2022-06-01")
    assert _all(codes, "you") == [expected]
