"""Whose a possessive is, read from the phrase it sits in (round 15: pronouns): the phrase it
is coordinated with ("X and its subsidiary"), the subject of the clause a fronted phrase opens
("For his part, X ..."), and a "his"/"her" that is its clause's subject, not a person named on
the way. Each table row is one sentence of our own; the last rows show what must not change."""

from __future__ import annotations

import pytest
from actor_helpers import MENTION, UKRAINE, WHITE_HOUSE, Text, code_at

DAY = "2023-06-01"

CZECH_UNIT = Text("A Turkish holding company will acquire Czech Airlines and its subsidiary.")
ISRAEL_ALLIES = Text("Iranian officials condemned Israel and its allies on Sunday.")
XI_AND_WIFE = Text("Vladimir Putin welcomed Xi Jinping and his wife to Moscow.")
FOR_HIS_PART = Text(
    "Volodymyr Zelensky spoke with Olaf Scholz on Monday. "
    "For his part, Emmanuel Macron promised more air defence systems."
)
IN_ITS_STATEMENT = Text(
    "Russian troops shelled Kharkiv overnight. "
    "In its statement, the Ukrainian Foreign Ministry called for new sanctions."
)
MODI_VISIT = Text(
    "Narendra Modi opened a museum about the painter Raja Ravi Varma during his visit to Kerala."
)
THANKED_FOR_HIS = Text("Joe Biden thanked Emmanuel Macron for his support on Monday.")
SHE_IS_NOT_HIM = Text("Mr Olaf Scholz thanked the mayor of Paris during her visit to Berlin.")
NO_COMMA = Text("Olaf Scholz met Emmanuel Macron. In his view the talks went well.")


@pytest.mark.parametrize(
    MENTION,
    [
        # coordinated with the phrase before it: "X and its Y" is X's
        CZECH_UNIT.mention("its", DAY, "CZEBUS", id="and-its-subsidiary-is-the-airline"),
        ISRAEL_ALLIES.mention("its", DAY, "ISR", id="and-its-allies-is-the-state-before"),
        XI_AND_WIFE.mention("his", DAY, "CHNGOV", id="and-his-wife-is-the-person-before"),
        # a fronted phrase's possessive is the subject of the clause it opens (cataphora)
        FOR_HIS_PART.mention("his", DAY, "FRAGOV", id="for-his-part-is-the-subject-after"),
        IN_ITS_STATEMENT.mention("its", DAY, "UKRGOV", id="in-its-statement-is-the-ministry"),
        # a "his" in an adjunct of the clause is its subject, not the person named on the way
        MODI_VISIT.mention("his", DAY, "INDGOV", id="his-visit-is-the-subject-not-varma"),
        # what must not change: a person object between them, the gender, a missing comma
        THANKED_FOR_HIS.mention("his", DAY, "FRAGOV", id="an-object-person-between-wins"),
        SHE_IS_NOT_HIM.mention("her", DAY, "FRAGOV", id="her-is-the-mayor-not-mr-scholz"),
        NO_COMMA.mention("his", DAY, "FRAGOV", id="no-comma-keeps-the-nearest-person"),
    ],
)
def test_a_possessive_is_read_from_its_phrase(coder, text, word, day, source, nth, expected):  # noqa: ANN001
    assert code_at(coder, text, word, day, source, nth) == expected


def test_a_fronted_his_no_longer_takes_the_person_of_the_sentence_before(coder):  # noqa: ANN001
    """Before round 15 the nearest earlier person won: "For his part" was Scholz (DEUGOV)."""
    assert code_at(coder, FOR_HIS_PART.text, "his", DAY) != "DEUGOV"


OUR_VICTORY = Text("The President met the families of soldiers. Our victory will come, he said.")
WE_REMEMBER = Text("Today we remember the victims of the Holodomor.")
WE_HONOR = Text("This month we honor the courage of the millions of Americans who serve.")
WE_DECIDED = Text("We have decided to send more generators to the front-line regions.")


@pytest.mark.parametrize(
    MENTION,
    [
        # a release's "we"/"our" with a word of the nation's own cause is the country
        OUR_VICTORY.mention("Our", DAY, "UKR", source=UKRAINE, id="our-victory-is-the-nation"),
        WE_REMEMBER.mention("we", DAY, "UKR", source=UKRAINE, id="we-remember-is-the-nation"),
        WE_HONOR.mention("we", DAY, "USA", source=WHITE_HOUSE, id="we-honor-is-the-nation"),
        # the government acting stays the government
        WE_DECIDED.mention("We", DAY, "UKRGOV", source=UKRAINE, id="we-decided-is-the-gov"),
    ],
)
def test_a_states_we_of_its_own_cause_is_the_nation(coder, text, word, day, source, nth, expected):  # noqa: ANN001
    assert code_at(coder, text, word, day, source, nth) == expected
