"""Descriptions a precision rule left empty on purpose, and the cases a careful labeller codes
(session 13, helper A6): a town of a "town, region, country" chain is in that country whatever
other town of its name the gazetteer prefers; people a state's police or security service
arrests are that state's when no place of the sentence is another country's (the other state
is whom they acted for); people listed after "including" are of the group that includes them;
"a third" after "two villagers" is one more of them. People no text places stay nobody.
Rows: `Text(text).mention(word, day, expected, source=...)`."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"

test_descriptions_coded = mention_table(
    [
        Text(
            "At least a dozen people are hurt when a bus overturns on a mountain road near "
            "Siriz, Kerman province, Iran."
        ).mention("people", DAY, "IRNCVL", id="a town of a chain ending in its country"),
        Text(
            "The State Security Service of Ukraine detains three people on suspicion of "
            "passing secrets to Hungary."
        ).mention("people", DAY, "UKRCVL", id="held by a state's service: its people"),
        Text("Turkish police arrest four people accused of smuggling weapons for Syria.").mention(
            "people", DAY, "TURCVL", id="held by a state's police: its people"
        ),
        Text(
            "Authorities in Costa Rica grant asylum to 120 Nicaraguan nationals, including 80 "
            "adults, after weeks of waiting at the border."
        ).mention("adults", DAY, "NICCVL", id="included in a group of one country"),
        Text(
            "A roadside bomb explodes in Culiacan, Sinaloa, Mexico, killing two farmers and "
            "wounding a third."
        ).mention("third", DAY, "MEXAGR", id="an elided ordinal counts more of the group"),
    ]
)

test_descriptions_still_nobody = mention_table(
    [
        Text("At least 45 people are killed in floods across Afghanistan and Pakistan.").mention(
            "people", DAY, None, id="two countries' places: whose?"
        ),
        Text("The United States is sanctioning two individuals that support the Kremlin.").mention(
            "individuals", DAY, None, id="sanctioned, not held: still nobody"
        ),
        Text(
            "Turkish police arrest four people in Aleppo, Syria, during a cross-border raid."
        ).mention("people", DAY, "SYRCVL", id="held in another country's place: that place"),
    ]
)
