"""Organisations the knowledge base does not know: what their names say they are.

A careful coder gives a body named in full ("the Office of Press Relations", "the National
Hockey League", "Good News International Ministries") the sector its institution word says
(sectors.tsv, kind `name`: an office, centre or service of a state GOV, a league or club
BUS, ministries REL) and the country its own words give, else the one country its sentence
gives, else the release's state or the article's country; a business in a text of several
countries, or a state body in a sentence of two, stays unresolved. A part of a force ("a
military convoy", kind `unit`) is a group of that force. Rows: `Text(text).mention(word, day,
expected)` (None: nobody), read with `code_at` as the coder reads an article."""

from __future__ import annotations

import pytest
from actor_helpers import WHITE_HOUSE, Text, mention_table

from eventwire.actors.kb import load_kb

# A state's office, centre, service or commission: GOV (an intelligence service SPY), of the
# country its name, its sentence, the release or the article gives.
test_state_bodies_take_the_sector_their_name_says = mention_table(
    [
        Text("The U.S. Centers for Disease Control and Prevention reports new cases.").mention(
            "Centers", "2026-07-24", "USAGOV", id="centres with their country"
        ),
        Text("For interview requests, please contact the Office of Press Relations.").mention(
            "Office", "2021-05-01", "USAGOV", source=WHITE_HOUSE, id="office of the release"
        ),
        Text("Kenya's Central Election Commission announces the results.").mention(
            "Commission", "2022-08-15", "KENGOV", id="commission with a possessive country"
        ),
        Text(
            "Heavy rain floods Dhaka, Bangladesh, and the National Disaster Service evacuates "
            "residents."
        ).mention("Service", "2025-07-01", "BGDGOV", id="service of the one country named"),
        Text("Sergei Naryshkin leads the Foreign Intelligence Service of Russia.").mention(
            "Service", "2022-05-01", "RUSSPY", id="intelligence service"
        ),
        Text(
            "A court in Germany convicted the man. The Higher Regional Court of Dresden said so."
        ).mention(
            "Court", "2025-09-30", "DEUJUD", id="a capitalised regional court is no vague group"
        ),
        # a state body in a sentence of two countries: whose?
        Text("The Border Service says Armenia and Azerbaijan exchanged fire overnight.").mention(
            "Service", "2022-09-13", None, id="state body in a sentence of two countries"
        ),
        # a name after "at" is the place, not the body
        Text("Fans gathered at the Kennedy Center in Washington on Sunday.").mention(
            "Center", "2024-05-01", None, id="a centre as a place"
        ),
    ],
)


# Churches, leagues and clubs: REL or BUS, of their own place or of the one country of the
# text; with several countries in the text, unresolved.
test_businesses_and_churches_need_one_country = mention_table(
    [
        Text("Gunmen attack Good News International Ministries in Kenya, killing two.").mention(
            "Ministries", "2025-04-01", "KENREL", id="ministries of a place: a church"
        ),
        Text("The National Hockey League suspends a Toronto player after a hit in Canada.").mention(
            "League", "2026-06-18", "CANBUS", id="league in a one-country text"
        ),
        Text("The National Hockey League fines the team after a brawl.").mention(
            "League", "2026-06-18", None, id="league with no country at all"
        ),
        Text(
            "The National Hockey League suspends a Swedish player after a game between the "
            "United States and Canada."
        ).mention("League", "2026-06-18", None, id="league in a text of several countries"),
    ],
)


# A part of a force takes the force's sector; with no force word it is nobody.
test_units_of_a_force = mention_table(
    [
        Text(
            "A military convoy is ambushed near Djibo, Burkina Faso, killing 20 soldiers."
        ).mention("convoy", "2025-05-01", "BFAMIL", id="military convoy"),
        Text("A police patrol is attacked in Peshawar, Pakistan.").mention(
            "patrol", "2025-05-01", "PAKCOP", id="police patrol"
        ),
        Text("Spain places the Military Emergencies Unit in command of the response.").mention(
            "Unit", "2026-07-24", "ESPMIL", id="military unit named in full"
        ),
        Text("An aid convoy reaches Gaza after weeks of delays.").mention(
            "convoy", "2025-05-01", None, id="aid convoy: nobody"
        ),
    ],
)


# An unknown person named after a state body with a country of its own is its official.
test_officials_of_named_bodies = mention_table(
    [
        Text("U.S. National Counterterrorism Center director Joe Kent resigns.").mention(
            "Kent", "2026-03-17", "USAGOV", id="director of a named centre"
        ),
        # (a club the base lacks: "Arsenal FC" is listed since session 17, GBR CVL)
        Text("Forest Green Rovers FC manager Tom Hale praises his players.").mention(
            "Hale", "2025-03-01", None, id="club official with no country"
        ),
    ],
)


def test_name_and_unit_words_are_never_scanned_as_phrases():
    """The `name` and `unit` rows of sectors.tsv are read only inside a name or a force's
    phrase: "office" alone ("took office") and "unit" alone code nobody."""
    kb = load_kb()
    names, units = kb.terms_of_kind("name"), kb.terms_of_kind("unit")
    assert names["league"] == "BUS" and names["ministries"] == "REL" and "convoy" in units
    from eventwire.actors.name_index import PhraseIndex

    index = PhraseIndex(kb)
    assert "office" not in index.entries and "convoy" not in index.entries


def test_loader_rejects_a_name_word_of_several_words(tmp_path):
    """A `name` or `unit` row is matched against one token: a phrase there is a data error,
    reported with its file and line."""
    from eventwire.actors.kb import KnowledgeBaseError, _read_sector_terms

    path = tmp_path / "sectors.tsv"
    path.write_text(
        "term\tsector\tkind\tnote\nleague\tBUS\tname\t\nhockey league\tBUS\tname\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"sectors.tsv:3: a name term is one"):
        _read_sector_terms(path, frozenset({"BUS"}))
