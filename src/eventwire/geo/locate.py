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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from time import perf_counter

from spacy.tokens import Doc, Span, Token

from eventwire.actors.article import home_country
from eventwire.datafiles import read_data_tsv, read_word_sets
from eventwire.events.attribution import cue_lemmas
from eventwire.geo.gazetteer import Gazetteer, Place, load_gazetteer
from eventwire.geo.toponyms import (
    TERRITORY_NOUNS,
    VESSEL_NOUNS,
    Context,
    Mention,
    contains,
    country_words,
    find_mentions,
    nationality_countries,
    resolve,
)
from eventwire.nlp.pipeline import text_of, tokens_of
from eventwire.records import ActorRef, Article, Attribution, Cameo, Event

# The lexical word lists of the rules below (data/word_lists.tsv); grammatical sets stay here.
WORD_LISTS = read_word_sets("eventwire.geo", "word_lists.tsv")
STATEMENT_ROOTS = {"01", "02", "03", "04", "05"}
# Meetings, visits and cooperation: done where the leaders are, which a dateline in the same
# country names more precisely than "in China".
MEETING_ROOTS = {"03", "04", "05"}
# Acts done to a country's people, forces or territory: where the text names no place, they
# happened in that country ("Iranian drones injured Kuwaiti guardsmen").
ACTOR_PLACED_ROOTS = {"17", "18", "19", "20"}
ASSAULT_ROOTS = {"18", "19", "20"}
ABROAD_SECTORS = {"MIL", "PRM", "REB", "UAF", "SPY", "REF"}  # also hit where they deploy or fled
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP"}  # a state reporting on its own country
# Coercion a state does to its own people, at home: arrests and detentions (173), expulsions
# (174), repression and crackdowns (175). Not seizures (171: "the US Navy seizes an
# Iranian-flagged ship" at sea) or blockades, which states also do abroad.
HOME_COERCION_CODES = ("173", "174", "175")
# Arrests and detentions (173) and expulsions (174) by a state itself or its civil arms:
# done on its own ground, whoever the target ("China arrests three Filipinos"); not by its
# armed forces, which also arrest where they deploy.
ARREST_CODES = ("173", "174")
CIVIL_SECTORS = {"", "GOV", "COP", "JUD", "LEG"}
# Roots of acts that may be a state's own business at home (statements such as "signed the
# Executive Order", intents, cooperation, yielding: "release 51 prisoners"); not appeals,
# demands, criticism, threats, protests, sanctions or force, which are about someone else.
DOMESTIC_ROOTS = {"", "01", "03", "05", "06", "07", "08"}
FOREIGN_POLICY_LEMMAS = WORD_LISTS["foreign_policy_lemmas"]
# Heads of a doer naming a state's own institution ("the Ukrainian government", "Kuwait's
# National Assembly"); a person ("Vladimir Putin signed the Executive Order") may be abroad.
INSTITUTION_NOUNS = WORD_LISTS["institution_nouns"]
MEMBER_NOUNS = WORD_LISTS["member_nouns"]  # "members of Guyana's National Assembly elect ..."
EXCHANGE_LEMMAS = WORD_LISTS["exchange_lemmas"]  # prisoners swapped between two states
TRAILING_POSS = {"'s", "’s", "'", "’"}
PROJECTILE_NOUNS = WORD_LISTS["projectile_nouns"]
NAVAL_WORDS = WORD_LISTS["naval_words"]
AIRCRAFT_NOUNS = WORD_LISTS["aircraft_nouns"]
MOVER_WORDS = VESSEL_NOUNS | AIRCRAFT_NOUNS | PROJECTILE_NOUNS - {"attack", "wave"}
COURT_WORDS = WORD_LISTS["court_words"]
WARRANT_NOUNS = WORD_LISTS["warrant_nouns"]  # issued where the issuer sits, not the wanted
# A state body reporting (rule 5, when the attribution stage found no speaker).
REPORT_LEMMAS = WORD_LISTS["report_lemmas"]
STATE_BODY_NOUNS = WORD_LISTS["state_body_nouns"]
# Acts whose target, when it is a place, is where they happen ("shelled Kharkiv").
PLACE_TARGET_ROOTS = {"14", "15", "17", "18", "19", "20"}
VISIT_LEMMAS = WORD_LISTS["visit_lemmas"]
# Verbs of going into or taking ground: their object is where a physical act is ("troops
# enter the city of Pokrovsk", "rebels capture Goma"), as for an act of force.
ENTRY_LEMMAS = WORD_LISTS["entry_lemmas"]
VERBAL_QUADS = {1, 3}
# Acts done somewhere physically (aid, withdrawal, protest, force, violence); the others
# (statements, talks, sanctions, bans, cuts in relations) are placed only where the text
# says they were done, never by the places they are about.
PHYSICAL_ROOTS = {"06", "07", "08", "14", "15", "17", "18", "19", "20"}
ADMINISTRATIVE_CODES = ("172", "16")
# Prepositions of passage: a statement or an appeal is never made "through" or "into" a place.
PASSAGE_PREPS = {"through", "into", "via", "along", "toward", "towards", "onto"}
NOT_LOCATIVE = {"with", "by", "for", "about", "regarding", "between", "than", "like", "as"}
ACTOR_NOUNS = WORD_LISTS["actor_nouns"]
METONYM_DEPS = {"nsubj", "poss", "csubj", "agent"}
MODIFIER_DEPS = {"compound", "nmod", "amod"}
# Prepositions that name a party, never a place: "by", "with", "between" ("against" names
# a target, which for an attack is its place: "attacks against Gaza").
PARTY_PREPS = {"by", "with", "between", "than", "like", "as"}
# Prepositions that give a physical act's place even when it names the target: "withdraw
# from Tessalit", "evacuate citizens from South Africa", "troops into Kursk".
PHYSICAL_PREPS = {"in", "at", "from", "on", "into", "inside", "outside", "near", "across"}
# Acts that move away from a place: "from X" is where they happen. For any other act "from
# X" is where it came from ("rocket strikes from Pakistan" hit Afghanistan).
ORIGIN_ROOTS = {"15", "17", "18", "19", "20"}
# "X-flagged ship", "Iran-backed militia": a place joined to these names an owner or sponsor.
HYPHEN_ROLES = WORD_LISTS["hyphen_roles"]
# "registered in X", "based in X", "born in X": an attribute of someone, not where they act.
ATTRIBUTE_VERBS = WORD_LISTS["attribute_verbs"]
# Acts that move something to a place: "to X" is where they happen ("returned bodies to
# Ukraine", "sent troops to Kursk"); for other acts "to X" is only a destination.
TOWARD_LEMMAS = WORD_LISTS["toward_lemmas"]
AWAY_LEMMAS = WORD_LISTS["away_lemmas"]
# Verbs whose object is the ground left ("leave Spain", "flee the country", "abandon Kherson").
LEAVING_LEMMAS = WORD_LISTS["leaving_lemmas"]
# Verbs of being sent off: "from X" on them is where a strike came from, whatever the act
# ("14 missiles and four drones coming from Iran", "drones launched from Yemen").
LAUNCH_LEMMAS = WORD_LISTS["launch_lemmas"]
# "the battle for Bakhmut": a place fought over is where the fighting is.
FOUGHT_OVER_NOUNS = WORD_LISTS["fought_over_nouns"]
# A place inside "including ..." is one example of a wider act ("strikes across Ukraine,
# ..., including ... in Zaporizhzhia"), unless the event itself is in that phrase.
EXAMPLE_WORDS = WORD_LISTS["example_words"]
# Nouns that carry a place along without being an act: "the city of Kharkiv".
PLACE_NOUNS = WORD_LISTS["place_nouns"]
# Most specific first: a town over its region over its country.
SPECIFICITY = {"P": 0, "S": 0, "H": 1, "L": 1, "T": 1, "A": 1}
MAX_CLIMB = 6
# How far back (characters) an earlier sentence's place still sets the scene ("article").
ARTICLE_REACH = 400
LIST_MIN = 3  # places in a list one act spans; of two, the gold sets keep the first
# Nouns that carry their place to a verbal or administrative act done on or at them: "reopen
# its embassy in Kabul", "sign the deal at the summit in Kuala Lumpur", "after talks in Jeddah".
SITED_NOUNS = WORD_LISTS["sited_nouns"]


# "The operation took place in X", "the attack occurred near X": the next sentence places
# the act just told.
HAPPEN_LEMMAS = WORD_LISTS["happen_lemmas"]
SCENE_NOUNS = WORD_LISTS["scene_nouns"]
# Words of a gathering: an act named by one is a meeting, whatever the lexicon coded.
GATHERING_NOUNS = WORD_LISTS["gathering_nouns"]
# What a release says "took place" or "was held" somewhere: its own acts were done there.
SCENE_GATHERINGS = GATHERING_NOUNS | {"event", "conversation", "visit", "forum", "celebration"}
SCENE_VERBS = WORD_LISTS["scene_verbs"]  # "the ceremony took place", "the meeting was held"
QUOTE_MARKS = {'"', "\u201c", "\u201d"}
REMOTE_WORDS = WORD_LISTS["remote_words"]
# Words of a trip or a gathering whose place a release's first sentence gives.
TRIP_WORDS = WORD_LISTS["trip_words"]  # not "invited to the summit in X"
# Verbs of a meeting the release opens with: "met with X in Kyiv" sets the scene.
LEAD_MEETING_VERBS = {"meet", "visit"}
# How far after a placed gathering its sentences still tell what was done there.
SCENE_REACH = 600
PARTICIPANT_NOUNS = WORD_LISTS["participant_nouns"]  # "with the Prime Minister" named again
SIDES_NOUNS = WORD_LISTS["sides_nouns"]  # "the interlocutors", "all parties" as a subject
CALL_WORDS = WORD_LISTS["call_words"]  # a call is no gathering: "also spoke by phone"
SANCTION_NOUNS = WORD_LISTS["sanction_nouns"]  # an uncoded verb on these is a sanction
STATING_LEMMAS = WORD_LISTS["stating_lemmas"]  # uncoded, these state: "affirmed its readiness"
# Titles a release calls its speaker by: "the President said", "the Head of State stressed".
SPEAKER_TITLES = {
    "president",
    "head",
    "minister",
    "adviser",
    "advisor",
    "chairman",
    "spokesperson",
    "leader",
}
# Words of a message: an act named by one ("sent greetings", "a message of condolences") is
# a statement, whatever the lexicon coded.
MESSAGE_NOUNS = WORD_LISTS["message_nouns"]
PURPOSE_NOUNS = WORD_LISTS["purpose_nouns"]  # "in an effort to ..."
PURPOSE_VERBS = WORD_LISTS["purpose_verbs"]  # "a deal aimed at ...", "a flotilla seeking to ..."
PAST_WORDS = WORD_LISTS["past_words"]
# What is delivered or made as a statement: "delivered the main report", "made a speech".
SPEECH_NOUNS = WORD_LISTS["speech_nouns"]
# A state's port or coast is its ground, not a party: "facilities in Oman's Duqm port".
HELD_SITE_NOUNS = WORD_LISTS["held_site_nouns"]
# "sign a Defense Agreement in Riyadh": the tagger hangs the place on the document signed.
SIGNED_NOUNS = WORD_LISTS["signed_nouns"]
SIGN_LEMMAS = WORD_LISTS["sign_lemmas"]
# "This was stated by X during a briefing in Lviv": a sentence that says where a statement
# was made (the verb, with "this" as its object or passive subject).
OCCASION_VERBS = WORD_LISTS["occasion_verbs"]
OCCASION_NOT_PREPS = {"by", "of", "for", "about", "with", "to", "from", "against", "than"}
# "after talks in Jeddah", "at the summit in X": when a verbal act happened at a meeting.
SITED_PREPS = {"at", "after", "during", "on", "following", "before", "in"}


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
        for event in events:
            event.location = locate_event(
                doc, event, mentions, dateline or lead, self.gazetteer.country
            )
            if lead is not None and event.location and event.location["method"] == "dateline":
                event.location["method"] = "article"  # the trip the release opens with
        _carry_meeting_places(events, mentions)
        _place_at_occasion(doc, events, mentions)
        _place_at_named_gathering(doc, events, mentions)
        _carry_gathering_scene(doc, events, mentions)
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
# A state's ground an act on it is inside ("breaches Romanian airspace"; not a border, which
# two states share): as the act's object, the place whatever the act was coded.
INSIDE_GROUND_NOUNS = WORD_LISTS["inside_ground_nouns"]
# "President of Kazakhstan Kassym-Jomart Tokayev: ... our country": a transcript's turn label.
TURN_LABEL = re.compile(r"(?:^|(?<=[.!?…*\"”\s]))((?:[A-Z][\w.'’-]*\s){0,6}[A-Z][\w.'’-]*):\s")


