"""Named people and organisations, and titles of people the base lacks (session 12, K3).

Coverage found by running the resolver over non-reserved corpus items (heads of state and
government of 2019-2026 the base lacked, people and parties of the 2025-2026 news), and general
readings of a name: a country the tagger glued to a known name, a person whose phrase gives
a country but no office, an office named after a state's body or an armed group, a title
joined to a former one, and a kind of body written before a name the base lacks. Each row is
a sentence of our own, read as the coder reads an article."""

from __future__ import annotations

from actor_helpers import KREMLIN, Text, mention_table

test_heads_and_people_the_base_lacked = mention_table(
    [
        Text("Rumen Radev vetoed the amendments to the budget.").mention(
            "Radev", "2024-03-01", "BGRGOV", id="Bulgaria's president before his resignation"
        ),
        Text("Keiko Fujimori conceded nothing on election night.").mention(
            "Fujimori", "2026-06-10", "PEROPP", id="a party leader before she took office"
        ),
        Text("Fujimori swore in her cabinet in Lima.").mention(
            "Fujimori", "2026-08-05", "PERGOV", id="Peru's president from 28 July 2026"
        ),
        Text("Lionel Messi scored twice in the final.").mention(
            "Messi", "2026-07-03", "ARGCVL", id="an athlete: a civilian of his country"
        ),
        Text("The court released the files on Jeffrey Epstein.").mention(
            "Epstein", "2025-12-23", "USACRM", id="a convicted criminal"
        ),
        Text("Karin Keller-Sutter spoke to the press in Bern.").mention(
            "Sutter", "2025-08-01", "CHEGOV", id="a Swiss federal councillor"
        ),
        Text("Chega won sixty seats in the election.").mention(
            "Chega", "2025-05-19", "PTYCHG", id="a party the base lacked"
        ),
    ]
)

test_a_country_glued_to_a_known_name = mention_table(
    [
        Text(
            "Vladimir Putin had a telephone conversation with Prime Minister of Armenia "
            "Nikol Pashinyan."
        ).mention(
            "Pashinyan", "2022-01-10", "ARMGOV", source=KREMLIN, id="the country is no first name"
        ),
        Text("Vladimir Putin met with President of Turkmenistan Serdar Berdimuhamedov.").mention(
            "Berdimuhamedov", "2022-06-10", "TKMGOV", source=KREMLIN, id="the same with a president"
        ),
    ]
)

test_unknown_people_with_a_country = mention_table(
    [
        Text("Norwegian ski jumper Marius Lindqvist was disqualified on Saturday.").mention(
            "Lindqvist", "2025-03-12", "NORCVL", id="a nationality and no office: a civilian"
        ),
        Text("American citizen Dena Karimi was released from prison.").mention(
            "Karimi", "2025-03-12", "USACVL", id="a citizen"
        ),
        Text("Australian treasurer Jim Chambers announced a minerals reserve.").mention(
            "Chambers", "2026-05-18", "AUSGOV", id="treasurer is an office of state"
        ),
        Text("A drone struck a depot in Kopeysk, Chelyabinsk Oblast, Russia.").mention(
            "Oblast", "2025-10-22", "RUS", id="a place taken for a person gets no sector"
        ),
    ]
)

test_offices_after_a_body = mention_table(
    [
        Text("Taliban chief justice Abdul Karim Haqqani was named in the warrant.").mention(
            "Haqqani", "2025-01-23", "AFGJUD", id="a court of the Taliban's state"
        ),
        Text("A Hamas police chief was killed in the strike.").mention(
            "chief", "2025-01-02", "PSECOP", id="the police of an armed group that governs"
        ),
        Text("A Hamas commander was killed in the strike.").mention(
            "commander", "2025-01-02", "REBHMS", id="its fighters stay the group's"
        ),
        Text("Taliban fighters attacked the checkpoint.").mention(
            "fighters", "2019-01-02", "REBTLB", id="before 2021 the Taliban are an armed group"
        ),
    ]
)

test_former_offices_joined_by_and = mention_table(
    [
        Text(
            "Nepalese police arrested former deputy prime minister and finance minister "
            "Bishnu Paudyal."
        ).mention("Paudyal", "2026-06-22", "NPLELI", id="both ministries are past"),
    ]
)

test_a_kind_of_body_before_a_name = mention_table(
    [
        Text("French shipping company Louvain Maritime crossed the strait.").mention(
            "Maritime", "2026-04-03", "FRABUS", id="a company"
        ),
        Text("The Italian newspaper La Gazzetta Ligure reported the deal.").mention(
            "Ligure", "2025-06-10", "ITAJRN", id="a newspaper named in apposition"
        ),
        Text("Students in Ohio showed their school IDs at the gate.").mention(
            "IDs", "2024-09-18", None, id="a plural thing after an institution word"
        ),
    ]
)
