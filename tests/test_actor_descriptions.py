"""Descriptions, unknown people and names the base lacks (round 14b of issue #3).

Nomination lists ("Name, of State, to be <office> ..."), officers and agents named after the
force or body they serve, people a release congratulates in a list the tagger only partly
tags, capitalised plurals of titles, named outlets in a release, criminal groups described
by those words, and the capital inside an event's name that says nothing of anyone's
country. Rows: `Text(text).mention(word, day, expected)`, read with `code_at` as the coder
reads; `None` rows must stay unresolved."""

from __future__ import annotations

from actor_helpers import KREMLIN, WHITE_HOUSE, Text, mention_table

NOMINATIONS = Text(
    "NOMINATIONS SENT TO THE SENATE:\n\n"
    "Maria Tollis, of Oregon, to be a Representative of the United States of America to the "
    "Eightieth Session of the General Assembly of the United Nations.\n\n"
    "Peter Q. Lund, of Ohio, to be United States District Judge for the Northern District of "
    "Ohio.\n\n"
    "Anne Marsh Colby, of Maine, a Career Member of the Senior Foreign Service, Class of "
    "Minister-Counselor, to be Ambassador of the United States of America to the Republic of "
    "Estonia."
)


test_nominees_hold_the_office_they_are_to_be = mention_table(
    [
        # the office after "to be" is the home state's; the body named in it is not the person
        NOMINATIONS.mention("Tollis", "2025-09-08", "USAGOV", source=WHITE_HOUSE, id="UN delegate"),
        NOMINATIONS.mention("Lund", "2025-09-08", "USAJUD", source=WHITE_HOUSE, id="judge"),
        NOMINATIONS.mention("Colby", "2025-09-08", "USAGOV", source=WHITE_HOUSE, id="ambassador"),
        # a person named in a sentence with no office to be is a private person, as before
        Text("The President thanked Maria Tollis, of Oregon, for her years of service.").mention(
            "Tollis", "2025-09-08", "USACVL", source=WHITE_HOUSE, id="no nomination"
        ),
    ],
)


test_officers_and_agents_take_the_force_before_them = mention_table(
    [
        Text("A court in Lima sentenced four army officers to prison on Friday.").mention(
            "officers", "2025-11-18", "PERMIL", id="army officers"
        ),
        Text("Two police agents were wounded in Guayaquil, Ecuador, on Sunday.").mention(
            "agents", "2025-03-02", "ECUCOP", id="police agents"
        ),
        Text("ICE officers detained the man outside a courthouse in Chicago.").mention(
            "officers", "2025-06-07", "USACOP", source=WHITE_HOUSE, id="ICE officers"
        ),
        Text("ICE said it had detained 200 people in Texas.").mention(
            "ICE", "2025-06-07", "USACOP", id="ICE in capitals"
        ),
        # with no force or body word before them, officers and agents are nobody in particular
        Text("Real estate agents expect prices to fall this year.").mention(
            "agents", "2025-06-07", None, id="estate agents"
        ),
        Text("The ice on the lake was too thin, officials said.").mention(
            "officials", "2025-01-02", "GOV", id="lowercase ice is no agency"
        ),
    ],
)


CONGRATULATED = Text(
    "Vladimir Putin congratulated Olga Petrenko, Ivan Sorokin and Nikita Katsalapov on winning "
    "the team event at the Winter Olympic Games in Beijing."
)
RALLY = Text(
    "Vladimir Putin sent a message congratulating the KamAZ-Master team Igor Belov, Timur "
    "Zakirov and Ruslan Akhmadeyev on winning the 2022 Dakar Rally in the truck class."
)


test_people_a_release_congratulates_in_a_list = mention_table(
    [
        CONGRATULATED.mention("Sorokin", "2022-02-08", "RUSCVL", source=KREMLIN, id="tagged name"),
        CONGRATULATED.mention(
            "Katsalapov", "2022-02-08", "RUSCVL", source=KREMLIN, id="untagged name in the list"
        ),
        RALLY.mention("Akhmadeyev", "2022-01-16", "RUSCVL", source=KREMLIN, id="Dakar Rally"),
        # a foreign person greeted by a release is of the country their own phrase gives, and
        # with no office named a civilian (session 12: was "FRA", no sector)
        Text("Vladimir Putin congratulated Jean Moreau, the French coach, on his victory.").mention(
            "Moreau", "2022-02-08", "FRACVL", source=KREMLIN, id="named foreigner"
        ),
        # athletes in a news summary whose text does not say their country stay unknown
        Text(
            "In tennis, Ana Kolar defeats Mira Senn in the semifinals of the French Open."
        ).mention("Senn", "2026-06-04", None, id="summary athlete"),
    ],
)


test_capitalised_plural_titles_name_office_holders = mention_table(
    [
        Text(
            "Officials met with the five Speakers of the House from state legislatures. "
            "The Speakers outlined their priorities."
        ).mention("Speakers", "2023-02-27", "USALEG", source=WHITE_HOUSE, nth=1, id="Speakers"),
        # several states named: "the Presidents" are of both
        Text("Joint statement of Russia and Kazakhstan. The Presidents discussed trade.").mention(
            "Presidents", "2022-11-28", None, source=KREMLIN, id="two states' presidents"
        ),
        # lowercase plurals are no titles
        Text("The conference heard from several speakers on climate policy.").mention(
            "speakers", "2023-02-27", None, source=WHITE_HOUSE, id="conference speakers"
        ),
    ],
)


test_described_bodies = mention_table(
    [
        Text(
            "The news conference was broadcast live by Rossiya 24 television channels and Vesti "
            "radio stations."
        ).mention("channels", "2021-12-23", "RUSJRN", source=KREMLIN, id="named channels"),
        # the press a release speaks to, with no name, is any country's
        Text("The President made a statement to the media after the talks.").mention(
            "media", "2021-12-23", None, source=KREMLIN, id="the media"
        ),
        Text(
            "Police arrested the leader of Los Grises, a Guatemalan criminal group, in Chiapas."
        ).mention("group", "2025-06-02", "GTMCRM", id="criminal group"),
        Text("Mexican police say the cartel fights criminal organisations in Sinaloa.").mention(
            "organisations", "2025-06-02", "MEXCRM", id="criminal organisations"
        ),
    ],
)