def _home_ground(doc: Doc, home: Place) -> list[Mention]:
    """ "our country", "our land", "our cities" in a release of a state's own outlet: that
    state, at country level; not in a transcript turn of a foreign speaker, whose "our" is
    his own country."""
    foreign = _foreign_turns(doc.text, home.country)
    found = []
    for tok in doc:
        if tok.lower_ != "our" or tok.dep_ != "poss" or tok.head.i <= tok.i:
            continue
        noun = tok.head
        if noun.lower_ not in HOME_GROUND_NOUNS:
            continue  # "our cities" are the state's; "our city" is one town
        if any(c.dep_ == "appos" or c.lower_ == "of" for c in noun.children):
            continue  # "our city of Mariupol": the name says which
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
) -> dict | None:
    """The location of one event by the rules above, or None. `country` (ISO3 → the
    gazetteer's country) enables rule 5, the country an act of force was done to."""
    if not event.cameo.code and (_reports_a_clause(doc, event) or _says_something(doc, event)):
        # An uncoded "reaffirms that ...", "notifies the UN it will ...", "affirmed the
        # readiness of the United States to ...": a statement.
        event = replace(event, cameo=Cameo("010", "01", "Make statement"), quad_class=1)
    elif not event.cameo.code:
        kind = _kind_by_object(doc, event)
        if kind is not None:
            event = replace(event, cameo=kind, quad_class=4 if kind.root == "16" else 1)
        elif _decided_by_an_institution(doc, event):
            # "The U.S. Senate votes on a resolution to end the tariffs on Canada": a vote is
            # where the chamber sits, not where its topic is (placed as a verbal act)
            event = replace(event, quad_class=1)
    found = _sovereign(_locate(doc, event, mentions, dateline))
    if found is not None and found["method"] == "article" and country is not None:
        # "The Houthis launch a missile from Yemen towards Israel. The Israeli military says
        # that the missile was intercepted": over the defender's ground, not the launcher's.
        home = _intercepts_a_projectile(doc, event) and _country_acted_on(event, doc)
        if home and home != found["country"]:
            found = None
    if found is None and country is not None:
        iso3 = (
            _country_acted_on(event, doc)
            or _domestic_state(event, doc)
            or _court_by_its_subject(doc, event)
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


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    return {r["territory"]: r["state"] for r in read_data_tsv("eventwire.geo", "dependencies.tsv")}


def _sovereign(location: dict | None) -> dict | None:
    """A location's country is the recognised state: "Greenland is Denmark's" (Nuuk too)."""
    if location is not None and location.get("country") in _sovereigns():
        return {**location, "country": _sovereigns()[location["country"]]}
    return location


def _reports_a_clause(doc: Doc, event: Event) -> bool:
    """The trigger is a verb with a clause of its own as complement ("reaffirms that the
    strait stays open", "notifies the UN it will withdraw"): it says something."""
    head = _trigger_head(doc, event)
    if head is None or _gathering(event.trigger.text) or _message(event.trigger.text):
        return False
    if head.pos_ != "VERB":
        return False
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    said_that = after is not None and after.lower_ == "that" and after.pos_ == "SCONJ"
    return said_that or any(c.dep_ == "ccomp" for c in head.children)


def _says_something(doc: Doc, event: Event) -> bool:
    """An uncoded verb of stating with a noun object ("affirmed the continued readiness",
    "underscored the importance", "reiterated its commitment"): a statement, not a material
    act that could take any place of its sentence."""
    head = _trigger_head(doc, event)
    return (
        head is not None
        and head.pos_ == "VERB"
        and head.lemma_.lower() in (_speech_lemmas() | STATING_LEMMAS)
        and not any(t.lower_ in CALL_WORDS for t in head.subtree)  # "spoke on the telephone"
    )


def _kind_by_object(doc: Doc, event: Event) -> Cameo | None:
    """An uncoded verb whose object is a gathering or a speech is a meeting or a statement:
    "The President **took part** in the expanded meeting of the Interior Ministry Board",
    "attended the summit", "during our talks, we **reviewed** ..." (a meeting); "the
    Minister **delivered** the main report" (a
    statement). Placed as such: where it was held or said, else the release's dateline."""
    head = _trigger_head(doc, event)
    if head is None or head.pos_ != "VERB":
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "during"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    objects += [c for c in head.children if c.dep_ == "nsubjpass"]
    if head.dep_ in {"relcl", "acl"}:
        objects.append(head.head)  # "the sanctions that have been imposed on Russia"
    words = {o.lower_ for o in objects}
    if words & SANCTION_NOUNS:
        # "sanctions ... imposed on Russia": a sanction is not done where its target is
        return Cameo("163", "16", "Impose embargo, boycott, or sanctions")
    if words & GATHERING_NOUNS:
        return Cameo("040", "04", "Consult")
    if words & (MESSAGE_NOUNS | SPEECH_NOUNS):
        return Cameo("010", "01", "Make statement")
    return None


@lru_cache(maxsize=1)
def _domestic_words() -> dict[str, frozenset[str]]:
    """domestic_acts.tsv by kind: verb, object, decision, office."""
    rows = read_data_tsv("eventwire.geo", "domestic_acts.tsv")
    kinds = {r["kind"] for r in rows}
    return {k: frozenset(r["word"] for r in rows if r["kind"] == k) for k in kinds}


def _decided_by_an_institution(doc: Doc, event: Event) -> bool:
    """An uncoded verb of deciding ("votes", "passes", "approves", "elects") whose subject is a
    legislature, cabinet or council ("The Iraqi parliament approves", "The European Parliament
    adopts"): the chamber's own act, not a material one. (A state named bare is left as it
    was: "Kuwait approves the Kuwait–Pakistan Defence Cooperation Agreement".)"""
    head = _trigger_head(doc, event)
    return (
        head is not None
        and head.lemma_.lower() in _domestic_words().get("decision", frozenset())
        and _institution_subject(head) is not None
    )


def _trigger_head(doc: Doc, event: Event) -> Token | None:
    """The root of the trigger's tokens (None when the trigger is not on token bounds)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return None if span is None else span.root


def _institution_subject(head: Token) -> Token | None:
    """The subject of the trigger (or of the verb it is the complement or conjunct of) when
    it is a state institution: "the parliament", "Opposition members of Guyana's National
    Assembly" (its members), "the bill is passed by the Senate" (the agent)."""
    tok = head
    for _ in range(3):
        children = list(tok.children)
        if tok.pos_ == "NOUN":  # "the approval of the agreement by the cabinet": the parse
            children += [  # may hang "by" on the object of "of"
                c for o in tok.children if o.lower_ == "of" for g in o.children for c in g.children
            ]
        for child in children:
            if child.dep_ == "agent" or (
                child.dep_ == "prep" and child.lower_ == "by" and tok.pos_ == "NOUN"
            ):  # "the bill is passed by the Senate", "the approval ... by the war cabinet"
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ == "compound" and child.i < tok.i and tok.pos_ == "VERB":
                pass  # the tagger's "The U.S. Senate votes": the subject read as a compound
            elif child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() not in {"elect", "reelect"}:
                continue  # "a bill is passed": the bill, not the chamber
            if child.lemma_.lower() in MEMBER_NOUNS:
                of = [g for c in child.children if c.lower_ == "of" for g in c.children]
                child = of[0] if of else child
            known = INSTITUTION_NOUNS | _national_chambers().keys()
            return child if child.lemma_.lower() in known else None
        if tok.dep_ not in {"xcomp", "conj"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


@lru_cache(maxsize=1)
def _national_chambers() -> dict[str, str]:
    """A chamber whose name is its state's own ("the Knesset", "the Bundestag"): name → ISO3
    (word_lists.tsv, set national_chambers, the country in the note column)."""
    rows = read_data_tsv("eventwire.geo", "word_lists.tsv")
    return {r["word"]: r["note"] for r in rows if r["set"] == "national_chambers"}


def _state_of_institution(noun: Token) -> str | None:
    """The one country an institution is named with: "Serbia's parliament", "The Iraqi
    parliament", "The United States Senate", "the Parliament of Georgia"."""
    if noun.lower_ in _national_chambers():
        return _national_chambers()[noun.lower_]  # "The Knesset passes a bill"
    words = country_words()
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ != "det" and not t.is_punct]
    names = [t.lower_ for t in before if t.lower_ not in TRAILING_POSS]
    candidates = [
        " ".join(names[i:j]) for i in range(len(names)) for j in range(i + 1, len(names) + 1)
    ]
    candidates += [
        " ".join(t.lower_ for t in g.subtree if t.dep_ != "det")
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found = {words[c] for c in candidates if c in words}
    return found.pop() if len(found) == 1 else None


def _domestic_state(event: Event, doc: Doc) -> str | None:
    """A state's own business at home, when the text names no place: its government signs a
    decree or a law, ratifies, appoints, holds elections, frees its prisoners, finalises
    reforms ("Ukraine finalizes military reforms" → Ukraine; "Cuba announces plans to release
    51 prisoners" → Cuba). Not its forces (which act abroad), nor an act with a foreign
    target or about sanctions or treaties ("signs an executive order imposing sanctions on
    the ICC": no place)."""
    if event.cameo.root not in DOMESTIC_ROOTS or event.cameo.code.startswith("16"):
        return None
    head = _trigger_head(doc, event)
    if head is None:
        return None
    lists = _domestic_words()
    verbs, objects = lists["verb"], lists["object"]
    if head.lemma_.lower() in EXCHANGE_LEMMAS:
        return None  # "Russia and Ukraine swap 146 prisoners": two states' act
    if head.lemma_.lower() in lists.get("decision", frozenset()) | lists.get("office", frozenset()):
        home = _decided_at_home(event, head, head.lemma_.lower() in lists.get("office", ()))
        if home is not None:
            return home  # else as any act: "Germany approves reforms to its heating law"
    if head.lemma_.lower() not in verbs and not any(
        c.dep_ in {"dobj", "nsubjpass", "attr"} and _object_words(c) & objects
        for c in head.children
    ):
        return None
    if any(t.lemma_.lower() in FOREIGN_POLICY_LEMMAS for t in head.subtree):
        return None
    doer = event.source
    if doer is not None:
        if not doer.country or (doer.sector or "") not in CIVIL_SECTORS:
            return None
        iso3 = doer.country if _a_state_body(doer) else None
    else:
        iso3 = _subject_state(head)
    target = event.target
    if iso3 is None or target is not None and target.code and target.country != iso3:
        return None  # a foreign or international party: not the state's own business
    return iso3


def _decided_at_home(event: Event, head: Token, office: bool) -> str | None:
    """A state's chamber, cabinet or council decides at home, whatever it decides on ("The
    Iraqi parliament approves Ali al-Zaidi as prime minister" → Iraq; "The U.S. House of
    Representatives votes to sanction the ICC" → the United States); an office is left or
    taken in its state ("Acting South Korean President Han Duck-soo resigns" → South Korea).
    Not a country named bare ("Russia votes against the resolution" is a vote at the UN), a
    person named without the state ("Paschal Donohoe is re-elected President of the
    Eurogroup"), nor an act with a foreign party as its coded target."""
    doer = event.source
    if doer is not None:
        if not doer.country or (doer.sector or "") not in CIVIL_SECTORS:
            return None
        words = doer.text.lower().replace("'s", " ").replace("’s", " ").split()
        named = {country_words().get(w) for w in words} | {
            country_words().get(" ".join(words[i : i + 2])) for i in range(len(words) - 1)
        }
        institution = bool(words) and words[-1] in INSTITUTION_NOUNS
        if not institution and not (office and doer.country in named):
            return None
        iso3 = doer.country
    else:
        subject = _institution_subject(head)
        iso3 = _state_of_institution(subject) if subject is not None else None
    target = event.target
    if iso3 is None or target is not None and target.code and target.country != iso3:
        return None
    return iso3


def _a_state_body(ref: ActorRef) -> bool:
    """The doer is named as the state itself or one of its institutions ("Cuba", "the
    Iranian government", "the Supreme National Security Council"), not as a person."""
    words = [w for w in ref.text.lower().replace("'s", " ").split() if w not in {"the", "its"}]
    if not words:
        return False
    return " ".join(words) in country_words() or words[-1] in INSTITUTION_NOUNS


def _object_words(tok: Token) -> set[str]:
    """ "reforms" → {"reform"}; "the Executive Order" → {"order", "executive order"}."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s"):
        lemma = lemma[:-1]  # "signed Decrees № 447": a proper noun keeps its plural
    mods = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    return {lemma} | {f"{m} {lemma}" for m in mods}


def _subject_state(head: Token) -> str | None:
    """The state that is the doer by the parse, for an act the extractor did not code: a
    country named as the subject ("Ukraine finalizes", "Cuba announces plans to release") or
    its government, parliament or president ("the Ukrainian government")."""
    words = country_words()
    tok = head
    for _ in range(3):
        for child in tok.children:
            if child.dep_ == "agent":
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ != "nsubj":
                continue
            if any(c.dep_ == "conj" for c in child.children):
                return None  # "Russia and Ukraine ...": two states
            name = _subject_name(child)
            if name in words:
                return words[name]
            if child.lemma_.lower() in INSTITUTION_NOUNS:
                for mod in child.children:
                    if mod.dep_ in MODIFIER_DEPS | {"poss"} and mod.text.lower() in words:
                        return words[mod.text.lower()]
            return None
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _subject_name(tok: Token) -> str:
    """A subject's name without its article: "the Philippines" → "philippines"."""
    words = [t for t in tok.subtree if t.dep_ != "det" and not t.is_punct]
    return " ".join(t.lower_ for t in words) if words else tok.lower_


def _is_country_entry(found: dict, country: Callable[[str], Place | None] | None) -> bool:
    """The location is a whole country (not one of its regions, which may not hold the
    dateline: "arrived in the republic" of Ingushetia, datelined Moscow)."""
    whole = country(found["country"]) if country is not None and found["country"] else None
    return whole is not None and whole.gazetteer_id == found["gazetteer_id"]


def _locate(doc: Doc, event: Event, mentions: list[Mention], dateline: Place | None) -> dict | None:
    sent_start = event.sentence_start
    sent_end = sent_start + len(event.sentence)
    in_sentence = [m for m in mentions if sent_start <= m.start < sent_end and m.place is not None]
    anchors = _trigger_tokens(doc, event)
    parties = [m for m in in_sentence if _is_actor(m, event)]
    usable = [
        m
        for m in in_sentence
        if m not in parties
        and not _qualifies_a_target(m, parties, event)
        and not _said_elsewhere(m, anchors)
        and not _in_a_dated_clause(m, anchors)
        and not _in_a_purpose(m, anchors)
    ]
    intercept = _intercepts_a_projectile(doc, event)  # "intercepts drones from Iran": origin
    origins = {
        id(m)
        for m in usable
        if _is_origin(m, event, anchors) or intercept and _locative_prep(m) == "from"
    }
    weak = origins | {
        id(m) for m in usable if _is_example(m, anchors) or _is_destination(m, anchors)
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
        return _location(_coordinated_container(chosen, usable), "parse")
    seat = next((m for m in in_sentence if _seat_of_a_court(m, event.source, anchors)), None)
    if seat is not None:
        return _location(seat, "parse")  # "The Bangkok Criminal Court sentences ..."
    chosen = _sentence_place(strong, event, anchors)
    if chosen is not None:
        return _location(_wider_than_a_list(chosen, usable, event), "sentence")
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
    if not usable and _sets_a_scene(event) and not _told_as_past(anchors):
        earlier = _previous_sentence_place(mentions, sent_start, event)
        if earlier is not None:
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


def _qualifies_a_target(m: Mention, parties: list[Mention], event: Event) -> bool:
    """The region or country chained after a target place that is no place of the act (commas
    only) shares its role: "announces that they will withdraw from Uvira, South Kivu" (a
    verbal act: neither)."""
    tok = m.root
    while tok.dep_ in {"appos", "conj"} and tok.head.i != tok.i:
        between = m.span.doc[tok.head.i + 1 : tok.i]
        if any(t.lower_ in {"and", "or"} for t in between):
            return False  # a list ("Uvira and Goma"), not a chain of containers
        tok = tok.head
        if any(p.span.start <= tok.i < p.span.end and _overlaps(p, event.target) for p in parties):
            return True
    return False


def _conjuncts(head: Token) -> list[Token]:
    """The words a coordination starting at `head` lists (the head included)."""
    found, todo = [], [head]
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return found


def _placed_next(doc: Doc, mentions: list[Mention], sent_end: int, event: Event) -> Mention | None:
    """A physical act whose sentence names no place, when the next sentence says where "the
    operation" (the attack, the raid...) took place: "Forces capture an ISIS chief. The
    operation took place in the Laag area of Bari region" puts the capture in Laag."""
    after = [m for m in mentions if m.start >= sent_end and m.place is not None]
    if not after:
        return None
    sent = after[0].span.sent
    between = doc.char_span(sent_end, sent.start_char, alignment_mode="expand")
    if between is None or sum(t.pos_ == "VERB" for t in between) > 0:
        return None  # only the next sentence (or after a verbless fragment) tells of it
    verb = sent.root
    lemma = verb.lemma_.lower()
    happened = lemma in HAPPEN_LEMMAS or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not happened or subject is None or subject.lemma_.lower() not in SCENE_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children):
        return None  # "the operation", "this attack": the act just told
    told = [m for m in after if m.span.sent == sent and _tied_to(m, [verb], event)]
    return _most_specific(told) if told else None


def _scene_place(doc: Doc, mentions: list[Mention], event: Event) -> Mention | None:
    """Where a sentence of the release says "the event" took place, for its own acts (not
    force, not what a quotation tells) that their sentences place nowhere: "Zelenskyy
    introduced the new Minister of Defense ... The event, which took place in the building of
    the Ministry of Defense in Kyiv, ..." puts the introduction and what he stressed there.
    The nearest such sentence within ARTICLE_REACH * 3 characters, before or after."""
    cached = doc.user_data.get("eventwire.scenes")  # (mentions, scenes): for this locate call
    scenes = cached[1] if cached is not None and cached[0] is mentions else None
    if scenes is None:
        held = {t.sent.start for t in doc if t.lemma_ in SCENE_VERBS}  # most releases: none
        scenes = [
            (s.start_char, m)
            for s in doc.sents
            if s.start in held and (m := _scene_of(s, mentions)) is not None
        ]
        doc.user_data["eventwire.scenes"] = (mentions, scenes)  # holding it: no reused id()
    near = [
        (abs(start - event.sentence_start), m)
        for start, m in scenes
        if abs(start - event.sentence_start) <= ARTICLE_REACH * 3
    ]
    if not near or _in_quotes(doc, event.trigger.start):
        return None
    return min(near, key=lambda pair: pair[0])[1]


def _scene_of(sent: Span, mentions: list[Mention]) -> Mention | None:
    """The place of "The ceremony took place at the Mariyinsky Palace in Kyiv", "the meeting
    was held in Paris": a gathering named with "the"/"this" as the subject of "take place" or
    of "be held" (or the noun such a relative clause hangs on), in the past or present."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        took = lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
        )
        held = lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children)
        if not (took or held) or any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "shall", "would", "to", "be"}
            for c in verb.children
        ):
            continue  # "the Diia Summit, which will be held on February 8 in Kyiv"
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if verb.dep_ == "relcl" or subject is not None and subject.tag_ == "WDT":
            subject = verb.head
        if subject is None or subject.lemma_.lower() not in SCENE_GATHERINGS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in subject.children):
            continue
        if subject.tag_ == "NNS" and subject.lemma_.lower() == "event" or _long_ago(verb):
            continue  # "the tragic events that took place in the United States on September
            # 11, 2001", "the summit held in Sochi two years ago": another time's gathering
        placed = [
            m
            for m in mentions
            if m.place is not None
            and sent.start_char <= m.start < sent.end_char
            and not _in_quotes(sent.doc, m.start)
            and _sited_on(m.root, verb)
        ]
        if placed and not _remote(sent):
            return _most_specific(placed)
    return None


def _long_ago(verb: Token) -> bool:
    """The verb is dated to another time than the release's: a year or "... ago"."""
    return any(
        t.ent_type_ == "DATE" and (t.lower_ == "ago" or (t.is_digit and len(t.text) == 4))
        for t in verb.subtree
    )


def _sited_on(tok: Token, verb: Token) -> bool:
    """The place hangs on the verb by "in", "at" or "on" ("took place at the Mariyinsky Palace
    in Kyiv"), not inside its subject ("the meeting between the ministers of Ukraine and
    Poland took place") nor on a time ("a few hours before the announcement by US ...")."""
    own = tok.head if tok.dep_ in {"conj", "appos"} else tok
    if own.dep_ != "pobj" or own.head.lower_ not in {"in", "at", "on"}:
        return False  # "in the presence of the President of Poland": a person's country
    for head in (tok, *tok.ancestors):
        if head.head.i == verb.i:
            return head.dep_ == "prep" and head.lower_ in {"in", "at", "on"}
    return False


def _remote(sent: Span) -> bool:
    """The release's doer joined by video ("took part in the Yale CEO Summit in a video
    conference mode. The event, which took place in New York, ..."): not there in person."""
    doc = sent.doc
    known = doc.user_data.setdefault("eventwire.remote", {})  # (asked per event: once each)
    key = (sent.start, sent.end)
    if key not in known:
        toks = tokens_of(doc)
        before = toks[sent.start - 1].sent.start if sent.start > 0 else sent.start
        known[key] = any(t.lower_ in REMOTE_WORDS for t in toks[before : sent.end])
    return known[key]


def _in_quotes(doc: Doc, at: int) -> bool:
    """Inside a quotation: an odd number of quotation marks before `at` in the text (their
    offsets found once per Doc: `doc.text` is rebuilt on every read)."""
    marks = doc.user_data.get("eventwire.quote_marks")
    if marks is None:
        marks = [i for i, ch in enumerate(text_of(doc)) if ch in QUOTE_MARKS]
        doc.user_data["eventwire.quote_marks"] = marks
    return bisect_left(marks, at) % 2 == 1


def _wider_than_a_list(m: Mention, usable: list[Mention], event: Event) -> Mention:
    """One act in a list of three or more places ("raids in Dera Ismail Khan, North
    Waziristan, Bannu and Bajaur, in Pakistan") happened across them: the place the sentence
    names as containing them all, when it names one; else the chosen place stays. An act on
    one of them as its target ("missiles struck Kharkiv, Sumy and Odesa") is at that one."""
    head = _first_conjunct(m.root)
    members = [n for n in usable if _first_conjunct(n.root).i == head.i]
    names = _conjuncts(head)
    distinct = {n.place.gazetteer_id or n.place.name for n in members if n.place}
    if sum(t.pos_ == "PROPN" for t in names) < LIST_MIN or len(distinct) < 2:
        return m  # a list of three names or more ("Bannu, Lakki Marwat, Tank and Kohat")
    listed = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for t in names for c in t.children)
    nested = any(
        a is not b
        and a.place
        and b.place
        and (_within(a.place, b.place) or a.place.name == b.place.admin1)
        for a in members
        for b in members
    )
    if not listed or nested:
        return m  # "in Nadaeyvka, Pokrovsk Raion, Donetsk Oblast, Ukraine": one place
    targets = [n for n in members if _is_the_target(n, event.target)]
    if targets:
        return targets[0]  # "struck Kharkiv, Sumy and Odesa": one event per town struck
    wider = [
        n
        for n in usable
        if n not in members
        and all(n.place and k.place and _within(n.place, k.place) for k in members)
    ]
    return _most_specific(wider) if wider else m


def _within(outer: Place, inner: Place) -> bool:
    """`outer` contains `inner`, or is the known place an unknown one was placed by (it took
    its point): "near Yonge Street and Gerrard Street in Toronto" are in Toronto."""
    if contains(outer, inner) or outer.gazetteer_id and outer.gazetteer_id == inner.gazetteer_id:
        return True  # a site read as its town ("Gerrard Street" -> Toronto) is in it
    if outer.feature_code == "INFERRED" or inner.feature_code != "INFERRED":
        return False  # two unknown villages placed by one container are side by side
    return (inner.country, inner.lat, inner.lon) == (
        outer.country,
        outer.lat,
        outer.lon,
    )


def _said_elsewhere(m: Mention, anchors: list[Token]) -> bool:
    """The place is in what the act's doer says while doing it, not where it is done:
    "Azerbaijan protests the detention, stating the ships entered Eritrean waters" (the
    speech verb is the trigger or hangs on it; the detention itself may be in those waters)."""
    ids = {t.i for t in anchors}
    tok = m.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i or tok.i in ids:
            return False
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _speech_lemmas():
            return head.i in ids or head.head.i in ids
        tok = head
    return False


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, kind in cue_lemmas().items() if kind == "speech")


