"""Our own test sets point into ../shared/corpus by file, item id and character span.

This module reads those TSV files and fetches the items they point at, for every
evaluator (actors, locations, clusters) alike.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from eventwire.ingest.wire import parse_date
from eventwire.records import Article


def gold_rows(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    """A gold TSV's rows in file order, as dicts by column ('#' lines are comments)."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[:limit] if limit is not None else rows


def in_half(item_id: str, half: str) -> bool:
    """Whether an item falls in half "A" or "B" of a gold split: a fixed split by item (the
    MD5 of its id, even or odd), so that one half can be studied and the other kept unread."""
    even = int(hashlib.md5(item_id.encode("utf-8")).hexdigest(), 16) % 2 == 0
    return even if half.upper() == "A" else not even


def load_items(
    corpus_dir: Path, wanted: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], Article]:
    """The referenced corpus items as Articles: raw `text`, so gold offsets index it, and
    the release's place (Kremlin `location`) in extras as the reader keeps it."""
    by_file: dict[str, set[str]] = defaultdict(set)
    for corpus, item_id in wanted:
        by_file[corpus].add(item_id)
    found: dict[tuple[str, str], Article] = {}
    for corpus, ids in by_file.items():
        with gzip.open(corpus_dir / corpus, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record["id"] not in ids:
                    continue
                extras = {"location": record["location"]} if record.get("location") else {}
                found[(corpus, record["id"])] = Article(
                    id=record["id"],
                    text=record["text"],
                    date=parse_date(record.get("date")),
                    title=record.get("title"),
                    source=record.get("source"),
                    url=record.get("url"),
                    extras=extras,
                )
        missing = ids - {i for c, i in found if c == corpus}
        if missing:
            raise KeyError(f"{corpus}: items not found: {', '.join(sorted(missing)[:5])}")
    return found
