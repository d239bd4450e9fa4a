"""What kind of act an event is, for placing it: its CAMEO root (an uncoded act named by a
gathering counts as a meeting), physical or verbal, and an uncoded verb read as a statement
or a meeting from its clause or its object.

Separate because every rule asks it first: a verbal act is placed where it was said, a
physical one where it was done.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from eventwire.events.attribution import cue_lemmas
from eventwire.geo.location_basics import _trigger_head
from eventwire.geo.location_words import (
    ADMINISTRATIVE_CODES,
    ANNOUNCING_LEMMAS,
    CALL_WORDS,
    EASED_MEASURE_CODES,
    GATHERING_NOUNS,
    MESSAGE_NOUNS,
    PHYSICAL_ROOTS,
    PLACE_TARGET_ROOTS,
    SANCTION_NOUNS,
    SPEECH_NOUNS,
    STATING_LEMMAS,
    TRUCE_CODES,
    VERBAL_QUADS,
)
from eventwire.records import Cameo, Event

# CAMEO 017, a symbolic act (a commemoration, a celebration, a wreath laid): done at a place.
SYMBOLIC_ACT = "017"


def _reports_a_clause(doc: Doc, event: Event) -> bool:
    """The trigger is a verb with a clause of its own as complement ("reaffirms that the
    strait stays open", "notifies the UN it will withdraw"): it says something."""
    head = _trigger_head(doc, event)
    if head is None or _gathering(event.trigger.text) or _message(event.trigger.text):
        return False
    if head.pos_ != "VERB":
        return False
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    said_that = after is not None and after.lower_ == "that" and after.pos_ == "SCONJ"
    return said_that or any(c.dep_ == "ccomp" for c in head.children)


def _announces_force(doc: Doc, event: Event) -> bool:
    """The trigger is the bare verb "announce" of an event coded as force or protest (14-20):
    the extractor coded what is announced, but the event is the announcing. A trigger that
    holds the act's noun too ("announces attacks") is the act, and keeps its place."""
    head = _trigger_head(doc, event)
    return (
        head is not None
        and head.pos_ == "VERB"
        and len(event.trigger.text.split()) == 1
        and head.lemma_.lower() in ANNOUNCING_LEMMAS
        and event.cameo.root >= "14"
    )


def _says_something(doc: Doc, event: Event) -> bool:
    """An uncoded verb of stating with a noun object ("affirmed the continued readiness",
    "underscored the importance", "reiterated its commitment"): a statement, not a material
    act that could take any place of its sentence."""
    head = _trigger_head(doc, event)
    return (
        head is not None
        and head.pos_ == "VERB"
        and head.lemma_.lower() in (_speech_lemmas() | STATING_LEMMAS)
        and not any(t.lower_ in CALL_WORDS for t in head.subtree)  # "spoke on the telephone"
    )


def _kind_by_object(doc: Doc, event: Event) -> Cameo | None:
    """An uncoded verb whose object is a gathering or a speech is a meeting or a statement:
    "The President **took part** in the expanded meeting of the Interior Ministry Board",
    "attended the summit", "during our talks, we **reviewed** ..." (a meeting); "the
    Minister **delivered** the main report" (a
    statement). Placed as such: where it was held or said, else the release's dateline."""
    head = _trigger_head(doc, event)
    if head is None or head.pos_ != "VERB":
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "during"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    objects += [c for c in head.children if c.dep_ == "nsubjpass"]
    if head.dep_ in {"relcl", "acl"}:
        objects.append(head.head)  # "the sanctions that have been imposed on Russia"
    words = {o.lower_ for o in objects}
    if words & SANCTION_NOUNS:
        # "sanctions ... imposed on Russia": a sanction is not done where its target is
        return Cameo("163", "16", "Impose embargo, boycott, or sanctions")
    if words & GATHERING_NOUNS:
        return Cameo("040", "04", "Consult")
    if words & (MESSAGE_NOUNS | SPEECH_NOUNS):
        return Cameo("010", "01", "Make statement")
    return None


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, kind in cue_lemmas().items() if kind == "speech")


def _sets_a_scene(event: Event) -> bool:
    """Fighting, force and withdrawal happen where the story is; a deal or an aid pledge in
    a long release need not, so only these borrow an earlier sentence's place."""
    code = event.cameo.code
    if not code:
        return event.quad_class not in VERBAL_QUADS
    if code in TRUCE_CODES:
        return False  # a ceasefire is declared or agreed, not fought where it holds
    return event.cameo.root in PLACE_TARGET_ROOTS or code.startswith("087")


def _root(event: Event) -> str:
    """The event's CAMEO root; an uncoded act named by a gathering ("held a briefing session",
    "a ceremony") is a meeting (04), and one named by a message ("sent greetings") a
    statement (01), placed as such (at the dateline of the release)."""
    if event.cameo.root:
        return event.cameo.root
    if _message(event.trigger.text):
        return "01"  # "sent greetings to Orthodox Christians": a statement
    return "04" if _gathering(event.trigger.text) else event.cameo.root


def _gathering(words: str) -> bool:
    return any(word in GATHERING_NOUNS for word in words.lower().split())


def _message(words: str) -> bool:
    return any(word in MESSAGE_NOUNS for word in words.lower().split())


def _physical(event: Event) -> bool:
    code = event.cameo.code
    if not code:
        if _gathering(event.trigger.text) or _message(event.trigger.text):
            return False  # "held a briefing session", "sent greetings": placed as verbal acts
        return event.quad_class not in VERBAL_QUADS  # a stand-in event of unknown code
    if code in EASED_MEASURE_CODES:
        return False  # "lifts its travel advisory for ...": placed as a sanction
    if code in TRUCE_CODES:
        return False  # "declares a ceasefire in Ukraine": not where it was declared
    if code.startswith(SYMBOLIC_ACT):
        return True  # "laid a wreath", "honoured the memory of the fallen": held somewhere
    return event.cameo.root in PHYSICAL_ROOTS and not code.startswith(ADMINISTRATIVE_CODES)