def _in_a_dated_clause(m: Mention, anchors: list[Token]) -> bool:
    """The place is in a clause about a participant (not about an act) that tells another
    act with its own time: "a citizen **arrested in Yekaterinburg in early 2024** ... is
    released in a prisoner swap" (the release is not in Yekaterinburg; the arrest, if it is
    the event, is)."""
    ids = {t.i for t in anchors}
    tok = m.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i or tok.i in ids or head.i in ids:
            return False
        if head.dep_ in {"acl", "relcl"} and head.pos_ == "VERB":
            if head.head.i in ids or head.head.lemma_.lower() in SCENE_NOUNS | FOUGHT_OVER_NOUNS:
                return False  # a clause about an act, maybe the event ("strikes launched in X")
            clause = list(head.subtree)
            return any(_dated(c) for c in clause) and not any(a.i in ids for a in clause)
        tok = head
    return False


def _dated(tok: Token) -> bool:
    """A time of the clause: "in 2023", "on 12 February", "last year"."""
    if tok.ent_type_ == "DATE" and tok.dep_ in {"npadvmod", "tmod"}:
        return True
    return tok.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in tok.children)


def _narrow_to_the_item_region(
    article: Article, doc: Doc, events: list[Event], mentions: list[Mention], gaz: Gazetteer
) -> None:
    """An act of force placed at the country it was done to (rule 5) is in the one region of
    that country the item is about, when the item names just one: "Israeli airstrikes kill
    at least 92 Palestinians", in an item headed "Gaza war > Israeli bombing of the Gaza
    Strip" or telling of Gaza, is in the Gaza Strip. A region or area (not a town): the act
    was done to its people, not to one street of it."""
    hit = [
        e
        for e in events
        if e.location is not None
        and e.location["method"] == "actor"
        and e.location["text"] is None
        and _root(e) in ASSAULT_ROOTS
        and _country_acted_on(e, doc) == e.location["country"]
    ]
    for e in hit:
        region = _item_region(article, mentions, gaz, e.location["country"])
        if region is not None:
            e.location = _sovereign(
                {"text": None, "start": None, "end": None, **region.to_location()}
                | {"method": "actor"}
            )


