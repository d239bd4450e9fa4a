"""Where a place name starts and ends: joining a name split by the parse, adding the words
around it that belong to it ("Kafr Aqab", "the Hangu district", "North Waziristan"), trimming
a possessive.

Separate because shaping a span is about the name's tokens only; whether the span is a place
at all is place_names.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from eventwire.geo.gazetteer import Gazetteer, Place
from eventwire.geo.toponym_words import (
    ADMIN_TAILS,
    COMPASS_WORDS,
    FACILITY_TAILS,
    FEATURE_FRONTS,
    NAME_PARTICLES,
    PLACE_LEADS,
    TRAILING,
    nationality_countries,
)
from eventwire.nlp.pipeline import sentence_of, text_of, tokens_of


def _joined_name(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The longest gazetteer name that starts with this entity and runs on over the next
    capitalised or hyphen-joined words (the small model splits "Dera Ismail Khan" into GPE +
    PERSON, and "Croix-des-Bouquets" into "Croix" + the rest)."""
    doc = span.doc
    toks = tokens_of(doc)  # (the Doc's Token objects, not one built per `doc[i]`: speed)
    end = span.end
    while end < len(toks) and end - span.end < 4:
        attached = toks[end - 1].whitespace_ == "" and toks[end].is_alpha or toks[end].text == "-"
        if not (attached or toks[end].text[:1].isupper()):
            break
        end += 1
    for stop in range(end, span.end, -1):
        if toks[stop - 1].is_alpha:  # (the span's last token, tested before it is built)
            longer = doc[span.start : stop]
            if gazetteer.lookup(longer.text):
                return longer
    # "Jammu" [GPE] "and" "Kashmir" [LOC], "the Zaporizhzhia [PERSON] nuclear power plant":
    # a name our rows know whole across "and" or a site's lower-case words.
    if not gazetteer.starts_our_name(span.text):
        return None  # most entities begin no name of ours: no longer spans to try
    for stop in range(min(len(toks), span.end + 4), span.end, -1):
        last = toks[stop - 1]
        if not last.is_alpha or last.is_lower and last.lower_ in {"and"}:
            continue
        longer = doc[span.start : stop]
        found = gazetteer.lookup(longer.text)
        if any(p.gazetteer_id.startswith("eventwire:") and not p.is_country for p in found):
            return longer
    return None


def _with_feature_front(span: Span, gazetteer: Gazetteer) -> Span:
    """ "the Strait of Hormuz" when the tagger tags only "Hormuz" (as a person): the
    capitalised feature word and "of" before a name, when the gazetteer knows the whole."""
    doc = span.doc
    start = span.start
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].text not in FEATURE_FRONTS:
        return span
    whole = doc[start - 2 : span.end]
    return whole if gazetteer.lookup(whole.text) else span


