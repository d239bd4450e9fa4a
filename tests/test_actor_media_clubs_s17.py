"""News media and sports clubs (session 17, H3). The base knows the main outlets of the G20,
of the Security Council members and of the states at war (country + JRN; international ones
NGO, sector JRN), and sports clubs: listed ones, and by rule a place's name with a club word
or a North American team's nickname (org_kinds.tsv `club`, `team`), a team of the place's
country coded CVL as the audits label sports teams, never the capital's government. Outlets
whose name is an everyday word or a name are listed so that the word in a plain sentence
stays what it was. Rows: `Text(text).mention(word, day, expected)` (None: no code)."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"


test_news_media_are_known = mention_table(
    [
        Text("The Guardian newspaper reported that the minister resigned.").mention(
            "newspaper", DAY, "GBRJRN", id="The Guardian"
        ),
        Text("Meduza reported the arrest of a student.").mention(
            "Meduza", DAY, "RUSJRN", id="Meduza"
        ),
        Text("Gazeta Wyborcza reported the arrest.").mention(
            "Wyborcza", DAY, "POLJRN", id="Gazeta Wyborcza"
        ),
        Text("Süddeutsche Zeitung reported the arrest.").mention(
            "Zeitung", DAY, "DEUJRN", id="Sueddeutsche Zeitung"
        ),
        Text("Corriere della Sera reported the arrest.").mention(
            "Corriere", DAY, "ITAJRN", id="Corriere della Sera"
        ),
        Text("According to Sputnik News, the talks failed.").mention(
            "News", DAY, "RUSJRN", id="Sputnik News"
        ),
        Text("ABC reports that the prime minister resigned.").mention(
            "ABC", DAY, "USAJRN", id="ABC is the US network"
        ),
        Text("Time magazine named him person of the year.").mention(
            "magazine", DAY, "USAJRN", id="Time magazine"
        ),
        Text("The photographs were first printed by LIFE.").mention(
            "LIFE", DAY, "USAJRN", id="LIFE in capitals"
        ),
        Text("Dawn newspaper reports that the army moved troops.").mention(
            "newspaper", DAY, "PAKJRN", id="Dawn newspaper"
        ),
        Text("Project Syndicate published the essay.").mention(
            "Syndicate", DAY, "NGOPSY", id="an international outlet has no country"
        ),
    ]
)


test_outlet_words_in_plain_sentences_stay = mention_table(
    [
        Text("At dawn the army moved troops into the town.").mention("army", DAY, "MIL", id="dawn"),
        Text("Dawn Butler, a British lawmaker, criticised the plan.").mention(
            "Butler", DAY, "GBRLEG", id="Dawn as a given name"
        ),
        Text("Economists say the economy is slowing.").mention(
            "Economists", DAY, None, id="economists are no magazine"
        ),
        Text("Time is running out, the Ukrainian minister said.").mention(
            "minister", DAY, "UKRGOV", id="time"
        ),
        Text("A Hindu priest was attacked in Dhaka.").mention(
            "priest", DAY, "BGDREL", id="Hindu stays a religion word"
        ),
        Text("Independent observers said the vote in Georgia was flawed.").mention(
            "observers", DAY, None, id="independent"
        ),
        Text("Russia offered the Sputnik V vaccine to Argentina.").mention(
            "vaccine", DAY, None, id="the Sputnik vaccine is no agency"
        ),
        Text("Iran's Guardian Council rejected the bill.").mention(
            "Council", DAY, "IRN", id="the Guardian Council is no newspaper"
        ),
        Text("India today launched a satellite.").mention(
            "India", DAY, "IND", id="India today is no channel"
        ),
    ]
)


test_sports_clubs_are_teams_not_governments = mention_table(
    [
        Text("CSKA Moscow beat Spartak Moscow 2-1 on Sunday.").mention(
            "Moscow", DAY, "RUSCVL", id="a listed Moscow club"
        ),
        Text("Real Madrid sign a Brazilian forward.").mention(
            "Madrid", DAY, "ESPCVL", id="Real Madrid"
        ),
        Text("Manchester United sack their manager.").mention(
            "United", DAY, "GBRCVL", id="Manchester United"
        ),
        Text("Fans of Dynamo Minsk clash with police.").mention(
            "Minsk", DAY, "BLRCVL", id="club word and a capital, by rule"
        ),
        Text("Sheffield United sack their manager.").mention(
            "United", DAY, "GBRCVL", id="a city and a club word, by rule"
        ),
        Text("The Boston Celtics beat the Miami Heat.").mention(
            "Heat", DAY, "USACVL", id="a North American nickname"
        ),
        Text("The Washington Nationals won the World Series.").mention(
            "Nationals", DAY, "USACVL", id="a team named after the capital"
        ),
        Text("The Carolina Hurricanes beat the Vegas Golden Knights.").mention(
            "Hurricanes", DAY, "USACVL", id="a North American team of a US region"
        ),
    ]
)


test_places_and_bodies_near_club_words_stay = mention_table(
    [
        Text("Moscow said the talks failed.").mention("Moscow", DAY, "RUSGOV", id="capital"),
        Text("United Russia won the election in Moscow.").mention(
            "Russia", DAY, "PTYURU", id="a party"
        ),
        Text("Officials in Gaza City said the strike killed 10.").mention(
            "Officials", DAY, "PSEGOV", id="Gaza City"
        ),
        Text("Kansas City police arrested two men.").mention(
            "police", DAY, "USACOP", id="Kansas City"
        ),
        Text("The two Texas Senators voted against the bill.").mention(
            "Senators", DAY, "USALEG", id="Senators after a state"
        ),
        Text("As Moscow warned, the talks failed.").mention(
            "Moscow", DAY, "RUSGOV", id="As before a capital"
        ),
    ]
)
