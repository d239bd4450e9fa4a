"""People and group nouns with no name (round 15): a broad vocabulary of words for people
("tenants", "fishermen", "cops", "wedding guests") and the country such a description takes.
A description takes the state its own phrase names; else the one state its sentence or item
is about (or the release's own state); in a sentence that names several states, with nothing
tying the people to one, it takes none. Rows: `Text(text).mention(word, day, expected)`
(None: no code), read with `code_at` as the coder reads an article."""

from __future__ import annotations

from actor_helpers import WHITE_HOUSE, Text, mention_table

DAY = "2025-06-10"


test_a_description_takes_its_phrase_country = mention_table(
    [
        Text("Palestinian firefighters say three fire engines were hit overnight.").mention(
            "firefighters", DAY, "PSECVL", id="a nationality word in the phrase"
        ),
        Text("Sudanese fishermen are detained after crossing into Egyptian waters.").mention(
            "fishermen", DAY, "SDNAGR", id="a new word takes its own nationality"
        ),
        Text("Thousands of travelers from Italy are stranded as the strike goes on.").mention(
            "travelers", DAY, "ITACVL", id="a new word takes the state after from"
        ),
    ]
)


test_a_description_takes_the_one_state_of_its_text = mention_table(
    [
        Text(
            "A landlord in Manchester, England, evicts the tenants of a block of flats after"
            " raising the rent."
        ).mention("tenants", DAY, "GBRCVL", id="tenants where the sentence is"),
        Text(
            "Four people are killed and dozens injured when a bus carrying wedding guests"
            " overturns in Punjab, Pakistan."
        ).mention("guests", DAY, "PAKCVL", id="wedding guests in one state"),
        Text(
            "Striking miners block a highway near Potosi, Bolivia, demanding higher wages."
        ).mention("miners", DAY, "BOLLAB", id="miners are organised workers"),
        Text(
            "The President's plan puts more cops on the beat and helps communities fight crime."
        ).mention("cops", DAY, "USACOP", source=WHITE_HOUSE, id="cops in a release of its state"),
    ]
)


test_several_states_give_no_country = mention_table(
    [
        Text(
            "India and Pakistan have exchanged lists of fishermen held in each other's prisons."
        ).mention("fishermen", DAY, None, id="fishermen of two states"),
        Text("Clashes between Israel and Egypt leave nurses without pay.").mention(
            "nurses", DAY, None, id="nurses in a sentence of two states"
        ),
        Text(
            "Protesters gather in Ottawa, Canada, and in Berlin, Germany, against the war."
        ).mention("Protesters", DAY, None, id="protesters in places of two states"),
    ]
)


test_words_of_several_readings_are_unchanged = mention_table(
    [
        Text("Iran and other regional players meet in Baghdad.").mention(
            "players", DAY, None, id="players may be states"
        ),
        Text("The major powers meet in Geneva to discuss Iran's programme.").mention(
            "powers", DAY, None, id="powers is no people word"
        ),
        Text("A pilot project for solar farms opens in Morocco.").mention(
            "project", DAY, None, id="a pilot project is no pilot"
        ),
        Text("The sister city agreement between Kyiv and Vilnius is renewed.").mention(
            "agreement", DAY, None, id="sister in a compound codes nobody"
        ),
    ]
)

test_gazans_are_palestinians = mention_table(
    [
        Text("Gazan paramedics say two ambulances were hit near Khan Younis.").mention(
            "paramedics", DAY, "PSEMED", id="Gazan is a Palestinian nationality word"
        ),
    ]
)