def _with_name_rest(span: Span) -> Span:
    """An unknown name the tagger cut short, read whole: the capitalised proper nouns that
    modify its words or that its last word modifies ("Moshav Adanim" read as GPE "Moshav" +
    PERSON "Adanim"; "Dera Ismail Khan" as "Dera" + PERSON "Ismail Khan")."""
    doc = tokens_of(span.doc)  # (the Doc's token list: no new Token per look)

    def name_word(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper()

    start, end = span.start, span.end
    while (
        start > 0
        and span.start - start < 3
        and name_word(doc[start - 1])
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
    ):
        start -= 1
    while (
        end < len(doc)
        and end - span.end < 3
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and name_word(doc[end])
    ):
        end += 1
    while start > 1 and _particle(doc[start - 1]) and name_word(doc[start - 2]):
        start -= 2  # "Sir" + PERSON "el Gharbiyeh"
    if doc[start].lower_ in NAME_PARTICLES and start > 0 and name_word(doc[start - 1]):
        start -= 1  # PERSON "el Gharbiyeh" after "Sir": the name starts before its particle
    while end + 1 < len(doc) and _particle(doc[end]) and name_word(doc[end + 1]):
        end += 2  # "Kafr" + "el Sheikh"
    return span.doc[start:end]


def _with_facility_tail(span: Span) -> Span:
    """ "a drone attack on Tuapse [ORG] oil terminal": the lower-case facility words after a
    name are read with it (then the facility is its town's)."""
    doc = span.doc
    toks = tokens_of(doc)
    for width in (2, 1):
        if span.end + width > len(toks):
            continue
        # the tail's text as `Span.text` gives it, without building the Span
        first, last = toks[span.end], toks[span.end + width - 1]
        tail = text_of(doc)[first.idx : last.idx + len(last.text)]
        if tail.islower() and tail in FACILITY_TAILS:
            return doc[span.start : span.end + width]
    return span


def _particle(tok: Token) -> bool:
    """A lower-case article inside a place name ("Sir el Gharbiyeh"), between two names."""
    return tok.lower_ in NAME_PARTICLES and tok.text.islower() and bool(tok.whitespace_)


def _with_admin_tail(span: Span) -> Span:
    """ "the Kharkiv region", "the Hangu district": the name with the word that follows it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ADMIN_TAILS:
        return doc[span.start : span.end + 1]
    return span


def _skip_brackets(doc: Doc, i: int) -> int:
    """The first token at or after i outside a bracketed note ("Rozlyv [uk]")."""
    while i < len(doc) and doc[i].text in {"[", "("}:
        close = "]" if doc[i].text == "[" else ")"
        j = i + 1
        while j < len(doc) and j - i < 6 and doc[j].text != close:
            j += 1
        if j >= len(doc) or doc[j].text != close:
            return i
        i = j + 1
    return i


def _trim(span: Span) -> Span | None:
    """Drop a leading "the" and a trailing possessive: "the Gaza Strip's" -> "Gaza Strip"."""
    start, end = span.start, span.end
    doc = span.doc
    toks = tokens_of(doc)
    while start < end and toks[start].lower_ == "the":
        start += 1
    while end > start and toks[end - 1].text in TRAILING:
        end -= 1
    return doc[start:end] if end > start else None


def _with_compass_word(
    span: Span, candidates: list[Place], gazetteer: Gazetteer
) -> tuple[Span, list[Place]]:
    """ "southern Lebanon" is a region of its own in our rows: take it when the text has it."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in COMPASS_WORDS:
        return span, candidates
    wider = span.doc[span.start - 1 : span.end]
    found = gazetteer.lookup(wider.text)
    return (wider, found) if found else (span, candidates)


def _name_word(tok: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence that the tagger read as
    another part of speech just before a proper noun ("in Let Pan Hla": "Let" as a verb)."""
    if tok.pos_ == "PROPN":
        return True
    # Cheapest tests first: this runs on every token, and `tok.sent` is costly.
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
        return False
    doc = tok.doc
    if tok.pos_ == "ADJ" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ADMIN_TAILS:
        # "the cities of the Kyiv [ADJ] region": a name before its unit word, not a nationality.
        return tok.lower_ not in nationality_countries()
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ not in PLACE_LEADS:
        return False
    following = doc[tok.i + 1]
    return (
        following.pos_ == "PROPN"
        and following.text[:1].isupper()
        and tok.i > sentence_of(tok).start
    )


def _propn_runs(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Maximal runs of capitalised proper nouns outside the entities already read."""
    start = None
    toks = tokens_of(doc)
    for tok in toks:
        inside = tok.text[:1].isupper() and tok.i not in taken and _name_word(tok)
        if start is not None and tok.text == "-" and _joins_names(tok):
            inside = True  # "Ivano-Frankivsk": one name across the hyphen
        if start is not None and _particle(tok) and tok.i + 1 < len(toks):
            following = toks[tok.i + 1]
            inside = following.i not in taken and _name_word(following)  # "Kafr el Sheikh"
        if inside and start is None:
            start = tok.i
        elif not inside and start is not None:
            yield doc[start : tok.i]
            start = None
    if start is not None:
        yield doc[start : len(doc)]


def _joins_names(hyphen: Token) -> bool:
    """A hyphen written inside a name, between two capitalised words ("Ivano-Frankivsk")."""
    doc = hyphen.doc
    if hyphen.i + 1 >= len(doc) or doc[hyphen.i - 1].whitespace_ or hyphen.whitespace_:
        return False
    return doc[hyphen.i + 1].text[:1].isupper()
