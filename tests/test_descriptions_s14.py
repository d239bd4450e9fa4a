"""Descriptions of news summaries (session 14, helper A8): a place chain that ends in one of
the United Kingdom's nations is in the United Kingdom; people harmed in a sentence of two
states, one of them the attacker, are of the other; the victims of a migrant boat are of no
country (rule A1); members of a group the text codes are that group's; "ten more" counts more
of the group before it; a relative clause's victims are where its antecedent happened; police
and courts of a news story are of the country its places name, not of a suspect's nationality.
Rows: `Text(text).mention(word, day, expected, source=...)`."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"

test_descriptions_coded = mention_table(
    [
        Text("Four people are hurt when a lorry hits a bus shelter in Kent, England.").mention(
            "people", DAY, "GBRCVL", id="a chain ending in England: GBR, not a US Kent"
        ),
        Text(
            "The Hungarian air force launches bombs at Lviv, Ukraine, killing 12 people and "
            "wounding 40 others."
        ).mention("people", DAY, "UKRCVL", id="harmed: not the attacker's, the other state's"),
        Text(
            "At least 12 members of the security forces are killed in an ambush in Homs "
            "Governorate, Syria."
        ).mention("members", DAY, "SYRMIL", id="members of the forces: the forces' code"),
        Text("Police arrest six members of a drug gang in Medellin, Colombia.").mention(
            "members", DAY, "COLCRM", id="members of a gang the text places"
        ),
        Text(
            "A drone strike kills five people, all members of one family, in Sumy Oblast, Ukraine."
        ).mention("members", DAY, "UKRCVL", id="members in apposition to coded people"),
        Text(
            "Nine people are killed and ten more injured when a truck overturns near Kano, Nigeria."
        ).mention("more", DAY, "NGACVL", id="'ten more': more of the people counted before"),
        Text(
            "A court in Munich jails a Syrian man for the knife attack in Erfurt, Thuringia, "
            "Germany, which killed one person."
        ).mention("person", DAY, "DEUCVL", id="a relative clause's victims: where it happened"),
        Text(
            "Five people are hurt in a knife attack in Leeds, West Yorkshire, England. A "
            "Pakistani national in his 20s is arrested, with counter-terrorism police leading "
            "the inquiry."
        ).mention("police", DAY, "GBRCOP", id="police of the story's place, not the suspect's"),
    ]
)

test_descriptions_still_nobody = mention_table(
    [
        Text(
            "Twenty people are killed and several others are missing after a boat carrying "
            "migrants capsizes off Crete, Greece."
        ).mention("people", DAY, None, id="a migrant boat's dead: no country named (A1)"),
        Text(
            "Twenty people are killed and several others are missing after a boat carrying "
            "migrants capsizes off Crete, Greece."
        ).mention("others", DAY, None, id="more of a migrant boat's people: nobody either"),
        Text("Members of the public are asked to keep away from the harbour.").mention(
            "Members", DAY, None, id="members of the public: anyone"
        ),
        Text("At least 45 people are killed in floods across Afghanistan and Pakistan.").mention(
            "people", DAY, None, id="two countries and no attacker: still whose?"
        ),
    ]
)
