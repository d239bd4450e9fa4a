"""Who is who in the seed article (../shared/seed): the actor acceptance case."""

from __future__ import annotations

import pytest

from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_mentions(shared_dir, coder):
    (article,) = read_articles([str(shared_dir / "seed" / "tass-2023-03-17.txt")], IngestReport())
    mentions = []
    coder.extractor.extract(article, coder.nlp(article.text), mentions)
    return article.text, mentions


def codes_of(mentions, text_contains: str) -> set[str | None]:
    return {m.code for m in mentions if text_contains in m.text}


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("John Kirby", "USAGOV"),
        ("Xi Jinping", "CHNGOV"),
        ("Zelensky", "UKRGOV"),
        ("Chinese Foreign Ministry", "CHNGOV"),
        ("Beijing", "CHNGOV"),
        ("Moscow", "RUSGOV"),
        ("Kiev", "UKRGOV"),
        ("the White House official", "USAGOV"),
    ],
)
def test_seed_mentions_resolve(seed_mentions, mention, code):
    _, mentions = seed_mentions
    assert codes_of(mentions, mention) == {code}


def test_he_added_is_kirby(seed_mentions):
    text, mentions = seed_mentions
    at = text.index("he added")
    (he,) = [m for m in mentions if m.start == at]
    assert he.name == "John Kirby" and he.code == "USAGOV"
