"""Rules 1-2: the event's own place from its sentence: a place the parse ties to the
trigger ("strikes on Kharkiv", "talks in Istanbul"), else the nearest place of the
sentence that the act's kind allows (a verbal act only where its own verb happened).

Separate from the scene rules (scene.py, gatherings.py) because it reads one sentence's
parse only; they carry places across sentences.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.geo.act_kinds import _physical, _root
from eventwire.geo.gazetteer import Place
from eventwire.geo.location_basics import (
    _conjuncts,
    _first_conjunct,
    _is_the_target,
    _locative_prep,
    _most_specific,
    _overlaps_token,
    _remote,
)
from eventwire.geo.location_words import (
    AWAY_LEMMAS,
    CASUALTY_LEMMAS,
    FOUGHT_OVER_NOUNS,
    INSIDE_GROUND_NOUNS,
    LIST_MIN,
    MAX_CLIMB,
    MEETING_ROOTS,
    NOT_LOCATIVE,
    PARTICIPANT_NOUNS,
    PASSAGE_PREPS,
    PLACE_NOUNS,
    REMOTE_WORDS,
    SCENE_GATHERINGS,
    SCENE_NOUNS,
    SIGN_LEMMAS,
    SIGNED_NOUNS,
    SITED_NOUNS,
    SITED_PREPS,
    SPEECH_NOUNS,
    STATEMENT_ROOTS,
    TOWARD_LEMMAS,
    TRAILING_POSS,
    VENUE_NOUNS,
    VISIT_LEMMAS,
)
from eventwire.geo.not_a_place import (
    _object_clause_of,
    _own_prep_tok,
    _passive_clause_of,
    _target_is_place,
)
from eventwire.geo.place_mention import Mention, contains
from eventwire.geo.toponym_words import FACILITY_TAILS, PLACE_ENTS, SITE_TAILS
from eventwire.records import Attribution, Event


def _wider_than_a_list(m: Mention, usable: list[Mention], event: Event) -> Mention:
    """One act in a list of three or more places ("raids in Dera Ismail Khan, North
    Waziristan, Bannu and Bajaur, in Pakistan") happened across them: the place the sentence
    names as containing them all, when it names one; else the chosen place stays. An act on
    one of them as its target ("missiles struck Kharkiv, Sumy and Odesa") is at that one."""
    head = _first_conjunct(m.root)
    members = [n for n in usable if _first_conjunct(n.root).i == head.i]
    names = _conjuncts(head)
    others = _other_places_in(names, members, usable)
    if others is not None:
        return others  # "gather in Tel Aviv, Jerusalem, and other cities in Israel": Israel
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


def _other_places_in(
    names: list[Token], members: list[Mention], usable: list[Mention]
) -> Mention | None:
    """Session 14: a list that ends in "and other cities in X" ("More than 100,000 Israelis
    gather in Tel Aviv, Jerusalem, and other cities in Israel") spans more places than it
    names: the act is across X, the place the list's last member puts them all in."""
    for noun in names:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLACE_NOUNS:
            continue
        if not any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
            continue
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "across"}]
        objects = {g.i for p in preps for g in p.children if g.dep_ == "pobj"}
        for n in usable:
            if (
                n.root.i in objects
                and n.place is not None
                and members
                and all(k.place is not None and _within(n.place, k.place) for k in members)
            ):
                return n
    return None


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


def _tied_to(m: Mention, anchors: list[Token], event: Event) -> bool:
    """Whether the parse ties the place to the trigger: by a locative preposition of the
    trigger (or of the nouns it governs, for material acts), or as a violent act's object."""
    anchor_ids = {t.i for t in anchors}
    verbal = not _physical(event)
    tok = m.root
    if not verbal and any(_passive_clause_of(t, tok) for t in anchors):
        return True  # "the cities of the Kyiv region that had been liberated": there
    if any(_object_clause_of(t, tok) for t in anchors):
        return True  # "the city of Bucha, which the parliamentarians visited": there
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
            own = tok.i == m.root.head.i  # the place's own preposition hangs on the act
            if prep is not None and verbal and own and _after_the_topic(tok, head, event):
                return False  # "declares a three-day ceasefire in Ukraine": the ceasefire's
            if prep is not None:
                # "the capture of X" is there; the object of a verbal act's verb names its
                # topic: "will not cede control of Bagram Air Base" is refused where said.
                topic = verbal and head.dep_ == "dobj" and head.head.i in anchor_ids
                return prep != "of" or (head.pos_ == "NOUN" and not topic)
            if tok.dep_ in {"dobj", "nsubjpass"}:
                # "Lublin Airport is closed": a site or facility is done to where it is
                return _target_is_place(m, event) or _a_site(m)
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
            actor = actor or _the_party_met(head, anchor_ids, event)
            sited = word in PLACE_NOUNS or word in SITED_NOUNS or word in VENUE_NOUNS
            signed = head.dep_ == "dobj" and head.head.lemma_.lower() in SIGN_LEMMAS
            sited = sited or signed and word in SIGNED_NOUNS
            # "violations of Algerian airspace": a state's airspace stands for its ground, as
            # a verb's object does (round 15), unless the act is only said or agreed
            sited = sited or word in INSIDE_GROUND_NOUNS and _root(event) not in STATEMENT_ROOTS
            if verbal and _judged_gathering(head, anchor_ids, event):
                return False  # "commended the recent meeting in Kyiv": what is praised
            if not sited and not actor and (verbal or head.ent_type_ == "PERSON"):
                return False
        tok = head
    return False


