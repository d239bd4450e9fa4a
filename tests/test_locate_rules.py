"""Location classes of the fourth round (docs/locations.md), each on sentences written for it:
"the country" and "the strait" read back to what they stand for, sites and national ground
the tagger misses, origins and purposes that are not places, reports the tagger misparses,
what a doer says while acting, courts, and meetings seen from either side."""

from __future__ import annotations

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.toponyms import Context, find_mentions, resolve
from eventwire.records import Article


def located(coder, text: str) -> dict[str, dict | None]:
    """Trigger text -> location (the last event wins when two share a trigger)."""
    doc = coder.nlp(text)
    doc.user_data["eventwire_text"] = text
    return {e.trigger.text: e.location for e in coder.code_doc(Article(id="t", text=text), doc)}


def where(loc: dict | None) -> tuple | None:
    return None if loc is None else (loc["name"], loc["country"])


def places_in(coder, text: str) -> dict[str, tuple]:
    mentions = find_mentions(coder.nlp(text), load_gazetteer())
    resolve(mentions, Context())
    return {m.text: m.place and (m.place.name, m.place.country) for m in mentions}


def test_the_country_is_the_state_named_before_it_not_the_one_acting_on_it(coder):
    rows = located(
        coder, "The Saudi defence ministry says that drones attacked areas across the country."
    )
    assert where(rows["attacked"]) == ("Saudi Arabia", "SAU")
    rows = located(
        coder, "The Lebanese health ministry says Israeli strikes on the country killed 40 people."
    )
    assert where(rows["strikes"]) == ("Lebanon", "LBN")  # not Israel, the attacker
    # Whoever enters or invades "the country" is not it; with no other state named, no place.
    assert places_in(coder, "Russian forces entered the country in 2022.") == {}
    # Its airspace or territory is ground, not a party: "the country's" is the place.
    rows = located(
        coder, "The Qatari aviation authority reopens the country's airspace to flights."
    )
    assert [where(loc) for loc in rows.values()] == [("Qatar", "QAT")]


def test_where_a_strike_came_from_is_not_where_it_hit(coder):
    rows = located(
        coder, "The Saudi military says that the country was attacked by drones coming from Iraq."
    )
    assert where(rows["attacked"]) == ("Saudi Arabia", "SAU")
    # Not even as a last resort; a smaller town struck (tagged ORG) is found instead.
    rows = located(coder, "Houthi drones launched from Yemen struck a cargo ship.")
    assert rows and all(loc is None for loc in rows.values())
    rows = located(coder, "Houthi drones launched from Yemen struck Eilat.")
    assert where(rows["struck"]) == ("Eilat", "ISR")


def test_of_two_coordinated_towns_struck_each_event_is_at_its_own(coder):
    doc = coder.nlp("Russian missiles hit Sumy and Konotop overnight.")
    doc.user_data["eventwire_text"] = doc.text
    events = coder.code_doc(Article(id="t", text=doc.text), doc)
    assert {(e.target.text, e.location["name"]) for e in events} == {
        ("Sumy", "Sumy"),
        ("Konotop", "Konotop"),
    }


def test_the_strait_is_the_one_named_before_or_the_one_by_the_articles_countries(coder):
    text = "Iran seized a tanker in the Strait of Hormuz. Later, Iran attacked ships in the strait."
    assert where(located(coder, text)["attacked"]) == ("Strait of Hormuz", None)
    assert where(located(coder, "Iranian boats attacked a tanker in the strait.")["attacked"]) == (
        "Strait of Hormuz",
        None,
    )
    text = "Chinese warships sailed through the strait, Taiwan's defence ministry said."
    assert where(located(coder, text)["sailed"]) == ("Taiwan Strait", None)
    # Two states on two straits' shores: no guess.
    rows = located(coder, "Iranian and Yemeni forces attacked ships in the strait.")
    assert rows and all(loc is None for loc in rows.values())


def test_a_name_before_a_site_word_is_a_place_whatever_the_tagger_says(coder):
    rows = located(coder, "Two soldiers were killed at the Qalandiya checkpoint.")
    assert where(rows["killed"]) == ("Qalandiya checkpoint", "PSE")
    text = "Gunmen attacked travellers along the Benin-Ore highway in Ondo State, Nigeria."
    assert where(located(coder, text)["attacked"]) == ("Benin-Ore highway", "NGA")
    # A known town before the word stays that town.
    assert where(located(coder, "Russian drones struck the Kharkiv highway.")["struck"]) == (
        "Kharkiv",
        "UKR",
    )
    # A hyphenated region name the tagger leaves untagged is read whole with its word.
    found = places_in(coder, "They met at the Syniohora State Residence in Ivano-Frankivsk region.")
    assert found["Ivano-Frankivsk region"] == ("Ivano-Frankivsk Oblast", "UKR")
    assert found["Syniohora State Residence"][1] == "UKR"


def test_a_nationality_on_a_states_ground_names_that_state(coder):
    rows = located(
        coder, "Armed men crossed into Iranian territory and clashed with border guards."
    )
    assert where(rows["clashed"]) == ("Iran", "IRN")
    assert "Israeli" not in places_in(coder, "Israeli officials said the talks had failed.")


def test_a_purpose_is_not_a_place(coder):
    from eventwire.evaluate.locations import GoldLocation, _stand_in
    from eventwire.geo.locate import locate_event

    text = "Indonesia agrees to join the international stabilization force for Gaza."
    doc = coder.nlp(text)
    start = text.index("join")
    gold = GoldLocation("c", "i", start, start + 4, "join", None, None, "", "", "no_place")
    event = _stand_in(Article(id="t", text=text), doc, gold, coder.extractor.lexicon)
    mentions = find_mentions(doc, load_gazetteer())
    resolve(mentions, Context())
    assert locate_event(doc, event, mentions, None) is None


def test_a_state_bodys_report_is_read_when_the_tagger_makes_reports_a_noun(coder):
    text = (
        "Bahrain's interior ministry reports damage at two hotels after an Iranian missile attack."
    )
    loc = located(coder, text)["attack"]
    assert (loc["country"], loc["method"]) == ("BHR", "actor")


def test_what_a_doer_says_while_acting_is_not_where_it_acts(coder):
    text = (
        "Azerbaijan protests Eritrea's detention of three ships, stating the ships entered"
        " Eritrean waters because of a storm."
    )
    rows = located(coder, text)
    assert rows["protests"] is None
    assert where(rows["detention"]) == ("Eritrea", "ERI")  # the detention may be there


def test_a_court_acts_in_its_own_country(coder):
    text = "An Iranian court sentenced a British journalist to ten years in prison."
    loc = located(coder, text)["sentenced"]
    assert (loc["country"], loc["method"]) == ("IRN", "actor")


def test_a_meeting_after_a_placed_one_takes_its_place_by_either_party(coder):
    text = (
        "The presidents of Poland and Lithuania held talks in Lviv. They were later met by the"
        " President of Ukraine."
    )
    loc = located(coder, text)["met"]
    assert (loc["name"], loc["method"]) == ("Lviv", "article")


def test_a_place_joined_to_a_participle_is_an_attribute(coder):
    rows = located(coder, "Thousands protested against the Russia-installed authorities on Sunday.")
    assert rows["protested"] is None  # who installed them, not where the protest was
