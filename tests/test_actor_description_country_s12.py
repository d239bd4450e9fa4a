"""The country of a description that names none (session 12, round 19b): the victims of an
attack are not the attacker's people. A harmed description ("seven people were killed",
"schools were destroyed") whose context rule would give it the state named as attacking in
its sentence or the three before ("Russian missiles hit ...") takes the place hit, else the
release's own state, else no country (its sector only: the event stage gives it the country
where the event is placed); armed groups harmed by a state's forces keep their context
country. Forces that strike a place do not take its country, and elided counts ("several",
"eight others", "including 5,000") count more of the group named before them. Rows:
`Text(text).mention(word, day, expected, source=...)`."""

from __future__ import annotations

from actor_helpers import UKRAINE, Text, mention_table

DAY = "2022-05-01"


test_victims_are_not_the_attackers_people = mention_table(
    [
        Text(
            "This morning Russian missiles hit our city. Rescuers are at work. Russia lies. "
            "Seven people were killed and 22 were wounded."
        ).mention("people", DAY, "UKRCVL", source=UKRAINE, id="a release: its own state"),
        Text(
            "Russian troops keep shelling the east. Moscow lies about it. Hundreds of "
            "schools were destroyed."
        ).mention("schools", DAY, "UKREDU", source=UKRAINE, id="through a count"),
        Text(
            "Israeli jets bombed the city of Gaza on Sunday. Israel said it hit militants. "
            "Twelve people were killed, including five children."
        ).mention("people", DAY, "PSECVL", id="news: the place the attack hit"),
        Text(
            "Israeli jets bombed the city of Gaza on Sunday. Israel said it hit militants. "
            "Twelve people were killed, including five children."
        ).mention("children", DAY, "PSECVL", id="included in the victims"),
        Text(
            "Russian shelling of the suburbs goes on. Russia denies everything. We count "
            "more than 200 wounded and killed children."
        ).mention("children", DAY, "UKRCVL", source=UKRAINE, id="a participle of harm"),
        Text(
            "Russian troops shelled the suburbs all week. Russia denies it. The convoys are "
            "moving. Volunteers are helping. The doctors are at work. The woman was wounded "
            "in the head."
        ).mention("woman", DAY, "UKRCVL", source=UKRAINE, id="an attacker of the whole text"),
        Text(
            "Four people are killed in a Russian drone attack on the city, officials say."
        ).mention("people", DAY, "CVL", id="no other country in sight: the sector only"),
    ]
)

test_context_country_stays_where_no_attack_speaks = mention_table(
    [
        Text(
            "Russian officials met business leaders in Moscow. Russia hopes for more "
            "trade. The students were invited as well."
        ).mention("students", DAY, "RUSEDU", id="no attack: the article's country"),
        Text(
            "Russian missiles hit Kharkiv. Russia said it targeted depots. Russian "
            "soldiers were praised by the Kremlin."
        ).mention("soldiers", DAY, "RUSMIL", id="not harmed: a nationality of its own"),
    ]
)

test_forces_that_strike_a_place_are_not_its_own = mention_table(
    [
        Text(
            "The Israeli military says the air force struck weapon depots in Gaza City overnight."
        ).mention("force", DAY, "ISRMIL", id="the doer of a strike, not the place hit"),
        Text("Soldiers were deployed to patrol the streets of Lagos, Nigeria.").mention(
            "Soldiers", DAY, "NGAMIL", id="no strike: the place the sentence names"
        ),
    ]
)

test_elided_counts_are_more_of_the_group = mention_table(
    [
        Text(
            "A Chilean miner is killed and four others are injured in Antofagasta, Chile."
        ).mention("others", DAY, "CHL", id="others after one named with a"),
        Text(
            "Five people are killed and several are missing after a flood in Sindh, Pakistan."
        ).mention("several", DAY, "PAKCVL", id="a bare quantifier"),
        Text(
            "Ten people die and many others are hurt after a blast at a depot in Lagos, Nigeria."
        ).mention("others", DAY, "NGACVL", id="others with a quantifier"),
        Text(
            "About 20,000 farmers rally in Brussels, Belgium, including 5,000 outside the "
            "parliament."
        ).mention("5,000", DAY, "BELAGR", id="a number the group includes"),
        Text(
            "Four people die when a ferry sinks near Dhaka, Bangladesh, while 30 others are "
            "rescued."
        ).mention("others", DAY, "BGDCVL", id="not the thing of another clause"),
    ]
)
