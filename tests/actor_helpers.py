"""Reading an article up to one word, as the coder does, and asking the resolver about it:
shared by the actor rule, coreference and knowledge-base tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from eventwire.actors.article import ArticleActors, home_country

# Release sources as the corpora name them: a release's home state comes from its source.
KREMLIN = "President of Russia (en.kremlin.ru)"
UKRAINE = "President of Ukraine (president.gov.ua)"
WHITE_HOUSE = "The White House (whitehouse.gov briefing room)"
STATE = "U.S. Department of State (Office of the Spokesperson)"

# The parameters of a resolver table row, in the order `Text.mention` gives them.
MENTION = ("text", "word", "day", "source", "nth", "expected")


def code_at(  # noqa: ANN001
    coder,
    text: str,
    word: str,
    day: str,
    source: str | None = None,
    nth: int = 0,
    skip_deps: frozenset[str] = frozenset(),
) -> str | None:
    """The code the resolver gives the token `word` (its nth occurrence), after reading
    every noun and pronoun before it in order (heads with a dependency in `skip_deps`, such
    as "compound", left out as the coder's reading loop leaves them out)."""
    doc = coder.nlp(text)
    actors = ArticleActors(coder.extractor.resolver, day, home_country(source, None))
    hits = [t for t in doc if t.text == word]
    for tok in doc[: hits[nth].i]:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and tok.dep_ not in skip_deps:
            actors.mention(tok)
    ref = actors.mention(hits[nth])
    return ref.code if ref is not None else None


@dataclass(frozen=True)
class Text:
    """A text a resolver table reads: `Text(text).mention(word, day, expected)` is one row."""

    text: str

    def mention(
        self,
        word: str,
        day: str,
        expected: str | None,
        *,
        source: str | None = None,
        nth: int = 0,
        id: str,
    ):
        """The row: `word` (its nth occurrence), in an article of `day` from `source`, codes
        as `expected` (None: as nobody). The id names the case, so a failing row says which."""
        return pytest.param(self.text, word, day, source, nth, expected, id=id)


def mention_table(rows: list) -> Callable[..., None]:
    """The one runner of the resolver tables: a test that reads each row's text as `code_at`
    does and compares the code of its mention with the row's `expected`. A test module binds
    it to a test name (`test_units_of_a_force = mention_table([Text(...).mention(...), ...])`);
    each row stays a case of its own, named by its id."""

    @pytest.mark.parametrize(MENTION, rows)
    def test(coder, text, word, day, source, nth, expected) -> None:  # noqa: ANN001, PLR0913
        got = code_at(coder, text, word, day, source, nth)
        assert got == expected, f"{word!r} in {text!r} codes {got!r}, not {expected!r}"

    return test
