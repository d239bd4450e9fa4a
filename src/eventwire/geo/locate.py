"""The Locator stage: where each event happened, read from the shared spaCy Doc.

Rules (docs/locations.md), in order:
1. "parse": a place tied to the event in the dependency parse: a locative preposition of
   the trigger or of its nouns ("strikes on Kharkiv", "talks in Istanbul", "protests in
   Tbilisi"), or the place a violent act or a visit is done to ("attacked Kyiv").
2. "sentence": else a place elsewhere in the event's sentence. A verbal act (a statement, an
   appeal, a threat) takes only a place where a verb of the sentence happened ("speaking in
   Kyiv, ..."), never the place it talks about; an act reported by a speaker takes only
   places inside what was reported ("Kirby said in Washington that Russia attacked Kyiv").
3. "dateline": else, for statements and consultations (CAMEO 01-05), the dateline place.
Otherwise the location is None: no guess. A place that is an actor ("Moscow said", "Kyiv's
mayor", the event's source) is never the location.
"""

from __future__ import annotations

from collections.abc import Iterable
from time import perf_counter

from spacy.tokens import Doc, Token

from eventwire.geo.gazetteer import Gazetteer, Place, load_gazetteer
from eventwire.geo.toponyms import Context, Mention, find_mentions, resolve
from eventwire.records import ActorRef, Article, Event

STATEMENT_ROOTS = {"01", "02", "03", "04", "05"}
# Acts whose target, when it is a place, is where they happen ("shelled Kharkiv").
PLACE_TARGET_ROOTS = {"14", "15", "17", "18", "19", "20"}
VISIT_LEMMAS = {"visit", "tour", "arrive", "travel", "fly", "land", "enter", "return"}
VERBAL_QUADS = {1, 3}
# Acts done somewhere physically (aid, withdrawal, protest, force, violence); the others
# (statements, talks, sanctions, bans, cuts in relations) are placed only where the text
# says they were done, never by the places they are about.
PHYSICAL_ROOTS = {"06", "07", "08", "14", "15", "17", "18", "19", "20"}
ADMINISTRATIVE_CODES = ("172", "16")
NOT_LOCATIVE = {"with", "by", "for", "about", "regarding", "between", "than", "like", "as"}
ACTOR_NOUNS = {
    "government",
    "authority",
    "official",
    "president",
    "minister",
    "ministry",
    "force",
    "army",
    "military",
    "troop",
    "police",
    "leader",
    "mayor",
    "governor",
    "administration",
    "regime",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "embassy",
    "delegation",
    "prosecutor",
    "court",
    "parliament",
    "senator",
    "lawmaker",
    "envoy",
    "representative",
}
METONYM_DEPS = {"nsubj", "poss", "csubj", "agent"}
# Nouns that carry a place along without being an act: "the city of Kharkiv".
PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "region",
    "province",
    "oblast",
    "area",
    "district",
    "outskirts",
    "suburb",
    "capital",
    "border",
    "coast",
    "part",
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "port",
    "camp",
    "neighborhood",
    "neighbourhood",
    "building",
    "hospital",
    "school",
    "home",
    "house",
    "site",
    "facility",
    "base",
    "airport",
    "street",
    "square",
    "front",
    "frontline",
    "territory",
    "waters",
}
# Most specific first: a town over its region over its country.
SPECIFICITY = {"P": 0, "S": 0, "H": 1, "L": 1, "T": 1, "A": 1}
MAX_CLIMB = 6
# How far back (characters) an earlier sentence's place still sets the scene ("article").
ARTICLE_REACH = 400
# Nouns that carry their place to a verbal or administrative act done on or at them: "reopen
# its embassy in Kabul", "sign the deal at the summit in Kuala Lumpur", "after talks in Jeddah".
SITED_NOUNS = {
    "embassy",
    "consulate",
    "mission",
    "office",
    "representation",
    "summit",
    "talks",
    "meeting",
    "conference",
    "sidelines",
    "session",
    "forum",
    "ceremony",
}


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

    def locate(self, article: Article, doc: Doc, events: list[Event]) -> None:
        """Fill in `location` (a dict, or None when the text gives no place) on every event."""
        if not events:
            return
        started = perf_counter()
        mentions = self.mentions(article, doc, events)
        dateline = self.dateline_place(article)
        for event in events:
            event.location = locate_event(doc, event, mentions, dateline)
        self.seconds += perf_counter() - started

    def mentions(self, article: Article, doc: Doc, events: Iterable[Event]) -> list[Mention]:
        """The article's place mentions, resolved with its actors' countries and dateline."""
        found = find_mentions(doc, self.gazetteer)
        actor_countries = {
            ref.country
            for e in events
            for ref in (e.source, e.target)
            if ref is not None and ref.country
        }
        resolve(found, Context(actor_countries, self.dateline_place(article)))
        return found

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


