"""Toponyms round 16 (issue #7, session 10): gazetteer coverage and toponym resolution.

Each rule has a table of our own sentences: what the toponym step (find_mentions + resolve, as
the Locator runs it) must read as a place, and what it must not.
"""

import pytest

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.toponym_resolution import Context, resolve
from eventwire.geo.toponyms import find_mentions


def places(coder, text: str) -> dict[str, tuple | None]:
    """Every place mention of the text: its (name, country, feature code), None if unplaced."""
    mentions = find_mentions(coder.nlp(text), load_gazetteer())
    resolve(mentions, Context(set()))
    return {
        m.text: m.place and (m.place.name, m.place.country, m.place.feature_code) for m in mentions
    }


# A town by its own name wins over a bigger one that has the name only as another spelling.
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The delegation arrived in Islamabad on Monday.", "Islamabad", ("Islamabad", "PAK")),
        ("Mining in Africa grew last year.", "Africa", ("Africa", "")),
        ("Protests spread across Asia and Africa.", "Africa", ("Africa", "")),
        ("We support the sovereignty of Georgia against Russia.", "Georgia", ("Georgia", "GEO")),
    ],
)
def test_a_place_by_its_own_name_over_an_old_spelling_of_another(coder, text, mention, expected):
    assert places(coder, text)[mention][:2] == expected


# A place's name before a document's or a format's word names the document; a person's name
# after a title is no place.
@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Russia never honoured the Minsk agreements, the minister said.", "Minsk"),
        ("The talks in the Normandy format resumed after a pause.", "Normandy"),
        ("Assistant Secretary Medina will meet regional leaders.", "Medina"),
        ("Officials from Mexico's Secretariat of Foreign Relations attended.", "Secretariat"),
    ],
)
def test_names_of_documents_people_and_bodies_are_no_places(coder, text, not_a_place):
    found = places(coder, text)
    assert not any(not_a_place in name for name in found), found


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The ministers held talks in Minsk on Friday.", "Minsk", "BLR"),
        ("Aircraft landed at Prince Sultan Air Base overnight.", "Prince Sultan Air Base", "SAU"),
    ],
)
def test_the_same_names_stay_places_where_they_are_places(coder, text, mention, country):
    assert places(coder, text)[mention][1] == country


# A Ukrainian town the news spells from its Russian name: the regular correspondences.
@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Krasnogorovka", "Krasnohorivka"),
        ("Novogrodovka", "Novohrodivka"),
        ("Starobelsk", "Starobilsk"),
        ("Khmelnitsky", "Khmelnytskyi"),
        ("Kurakhovo", "Kurakhove"),
    ],
)
def test_russian_spellings_of_ukrainian_towns_by_rule(written, name):
    found = load_gazetteer().lookup(written)
    assert found and (found[0].name, found[0].country) == (name, "UKR")


# An Arab town the news spells the English or French way (session 11).
@pytest.mark.parametrize(
    ("written", "country"),
    [("Khan Sheikhoun", "SYR"), ("Sheikh Miskeen", "SYR"), ("Deir el-Balah", "PSE")],
)
def test_english_spellings_of_arab_towns_by_rule(written, country):
    found = load_gazetteer().lookup(written)
    assert found and found[0].country == country


def test_arabic_respelling_is_for_arab_states_and_longer_names_only():
    assert load_gazetteer().lookup("Sheikhoun") == []  # one word: no rule tried


@pytest.mark.parametrize(("written", "country"), [("Paris", "FRA"), ("Gomel", "BLR")])
def test_the_spelling_rules_apply_to_misses_only(written, country):
    assert load_gazetteer().lookup(written)[0].country == country
    assert load_gazetteer().lookup("Tsumo") == []  # not a Slavic name: no rule tried


# Our rows: air bases, rivers, squares, reefs, world regions the news names.
@pytest.mark.parametrize(
    ("name", "country", "feature_class"),
    [
        ("Al Udeid Air Base", "QAT", "S"),
        ("Al Dhafra", "ARE", "A"),
        ("Qasrak air base", "SYR", "S"),
        ("Hmeimim", "SYR", "S"),
        ("Dnieper River", "UKR", "H"),
        ("Euphrates", "", "H"),
        ("Maidan Nezalezhnosti", "UKR", "S"),
        ("St. Peter's Square", "VAT", "S"),
        ("Whitsun Reef", "", "H"),
        ("Beaufort Castle", "LBN", "S"),
    ],
)
def test_our_rows_for_sites_rivers_and_regions(name, country, feature_class):
    found = load_gazetteer().lookup(name)
    assert found and (found[0].country, found[0].feature_class) == (country, feature_class)


def test_a_region_named_after_its_town_is_the_town_unless_the_text_says_region():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Kidal")[0].feature_class == "P"
    assert gazetteer.lookup("Kidal Region")[0].feature_code == "ADM1"


