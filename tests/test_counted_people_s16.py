"""Counted people harmed where a sentence places them (session 16, helper A15): a state's
possessive on the place ("in Lebanon's eastern Bekaa Valley") places the harm in that state,
so the victims of a foreign attack there are its people; when a town the gazetteer also knows
abroad makes the places disagree, the one state the sentence names by its name wins. Two
named states still give nobody.
Rows: `Text(text).mention(word, day, expected, source=...)`."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"

test_counted_people_placed = mention_table(
    [
        Text(
            "Ten people are killed in Russian air strikes in Ukraine's southern Odesa Oblast."
        ).mention("people", DAY, "UKRCVL", id="a state's possessive on the place: its people"),
        Text(
            "At least nine people are killed in Turkish drone strikes in Iraq's northern "
            "Duhok province."
        ).mention("people", DAY, "IRQCVL", id="possessive on an area word"),
        Text(
            "A cholera outbreak in southern Italy kills four people and sickens at least 20 "
            "others after a festival in Diamante, Calabria."
        ).mention("people", DAY, "ITACVL", id="one state by name beats a town known abroad"),
        Text(
            "A cholera outbreak in southern Italy kills four people and sickens at least 20 "
            "others after a festival in Diamante, Calabria."
        ).mention("others", DAY, "ITACVL", id="more of those people: the same state"),
    ]
)

test_counted_people_still_nobody = mention_table(
    [
        Text("Forty people are killed in floods across Afghanistan and Pakistan.").mention(
            "people", DAY, None, id="two states named: whose is unsaid"
        ),
    ]
)
