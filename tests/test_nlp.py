"""The spaCy pipeline as eventwire loads it: a blank line ends a sentence."""

from __future__ import annotations


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