# Sites: a building the text puts in a known place, and a site's own words before its place.
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Gunmen attacked the Abdul Rahim Shahid school in Kabul on Tuesday.",
            "Abdul Rahim Shahid school",
            ("Kabul", "AFG"),
        ),
        (
            "Israeli forces capture the Beaufort medieval castle in Nabatieh Governorate, Lebanon.",
            "Beaufort",
            ("Beaufort", "LBN"),
        ),
    ],
)
def test_a_site_is_in_the_place_the_text_puts_it(coder, text, mention, expected):
    assert places(coder, text)[mention][:2] == expected


def test_a_building_without_its_place_is_a_bodys_name(coder):
    assert places(coder, "The Carter Center said the vote was fair.") == {}


# Names the tagger misreads, in a place's slot.
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Insurgents set fire to the entire village of Messanje, Chiúre.",
            "Chiúre",
            ("Chiúre", "MOZ", "PPL"),
        ),
        ("Malian troops withdraw from Kidal after the attacks.", "Kidal", ("Kidal", "MLI", "PPL")),
    ],
)
def test_a_known_town_where_the_text_expects_a_place(coder, text, mention, expected):
    assert places(coder, text)[mention] == expected


def test_a_nationality_is_still_no_place(coder):
    assert "Somali" not in places(coder, "Somali forces attacked the camp near Kismayo.")


def test_the_capital_after_an_attack_on_a_town_of_the_country(coder):
    text = (
        "An overnight Russian missile and drone attack on Kyiv, Ukraine, kills three people "
        "and causes fires across the capital."
    )
    assert places(coder, text)["the capital"][:2] == ("Kyiv", "UKR")


# A facility word after a name the tagger took alone: the facility is its town's.
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "A Ukrainian drone attack on Tuapse oil terminal in Krasnodar Krai, Russia, kills one.",
            "Tuapse oil terminal",
            ("Tuapse", "RUS"),
        ),
        (
            "Drones hit the Ryazan oil refinery overnight.",
            "Ryazan oil refinery",
            ("Ryazan’", "RUS"),
        ),
    ],
)
def test_a_terminal_or_refinery_named_after_its_town_is_that_town(coder, text, mention, expected):
    assert places(coder, text)[mention][:2] == expected


# Names sharing one plural unit word are each that unit; alone, the same name is the town.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian shelling hit the Kharkiv and Sumy regions overnight.",
            {"Kharkiv": "Kharkiv Oblast", "Sumy": "Sumy Oblast"},
        ),
        (
            "Putin recognised the independence of the Donetsk and Lugansk people's republics.",
            {"Donetsk": "Donetsk Oblast", "Lugansk": "Luhansk Oblast"},
        ),
        (
            "Drones hit targets in the Bryansk, Saratov, and Tula oblasts, Russia.",
            {"Bryansk": "Bryansk Oblast", "Saratov": "Saratov Oblast", "Tula": "Tula Oblast"},
        ),
        (
            "He met the governors of the Lviv, Volyn and Rivne regions.",
            {"Lviv": "Lviv Oblast", "Volyn": "Volyn Oblast", "Rivne": "Rivne Oblast"},
        ),
    ],
)
def test_names_sharing_a_plural_unit_word_are_regions(coder, text, expected):
    found = places(coder, text)
    assert {name: found[name][0] for name in expected} == expected


def test_a_name_alone_stays_the_town(coder):
    assert places(coder, "Russian shelling hit Kharkiv overnight.")["Kharkiv"][2] != "ADM1"


# One name, one place in an article: where the tagger later calls the town a person.
def test_a_town_named_again_is_the_same_place(coder):
    text = (
        "The envoy visited Frederick, Maryland, on Monday. Frederick is home to 3,700 "
        "businesses, and Frederick-based exporters met him."
    )
    mentions = find_mentions(coder.nlp(text), load_gazetteer())
    resolve(mentions, Context(set()))
    towns = [m for m in mentions if m.text == "Frederick"]
    assert len(towns) == 3 and {m.place.country for m in towns} == {"USA"}


def test_a_first_name_is_no_town_named_elsewhere(coder):
    text = "The envoy visited Frederick, Maryland. Frederick Douglass spoke there in 1860."
    assert [m.text for m in find_mentions(coder.nlp(text), load_gazetteer())].count(
        "Frederick"
    ) == 1


# Arabic place names opening with Tell, Khan, Beit, Deir... where a place is expected.
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Israeli strikes hit Khan Younis and Tell al-Sultan in the southern Gaza Strip.",
            "Tell al-Sultan",
            "PSE",
        ),
        ("Fighting continued near Tell Abyad and Khan Shaykhun in Syria.", "Khan Shaykhun", "SYR"),
    ],
)
def test_a_village_named_tell_or_khan_where_a_place_is_expected(coder, text, mention, country):
    assert places(coder, text)[mention][1] == country


def test_a_person_named_khan_is_no_village(coder):
    found = places(coder, "Tell Russia what you think, said Khan Mohammed in Kabul.")
    assert not any(name.startswith(("Khan", "Tell")) for name in found)
