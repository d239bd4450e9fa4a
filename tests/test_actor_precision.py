"""Precision: a fallback country (the release's home, the article's main country, the place
of the sentence) is evidence only about mentions of that country. Mentions whose text says
they are of several states or of an international body stay unresolved or take that body;
the mentions the fallback is right about keep it. Rows: `Text(text).mention(word, day,
expected)` (None: nobody), read with `code_at` as the coder reads an article."""

from __future__ import annotations

import pytest
from actor_helpers import KREMLIN, STATE, UKRAINE, WHITE_HOUSE, Text, code_at, mention_table

from eventwire.actors.article import ArticleActors

ASSEMBLY = Text(
    "Vladimir Putin congratulated participants in the plenary session of the Interparliamentary"
    " Assembly of Member Nations of the Commonwealth of Independent States on the 30th"
    ' anniversary of the organisation. The message reads: "The Assembly holds a prominent place'
    ' among the Commonwealth bodies."'
)
DUMA = Text(
    "Vladimir Putin met with deputies of the State Duma. The Duma adopted the law. The President"
    " said the Assembly would meet."
)


# An international body named in full is what its short name and "the organisation" name
# after it; a state's own body keeps its home country.
test_an_international_body_keeps_its_name = mention_table(
    [
        ASSEMBLY.mention("organisation", "2022-03-27", "IGOCIS", source=KREMLIN, id="organisation"),
        ASSEMBLY.mention("Assembly", "2022-03-27", "IGOCIS", source=KREMLIN, nth=1, id="short"),
        Text(
            "ASEAN foreign ministers met in Jakarta. The organization will hold a summit."
        ).mention("organization", "2023-07-11", "IGOASN", id="the organization after ASEAN"),
        Text("The Ministry of Health said the organization would publish its report.").mention(
            "organization", "2023-07-11", None, id="no international body before"
        ),
        DUMA.mention("Duma", "2022-03-27", "RUSLEG", source=KREMLIN, nth=1, id="state body"),
        DUMA.mention("Assembly", "2022-03-27", "RUSLEG", source=KREMLIN, id="home assembly"),
    ],
)


# An international organisation's code names it; it has no state sector.
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("The World Health Organization declared an emergency.", "Organization", "2024-08-14"),
        ("The ICC issued an arrest warrant.", "ICC", "2023-03-17"),
        ("UNIFIL peacekeepers came under fire.", "UNIFIL", "2024-10-10"),
    ],
)
def test_an_international_organisation_has_no_sector(coder, text, word, day) -> None:  # noqa: ANN001
    doc = coder.nlp(text)
    actors = ArticleActors(coder.extractor.resolver, day, None)
    res = actors.resolve_head(next(t for t in doc if t.text == word))
    assert res is not None and res.code.startswith("IGO")
    assert res.sector is None and res.country is None


# A title of an international organisation written before a person we know makes him its
# official, not an official of the state he served before.
test_an_international_title_makes_its_official = mention_table(
    [
        Text(
            "Arab League secretary general Nabil Fahmy and U.S. envoy Massad Boulos reach an"
            " agreement on Sudan."
        ).mention("Fahmy", "2026-07-18", "IGOARL", id="IGO title, a former minister"),
        Text("Egyptian foreign minister Nabil Fahmy visited Moscow.").mention(
            "Fahmy", "2013-11-14", "EGYGOV", id="his national office, on its day"
        ),
    ],
)


# The member states of an international body are several states: neither the body nor one
# state. The body itself is still the body.
test_members_of_an_international_body_are_several_states = mention_table(
    [
        Text(
            "The United States welcomes the 10 member states of the Association of Southeast"
            " Asian Nations (ASEAN)."
        ).mention("states", "2021-10-27", None, source=STATE, id="member states of an IGO"),
        Text("EU member states agreed on new sanctions.").mention(
            "states", "2024-06-20", None, id="EU member states"
        ),
        Text("NATO members pledged more aid.").mention(
            "members", "2024-06-20", None, id="NATO members"
        ),
        Text("NATO pledged more aid.").mention("NATO", "2024-06-20", "IGONAT", id="NATO itself"),
        Text("Members of the State Duma voted for the bill.").mention(
            "Members", "2024-06-20", "RUSLEG", source=KREMLIN, id="members of a state body"
        ),
    ],
)


SPECIALISTS = Text(
    "Representatives of government agencies, famous scientists and practising doctors from"
    " Russia and foreign countries will exchange their experience."
)


# People from "Russia and foreign countries" are of no one state: the release's home is no
# evidence about them. People from one named country keep it.
test_people_from_other_states_are_nobody = mention_table(
    [
        SPECIALISTS.mention("Representatives", "2022-01-10", None, source=KREMLIN, id="first"),
        SPECIALISTS.mention("scientists", "2022-01-10", None, source=KREMLIN, id="in the list"),
        SPECIALISTS.mention("doctors", "2022-01-10", None, source=KREMLIN, id="own from"),
        Text("Athletes from other countries arrived in Kazan.").mention(
            "Athletes", "2022-01-10", None, source=KREMLIN, id="other countries"
        ),
        Text("Doctors and nurses from Russia treated the wounded.").mention(
            "nurses", "2022-01-10", "RUSMED", source=KREMLIN, id="from one country"
        ),
        Text("Farmers from Ukraine protested.").mention(
            "Farmers", "2022-01-10", "UKRAGR", id="one named country"
        ),
        Text("Famous scientists will discuss the results.").mention(
            # (scientists are EDU by guide rule A4 since session 11)
            "scientists",
            "2022-01-10",
            "RUSEDU",
            source=KREMLIN,
            id="no origin: the release's",
        ),
    ],
)


