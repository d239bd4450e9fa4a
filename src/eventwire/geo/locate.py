"""The Locator stage: where each event happened, read from the shared spaCy Doc.

Rules (docs/locations.md), in order:
1. "parse": a place tied to the event in the dependency parse: a locative preposition of
   the trigger or of its nouns ("strikes on Kharkiv", "talks in Istanbul", "protests in
   Tbilisi"), or the place a violent act or a visit is done to ("attacked Kyiv").
2. "sentence": else a place elsewhere in the event's sentence, the nearest in the parse. A
   verbal act (a statement, an appeal, a threat) takes only a place where its own verb, a
   verb above it or an adverbial clause of them happened ("speaking in Kyiv, ..."), or the
   meeting it was made at; never the place it talks about. An act reported by a speaker
   takes only places of what was reported ("Kirby said in Washington that Russia attacked
   Kyiv").
3. "article": else, for a physical act, the place the next sentence gives "the operation"
   ("The operation took place in X"); for fighting and withdrawal, the place of the previous
   sentence; for a verbal act right after a placed meeting of its party, that meeting's place.
4. "dateline": else, for statements and consultations (CAMEO 01-05), the dateline place;
   a meeting or visit placed in a country takes the dateline's town in that country (an
   uncoded act named by a gathering, "held a briefing session", counts as a meeting).
5. "actor": else, for coercion, assault and fighting (CAMEO 17-20) that the text places
   nowhere, the country the act was done to: its target's ("three Russian drones violated
   Romanian airspace", "41 Palestinians are killed"), or the reporting state's when a
   foreign party did it ("Kuwait's defence ministry says Iran hit three border posts"); a
   state's own arrests and crackdowns at home; whatever a court does.
Otherwise the location is None: no guess. A place that is an actor ("Moscow said", "Kyiv's
mayor", "the leaders of France", "U.S. bases", the event's source) or an attribute ("a
Marshall Islands-flagged tanker", "registered in Florida") is never the location; nor is an
origin ("rocket strikes from Pakistan") or a destination ("en route to Abu Dhabi") unless
the act moves there or away; an example ("..., including in Tyre") only as a last resort.

This module holds the stage and the order of the rules; each concern is a module beside it:
own_place (rules 1-2), not_a_place (the vetoes above), scene and gatherings (rule 3 and
statements placed where made), acted_on and at_home (rule 5), act_kinds, location_basics
and location_words (shared readings and word sets).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from time import perf_counter

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from eventwire.actors.article import home_country
from eventwire.geo.act_kinds import (
    _announces_force,
    _kind_by_object,
    _physical,
    _reports_a_clause,
    _root,
    _says_something,
    _sets_a_scene,
)
from eventwire.geo.acted_on import (
    _country_acted_on,
    _court_by_its_subject,
    _intercepts_a_projectile,
    _narrow_to_the_item_region,
)
from eventwire.geo.at_home import (
    _a_states_own_business,
    _decided_by_an_institution,
    _domestic_state,
    _its_own_ground,
    _office_of_a_state,
    _ordered_out,
)
from eventwire.geo.gatherings import (
    _carry_gathering_scene,
    _carry_meeting_places,
    _narrow_to_the_gathering_town,
    _place_at_named_gathering,
    _place_at_occasion,
)
from eventwire.geo.gazetteer import Gazetteer, Place, load_gazetteer
from eventwire.geo.location_basics import (
    _first_conjunct,
    _is_the_target,
    _location,
    _locative_prep,
    _most_specific,
    _sovereign,
    _trigger_tokens,
)
from eventwire.geo.location_words import MEETING_ROOTS, STATEMENT_ROOTS, WORD_LISTS
from eventwire.geo.not_a_place import (
    _at_a_coming_occasion,
    _held_place,
    _in_a_dated_clause,
    _in_a_purpose,
    _is_actor,
    _is_destination,
    _is_example,
    _is_origin,
    _protested_act,
    _qualifies_a_target,
    _said_elsewhere,
    _seat_of_a_court,
    _told_as_past,
    _whose_origin,
)
from eventwire.geo.own_place import (
    _coordinated_container,
    _sentence_place,
    _tied_to,
    _venue_town,
    _wider_than_a_list,
)
from eventwire.geo.place_mention import Mention
from eventwire.geo.scene import (
    _goes_on_at_the_scene,
    _kept_at_the_scene,
    _lead_trip_place,
    _place_home_council_meeting,
    _placed_next,
    _previous_sentence_place,
    _scene_place,
    _share_conjunct_place,
)
from eventwire.geo.toponym_resolution import Context, resolve
from eventwire.geo.toponym_words import country_words, nationality_countries
from eventwire.geo.toponyms import find_mentions
from eventwire.nlp.pipeline import text_of, token_columns, tokens_of
from eventwire.records import Article, Cameo, Event


class Locator:
    """Sets `event.location` for the events of one parsed article (reads the Doc only)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self.seconds = 0.0  # time spent here, for the throughput benchmark

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()  # lazily: --help and non-geo tools never pay
        return self._gazetteer

    def locate(self, article: Article, doc: Doc, events: list[Event]) -> list[Mention]:
        """Fill in `location` (a dict, or None when the text gives no place) on every event;
        returns the article's resolved place mentions (for `actors.places`)."""
        if not events:
            return []
        started = perf_counter()
        mentions = self.mentions(article, doc, events)
        dateline = self.dateline_place(article)
        lead = None if dateline is not None else _lead_trip_place(doc, mentions)
        release_state = self.home_place(article)
        news = release_state is None  # not a state's own release
        own = release_state.country if release_state is not None else None
        for event in events:
            event.location = locate_event(
                doc, event, mentions, dateline or lead, self.gazetteer.country, news, own
            )
            if lead is not None and event.location and event.location["method"] == "dateline":
                event.location["method"] = "article"  # the trip the release opens with
        _carry_meeting_places(events, mentions)
        _place_at_occasion(doc, events, mentions)
        _place_at_named_gathering(doc, events, mentions)
        _carry_gathering_scene(doc, events, mentions)
        _narrow_to_the_gathering_town(doc, events, mentions)
        _place_home_council_meeting(doc, events, self.home_place(article))
        _narrow_to_the_item_region(article, doc, events, mentions, self.gazetteer)
        _share_conjunct_place(doc, events)
        self.seconds += perf_counter() - started
        return mentions

    def mentions(self, article: Article, doc: Doc, events: Iterable[Event]) -> list[Mention]:
        """The article's place mentions, resolved with its actors' countries and dateline."""
        found = find_mentions(doc, self.gazetteer)
        actor_countries = {
            ref.country
            for e in events
            for ref in (e.source, e.target)
            if ref is not None and ref.country
        }
        nationalities = {
            iso3
            for ent in doc.ents
            if ent.label_ == "NORP" and (iso3 := nationality_countries().get(ent.text.lower()))
        }
        resolve(found, Context(actor_countries, self.dateline_place(article), nationalities))
        home = home_country(article.source, article.url)
        ground = self.gazetteer.country(home) if home else None
        if ground is not None:
            found = sorted([*found, *_home_ground(doc, ground)], key=lambda m: m.start)
        return found

    def home_place(self, article: Article) -> Place | None:
        """The state an official release speaks for, as the gazetteer's country."""
        home = home_country(article.source, article.url)
        return self.gazetteer.country(home) if home else None

    def dateline_place(self, article: Article) -> Place | None:
        """The dateline ("WASHINGTON", "Novo-Ogaryovo, Moscow Region"): its first known part."""
        where = article.place or article.extras.get("location") or article.extras.get("place")
        if not isinstance(where, str) or not where.strip():
            return None
        for part in where.split(","):
            found = self.gazetteer.lookup(part.strip())
            if found:
                return found[0]
        return None


