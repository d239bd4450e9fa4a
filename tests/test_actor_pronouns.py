"""Who "I", "we", "you" are in releases with a headline (round 14c: pronouns): the speaker the
headline names, the nation a leader hails, the audience of an address or a greeting, the
other side of a meeting, a thanked vocative; and the ones that must stay unresolved."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from actor_helpers import KREMLIN, UKRAINE, WHITE_HOUSE

from eventwire.actors.article import ArticleActors, home_country


@dataclass(frozen=True)
class Release:
    """A release's headline, text, source and day: `Release(...).row(word, expected)` is
    one table row (the nth occurrence of `word` codes as `expected`, None: as nobody)."""

    title: str
    text: str
    source: str
    day: str

    def row(self, word: str, expected: str | None, *, id: str, nth: int = 0):
        return pytest.param(self, word, nth, expected, id=id)


def _code(coder, release: Release, word: str, nth: int) -> str | None:  # noqa: ANN001
    """Read every mention of the release in order, as the coder does, then ask for `word`."""
    doc = coder.nlp(release.text)
    actors = ArticleActors(
        coder.extractor.resolver, release.day, home_country(release.source, None), release.title
    )
    for tok in doc:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and tok.dep_ not in {"compound", "amod"}:
            actors.mention(tok)
    hit = [t for t in doc if t.text == word][nth]
    res = actors.resolve_head(hit)
    return res.code if res is not None and res.resolved else None


FIRST_LADY = Release(
    "Remarks by President Biden and First Lady Jill Biden at a Holiday Dinner | Norfolk, VA",
    "THE FIRST LADY:  Hello, everyone.\n\n"
    "You have shared with me your stories and your worries: moving every two years, "
    "new schools, new jobs.  I am proud of what we have done.\n\n"
    "THE PRESIDENT:  Thank you, Jill.",
    WHITE_HOUSE,
    "2024-11-20",
)
FOREIGN_PARTNER = Release(
    "Remarks by President Biden and Prime Minister Rossi Before Their Meeting",
    "THE PRESIDENT:  Welcome.  It is good to have you here.",
    WHITE_HOUSE,
    "2023-06-01",
)
COACHES = Release(
    "Remarks as Prepared for Delivery by First Lady Jill Biden at a Teachers Event",
    "Thank you, Mayor Dickens.  It is wonderful to see you again.\n\n"
    "I am so glad to be here.  Thank you all for coming today.  We have much to celebrate, "
    "and every one of you has worked hard for this.",
    WHITE_HOUSE,
    "2023-10-02",
)
PRESIDENT_ALONE = Release(
    "Remarks by President Biden on the Economy",
    "I want to talk about jobs today.  We created many of them.",
    WHITE_HOUSE,
    "2023-10-02",
)
FILM_AWARDS = Release(
    "Address by the President of Ukraine to the guests and participants of the Estonian "
    "Theatre Awards",
    "Greetings from Kyiv!  Theatre keeps people free.  I ask you to remember Mariupol.",
    UKRAINE,
    "2022-05-20",
)

TURNS_AND_SPEAKERS = [
    FIRST_LADY.row("I", "USAELI", id="a line with a colon inside a turn starts no new turn"),
    PRESIDENT_ALONE.row("I", "USAGOV", id="a president's remarks with no turns: the state"),
    COACHES.row("I", "USAELI", id="the headline names a first lady: her 'I'"),
    COACHES.row("We", "USAELI", id="the headline names a first lady: her 'we'"),
]

AUDIENCES = [
    FIRST_LADY.row("You", "USACVL", id="remarks by two home speakers speak to one audience"),
    FOREIGN_PARTNER.row("you", None, id="remarks with a foreign leader are a dialogue"),
    COACHES.row(
        "you", "USAGOV", nth=1, id="'Thank you, Mayor Dickens.' then 'to see you': the mayor"
    ),
    COACHES.row("you", "USACVL", nth=2, id="a thanked vocative reaches one sentence only"),
    FILM_AWARDS.row("you", "ESTCVL", id="an address to another state's people: theirs"),
]


@pytest.mark.parametrize(("release", "word", "nth", "expected"), TURNS_AND_SPEAKERS)
def test_who_speaks_a_turn_or_a_release(coder, release, word, nth, expected):
    assert _code(coder, release, word, nth) == expected


@pytest.mark.parametrize(("release", "word", "nth", "expected"), AUDIENCES)
def test_you_in_remarks_and_addresses_is_the_one_spoken_to(coder, release, word, nth, expected):
    assert _code(coder, release, word, nth) == expected


HAIL = Release(
    "Every day of our defence counts - address by President Volodymyr Zelenskyy",
    "Ukrainians! Our defenders! Another week of our struggle is coming to an end. Russia "
    "is trying to destroy us. We develop our relations with partners. We woke up to "
    "explosions a hundred days ago.",
    UKRAINE,
    "2022-05-01",
)
NO_HAIL = Release(
    "Volodymyr Zelenskyy held a meeting with the Prime Minister of Japan",
    "The President said that Russia attacked us. We sent our proposals to the partners.",
    UKRAINE,
    "2022-05-01",
)

NATION = [
    HAIL.row("us", "UKR", id="hailing the people: 'destroy us' is the nation"),
    HAIL.row("our", "UKR", id="hailing the people: 'our struggle' is the nation"),
    HAIL.row("We", "UKRGOV", id="hailing the people: 'We develop our relations' acts: GOV"),
    HAIL.row("our", "UKRGOV", nth=1, id="'our' of an acting 'we' is that 'we'"),
    HAIL.row("We", "UKRCVL", nth=1, id="'we woke up to explosions': the people"),
    # session 14: an object "us" no word ties to the government is the nation, hail or not
    # (the studied labels: "destroy us", "the key priority for us", "allow us to beat COVID")
    NO_HAIL.row("us", "UKR", id="no hail: 'attacked us' is the nation"),
    NO_HAIL.row("We", "UKRGOV", id="no hail: 'We sent' is the government"),
]


@pytest.mark.parametrize(("release", "word", "nth", "expected"), NATION)
def test_a_leader_who_hails_the_nation_speaks_for_it(coder, release, word, nth, expected):
    assert _code(coder, release, word, nth) == expected


MEETING = Release(
    "President of Ukraine held a meeting with the Prime Minister of Canada",
    "President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Canada Justin "
    'Trudeau. "It is a great honor to meet you," the President said. Justin Trudeau praised '
    'the courage of Volodymyr Zelenskyy. "Your courage inspires us," said Justin Trudeau.',
    UKRAINE,
    "2022-05-08",
)
ADDRESS_QUOTED = Release(
    "Volodymyr Zelenskyy addressed the nation",
    'Volodymyr Zelenskyy spoke about the harvest. "I thank you for your work," the President said.',
    UKRAINE,
    "2022-05-08",
)

MET = [
    MEETING.row("you", "CANGOV", id="the host's quoted 'you' is the guest"),
    MEETING.row("Your", "UKRGOV", id="the guest's quoted 'Your' is the host"),
    ADDRESS_QUOTED.row("you", None, id="a quoted 'you' outside a meeting stays nobody"),
]


@pytest.mark.parametrize(("release", "word", "nth", "expected"), MET)
def test_you_quoted_from_a_meeting_is_the_other_side(coder, release, word, nth, expected):
    assert _code(coder, release, word, nth) == expected


PROJECT = Release(
    "Greeting to participants in Clean Rivers nationwide project",
    "Vladimir Putin sent greetings to participants in the Clean Rivers nationwide project. "
    'The message reads, in part: "I would like to thank you for your initiative."',
    KREMLIN,
    "2022-03-01",
)
THANKED_PEOPLE = Release(
    "Congratulations to Olympic champion",
    "Vladimir Putin congratulated Anna Smirnova on winning the Olympic title. The message "
    'reads, in part: "Your victory is a great gift to all of us."',
    KREMLIN,
    "2022-02-10",
)

GREETED = [
    PROJECT.row("you", "RUSCVL", id="greeted participants of no known body: the people"),
    PROJECT.row("your", "RUSCVL", id="their 'your' too"),
    THANKED_PEOPLE.row("Your", "RUSCVL", id="a congratulated citizen, as before"),
]


@pytest.mark.parametrize(("release", "word", "nth", "expected"), GREETED)
def test_you_in_a_greeting_is_whom_it_greets(coder, release, word, nth, expected):
    assert _code(coder, release, word, nth) == expected


VISIT = Release(
    "Under Secretary Roe Travels to Omaha",
    "Under Secretary for Arms Control Jane Roe will travel to Omaha. Assistant Secretary "
    "Mary Poe will accompany the Under Secretary. At the base, they will meet the "
    "commanders.",
    "U.S. Department of State (Office of the Spokesperson)",
    "2022-06-10",
)
WORDS = Release(
    "Address by the President of Ukraine",
    "In 2014, Russia came to us with one word. In 2022, Russia added another word to it.",
    UKRAINE,
    "2022-06-03",
)
SUPPORT = Release(
    "Statement on Ukraine",
    "Ukraine asked for more help. The United States will support it.",
    WHITE_HOUSE,
    "2022-06-03",
)

PLURALS_AND_OBJECTS = [
    VISIT.row("they", "USAGOV", id="'X will accompany Y. ... they': both, one code"),
    WORDS.row("it", None, id="'Russia added a word to it': not Russia again"),
    SUPPORT.row("it", "UKR", id="an object still takes another actor"),
]


@pytest.mark.parametrize(("release", "word", "nth", "expected"), PLURALS_AND_OBJECTS)
def test_they_after_a_companion_and_objects_that_are_not_their_subject(
    coder, release, word, nth, expected
):
    assert _code(coder, release, word, nth) == expected
