"""Named actors the knowledge base lacked, found by coverage mining (session 11, K2).

The US cabinet below the top offices (2017-2026), members of Congress, US federal agencies,
companies and media named often in 2025-2026 releases, and a few heads of government of the
2019-2022 news. Each row is a sentence of our own, read as the coder reads an article, and the
code its named mention gets on that day: an office that ended makes its holder a former one
(ELI); a member of Congress who joined the cabinet is GOV from that day."""

from __future__ import annotations

from actor_helpers import Text, mention_table

from eventwire.actors.kb import load_kb, normalise

test_us_cabinet_and_congress = mention_table(
    [
        Text("Secretary Rollins announced new aid for dairy farmers.").mention(
            "Rollins", "2025-06-01", "USAGOV", id="agriculture secretary of 2025"
        ),
        Text("Pete Buttigieg toured the damaged bridge in Baltimore.").mention(
            "Buttigieg", "2024-04-05", "USAGOV", id="transportation secretary of 2024"
        ),
        Text("Pete Buttigieg campaigned for the nominee in Michigan.").mention(
            "Buttigieg", "2025-10-01", "USAELI", id="Buttigieg after his term"
        ),
        Text("Lee Zeldin announced the repeal of the rule.").mention(
            "Zeldin", "2025-07-29", "USAGOV", id="EPA administrator"
        ),
        Text("Lee Zeldin voted against the package.").mention(
            "Zeldin", "2021-11-05", "USALEG", id="Zeldin while a congressman"
        ),
        Text("Santa Cruz Island was closed to visitors.").mention(
            "Island", "2025-06-01", None, id="a place that has a senator's surname"
        ),
        Text("Elizabeth Warren wrote to the chief executives of the banks.").mention(
            "Warren", "2025-03-01", "USALEG", id="a senator"
        ),
        Text("Mitch McConnell blocked the vote on the aid package.").mention(
            "McConnell", "2022-09-01", "USALEG", id="McConnell between his two leaderships"
        ),
        Text("JD Vance questioned the witness at the hearing.").mention(
            "Vance", "2023-06-01", "USALEG", id="Vance as a senator, before the vice presidency"
        ),
        Text("Joe Manchin criticised the spending bill on television.").mention(
            "Manchin", "2025-06-01", "USAELI", id="Manchin after he left the Senate"
        ),
        Text("Senator Schiff asked for an investigation.").mention(
            "Schiff", "2025-05-01", "USALEG", id="Schiff, senator from December 2024"
        ),
    ]
)

test_us_agencies_companies_and_media = mention_table(
    [
        Text("The U.S. Secret Service said the gunman acted alone.").mention(
            "Service", "2024-07-20", "USACOP", id="the Secret Service"
        ),
        Text("Ukraine's Secret Service detained two agents.").mention(
            "Service",
            "2025-06-01",
            "UKRGOV",
            id="another state's secret service is not the American one",
        ),
        Text("Border Patrol agents detained twelve people near El Paso.").mention(
            "agents", "2025-02-10", "USACOP", id="Border Patrol agents"
        ),
        Text("The FDA approved the first drug of its kind.").mention(
            "FDA", "2025-05-01", "USAGOV", id="FDA in news of any country"
        ),
        Text("The CBO estimated the cost of the bill.").mention(
            "CBO", "2025-06-01", "USALEG", id="Congress's budget office"
        ),
        Text("AstraZeneca agreed to cut the prices of its medicines.").mention(
            "AstraZeneca", "2025-10-10", "MNCAZN", id="a British drug maker"
        ),
        Text("Amazon.com said it would cut 14,000 jobs.").mention(
            "Amazon.com", "2025-10-28", "MNCAMZ", id="an American company"
        ),
        Text("The Amazon rainforest lost more trees this year.").mention(
            "rainforest", "2025-10-28", None, id="the rainforest is not the company"
        ),
        Text("Chinese steel exports rose in May.").mention(
            "exports", "2025-06-01", "CHN", id="steel is not a listed word: no company"
        ),
        Text("ABC News reported that the talks had stalled.").mention(
            "News", "2025-04-01", "USAJRN", id="an American broadcaster"
        ),
    ]
)

test_heads_of_government_the_base_lacked = mention_table(
    [
        Text("Kiril Petkov said Bulgaria would not pay in roubles.").mention(
            "Petkov", "2022-04-27", "BGRGOV", id="Bulgarian prime minister"
        ),
        Text("Sher Bahadur Deuba met the Indian prime minister in Lumbini.").mention(
            "Deuba", "2022-05-16", "NPLGOV", id="Nepalese prime minister"
        ),
        Text("Henry Kissinger met the Chinese president in Beijing.").mention(
            "Kissinger", "2023-07-20", "USAELI", id="a former secretary of state"
        ),
    ]
)


def test_members_of_congress_keep_their_seats_as_rows_of_their_own():
    """A member of Congress named to the cabinet has the seat and the office as two rows: the
    seat's end is the day it was left, and a senator's seat begins the day after the House
    seat ended (Schiff), so no day of office reads as former."""
    kb = load_kb()
    rows = {(r.person_id, r.role): r for r in kb.people}
    assert rows[("lori-chavez-deremer", "representative")].end == "2025-01-03"
    assert rows[("adam-schiff", "representative")].end == "2024-12-08"
    assert rows[("adam-schiff", "senator")].start == "2024-12-09"
    assert (
        rows[("kelly-loeffler", "senator")].end
        < rows[("kelly-loeffler", "administrator of the Small Business Administration")].start
    )


def test_the_king_of_morocco_under_another_spelling():
    """ "Mohamed VI" (the spelling of Moroccan French) is the same king as "Mohammed VI"."""
    roles = load_kb().person_index()[normalise("Mohamed VI")]
    assert {(r.person_id, r.country, r.sector) for r in roles} == {("mohammed-vi", "MAR", "GOV")}