# "rockets hit our cities", "a visit to our country": the ground an official release's own
# state calls its own (the nouns are `home_ground_nouns` of data/word_lists.tsv).
HOME_GROUND_NOUNS = WORD_LISTS["home_ground_nouns"]

OUR = get_string_id("our")  # (as `Doc.to_array(LOWER)` gives it)

# "President of Kazakhstan Kassym-Jomart Tokayev: ... our country": a transcript's turn label.
TURN_LABEL = re.compile(r"(?:^|(?<=[.!?…*\"”\s]))((?:[A-Z][\w.'’-]*\s){0,6}[A-Z][\w.'’-]*):\s")


def _home_ground(doc: Doc, home: Place) -> list[Mention]:
    """ "our country", "our land", "our cities" in a release of a state's own outlet: that
    state, at country level; not in a transcript turn of a foreign speaker, whose "our" is
    his own country."""
    foreign = None  # read only when an "our" + noun is found (most releases have none)
    found = []
    tokens = tokens_of(doc)
    for at in np.flatnonzero(token_columns(doc)[LOWER] == OUR).tolist():
        tok = tokens[at]
        if tok.dep_ != "poss" or tok.head.i <= tok.i:
            continue
        noun = tok.head
        if noun.lower_ not in HOME_GROUND_NOUNS:
            continue  # "our cities" are the state's; "our city" is one town
        if any(c.dep_ == "appos" or c.lower_ == "of" for c in noun.children):
            continue  # "our city of Mariupol": the name says which
        if foreign is None:
            foreign = _foreign_turns(text_of(doc), home.country)
        if any(start <= tok.idx < end for start, end in foreign):
            continue
        span = doc[tok.i : noun.i + 1]
        found.append(Mention(span.text, span.start_char, span.end_char, span, [home], home))
    return found