# A state has one president, one first lady: their plural with no country of its own is
# several states' holders. The singular keeps the release's state.
test_one_holder_offices_in_the_plural_are_several_states = mention_table(
    [
        Text("She wants to start joint projects with first ladies.").mention(
            "ladies", "2021-10-10", None, source=UKRAINE, id="first ladies"
        ),
        Text("The presidents discussed trade and energy.").mention(
            "presidents", "2021-10-10", None, source=KREMLIN, id="the presidents"
        ),
        Text("The President discussed trade and energy.").mention(
            "President", "2021-10-10", "RUSGOV", source=KREMLIN, id="the President"
        ),
        Text("The first lady opened the exhibition.").mention(
            "lady", "2021-10-10", "UKRELI", source=UKRAINE, id="the first lady"
        ),
    ],
)


# "of" a state after a word for friends says whose friends they are, not who they are.
test_friends_of_a_state_are_not_the_state = mention_table(
    [
        Text("Partners of Russia met in Minsk.").mention(
            "Partners", "2022-06-23", None, id="partners of a state"
        ),
        Text("Greetings to all our friends, all leaders-friends of Ukraine!").mention(
            "leaders", "2022-06-23", None, source=UKRAINE, id="leaders-friends of a state"
        ),
        Text("The leaders of Ukraine met in Kyiv.").mention(
            "leaders", "2022-06-23", "UKRGOV", id="leaders of a state are its own"
        ),
        Text("We will keep working with our Iraqi partners.").mention(
            "partners", "2022-06-23", "IRQGOV", source=STATE, id="a nationality before partners"
        ),
    ],
)


NOMINEE = (
    "Jane Roe, of Ohio, to be a Representative of the United States of America to the"
    " Seventy-seventh Session of the General Assembly of the United Nations."
)


# A body after "to" following a title is where the holder is posted, not whose official he is;
# the body itself is still the body.
def test_a_body_a_title_is_posted_to_is_not_the_holders(coder) -> None:  # noqa: ANN001
    nominee = code_at(coder, NOMINEE, "Roe", "2022-09-08", WHITE_HOUSE)
    assert nominee is not None and nominee.startswith("USA")
    assert code_at(coder, NOMINEE, "Assembly", "2022-09-08", WHITE_HOUSE) == "IGOUGA"


# A city named in a body's name is its seat (when the tagger gave it no place type); a small
# town that shares a common word's name is not ("Justice").
test_a_city_in_a_name_is_the_bodys_seat = mention_table(
    [
        Text(
            "The Higher Regional Court of Dresden convicts a Chinese–German man of espionage for"
            " China."
        ).mention("Court", "2025-09-30", "DEUJUD", id="a court of a city"),
        Text("The Court of Justice of Bolivia ruled on the appeal.").mention(
            "Court", "2022-01-10", "BOLJUD", id="Justice is no seat"
        ),
    ],
)


# A capital's name that ends a person's name is the person's (a person of the country of the
# text), not the government's.
test_a_capital_in_a_persons_name_is_the_person = mention_table(
    [
        Text("It inspired George Washington to give his troops a day of prayer.").mention(
            "Washington", "2022-11-23", "USACVL", source=WHITE_HOUSE, id="George Washington"
        ),
        Text("Washington imposed new sanctions on Moscow.").mention(
            "Washington", "2022-11-23", "USAGOV", id="Washington alone"
        ),
    ],
)


# A state or body after "to" in a diplomat's title is where the holder serves: the holder is the
# sending state's official (from the title's adjective, an "of" phrase or the release's state).
test_a_diplomat_is_not_an_official_of_the_host = mention_table(
    [
        Text("The President nominated Jane Roe to be Ambassador to Chile.").mention(
            "Ambassador", "2022-06-03", "USAGOV", source=WHITE_HOUSE, id="US nominee"
        ),
        Text("Ambassador to Chile Jane Roe, of Ohio, met the President.").mention(
            "Roe", "2022-06-03", "USAGOV", source=WHITE_HOUSE, id="the release's state"
        ),
        Text("The Ukrainian Ambassador to Israel Ivan Petrenko spoke on Monday.").mention(
            "Petrenko", "2022-06-03", "UKRGOV", id="sending state's adjective"
        ),
        Text("Ambassador of Ukraine to the United States Ivan Petrenko spoke.").mention(
            "Petrenko", "2022-06-03", "UKRGOV", id="sending state after of"
        ),
        Text("President of France Emmanuel Macron spoke.").mention(
            "Macron", "2022-06-03", "FRAGOV", id="not a posting title"
        ),
    ]
)
