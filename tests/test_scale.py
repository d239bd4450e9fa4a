"""Coding at scale: worker processes on one machine, and Ray Data on a local Ray cluster.

Real processes, real DuckDB files, a real (small, loopback) Ray cluster: the user's
promises are the same events whatever the engine, input order kept, bad input
reported by file and line, and a killed or repeated run ending as one clean run.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from cli_helpers import eventwire, stored

from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def children_of(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


# -- workers on one machine -----------------------------------------------------------------


def test_two_workers_give_one_workers_events_in_the_same_order(tmp_path):
    # --batch-size 2: the 20 example articles travel in ten chunks, several in flight
    outputs = {}
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.duckdb"
        out = tmp_path / f"w{workers}.jsonl"
        eventwire(
            "code", str(EXAMPLES), "--db", str(db), "--out", str(out), "--all-modalities",
            "--workers", workers, "--batch-size", "2",
        )  # fmt: skip
        outputs[workers] = (stored(db), out.read_text())
    (articles, _, ids), jsonl = outputs["2"]
    assert articles == 20 and len(ids) > 40
    assert outputs["2"] == outputs["1"]  # same stored events, same JSONL line for line


def test_bad_input_is_reported_by_line_while_workers_code_the_rest(tmp_path):
    good = [
        {"id": f"g{i}", "date": "2023-03-17", "text": f"Russia attacked Ukraine on day {i}."}
        for i in range(5)
    ]
    lines = [json.dumps(good[0]), '{"id": "broken", "text": ', *map(json.dumps, good[1:])]
    lines.insert(4, json.dumps({"id": "empty", "text": " "}))
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    proc = eventwire("code", str(src), "--db", str(db), "--workers", "2", "--batch-size", "2")
    assert f"{src}:2: invalid JSON" in proc.stderr
    assert f"{src}:5: empty text" in proc.stderr
    assert stored(db)[0] == 5


def test_new_articles_appended_are_coded_without_recoding_the_old(tmp_path):
    src = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": f"a{i}", "date": "2023-03-17", "text": f"China criticised Japan, {i}."})
        for i in range(6)
    ]
    src.write_text("\n".join(rows[:4]) + "\n")
    db = tmp_path / "events.duckdb"
    eventwire("code", str(src), "--db", str(db), "--workers", "2")
    src.write_text("\n".join(rows) + "\n")
    second = eventwire("code", str(src), "--db", str(db), "--workers", "2")
    summary = " ".join(second.stderr.split())
    assert "coded 2" in summary and "already stored (same id, skipped) 4" in summary
    assert stored(db)[0] == 6


def article_ids_in(jsonl: Path) -> set[str]:
    if not jsonl.exists():
        return set()
    lines = jsonl.read_text().splitlines()
    return {json.loads(line)["article_id"] for line in lines if line.endswith("}")}


@pytest.mark.shared
def test_killed_worker_run_resumes_to_one_clean_run_and_leaves_no_workers(tmp_path, shared_dir):
    corpus = tmp_path / "wcep-200.jsonl"
    with gzip.open(shared_dir / "corpus" / "wcep-2025-2026.jsonl.gz", "rt") as fh:
        corpus.write_text("".join(next(fh) for _ in range(200)))
    options = ("--workers", "2", "--batch-size", "8")
    clean = tmp_path / "clean.duckdb"
    eventwire("code", str(corpus), "--db", str(clean), "--out", str(tmp_path / "clean.jsonl"),
              *options)  # fmt: skip
    with_events = len(article_ids_in(tmp_path / "clean.jsonl"))

    db, out = tmp_path / "killed.duckdb", tmp_path / "killed.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "code", str(corpus), "--db", str(db),
         "--out", str(out), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    # Kill it half way through (past the first stored batch of 64), without warning.
    while len(article_ids_in(out)) < with_events // 2 and proc.poll() is None:
        time.sleep(0.05)
    workers = children_of(proc.pid)
    assert len(workers) >= 2, "the worker processes should be running"
    os.kill(proc.pid, signal.SIGKILL)  # no clean-up at all
    proc.wait()
    deadline = time.monotonic() + 15
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(w) for w in workers), "workers must end with their parent"
    partial, _, _ = stored(db)
    clean_articles, _, clean_ids = stored(clean)
    assert 0 < partial < clean_articles, "the kill should land mid-run"
    eventwire("code", str(corpus), "--db", str(db), "--resume", *options)
    assert (stored(db)[0], stored(db)[2]) == (clean_articles, clean_ids)


# -- Ray ------------------------------------------------------------------------------------

ARTICLES = [
    ("r1", "2023-03-17", "Russia attacked Ukraine on Friday, officials in Kyiv said."),
    ("r2", "2023-03-17", "China criticised Japan over the new defence plan."),
    ("r3", "2023-03-18", "The United States imposed sanctions on Iran on Saturday."),
    ("r4", None, "Germany and France agreed to meet in Berlin next month."),
    ("r5", "2023-03-19", "Turkey rejected the proposal by Greece."),
]


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray")
    from eventwire.scale.ray_engine import start_local_ray

    start_local_ray(2)  # ray.init(num_cpus=2, include_dashboard=False) on loopback
    yield ray
    ray.shutdown()


@pytest.fixture
def feed(tmp_path) -> Path:
    """Five short articles and a broken line (line 3), as JSONL."""
    lines = [json.dumps({"id": i, "date": d, "text": t}) for i, d, t in ARTICLES]
    lines.insert(2, '{"id": "broken", ')
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def local_event_ids(coder, path: Path) -> set[str]:
    articles = read_articles([str(path)], IngestReport())
    return {e.event_id for _, events in coder.code(articles) for e in events}


def test_ray_retries_a_dead_actor_and_loads_the_same_events_as_local(
    ray_cluster, coder, feed, tmp_path
):
    from eventwire.scale.parquet import load_into_store
    from eventwire.scale.ray_engine import run_ray
    from eventwire.store.duckdb_store import EventStore

    out = tmp_path / "dataset"
    crashed = tmp_path / "crashed-once"
    result = run_ray(
        [str(feed)],
        str(out),
        coder_options={"batch_size": 32},
        shard_size=3,
        crash_once_flag=str(crashed),
    )
    assert crashed.exists(), "an actor died mid-task"
    assert (result.shards, result.articles, result.skipped) == (2, 5, 1)
    assert any(f"{feed}:3: invalid JSON" in p for p in result.problems)
    manifest = json.loads((out / "manifest.json").read_text())
    assert (manifest["shards_finished"], manifest["articles"]) == (2, 5)
    dates = sorted(p.name for p in (out / "events").iterdir())
    assert "article_date=2023-03-17" in dates and "article_date=__HIVE_DEFAULT_PARTITION__" in dates

    db = tmp_path / "loaded.duckdb"
    with EventStore(db) as store:
        assert load_into_store(str(out), store)["articles"] == 5
        assert load_into_store(str(out), store)["articles"] == 0  # idempotent
    articles, _, ids = stored(db)
    assert articles == 5 and ids == local_event_ids(coder, feed)
    # DuckDB reads the dataset in place, by partition
    direct = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out}/events/*/*.parquet', hive_partitioning=true) "
        "WHERE article_date = DATE '2023-03-17'"
    ).fetchall()[0][0]
    assert direct == len(
        duckdb.connect(str(db), read_only=True)
        .execute("select event_id from events where article_date = '2023-03-17'")
        .fetchall()
    )


def test_ray_rerun_skips_finished_shards_and_reads_parquet_input(
    ray_cluster, coder, feed, tmp_path
):
    from typer.testing import CliRunner

    from eventwire.cli import app

    out = tmp_path / "dataset"
    db = tmp_path / "events.duckdb"
    args = ["code", str(feed), "--engine", "ray", "--output-dir", str(out), "--shard-size", "3"]
    first = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert first.exit_code == 0, first.output
    # as if the run had been killed before its second shard finished
    markers = sorted((out / "_shards").glob("*.json"))
    assert len(markers) == 2
    markers[1].unlink()
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0, again.output
    text = " ".join(again.output.split())
    assert "shards coded 1" in text and "shards already finished (skipped) 1" in text
    loaded = CliRunner().invoke(app, ["load", str(out), "--db", str(db)])
    assert loaded.exit_code == 0 and "loaded 0 new articles" in " ".join(loaded.output.split())
    assert (stored(db)[0], stored(db)[2]) == (5, local_event_ids(coder, feed))
    # or no copy at all: a DuckDB file of views over the Parquet, for summary and export
    views = tmp_path / "views.duckdb"
    assert CliRunner().invoke(app, ["load", str(out), "--db", str(views), "--views"]).exit_code == 0
    summary = CliRunner().invoke(app, ["summary", "--db", str(views), "--all-modalities"])
    assert summary.exit_code == 0 and stored(views) == stored(db)

    table = pa.table({k: [a[n] for a in ARTICLES] for n, k in enumerate(("id", "date", "text"))})
    parquet_input = tmp_path / "feed.parquet"
    pq.write_table(table, parquet_input, row_group_size=2)
    from_parquet = tmp_path / "from-parquet.duckdb"
    result = CliRunner().invoke(
        app,
        ["code", str(parquet_input), "--engine", "ray", "--output-dir", str(tmp_path / "pq"),
         "--db", str(from_parquet)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert stored(from_parquet) == stored(db)