def _foreign_turns(text: str, home: str) -> list[tuple[int, int]]:
    """Character ranges of a transcript's turns whose speaker is labelled with another state
    ("President of Kazakhstan Kassym-Jomart Tokayev:"), or later by that label's last name."""
    words = country_words()
    labels = list(TURN_LABEL.finditer(text))
    foreign_names: set[str] = set()
    turns = []
    for k, label in enumerate(labels):
        name = label.group(1)
        lowered = name.lower()
        states = {iso3 for w, iso3 in words.items() if f" {w} " in f" {lowered} "}
        last = name.split()[-1]
        if states - {home}:
            foreign_names.add(last)
        elif last not in foreign_names:
            continue
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        turns.append((label.start(), end))
    return turns


def locate_event(
    doc: Doc,
    event: Event,
    mentions: list[Mention],
    dateline: Place | None,
    country: Callable[[str], Place | None] | None = None,
    news: bool = False,
    home: str | None = None,
) -> dict | None:
    """The location of one event by the rules above, or None. `country` (ISO3 → the
    gazetteer's country) enables rule 5, the country an act of force was done to. `news`: the
    text is a news item, not a state's own release (its paragraph tells one scene); `home`:
    the ISO3 of the state whose own release it is."""
    if not event.cameo.code and (_reports_a_clause(doc, event) or _says_something(doc, event)):
        # An uncoded "reaffirms that ...", "notifies the UN it will ...", "affirmed the
        # readiness of the United States to ...": a statement.
        event = replace(event, cameo=Cameo("010", "01", "Make statement"), quad_class=1)
    elif _announces_force(doc, event):
        # "Afghanistan announces attacks against Pakistani military positions": a statement
        # (the attacks are coded on their own trigger when the text names them as acts).
        event = replace(event, cameo=Cameo("010", "01", "Make statement"), quad_class=1)
    elif not event.cameo.code:
        kind = _kind_by_object(doc, event)
        if kind is not None:
            event = replace(event, cameo=kind, quad_class=4 if kind.root == "16" else 1)
        elif _decided_by_an_institution(doc, event) or _a_states_own_business(doc, event):
            # "The U.S. Senate votes on a resolution to end the tariffs on Canada": a vote is
            # where the chamber sits, not where its topic is (placed as a verbal act)
            event = replace(event, quad_class=1)
    found = _sovereign(_locate(doc, event, mentions, dateline, news))
    if found is not None and found["method"] == "article" and country is not None:
        # "The Houthis launch a missile from Yemen towards Israel. The Israeli military says
        # that the missile was intercepted": over the defender's ground, not the launcher's.
        home = _intercepts_a_projectile(doc, event) and _country_acted_on(event, doc)
        if home and home != found["country"]:
            found = None
    if found is None and country is not None:
        iso3 = (
            _country_acted_on(event, doc)
            or _domestic_state(event, doc, home)
            or _office_of_a_state(event, doc)
            or _court_by_its_subject(doc, event)
            or _its_own_ground(event, doc)
            or _ordered_out(event, doc)
        )
        place = country(iso3) if iso3 else None
        if place is not None:
            return _sovereign(
                {"text": None, "start": None, "end": None, **place.to_location(), "method": "actor"}
            )
    if (
        found is not None
        and dateline is not None
        and _root(event) in MEETING_ROOTS
        and found["feature_class"] == "A"
        and found["gazetteer_id"] != dateline.gazetteer_id
        and found["country"] == dateline.country
        and not dateline.is_country
        and (found["name"] == dateline.admin1 or _is_country_entry(found, country))
    ):
        # "The President arrived in China", datelined Beijing: the visit is in Beijing.
        return _sovereign(
            {"text": None, "start": None, "end": None, **dateline.to_location()}
            | {"method": "dateline"}
        )
    return found


