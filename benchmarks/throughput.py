"""Throughput: the spaCy parse alone vs the full eventwire pipeline, same articles, one run.

    python benchmarks/throughput.py ../shared/corpus/statedept-2021-2022.jsonl.gz [--limit N]

The parse is our floor: the figure that matters is full/parse words per second
(target >= 0.85). Both passes run in this process on the same texts, after a
warm-up, alternating in rounds so that neither gets a warmer cache.
"""

from __future__ import annotations

import argparse
import resource
import time

from rich.console import Console
from rich.table import Table

from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport
from eventwire.pipeline import Coder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    console = Console()
    report = IngestReport()
    articles = []
    for a in read_articles(args.corpus, report):
        articles.append(a)
        if args.limit and len(articles) >= args.limit:
            break
    words = sum(len(a.text.split()) for a in articles)
    console.print(f"{len(articles)} articles, {words:,} words ({report.skipped} skipped on read)")

    coder = Coder(batch_size=args.batch_size)
    list(coder.code(articles[:5]))  # warm-up: model, lexicon, knowledge base

    parse_s = full_s = 0.0
    events = 0
    chunks = _chunks(articles, args.rounds)
    for chunk in chunks:
        t = time.perf_counter()
        for _ in coder.parse(chunk):
            pass
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        for _, evs in coder.code(chunk):
            events += len(evs)
        full_s += time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    table = Table(title="eventwire throughput (1 process)")
    for col in ("pass", "seconds", "words/s", "articles/s"):
        table.add_column(col, justify="right")
    table.add_row(
        "spaCy parse only",
        f"{parse_s:.1f}",
        f"{words / parse_s:,.0f}",
        f"{len(articles) / parse_s:.1f}",
    )
    table.add_row(
        "full pipeline", f"{full_s:.1f}", f"{words / full_s:,.0f}", f"{len(articles) / full_s:.1f}"
    )
    console.print(table)
    console.print(f"ratio full/parse words/s: [bold]{parse_s / full_s:.3f}[/] (target >= 0.85)")
    console.print(f"our stages' share of parse time: {(full_s - parse_s) / parse_s:.1%}")
    console.print(f"events: {events:,} ({events / len(articles):.1f} per article)")
    console.print(f"peak memory (max RSS): {peak_mb:,.0f} MB")


def _chunks(items: list, rounds: int) -> list[list]:
    size = max(1, -(-len(items) // max(1, rounds)))
    return [items[i : i + size] for i in range(0, len(items), size)]


if __name__ == "__main__":
    main()
