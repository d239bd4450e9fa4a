"""The spaCy pipeline as eventwire loads it: a blank line ends a sentence."""

from __future__ import annotations

from eventwire.nlp.pipeline import (
    COLUMN_ATTRS,
    children_of,
    sentence_of,
    sentences_of,
    token_columns,
)


def test_a_heading_on_its_own_line_is_not_the_subject_of_the_next_sentence(coder):
    text = (
        "Office of the Spokesperson\n\n"
        "Deputy Secretary of State Wendy R. Sherman will travel to Brussels and Ankara."
    )
    sentences = [s.text.strip() for s in coder.nlp(text).sents]
    assert sentences[0] == "Office of the Spokesperson"
    assert sentences[1].startswith("Deputy Secretary of State")
    travels = coder.code_text(text, date="2021-05-20")
    assert travels and {e.source.code for e in travels} == {"USAGOV"}


def test_text_without_blank_lines_parses_as_before(coder):
    text = "Russia rejected the plan. China proposed talks."
    assert [s.text for s in coder.nlp(text).sents] == [
        "Russia rejected the plan.",
        "China proposed talks.",
    ]


def test_the_children_table_follows_the_tree_also_after_a_headline_repair(coder):
    # The coder reads each token's children from a table made once per document; it must
    # give what spaCy gives, in the same order, and be made anew when the tree changes.
    text = "Russia rejected the plan of the EU and China. Houthi rebels fire missiles at a ship."
    doc = coder.nlp(text)
    assert [[c.i for c in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    assert coder.headline_verbs(doc) == 1  # "fire" becomes the verb: the tree changes
    assert [[c.i for c in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    fire = next(t for t in doc if t.text == "fire")
    assert {c.text for c in children_of(fire)} >= {"rebels", "missiles"}


def test_a_colon_glued_to_a_quotation_is_split_from_its_first_word(coder):
    # release texts write 'reads, in part:"You ...' with no space: the quote's first word
    # must stay a word of its own, or the speaker's "You"/"I" is lost
    doc = coder.nlp('The message reads, in part:"You have shown courage." It ended at 7:45.')
    words = [t.text for t in doc]
    assert words[5:9] == ["part", ":", '"', "You"]
    assert "7:45" in words  # a time keeps its colon


def test_the_sentence_and_column_tables_follow_the_doc_also_after_a_headline_repair(coder):
    # The stages read each token's sentence and the whole document's tags from tables made
    # once per document; they must give what spaCy gives, and be made anew when the headline
    # repair changes the tags and the tree.
    text = (
        "Russia rejected the plan.\n\nHouthi rebels fire missiles at a ship. "
        "China proposed talks, officials said."
    )
    doc = coder.nlp(text)

    def agrees() -> bool:
        sents = [(s.start, s.end) for s in doc.sents]
        columns = token_columns(doc)
        array = doc.to_array(list(COLUMN_ATTRS))
        return (
            [(s.start, s.end) for s in sentences_of(doc)] == sents
            and all(
                (sentence_of(t).start, sentence_of(t).end) == (t.sent.start, t.sent.end)
                for t in doc
            )
            and all((columns[a] == array[:, k]).all() for k, a in enumerate(COLUMN_ATTRS))
        )

    assert agrees()
    fire = next(t for t in doc if t.text == "fire")
    assert fire.pos_ != "VERB"
    assert coder.headline_verbs(doc) == 1  # "fire" becomes the verb: tags and tree change
    assert fire.pos_ == "VERB" and agrees()
