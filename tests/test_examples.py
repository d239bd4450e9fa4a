"""The sample articles behind `make demo`: they must parse, be the right size, and be our own words.

The loaders here use only the standard library on purpose: these tests check the example
files themselves, independently of how the ingest stage reads them.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "examples"
SHARED = REPO_ROOT.parent / "shared"
ARTICLE_FIELDS = ["id", "date", "title", "text", "source", "url"]
DATE_HEADER = re.compile(r"^date (\d{4}-\d{2}-\d{2})$")
# Both dateline styles the wire files use: "GENEVA, March 3. /EVENTWIRE/." and
# "NAIROBI, May 2 (eventwire) -".
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2}(\. /EVENTWIRE/\.| \(eventwire\) -) ")
NGRAM = 12
MIN_WORDS, MAX_WORDS = 80, 400


def is_iso_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def read_wire_file(path: Path) -> dict[str, str]:
    """A wire file is a `date YYYY-MM-DD` line followed by the dateline and the story."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n")
    match = DATE_HEADER.match(header)
    assert match, f"{path.name}: first line must be 'date YYYY-MM-DD', got {header!r}"
    return {"id": path.stem, "date": match.group(1), "text": body.strip()}


def read_jsonl(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def all_examples() -> list[dict[str, str]]:
    wire = [read_wire_file(p) for p in sorted((EXAMPLES / "wire").glob("*.txt"))]
    return wire + read_jsonl(EXAMPLES / "articles.jsonl") + read_csv(EXAMPLES / "more.csv")


def words(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and quote styles do not hide a copied passage."""
    return re.findall(r"\w+", text.lower())


def ngrams(tokens: list[str], n: int = NGRAM) -> Iterator[tuple[str, ...]]:
    return zip(*(tokens[i:] for i in range(n)), strict=False)


def shared_texts() -> Iterable[tuple[str, str]]:
    """(where, text) for every title and text in the shared corpus and seed, streamed."""
    for path in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for field in ("title", "text"):
                    if record.get(field):
                        yield f"{path.name}:{record.get('id')}", record[field]
    for path in sorted((SHARED / "seed").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")


def test_wire_files_start_with_a_date_header_and_a_dateline():
    paths = sorted((EXAMPLES / "wire").glob("*.txt"))
    assert len(paths) >= 8
    for path in paths:
        article = read_wire_file(path)
        assert is_iso_day(article["date"]), path.name
        assert DATELINE.match(article["text"]), f"{path.name}: no dateline at the start"


def test_jsonl_and_csv_rows_carry_every_article_field():
    for name, rows in [
        ("articles.jsonl", read_jsonl(EXAMPLES / "articles.jsonl")),
        ("more.csv", read_csv(EXAMPLES / "more.csv")),
    ]:
        assert rows, f"{name} is empty"
        for row in rows:
            assert list(row) == ARTICLE_FIELDS, f"{name}: fields {list(row)}"
            assert is_iso_day(row["date"]), f"{name}: {row['id']} date {row['date']!r}"
            assert row["source"] == "eventwire examples"
            assert row["url"] == "" or row["url"].startswith("https://example.org/")


def test_csv_quoting_keeps_multi_paragraph_text_in_one_field():
    rows = read_csv(EXAMPLES / "more.csv")
    assert len(rows) == 2
    assert all("\n\n" in row["text"] for row in rows)


def test_there_are_at_least_twenty_articles_with_unique_ids():
    ids = [article["id"] for article in all_examples()]
    assert len(ids) >= 20
    assert len(ids) == len(set(ids)), "duplicate ids"
    for article_id in ids:
        assert is_iso_day(article_id[:10]), f"id should start with its date: {article_id}"


def test_each_article_is_a_short_news_story():
    for article in all_examples():
        count = len(article["text"].split())
        assert MIN_WORDS <= count <= MAX_WORDS, f"{article['id']}: {count} words"
        assert article["id"].startswith(article["date"]), article["id"]


def test_readme_describes_every_article():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "Apache-2.0" in readme
    missing = [a["id"] for a in all_examples() if f"`{a['id']}`" not in readme]
    assert not missing, f"not in examples/README.md: {missing}"


@pytest.mark.shared
@pytest.mark.timeout(180)
def test_no_example_shares_a_twelve_word_run_with_the_shared_data():
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is absent (it is only needed to prove the samples original)")
    ours: dict[tuple[str, ...], str] = {}
    for article in all_examples():
        for gram in ngrams(words(f"{article.get('title', '')}\n{article['text']}")):
            ours.setdefault(gram, article["id"])
    copied = []
    for where, text in shared_texts():
        grams = ngrams(words(text))
        if ours.keys().isdisjoint(grams):
            continue
        hits = {gram for gram in ngrams(words(text)) if gram in ours}
        copied += [f"{ours[g]} <- {where}: {' '.join(g)}" for g in sorted(hits)]
    assert not copied, "examples repeat shared text:\n" + "\n".join(copied[:20])