def _item_region(
    article: Article, mentions: list[Mention], gaz: Gazetteer, iso3: str
) -> Place | None:
    """The one region or area of `iso3` the item's text names, else its title (a WCEP topic
    path: "Gaza war > Israeli bombing of the Gaza Strip"); None when it names none or more."""
    said = {
        m.place.gazetteer_id: m.place
        for m in mentions
        if m.place is not None and _a_region_of(m.place, iso3)
    }
    if not said and article.title:
        for segment in re.split(r" > |, ", article.title):
            words = segment.split()
            for n in (3, 2, 1):
                for i in range(len(words) - n + 1):
                    name = " ".join(words[i : i + n])
                    if not name[:1].isupper():
                        continue
                    found = gaz.lookup(name)
                    if found and _a_region_of(found[0], iso3):
                        said.setdefault(found[0].gazetteer_id, found[0])
    return next(iter(said.values())) if len(said) == 1 else None


def _a_region_of(place: Place, iso3: str) -> bool:
    return place.country == iso3 and not place.is_country and place.feature_class in {"A", "L"}


def _share_conjunct_place(doc: Doc, events: list[Event]) -> None:
    """Acts of force told by verbs conjoined under one subject happened together: "Israeli
    airstrikes kill at least 92 Palestinians ... and wound at least 86 others" — the wounding
    takes the killing's place when the text gives it none of its own (its object, "others",
    names no one)."""
    placed = {}
    for e in events:
        if e.location is not None and _physical(e):
            for tok in _trigger_tokens(doc, e)[:1]:
                placed.setdefault(_first_conjunct(tok.head if tok.pos_ == "NOUN" else tok).i, e)
    if not placed:
        return
    for e in events:
        if e.location is not None or not _physical(e):
            continue
        verb = next(iter(_trigger_tokens(doc, e)), None)
        if verb is None or verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue  # a verb with its own doer: "... and the army shelled ..."
        partner = placed.get(_first_conjunct(verb).i)
        if partner is not None and partner is not e:
            e.location = dict(partner.location)


def _carry_meeting_places(events: list[Event], mentions: list[Mention]) -> None:
    """A verbal act right after a meeting the text places, by a party the meeting's sentence
    names, was made at that meeting ("Foreign ministers from Japan, China and South Korea
    meet in Tokyo. Japan raises security concerns ..., China criticizes ..." → Tokyo), and
    so was a further meeting of unnamed parties ("The heads of state met over lunch"), when
    its own sentence names no place for it."""
    meetings: dict[int, dict] = {}
    for e in events:
        loc = e.location
        if e.cameo.root in MEETING_ROOTS and loc and loc["method"] in {"parse", "sentence"}:
            meetings.setdefault(e.sentence_index, loc)
    if not meetings:
        return
    for e in events:
        met = meetings.get(e.sentence_index - 1)
        verbal = e.cameo.root in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS
        if met is None or e.location is not None or not verbal:
            continue
        if e.cameo.root == "04" and (e.source is None or not e.source.country):
            e.location = {**met, "method": "article"}  # "The heads of state met ... "
            continue
        # The party: the speaker, or for a meeting either side ("they were met by the
        # President of Ukraine", after the presidents of Poland and Lithuania met).
        parties = [e.source] + ([e.target] if e.cameo.root == "04" else [])
        countries = {ref.country for ref in parties if ref is not None and ref.country}
        if not countries:
            continue
        before = [m for m in mentions if m.place is not None and m.start < e.sentence_start]
        last = before[-1].span.sent if before else None
        named = {m.place.country for m in before if m.span.sent == last and m.place.is_country}
        if countries & named:
            e.location = {**met, "method": "article"}


def _place_at_occasion(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """Statements that a later sentence says were made somewhere: "Ukraine is ready to
    resolve ... . **This was stated by** President Zelenskyy during a meeting with the media
    after talks in **Kyiv**." and "Podoliak **emphasized this** during a briefing in **Lviv**."
    — the verbal acts of that speaker from the sentence before to the next such sentence,
    that their own sentences place nowhere (a dateline gives way), were made there. The
    speaker is the occasion's if it is named in that sentence or is of the place's country;
    what others said ("Russia says it is ready") is not placed."""
    occasions = [
        (s, m)
        for s in doc.sents
        if (m := _occasion_place(s, mentions)) is not None
        and not any(t.lower_ in REMOTE_WORDS for t in s)  # "said this by video from Lviv"
    ]
    if not occasions:
        return
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    for k, (sent, m) in enumerate(occasions):
        at = starts.index(sent.start_char)
        begin = starts[at - 1] if at > 0 else sent.start_char
        end = occasions[k + 1][0].start_char if k + 1 < len(occasions) else len(doc.text)
        # "President Zelenskyy set a task ... . The Head of State said this during ...": the
        # person the statement told before is by is the occasion's speaker too
        names = sent.text.lower() + " " + (_person_subject(sents[at - 1]) if at > 0 else "")
        for e in events:
            verbal = e.cameo.root in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS
            if not e.cameo.code and (_reports_a_clause(doc, e) or _says_something(doc, e)):
                verbal = True  # an uncoded "hopes that ...", "stressed the importance"
            unplaced = e.location is None or e.location["method"] == "dateline"
            if not (verbal and unplaced and begin <= e.sentence_start < end):
                continue
            speaker = e.source  # who made the statement, not who reports it
            if speaker is None:
                if not _speaker_of_occasion(doc, e, names):
                    continue
            elif not (
                speaker.country == m.place.country
                or (speaker.name and speaker.name.lower() in names)
            ):
                continue
            e.location = _location(m, "article")


def _person_subject(sent: Span) -> str:
    """The words of a sentence's subject when it names a person ("President Volodymyr
    Zelenskyy hopes that ..."), lowercased; "" for a state or a thing ("Ukraine is ready")."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return ""
    return " ".join(t.lower_ for t in subject.subtree)


def _speaker_of_occasion(doc: Doc, event: Event, names: str) -> bool:
    """An act with no speaker read, whose subject is the occasion's speaker: a pronoun ("he
    noted"), a title ("the President said") or a name the occasion sentence (or the person
    it refers back to) gives, lowercased in `names`; not "countries that are trying to talk
    to Russia"."""
    for tok in _trigger_tokens(doc, event):
        verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        if subject.lower_ in {"he", "she", "i", "we"} or subject.lemma_.lower() in SPEAKER_TITLES:
            return True
        return subject.pos_ == "PROPN" and subject.text.lower() in names
    return False


def _lead_trip_place(doc: Doc, mentions: list[Mention]) -> Place | None:
    """A release with no dateline that opens with a trip ("During a working trip to the Odesa
    region, the President ...", "will pay a visit to Munich"): its statements and meetings
    were made there, as at a dateline."""
    sents = [sent for _, sent in zip(range(2), doc.sents, strict=False)]
    if not sents:
        return None
    first = sents[0]
    if len(sents) > 1 and sents[1].root.pos_ not in {"VERB", "AUX"}:
        # "... met with President of UEFA (UEFA) | Aleksander Čeferin, who arrived in our
        # country ...": a verbless piece the parser split off the first sentence is part of it
        first = doc[first.start : sents[1].end]
    placed = [
        m
        for m in mentions
        if m.place is not None
        and m.start < first.end_char
        and m.root.dep_ == "pobj"
        and m.root.head.lower_ in {"to", "in"}
        and _a_trip(m.root.head.head)
        and not any(  # "condemned Pelosi's visit to Taiwan": someone else's trip, a topic
            c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in m.root.head.head.children
        )
        # "held a video conference with X, who is on a visit to our country": the guest's trip
        and not (_remote(first) and _in_relative_clause(m.root.head.head))
    ]
    if not placed and not _remote(first) and not _future(first.root):
        placed = [
            m
            for m in mentions
            if m.place is not None
            and m.start < first.end_char
            and not _in_quotes(doc, m.start)
            and _lead_gathering_place(m.root, first.root)
        ] or _place_in_own_gathering(first, mentions)
    if not placed:
        placed = _guests_visit(doc, mentions)
    return _most_specific(placed).place if placed else None


def _in_relative_clause(tok: Token) -> bool:
    """Inside a clause about a participant ("X, who is on a visit to Ukraine")."""
    return any(t.dep_ in {"relcl", "acl"} for t in (tok, *tok.ancestors))


def _place_home_council_meeting(doc: Doc, events: list[Event], home: Place | None) -> None:
    """A meeting of the release's own state's national body, held in person, with no place
    said: "President Volodymyr Zelenskyy held an urgent meeting of the National Security and
    Defense Council, at which representatives ... reported" → Ukraine, country level (the
    body sits at home), and so is what was done at it. Not a body named with no national
    word ("the Security Council", also the UN's), nor one joined by video or still to come."""
    if home is None:
        return
    for event in events:
        if event.location is not None:
            continue
        head = _trigger_head(doc, event)
        meeting = _home_council_meeting(head, home.country) if head is not None else None
        if meeting is not None and not _remote(meeting.sent) and not _future(meeting.head):
            event.location = _sovereign(
                {"text": None, "start": None, "end": None, **home.to_location(), "method": "actor"}
            )


def _home_council_meeting(head: Token, home: str) -> Token | None:
    """The gathering noun the act is (or is done at: "the meeting ..., at which X reported")
    when it is of a national body of `home`: "a meeting of the National Security and Defense
    Council", "a session of the Cabinet of Ministers of Ukraine"."""
    gatherings = [head, *(c for c in head.children if c.dep_ == "dobj"), *head.ancestors]
    for noun in gatherings:
        if noun.lemma_.lower() not in GATHERING_NOUNS or noun.pos_ != "NOUN":
            continue
        for body in (g for c in noun.children if c.lower_ == "of" for g in c.children):
            if body.lemma_.lower() not in INSTITUTION_NOUNS:
                continue
            words = [t.lower_ for t in body.subtree]
            states = {country_words().get(w) for w in words} - {None}
            if states <= {home} and ("national" in words or states == {home}):
                return noun
    return None


def _guests_visit(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A release that opens with a meeting it does not place, whose next sentence names the
    guests' visit: "Andriy Yermak met with the parliamentary delegation of the Republic of
    Korea ... . At the beginning of the event, Andriy Yermak stressed the importance of **the
    Korean delegation's visit to Ukraine**" — they met where the guests came. The visitor
    is the one met ("with" the delegation), not someone else ("condemned Pelosi's visit")."""
    sents = [sent for _, sent in zip(range(2), doc.sents, strict=False)]
    if not sents or sents[0].root.lemma_.lower() not in LEAD_MEETING_VERBS:
        return []
    root = sents[0].root
    if _future(root) or _remote(sents[0]):
        return []
    guests = {
        n.lemma_.lower()
        for p in root.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for n in p.children
        if n.dep_ == "pobj"
    }
    end = sents[-1].end_char
    return [
        m
        for m in mentions
        if m.place is not None
        and m.start < end
        and m.root.dep_ == "pobj"
        and m.root.head.lower_ == "to"
        and m.root.head.head.lemma_.lower() in TRIP_WORDS
        and any(c.dep_ == "poss" and c.lemma_.lower() in guests for c in m.root.head.head.children)
    ]


def _a_trip(tok: Token) -> bool:
    """A trip word, or a verb whose object is one or a delegation the doer leads: "a visit to
    Munich", "will lead the Presidential Delegation to Honduras" (the tagger hangs "to
    Honduras" on "lead"); not "welcome the arrival of a delegation to Riyadh"."""
    if tok.lemma_.lower() in TRIP_WORDS:
        return True
    led = TRIP_WORDS | ({"delegation"} if tok.lemma_.lower() in {"lead", "head"} else set())
    return tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in led for c in tok.children
    )


