"""Whether a name is a place: the vetoes (a person's or a body's name, a vessel, a document,
a name that is a country inside a longer entity) and the evidence for an unknown or
mis-tagged name (led into by a locative word, put in a known place, a big town, a site's town).

Separate because these are the judgments most often tuned, apart from finding the spans
(toponyms.py) and choosing among namesakes (toponym_resolution.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.geo.gazetteer import Gazetteer, Place, normalise
from eventwire.geo.name_spans import _name_word, _skip_brackets, _trim
from eventwire.geo.place_mention import Mention, contains
from eventwire.geo.toponym_words import (
    BIG_TOWN,
    BODY_WORDS,
    BUILDING_KINDS,
    BUILDING_WORDS,
    COMPASS_WORDS,
    DOCUMENT_TAILS,
    EDGE_NOUNS,
    FACILITY_TAILS,
    FORCE_VERBS,
    GENERIC_TAILS,
    GROUND_NOUNS,
    HULL_PREFIXES,
    LOCATIVE_PREPS,
    MILLION,
    NAMED_AFTER_PEOPLE,
    PEOPLE_NAMES,
    PERSON_TITLES,
    PLACE_FRONTS,
    PLACE_LEADS,
    PLACE_OF,
    REGION_TAILS,
    REGNAL_NUMBERS,
    SITE_TAILS,
    STATE_WORDS,
    TAKING_VERBS,
    TOWN,
    VESSEL_NOUNS,
    country_names,
    country_words,
    nationality_countries,
)


def _names_no_place(span: Span) -> bool:
    """A place's name used for something else: a people ("Rohingya", "Druze"), a document or
    a format named after where it was made ("the **Minsk** agreements", "the Normandy
    format", "the Oslo Accords"), or a person's name after a title ("Assistant Secretary
    **Medina**", "Defence Minister **Israel** Katz"). A site word after the name still makes
    a place ("Prince Sultan Air Base")."""
    doc = span.doc
    last = span[-1].lower_
    if len(span) == 1 and last in PEOPLE_NAMES:
        # "at Rohingya refugee camps", "Fulani herders": a people, not a village; but
        # "the Amhara region" is the region (its unit word follows)
        return span.end >= len(doc) or doc[span.end].lower_ not in GENERIC_TAILS
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
    """ "Central Darfur State", "Lower Juba Region", "the Al Anbar Governorate": a region
    written with its unit word, which our rows may list without it."""
    unit = span[-1].text if len(span) > 1 else ""
    if unit != "State" and not (unit[:1].isupper() and unit.lower() in REGION_TAILS):
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
    """The name is followed, after commas (the first may be "in") and at most one unknown
    district ("Loroum Province"), by the country or a region of one of its namesakes."""
    doc = span.doc
    i, hops = span.end, 0
    # "drones hit Ramon Airport near Eilat [ORG] in Southern District, Israel": "in" puts the
    # town in its region or country as a comma does
    while i < len(doc) and (doc[i].text == "," or doc[i].lower_ == "in" and not hops) and hops < 3:
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
