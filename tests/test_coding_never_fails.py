"""Real articles that once made the coder raise (and so lose every event of the article)."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.shared


def _item(shared_dir, corpus: str, item_id: str) -> Article:
    with gzip.open(shared_dir / "corpus" / corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] == item_id:
                return Article(id=row["id"], text=row["text"], date=row.get("date"))
    pytest.skip(f"{item_id} is not in {corpus}")


def test_a_sentence_opening_pronoun_after_a_rootless_stretch(coder, shared_dir):
    # A transcript whose pronoun opens a sentence right after a stretch with no ROOT token:
    # the "opening subject before" lookup raised TypeError and the article was skipped.
    article = _item(
        shared_dir,
        "whitehouse-2021-2026.jsonl.gz",
        "2025-01-24-remarks-by-president-trump-before-marine-one-departure",
    )
    ((_, events),) = list(coder.code([article]))
    assert events
