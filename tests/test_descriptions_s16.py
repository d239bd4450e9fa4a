"""Descriptions named by the body they belong to (session 16, helper A13): "members of" a
body, its possessive or its name before the word give the body's code, not the plain people's
sector of the word; a state, an IGO or a family named there leaves the other rules to decide.
The "other" people of a list are of the state of its first member; "foreign fighters" keep
their sector without a country. Legislatures in the plural are legislatures; a party's
"its legislature" is the state's chamber, while "its members" stay the party's own.
Rows: `Text(text).mention(word, day, expected, source=...)`."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"

test_members_of_a_body = mention_table(
    [
        Text("All 120 members of the National Assembly of Kenya approved the budget.").mention(
            "members", DAY, "KENLEG", id="members of a parliament: its code, not civilians"
        ),
        Text("Zelensky thanked the Distinguished Members of the Japanese Parliament.").mention(
            "Members", DAY, "JPNLEG", id="capitalised Members of a parliament"
        ),
        Text("The Russian commander praised the brigade's personnel for their courage.").mention(
            "personnel", DAY, "RUSMIL", id="a unit's possessive: its personnel are its own"
        ),
        Text("Striking employees of the Korean company Hanjin marched in Seoul.").mention(
            "employees", DAY, "KORBUS", id="employees of a company: business"
        ),
        Text("The Emir received a member of the Qatari ruling family in Doha.").mention(
            "member", DAY, "QATELI", id="a member of the ruling family: elite"
        ),
    ]
)

test_members_left_to_other_rules = mention_table(
    [
        Text("Members of the public are asked to keep away from the harbour.").mention(
            "Members", DAY, None, id="members of the public: anyone"
        ),
        Text("NATO members agreed to raise defence spending.").mention(
            "members", DAY, None, id="members of an IGO: several states"
        ),
        Text("Two members of a Kenyan family were killed in a crash in Nakuru.").mention(
            "members", DAY, "KENCVL", id="members of a family: civilians"
        ),
    ]
)

test_lists_and_foreigners = mention_table(
    [
        Text("The army detained Aung San Suu Kyi and other civilian officials in Burma.").mention(
            "officials", DAY, "MMRGOV", id="'other' officials: of the list's first member"
        ),
        Text("President Putin and other officials attended the parade.").mention(
            "officials", DAY, "RUSGOV", id="'other' officials after a president"
        ),
        Text("Several foreign fighters were killed in Mogadishu, Somalia.").mention(
            "fighters", DAY, "REB", id="foreign fighters: their sector, no country"
        ),
        Text("Police arrested two foreign citizens in Paris, France.").mention(
            "citizens", DAY, None, id="foreign citizens: still nobody"
        ),
        Text("Women hold most seats in state legislatures in Nevada, United States.").mention(
            "legislatures", DAY, "USALEG", id="plural legislatures: LEG"
        ),
    ]
)

test_a_partys_chamber = mention_table(
    [
        Text("The Republican Party said its state legislature will vote on the bill.").mention(
            "legislature", DAY, "USALEG", id="a party's 'its legislature': the state's chamber"
        ),
        Text("The Republican Party said its members will vote on the bill.").mention(
            "members", DAY, "PTYGOP", id="a party's 'its members': the party's own"
        ),
    ]
)