def _a_site(m: Mention) -> bool:
    """A facility, road or crossing (by the gazetteer's class or its name's last word)."""
    if m.place is not None and m.place.feature_class == "S":
        return True
    return m.span[-1].lower_ in FACILITY_TAILS | SITE_TAILS


def _the_party_met(noun: Token, anchor_ids: set[int], event: Event) -> bool:
    """The noun is whom a meeting was held with, also when the extractor coded no one or
    only the first of several: "welcome the President of Poland and my friend Andrzej Duda
    **in Kyiv**", "following a meeting with the Presidents of Poland and Lithuania **in
    Kyiv**" (the tagger hangs the place on the last party; the meeting was there)."""
    if _root(event) not in MEETING_ROOTS:
        return False
    if noun.ent_type_ != "PERSON" and noun.lemma_.lower() not in PARTICIPANT_NOUNS:
        return False  # "discussed cooperation within the format Ukraine - Poland - Britain"
    tok = noun
    for _ in range(4):
        if tok.dep_ not in {"conj", "appos"}:
            break
        tok = tok.head
    if tok.dep_ == "dobj":
        return tok.head.i in anchor_ids
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i in anchor_ids


def _after_the_topic(prep: Token, verb: Token, event: Event) -> bool:
    """A place the tagger hangs on a verbal act's verb right after the act's object tells
    where that object is, not where the act was done: "declares a three-day ceasefire in
    Ukraine", "agree to an immediate ceasefire in Ukraine", "recognize the Taliban
    government in Afghanistan", "briefed them on the situation in the east of our country".
    Not after a named party ("imposed sanctions on Iran in Brussels"), a speech or a
    gathering ("delivered a speech in Kyiv"), nor for a meeting ("hosted the president in
    Paris")."""
    if _root(event) == "04" or prep.i == 0 or verb.pos_ not in {"VERB", "AUX"}:
        return False  # a meeting's place, or a trigger noun's own ("halt the sale ... in X")
    if verb.lemma_.lower() in SIGN_LEMMAS:
        return False
    before = prep.doc[prep.i - 1]
    for child in verb.children:
        if child.i >= prep.i:
            continue
        if child.dep_ == "dobj":
            nouns = [child]
        elif child.dep_ == "prep":
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            if noun.i != before.i or noun.right_edge.i != before.i or noun.pos_ != "NOUN":
                continue  # the object's own noun right before the place, not a name in it
            return noun.lemma_.lower() not in SITED_NOUNS | SPEECH_NOUNS and not noun.ent_type_
    return False


def _the_topics_place(m: Mention, anchors: list[Token], event: Event) -> bool:
    """The place hangs on the act's own verb right after its object: the object's place
    (`_after_the_topic`)."""
    prep = m.root.head
    return (
        m.root.dep_ == "pobj"
        and prep.head.i in {t.i for t in anchors}
        and _after_the_topic(prep, prep.head, event)
    )


def _judged_gathering(noun: Token, anchor_ids: set[int], event: Event) -> bool:
    """A gathering that is the object of a verbal act other than a meeting ("commended the
    recent meeting in Kyiv", "welcomed the talks in Doha") is what the act is about, not
    where it was done; a meeting's own object is ("held talks in Doha", "attended the summit
    in X")."""
    return (
        noun.dep_ == "dobj"
        and noun.head.i in anchor_ids
        and noun.lemma_.lower() in SITED_NOUNS
        and _root(event) != "04"
    )


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
            if _under_locative_verb(m, anchors)
            and not _the_topics_place(m, anchors, event)
            or meeting
            and _visited(m, anchors)
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
    just_before = _place_before_casualty(usable, anchors)
    if just_before is not None and just_before.place is not None and chosen.place is not None:
        if contains(chosen.place, just_before.place):
            chosen = just_before  # narrower, inside the place the parse gave
    if _of_a_described_act(chosen, anchors):
        # "arrest three men suspected of the attacks in Kaiama, Kwara State, Nigeria": the
        # attacks were in Kaiama; the arrest only in the country the sentence names.
        country = [
            m for m in usable if m.place.is_country and m.place.country == chosen.place.country
        ]
        return country[0] if country else chosen
    return chosen


