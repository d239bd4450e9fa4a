"""Small readings every location rule shares: the trigger's tokens and head, conjuncts,
overlap of a mention with an actor, the most specific of several places, the location dict,
a mention's locative preposition, quotation and video (remote) tests, the recognised state
of a territory.

Separate because they are the lowest layer: the rule modules (own place, scene, gatherings,
the country acted on) all import them and none of them imports a rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import read_data_tsv
from eventwire.geo.location_words import (
    NOT_LOCATIVE,
    PLACE_NOUNS,
    QUOTE_MARKS,
    REMOTE_WORDS,
    SPECIFICITY,
)
from eventwire.geo.place_mention import Mention
from eventwire.nlp.pipeline import among, id_set, sentence_of, text_of, token_columns, tokens_of
from eventwire.records import ActorRef, Event


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    return {r["territory"]: r["state"] for r in read_data_tsv("eventwire.geo", "dependencies.tsv")}


def _sovereign(location: dict | None) -> dict | None:
    """A location's country is the recognised state: "Greenland is Denmark's" (Nuuk too)."""
    if location is not None and location.get("country") in _sovereigns():
        return {**location, "country": _sovereigns()[location["country"]]}
    return location


def _trigger_head(doc: Doc, event: Event) -> Token | None:
    """The root of the trigger's tokens (None when the trigger is not on token bounds)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return None if span is None else span.root


def _conjuncts(head: Token) -> list[Token]:
    """The words a coordination starting at `head` lists (the head included)."""
    found, todo = [], [head]
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return found


def _remote(sent: Span) -> bool:
    """The release's doer joined by video ("took part in the Yale CEO Summit in a video
    conference mode. The event, which took place in New York, ..."): not there in person."""
    doc = sent.doc
    # where the document's remote words stand, found once (asked for most sentences)
    at = doc.user_data.get("eventwire.remote_at")
    if at is None:
        found = np.flatnonzero(among(token_columns(doc)[LOWER], _remote_ids()))
        at = doc.user_data["eventwire.remote_at"] = found.tolist()
    before = sentence_of(tokens_of(doc)[sent.start - 1]).start if sent.start > 0 else sent.start
    k = bisect_left(at, before)
    return k < len(at) and at[k] < sent.end  # a remote word in this sentence or the one before


@lru_cache(maxsize=1)
def _remote_ids() -> np.ndarray:
    return id_set(get_string_id(w) for w in REMOTE_WORDS)  # (`Doc.to_array(LOWER)` ids)


QUOTE_MARK = re.compile("|".join(map(re.escape, sorted(QUOTE_MARKS))))  # one character each


def _in_quotes(doc: Doc, at: int) -> bool:
    """Inside a quotation: an odd number of quotation marks before `at` in the text (their
    offsets found once per Doc: `doc.text` is rebuilt on every read)."""
    marks = doc.user_data.get("eventwire.quote_marks")
    if marks is None:
        marks = [m.start() for m in QUOTE_MARK.finditer(text_of(doc))]
        doc.user_data["eventwire.quote_marks"] = marks
    return bisect_left(marks, at) % 2 == 1


def _future(verb: Token) -> bool:
    """ "will meet", "is to hold talks": a gathering still to come is no scene yet."""
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "shall", "would", "to"}
        for c in verb.children
    )


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


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _is_the_target(m: Mention, ref: ActorRef | None) -> bool:
    """The target is this place, give or take an article ("the Konotop"), not a phrase
    holding it ("its Kharg Island in the Persian Gulf")."""
    return ref is not None and m.start - 4 <= ref.start and ref.end <= m.end


def _overlaps_token(tok: Token, ref: ActorRef | None) -> bool:
    return ref is not None and ref.start <= tok.idx < ref.end


def _locative_prep(m: Mention) -> str | None:
    tok = m.root
    if tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
        if tok.head.head.dep_ != "pobj":
            return "of"  # "entered the village of Mayba"
        tok = tok.head.head  # "from the towns of Sabiid": the towns' preposition
    if tok.dep_ == "pobj" and tok.head.lower_ not in NOT_LOCATIVE:
        return tok.head.lower_
    return None
