"""Places read as countries: seats of government, gazetteer places and capitals.

Helpers that say which country a place word points to ("the mayor of Kharkiv" is Ukraine's,
"talks in Moscow" name a place, not the Kremlin's government acting). Separate from the
resolver's rules because they read the gazetteer and the sentence around a place, which both
the stateless `Resolver` and the per-article `ArticleActors` need.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from eventwire.actors.mentions import Resolution
from eventwire.actors.name_index import Cue
from eventwire.datafiles import read_word_sets
from eventwire.nlp.pipeline import children_of

# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")

PLACE_PREPS = {"in", "of", "from", "at", "near"}


class PlaceEntity(NamedTuple):
    """A GPE or LOC entity of the article: token span, head and text."""

    start: int
    end: int
    root: Token
    text: str


@lru_cache(maxsize=50_000)
def _likeliest_place(name: str):  # noqa: ANN202 - a geo.gazetteer.Place, or None
    """The most likely place of that name with a country, in the gazetteer the location
    stage uses (loaded once per process)."""
    from eventwire.geo.gazetteer import load_gazetteer  # geo builds on actors, not back

    return next((p for p in load_gazetteer().lookup(name) if p.country), None)


@lru_cache(maxsize=10_000)
def region_of(name: str, country: str) -> bool:
    """Whether the gazetteer has a first-level region of that name in that country
    ("Georgia" in the USA, "Punjab" in India)."""
    from eventwire.geo.gazetteer import load_gazetteer  # geo builds on actors, not back

    places = load_gazetteer().lookup(name)
    return any(p.country == country and p.feature_class == "A" for p in places)


def nation_country(name: str) -> str | None:
    """GBR for a nation of the United Kingdom ("England", "Scotland"): the United Kingdom's
    first-level regions in the gazetteer (our places.tsv rows). A name that ends a place chain
    like a state: "a fire ... in Kent, England" is British, not American (session 14)."""
    place = _likeliest_place(name)
    if place is not None and place.country == "GBR" and place.feature_code == "ADM1":
        return "GBR"
    return None


def gazetteer_country(name: str) -> str | None:
    """The country of the most likely town or region of that name; None for seas, sites
    and unknowns."""
    place = _likeliest_place(name)
    return place.country if place is not None and place.feature_class in {"P", "A"} else None


def _own_place_country(head: Token, places: list[PlaceEntity]) -> str | None:
    """The country of a town or region named in the noun's own phrase ("residents of
    Kherson")."""
    for prep in children_of(head):
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in children_of(prep):
            if pobj.dep_ == "pobj" and _seat_in_name(head, pobj):
                country = _seat_country(pobj.text)  # "the Higher Regional Court of Dresden"
                if country is not None:
                    return country
            if pobj.dep_ != "pobj" or pobj.ent_type_ not in {"GPE", "LOC"}:
                continue
            ent = next((e for e in places if e.start <= pobj.i < e.end), None)
            if ent is not None and (country := gazetteer_country(ent.text)) is not None:
                return country
    return None


# A town named as a body's seat inside its name must be a city (a large populated place):
# "Justice", "Commerce", "Hope" are small towns too.
SEAT_MIN_POPULATION = 100_000


def _seat_in_name(head: Token, pobj: Token) -> bool:
    """A one-word proper name after "of" that ends a body's name ("the Higher Regional Court
    of Dresden"), to which the tagger gave no place type (none, or the body's ORG)."""
    return (
        head.pos_ == "PROPN"
        and pobj.ent_type_ in {"ORG", ""}
        and pobj.pos_ == "PROPN"
        and pobj.is_title
        and not any(True for _ in pobj.children)
    )


def _seat_country(name: str) -> str | None:
    """The country of a city of that name (populated place of at least
    `SEAT_MIN_POPULATION`), else None."""
    place = _likeliest_place(name)
    if place is not None and place.feature_class == "P" and place.population >= SEAT_MIN_POPULATION:
        return place.country
    return None


