"""Scale: one worker, two worker processes and Ray Data with 2 CPUs, same articles, one run.

    python benchmarks/scale.py [CORPUS] [--limit 400] [--batch-size 32]

CORPUS defaults to ../shared/corpus/whitehouse-2021-2026.jsonl.gz (14,396 items, 21M
words: far too long for a benchmark run, hence --limit). Prints words/s and articles/s
of each engine, startup times, peak RSS per worker, the ratios against the targets
(2 workers >= 1.7x one worker; Ray >= 0.85x the local workers on the same cores;
<= 1.2 GB per worker), and checks that all three produce the same event ids.

Timings exclude one-time start-up (loading the model in-process, forking the pool,
starting the Ray cluster), which is reported apart. Ray is shown twice: the whole job
(with its fixed start: Ray Data, actor processes, each loading a Coder) and its coding
span (first shard started to last shard finished), the figure that scales and the one
compared with the local workers.
"""

from __future__ import annotations

import argparse
import gzip
import resource
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
from rich.console import Console
from rich.table import Table

from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport
from eventwire.pipeline import Coder
from eventwire.records import Event
from eventwire.scale import parquet
from eventwire.scale.ray_engine import run_ray, start_local_ray
from eventwire.scale.workers import CoderPool

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "whitehouse-2021-2026.jsonl.gz"
MB = 2**20


def first_lines(corpus: Path, limit: int, into: Path) -> Path:
    """The corpus's first `limit` lines as a plain JSONL file (what every engine reads)."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as src, into.open("w", encoding="utf-8") as out:
        for number, line in enumerate(src):
            if limit and number >= limit:
                break
            out.write(line)
    return into


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def described(event: Event) -> str:
    return f"{event.article_id} {event.cameo.code} {event.trigger.text!r}@{event.trigger.start}"


def described_row(row: dict) -> str:
    return f"{row['article_id']} {row['cameo_code']} {row['trigger_text']!r}@{row['trigger_start']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=400, help="first N items (0 = all)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--shard-size", type=int, default=0, help="Ray (default: batch size)")
    args = parser.parse_args()
    console = Console()
    work = Path(tempfile.mkdtemp(prefix="eventwire-scale-"))
    sample = first_lines(args.corpus, args.limit, work / "sample.jsonl")
    articles = list(read_articles([str(sample)], IngestReport()))
    words = sum(len(a.text.split()) for a in articles)
    console.print(f"{len(articles)} articles, {words:,} words from {args.corpus.name}")
    rows: list[tuple[str, float, float, float]] = []  # name, seconds, startup, peak RSS MB

    # 2 workers first (`eventwire code --workers 2`): forked from a Coder that has coded
    # nothing but the warm-up text, as in the CLI. The 1-worker pass then runs on a Coder
    # whose caches are warm from these articles: if anything, that flatters one worker.
    started = time.perf_counter()
    coder = Coder(batch_size=args.batch_size)
    coder_load = time.perf_counter() - started
    started = time.perf_counter()
    with CoderPool(coder, 2) as pool:
        startup = time.perf_counter() - started
        started = time.perf_counter()
        cpu_before = _cpu_seconds()
        two = {e.event_id: described(e) for _, events in pool.code(articles) for e in events}
        seconds = time.perf_counter() - started
        parent_cpu = _cpu_seconds() - cpu_before
        peak = max(pool.peak_rss.values()) / MB
    two_workers = ("2 workers", seconds, startup, peak)

    # 1 worker: the plain in-process path of `eventwire code --workers 1`
    started = time.perf_counter()
    one = {e.event_id: described(e) for _, events in coder.code(articles) for e in events}
    rows.append(
        (
            "1 worker",
            time.perf_counter() - started,
            coder_load,
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        )
    )
    rows.append(two_workers)
    del coder

    # Ray Data on a local 2-CPU cluster: `eventwire code --engine ray --workers 2`
    import ray

    started = time.perf_counter()
    start_local_ray(2)  # as `--engine ray` does: workers at normal priority
    ray_startup = time.perf_counter() - started
    out = work / "ray-dataset"
    result = run_ray(
        [str(sample)],
        str(out),
        coder_options={"batch_size": args.batch_size},
        shard_size=args.shard_size or args.batch_size,
        console=console,
    )
    ray.shutdown()
    ray_peak = max(result.peak_rss.values()) / MB
    fs, base = parquet.open_dir(str(out))
    markers = list(parquet.finished_shards(fs, base).values())
    # steady state: from the first shard's start to the last shard's end, i.e. without
    # the job's fixed start (Ray Data, actor processes, Coder loads), as for local workers
    span = max(m["finished_at"] for m in markers) - min(m["started_at"] for m in markers)
    rows.append(("Ray, 2 CPUs (whole job)", result.seconds, ray_startup, ray_peak))
    rows.append(("Ray, 2 CPUs (coding span)", span, result.seconds - span, ray_peak))
    event_files = [f for m in markers for f in m["files"] if "events/" in f]
    by_ray = {
        row["event_id"]: described_row(row)
        for f in event_files
        for row in pq.read_table(out / f).to_pylist()
    }
    table = Table(title=f"eventwire scale ({len(articles)} articles, {words:,} words)")
    for column in ("engine", "seconds", "words/s", "articles/s", "start-up s", "peak RSS/worker"):
        table.add_column(column, justify="right")
    for name, secs, startup, peak in rows:
        table.add_row(
            name,
            f"{secs:.1f}",
            f"{words / secs:,.0f}",
            f"{len(articles) / secs:.2f}",
            f"{startup:.1f}",
            f"{peak:,.0f} MB",
        )
    console.print(table)
    one_s, two_s, job_s, ray_s = (row[1] for row in rows)
    worst_peak = max(r[3] for r in rows)
    checks = [
        ("2 workers / 1 worker", one_s / two_s, ">= 1.7", one_s / two_s >= 1.7),
        ("Ray (coding span) / 2 workers", two_s / ray_s, ">= 0.85", two_s / ray_s >= 0.85),
        ("Ray (whole job) / 2 workers", two_s / job_s, "", None),
        ("peak RSS per worker (MB)", worst_peak, "<= 1229", worst_peak <= 1.2 * 1024),
    ]
    for name, value, target, ok in checks:
        verdict = "" if ok is None else ("[green]ok[/]" if ok else "[red]missed[/]")
        aim = f" (target {target})" if target else ""
        console.print(f"{name}: {value:.2f}{aim} {verdict}")
    console.print(
        f"parent process CPU during the 2-worker run: {parent_cpu:.1f} s "
        "(reading, checking and passing articles; it shares the cores with the workers)"
    )
    same = one.keys() == two.keys() == by_ray.keys()
    console.print(
        f"event ids: 1 worker {len(one)}, 2 workers {len(two)}, Ray {len(by_ray)} -> "
        + ("[green]identical[/]" if same else "[red]DIFFERENT[/]")
    )
    if not same:
        for name, ids in (("1 worker", one), ("2 workers", two), ("Ray", by_ray)):
            for event_id in sorted(ids.keys() - (one.keys() & two.keys() & by_ray.keys())):
                console.print(f"  only in {name}: {event_id} {ids[event_id]}", markup=False)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
