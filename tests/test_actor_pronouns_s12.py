"""Pronouns of session 12: the code a careful labeller gives the antecedent, and "it" of things.

A "he", "she" or "I" is one person, and a person is never the bare country a labeller gives a
state named as a whole: a person the text gives only a nationality ("Russian pianist Ivan
Sorokin") is a civilian (CVL) when a singular personal pronoun refers to them. The people who
act for a state ("our team", "our delegation", "our intelligence") are its government, even in
an address that hails the nation. An "it" is nobody when the main clause of its sentence (or
the one before) has a thing for its subject, named after the state found ("The bill passed
..., and the opposition fought it"), or when the state is only a modifier of a thing that is
a subject ("the Panama-flagged freighter ... after it hit a reef"). In a proclamation, a
presidential message or a leader's greetings on a holiday, a "we", "us", "our" with no cue of
the government acting is the nation, and a birthday message's "your" is the one greeted even
when the parser misreads the greeting. The last rows of each table show what must not change.
Every sentence is our own."""

from __future__ import annotations

import pytest
from actor_helpers import KREMLIN, UKRAINE, WHITE_HOUSE, Text, mention_table
from test_actor_pronouns import Release, _code

DAY = "2025-06-10"

PIANIST = Text("Russian pianist Ivan Sorokin played in Vienna on Sunday. He thanked the audience.")
ACTOR = Text(
    "Canadian voice actor Mara Lindqvist spoke at the festival in Toronto. She said the crowd"
    " was larger than ever."
)
YOUTUBER = Text(
    "Brazilian YouTuber Tiago Ramos was deported from Chile, and the police added his name to a"
    " list."
)
# what must not change: a person whose office the data know
STARMER = Text("Prime Minister Keir Starmer met the press. He said taxes would not rise.")

test_a_person_of_no_known_role_is_a_civilian = mention_table(
    [
        PIANIST.mention("He", DAY, "RUSCVL", id="he-of-a-russian-pianist"),
        ACTOR.mention("She", DAY, "CANCVL", id="she-of-a-canadian-voice-actor"),
        YOUTUBER.mention("his", DAY, "BRACVL", id="his-of-a-brazilian-youtuber"),
        STARMER.mention("He", DAY, "GBRGOV", id="he-of-a-prime-minister-unchanged"),
    ]
)

TEAM = Text("Ukrainians! Our team will meet the evacuees in Zaporizhzhia tomorrow.")
DELEGATION = Text(
    "Ukrainians! Russia wants to destroy us. Our delegation will return to Istanbul tomorrow."
)
INTELLIGENCE = Text("Ukrainians! I am grateful to our intelligence and to our defenders.")
# what must not change: the nation the hail speaks for
DESTROY_US = Text("Ukrainians! Russia wants to destroy us, but our army holds.")

test_those_who_act_for_a_state_are_its_government = mention_table(
    [
        TEAM.mention("Our", DAY, "UKRGOV", source=UKRAINE, id="our-team"),
        DELEGATION.mention("Our", DAY, "UKRGOV", source=UKRAINE, id="our-delegation"),
        INTELLIGENCE.mention("our", DAY, "UKRGOV", source=UKRAINE, id="our-intelligence"),
        INTELLIGENCE.mention("our", DAY, "UKR", source=UKRAINE, nth=1, id="our-defenders"),
        DESTROY_US.mention("us", DAY, "UKR", source=UKRAINE, id="destroy-us-unchanged"),
    ]
)

BILL = Text(
    "Peru's Congress met on Monday. The bill passed with 90 votes, and the opposition fought it."
)
REFORM = Text(
    "Peru's Congress met on Monday. The reform passed after a long debate, with 30 members"
    " opposing it."
)
DEAL = Text(
    "Peru signed the pact on Monday. The deal was praised abroad, and it will take effect in May."
)
FREIGHTER = Text(
    "The Colombian navy says the Panama-flagged freighter Blue Star sank after it hit a reef."
)
# what must not change: a thing that is no main clause's subject, a state that is a subject
STRIKE = Text(
    "Israel says the strike killed three militants and that it will continue the operation."
)
SEIZED = Text("The Colombian navy says it seized a Panama-flagged freighter carrying cocaine.")
INNER = Text(
    "Peru signed the pact on Monday. Its president said the deal was fair, and it will now"
    " ratify it."
)
MET = Text("Peru met Chile on Monday. The talks ended late, and Peru said it would meet again.")
STATEMENT_SAYS = Text(
    "The Peruvian foreign ministry met on Monday. The statement said it would respond to Chile."
)
WISE = Text("Peru met Chile in Lima. It would be wise to wait for the vote.")
EASIER = Text("Peru met Chile in Lima. It was easier to talk after the vote.")
READY = Text("Peru met Chile in Lima, and it was ready to talk.")

