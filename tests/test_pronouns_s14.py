"""Pronouns of session 14: a leader's "our" and "us", the audience of a Ukrainian address, and
a name that closes a sentence spoken to it.

In an official release, a state speaker's "our" or "us" that no word ties to its government
("our European values", "the key priority for us") is the nation (country, no sector), as
the labellers give every such "our" on the studied sets; an "our" of a clause whose subject is
"we" keeps that "we", and a possessed noun of the government ("our team", "our regular
meetings", "our procedures") keeps the government. A headline that ends in "- address by
President ..." with no audience named is an address to the nation: its "you" is the home
state's people. "Do you hear it, Moscow?": the name after the last comma of the sentence is
whom the "you" speaks to. The last rows of each table show what must not change. Every
sentence is our own."""

from __future__ import annotations

import pytest
from actor_helpers import KREMLIN, STATE, UKRAINE, Text, mention_table

from eventwire.actors.article import ArticleActors, home_country

DAY = "2022-04-20"

VALUES = Text("The occupiers came to take our fields and to break our common values.")
PRIORITY = Text("For us the main task this week is to get more air defence.")
ECONOMY = Text("Inflation is falling, and new jobs show the strength of our recovery.")
# what must not change: a government noun, a "we" that acts, a department's procedures
TEAM = Text("Our team will fly to Istanbul tomorrow for the next round.")
WE_ACT = Text("We discussed our trade agenda with the Canadian side.")
MEETINGS = Text("Good afternoon, colleagues. Today we continue our regular meetings on transport.")
PROCEDURES = Text("The Department will soon begin updating our procedures for visas.")
# what must not change: a minister quoted in a news report keeps the government
NEWS = Text(
    'Kenyan health minister Mutahi Kagwe toured a hospital. "Our nurses are tired," he said.'
)

test_a_leaders_our_and_us_are_the_nation = mention_table(
    [
        VALUES.mention("our", DAY, "UKR", source=UKRAINE, id="our-fields"),
        VALUES.mention("our", DAY, "UKR", source=UKRAINE, nth=1, id="our-common-values"),
        PRIORITY.mention("us", DAY, "UKR", source=UKRAINE, id="the-task-for-us"),
        ECONOMY.mention("our", DAY, "RUS", source=KREMLIN, id="our-recovery"),
        TEAM.mention("Our", DAY, "UKRGOV", source=UKRAINE, id="our-team-unchanged"),
        WE_ACT.mention("our", DAY, "UKRGOV", source=UKRAINE, id="our-of-an-acting-we"),
        MEETINGS.mention("our", DAY, "RUSGOV", source=KREMLIN, id="our-regular-meetings"),
        PROCEDURES.mention("our", DAY, "USAGOV", source=STATE, id="our-procedures"),
        NEWS.mention("Our", DAY, "KENGOV", id="a-ministers-our-in-the-news-unchanged"),
    ]
)

MOSCOW = Text(
    "Thousands of people stood in the square of Kherson again today. Do you hear them, Moscow?"
)
# what must not change: a closing word that is no actor leaves "you" to the other rules
FRIENDS = Text("We stand together. Do you hear me, my friends?")

test_a_closing_name_is_whom_you_speaks_to = mention_table(
    [
        MOSCOW.mention("you", DAY, "RUSGOV", source=UKRAINE, id="do-you-hear-moscow"),
        FRIENDS.mention("you", DAY, None, source=UKRAINE, id="my-friends-unchanged"),
    ]
)


def _you_in_address(coder, title: str, text: str) -> str | None:  # noqa: ANN001
    """The code of the first "you" of a President of Ukraine release with this headline."""
    doc = coder.nlp(text)
    actors = ArticleActors(coder.extractor.resolver, DAY, home_country(UKRAINE, None), title)
    hit = next(t for t in doc if t.lower_ == "you")
    for tok in doc[: hit.i]:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            actors.mention(tok)
    ref = actors.mention(hit)
    return ref.code if ref is not None else None


ADDRESS_TEXT = "Good evening! Another day of our defence is over. I thank each of you for it."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Every town will be rebuilt - address by President Volodymyr Zelenskyy", "UKRCVL"),
        ("Every town will be rebuilt – Address by the President of Ukraine", "UKRCVL"),
        # what must not change: an address to a named foreign audience, and a report
        (
            "Europe must act now - address by President Volodymyr Zelenskyy to the"
            " participants of the Nordic Council",
            None,
        ),
        ("The President met the governors of the southern regions", None),
    ],
    ids=["address-by-president", "address-by-the-president", "to-an-audience", "a-report"],
)
def test_a_trailing_address_headline_speaks_to_the_nation(coder, title, expected) -> None:  # noqa: ANN001
    assert _you_in_address(coder, title, ADDRESS_TEXT) == expected
