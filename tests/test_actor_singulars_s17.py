"""Singular people nouns (session 17): sectors.tsv listed many people nouns only in the plural
("adults", "teachers", "believers"), so "an adult" or "a Chilean teacher" was nobody or a bare
country on fresh text; each plural term now has its singular with the same sector. A person who
has left a trade ("retired teacher X", "a former miner") takes no sector from it. Rows:
`Text(text).mention(word, day, expected)` (None: no code), read as the coder reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"


test_singular_people_nouns_take_the_plural_sector = mention_table(
    [
        Text("Chilean police said an adult was detained in Santiago.").mention(
            "adult", DAY, "CHLCVL", id="an adult is CVL"
        ),
        Text("A Chilean teacher was detained in Santiago.").mention(
            "teacher", DAY, "CHLEDU", id="a teacher is EDU"
        ),
        Text("A Kenyan cardiologist was robbed in Nairobi.").mention(
            "cardiologist", DAY, "KENMED", id="a cardiologist in Kenya is MED"
        ),
        Text("A Peruvian cardiologist treated the wounded in Lima.").mention(
            "cardiologist", DAY, "PERMED", id="a cardiologist is MED"
        ),
        Text("A Thai hijacker was arrested in Bangkok.").mention(
            "hijacker", DAY, "THAUAF", id="a hijacker is UAF, as hijackers are"
        ),
    ]
)


test_a_trade_left_gives_no_sector = mention_table(
    [
        Text("A former Chilean teacher was detained in Santiago.").mention(
            "teacher", DAY, "CHL", id="a former teacher keeps the country only"
        ),
        Text("A retired Chilean teacher was detained in Santiago.").mention(
            "teacher", DAY, "CHL", id="a retired teacher is no longer EDU"
        ),
        Text("Seven former government officials in Chile were detained.").mention(
            "officials", DAY, "CHLELI", id="former officials stay out-of-office elites"
        ),
    ]
)


test_new_people_words_of_fresh_text = mention_table(
    [
        Text("Afghan visa applicants waited in Kabul.").mention(
            "applicants", DAY, "AFGCVL", id="applicants are CVL"
        ),
        Text("The silver medallists met the Russian president in Moscow.").mention(
            "medallists", DAY, "RUSCVL", id="medallists in a Russian story are CVL"
        ),
        Text("Pakistani artillery shelled the border post.").mention(
            "artillery", DAY, "PAKMIL", id="a force's artillery is MIL"
        ),
        Text("Local clans in Somalia agreed to a truce.").mention(
            "clans", DAY, "SOMCVL", id="clans are CVL"
        ),
        Text("The U.S. attorney for Manhattan said the case was closed.").mention(
            "attorney",
            DAY,
            "USA",
            id="'attorney' has no people sector of its own (a U.S. attorney prosecutes)",
        ),
        Text("Russia will not let certain players dictate the rules, Putin said.").mention(
            "players", DAY, None, id="'players' of politics stay nobody"
        ),
    ]
)