def _lead_gathering_place(tok: Token, root: Token) -> bool:
    """A place the release's first sentence gives its own gathering: "In Kharkiv, at a
    meeting of the presidium ..., the Program was presented", "met with the OSCE Chairman in
    Kyiv", "had a meeting with Damon Wilson, ... President of the NED in Kyiv" (the tagger
    hangs the place on whoever was met, through "with" and appositions only)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at"}:
        return False
    head = tok.head.head
    for _ in range(MAX_CLIMB):
        if head.lower_ in GATHERING_NOUNS:
            return (
                head.i == root.i
                or (
                    head.head.i == root.i
                    and (head.dep_ == "dobj" or head.head.lower_ in {"at", "during"})
                )
                or (
                    head.dep_ == "pobj"
                    and head.head.lower_ in {"at", "during"}
                    and head.head.head.i == root.i
                )
            )
        if head.i == root.i:
            return (
                root.lemma_.lower() in LEAD_MEETING_VERBS
                or any(c.dep_ == "dobj" and c.lower_ in GATHERING_NOUNS for c in root.children)
                or any(
                    p.dep_ == "prep"
                    and p.lower_ in {"at", "during"}
                    and any(n.dep_ == "pobj" and n.lower_ in GATHERING_NOUNS for n in p.children)
                    for p in root.children
                )
            )
        if head.dep_ in {"appos", "conj"} or (head.dep_ == "pobj" and head.head.lower_ == "with"):
            head = head.head
        elif head.dep_ == "prep" and head.lower_ == "with":
            head = head.head
        else:
            return False
    return False


def _future(verb: Token) -> bool:
    """ "will meet", "is to hold talks": a gathering still to come is no scene yet."""
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "shall", "would", "to"}
        for c in verb.children
    )


def _place_at_named_gathering(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """A verbal act done at "the summit" the article placed before ("A summit of the CSTO will
    be held in Moscow ... Following the summit, the parties will sign a statement" → Moscow):
    the gathering is named again with "the"/"this" and no place of its own."""
    for e in events:
        if e.location is not None and e.location["method"] != "dateline":
            continue
        if not (e.cameo.root in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS):
            continue
        noun = _gathering_named_again(_trigger_tokens(doc, e), mentions)
        if noun is None:
            continue
        earlier = _where_gathering_was(doc, mentions, noun, e.sentence_start)
        if earlier is not None:
            e.location = _location(earlier, "article")


def _carry_gathering_scene(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """What was said and done at a gathering the text has placed, told in the sentences after
    it: "I held talks with the Prime Minister of Portugal in Kyiv today. I thanked him ...
    Further sanctions were discussed with the Prime Minister" → Kyiv; "Negotiations in Berlin
    ... ended. ... All parties reaffirmed their willingness" → Berlin. Only acts that are not
    force, with no place of their own, whose sentence names the gathering again ("during the
    negotiations"), one of its participants ("him", "the interlocutors", a title or name the
    gathering's sentence gives), within SCENE_REACH characters and before the next gathering
    or a call ("I also spoke by phone with ...")."""
    unplaced = [
        e for e in events if e.location is None and not (e.cameo.root and e.cameo.root >= "14")
    ]
    if not unplaced:
        return
    scenes = _gathering_scenes(doc, mentions)
    if not scenes:
        return
    for e in unplaced:
        before = [sc for sc in scenes if sc[0].end_char <= e.sentence_start]
        if not before:
            continue
        sent, place, cast = before[-1]
        if e.sentence_start - sent.end_char > SCENE_REACH or _in_quotes(doc, e.trigger.start):
            continue
        own = doc.char_span(e.sentence_start, e.sentence_start + len(e.sentence), "expand")
        if own is None or any(t.lower_ in CALL_WORDS for t in own):
            continue
        if _names_the_gathering(own, cast):
            e.location = _location(place, "article")


def _gathering_scenes(doc: Doc, mentions: list[Mention]) -> list[tuple[Span, Mention, set]]:
    """The sentences that place a gathering held in person, now or before ("held talks ...
    in Kyiv", "Negotiations in Berlin ... ended"), with the place and the words naming its
    participants (titles and names)."""
    scenes = []
    for sent in doc.sents:
        root = sent.root
        if _future(root) or _remote(sent):
            continue
        placed = [
            m
            for m in mentions
            if m.place is not None
            and sent.start_char <= m.start < sent.end_char
            and not _in_quotes(doc, m.start)
            and (_lead_gathering_place(m.root, root) or _gathering_subject_place(m.root, root))
        ] or _place_in_own_gathering(sent, mentions)
        if placed:
            cast = {
                t.lower_
                for t in sent
                if t.ent_type_ == "PERSON" or t.lemma_.lower() in PARTICIPANT_NOUNS
            }
            scenes.append((sent, _most_specific(placed), cast))
    return scenes


def _place_in_own_gathering(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """ "said this during a meeting of the Congress of Local Authorities in Odesa", "In
    Kharkiv, at a meeting of the presidium chaired by the President, the Program was
    presented": a place after "in"/"at" inside the phrase of a gathering that the sentence's
    verb was done at or during (the tagger hangs it on any word of the phrase)."""
    root = sent.root
    placed = []
    for gathering in tokens_of(sent.doc)[sent.start : sent.end]:
        if gathering.lower_ not in GATHERING_NOUNS or gathering.dep_ != "pobj":
            continue
        verb = gathering.head.head
        if gathering.head.lower_ not in {"at", "during"} or root.i not in {verb.i, verb.head.i}:
            continue  # (the tagger may hang "at a meeting" on a participle below the verb)
        lo, hi = gathering.left_edge.i, gathering.right_edge.i
        placed += [
            m
            for m in mentions
            if m.place is not None
            and lo <= m.root.i <= hi
            and m.root.dep_ == "pobj"
            and m.root.head.lower_ in {"in", "at"}
            and not _in_quotes(sent.doc, m.start)
        ]
        # "In Kharkiv, at a meeting ...": the place the sentence opens with
        placed += [
            m
            for m in mentions
            if m.place is not None
            and sent.start <= m.root.i < lo
            and m.root.dep_ == "pobj"
            and m.root.head.lower_ == "in"
            and m.root.head.i == sent.start
        ]
    return placed


def _gathering_subject_place(tok: Token, root: Token) -> bool:
    """ "Negotiations in Berlin ... ended", "The talks in Ankara lasted five hours": a place on
    a gathering that is the subject of the sentence's verb."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} else None
    return (
        head is not None
        and head.lower_ in GATHERING_NOUNS
        and head.dep_ in {"nsubj", "nsubjpass"}
        and head.head.i == root.i
    )


def _names_the_gathering(sent: Span, cast: set[str]) -> bool:
    """The sentence is about the gathering before it: it names the gathering again with a
    determiner or "during"/"at"/"after", a participant by a pronoun ("thanked him") or a plural
    word for the sides ("the interlocutors", "all parties"), or a title or name the gathering's
    sentence gave ("with the Prime Minister")."""
    for tok in sent:
        word = tok.lower_
        if word in GATHERING_NOUNS and any(
            c.lower_ in {"the", "this", "these", "that"} or c.dep_ == "poss" for c in tok.children
        ):
            return True
        if word in GATHERING_NOUNS and tok.head.lower_ in {"during", "at", "after"}:
            return True
        if word in {"him", "her", "them"} and tok.dep_ in {"dobj", "pobj", "dative"}:
            return True
        if tok.lemma_.lower() in SIDES_NOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if word in cast and tok.dep_ != "poss":
            return True
    return False


def _gathering_named_again(anchors: list[Token], mentions: list[Mention]) -> str | None:
    """ "Following the summit, the parties will sign": the gathering's word, when it hangs on
    the act by an occasion's preposition, with "the"/"this" and no place of its own."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in SITED_PREPS | {"following", "at"}:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lower_ not in GATHERING_NOUNS:
                    continue
                definite = any(c.lower_ in {"the", "this", "that"} for c in noun.children)
                own = any(noun.left_edge.i <= m.span.start <= noun.right_edge.i for m in mentions)
                if definite and not own:
                    return noun.lower_
    return None


def _where_gathering_was(
    doc: Doc, mentions: list[Mention], noun: str, before: int
) -> Mention | None:
    """The place an earlier sentence gives the same gathering: "in X" on the gathering's noun
    or on the verb it is the subject or object of ("a summit ... will be held in Moscow")."""
    for sent in reversed([s for s in doc.sents if s.end_char <= before]):
        if before - sent.end_char > ARTICLE_REACH:
            return None
        for tok in sent:
            if tok.lower_ != noun:
                continue
            if tok.dep_ == "compound":
                tok = tok.head  # "a summit meeting of the member states"
            holders = {tok.i}
            if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                holders.add(tok.head.i)
            placed = [
                m
                for m in mentions
                if m.place is not None
                and sent.start_char <= m.start < sent.end_char
                and m.root.dep_ == "pobj"
                and m.root.head.lower_ in {"in", "at"}
                and m.root.head.head.i in holders
            ]
            if placed:
                return _most_specific(placed)
    return None


def _occasion_place(sent: Span, mentions: list[Mention]) -> Mention | None:
    """The place of a sentence that says where the statement before it was made: a speech
    verb with "this"/"that" as its object or passive subject, and a place hanging on it
    through locative words only ("during a briefing in Lviv"; not "by the President of X")."""
    verb = sent.root
    if verb.lemma_.lower() not in OCCASION_VERBS:
        return None
    this = any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"this", "that"} for c in verb.children
    )
    if not this:
        return None
    placed = []
    for m in mentions:
        if m.place is None or not (sent.start_char <= m.start < sent.end_char):
            continue
        tok, ok = m.root, False
        for _ in range(MAX_CLIMB + 2):
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ in {"in", "at"} and head.head.i != verb.i:
                # "after talks with Charles Michel in Kyiv", "a press conference with the
                # Prime Minister of Poland in Warsaw": the tagger hangs the place on whoever
                # was met; it is the gathering's.
                gathering = next(
                    (a for a in head.ancestors if a.lemma_.lower() in GATHERING_NOUNS), None
                )
                if gathering is not None:
                    tok = gathering
                    continue
            if tok.dep_ == "pobj" and head.lower_ in OCCASION_NOT_PREPS:
                break
            if tok.dep_ in {"nsubj", "nsubjpass", "agent", "poss", "dobj"} and head.i != verb.i:
                break
            if head.i == verb.i:
                ok = tok.dep_ == "prep"
                break
            if head.i == tok.i:
                break
            tok = head
        if ok:
            placed.append(m)
    return _most_specific(placed) if placed else None


def _country_acted_on(event: Event, doc: Doc | None = None) -> str | None:
    """Rule 5: for an act of force the text places nowhere, the country it was done to. A
    target of a known country that stays at home (its people, the state, its territory;
    not its armed forces, which also fight abroad) is hit where it is; failing a target, a
    government that reports a foreign party's attack reports one on its own country
    ("Pakistan's prime minister declares the Indian attacks an act of war"). A party's
    report of its own strike ("Israel says it struck ...") names no victim and gets none.
    Coercion (arrests, repression) by a state's own forces of no foreign target is done in
    that state, and so is whatever a state's court does (a verdict, a sentence, an order)."""
    source_ref = event.source
    if _a_court(source_ref) and source_ref.country:
        return source_ref.country  # "a Malian court sentences ...": a court sits at home
    if event.cameo.root not in ACTOR_PLACED_ROOTS or not _physical(event):
        return None
    target = event.target
    if target is not None and target.country and _flagged(target):
        return None  # "seizes the Polish-flagged Marinette": a flag, not where it was
    doer = event.source
    if (
        event.cameo.code.startswith(ARREST_CODES)
        and doer is not None
        and doer.country
        and (doer.sector or "") in CIVIL_SECTORS
        and (target is None or target.sector not in ABROAD_SECTORS)
    ):
        # "China arrests three Filipinos", "Russia expels Estonian diplomats": a state's
        # government, police or courts arrest and expel on their own ground, whoever it is.
        return doer.country
    if event.cameo.code.startswith("173") and doc is not None and _a_warrant(doc, event):
        return None  # "the ICC issues arrest warrants for Netanyahu": a paper, not an arrest
    if event.cameo.code.startswith("173") and doer is None and doc is not None:
        head = _trigger_head(doc, event)
        home = _state_body_subject(head) if head is not None else None
        if home is not None and (target is None or target.sector not in ABROAD_SECTORS):
            return home  # "Nepalese police arrest a former minister", its doer not coded
    if (
        target is not None
        and doer is not None
        and target.country
        and doer.country == target.country
        and ABROAD_SECTORS & {target.sector, doer.sector}
    ):
        # "the Sudanese Armed Forces destroyed RSF vehicles": a state's forces and its own
        # armed groups fight each other at home.
        return target.country
    if event.cameo.code.startswith("174"):
        return None  # "deported to Moscow": the deported go to their country, not from it
    if doc is not None and _intercepted_at_home(doc, event):
        return doer.country  # "Jordan's air force intercepts four missiles ... from Iran"
    if doer is None and doc is not None and _intercepts_a_projectile(doc, event):
        # "The Israeli military says that the missile was intercepted": over its own ground
        return _reporting_state(doc, event)
    if doc is not None and _between_parties(doc, event):
        return None  # "renewed fighting between Iran and the U.S.": no one side's ground
    if target is not None and target.country and target.sector not in ABROAD_SECTORS:
        if doc is not None and _owns_a_mover(doc, target):
            return None  # "destroy Iran's lead corvette": a ship is hit wherever it sails
        if doc is not None and _a_mover(doc, target):
            return None  # "intercepts a Russian reconnaissance aircraft": wherever it flew
        return target.country
    source = event.source.country if event.source is not None else None
    own = event.source is not None and event.source.sector in STATE_SECTORS
    home = event.cameo.code.startswith(HOME_COERCION_CODES)
    if home and own and source and (target is None or not target.country):
        return source  # "crackdowns by the military and police": a state coerces at home
    if event.cameo.root not in ASSAULT_ROOTS or target is not None and target.country:
        return None
    speaker = event.attribution.speaker if event.attribution is not None else None
    if speaker is not None:
        reporter = speaker.country if speaker.sector in STATE_SECTORS else None
    else:
        reporter = _reporting_state(doc, event) if doc is not None else None
    if reporter and source and reporter != source:
        return reporter
    return None


def _state_body_subject(head: Token) -> str | None:
    """The state of the body that is the verb's subject by the parse, named with its country
    ("**Nepalese police** arrest ...", "**Iran's** intelligence ministry detains ..."), or None."""
    for child in head.children:
        if child.dep_ == "agent":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "nsubj":
            continue
        if child.lemma_.lower() not in STATE_BODY_NOUNS | INSTITUTION_NOUNS:
            return None
        for mod in child.children:
            if mod.dep_ in MODIFIER_DEPS | {"poss"} and mod.i < child.i:
                iso3 = country_words().get(mod.text.lower())
                if iso3:
                    return iso3
    return None


def _a_warrant(doc: Doc, event: Event) -> bool:
    """The act is the issuing of a warrant ("issues an arrest warrant for X", "arrest
    warrants were issued"): done where its issuer sits, not where the wanted person is."""
    head = _trigger_head(doc, event)
    words = {w.strip(".,").lower() for w in event.trigger.text.split()}
    if head is not None:
        words |= {c.lemma_.lower() for c in head.children if c.dep_ in {"dobj", "nsubjpass"}}
    return bool(words & WARRANT_NOUNS)


def _court_by_its_subject(doc: Doc, event: Event) -> str | None:
    """A court sits at home, also when the extractor coded no doer for its act: "An Italian
    appellate court approves the extradition ..." → Italy (the court's nationality word on
    the subject of the trigger's verb)."""
    if event.source is not None:
        return None
    head = _trigger_head(doc, event)
    if head is None:
        return None
    verb = _first_conjunct(head)
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in COURT_WORDS:
            continue
        for word in subject.children:
            if word.dep_ in {"amod", "compound"} and word.ent_type_ == "NORP":
                return nationality_countries().get(word.lower_)
    return None


def _intercepted_at_home(doc: Doc, event: Event) -> bool:
    """A state, its forces or its air defences intercepting missiles, drones or rockets do
    it over their own ground: "The Kuwaiti military intercepts two ballistic missiles and 13
    drones from Iran" → Kuwait. Not a navy or a warship, which intercept at sea or abroad,
    nor an interception of ships or aircraft ("the Polish Air Force intercepts a Russian
    reconnaissance aircraft over international waters")."""
    doer = event.source
    if doer is None or not doer.country or (doer.sector or "") not in STATE_SECTORS | {""}:
        return False
    if set(doer.text.lower().split()) & NAVAL_WORDS:
        return False
    return _intercepts_a_projectile(doc, event)


def _intercepts_a_projectile(doc: Doc, event: Event) -> bool:
    """The act is the interception or shooting down of missiles, drones or rockets ("intercepts
    two ballistic missiles", "the missile was intercepted", "shot down three drones")."""
    for tok in _trigger_tokens(doc, event):
        lemma = tok.lemma_.lower()
        shot_down = lemma == "shoot" and any(c.lower_ == "down" for c in tok.children)
        if lemma != "intercept" and not shot_down:
            continue
        for child in tok.children:
            if child.dep_ in {"dobj", "nsubjpass"} and _projectiles(child):
                return True
    return False


def _projectiles(noun: Token) -> bool:
    """ "two ballistic missiles", "a number of missiles and drones", "18 missiles, four cruise
    missiles and 47 drones"."""
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    heads = [noun, *of, *(c for c in noun.children if c.dep_ == "conj")]
    return any(h.lemma_.lower() in PROJECTILE_NOUNS for h in heads)


def _between_parties(doc: Doc, event: Event) -> bool:
    """Fighting "between" two parties (the trigger's own "between" phrase) is done by both
    on no one side's ground: the target's country is not the place. So are the dead of it
    ("five civilians are killed in a shootout **between** Pakistani soldiers and Afghan
    soldiers"), unless both sides are of one country ("clashes between the Syrian Army and
    the Syrian Democratic Forces" are in Syria)."""
    anchors = _trigger_tokens(doc, event)
    if any(c.dep_ == "prep" and c.lower_ == "between" for t in anchors for c in t.children):
        return True
    # "killed and eight more are injured in a shootout between ...": either verb's "in".
    for tok in {t for a in anchors for t in _conjuncts(_first_conjunct(a))}:
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ != "in":
                continue
            for noun in child.children:
                sides = [
                    side
                    for prep in noun.children
                    if prep.dep_ == "prep" and prep.lower_ == "between"
                    for side in prep.children
                    if side.dep_ == "pobj"
                ]
                countries = _sides_countries(sides[0]) if sides else set()
                if sides and (len(countries) != 1 or None in countries):
                    return True
    return False


def _sides_countries(first: Token) -> set[str | None]:
    """The countries of the sides of "between A and B", by their names or adjectives (None
    for a side without one): {SYR} for "the Syrian Army and the Syrian Democratic Forces"."""
    words = country_words()
    found: set[str | None] = set()
    for side in [first, *(c for c in first.children if c.dep_ == "conj")]:
        names = [side, *(c for c in side.children if c.dep_ in MODIFIER_DEPS | {"poss"})]
        found.add(next((words[t.lower_] for t in names if t.lower_ in words), None))
    return found


def _owns_a_mover(doc: Doc, ref: ActorRef) -> bool:
    """The target is the owner of a ship, aircraft or convoy the act hit ("Iran's lead
    Shahid Soleimani-class corvette"), which may be anywhere: its country is not the place."""
    after = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if after is None or after.end >= len(doc) or doc[after.end].lower_ not in TRAILING_POSS:
        return False
    owned = after.root.head if after.root.dep_ == "poss" else doc[after.end].head
    return owned.lemma_.lower() in VESSEL_NOUNS | AIRCRAFT_NOUNS


def _a_mover(doc: Doc, ref: ActorRef) -> bool:
    """The target is a ship, an aircraft or a projectile of its country ("a Russian
    reconnaissance aircraft", "Iranian drones"): hit where it went, not in its country."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ in MODIFIER_DEPS and head.head.i >= span.end:
        head = head.head  # the extractor's "Russian" of "a Russian reconnaissance aircraft"
    return head.lemma_.lower() in MOVER_WORDS


def _flagged(ref: ActorRef) -> bool:
    """A ship known by its flag ("the Polish-flagged Marinette", "a vessel registered in
    Panama"): its country is where it is registered, not where it sails."""
    words = ref.text.lower()
    return "flagged" in words or "registered" in words


def _a_court(ref: ActorRef | None) -> bool:
    """A state's court or judge (sector JUD, named so), which sits at home whatever it does;
    not its prosecutors, whose accusations ("Lithuanian prosecutors accuse Russia's
    intelligence of arson") are statements about a place, not acts done in one."""
    if ref is None or ref.sector != "JUD":
        return False
    return any(word in COURT_WORDS for word in ref.text.lower().replace("'s", " ").split())


def _reporting_state(doc: Doc, event: Event) -> str | None:
    """The country of the state body whose report the act is in, read from the parse when
    the attribution stage found no speaker: "The **Kuwaiti military** reports that guards
    were injured by Iranian drones", "**Kuwait's** interior ministry reports fires after
    an Iranian drone attack" (a report verb above the trigger, its subject a state noun
    with a country's name or adjective)."""
    anchors = _trigger_tokens(doc, event)
    if not anchors:
        return None
    # The tagger may read "reports" of "X's ministry reports fires ..." as a noun that
    # modifies the object: a report word among the trigger's heads or their modifiers.
    heads = list(anchors[0].ancestors)
    words = heads + [c for t in heads for c in t.children if c.dep_ == "compound"]
    verb = next(
        (
            t
            for t in words
            if t.lemma_.lower() in REPORT_LEMMAS
            and (t.pos_ == "VERB" or any(c.dep_ == "nsubj" for c in t.children))
        ),
        None,
    )
    if verb is None:
        return None
    for subj in verb.children:
        if subj.dep_ != "nsubj" or subj.lemma_.lower() not in STATE_BODY_NOUNS:
            continue
        for mod in subj.children:
            if mod.dep_ in MODIFIER_DEPS | {"poss"} and mod.i < subj.i:
                iso3 = country_words().get(mod.text.lower())
                if iso3:
                    return iso3
    return None


def _in_a_purpose(m: Mention, anchors: list[Token]) -> bool:
    """A place inside what the act was for is not where it was done: "boats set sail from
    Marseille **in an effort to** break the blockade on the Gaza Strip", "signs an agreement
    ... **aimed at** rebuilding relations with the United States"."""
    own = {t.i for t in anchors}
    for tok in (m.root, *m.root.ancestors):
        marker = tok.lower_ in PURPOSE_NOUNS and tok.head.lower_ == "in"
        marker = marker or (
            tok.lemma_.lower() in PURPOSE_VERBS
            and tok.tag_ in {"VBG", "VBN"}  # "seeking to", "aimed at"; not "intention to seek"
            and tok.dep_ in {"acl", "advcl"}
        )
        if marker:
            return not own & {t.i for t in tok.subtree}
    return False


def _told_as_past(anchors: list[Token]) -> bool:
    """An act named as an earlier one ("a retaliation for **the recent arrest** of X", "the
    previous attack") is not part of the scene the text goes on about."""
    return any(
        child.dep_ == "amod" and child.lower_ in PAST_WORDS
        for tok in anchors
        for child in tok.children
    )


def _previous_sentence_place(
    mentions: list[Mention], sent_start: int, event: Event
) -> Mention | None:
    """For a material act whose sentence names no place at all: the place of the nearest
    earlier sentence that names one, within the same stretch of text ("Russian troops enter
    Bukavu. ... most Congolese troops withdraw."): news goes on about the same scene."""
    before = [
        m
        for m in mentions
        if m.place is not None and m.start < sent_start and sent_start - m.start <= ARTICLE_REACH
    ]
    if not before:
        return None
    sent = before[-1].span.sent
    doer = event.source.country if event.source is not None else None
    same = [
        m
        for m in before
        if m.span.sent == sent
        and not _is_actor(m, event)
        and not (m.place.is_country and m.place.country == doer)  # "the Russian invasion"
        and not _no_scene(m)
    ]
    return _most_specific(same) if same else None


def _no_scene(m: Mention) -> bool:
    """A place of an earlier sentence that is no scene to go on with: inside what someone
    says or claims ("Russia bragged that they would seize Kyiv in 48 hours"), an act that
    only might be ("would", "could", "will"), what an effort is for ("efforts aimed at
    de-escalating the situation around Ukraine") or where missiles or drones came from ("47
    drones from Iran. Falling debris kills one person": not in Iran)."""
    if _in_a_purpose(m, []):
        return True
    tok = m.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.lower_ == "from" and head.lemma_.lower() in PROJECTILE_NOUNS | LAUNCH_LEMMAS:
            return True  # "47 drones from Iran", "launched from Yemen": where the fire came from
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _speech_lemmas():
            # "Pakistan claims that it killed 15 Taliban members in an airstrike in Spin
            # Boldak. The Taliban claims that twelve civilians are killed": a past act
            # reported is a scene the next sentence goes on with, where it happened (not
            # where someone was sent: "deport Ukrainian citizens to Russia"); what is only
            # said is not
            past = tok.tag_ in {"VBD", "VBN"}
            return not past or _locative_prep(m) in {"to", "into", "toward", "towards", "from"}
        if head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in head.children
        ):
            return True
        tok = head
    return False


def _location(m: Mention, method: str) -> dict:
    assert m.place is not None
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        **m.place.to_location(),
        "method": method,
    }


def _nearest(mentions: list[Mention], anchors: list[Token]) -> Mention:
    """The place closest to the trigger in the parse, then the most specific: "launching
    missiles across Ukraine, with two striking a factory in Mukachevo, injuring four" puts
    the launching in Ukraine and the injuring in Mukachevo."""
    if not anchors:
        return _most_specific(mentions)
    distance = {id(m): _tree_distance(m.root, anchors) for m in mentions}
    closest = min(distance.values())
    return _most_specific([m for m in mentions if distance[id(m)] <= closest + 1])


def _tree_distance(tok: Token, anchors: list[Token]) -> int:
    """Edges between a token and the nearest trigger token in the dependency tree."""
    up = {t.i: d for d, t in enumerate((tok, *tok.ancestors))}
    best = 99
    for anchor in anchors:
        for d, t in enumerate((anchor, *anchor.ancestors)):
            if t.i in up:
                best = min(best, d + up[t.i])
                break
    return best


def _most_specific(mentions: list[Mention]) -> Mention:
    def rank(m: Mention) -> tuple[int, int]:
        p = m.place
        level = 2 if p is None or p.is_country else SPECIFICITY.get(p.feature_class, 1)
        return level, m.start

    return min(mentions, key=rank)


def _trigger_tokens(doc: Doc, event: Event) -> list[Token]:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _overlaps(m: Mention, ref: ActorRef | None) -> bool:
    return ref is not None and m.start < ref.end and ref.start < m.end


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _is_the_target(m: Mention, ref: ActorRef | None) -> bool:
    """The target is this place, give or take an article ("the Konotop"), not a phrase
    holding it ("its Kharg Island in the Persian Gulf")."""
    return ref is not None and m.start - 4 <= ref.start and ref.end <= m.end


def _overlaps_token(tok: Token, ref: ActorRef | None) -> bool:
    return ref is not None and ref.start <= tok.idx < ref.end


def _is_actor(m: Mention, event: Event) -> bool:
    """The mention names a party, not a place: the source or speaker, a verbal act's target,
    a subject or possessor ("Moscow said", "Kyiv's position"), a modifier of an official."""
    if _physical(event) and any(
        _passive_clause_of(t, m.root) for t in _trigger_tokens(m.span.doc, event)
    ):
        return False  # "the Kyiv region that had been liberated": what was done to, not by
    if _overlaps(m, event.source) and not _placed_inside(m, event.source):
        if not _doer_named_by_place(m, event):
            return True
    if event.attribution is not None and _overlaps(m, event.attribution.speaker):
        return True
    if (
        _overlaps(m, event.target)
        and not _target_is_place(m, event)
        and not _placed_inside(m, event.target)
        and not _ground(m, m.root)  # "reopens the country's airspace"
    ):
        # "reopen its embassy in Kabul": a target named after "in"/"at" is also the place;
        # so is the place a physical act is done from or into ("withdraw from Tessalit").
        allowed = PHYSICAL_PREPS if _physical(event) else {"in", "at"}
        if _physical(event) and _moves_toward(m.root.doc, event):
            allowed = allowed | {"to"}  # "returned 1,000 bodies to Ukraine", "sent troops to X"
        if _locative_prep(m) not in allowed:
            return True
    root = m.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Russia and Ukraine swap prisoners": both are subjects
    if root.dep_ in METONYM_DEPS and not _ground(m, root):
        return True
    doc = root.doc
    after = m.span.end
    if after + 1 < len(doc) and doc[after].text == "-":
        role = doc[after + 1]
        if role.lower_ in HYPHEN_ROLES or role.tag_ == "VBN":
            return True  # "Marshall Islands-flagged", "Iran-backed", "US-drafted": attributes
    first = m.span.start
    if first >= 2 and doc[first - 1].lower_ == "in" and _attribute_participle(doc[first - 2]):
        return True  # "registered in Florida 1 nautical mile off Cuba", however it is parsed
    if root.dep_ == "pobj" and root.head.lower_ in PARTY_PREPS:
        return True  # "mediation by the UAE", "talks between Iran and the US": parties
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        # "the International Stabilization Force for Gaza", "aid for Sudan": a purpose or a
        # beneficiary; but "the battle for Bakhmut" is fought there.
        fought_over = root.head.head.lemma_.lower() in FOUGHT_OVER_NOUNS
        return not fought_over and not _moves_toward(root.doc, event)  # "sent aid for Gaza"
    if root.dep_ == "pobj":
        holder = root.head.head
        attribute = holder.pos_ == "VERB" and holder.lemma_.lower() in ATTRIBUTE_VERBS
        if root.head.lower_ == "in" and attribute:
            return True  # "a speedboat registered in Florida", "a group based in Syria"
        if root.head.lower_ == "of" and holder.lemma_.lower() in ACTOR_NOUNS | {"leader"}:
            return True  # "the leaders of France", "the government of Sudan"
    if root.dep_ in MODIFIER_DEPS and root.head.pos_ in {"NOUN", "PROPN"}:
        head = root.head
        if head.ent_type_ in {"PERSON", "ORG"} or head.lemma_.lower() in ACTOR_NOUNS:
            return True
        if m.place is not None and m.place.is_country:
            return True  # "U.S. military bases in Bahrain": a country as a modifier owns
    return False


def _seat_of_a_court(m: Mention, ref: ActorRef | None, anchors: list[Token]) -> bool:
    """A court named with its town ("the **Bangkok Criminal Court** sentences ...") sits
    there: the doer's name gives the place of what it does itself (its subject's verb, not
    an act it orders: "orders the Unification Church to dissolve")."""
    if ref is None or not _overlaps(m, ref):
        return False
    court = m.root
    if m.root.dep_ == "poss" and m.root.head.lemma_.lower() in COURT_WORDS:
        court = m.root.head  # "Puntland's highest military court sentences ...": its own
    elif not m.text.lower().endswith(" court"):
        return False
    verbs = {_first_conjunct(t).i for t in anchors}
    return court.dep_ in {"nsubj", "nsubjpass", "agent"} and court.head.i in verbs | {
        t.i for t in anchors
    }


def _doer_named_by_place(m: Mention, event: Event) -> bool:
    """ "A man is detained in Dubai": a doer the extractor reads from a place after "in" or
    "at" following the trigger, and hanging on it, is named by where the act was done."""
    if m.start < event.trigger.end or _locative_prep(m) not in {"in", "at"}:
        return False
    holder = m.root.head.head if m.root.dep_ == "pobj" else m.root.head
    return event.trigger.start <= holder.idx < event.trigger.end


def _ground(m: Mention, root: Token) -> bool:
    """A subject or possessor that is ground, not a party: water ("the strait is still not
    open"), a site ("the Rafah Border Crossing reopens") or a state's airspace, territory or
    waters ("the country's airspace")."""
    if m.place is not None and m.place.feature_class in {"H", "S"}:
        return True
    return root.dep_ == "poss" and root.head.lower_ in TERRITORY_NOUNS | HELD_SITE_NOUNS


def _attribute_participle(tok: Token) -> bool:
    """ "registered", "based", "born": a participle naming where someone belongs (not the
    noun "a base in X")."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() in ATTRIBUTE_VERBS


def _placed_inside(m: Mention, ref: ActorRef | None) -> bool:
    """ "Israeli airstrikes across southern Lebanon" as a source: the place is where the
    actor acted, after a locative preposition inside its span, not the actor itself."""
    if ref is None or m.start <= ref.start:
        return False
    return _locative_prep(m) in {"in", "across", "throughout", "at", "near", "inside"}


def _target_is_place(m: Mention, event: Event) -> bool:
    if event.cameo.root in PLACE_TARGET_ROOTS:
        return True
    if (
        m.root.lemma_.lower() in INSIDE_GROUND_NOUNS
        and m.root.dep_ == "dobj"
        and _root(event) not in STATEMENT_ROOTS  # "not ready to give up our territories"
    ):
        return True  # "A Russian drone breaches Romanian airspace", coded a defiance
    head = m.root.head
    if m.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        head = head.head.head  # "enter the city of Pokrovsk": the city is the place
    if m.root.dep_ == "pobj" and head.lower_ in {"to", "in"}:
        head = head.head  # "a visit to China", "arrives in Beijing"
    if _physical(event) and head.lemma_.lower() in ENTRY_LEMMAS:
        return True  # "troops enter the city of Pokrovsk", whatever the act was coded
    if _physical(event) and head.lemma_.lower() in LEAVING_LEMMAS:
        return True  # "U.S. military aircraft begin to leave Spain": where they were
    if event.cameo.root not in {"03", "04"}:
        return False  # a visit made (04) or promised (03: "will visit Pakistan")
    return head.lemma_.lower() in VISIT_LEMMAS


def _tied_to(m: Mention, anchors: list[Token], event: Event) -> bool:
    """Whether the parse ties the place to the trigger: by a locative preposition of the
    trigger (or of the nouns it governs, for material acts), or as a violent act's object."""
    anchor_ids = {t.i for t in anchors}
    verbal = not _physical(event)
    tok = m.root
    if not verbal and any(_passive_clause_of(t, tok) for t in anchors):
        return True  # "the cities of the Kyiv region that had been liberated": there
    prep: str | None = None
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and prep is None:
            prep = head.lower_
            if prep in NOT_LOCATIVE:
                return False
            holder = head.head
            if prep == "from" and holder.i not in anchor_ids:
                return False  # "officials from Libya": where they come from
            if prep == "from" and event.cameo.root == "04":
                return False  # "welcome our guests from India": where visitors came from
            if verbal and prep in PASSAGE_PREPS:
                return False  # "reaffirms that shipping through the Strait ...", misparsed
            if prep in {"on", "against"} and event.cameo.code.startswith("16"):
                return False  # "sanctions imposed on Russia": whom they hit, not where
            if prep == "from" and verbal and holder.head.i in anchor_ids:
                return False  # "agreed to limit oil imports from Russia": the topic's origin
            if prep == "from" and holder.pos_ in {"NOUN", "PROPN"}:
                if holder.lemma_.lower() not in AWAY_LEMMAS:
                    return False  # "welcome our guests from India": the guests' origin
        if head.i in anchor_ids:
            if prep is not None:
                return prep != "of" or head.pos_ == "NOUN"
            if tok.dep_ in {"dobj", "nsubjpass"}:
                return _target_is_place(m, event)
            return tok.dep_ in {"npadvmod"}  # "struck Kyiv overnight" variants
        if head.pos_ in {"VERB", "AUX"}:
            return False  # another clause's place
        if prep == "of" and tok.lower_ == "of" and head.lemma_.lower() in PLACE_NOUNS:
            prep = None  # "the town of Walikale": the place noun stands for the place
            tok = head
            continue
        if head.dep_ == "npadvmod" and head.ent_type_ in {"DATE", "TIME"} and tok.dep_ == "prep":
            tok = head  # "Today in Russia it was stated": the parse hangs the place on "Today"
            continue
        if head.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"conj", "appos", "compound"}:
            # Through a noun: a place noun ("the city of X") always; for material acts
            # also their objects ("hit targets in X"); a statement's topic never.
            # An actor's noun ("hosted the president in Paris") says where the actor was.
            word = head.lemma_.lower()
            actor = _overlaps_token(head, event.source) or _overlaps_token(head, event.target)
            # ... an argument of the act itself, not a participant deep in its topic ("calls
            # for the disarmament of armed groups in the DRC").
            actor = actor and (head.head.i in anchor_ids or head.head.head.i in anchor_ids)
            sited = word in PLACE_NOUNS or word in SITED_NOUNS
            signed = head.dep_ == "dobj" and head.head.lemma_.lower() in SIGN_LEMMAS
            sited = sited or signed and word in SIGNED_NOUNS
            if not sited and not actor and (verbal or head.ent_type_ == "PERSON"):
                return False
        tok = head
    return False


def _passive_clause_of(verb: Token, place: Token) -> bool:
    """The verb is a passive relative clause on the place ("a region that was liberated")."""
    if verb.dep_ != "relcl" or verb.head.i != place.i:
        return False
    return any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in verb.children)


