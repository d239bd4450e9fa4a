"""What kind of body a name the base lacks says it is (session 12, round 19c, K4).

A capitalised name nobody listed is read by its own words (`org_kinds.tsv`): the word that
ends it ("Front", "Airways", "Times", "Society"), words inside it ("Liberation", "Red Cross",
"Industrialists") and cues around it ("anti-government", "militants belonging to", an
election in the sentence). The base's own rows still win. Each row is a sentence of our own,
read as the coder reads an article; the names are made up."""

from __future__ import annotations

from actor_helpers import Text, mention_table

test_armed_groups_by_their_names = mention_table(
    [
        Text("The Chad Liberation Front claimed the ambush near the border.").mention(
            "Front", "2025-06-01", "TCDREB", id="a rebel word inside the name"
        ),
        Text("Burmese troops fought the anti-government Chin Brotherhood Army.").mention(
            "Army", "2025-06-01", "MMRREB", id="a rebel cue before the name"
        ),
        Text("The Mali Freedom Front says its fighters killed four soldiers.").mention(
            "Front", "2025-06-01", "MLIREB", id="a weak rebel word in a sentence of fighting"
        ),
        Text("The Mali Freedom Front opened an office in Bamako.").mention(
            "Front", "2025-06-01", "MLI", id="the same name out of a fight: no sector read"
        ),
        Text("The Nigerian Army said insurgents killed two soldiers.").mention(
            "Army", "2025-06-01", "NGAMIL", id="a state's army stays the military"
        ),
        Text("The Ukrainian Armed Forces said they killed ten soldiers.").mention(
            "Forces", "2025-06-01", "UKRMIL", id="a state's armed forces too"
        ),
        Text("The Kachin Independence Army attacked a base.").mention(
            "Army", "2025-06-01", "REBKIA", id="a listed group keeps its own code"
        ),
    ]
)

test_parties_in_an_election = mention_table(
    [
        Text("The Ghana Renewal Alliance won 12 seats in the election.").mention(
            "Alliance", "2025-06-01", "GHAPTY", id="an alliance in an election is a party"
        ),
        Text(
            "Voters backed the opposition Tonga Unity Bloc in the parliamentary election."
        ).mention("Bloc", "2025-06-01", "TONOPP", id="an opposition bloc"),
        Text("Bolivia's Christian Democratic Party won the runoff election.").mention(
            "Party", "2025-06-01", "BOLPTY", id="a longer name is not the US Democratic Party"
        ),
        Text("House Republicans passed the bill.").mention(
            "Republicans", "2025-06-01", "USALEG", id="a listed party after a house word stays"
        ),
    ]
)

test_companies_media_and_associations = mention_table(
    [
        Text("Kenya Heavy Industries announced 300 job cuts.").mention(
            "Industries", "2025-06-01", "KENBUS", id="a company by its last word"
        ),
        Text("Zambia Airways resumed flights to Lusaka.").mention(
            "Airways", "2025-06-01", "ZMBBUS", id="an airline"
        ),
        Text("The Harare Times reported the arrests.").mention(
            "Times", "2025-06-01", "ZWEJRN", id="a newspaper, of the country of its city"
        ),
        Text("French news channel Alpha TV interviewed the minister.").mention(
            "TV", "2025-06-01", "FRAJRN", id="a channel"
        ),
        Text("The Peru Red Cross Society said nine people died.").mention(
            "Society", "2025-06-01", "PERMED", id="a national Red Cross society, not the ICRC"
        ),
        Text("The Iceland Nature Foundation sued the government.").mention(
            "Foundation", "2025-06-01", "ISLSOC", id="a foundation"
        ),
        Text("The Chile Union of Industrialists welcomed the reform.").mention(
            "Union", "2025-06-01", "CHLBUS", id="an employers' union is business"
        ),
    ]
)


def test_every_org_kind_row_has_a_known_use_and_sector() -> None:
    """A misspelt use or sector in `org_kinds.tsv` would make a rule silently read nothing."""
    from eventwire.actors.resolver import ORG_KINDS, ORG_SECTORS
    from eventwire.datafiles import read_data_tsv

    uses = {
        "final",
        "inside",
        "assoc_head",
        "armed_head",
        "rebel_strong",
        "rebel_weak",
        "rebel_cue",
        "armed_sentence",
        "party_head",
        "vote_cue",
        # session 14 (N1): legislatures' committees, state agencies, "Air <country>"
        "legis_head",
        "legis_inside",
        "legis_not",
        "agency_head",
        "agency_inside",
        "agency_not",
        "initial",
        # session 17 (H3): sports clubs and North American teams named after their place
        "club",
        "team",
    }
    assert set(ORG_KINDS) == uses
    codes = {r["code"] for r in read_data_tsv("eventwire.actors", "sector_codes.tsv")}
    assert {s for s in ORG_SECTORS.values() if s != "-"} <= codes