# Offices of a town or region: "the mayor of X", "the governor of X region".
LOCAL_OFFICES = WORD_LISTS["local_offices"]
AREA_NOUNS = WORD_LISTS["area_nouns"]


def _local_office_country(head: Token, title: str) -> str | None:
    """The country of the place after "of" in a local office's phrase (the head's own, or
    an appositive's): "the mayor of Odesa", "Artem Semenikhin, the mayor of Konotop, Sumy",
    "the governor of Kursk region". Only local offices: "Minister of Justice" names none."""
    if title.split()[-1] not in LOCAL_OFFICES:
        return None
    holders = [head, *(c for c in children_of(head) if c.dep_ == "appos")]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is None or any(c.dep_ in {"det", "prep"} for c in children_of(obj)):
                continue  # "the governor of the Bank of England": a body, not a place
            names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if obj.pos_ == "PROPN":
                names.append(obj)
            elif obj.lemma_.lower() not in AREA_NOUNS:
                continue
            if names:
                country = gazetteer_country(" ".join(t.text for t in names))
                if country is not None:
                    return country
    return None


def _drop_homonym_capitals(cues: list[Cue], doc: Doc) -> list[Cue]:
    """ "Santo Domingo, Ecuador", "Córdoba, Argentina": a capital's name followed by another
    country's name is a town of that country, not the capital (nor its government)."""
    after = {c.start: c for c in cues if c.kind == "country"}
    kept: list[Cue] = []
    for cue in cues:
        if cue.kind in {"country", "adjective"} and _region_part(doc, cue.start):
            continue  # "South America", "Latin American": a region, not the United States
        if cue.kind == "metonym" and cue.end < len(doc) and doc[cue.end].text in EVENT_NAME_HEADS:
            continue  # "the Dakar Rally", "the Minsk Agreements": an event or treaty's name
        if cue.kind == "metonym" and cue.end + 1 < len(doc) and doc[cue.end].text == ",":
            country = after.get(cue.end + 1)
            if country is not None and country.value != cue.value:
                continue
        kept.append(cue)
    return kept


REGION_WORDS = WORD_LISTS["region_words"]
# Capitalised words after a capital's name that make it the name of an event or a treaty,
# which says nothing of whose people or government act ("the 2022 Dakar Rally").
EVENT_NAME_HEADS = WORD_LISTS["event_name_heads"]
# Heads of a body named by the title it serves ("Office of the Spokesperson").
OFFICE_HEADS = WORD_LISTS["office_heads"]
# Prepositions after which a capital names where something happens, not who acts ("talks in
# Moscow"); "by", "from", "to", "with" are left out: "sanctions by Moscow", "a call to Kyiv".
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "throughout", "across"}


def _office_of_seat(head: Token, national: list[Cue]) -> bool:
    """ "the White House Office of Intergovernmental Affairs", "the Kremlin Office": an
    office named after the seat of government is part of that government."""
    return head.lemma_.lower() in OFFICE_HEADS and any(c.kind == "metonym" for c in national)


def _capital_as_place(head: Token, res: Resolution) -> bool:
    """A capital's name as the object of a locative preposition ("in Paris, France", "the
    U.S. Embassy in Kyiv") is the city: its government is not meant, so the mention is no
    actor and no antecedent for a later "it" or "they"."""
    return (
        res.resolved
        and head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE_PREPS
        and res.kind not in {"person", "org"}
        and any(w.startswith("seat of government") for w in res.why)
        and not any(w.startswith(("title", "orgterm", "noun", "person", "org")) for w in res.why)
    )


def _region_part(doc: Doc, start: int) -> bool:
    """A country's name right after a compass word of the same name ("South America",
    "Central American"): the longer name, had it been a country, would have matched whole."""
    return start > 0 and doc[start - 1].text in REGION_WORDS and doc[start].ent_iob_ == "I"
