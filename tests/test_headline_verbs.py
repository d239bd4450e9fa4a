"""Headline-style present tense: verbs the tagger reads as nouns are given back."""

from __future__ import annotations

import pytest

from eventwire.nlp.headline_verbs import past_tense, verb_base


@pytest.mark.parametrize(
    ("base", "past"),
    [
        ("launch", "launched"),
        ("sentence", "sentenced"),
        ("ban", "banned"),
        ("carry", "carried"),
        ("shoot", "shot"),
        ("indict", "indicted"),
        ("shell", "shelled"),
    ],
)
def test_past_tense_of_news_verbs(base, past):
    assert past_tense(base) == past


def test_present_forms_map_to_known_verbs_only():
    verbs = frozenset({"launch", "carry", "sentence"})
    assert verb_base("launches", verbs) == "launch"
    assert verb_base("carries", verbs) == "carry"
    assert verb_base("sentences", verbs) == "sentence"
    assert verb_base("missiles", verbs) is None


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "pair"),
    [
        (
            "The Houthis launch a ballistic missile at Israel, which is intercepted.",
            "launch",
            "195",
            ("REBHTH", "ISR"),
        ),
        (
            "Houthi rebels fire missiles at a commercial ship in the Red Sea.",
            "fire",
            "195",
            ("REBHTH", None),
        ),
        (
            "A Moroccan court sentences a human rights activist to 30 months in prison.",
            "sentences",
            "116",
            ("MARJUD", "MARCVL"),
        ),
    ],
)
def test_a_headline_verb_read_as_a_noun_still_codes_its_event(coder, text, trigger, cameo, pair):
    events = coder.code_text(text, date="2025-06-01")
    (event,) = [e for e in events if e.trigger.text.split()[0] == trigger]
    assert event.cameo.code == cameo
    assert (event.source.code, event.target.code if event.target else None) == pair
    # the evidence still points at the original words
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_the_repair_changes_only_verbless_sentences_and_never_the_text(coder):
    text = "Russia rejected the plan. Houthi rebels fire missiles at a commercial ship."
    doc = coder.nlp(text)
    before = [(t.text, t.idx, t.dep_, t.head.i) for t in doc]
    assert coder.headline_verbs(doc) == 1
    after = [(t.text, t.idx, t.dep_, t.head.i) for t in doc]
    assert doc.text == text
    assert after[:5] == before[:5]  # the first sentence already had its verb
    fire = doc[7]
    assert (fire.text, fire.pos_, fire.lemma_) == ("fire", "VERB", "fire")
    assert [e.text for e in doc.ents] == [e.text for e in coder.nlp(text).ents]


def test_a_title_case_headline_gets_its_verb_back(coder):
    (event,) = coder.code_text("U.S. Lifts Travel Ban to Lebanon.", date="2020-01-01")
    assert (event.cameo.code, event.source.code, event.trigger.text.split()[0]) == (
        "081",
        "USA",
        "Lifts",
    )
