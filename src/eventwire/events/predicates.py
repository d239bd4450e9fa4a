"""The records every clause-analysis stage shares: a `Predicate` (a lexicon match with
the argument words found for it), the `WordIndex` of a Doc's candidate words, and the
extractor's word lists.

Kept apart so that trigger finding, role assignment and the extractor itself can all use them
without importing one another."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, LEMMA, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import read_word_sets
from eventwire.events.lexicon import Pattern
from eventwire.nlp.pipeline import among, children_of, id_set, token_columns, tokens_of

# The extractor's word lists (word_lists.tsv: its header says what each set is for).
WORD_LISTS = read_word_sets("eventwire.events", "word_lists.tsv")


@dataclass
class Predicate:
    """A lexicon match on one token, before actors are attached."""

    token: Token
    pattern: Pattern
    consumed: set[int]  # tokens that belong to the predicate (objects of light verbs)
    fold_code: str | None = None  # the code a governing verb gives it ("agreed to withdraw")
    governor: Token | None = None
    modality: str | None = None  # set when the construction decides it ("will not X")
    sources: list[Token] | None = None  # doer heads, when not the predicate's subject
    targets: list[Token] | None = None  # recipient heads, when not found by the pattern
    purpose_objects: list[Token] = field(default_factory=list)  # "... to help *them*"
    ordered: bool = False  # "ordered X to V": the orderer does V through X


# The words each pass over a sentence reads, as attribute ids (see `WordIndex`), of the type
# `Doc.to_array` gives (which compares ids exactly).
MENTION_POS = id_set([PROPN, NOUN, PRON])


MODIFIER_DEPS = id_set(get_string_id(d) for d in ("compound", "amod", "poss"))


PREDICATE_POS = id_set([VERB, AUX])


BE = get_string_id("be")


ACOMP = get_string_id("acomp")


class WordIndex:
    """Where the words each pass over a sentence reads stand in the document, found once with
    array tests: spaCy builds a Token on every access and a string on every `pos_`, and most
    words are none of these (speed only; every pass still reads the same words in order)."""

    def __init__(self, doc: Doc) -> None:
        self.tokens = tokens_of(doc)
        columns = token_columns(doc)  # (one `to_array` for the stages)
        pos, dep, lemma = columns[POS], columns[DEP], columns[LEMMA]
        # nouns, names and pronouns that modify no other word: possible actor mentions
        self.mentions = np.flatnonzero(
            among(pos, MENTION_POS) & ~among(dep, MODIFIER_DEPS)
        ).tolist()
        # verbs and auxiliaries other than "be": possible predicates and stances
        verb = among(pos, PREDICATE_POS) & (lemma != BE)
        self.verbs = np.flatnonzero(verb).tolist()
        self.nouns = np.flatnonzero(pos == NOUN).tolist()  # possible event nouns
        # the verbs, and adjective complements ("said X was responsible")
        self.stances = np.flatnonzero(verb | (dep == ACOMP)).tolist()

    def within(self, positions: list[int], sent: Span) -> list[Token]:
        """The tokens at `positions` inside `sent`, in text order."""
        lo = bisect_left(positions, sent.start)
        hi = bisect_left(positions, sent.end, lo)
        tokens = self.tokens
        return [tokens[i] for i in positions[lo:hi]]


def _is_time_prep(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in children_of(prep))


def _is_infinitive_complement(tok: Token) -> bool:
    """ "to withdraw" under "agreed": an xcomp, or an advcl marked by "to"."""
    if tok.dep_ == "xcomp":
        return True
    return tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)
    )


# Verbs that only say an event happened ("talks were held", "a call took place").
HAPPENING_VERBS = WORD_LISTS["happening_verbs"]


def _happening(verb: Token) -> bool:
    if verb.lemma_.lower() not in HAPPENING_VERBS:
        return False
    # "take" only as "take place"
    return verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in children_of(verb))
