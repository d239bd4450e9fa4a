"""Speed helpers of session 16 give the answers of the code they replaced.

`token_positions` lists where each token text stands, so that a speaker label ("MS LINDQVIST:")
looks back only at the tokens spelt as its surname; the place-name span helpers read the Doc's
token list instead of building a Token per `doc[i]` (the old forms are kept here to compare
with, on every short span of our own sentences)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.article import ArticleActors
from eventwire.actors.descriptions import FINITE_VERB_TAGS, _list_origins
from eventwire.geo.gazetteer import Gazetteer, load_gazetteer
from eventwire.geo.name_spans import (
    _joined_name,
    _name_word,
    _particle,
    _propn_runs,
    _trim,
    _with_facility_tail,
    _with_name_rest,
)
from eventwire.geo.toponym_words import (
    ADMIN_TAILS,
    FACILITY_TAILS,
    NAME_PARTICLES,
    PLACE_LEADS,
    TRAILING,
    nationality_countries,
)
from eventwire.nlp.pipeline import token_positions

TEXT = (
    "A drone hit the Tuapse oil terminal and the Port of Haldia near Dera Ismail Khan's "
    "market. Shells fell on Jammu and Kashmir, and near the Zaporizhzhia nuclear power plant."
)


def test_token_positions_list_every_token_of_a_text_in_order(coder) -> None:  # noqa: ANN001
    doc = coder.nlp("Ms. Berg met Lindqvist. Lindqvist and Berg spoke. MS BERG: Thank you.")
    table = token_positions(doc)
    for text in {t.text for t in doc}:
        assert table[text] == [t.i for t in doc if t.text == text]
    assert token_positions(doc) is table  # made once per document


def _old_facility_tail(span: Span) -> Span:
    doc = span.doc
    for width in (2, 1):
        tail = doc[span.end : span.end + width]
        if len(tail) == width and tail.text.islower() and tail.text in FACILITY_TAILS:
            return doc[span.start : span.end + width]
    return span


def _old_trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in TRAILING:
        end -= 1
    return doc[start:end] if end > start else None


def _old_joined_name(span: Span, gazetteer: Gazetteer) -> Span | None:
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 4:
        attached = doc[end - 1].whitespace_ == "" and doc[end].is_alpha or doc[end].text == "-"
        if not (attached or doc[end].text[:1].isupper()):
            break
        end += 1
    for stop in range(end, span.end, -1):
        longer = doc[span.start : stop]
        if longer[-1].is_alpha and gazetteer.lookup(longer.text):
            return longer
    if not gazetteer.starts_our_name(span.text):
        return None
    for stop in range(min(len(doc), span.end + 4), span.end, -1):
        longer = doc[span.start : stop]
        if not longer[-1].is_alpha or longer[-1].is_lower and longer[-1].lower_ in {"and"}:
            continue
        found = gazetteer.lookup(longer.text)
        if any(p.gazetteer_id.startswith("eventwire:") and not p.is_country for p in found):
            return longer
    return None


def test_place_name_spans_are_those_of_the_old_helpers(coder) -> None:  # noqa: ANN001
    doc = coder.nlp(TEXT)
    doc.user_data["eventwire_text"] = TEXT
    gazetteer = load_gazetteer()
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            span = doc[start:end]
            assert _with_facility_tail(span) == _old_facility_tail(span)
            assert _trim(span) == _old_trim(span)
            assert _joined_name(span, gazetteer) == _old_joined_name(span, gazetteer)
    tuapse = next(t.i for t in doc if t.text == "Tuapse")
    assert _with_facility_tail(doc[tuapse : tuapse + 1]).text == "Tuapse oil terminal"


def _old_with_name_rest(span: Span) -> Span:
    doc = span.doc

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
        start -= 2
    if doc[start].lower_ in NAME_PARTICLES and start > 0 and name_word(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and _particle(doc[end]) and name_word(doc[end + 1]):
        end += 2
    return doc[start:end]


def _old_name_word(tok: Token) -> bool:
    if tok.pos_ == "PROPN":
        return True
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
        return False
    doc = tok.doc
    if tok.pos_ == "ADJ" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ADMIN_TAILS:
        return tok.lower_ not in nationality_countries()
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ not in PLACE_LEADS:
        return False
    following = doc[tok.i + 1]
    return following.pos_ == "PROPN" and following.text[:1].isupper() and tok.i > tok.sent.start


def _old_list_origins(head: Token) -> list[Token]:
    if head.tag_ not in {"NNS", "NNPS"}:
        return []
    for tok in head.doc[head.i + 1 : head.sent.end]:
        if tok.tag_ in FINITE_VERB_TAGS or tok.text in {";", ":"}:
            return []
        if tok.lower_ == "from" and tok.dep_ == "prep":
            listed = tok.head.tag_ in {"NNS", "NNPS", "VBG", "VBN"}
            return [tok] if listed and tok.head is not head else []
    return []


def test_token_list_helpers_are_those_of_the_old_forms(coder) -> None:  # noqa: ANN001
    """The session-16 (S3) helpers read the Doc's token list and sentence table; they give
    what the `doc[i]` / `Token.sent` forms gave, on every token and short span."""
    doc = coder.nlp(
        TEXT + " Doctors and nurses from Kafr el Sheikh and Moshav Adanim arrived. "
        "Engineers from the Kyiv region said so in Let Pan Hla."
    )
    for start in range(len(doc)):
        tok = doc[start]
        assert _list_origins(tok) == _old_list_origins(tok)
        assert _name_word(tok) == _old_name_word(tok)
        for end in range(start + 1, min(len(doc), start + 3) + 1):
            span = doc[start:end]
            assert _with_name_rest(span) == _old_with_name_rest(span)
    assert [s.text for s in _propn_runs(doc, set())]


def test_sentence_named_gives_a_new_set_each_time(coder) -> None:  # noqa: ANN001
    """`_sentence_named` keeps its answer per sentence; a caller that changes the set it
    gets (`found.pop()`) must not change the next caller's."""
    doc = coder.nlp("Kenya and Uganda signed a pact in Nairobi. Officials from Ghana attended.")
    actors = ArticleActors(coder.extractor.resolver, "2024-01-01", None)
    pact = next(t for t in doc if t.text == "pact")
    first = actors._sentence_named(pact)
    assert first == {"KEN", "UGA"}
    first.clear()
    assert actors._sentence_named(pact) == {"KEN", "UGA"}
    ghana = next(t for t in doc if t.text == "Officials")
    assert actors._sentence_named(ghana) == {"GHA"}