def _sentence_place(usable: list[Mention], event: Event, anchors: list[Token]) -> Mention | None:
    """A place of the event's sentence, as rule 2 allows."""
    attribution = event.attribution
    if not _physical(event):
        # Where a verb of the sentence happened ("speaking in Kyiv"), not a topic; for a
        # meeting also the visit it is part of ("met the presidents, who are on a visit to
        # Ukraine").
        meeting = _root(event) in MEETING_ROOTS
        located = [
            m
            for m in usable
            if _under_locative_verb(m, anchors) or meeting and _visited(m, anchors)
        ]
        if _root(event) == "04":  # "welcome our guests from India": the guests' origin
            located = [m for m in located if _locative_prep(m) != "from"]
        return _most_specific(located) if located else None
    # "to X" is a destination, and the act's own "from X" (or a route's, "from X to Y") an
    # origin, unless the act moves there or away ("sent troops to X", "withdrew from X").
    lemmas = {t.lemma_.lower() for t in anchors}
    toward = bool(lemmas & TOWARD_LEMMAS)
    away = bool(lemmas & AWAY_LEMMAS) or _away(event)
    usable = [
        m
        for m in usable
        if not (_locative_prep(m) == "to" and not toward)
        and not (_locative_prep(m) == "from" and not away and _origin_of(m, anchors))
    ]
    if attribution is not None and attribution.content is not None:
        usable = [m for m in usable if _reported(m, attribution)]
    if not usable:
        return None
    by_prep = [m for m in usable if _locative_prep(m) is not None]
    chosen = _inner_place(_nearest(by_prep or usable, anchors), usable)
    if _of_a_described_act(chosen, anchors):
        # "arrest three men suspected of the attacks in Kaiama, Kwara State, Nigeria": the
        # attacks were in Kaiama; the arrest only in the country the sentence names.
        country = [
            m for m in usable if m.place.is_country and m.place.country == chosen.place.country
        ]
        return country[0] if country else chosen
    return chosen


