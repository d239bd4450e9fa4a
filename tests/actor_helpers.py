"""Reading an article up to one word, as the coder does, and asking the resolver about it:
shared by the actor rule, coreference and knowledge-base tests."""

from __future__ import annotations

from eventwire.actors.resolver import ArticleActors, home_country


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