def _place_before_casualty(usable: list[Mention], anchors: list[Token]) -> Mention | None:
    """Session 16: "..., with two missiles striking a factory in Mukachevo, Zakarpattia
    Oblast, injuring over a dozen people": a casualty participle set off by a comma right
    after a place (or a chain of places joined by commas) tells the harm done there, however
    the parse hangs it on an earlier, wider act; the chain's first place is the narrowest."""
    if not anchors:
        return None
    first = anchors[0]
    doc = first.doc
    if first.tag_ != "VBG" or first.lemma_.lower() not in CASUALTY_LEMMAS or first.i < 2:
        return None
    if doc[first.i - 1].text != ",":
        return None
    ending = {m.span.end: m for m in usable}

    def ending_at(comma: int) -> Mention | None:
        # the place right before the comma, or one word short of it ("Pokrovsk [Raion],")
        return ending.get(comma) or ending.get(comma - 1)

    def comma_before(m: Mention) -> int | None:
        # the comma before the place, or before a lower-case word of it ("..., eastern Congo")
        at = m.span.start - 1
        if at >= 1 and doc[at].is_lower and doc[at].pos_ == "ADJ":
            at -= 1
        return at if at >= 1 and doc[at].text == "," else None

    found = ending_at(first.i - 1)
    while found is not None and (comma := comma_before(found)) is not None:
        before = ending_at(comma)
        if before is None:
            break
        found = before
    if found is not None:
        head = found.root
        while head.dep_ in {"conj", "appos"} and head.head.i < head.i:
            head = head.head  # the chain's first place, however the commas fall
        first_of_chain = [m for m in usable if m.span.start <= head.i < m.span.end]
        if first_of_chain and first_of_chain[0].start < found.start:
            found = first_of_chain[0]
        return _inner_place(found, usable)  # "in the village of X in Y region, killing"
    return None


def _venue_town(chosen: Mention, usable: list[Mention]) -> Mention:
    """Session 16: "a mass shooting at Zahnradfabrik Hanel in Bad Friedrichshall", "the
    Halifax International Security Forum in Canada": a name the gazetteer lacks that the
    tagger reads as no place (a firm, a forum), with no word of a site, placed by the known
    place right after it ("in X"), is a venue; the event's place is that known place."""
    place = chosen.place
    if place is None or place.feature_code != "INFERRED" or chosen.root.ent_type_ in PLACE_ENTS:
        return chosen
    doc = chosen.span.doc
    last = chosen.span[-1].lower_
    gathering = last in SCENE_GATHERINGS  # "the Halifax International Security Forum"
    firm = chosen.span.start > 0 and doc[chosen.span.start - 1].lower_ == "at"
    if not (gathering or firm) or last in PLACE_NOUNS or chosen.root.ent_type_ == "FAC":
        return chosen  # a village the tagger calls a person is seldom "at" ("in Tardo")
    after = chosen.span.end
    if after >= len(doc) or doc[after].lower_ != "in":
        return chosen
    for m in usable:
        if m.span.start in {after + 1, after + 2} and m.place is not None and m is not chosen:
            return m
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
        if m.span.start == chosen.span.end + 1 and doc[chosen.span.end].lower_ in TRAILING_POSS:
            return m  # "in the Democratic Republic of the Congo's Ituri Province", however parsed
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
    a clause that modifies a noun (a participant, not the scene: "killed in a series of
    explosions caused by drone strikes in Goma" were killed in Goma)."""
    ids = {t.i for t in anchors}
    act_noun = False
    for tok in m.root.ancestors:
        if tok.i in ids:
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SCENE_NOUNS | FOUGHT_OVER_NOUNS:
            act_noun = True
        if act_noun and tok.dep_ in {"acl", "relcl"} and tok.pos_ == "VERB":
            if tok.head.lemma_.lower() in SCENE_NOUNS | FOUGHT_OVER_NOUNS:
                # "killed in explosions caused by drone strikes in Goma": a clause on the
                # scene itself tells how it came about, in the same place
                return False
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
    holder = _holding_verb(anchors)
    if (
        holder is not None
        and visit.dep_ == "pobj"
        and visit.head.lower_ in {"during", "on"}
        and visit.head.head.i == holder.i
    ):
        ids.add(holder.i)  # "During the visit to Canada, ... is holding a series of meetings"
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


def _holding_verb(anchors: list[Token]) -> Token | None:
    """The verb a trigger noun is the object of, through "a series of" ("is holding a series
    of meetings"): a visit on that verb is the meeting's (session 16)."""
    if not anchors or anchors[0].pos_ != "NOUN":
        return None
    tok = anchors[-1]
    for _ in range(4):
        if tok.dep_ == "dobj" and tok.head.pos_ in {"VERB", "AUX"}:
            return tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
            return None
        tok = tok.head.head
    return None


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


def _away(event: Event) -> bool:
    return event.cameo.code.startswith("087")  # withdrawal, retreat, demobilisation


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
    if holder.lemma_.lower() in VENUE_NOUNS and holder.dep_ == "pobj" and prep in {"in", "at"}:
        above = holder.head.head  # the act or gathering the venue's "at"/"in" hangs on
        if holder.head.lower_ in {"in", "at"} and (
            above.pos_ in {"VERB", "AUX"} or above.lemma_.lower() in SITED_NOUNS
        ):
            holder = above  # "speaking at the UN headquarters in New York", "after talks at"
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
