"""Throughput: the spaCy parse alone vs the full eventwire pipeline, same articles, one run.

    python benchmarks/throughput.py ../shared/corpus/statedept-2021-2022.jsonl.gz [--limit N]

The parse is our floor: the figure that matters is full/parse words per second
(issue #4: >= 0.80; the same-pass ratio is the stricter reading, pass B against pass A the
issue's literal one, noisier because the two passes parse at different speeds). Both
passes run in this process on the same texts, after a warm-up, alternating in rounds so
that neither gets a warmer cache.
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
    t = time.perf_counter()
    coder.locator.gazetteer  # noqa: B018 - load the gazetteer now, to time it on its own
    console.print(f"gazetteer loaded in {time.perf_counter() - t:.2f} s (target <= 2 s)")
    list(coder.code(articles[:5]))  # warm-up: model, lexicon, knowledge base
    location_warmup_s = coder.locator.seconds

    # Pass A: the parse alone. Pass B: the full pipeline, with its parse and our
    # stages timed separately batch by batch, so that whatever else the machine
    # does weighs on both parts alike. Rounds alternate A and B on chunks.
    parse_s = full_parse_s = ours_s = 0.0
    events = 0
    for chunk in _chunks(articles, args.rounds):
        t = time.perf_counter()
        for _ in coder.parse(chunk):
            pass
        parse_s += time.perf_counter() - t
        docs = coder.parse(chunk)
        while True:
            t = time.perf_counter()
            item = next(docs, None)
            full_parse_s += time.perf_counter() - t
            if item is None:
                break
            t = time.perf_counter()
            events += len(coder.code_doc(*item))
            ours_s += time.perf_counter() - t
    full_s = full_parse_s + ours_s
    stages = dict(coder.extractor.stage_seconds)
    location_s = coder.locator.seconds - location_warmup_s  # timed passes only
    stages["location"] = location_s
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    table = Table(title="eventwire throughput (1 process)")
    for col in ("pass", "seconds", "words/s", "articles/s"):
        table.add_column(col, justify="right")
    for name, secs in (
        ("spaCy parse only (pass A)", parse_s),
        ("full pipeline (pass B)", full_s),
        ("  of which spaCy parse", full_parse_s),
        ("  of which eventwire stages", ours_s),
    ):
        table.add_row(name, f"{secs:.1f}", f"{words / secs:,.0f}", f"{len(articles) / secs:.1f}")
    console.print(table)
    ratio = full_parse_s / full_s
    console.print(f"ratio full/parse words/s (same pass): [bold]{ratio:.3f}[/] (target >= 0.80)")
    console.print(f"ratio full (B) / parse-only (A) words/s: {parse_s / full_s:.3f}")
    console.print(f"eventwire stages cost {ours_s / full_parse_s:.1%} of parse time")
    total = sum(stages.values()) or 1.0
    for stage, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        # stage_seconds also counts the warm-up; shares are of the timed total.
        share = secs / total * ours_s / full_parse_s
        console.print(f"  {stage} stage: {share:.1%} of parse time")
    console.print(f"location stage: {location_s / full_parse_s:.1%} of parse time (target <= 10%)")
    console.print(f"events: {events:,} ({events / len(articles):.1f} per article)")
    console.print(f"peak memory (max RSS): {peak_mb:,.0f} MB")


def _chunks(items: list, rounds: int) -> list[list]:
    size = max(1, -(-len(items) // max(1, rounds)))
    return [items[i : i + size] for i in range(0, len(items), size)]


if __name__ == "__main__":
    main()
