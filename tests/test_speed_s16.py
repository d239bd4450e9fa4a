"""Speed helpers of session 16 keep their answers.

`token_positions` lists where each token text stands, so that a speaker label ("MS LINDQVIST:")
looks back only at the tokens spelt as its surname; the place-name span helpers read the Doc's
token list instead of building a Token per `doc[i]`. (The rewrite was checked byte-identical
on 900 corpus items, docs/evaluation.md "S2, session 16"; these tests keep the behaviour.)"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.article import ArticleActors
from eventwire.actors.descriptions import _list_origins
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.name_spans import (
    _joined_name,
    _propn_runs,
    _with_facility_tail,
    _with_name_rest,
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


def test_place_names_are_read_whole_from_the_token_list(coder) -> None:  # noqa: ANN001
    """The place-name helpers (session 16 S2/S3: they read the Doc's token list, not a new
    Token per `doc[i]`) still join a name's parts and its facility words."""
    doc = coder.nlp(TEXT)
    doc.user_data["eventwire_text"] = TEXT
    gazetteer = load_gazetteer()

    def word(text: str) -> Span:
        i = next(t.i for t in doc if t.text == text)
        return doc[i : i + 1]

    assert _with_facility_tail(word("Tuapse")).text == "Tuapse oil terminal"
    assert _joined_name(word("Dera"), gazetteer).text == "Dera Ismail Khan"
    assert _joined_name(word("Jammu"), gazetteer).text == "Jammu and Kashmir"
    zaporizhzhia = _joined_name(word("Zaporizhzhia"), gazetteer)
    assert zaporizhzhia.text == "Zaporizhzhia nuclear power plant"


def test_unknown_names_are_read_whole_from_the_token_list(coder) -> None:  # noqa: ANN001
    """Proper-noun runs with particles ("Kafr el Sheikh") and a name the tagger cut short
    ("Moshav" + "Adanim") come out whole; people "from" a place keep their origin word."""
    doc = coder.nlp(
        "Doctors and nurses from Kafr el Sheikh and Moshav Adanim arrived. "
        "Engineers from the Kyiv region said so in Let Pan Hla."
    )
    runs = [s.text for s in _propn_runs(doc, set())]
    assert runs == ["Kafr el Sheikh", "Moshav Adanim", "Kyiv", "Let Pan Hla"]
    adanim = next(t.i for t in doc if t.text == "Adanim")
    assert _with_name_rest(doc[adanim : adanim + 1]).text == "Moshav Adanim"
    doctors = next(t for t in doc if t.text == "Doctors")
    assert [t.text for t in _list_origins(doctors)] == ["from"]


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
