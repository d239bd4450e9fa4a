"""The actor knowledge base: shipped data loads, lookups a resolver relies on, bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_helpers import MENTION, Text, code_at

from eventwire.actors.kb import (
    ORG_COLUMNS,
    PEOPLE_COLUMNS,
    KnowledgeBaseError,
    load_kb,
    normalise,
)


def _write(path: Path, columns: tuple[str, ...], *rows: str) -> Path:
    path.write_text("\n".join(["\t".join(columns), *rows]) + "\n", encoding="utf-8")
    return path


def _row(*cells: str) -> str:
    return "\t".join(cells)


def test_shipped_data_loads_with_plausible_counts():
    kb = load_kb()
    assert len(kb.countries) >= 195
    assert len(kb.organizations) >= 120
    assert len(kb.sector_terms) >= 150
    assert len(kb.people) >= 400
    assert load_kb() is kb  # the default load is cached


def test_every_un_member_neighbourhood_is_present():
    kb = load_kb()
    for iso3 in ("USA", "CHN", "RUS", "UKR", "PSE", "VAT", "XKX", "TWN", "HKG", "ESH", "SSD"):
        assert iso3 in kb.countries


def test_country_name_variants_resolve():
    names = load_kb().country_names()
    for phrase in ("US", "U.S.", "America", "the United States", "USA"):
        assert names[normalise(phrase)] == "USA", phrase
    assert names[normalise("Côte d’Ivoire")] == "CIV"
    assert names[normalise("Cote d'Ivoire")] == "CIV"
    assert names[normalise("Türkiye")] == names[normalise("Turkey")] == "TUR"
    assert names[normalise("DPRK")] == "PRK"
    assert names[normalise("Britain")] == "GBR"


def test_ambiguous_names_are_handled_deliberately():
    kb = load_kb()
    assert "korea" not in kb.country_names()
    assert "korean" not in kb.adjective_index()
    assert kb.country_names()["congo"] == "COD"
    assert kb.country_names()["congo-brazzaville"] == "COG"
    assert kb.country_names()["georgia"] == "GEO"
    assert kb.org_index()["rsf"] == "rsf"  # Sudan's Rapid Support Forces
    assert kb.org_index()["brussels"] == "eu"


def test_adjectives_and_metonyms():
    kb = load_kb()
    adjectives, metonyms = kb.adjective_index(), kb.metonym_index()
    assert adjectives["emirati"] == "ARE"
    assert adjectives["israelis"] == "ISR"
    assert adjectives["britons"] == "GBR"
    assert metonyms[normalise("Kiev")] == metonyms[normalise("Kyiv")] == "UKR"
    assert metonyms[normalise("the Kremlin")] == "RUS"
    assert metonyms[normalise("the Élysée")] == "FRA"
    assert metonyms[normalise("Downing Street")] == "GBR"
    assert metonyms[normalise("Bankova")] == "UKR"


def test_organisations_carry_codes_and_countries():
    kb = load_kb()
    index = kb.org_index()
    un = kb.organizations[index["u.n."]]
    assert (un.code, un.kind, un.country) == ("IGOUNO", "IGO", None)
    hamas = kb.organizations[index["hamas"]]
    assert (hamas.country, hamas.sector, hamas.kind) == ("PSE", "REB", "REB")
    assert kb.organizations[index["ansar allah"]].actor_id == "houthis"
    assert kb.organizations[index["daesh"]].actor_id == "isis"
    assert kb.organizations[index["idf"]].code == "ISRMIL"


def test_sector_terms_code_sectors():
    terms = load_kb().sector_terms
    assert terms["troops"].sector == "MIL"
    assert terms["lawmakers"].sector == "LEG"
    assert terms["foreign minister"].kind == "title"
    assert terms["central bank"].sector == "GOV"
    assert terms["journalists"].sector == "JRN"


def test_trump_roles_follow_dates():
    roles = load_kb().person_index()["trump"]
    assert {r.person_id for r in roles} == {"donald-trump"}
    assert any(r.active_on("2018-06-01") for r in roles)
    assert any(r.active_on("2025-06-01") for r in roles)
    assert not any(r.active_on("2022-06-01") for r in roles)
    assert all(r.active_on(None) for r in roles)


def test_person_aliases_and_spellings():
    index = load_kb().person_index()
    for spelling in ("Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelensky"):
        assert index[normalise(spelling)][0].person_id == "volodymyr-zelenskyy"
    assert index[normalise("Erdoğan")] == index["erdogan"]
    kirby = [r for r in index["kirby"] if r.active_on("2023-06-01")]
    assert [r.role for r in kirby] == ["NSC coordinator for strategic communications"]


def test_officials_of_organisations_point_at_them():
    kb = load_kb()
    guterres = [r for r in kb.person_index()["guterres"] if r.active_on("2024-01-01")]
    assert len(guterres) == 1
    assert kb.organization_of(guterres[0]).code == "IGOUNO"
    assert kb.organization_of(kb.person_index()["macron"][0]) is None


def test_person_aliases_do_not_shadow_places():
    kb = load_kb()
    places = {**kb.country_names(), **kb.adjective_index(), **kb.metonym_index()}
    assert not [key for key in kb.person_index() if key in places]


def test_normalise_folds_case_accents_article_and_possessive():
    assert normalise("  The  Élysée ") == "elysee"
    assert normalise("Putin’s") == "putin"
    assert normalise("Yıldırım") == "yildirim"
    assert normalise("U.S.") == "u.s."


def test_extra_people_file_is_merged(tmp_path):
    extra = _write(
        tmp_path / "mine.tsv",
        PEOPLE_COLUMNS,
        _row("jane-roe", "Jane Roe", "Roe", "FRA", "GOV", "mayor of Lyon", "2024-01-01", ""),
    )
    kb = load_kb([extra])
    assert kb.person_index()["roe"][0].country == "FRA"
    assert kb.person_index()["trump"]  # built-in data is still there
    assert "roe" not in load_kb().person_index()  # the cached default is untouched


def test_extra_organisation_file_is_merged_and_people_can_use_it(tmp_path):
    orgs = _write(
        tmp_path / "orgs.tsv",
        ORG_COLUMNS,
        _row("blue-front", "Blue Front", "BF", "REBBLF", "MLI", "REB", "REB"),
    )
    people = _write(
        tmp_path / "people.tsv",
        PEOPLE_COLUMNS,
        _row("ann-chief", "Ann Chief", "", "blue-front", "REB", "leader", "", ""),
    )
    kb = load_kb([people, orgs])
    assert kb.org_index()["bf"] == "blue-front"
    assert kb.organization_of(kb.person_index()["ann chief"][0]).code == "REBBLF"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (_row("x", "X", "", "FRA", "GOV", "mayor", "", "", "extra"), "expected 8 columns"),
        (_row("x", "X", "", "FRA", "BOSS", "mayor", "", ""), "unknown sector code"),
        (_row("x", "X", "", "fr", "GOV", "mayor", "", ""), "malformed iso3"),
        (_row("x", "X", "", "ZZZ", "GOV", "mayor", "", ""), "not in countries.tsv"),
        (_row("x", "X", "", "FRA", "GOV", "mayor", "2024-13-01", ""), "bad date"),
        (_row("x", "X", "", "FRA", "GOV", "mayor", "2024-02-01", "2023-01-01"), "is after end"),
    ],
)
def test_bad_people_rows_name_file_and_line(tmp_path, row, reason):
    good = _row("ok", "Ok", "", "FRA", "GOV", "mayor", "", "")
    path = _write(tmp_path / "bad.tsv", PEOPLE_COLUMNS, good, row)
    with pytest.raises(KnowledgeBaseError) as caught:
        load_kb([path])
    assert f"{path}:3:" in str(caught.value)
    assert reason in str(caught.value)


def test_duplicate_actor_id_is_refused(tmp_path):
    path = _write(
        tmp_path / "orgs.tsv",
        ORG_COLUMNS,
        "# a comment line still counts towards line numbers",
        _row("nato", "Other NATO", "", "IGOXXX", "", "", "IGO"),
    )
    with pytest.raises(KnowledgeBaseError, match=r"orgs\.tsv:3: duplicate actor_id nato"):
        load_kb([path])


def test_alias_claimed_by_two_organisations_is_refused(tmp_path):
    path = _write(
        tmp_path / "orgs.tsv", ORG_COLUMNS, _row("new-un", "New UN", "UN", "IGONUN", "", "", "IGO")
    )
    with pytest.raises(KnowledgeBaseError, match=r"orgs\.tsv:2: 'un' already names"):
        load_kb([path])


def test_unknown_header_is_refused(tmp_path):
    path = tmp_path / "odd.tsv"
    path.write_text("who\twhat\nx\ty\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"odd\.tsv:1: header"):
        load_kb([path])


# States the people base must cover: the G20, Security Council members of 2015-2026 and
# states at war in that period (docs/actors.md).
COVERED_STATES = (
    "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA "
    "AGO CHL JOR LTU MYS NGA NZL ESP VEN TCD EGY SEN UKR URY BOL ETH KAZ SWE GNQ KWT NLD "
    "PER POL BEL DOM EST NER VCT TUN VNM IRL KEN NOR ALB GAB GHA ARE ECU MLT MOZ DZA GUY "
    "SLE SVN DNK GRC PAK PAN SOM BHR COL COD LVA LBR ISR PSE LBN SYR IRQ YEM IRN AFG MMR "
    "SDN SSD LBY MLI BFA RWA ARM AZE HTI"
).split()


def test_people_base_is_large_and_dated():
    kb = load_kb()
    assert len(kb.people) >= 2000
    dated = [r for r in kb.people if r.start]
    assert len(dated) / len(kb.people) > 0.95


@pytest.mark.parametrize("day", ["2016-06-01", "2024-06-01"])
def test_every_covered_state_has_a_government_office_holder(day):
    people = load_kb().people
    missing = [
        iso3
        for iso3 in COVERED_STATES
        if not any(r.country == iso3 and r.sector == "GOV" and r.active_on(day) for r in people)
    ]
    assert not missing


def test_interior_ministers_and_army_chiefs_follow_dates():
    index = load_kb().person_index()
    darmanin = {r.role for r in index["darmanin"] if r.active_on("2022-01-01")}
    assert darmanin == {"interior minister"}
    milley = {(r.sector, r.role) for r in index["milley"] if r.active_on("2017-01-01")}
    assert milley == {("MIL", "army chief of staff")}
    assert {r.role for r in index["milley"] if r.active_on("2020-01-01")} == {
        "chairman of the joint chiefs of staff"
    }
    assert {r.country for r in index["zaluzhnyi"]} == {"UKR"}  # commander, then ambassador


def test_one_surname_can_name_several_people_told_apart_by_date():
    roles = load_kb().person_index()["hariri"]
    assert {r.person_id for r in roles} == {"rafic-hariri", "saad-hariri"}
    in_2003 = {r.person_id for r in roles if r.active_on("2003-01-01")}
    assert in_2003 == {"rafic-hariri"}


def test_un_envoys_are_coded_as_the_un():
    kb = load_kb()
    grundberg = kb.person_index()["hans grundberg"][0]
    assert kb.organization_of(grundberg).code == "IGOUNO"


def test_an_organisation_can_change_code_on_a_date():
    kb = load_kb()
    assert kb.org_period("taliban", "2020-02-29") is None  # the Doha deal: still insurgents
    ruling = kb.org_period("taliban", "2021-09-01")
    assert (ruling.country, ruling.sector) == ("AFG", "GOV")
    assert kb.org_period("taliban", None) is None  # undated text keeps organizations.tsv


def test_org_period_rows_are_checked(tmp_path, monkeypatch):
    import eventwire.actors.kb as kb_module

    data = tmp_path / "data"
    data.mkdir()
    for f in kb_module.DATA_DIR.glob("*.tsv"):
        (data / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (data / "org_periods.tsv").write_text(
        "\t".join(kb_module.ORG_PERIOD_COLUMNS) + "\nno-such-group\tAFG\tGOV\t2021-08-15\t\t\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(kb_module, "DATA_DIR", data)
    with pytest.raises(KnowledgeBaseError, match=r"org_periods.tsv:2: unknown organisation"):
        kb_module._load(())


# -- the resolver reading an article: context, coreference and data together -------------


def _codes(coder, text: str, day: str = "2025-06-01", source: str | None = None):
    from eventwire.records import Article

    article = Article(id="t", text=text, date=day, source=source)
    mentions = []
    coder.extractor.extract(article, coder.nlp(text), mentions)
    return {m.text: m.code for m in mentions}


def _code_of(codes: dict, part: str):
    """The code of the one mention whose text contains `part`."""
    (code,) = {c for text, c in codes.items() if part in text}
    return code


def test_taliban_are_rebels_before_august_2021_and_the_government_after(coder):
    text = "The Taliban said they would talk."
    assert _codes(coder, text, "2019-05-01")["The Taliban"] == "REBTLB"
    assert _codes(coder, text, "2022-05-01")["The Taliban"] == "AFGGOV"


def test_a_title_without_a_country_takes_the_country_the_article_is_about(coder):
    codes = _codes(
        coder,
        "In Lahij, Yemen, gunmen ambush a convoy carrying the governor of Taiz. "
        "The governor is unharmed, he said later.",
    )
    assert codes["the governor of Taiz"] == "YEMGOV"
    assert codes["he"] == "YEMGOV"  # a titled person is a "he" antecedent


def test_a_title_the_parser_leaves_outside_the_name_codes_the_person_and_later_mentions(coder):
    codes = _codes(
        coder,
        '"We need an energy embargo," said adviser to the President of Ukraine on economic '
        "issues Oleh Ustenko. Ustenko added that Europe must act.",
        "2022-04-01",
    )
    assert _code_of(codes, "Oleh Ustenko") == "UKRGOV"  # the phrase may keep "economic issues"
    assert codes["Ustenko"] == "UKRGOV"


def test_a_country_after_for_is_a_portfolio_not_a_nationality(coder):
    codes = _codes(
        coder,
        "Special Representative for Afghanistan Thomas West met the delegation.",
        "2022-07-01",
        source="U.S. Department of State",
    )
    assert _code_of(codes, "Thomas West") == "USAGOV"
    assert _code_of(codes, "Special Representative") == "USAGOV"


def test_an_acronym_defined_in_the_article_names_the_same_actor(coder):
    codes = _codes(
        coder,
        "Ugandan police detain a member of the opposition party National Unity Platform "
        "(NUP). The NUP calls the arrest politically motivated.",
    )
    assert codes["The NUP"] is not None
    assert codes["The NUP"].startswith("UGA")


def test_groups_that_name_nobody_stay_unresolved_and_media_are_journalists(coder):
    codes = _codes(
        coder, "Western leaders met in Rome, The Washington Post reported. A third party helped."
    )
    assert codes.get("Western leaders") is None
    assert codes.get("A third party") is None
    assert codes["The Washington Post"] == "USAJRN"


def test_plural_demonyms_are_civilians_and_group_heads_take_their_members_sector(coder):
    codes = _codes(coder, "At least 59 Palestinians are killed. The Sudan Doctors Network says.")
    assert codes["At least 59 Palestinians"] == "PSECVL"
    assert codes["The Sudan Doctors Network"] == "SDNMED"


LEBANON_CHOSE = (
    "The people of Lebanon have chosen a new president. They have chosen peace. And "
    "the United States will support them."
)


# Speakers, pronouns and visitors: "I" and "we" are the speaker or the releasing state, "they"
# prefers plurals; a title the home state lacks, or a place line abroad, makes a visitor or host.
@pytest.mark.parametrize(
    MENTION,
    [
        # first person is the turn speaker, else the releasing state
        Text("Jill and I are praying for the victims. I have directed my team to help.").mention(
            "I", "2023-01-24", "USAGOV", source="The White House", id="I in a release"
        ),
        Text("Jill and I are praying for the victims. I have directed my team to help.").mention(
            "I", "2023-01-24", "USAGOV", source="The White House", nth=1, id="I again in a release"
        ),
        # no release, no quote speaker: nobody to code
        Text("Jill and I are praying for the victims. I have directed my team to help.").mention(
            "I", "2023-01-24", None, id="I with no release"
        ),
        Text(
            "The President met the Prime Minister of India.\n\nPrime Minister of India "
            "Narendra Modi: Thank you. We value this friendship."
        ).mention("We", "2022-06-01", "INDGOV", source="kremlin.ru", id="we in a transcript turn"),
        # an object pronoun is not its own subject and "they" prefers plurals
        Text(LEBANON_CHOSE).mention("They", "2025-01-09", "LBNCVL", id="they after the people"),
        Text(LEBANON_CHOSE).mention("them", "2025-01-09", "LBNCVL", id="them after the people"),
        # a visitor with a home title is not the home state
        Text(
            "It is a pleasure to welcome President Chakwera to Washington. We value the "
            "partnership between the United States and Malawi, and Malawi's reforms."
        ).mention(
            "Chakwera",
            "2022-03-18",
            "MWIGOV",
            source="U.S. Department of State",
            id="visitor with a home title",
        ),
        # an office the home state does not have makes a visitor
        # The United States has no prime minister: a prime minister in a White House
        # transcript is the guest's, even when we do not know the name.
        Text(
            "Remarks by President Biden and the Prime Minister of Ireland.\n\nPRESIDENT BIDEN: "
            "Welcome. Ireland and Irish Americans are family.\n\nPRIME MINISTER MURPHY: Thank "
            "you, Mr. President."
        ).mention(
            "MURPHY",
            "2022-03-17",
            "IRLGOV",
            source="The White House",
            id="prime minister home lacks",
        ),
        # a host abroad takes the country of the release place line
        # Ukraine is named more often than Moldova; the place line says whose prime minister.
        Text(
            "Antony J. Blinken, Secretary of State\n\nChisinau, Moldova\n\nPRIME MINISTER "
            "POPESCU: Welcome to Moldova. Moldova has taken in people fleeing Ukraine; "
            "Ukraine's neighbours, Ukraine's friends and Ukrainian families in Kyiv count on "
            "us.\n\nSECRETARY BLINKEN: Thank you."
        ).mention(
            "POPESCU",
            "2022-03-06",
            "MDAGOV",
            source="U.S. Department of State",
            id="host of the place line",
        ),
        # a vocative title is the person spoken to not the speaker
        Text(
            "Vladimir Putin held talks with President of Finland Sauli Niinistö.\n\nPresident "
            "of Russia Vladimir Putin: Mr President, I am glad to welcome you."
        ).mention(
            "President",
            "2021-10-29",
            "FINGOV",
            source="kremlin.ru",
            nth=2,
            id="vocative Mr President",
        ),
        Text(
            "Vladimir Putin: How long will it take?\n\nVitaly Savelyev: Mr President, we have "
            "already reported."
        ).mention(
            "President", "2021-11-10", "RUSGOV", source="kremlin.ru", id="answer to Mr President"
        ),
        # a bare title prefers the holder of that very office of the releasing state
        Text(
            "President of Ukraine Volodymyr Zelenskyy met President of the European Council "
            "Charles Michel in Brussels. The President thanked the European Union."
        ).mention(
            "President",
            "2021-12-15",
            "UKRGOV",
            source="President of Ukraine (president.gov.ua/en)",
            nth=2,
            id="bare title of own office",
        ),
    ],
)
def test_speakers_pronouns_hosts_and_visitors_are_told_apart(
    coder, text, word, day, source, nth, expected
):
    assert code_at(coder, text, word, day, source, nth) == expected, f"{word!r} in {text!r}"


# Titles and names: a written title fills a gap in our roles, and where a name ends or
# which state an ambiguous one means is read from the text around it.
@pytest.mark.parametrize(
    MENTION,
    [
        # a written title fills a gap in our roles but an old office stays former
        Text(
            "It will open in two weeks, said Minister of Infrastructure Oleksandr Kubrakov."
        ).mention("Kubrakov", "2022-04-04", "UKRGOV", id="written title fills a gap"),
        # Hungary's prime minister since 2010 in our data; the text says he has left
        Text("The march is the first since former prime minister Viktor Orbán lost.").mention(
            "Orbán", "2026-06-27", "HUNELI", id="former prime minister"
        ),
        # spaced dashes and "and" between people end a mention
        Text(
            "Joining the meeting were:  -   Bulgarian President Rumen Radev -   Czech Republic "
            "Prime Minister Petr Fiala -   Estonian President Alar Karis"
        ).mention("Karis", "2023-02-22", "ESTGOV", id="dash ends a mention"),
        Text(
            "US President Donald Trump and Pakistani Deputy Prime Minister Ishaq Dar announce it."
        ).mention("Dar", "2025-05-10", "PAKGOV", id="and ends a mention"),
        # an office written short before a name is not a first name
        # "NSA Sullivan": the acronym is his office, so "Sullivan" is still Jake Sullivan
        # (while "Bushra Bibi" is not Netanyahu).
        Text("NSA Sullivan met his counterpart today. Bushra Bibi was sentenced.").mention(
            "Sullivan", "2023-02-01", "USAGOV", source="The White House", id="NSA before a name"
        ),
        Text("NSA Sullivan met his counterpart today. Bushra Bibi was sentenced.").mention(
            "Bibi", "2023-02-01", "CRM", id="Bibi is not Netanyahu (a convict: CRM, A5)"
        ),
        # an ambiguous name takes the only candidate the article names
        Text("Korean troops joined the drill. Seoul said it went well.").mention(
            "troops", "2024-03-01", "KORMIL", id="Korean with Seoul"
        ),
        Text("Korean troops joined the drill. Pyongyang said it went well.").mention(
            "troops", "2024-03-01", "PRKMIL", id="Korean with Pyongyang"
        ),
        # "Korean" alone: the usual sense
        Text("Korean troops joined the drill, officials said.").mention(
            "troops", "2024-03-01", "KORMIL", id="Korean alone"
        ),
        # titles in an appositive and upper-case speaker labels code unknown people
        Text("Didier Guillaume, the head of government of Monaco, resigned.").mention(
            "Guillaume", "2025-01-17", "MCOGOV", id="head of government appositive"
        ),
        Text(
            "Secretary Blinken met Estonian Foreign Minister Eva-Maria Liimets.\n\nFOREIGN "
            "MINISTER LIIMETS: Dear Secretary Blinken, welcome to Estonia."
        ).mention(
            "LIIMETS",
            "2021-06-01",
            "ESTGOV",
            source="U.S. Department of State",
            id="upper-case speaker label",
        ),
    ],
)
def test_titles_and_names_written_with_a_person_code_them(
    coder, text, word, day, source, nth, expected
):
    assert code_at(coder, text, word, day, source, nth) == expected, f"{word!r} in {text!r}"


PARTIES_AND_CHAMBERS = (
    "The ruling Jamaica Labour Party won. House Republicans and Congressional Democrats met."
)


# Parties and partners: a country or a chamber names a party's members; a nationality
# names partners, a possessive only whose they are.
@pytest.mark.parametrize(
    MENTION,
    [
        # a party named with a country or a chamber
        Text(PARTIES_AND_CHAMBERS).mention(
            "Party", "2025-09-03", "JAMPTY", id="party named with country"
        ),
        Text(PARTIES_AND_CHAMBERS).mention(
            "Republicans", "2025-09-03", "USALEG", id="House Republicans"
        ),
        Text(PARTIES_AND_CHAMBERS).mention(
            "Democrats", "2025-09-03", "USALEG", id="Congressional Democrats"
        ),
        # partners with a nationality are that state but a possessive says only whose
        Text(
            "We are working with our Iraqi partners. China's trading partners are worried."
        ).mention(
            "partners",
            "2021-02-16",
            "IRQGOV",
            source="The White House",
            id="partners with a nationality",
        ),
        Text(
            "We are working with our Iraqi partners. China's trading partners are worried."
        ).mention(
            "partners",
            "2021-02-16",
            None,
            source="The White House",
            nth=1,
            id="partners in a possessive",
        ),
    ],
)
def test_parties_and_partners_are_coded_by_the_words_that_name_them(
    coder, text, word, day, source, nth, expected
):
    assert code_at(coder, text, word, day, source, nth) == expected, f"{word!r} in {text!r}"


def test_korean_is_ambiguous_between_the_two_koreas():
    # the data behind the "Korean" rows of the table above
    assert load_kb().ambiguous["korean"].candidates == ("KOR", "PRK")
