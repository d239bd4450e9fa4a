"""Pronouns of session 16 (helper A12): a state's "us" and "our" by rule A5, and whose a
possessive is when an act's owner or a violated border says so.

Rule A5 (docs/evaluation.md): a leader's "we/our/us" that includes the citizens is the
nation, one that does what only a government does is the government, and when both fit, the
government. So an "us" that others support, arm or are urged to help is the government, one
that an enemy sets out to destroy is the nation; an "our" of a position, a commitment or a
priority is the government, one of values or society the nation. "After Kenya's decision to
close its border": the decision's owner, not the clause's subject. "Norway reports that
Russia violated its airspace": a state does not violate its own airspace. The last rows of
each table show what must not change. Every sentence is our own."""

from __future__ import annotations

from actor_helpers import STATE, UKRAINE, Text, mention_table

DAY = "2022-05-20"

SUPPORT = Text("Three months ago I urged the partners to support us. They did.")
SEND = Text("The partners should send us more air defence systems now.")
DESTROY = Text("The occupiers came to our land to destroy us and our common values.")
ALL = Text("Then the enemy destroyed us all by striking at homes.")
POSITION = Text("Our position is simple: the embargo must start at once.")
PRIORITY = Text("Today the main priority for us is to obtain heavy weapons.")
SOCIETY = Text("Our society deeply respects large families.")
# what must not change: an "our" and "us" with no cue are still the nation
VALUES = Text("The occupiers came to break our fields and our common values.")
TASK = Text("For us the main task this week is to get more air defence.")

test_a_states_us_and_our_by_rule_a5 = mention_table(
    [
        SUPPORT.mention("us", DAY, "UKRGOV", source=UKRAINE, id="support-us"),
        SEND.mention("us", DAY, "UKRGOV", source=UKRAINE, id="send-us-weapons"),
        DESTROY.mention("us", DAY, "UKR", source=UKRAINE, id="destroy-us"),
        ALL.mention("us", DAY, "UKRCVL", source=UKRAINE, id="destroyed-us-all-persons"),
        POSITION.mention("Our", DAY, "UKRGOV", source=UKRAINE, id="our-position"),
        PRIORITY.mention("us", DAY, "UKRGOV", source=UKRAINE, id="the-priority-for-us"),
        SOCIETY.mention("Our", DAY, "UKR", source=UKRAINE, id="our-society"),
        VALUES.mention("our", DAY, "UKR", source=UKRAINE, id="our-fields-unchanged"),
        TASK.mention("us", DAY, "UKR", source=UKRAINE, id="for-us-the-task-unchanged"),
    ]
)

KENYA = Text("After Kenya's decision to close its border, Uganda reopened the market.")
CHAD = Text(
    "Following the government of Chad's failure to meet the deadline for the completion of "
    "its electoral process, the United States is expanding visa restrictions."
)
NORWAY = Text("Norway reports that Russia has violated its airspace over the sea again.")
# what must not change: an "its" with no act's owner or violation is still the subject's
DEFEND = Text("Russia says it will defend its airspace.")
RESPOND = Text("Russia said it was ready to talk.")

test_whose_a_possessive_is_by_the_act_or_the_violation = mention_table(
    [
        KENYA.mention("its", DAY, "KEN", id="kenyas-decision-to-close-its-border"),
        CHAD.mention("its", DAY, "TCDGOV", source=STATE, id="chads-failure-its-process"),
        NORWAY.mention("its", DAY, "NOR", id="russia-violated-its-airspace"),
        DEFEND.mention("its", DAY, "RUS", id="defend-its-airspace-unchanged"),
        RESPOND.mention("it", DAY, "RUS", id="it-was-ready-unchanged"),
    ]
)
