"""Shortcuts of the actor stage (session 11, issue #3) give the answers the full rules give.

Each shortcut skips work only where the rules it skips could not change the answer: a noun
with a knowledge-base word but no cue of its own ends as no actor; "the council" reads the
latest coded body of that head word from a per-lemma index; a person's surname is looked up
among the persons of the history only; "each other" is looked for in a clause only when the
document has it. Sentences are our own."""

from __future__ import annotations

from eventwire.actors.article import ArticleActors
from eventwire.actors.coreference import RECIPROCAL_KEY, _reciprocal_in
from eventwire.actors.mentions import Resolution, Seen

DAY = "2025-06-01"


def _read(coder, text: str, day: str = DAY):  # noqa: ANN001, ANN202
    """The Doc, its ArticleActors and each head's code after the reading loop's pass."""
    doc = coder.nlp(text)
    actors = ArticleActors(coder.extractor.resolver, day, None)
    codes = {}
    for tok in doc:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and tok.dep_ not in {"compound", "amod", "poss"}:
            ref = actors.mention(tok)
            codes[tok.i] = ref.code if ref is not None else None
    return doc, actors, codes


def test_a_noun_with_a_knowledge_base_word_and_no_cue_takes_the_shortcut(coder) -> None:  # noqa: ANN001
    doc, actors, codes = _read(
        coder, "The talks focused on regional security and the defence budget."
    )
    for word in ("security", "budget"):
        head = next(t for t in doc if t.text == word)
        assert actors._may_be_actor(head), f"{word!r} must reach the phrase scan for this test"
        toks = actors.phrase(head)
        empty = Resolution(why=[f"head '{word}' is not an actor word"])
        assert actors._nothing_to_read(head, toks, empty, head.lemma_.lower())
        assert codes[head.i] is None


def test_the_shortcut_leaves_what_later_rules_read(coder) -> None:  # noqa: ANN001
    doc, actors, _ = _read(coder, "Kirby met the group. The budget of the Kirby office grew.")
    empty = Resolution(why=["no cue"])
    office = next(t for t in doc if t.text == "office")
    # a proper noun in the phrase: an earlier person may be named by it
    assert not actors._nothing_to_read(office, actors.phrase(office), empty, "office")
    group = next(t for t in doc if t.text == "group")
    # "the" + a noun alone: the body named before by that word
    assert not actors._nothing_to_read(group, actors.phrase(group), empty, "group")
    coded = Resolution(code="USAGOV", country="USA", sector="GOV", kind="state")
    budget = next(t for t in doc if t.text == "budget")
    assert not actors._nothing_to_read(budget, actors.phrase(budget), coded, "budget")


def test_the_council_is_the_latest_body_of_that_head_word(coder) -> None:  # noqa: ANN001
    doc, actors, codes = _read(
        coder,
        "The Transitional Sovereignty Council in Sudan names a new cabinet. The Security "
        "Council met in New York. The council also extends the state of emergency.",
    )
    councils = [t.i for t in doc if t.lower_ == "council"]
    assert codes[councils[0]] == "SDNGOV"
    assert codes[councils[-1]] == codes[councils[1]] != "SDNGOV"
    # the per-lemma index: every coded "council", the latest in the text first
    assert [s.token for s in actors._coded_by_lemma(doc)["council"]] == councils[::-1]


def test_surnames_are_read_from_the_persons_of_the_history(coder) -> None:  # noqa: ANN001
    doc, actors, codes = _read(
        coder,
        "Antony Blinken met the Ukrainian ambassador. Later, Blinken spoke to Ukraine.",
        "2022-03-10",
    )
    first, second = (t.i for t in doc if t.text == "Blinken")
    assert codes[second] == codes[first] == "USAGOV"
    assert [s.res.kind for s in actors.people] == ["person"] * len(actors.people)
    assert {s.token for s in actors.history if s.res.kind == "person"} == {
        s.token for s in actors.people
    }
    # only what `_remember` adds: a person remembered by hand joins them, a state does not
    before = len(actors.people)
    actors._remember(Seen(Resolution(kind="state", code="UKR"), len(doc) - 1, None, False))
    assert len(actors.people) == before


def test_each_other_is_looked_for_only_in_a_document_that_has_it(coder) -> None:  # noqa: ANN001
    for text, expected in (
        ("We forgave each other a lot.", True),
        ("We help one another.", True),
        ("We forgave them a lot.", False),
        ("Each side blamed the other.", False),
    ):
        doc = coder.nlp(text)
        verb = next(t for t in doc if t.pos_ == "VERB")
        assert _reciprocal_in(verb) is expected, text
        assert doc.user_data[RECIPROCAL_KEY] is expected  # (read once per document)