def _inner_place(chosen: Mention, usable: list[Mention]) -> Mention:
    """The town the text puts in the chosen place ("in the town of Bani Suheila in the Gaza
    Strip"): the parse may hang the wider place nearer the trigger, but the text says which
    part of it; except when both are listed as one act's places ("across the Gaza Strip and
    Gaza City"), which are the wider one's."""
    if chosen.place is None:
        return chosen
    wide = chosen.place.is_country or chosen.place.is_region
    for m in usable:
        if m is chosen or m.place is None or m.place.country != chosen.place.country:
            continue
        if not (contains(chosen.place, m.place) or wide and m.place.feature_class in {"P", "S"}):
            continue  # the text puts a town in a region or country of its own
        doc = m.span.doc
        between = doc[m.span.end : chosen.span.start]
        if len(between) <= 4 and any(t.lower_ in {"in", "of", ","} for t in between):
            if not any(t.lower_ in {"and", "or"} for t in between):
                return m
    return chosen


def _coordinated_container(chosen: Mention, usable: list[Mention]) -> Mention:
    """ "attacks across the Gaza Strip and Gaza City": of two places listed together, one
    inside the other, the act is across the wider one."""
    for m in usable:
        if m is chosen or m.place is None or chosen.place is None:
            continue
        first, second = (m, chosen) if m.start < chosen.start else (chosen, m)
        between = {t.lower_ for t in first.span.doc[first.span.end : second.span.start]}
        listed = bool(between & {"and", "or"}) and between <= {"and", "or", "the"}
        if listed and contains(m.place, chosen.place):
            return m
    return chosen


