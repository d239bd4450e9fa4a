"""Session 13 knowledge-base rows: office holders and companies of 2015-2026 found by coverage
lists (heads of state and government, foreign ministers, US senators and governors, campaign
and party officials, chief executives, Russian, Ukrainian and Middle East officials).

A dated role decides the code on the article's day: a senator is LEG while in the Senate and
ELI (former) after; a prime minister is GOV only during the term. Sentences are our own."""

from __future__ import annotations

from actor_helpers import STATE, Text, mention_table

from eventwire.actors.kb import load_kb, normalise
from eventwire.actors.titles import pick_role


def _role_on(name: str, day: str) -> str | None:
    roles = load_kb().person_index().get(normalise(name), [])
    role = pick_role(roles, day, None)
    return role.role if role is not None else None


def test_a_senator_is_in_the_senate_only_during_the_term() -> None:
    # Sherrod Brown: senator for Ohio 2007-01-03 .. 2025-01-03
    assert _role_on("Sherrod Brown", "2016-05-02") == "senator"
    assert _role_on("Sherrod Brown", "2025-06-01") is None


def test_a_prime_minister_who_later_left_office_has_no_role_after() -> None:
    # Youssef Chahed, Tunisia's prime minister 2016-08-27 .. 2020-02-27
    assert _role_on("Youssef Chahed", "2018-03-01") == "prime minister"
    assert _role_on("Chahed", "2019-06-01") == "prime minister"
    assert _role_on("Youssef Chahed", "2022-03-01") is None


def test_one_person_two_offices_follow_the_date() -> None:
    # Kamala Harris: senator 2017-01-03 .. 2021-01-18, then vice president
    assert _role_on("Kamala Harris", "2018-05-01") == "senator"
    assert _role_on("Kamala Harris", "2022-05-01") == "vice president"


def test_new_companies_carry_their_home_state() -> None:
    kb = load_kb()
    org = kb.organizations[kb.org_index()[normalise("JPMorgan")]]
    assert (org.code, org.country, org.sector) == ("MNCJPM", "USA", "BUS")
    # a company whose short name is an everyday word is listed only by its full name
    assert normalise("Shell") not in kb.org_index()
    assert kb.org_index()[normalise("Shell plc")] == "shell"


test_session13_people_are_coded_on_the_day = mention_table(
    [
        Text("Sherrod Brown said the trade deal would cost Ohio factory jobs.").mention(
            "Brown", "2016-05-02", "USALEG", id="a sitting senator"
        ),
        Text("Sherrod Brown said the trade deal would cost Ohio factory jobs.").mention(
            "Brown", "2025-06-01", "USAELI", id="the same senator after his term"
        ),
        Text("Youssef Chahed announced new austerity measures in Tunis.").mention(
            "Chahed", "2018-03-01", "TUNGOV", id="a prime minister in office"
        ),
        Text("Jamie Dimon warned that interest rates could stay high for longer.").mention(
            "Dimon", "2024-04-15", "USABUS", id="a bank's chief executive"
        ),
        Text(
            "Secretary Blinken spoke with Romanian Foreign Minister Bogdan Aurescu. "
            "Aurescu thanked him for the support."
        ).mention("Aurescu", "2022-03-10", "ROUGOV", source=STATE, nth=1, id="a foreign minister"),
    ]
)
