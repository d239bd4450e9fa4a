"""The toponym rules' words and the country lookups they read.

The word sets come from data/toponym_words.tsv (read and checked once, at import); the
country names, adjectives, capitals and straits' coasts come from the actor and geo data.
Separate because every toponym module and the location rules read them, and a data error
should name its file and line, not a rule.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.datafiles import read_data_tsv

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
    "people_names",
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
# "at Rohingya refugee camps", "Fulani herders": a people or a faith, never a place itself
# (session 14: "Rohingya" was read as an unknown village in Cox's Bazar).
PEOPLE_NAMES = TOPONYM_WORDS["people_names"]
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