def _of_a_described_act(m: Mention, anchors: list[Token]) -> bool:
    """The place belongs to another act told in a clause about a participant ("men suspected
    of participating in the attacks in X"): between it and the trigger, an act's noun and then
    a clause that modifies a noun."""
    ids = {t.i for t in anchors}
    act_noun = False
    for tok in m.root.ancestors:
        if tok.i in ids:
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SCENE_NOUNS | FOUGHT_OVER_NOUNS:
            act_noun = True
        if act_noun and tok.dep_ in {"acl", "relcl"} and tok.pos_ == "VERB":
            return any(a.i in ids for a in tok.ancestors)
    return False


def _visited(m: Mention, anchors: list[Token]) -> bool:
    """The place of a visit inside the meeting's own phrase: "met the presidents, who are
    on a visit to Ukraine" (not "will visit Pakistan amid talks", another act)."""
    tok = m.root
    if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "in"}:
        tok = tok.head
    visit = tok.head
    if tok.dep_ not in {"prep", "dobj"} or visit.lemma_.lower() not in VISIT_LEMMAS:
        return False
    ids = {t.i for t in anchors}
    if not any(a.i in ids for a in visit.ancestors):
        return False
    if _met_by_video(anchors):
        return False  # "held a video conference with X, who is on a visit to our country"
    # "invited him to visit Ukraine", "agreed to travel to Kyiv": a visit in the infinitive
    # below the act is what it is about, a visit still to come, not where the act was.
    tok = visit
    while tok.i not in ids:
        if tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        tok = tok.head
    return True


def _met_by_video(anchors: list[Token]) -> bool:
    """The act was done by video, so not where the guest is: a remote word in its sentence
    ("held a video conference") or the one before, or in the first sentence of a release that
    opens with a remote meeting ("... held a video conference with the ICC Prosecutor ... The
    President also thanked him for the visit to our country")."""
    if not anchors:
        return False
    sent = anchors[0].sent
    doc = sent.doc
    return _remote(sent) or any(t.lower_ in REMOTE_WORDS for t in next(iter(doc.sents)))


def _circumstance_of(verb: Token, anchors: list[Token]) -> bool:
    """The verb is the trigger, one it hangs from, or an adverbial clause of either that
    tells no act of someone else ("speaking in Kyiv, ..."; not "after Milei made remarks at
    an event in São Paulo", whose subject is named)."""
    above = {a.i for t in anchors for a in (t, *t.ancestors)}
    if verb.i in above:
        return True
    other_doer = any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in verb.children)
    return verb.dep_ == "advcl" and verb.head.i in above and not other_doer


def _origin_of(m: Mention, anchors: list[Token]) -> bool:
    """ "from X" on the act itself, or on a route ("transfer it from X to Y")."""
    tok = m.root
    if tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    route = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.head.head.children)
    return route or _own_prep_tok(tok, anchors)


def _own_prep_tok(pobj: Token, anchors: list[Token]) -> bool:
    holder = pobj.head.head
    ids = {t.i for t in anchors}
    return not ids or holder.i in ids or holder.head.i in ids


def _reported(m: Mention, attribution: Attribution) -> bool:
    """The place is in what the speaker reported, not where the speaking was: inside the
    content, or after the cue without hanging on it ("Kirby said in Washington that ...")."""
    content, cue = attribution.content, attribution.cue
    if content is not None and content.start <= m.start < content.end:
        return True
    if cue is None or m.start < cue.end:
        return False
    tok = m.root
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return not (cue.start <= head.idx < cue.end)


def _is_origin(m: Mention, event: Event, anchors: list[Token]) -> bool:
    """ "rocket strikes from Pakistan", "drones launched from Yemen": where a strike came
    from, not where it happened (also "from Rafah in the Gaza Strip" for the Strip)."""
    if any(t.lemma_.lower() in AWAY_LEMMAS for t in anchors):
        return False
    tok = m.root
    if tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        mover = tok.head.head
        if mover.lemma_.lower() in LAUNCH_LEMMAS and mover.i not in {t.i for t in anchors}:
            return True  # "drones coming from Iran", "missiles launched from Yemen"
    if event.cameo.code and event.cameo.root not in ORIGIN_ROOTS:
        return False
    if event.cameo.root not in ASSAULT_ROOTS and any(
        t.lemma_.lower() in LAUNCH_LEMMAS and tok.head.head.i == t.i for t in anchors
    ):
        return False  # the launch itself, not an attack told by it: "drones launched from Iran"
    while tok.dep_ == "pobj" and tok.head.lower_ in {"in", "of"}:
        if tok.head.head.ent_type_ not in {"GPE", "LOC", "FAC"}:
            break
        tok = tok.head.head  # "Rafah in the Gaza Strip": the Strip shares Rafah's role
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and _own_prep_tok(tok, anchors)


def _moves_toward(doc: Doc, event: Event) -> bool:
    """The trigger is an act of moving something somewhere ("return", "send"); not a
    deportation or extradition, done by the state that sends someone away."""
    return any(t.lemma_.lower() in TOWARD_LEMMAS for t in _trigger_tokens(doc, event))


def _away(event: Event) -> bool:
    return event.cameo.code.startswith("087")  # withdrawal, retreat, demobilisation


def _is_destination(m: Mention, anchors: list[Token]) -> bool:
    """ "en route to Abu Dhabi": where something was going, unless the act is the going."""
    lemmas = {t.lemma_.lower() for t in anchors}
    return _locative_prep(m) == "to" and not lemmas & TOWARD_LEMMAS


def _is_example(m: Mention, anchors: list[Token]) -> bool:
    """The place sits in an "including ..." phrase that does not hold the event too."""

    def example_heads(tok: Token) -> set[int]:
        found = set()
        for _ in range(10):
            if tok.lower_ in EXAMPLE_WORDS:
                found.add(tok.i)
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return found

    mine = example_heads(m.root)
    if not mine:
        return False
    theirs = set().union(*(example_heads(t) for t in anchors)) if anchors else set()
    return not mine <= theirs


def _sets_a_scene(event: Event) -> bool:
    """Fighting, force and withdrawal happen where the story is; a deal or an aid pledge in
    a long release need not, so only these borrow an earlier sentence's place."""
    code = event.cameo.code
    if not code:
        return event.quad_class not in VERBAL_QUADS
    return event.cameo.root in PLACE_TARGET_ROOTS or code.startswith("087")


def _root(event: Event) -> str:
    """The event's CAMEO root; an uncoded act named by a gathering ("held a briefing session",
    "a ceremony") is a meeting (04), and one named by a message ("sent greetings") a
    statement (01), placed as such (at the dateline of the release)."""
    if event.cameo.root:
        return event.cameo.root
    if _message(event.trigger.text):
        return "01"  # "sent greetings to Orthodox Christians": a statement
    return "04" if _gathering(event.trigger.text) else event.cameo.root


def _gathering(words: str) -> bool:
    return any(word in GATHERING_NOUNS for word in words.lower().split())


def _message(words: str) -> bool:
    return any(word in MESSAGE_NOUNS for word in words.lower().split())


def _physical(event: Event) -> bool:
    code = event.cameo.code
    if not code:
        if _gathering(event.trigger.text) or _message(event.trigger.text):
            return False  # "held a briefing session", "sent greetings": placed as verbal acts
        return event.quad_class not in VERBAL_QUADS  # a stand-in event of unknown code
    return event.cameo.root in PHYSICAL_ROOTS and not code.startswith(ADMINISTRATIVE_CODES)


def _locative_prep(m: Mention) -> str | None:
    tok = m.root
    if tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
        if tok.head.head.dep_ != "pobj":
            return "of"  # "entered the village of Mayba"
        tok = tok.head.head  # "from the towns of Sabiid": the towns' preposition
    if tok.dep_ == "pobj" and tok.head.lower_ not in NOT_LOCATIVE:
        return tok.head.lower_
    return None


def _under_locative_verb(m: Mention, anchors: list[Token]) -> bool:
    """Where the act's own verb, a verb above it or an adverbial clause of them happened
    ("speaking in Kyiv, Zelensky condemned ..."), not a verb of what it is about ("accuses
    the RSF of committing genocide in Sudan"); or the meeting it happened at ("after talks in
    Jeddah", "on the sidelines of the summit in Kuala Lumpur")."""
    prep = _locative_prep(m)
    if prep not in {"in", "at", "from", "during"}:
        return False
    tok = m.root if m.root.dep_ == "pobj" else m.root.head
    holder = tok.head.head
    if prep == "from" and holder.head.i in {t.i for t in anchors}:
        return False  # "agreed to limit oil imports from Russia": the topic's origin
    if holder.pos_ in {"VERB", "AUX"}:
        return not anchors or _circumstance_of(holder, anchors)
    if holder.lemma_.lower() not in SITED_NOUNS or holder.dep_ != "pobj":
        return False
    prep = holder.head
    if prep.lower_ == "of":  # "on the sidelines of the summit in X"
        sited = prep.head.lemma_.lower() in SITED_NOUNS
    else:
        sited = prep.lower_ in SITED_PREPS
    return sited and _at_own_occasion(prep, anchors)


def _at_own_occasion(prep: Token, anchors: list[Token]) -> bool:
    """The gathering is the act's own occasion: its phrase hangs on the act, on a verb above
    it or on one of their adverbial clauses ("after talks in Jeddah, X said"), not on a clause
    with a doer of its own ("summons the ambassador after Milei made remarks at an event in
    São Paulo")."""
    if not anchors:
        return True
    ids = {t.i for t in anchors}
    tok = prep
    for _ in range(MAX_CLIMB):
        tok = tok.head
        if tok.i in ids:
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            # ... or on a subjectless complement of the act ("announce their intention to
            # seek a ceasefire after talks in Jeddah").
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
            below = any(a.i in ids for a in tok.ancestors)
            return _circumstance_of(tok, anchors) or below and not own_subject
        if tok.head.i == tok.i:
            break
    return False
