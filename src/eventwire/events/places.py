"""Places as recipients: acts that fall on the place where they happen ("protests erupt
across Kenya", "aid for people in northern Iraq") and peacekeepers who serve their mission's
place.

A place is not an actor the resolver knows, so finding one as a target is its own concern."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.arguments import PASSIVE_SUBJECTS, SUBJECTS, pobjs
from eventwire.events.predicates import WORD_LISTS, Predicate, _happening
from eventwire.events.violence import COURSE_VERBS
from eventwire.nlp.pipeline import children_of


def _about_peacekeeping(sent: Span) -> bool:
    return any(t.lower_.startswith("peacekeep") for t in sent)


# CAMEO codes of acts that fall on the place where they happen: aid (07), ceasefires and
# withdrawals (087), protests (14: at the embassy, the mine, in the capital), force posture
# (15), coercion (17), assault (18), fighting (19) and mass violence (20).
# "16" (reduce relations) and "081" (ease restrictions): "suspended aid deliveries in Borno
# State", "lifted restrictions on travel in Kashmir" are done to the place (PLV, session 13).
PLACE_TARGET_CODES = ("07", "081", "087", "14", "15", "16", "17", "18", "19", "20")


PLACE_PREPS = {"in", "across", "throughout", "inside", "into"}


# Where an act on a thing is done: "agreed to build a terminal at Haldia" (PLV, session 13).
# Only here: the rule for force on things (`force_on_things` in extract.py) keeps PLACE_PREPS,
# since the "at" of force is its aim ("fired at ships in the Red Sea").
# "along" too: "deployed along the Lachin corridor", "patrols along the border" (session 14).
SITE_PREPS = PLACE_PREPS | {"at", "along"}


def _places_acted_in(tok: Token, pred: Predicate) -> list[Token]:
    """Places named after a locative preposition of the predicate or of its object nouns."""
    heads = [tok, *(tok.doc[i] for i in pred.consumed)]
    heads += [c for h in heads for c in children_of(h) if c.dep_ == "dobj"]
    # "remained on alert in Manila": the place may hang on the predicate's prepositional object
    heads += [g for p in children_of(tok) if p.dep_ == "prep" for g in pobjs(p)]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ in {"VERB", "AUX"}:
        heads.append(tok.head.head)  # "troops remained on alert in Manila"
    if (
        pred.pattern.cameo.startswith("14")
        and tok.dep_ in SUBJECTS | PASSIVE_SUBJECTS
        and (_happening(tok.head) or tok.head.lemma_.lower() in COURSE_VERBS)
    ):
        heads.append(tok.head)  # "demonstrations erupt in Havana", "protests intensify across"
    found = []
    for h in heads:
        for p in children_of(h):
            if p.dep_ == "prep" and p.lower_ in SITE_PREPS:
                found += [g for g in pobjs(p) if _names_place(g)]
    if not found:
        # "gave 352 million euros to promote investment in Ethiopia": the nearest place
        # further down the predicate's own phrase (never in its subject).
        subjects = {t.i for c in children_of(tok) if c.dep_ in SUBJECTS for t in c.subtree}
        found = [
            g
            for t in tok.subtree
            if t.dep_ == "prep" and t.lower_ in SITE_PREPS and t.i not in subjects
            for g in pobjs(t)
            if _names_place(g)
        ]
    return found[:1]


# Common nouns that name a place in their own right ("a curfew in the town").
PLACE_NOUNS = WORD_LISTS["place_nouns"]


# Nouns for a conflict, which a name put before them locates rather than owns.
CONFLICT_NOUNS = WORD_LISTS["conflict_nouns"]


def _place_named_conflict(tok: Token) -> bool:
    """ "protests against the Iran war", "the Gaza war": a conflict named by where it is
    fought (a compound name, no owner) is no party a protest is made to."""
    return (
        tok.lemma_.lower() in CONFLICT_NOUNS
        and not any(c.dep_ == "poss" for c in children_of(tok))
        and any(c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"} for c in children_of(tok))
    )


def _names_place(tok: Token) -> bool:
    """A GPE/LOC name, or a noun phrase around one ("parts of Kashmir", "northern Iraq"),
    or a place noun ("the town", "the border area")."""
    if tok.ent_type_ in {"GPE", "LOC"} or tok.lemma_.lower() in PLACE_NOUNS:
        return True
    return any(t.ent_type_ in {"GPE", "LOC"} for t in tok.subtree if t.i - tok.i < 4)


# Nouns for a body of peacekeepers ("the UN peacekeeping mission"): a vehicle of help to the
# place it serves in, not its recipient.
MISSION_NOUNS = WORD_LISTS["mission_nouns"]


def _peacekeeping_body(tok: Token) -> bool:
    """ "the UN peacekeeping force", "peacekeeping operations": a mission of peacekeepers."""
    return tok.lemma_.lower() in MISSION_NOUNS and any(
        t.lower_.startswith("peacekeep") for t in tok.subtree if t.i < tok.i
    )


def _places_of_body(heads: list[Token]) -> list[Token]:
    """The first named place a body is "in" ("the force in South Sudan")."""
    return [
        g
        for h in heads
        for p in children_of(h)
        if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
        for g in pobjs(p)
        if _names_place(g)
    ][:1]


# Plain words for people, whom aid reaches where they live ("help people in Somalia").
LOCATED_PEOPLE = WORD_LISTS["located_people"]


def _places_of_people(heads: list[Token]) -> list[Token]:
    """ "assistance to help people in Somalia, Ethiopia and Kenya", "food for 300,000 people in
    northeast Nigeria": plain people with no nation of their own word, who are "in" a named
    place, stand for it (PLV, session 14). "Syrian refugees in Jordan" keep their own nation."""
    found = []
    for h in heads:
        if h.lemma_.lower() not in LOCATED_PEOPLE or any(
            c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"}
            for c in children_of(h)
        ):
            return []
        places = [
            g
            for p in children_of(h)
            if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
            for g in pobjs(p)
            if _names_place(g)
        ]
        if not places:
            return []
        found.append(places[0])
    return found
