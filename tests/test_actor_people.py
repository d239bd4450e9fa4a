"""People the text names by a plain word or by a name alone: whose they are, from context.

A careful coder gives "young people", "these individuals" or a person named without a title
the country the text gives them (their sentence, else the release's state) and the sector
their head word says (CVL when it says nothing more); where the text gives several
countries, or none, they stay unresolved. Rows: `Text(text).mention(word, day, expected)`
(None: nobody), read with `code_at` as the coder reads an article."""

from __future__ import annotations

from actor_helpers import KREMLIN, STATE, UKRAINE, WHITE_HOUSE, Text, mention_table

# Plain words for people: the one country of their sentence, else the release's state.
test_plain_people_words_take_the_country_of_their_text = mention_table(
    [
        Text("We must do more to support young people who start a business.").mention(
            "people", "2022-05-01", "RUSCVL", source=KREMLIN, id="young people in a release"
        ),
        Text(
            "Heavy rains flood three districts of Sindh in Pakistan, and ordinary people "
            "leave their homes."
        ).mention("people", "2025-09-06", "PAKCVL", id="ordinary people where it happens"),
        Text("These individuals were held for years. We brought them home.").mention(
            "individuals", "2023-12-20", "USACVL", source=WHITE_HOUSE, id="these individuals"
        ),
        Text("There were people in the hospital on which the Russians dropped bombs.").mention(
            "people",
            "2022-03-20",
            "UKRCVL",
            source=UKRAINE,
            id="not the people of the state acting on them",
        ),
        # several countries, or words that make them anyone at all: nobody
        Text("The talks between Armenia and Azerbaijan must help people to live in peace.").mention(
            "people", "2022-04-09", None, source=KREMLIN, id="people of a sentence of two states"
        ),
        Text("The project will grow and inspire more people to join it.").mention(
            "people", "2022-04-01", None, source=KREMLIN, id="more people"
        ),
        Text("Russian citizens, like people everywhere, deserve to live free of fear.").mention(
            "people", "2022-06-12", None, source=STATE, id="people everywhere"
        ),
        Text(
            "The United States is sanctioning two individuals that support the Kremlin's "
            "operations."
        ).mention("individuals", "2022-05-01", None, source=STATE, id="individuals of two states"),
    ],
)


# Words for people that the vocabulary now has: the head word gives the sector.
test_people_words_give_their_sector = mention_table(
    [
        Text("The President met veterans of the war in Afghanistan in Kyiv.").mention(
            "veterans", "2022-02-01", "UKRMIL", source=UKRAINE, id="veterans are of the forces"
        ),
        Text("Two astronauts return to Earth after nine months aboard the station.").mention(
            "astronauts", "2025-03-18", "USAGOV", source=WHITE_HOUSE, id="astronauts"
        ),
        Text("Our pensioners will receive their payments on time.").mention(
            "pensioners", "2022-04-21", "UKRCVL", source=UKRAINE, id="our pensioners"
        ),
        Text("Vladimir Putin thanked the coaches who prepared the team for the rally.").mention(
            "coaches", "2022-01-14", "RUSCVL", source=KREMLIN, id="coaches of a greeting"
        ),
        Text("Russian propagandists keep repeating the same lies about the war.").mention(
            "propagandists", "2022-04-11", "RUSJRN", source=UKRAINE, id="propagandists are media"
        ),
    ],
)


# People named without a title: the one country of their sentence, else the release's state.
test_people_named_without_a_title_take_the_country_of_their_text = mention_table(
    [
        # a convict: CRM since session 13 (A5); the country is what this row is about
        Text(
            "Tetsuya Yamagami is sentenced to life in prison in Nara, Japan, for the murder."
        ).mention("Yamagami", "2026-01-21", "JPNCRM", id="a person where the story happens"),
        Text("The President thanked Steven Spielberg for his films.").mention(
            "Spielberg", "2023-05-08", "USACVL", source=WHITE_HOUSE, id="a person in a release"
        ),
        Text("The President thanked Steven Spielberg for his films. Spielberg spoke next.").mention(
            "Spielberg",
            "2023-05-08",
            "USACVL",
            source=WHITE_HOUSE,
            nth=1,
            id="the same person named again",
        ),
        # the text gives no one country: unknown
        Text(
            "Anna Kowalczyk is found dead in Monaco after a bomb attack on a Ukrainian oligarch."
        ).mention("Kowalczyk", "2025-07-06", None, id="a person of a sentence of two states"),
        Text("The United States imposes visa bans on campaigner Clare Whitfield.").mention(
            "Whitfield", "2025-12-23", None, id="not of the state acting on them"
        ),
        Text("Kenyan runner Mary Wanjiru wins, beating the record of Hana Tesfaye.").mention(
            "Tesfaye", "2025-04-21", None, id="not the nationality of another person"
        ),
        Text("Jannik Rossi beats Carlos Mendes in the final.").mention(
            "Rossi", "2025-07-13", None, id="a person in a summary that names no country"
        ),
    ],
)