def _is_country_entry(found: dict, country: Callable[[str], Place | None] | None) -> bool:
    """The location is a whole country (not one of its regions, which may not hold the
    dateline: "arrived in the republic" of Ingushetia, datelined Moscow)."""
    whole = country(found["country"]) if country is not None and found["country"] else None
    return whole is not None and whole.gazetteer_id == found["gazetteer_id"]


def _locate(
    doc: Doc, event: Event, mentions: list[Mention], dateline: Place | None, news: bool = False
) -> dict | None:
    sent_start = event.sentence_start
    sent_end = sent_start + len(event.sentence)
    in_sentence = [m for m in mentions if sent_start <= m.start < sent_end and m.place is not None]
    anchors = _trigger_tokens(doc, event)
    parties = [m for m in in_sentence if _is_actor(m, event)]
    # "Iran's Qeshm Island": a container, no party; weak beside the place it holds
    holders = {
        id(m)
        for m in parties
        if (held := _held_place(m, in_sentence)) is not None and held not in parties
    }
    parties = [m for m in parties if id(m) not in holders]
    usable = [
        m
        for m in in_sentence
        if m not in parties
        and not _qualifies_a_target(m, parties, event)
        and not _said_elsewhere(m, anchors)
        and not _in_a_dated_clause(m, anchors)
        and not _in_a_purpose(m, anchors)
        and not _at_a_coming_occasion(m, anchors)
    ]
    intercept = _intercepts_a_projectile(doc, event)  # "intercepts drones from Iran": origin
    origins = {
        id(m)
        for m in usable
        if _is_origin(m, event, anchors) or intercept and _locative_prep(m) == "from"
    }
    weak = (origins | holders) | {
        id(m)
        for m in usable
        if _is_example(m, anchors)
        or _is_destination(m, anchors)
        or _whose_origin(m, anchors)  # "three peacekeepers from Malawi are killed in X"
        or _protested_act(m, anchors, event)  # "protest against Israel's attacks in Gaza"
    }
    strong = [m for m in usable if id(m) not in weak]
    tied = [m for m in usable if anchors and _tied_to(m, anchors, event)]
    tied_strong = [m for m in tied if id(m) not in weak]
    if tied_strong:
        # "hit Sumy and Konotop": the event on Konotop is in Konotop.
        coordinated = len({_first_conjunct(m.root).i for m in tied_strong}) == 1
        own = [m for m in tied_strong if coordinated and _is_the_target(m, event.target)]
        if own:
            return _location(_most_specific(own), "parse")
        chosen = _wider_than_a_list(_most_specific(tied_strong), usable, event)
        return _location(_venue_town(_coordinated_container(chosen, usable), usable), "parse")
    seat = next((m for m in in_sentence if _seat_of_a_court(m, event.source, anchors)), None)
    if seat is not None:
        return _location(seat, "parse")  # "The Bangkok Criminal Court sentences ..."
    chosen = _sentence_place(strong, event, anchors)
    if chosen is not None:
        chosen = _coordinated_container(_wider_than_a_list(chosen, usable, event), usable)
        return _location(_venue_town(chosen, usable), "sentence")
    examples = [m for m in tied if _is_example(m, anchors)]
    if examples:
        return _location(_most_specific(examples), "parse")  # "..., including in Tyre"
    # Last resort: an example or a destination, never where a strike came from ("drones
    # launched from Yemen struck a town" did not strike Yemen).
    chosen = _sentence_place([m for m in usable if id(m) not in origins], event, anchors)
    if chosen is not None:
        return _location(chosen, "sentence")
    if not usable and _physical(event):
        later = _placed_next(doc, mentions, sent_end, event)
        if later is not None:
            return _location(later, "article")  # "... The operation took place in X."
    if not usable and not _told_as_past(anchors):
        scene = _sets_a_scene(event) or news and _goes_on_at_the_scene(doc, event)
        earlier = _previous_sentence_place(mentions, sent_start, event) if scene else None
        if earlier is not None and _kept_at_the_scene(event, earlier):
            return _location(earlier, "article")
    if not usable and not (event.cameo.root and event.cameo.root >= "14"):
        scene = _scene_place(doc, mentions, event)
        if scene is not None:
            return _location(scene, "article")  # "... The ceremony took place in Kyiv."
    if dateline is not None and (_root(event) in STATEMENT_ROOTS or event.quad_class == 3):
        # Statements, and verbal conflict too ("we will not let you down", coded a
        # rejection), were made where the release was.
        loc = dict(dateline.to_location())
        return {"text": None, "start": None, "end": None, **loc, "method": "dateline"}
    return None
