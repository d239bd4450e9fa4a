"""Toponym resolution: place mentions in a parsed article -> gazetteer entries.

Mentions are spaCy's GPE/LOC/FAC entities, plus proper names the small model tags as
PERSON/ORG or not at all ("Kharkiv" is often ORG) when the gazetteer knows them as a
curated conflict place or a town of 100,000+ after a locative preposition, any name before
an administrative word ("Pokrovsk Raion", "the Hangu district"), and unknown names the text
leads into or puts in a known place ("captured Rozlyv [uk] in Donetsk Oblast"). Namesakes
are told apart by a score: a population prior (Paris, France over Paris, Texas), the places
the article names below country level, "X, Y" qualifiers ("Paris, Texas", "Tbilisi,
Georgia"), the actors' countries, the nationalities the text names and the dateline.

Finding the mentions is here; the name readings it uses are in name_spans.py and
place_names.py, "the country"/"the region" in place_anaphors.py, and the choice between
namesakes in toponym_resolution.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.geo.gazetteer import Gazetteer, Place
from eventwire.geo.name_spans import (
    _joined_name,
    _name_word,
    _propn_runs,
    _trim,
    _with_admin_tail,
    _with_compass_word,
    _with_facility_tail,
    _with_feature_front,
    _with_name_rest,
)
from eventwire.geo.place_anaphors import _definite_places
from eventwire.geo.place_mention import Mention
from eventwire.geo.place_names import (
    _acronym_of_a_body,
    _area_named,
    _as_building,
    _country_inside,
    _facility_town,
    _fronted_place,
    _led_as_place,
    _likely_place,
    _named_elsewhere,
    _named_like_a_place,
    _names_a_vessel,
    _names_no_place,
    _placed_by_next,
    _put_in_a_known_place,
    _unit_named,
)
from eventwire.geo.toponym_words import (
    ADMIN_TAILS,
    BUILDING_WORDS,
    COUNTY_TAILS,
    GENERIC_TAILS,
    MAYBE_PLACE_ENTS,
    NAMED_AFTER_PEOPLE,
    PERSON_TITLES,
    PLACE_ENTS,
    REGION_TAILS,
    SITE_TAILS,
    STATE_WORDS,
    TERRITORY_NOUNS,
    country_names,
    country_words,
    nationality_countries,
)
from eventwire.nlp.pipeline import tokens_of


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions in reading order (entities first, then gazetteer-known proper names)."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    shared = (*_sites(doc, gazetteer), *_shared_unit(doc, gazetteer), *_unit_of(doc, gazetteer))
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


def _unit_of(doc: Doc, gazetteer: Gazetteer) -> Iterable[Mention]:
    """A region named by its unit word first: "the Province of Équateur", "the Emirate of
    Fujairah", "the Region of Murcia". The tagger cuts such names anywhere ("the Province of"
    [GPE] + "Équateur, Democratic Republic of the Congo" [GPE]); read whole, they are the
    region "X Province" of our rows, a region our rows list as X, or one named after its town
    X (never a country: "the Islamic Emirate of Afghanistan" is a state's name)."""
    for unit in tokens_of(doc):
        if not (unit.text[:1].isupper() and unit.lower_ in REGION_TAILS):
            continue
        start = unit.i + 2
        if start >= len(doc) or doc[unit.i + 1].lower_ != "of":
            continue
        end = start
        while end < len(doc) and end - start < 4 and _name_word(doc[end]):
            end += 1
        for stop in range(end, start, -1):
            name = doc[start:stop]
            found = gazetteer.lookup(f"{name.text} {unit.text}")
            known = found or gazetteer.lookup(name.text)
            regions = [p for p in known if p.is_region]
            towns = [p for p in known if p.feature_class == "P"]
            if not regions and towns and not any(p.is_country for p in known):
                regions = _regions_named_by(doc[unit.i : stop].text, towns)
            if regions:
                span = doc[unit.i : stop]
                yield Mention(span.text, span.start_char, span.end_char, span, regions)
                break


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
