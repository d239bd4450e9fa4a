"""Toponyms, session 14 (helper L8): unit words in both orders, water named by its word, a
namesake against the article's countries, a town GeoNames puts in another region than the
text, peoples' names, "X-Y" spellings, "Washington, D.C.", and a few regions the gazetteer
lacked (Italy's regions, the emirates).

Our own sentences: what the toponym step (find_mentions + resolve, as the Locator runs it)
reads as each place, and what it must not read as one.
"""

import pytest

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.toponym_resolution import Context, resolve
from eventwire.geo.toponyms import find_mentions


def places(coder, text: str) -> dict[str, tuple | None]:
    """Every place mention of the text: its (name, country, feature class), None if unplaced."""
    mentions = find_mentions(coder.nlp(text), load_gazetteer())
    resolve(mentions, Context(set()))
    return {
        m.text: m.place and (m.place.name, m.place.country, m.place.feature_class) for m in mentions
    }


# A region named with its unit word after or before its name.
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Cholera cases rose sharply in the Province of Équateur, Democratic Republic of "
            "the Congo.",
            "Province of Équateur",
            ("Équateur Province", "COD", "A"),
        ),
        (
            "Security forces arrested two smugglers in the Al Anbar Governorate on Sunday.",
            "Al Anbar Governorate",
            ("Anbar Governorate", "IRQ", "A"),
        ),
        (
            "A fire broke out at a fuel depot in the Emirate of Fujairah overnight.",
            "Emirate of Fujairah",
            ("Fujairah", "ARE", "A"),
        ),
        (
            "Debris from an intercepted drone fell in the Fujairah emirate on Tuesday.",
            "Fujairah emirate",
            ("Fujairah", "ARE", "A"),
        ),
    ],
)
def test_a_region_by_its_unit_word_in_either_order(coder, text, mention, expected):
    assert places(coder, text)[mention] == expected


def test_the_bare_name_of_an_emirate_stays_its_town(coder):
    found = places(coder, "Ships queued outside the port of Fujairah as insurers raised rates.")
    assert found["Fujairah"] == ("Fujairah", "ARE", "P")


def test_a_state_named_as_an_emirate_is_no_region(coder):
    found = places(coder, "Envoys of the Islamic Emirate of Afghanistan met in Doha.")
    assert not any(name.startswith("Emirate") for name in found)


# Lakes and rivers the gazetteer lacks are water in the sentence's country.
@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Three anglers drowned after a squall on Lake Tahoe in the mountains of the "
            "United States.",
            "Lake Tahoe",
            ("Lake Tahoe", "USA", "H"),
        ),
        (
            "The toll of the Lake Kariba boat sinking in Zimbabwe rose to forty.",
            "Lake Kariba",
            ("Lake Kariba", "ZWE", "H"),
        ),
    ],
)
def test_water_by_its_word_takes_the_sentences_country(coder, text, mention, expected):
    assert places(coder, text)[mention] == expected


# A namesake in a country the article never names yields to one in a country it does.
def test_a_namesake_in_the_articles_country_wins(coder):
    text = (
        "Indonesia deported two Australians convicted of bringing heroin into Bali in 2019. "
        "They were flown to Sydney."
    )
    assert places(coder, text)["Bali"][:2] == ("Bali", "IDN")


def test_a_town_known_only_under_another_spelling_abroad_is_left_unknown(coder):
    text = "Soldiers also detained eleven people from Hebron, Nablus, Salim, and Tell."
    found = places(coder, text)
    assert found["Tell"] == ("Tell", "PSE", "P")  # not At Tall, Syria
    assert found["Salim"][1] == "PSE"


def test_a_spelling_with_a_hyphen_finds_the_spaced_name(coder):
    text = "Two tankers were struck in Iraqi territorial waters near the Al-Faw port area."
    assert places(coder, text)["Al-Faw port"][:2] == ("Al Fāw", "IRQ")


# A town GeoNames knows in another region than the one the text names is not that town.
def test_a_town_in_another_region_than_the_texts_is_a_namesake(coder):
    text = "Drones struck Kirovske Air Base in Kirovske Raion, Russian-occupied Crimea."
    found = places(coder, text)
    assert found["Kirovske Air Base"] == ("Kirovske Air Base", "UKR", "P")


def test_a_known_town_the_tagger_calls_an_organisation_is_placed_by_in(coder):
    text = "Shrapnel hit the terminal of Ramon Airport near Eilat in Southern District, Israel."
    found = places(coder, text)
    assert found["Eilat"][:2] == ("Eilat", "ISR")
    assert found["Ramon Airport"][1] == "ISR"  # not Ramon in the Philippines


# A people's name is never a place.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Eight people died in mudslides at Rohingya refugee camps in Cox's Bazar District, "
            "Bangladesh.",
            "Rohingya",
        ),
        ("Clashes broke out at Fulani settlements near Jos.", "Fulani"),
    ],
)
def test_a_peoples_name_is_no_place(coder, text, people):
    assert people not in places(coder, text)


def test_a_region_named_after_a_people_keeps_its_unit_word(coder):
    found = places(coder, "Fighting resumed in the Amhara region on Friday.")
    assert found["Amhara region"][:2] == ("Amhara Region", "ETH")


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("G20 ministers gathered in Apulia for two days.", "Apulia", ("Apulia", "ITA")),
        ("Wildfires forced evacuations across Sicily.", "Sicily", ("Sicily", "ITA")),
    ],
)
def test_italys_regions(coder, text, mention, expected):
    assert places(coder, text)[mention][:2] == expected


def test_a_town_by_its_own_name_stays_in_a_region_the_text_names_otherwise(coder):
    # GeoNames keeps Sevastopol apart from the Crimea region; its own name still names it.
    text = "Missiles hit two landing ships docked at Sevastopol Naval Base in occupied Crimea."
    assert places(coder, text)["Sevastopol Naval Base"][:2] == ("Sevastopol", "UKR")
