"""Location classes of the fourth round (docs/locations.md), each on sentences written for it:
"the country" and "the strait" read back to what they stand for, sites and national ground
the tagger misses, origins and purposes that are not places, reports the tagger misparses,
what a doer says while acting, courts, and meetings seen from either side."""

from __future__ import annotations

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.toponyms import Context, find_mentions, resolve
from eventwire.records import Article, Cameo, Event, Plover, Span


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


# --- Round 5 (issue #7): classes that generalise to unseen text ---


def test_the_actor_rule_needs_an_act_done_at_home_or_a_court(coder):
    # A prosecutor's accusation is a statement about a place, not an act done in one.
    text = "Estonian prosecutors accuse Russian military intelligence of organising a sabotage."
    assert all(loc is None for loc in located(coder, text).values())
    # A navy's seizure of a foreign ship happens at sea, not in the navy's own country.
    text = "The French Navy seized a Liberian-flagged tanker on Tuesday."
    assert located(coder, text)["seized"] is None
    # An arrest by a state's own police is at home.
    text = "Georgian police arrested dozens of opposition protesters."
    loc = located(coder, text)["arrested"]
    assert (loc["country"], loc["method"]) == ("GEO", "actor")


def test_somali_member_states_and_towns_known_only_abroad(coder):
    text = "Somali federal forces and opposition militias clash in Hirshabelle."
    assert where(located(coder, text)["clash"]) == ("Hirshabelle", "SOM")
    assert places_in(coder, "Troops were deployed to South West State.")["South West State"] == (
        "South West State",
        "SOM",
    )
    # A namesake abroad: the Somali Balad by default, the Iraqi one in an Iraqi story.
    assert places_in(coder, "Somali troops regain control of Balad.")["Balad"] == ("Balad", "SOM")
    text = "Iraqi forces were attacked near Balad, north of Baghdad."
    assert where(located(coder, text)["attacked"]) == ("Balad", "IRQ")
    # A region written with its word: "X State", "X Region".
    assert (
        places_in(coder, "Fighting spread to Central Darfur State.")["Central Darfur State"][1]
        == "SDN"
    )


def test_an_airport_or_base_named_after_a_town_is_that_town(coder):
    loc = located(coder, "Drones struck Erbil International Airport overnight.")["struck"]
    assert (loc["name"], loc["country"], loc["text"]) == (
        "Erbil",
        "IRQ",
        "Erbil International Airport",
    )


def test_a_town_named_with_its_region_is_the_town(coder):
    text = "Russian troops entered the city of Bakhmut in Donetsk Oblast after weeks of fighting."
    doc = coder.nlp(text)
    events = coder.code_doc(Article(id="t", text=text), doc)
    placed = {e.location["name"] for e in events if e.location}
    assert "Donetsk Oblast" not in placed
    rows = located(coder, "Russian troops captured the Donetsk Oblast city of Bakhmut.")
    assert where(rows["captured"]) == ("Bakhmut", "UKR")
    # Settlements in a region: the act across them is in the region.
    text = "Authorities order evacuations across 30 settlements in northern Sumy Oblast."
    assert [where(loc) for loc in located(coder, text).values()] == [("Sumy Oblast", "UKR")]


def test_one_act_across_a_list_of_places_is_in_their_container(coder):
    text = (
        "Twenty militants are killed in raids in Bannu, Lakki Marwat, Tank and Kohat, in Pakistan."
    )
    assert where(located(coder, text)["killed"]) == ("Pakistan", "PAK")
    # A chain of containers is one place, not a list.
    text = "Russian drones struck a market in Pokrovsk, Donetsk Oblast, Ukraine."
    assert {where(loc) for loc in located(coder, text).values()} == {("Pokrovsk", "UKR")}
    # Each town struck keeps its own event.
    doc = coder.nlp("Russian missiles struck Kharkiv, Sumy and Odesa in Ukraine.")
    doc.user_data["eventwire_text"] = doc.text
    events = coder.code_doc(Article(id="t", text=doc.text), doc)
    assert {(e.target.text, e.location["name"]) for e in events} == {
        ("Kharkiv", "Kharkiv"),
        ("Sumy", "Sumy"),
        ("Odesa", "Odesa"),
    }


def test_the_next_sentence_may_say_where_the_operation_took_place(coder):
    text = (
        "Special forces capture a senior al-Shabaab commander and two aides. The operation took"
        " place in the Bulo Gaduud area near Kismayo."
    )
    loc = located(coder, text)["capture"]
    assert (loc["country"], loc["method"]) == ("SOM", "article")
    # Not from a sentence about something else.
    text = "Special forces capture a senior commander. The president later spoke in Kismayo."
    assert all(loc is None for loc in located(coder, text).values())


def test_a_place_of_an_act_told_about_a_participant_is_not_the_acts(coder):
    text = (
        "Police arrest four men suspected of taking part in the attacks on two villages in"
        " Mokwa, Niger State, Nigeria."
    )
    assert where(located(coder, text)["arrest"]) == ("Nigeria", "NGA")
    # People gathered somewhere are acted on there.
    text = "Police arrested protesters gathered in Tahrir Square in Cairo, Egypt."
    assert where(located(coder, text)["arrested"]) == ("Cairo", "EGY")


def test_an_uncoded_gathering_is_placed_as_a_meeting_at_the_dateline(coder):
    text = "The President held a briefing session with members of the Security Council."
    article = Article(id="t", text=text, place="Novo-Ogaryovo, Moscow Region")
    doc = coder.nlp(text)
    trigger = "held a briefing session"
    start = text.index(trigger)
    event = Event(
        event_id="t",
        article_id="t",
        sentence_index=0,
        sentence=text,
        sentence_start=0,
        date=None,
        date_precision="unknown",
        article_date=None,
        source=None,
        target=None,
        trigger=Span(trigger, start, start + len(trigger)),
        cameo=Cameo("", "", ""),
        plover=Plover(None),
        goldstein=0.0,
        quad_class=0,
        modality="asserted",
    )
    coder.locator.locate(article, doc, [event])
    assert (event.location["name"], event.location["method"]) == ("Novo-Ogaryovo", "dateline")