def locate_event(
    doc: Doc, event: Event, mentions: list[Mention], dateline: Place | None
) -> dict | None:
    """The location of one event by the rules above, or None."""
    sent_start = event.sentence_start
    sent_end = sent_start + len(event.sentence)
    in_sentence = [m for m in mentions if sent_start <= m.start < sent_end and m.place is not None]
    usable = [m for m in in_sentence if not _is_actor(m, event)]
    anchors = _trigger_tokens(doc, event)
    if anchors:
        tied = [m for m in usable if _tied_to(m, anchors, event)]
        if tied:
            return _location(_most_specific(tied), "parse")
    chosen = _sentence_place(usable, event)
    if chosen is not None:
        return _location(chosen, "sentence")
    if not in_sentence and _sets_a_scene(event):
        earlier = _previous_sentence_place(mentions, sent_start, event)
        if earlier is not None:
            return _location(earlier, "article")
    if dateline is not None and event.cameo.root in STATEMENT_ROOTS:
        loc = dict(dateline.to_location())
        return {"text": None, "start": None, "end": None, **loc, "method": "dateline"}
    return None


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
    same = [m for m in before if m.span.sent == sent and not _is_actor(m, event)]
    return _most_specific(same) if same else None


def _location(m: Mention, method: str) -> dict:
    assert m.place is not None
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        **m.place.to_location(),
        "method": method,
    }


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


def _overlaps_token(tok: Token, ref: ActorRef | None) -> bool:
    return ref is not None and ref.start <= tok.idx < ref.end


def _is_actor(m: Mention, event: Event) -> bool:
    """The mention names a party, not a place: the source or speaker, a verbal act's target,
    a subject or possessor ("Moscow said", "Kyiv's position"), a modifier of an official."""
    if _overlaps(m, event.source):
        return True
    if event.attribution is not None and _overlaps(m, event.attribution.speaker):
        return True
    if _overlaps(m, event.target) and not _target_is_place(m, event):
        # "reopen its embassy in Kabul": a target named after "in"/"at" is also the place.
        if _locative_prep(m) not in {"in", "at"}:
            return True
    root = m.root
    if root.dep_ in METONYM_DEPS:
        return True
    if root.dep_ == "compound":
        head = root.head
        if head.ent_type_ in {"PERSON", "ORG"} or head.lemma_.lower() in ACTOR_NOUNS:
            return True
    return False


def _target_is_place(m: Mention, event: Event) -> bool:
    if event.cameo.root in PLACE_TARGET_ROOTS:
        return True
    return event.cameo.root == "04" and m.root.head.lemma_.lower() in VISIT_LEMMAS


def _tied_to(m: Mention, anchors: list[Token], event: Event) -> bool:
    """Whether the parse ties the place to the trigger: by a locative preposition of the
    trigger (or of the nouns it governs, for material acts), or as a violent act's object."""
    anchor_ids = {t.i for t in anchors}
    verbal = not _physical(event)
    tok = m.root
    prep: str | None = None
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and prep is None:
            prep = head.lower_
            if prep in NOT_LOCATIVE:
                return False
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
        if head.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"conj", "appos", "compound"}:
            # Through a noun: a place noun ("the city of X") always; for material acts
            # also their objects ("hit targets in X"); a statement's topic never.
            # An actor's noun ("hosted the president in Paris") says where the actor was.
            word = head.lemma_.lower()
            actor = _overlaps_token(head, event.source) or _overlaps_token(head, event.target)
            sited = word in PLACE_NOUNS or word in SITED_NOUNS
            if not sited and not actor and (verbal or head.ent_type_ == "PERSON"):
                return False
        tok = head
    return False


def _sentence_place(usable: list[Mention], event: Event) -> Mention | None:
    """A place of the event's sentence, as rule 2 allows."""
    attribution = event.attribution
    if not _physical(event):
        # Where a verb of the sentence happened ("speaking in Kyiv"), not a topic.
        located = [m for m in usable if _under_locative_verb(m)]
        return _most_specific(located) if located else None
    if attribution is not None and attribution.content is not None:
        inside = [
            m for m in usable if attribution.content.start <= m.start < attribution.content.end
        ]
        usable = inside
    if not usable:
        return None
    by_prep = [m for m in usable if _locative_prep(m) is not None]
    return _most_specific(by_prep or usable)


def _sets_a_scene(event: Event) -> bool:
    """Fighting, force and withdrawal happen where the story is; a deal or an aid pledge in
    a long release need not, so only these borrow an earlier sentence's place."""
    code = event.cameo.code
    if not code:
        return event.quad_class not in VERBAL_QUADS
    return event.cameo.root in PLACE_TARGET_ROOTS or code.startswith("087")


def _physical(event: Event) -> bool:
    code = event.cameo.code
    if not code:
        return event.quad_class not in VERBAL_QUADS  # a stand-in event of unknown code
    return event.cameo.root in PHYSICAL_ROOTS and not code.startswith(ADMINISTRATIVE_CODES)


def _locative_prep(m: Mention) -> str | None:
    tok = m.root
    if tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ not in NOT_LOCATIVE:
        return tok.head.lower_
    return None


def _under_locative_verb(m: Mention) -> bool:
    prep = _locative_prep(m)
    if prep not in {"in", "at", "from", "during"}:
        return False
    tok = m.root if m.root.dep_ == "pobj" else m.root.head
    return tok.head.head.pos_ in {"VERB", "AUX"}