test_an_it_of_a_thing_named_as_subject_is_nobody = mention_table(
    [
        BILL.mention("it", DAY, None, id="the-bill-passed-and-they-fought-it"),
        REFORM.mention("it", DAY, None, id="the-reform-passed-with-members-opposing-it"),
        DEAL.mention("it", DAY, None, id="the-deal-was-praised-and-it-will"),
        FREIGHTER.mention("it", DAY, None, id="panama-flagged-freighter-it-hit"),
        STRIKE.mention("it", DAY, "ISR", id="israel-says-the-strike-and-it-will"),
        SEIZED.mention("it", DAY, "COLMIL", id="the-navy-says-it-seized"),
        INNER.mention("it", DAY, "PER", id="said-the-deal-was-fair-and-it-will"),
        MET.mention("it", DAY, "PER", id="peru-said-it-would-meet"),
        STATEMENT_SAYS.mention("it", DAY, "PERGOV", id="the-statement-said-it-would"),
    ]
)

test_an_it_before_a_judged_deed_is_nobody = mention_table(
    [
        WISE.mention("It", DAY, None, id="it-would-be-wise-to-wait"),
        EASIER.mention("It", DAY, None, id="it-was-easier-to-talk"),
        READY.mention("it", DAY, "CHL", id="it-was-ready-to-talk-unchanged"),
    ]
)

PROCLAMATION = Release(
    "A Proclamation on National Library Week, 2024",
    "Libraries open doors for every child.  This week, we celebrate the librarians of our"
    " Nation.  We have expanded grants to rural libraries, and we will keep our promise to"
    " readers.",
    WHITE_HOUSE,
    "2024-04-07",
)
HOLIDAY = Release(
    "Greetings on Russia Day",
    "Vladimir Putin sent greetings on Russia Day.  The message reads, in part: Dear friends,"
    " today we look back on the history of our country.",
    KREMLIN,
    "2022-06-12",
)
# what must not change: a statement on policy, and greetings to an event's guests
STATEMENT = Release(
    "Statement from President Biden on Rural Libraries",
    "This week, we celebrate the librarians of our Nation.",
    WHITE_HOUSE,
    "2024-04-07",
)
GUESTS = Release(
    "Greetings to participants in the Russian Energy Week forum",
    "Vladimir Putin sent greetings to participants in the forum.  We are convinced that"
    " cooperation is in everyone's interest.",
    KREMLIN,
    "2022-10-12",
)

COMMEMORATIVE = [
    PROCLAMATION.row("we", "USA", id="proclamation: 'we celebrate' is the nation"),
    PROCLAMATION.row("our", "USA", nth=1, id="proclamation: 'our promise' is the nation"),
    PROCLAMATION.row("We", "USAGOV", id="proclamation: 'We have expanded grants' acts: GOV"),
    HOLIDAY.row("we", "RUS", id="holiday greetings: 'we look back' is the nation"),
    STATEMENT.row("we", "USAGOV", id="a statement keeps the government"),
    GUESTS.row("We", "RUSGOV", id="greetings to a forum's guests keep the government"),
]


BIRTHDAY = Release(
    "Birthday greetings to figure skating coach Anna Petrova",
    "Vladimir Putin sent birthday greetings to figure skating coach Anna Petrova.\n\n"
    'The message reads, in part: "Over the years of your coaching career, you have won the'
    ' love of our country."',
    KREMLIN,
    "2022-03-01",
)

# "sent birthday greetings to figure skating coach ...": the parser reads "to figure" as a verb
GREETED = [BIRTHDAY.row("your", "RUSCVL", id="'your' of the coach greeted, whatever the parse")]


@pytest.mark.parametrize(("release", "word", "nth", "expected"), COMMEMORATIVE + GREETED)
def test_we_and_you_of_messages_and_greetings(
    coder,  # noqa: ANN001
    release: Release,
    word: str,
    nth: int,
    expected: str | None,
) -> None:
    assert _code(coder, release, word, nth) == expected
