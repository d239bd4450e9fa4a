"""People the knowledge base lacks, whose role the sentence gives (session 14, helper A11).

The first mention of such a person decides the code every later surname inherits. Found on
the session's fresh audit and helper K7's short-name failures: an office the text says was
left ("the ousted president", "previously the deputy chief minister") is ELI; a singular
occupation straight before a name says what the person is even when the parser leaves it
outside the name's phrase or the tagger misses the name; a candidate is their party's; a
name listed after a plural title ("astronauts X and Y") shares the first name's code.
Each row is a sentence of our own, read as the coder reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

test_an_office_left = mention_table(
    [
        Text("The ousted Malagasy president Andry Ravona flees to France.").mention(
            "Ravona", "2025-10-15", "MDGELI", id="ousted: no longer in office"
        ),
        Text("Deposed president Andry Ravona of Madagascar asks for asylum.").mention(
            "Ravona", "2025-10-15", "MDGELI", id="deposed, the country after the name"
        ),
        Text(
            "Rahul Desai, formerly the country's finance minister, was arrested in Mumbai."
        ).mention("Desai", "2025-10-15", "INDELI", id="formerly, opening the appositive"),
        Text(
            "Rahul Desai, previously the Deputy Chief Minister of the state, joins the party."
        ).mention("Desai", "2025-10-15", "ELI", id="previously the office: ELI"),
        Text("Ecuadorian president Andrea Mora flies to Quito.").mention(
            "Mora", "2025-10-15", "ECUGOV", id="a current office stays GOV"
        ),
    ]
)

test_an_occupation_before_a_name = mention_table(
    [
        Text("Japanese professional wrestler Kenji Tanabe died on Monday, aged 52.").mention(
            "Tanabe", "2025-10-15", "JPNCVL", id="a name the tagger misses after an occupation"
        ),
        Text("Polish columnist Marek Wilk was detained in Minsk, Belarus.").mention(
            "Wilk", "2025-10-15", "POLJRN", id="a columnist is a journalist"
        ),
        Text("Carroll won the nomination over candidate Joshua Perkins.").mention(
            "Perkins", "2025-10-15", "PTY", id="a candidate is their party's"
        ),
        Text("Former presidential candidate Keiko Fujimori is acquitted in Lima.").mention(
            "Fujimori", "2025-01-13", "PEROPP", id="a former candidate has left no office"
        ),
    ]
)

test_names_after_a_plural_title = mention_table(
    [
        Text(
            "SpaceX launched a crewed mission from Florida with NASA astronauts Bob Behnken "
            "and Doug Hurley aboard."
        ).mention("Hurley", "2020-05-31", "USAGOV", id="the second astronaut shares the title"),
        Text("French journalists Anne Morel and Luc Bertin were detained in Mali.").mention(
            "Morel", "2025-10-15", "FRAJRN", id="the first name stands in for the plural"
        ),
        Text("French journalists Anne Morel and Luc Bertin were detained in Mali.").mention(
            "Bertin", "2025-10-15", "FRAJRN", id="and the second shares it"
        ),
        Text("President Joe Biden and Doug Hurley met in Florida on Monday.").mention(
            "Hurley",
            "2023-10-15",
            "USACVL",
            id="a singular title is the first person's only",
        ),
    ]
)

test_a_reporter_of_an_outlet = mention_table(
    [
        Text("Wikinews reporter William S. Saturn asked the questions.").mention(
            "Saturn", "2020-05-01", "NGOWKN", id="Wikinews: journalists of no one country"
        ),
        Text("Reuters reporter Jennifer Haslin was detained in Moscow.").mention(
            "Haslin", "2025-10-15", "GBRJRN", id="an outlet of a country: its journalist"
        ),
    ]
)
