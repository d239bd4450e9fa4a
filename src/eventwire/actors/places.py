"""Places named as actors: "Russia shelled Kharkiv" is an act against Ukraine.

The resolver codes states, capitals and organisations from the knowledge base, but a town
or a region named as the source or target of an event ("strikes on Kharkiv", "raided the
village of Novoselivka") is left uncoded there: it is not in the actor data. The location
stage resolves every place name against the gazetteer with the article's context (other
places, the actors' countries, the dateline), so an uncoded actor whose phrase ends in such
a place takes that place's country, as CAMEO codes a city by its state.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.actors.mentions import compose_code
from eventwire.datafiles import read_word_uses
from eventwire.geo.place_mention import Mention
from eventwire.records import ActorRef, Event

# GeoNames classes a state can be coded from: towns (P) and administrative areas (A);
# not seas, straits or sites (H, S, L), which belong to no state or to a contested one.
STATE_PLACE_CLASSES = {"P", "A"}


def code_places_as_actors(events: list[Event], mentions: list[Mention]) -> None:
    """Give each uncoded source or target that names a resolved town or region its country,
    and unnamed victims the country they were harmed in (see `_victims_where_harmed`)."""
    for event in events:
        _victims_where_harmed(event)
    places = [
        m
        for m in mentions
        if m.place is not None and m.place.country and m.place.feature_class in STATE_PLACE_CLASSES
    ]
    if not places:
        return
    for event in events:
        event.source = _as_place(event.source, places)
        event.target = _as_place(event.target, places)


# Groups whose nationality a text leaves unsaid ("three civilians", "two children").
VICTIM_SECTORS = {"CVL", "EDU", "MED", "REF", "LAB", "AGR", "REL"}
# PLOVER types of harm done to people where they are.
HARM_TYPES = {"ASSAULT", "COERCE"}


def _victims_where_harmed(event: Event) -> None:
    """ "A Russian drone strike on a bus in Kherson kills three civilians": the civilians
    are not Russian. A victim group that names no nationality of its own and was given the
    attacker's country, or no country, takes the country where the event is placed instead."""
    source, target, where = event.source, event.target, event.location
    if source is None or target is None or not where or event.plover.type not in HARM_TYPES:
        return
    place_country = where.get("country")
    if (
        target.sector in VICTIM_SECTORS
        and source.country is not None
        # given the attacker's country, or none (the resolver withholds the attacker's:
        # "Four people are killed ... in a Russian drone attack on Kharkiv")
        and target.country in {source.country, None}
        and place_country
        and place_country != target.country
        and not any(word[:1].isupper() for word in target.text.split()[1:])
        and not _named_first(target.text)
    ):
        code = compose_code(place_country, target.sector)
        event.target = replace(target, country=place_country, code=code)


# Words that open a victim phrase at the start of a sentence without naming anyone.
COUNTING_WORDS = read_word_uses("eventwire.actors", "counting_words.tsv")["opens_victim_phrase"]


def _named_first(text: str) -> bool:
    """Whether the phrase opens with a capitalised word that may name a nationality
    ("Russian civilians"), not a sentence-initial count ("Four people", "Twenty civilians")."""
    first = text.split()[0] if text.split() else ""
    if not first[:1].isupper():
        return False
    word = first.lower()
    return not (word in COUNTING_WORDS or word.endswith(("ty", "teen")) or word.isdigit())


def _as_place(ref: ActorRef | None, places: list[Mention]) -> ActorRef | None:
    if ref is None or ref.code is not None:
        return ref
    for m in places:
        # the phrase ends in the place name: "Kharkiv", "the village of Novoselivka"
        if ref.start <= m.start and m.end == ref.end:
            country = m.place.country
            return replace(ref, name=m.place.name, actor_id=country, country=country, code=country)
    return ref
