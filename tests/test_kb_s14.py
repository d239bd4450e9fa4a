"""Session 14 knowledge-base rows and short names (helper K7).

Rows for people the corpus names that the base lacked (found by counting the spaCy PERSON names
the resolver could not code in non-reserved items), end dates of late 2025 the base had only to
the month, and a surname the tagger reads as a common noun. A dated role decides the code on
the article's day. Sentences are our own."""

from __future__ import annotations

from actor_helpers import Text, mention_table

from eventwire.actors.kb import load_kb, normalise
from eventwire.actors.titles import pick_role


def _role_on(name: str, day: str) -> str | None:
    roles = load_kb().person_index().get(normalise(name), [])
    role = pick_role(roles, day, None)
    return role.role if role is not None else None


def test_tanzania_prime_minister_changes_on_the_day_parliament_confirmed_the_new_one() -> None:
    # Majaliwa to 2025-11-13, Mwigulu Nchemba (finance minister before) from that day
    assert _role_on("Kassim Majaliwa", "2025-11-05") == "prime minister"
    assert _role_on("Kassim Majaliwa", "2025-11-20") is None
    assert _role_on("Mwigulu Nchemba", "2024-06-01") == "finance minister"
    assert _role_on("Nchemba", "2025-11-20") == "prime minister"


def test_czech_foreign_minister_changes_with_the_new_government() -> None:
    # Lipavsky to 2025-12-15 (was written as 2025-12-01), Macinka from that day
    assert _role_on("Jan Lipavsky", "2025-12-10") == "foreign minister"
    assert _role_on("Jan Lipavsky", "2025-12-20") is None
    assert _role_on("Petr Macinka", "2026-02-01") == "foreign minister"


def test_budanov_moves_from_military_intelligence_to_the_presidents_office() -> None:
    assert _role_on("Kyrylo Budanov", "2025-06-01") == "head of military intelligence (HUR)"
    assert _role_on("Budanov", "2026-03-01") == "head of the Office of the President"


def test_buffett_stays_chairman_after_abel_takes_over_as_chief_executive() -> None:
    assert _role_on("Warren Buffett", "2025-06-01") == "chief executive of Berkshire Hathaway"
    assert _role_on("Warren Buffett", "2026-03-01") == "chairman of Berkshire Hathaway"
    assert _role_on("Greg Abel", "2025-06-01") is None
    assert _role_on("Greg Abel", "2026-03-01") == "chief executive of Berkshire Hathaway"


def test_a_governor_on_leave_has_no_office_during_the_leave() -> None:
    # Rocha Moya stepped aside 2026-05-01 and returned 2026-08-21
    assert _role_on("Rubén Rocha Moya", "2025-01-10") == "governor of Sinaloa"
    assert _role_on("Rocha Moya", "2026-06-15") is None
    assert _role_on("Rocha Moya", "2026-09-01") == "governor of Sinaloa"


test_people_the_corpus_names = mention_table(
    [
        Text("Richard Nixon once called the trip a week that changed the world.").mention(
            "Nixon", "2022-03-07", "USAELI", id="a past US president is former"
        ),
        Text("Deanne Criswell toured the flooded towns on Tuesday.").mention(
            "Criswell", "2022-09-20", "USAGOV", id="the FEMA administrator in office"
        ),
        Text("Carlos Mazón defended the regional response to the floods.").mention(
            "Mazón", "2024-11-15", "ESPGOV", id="a regional president before he resigned"
        ),
        Text("Herintsalama Rajaonarivelo named a new cabinet on Monday.").mention(
            "Rajaonarivelo", "2025-10-28", "MDGGOV", id="a prime minister named in 2025"
        ),
        Text("Sarah Mullally preached at the cathedral on Sunday.").mention(
            "Mullally", "2026-03-29", "GBRREL", id="the archbishop of Canterbury"
        ),
        Text("Shares of Halkbank fell after the ruling.").mention(
            "Halkbank", "2026-03-09", "MNCHLK", id="a company the base lacked"
        ),
        Text("Fighters from Jama'at Nasr al-Islam wal Muslimin attacked an army post.").mention(
            "Fighters", "2025-11-14", "REBJNM", id="JNIM as the news spells it"
        ),
    ]
)

# A surname that opens a sentence is sometimes tagged as a common noun, not a name: it is
# still the person named in full before.
INVENTOR = (
    "French inventor Marcel Zapata crossed the lake on a jet board on Sunday. "
    "Zapata flew across the water at over 100 mph."
)

test_a_surname_tagged_as_a_common_noun = mention_table(
    [
        Text(INVENTOR).mention(
            "Zapata", "2019-08-05", "FRACVL", nth=1, id="the surname after the full name"
        ),
        Text("Zapata flew across the water at over 100 mph.").mention(
            "Zapata", "2019-08-05", None, id="no person named before: nobody"
        ),
    ]
)
