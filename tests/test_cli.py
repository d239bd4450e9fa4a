"""The command line as a user runs it: real files, a real DuckDB file, real processes."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import eventwire, stored

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def test_code_examples_into_db_twice_adds_nothing_twice(tmp_path):
    db = tmp_path / "events.duckdb"
    first = eventwire("code", str(EXAMPLES), "--db", str(db))
    assert "coded" in first.stderr
    n_articles, n_events, ids = stored(db)
    assert n_articles == 20
    assert n_events > 40
    second = eventwire("code", str(EXAMPLES), "--db", str(db))
    assert stored(db) == (n_articles, n_events, ids)
    assert "already stored" in second.stderr


def test_summary_and_every_export_format(tmp_path):
    db = tmp_path / "events.duckdb"
    eventwire("code", str(EXAMPLES / "wire"), "--db", str(db))
    summary = eventwire("summary", "--db", str(db)).stdout
    assert "QuadClass" in summary or "quad" in summary.lower()
    for fmt in ("jsonl", "csv", "plover", "gdelt"):
        out = tmp_path / f"events.{fmt}"
        eventwire("export", "--db", str(db), "--format", fmt, "--output", str(out))
        assert out.stat().st_size > 0, fmt
    rows = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert rows and all(r["modality"] == "asserted" for r in rows)
    parquet = tmp_path / "events.parquet"
    eventwire("export", "--db", str(db), "--format", "parquet", "--output", str(parquet))
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows)
    bad = eventwire("export", "--db", str(db), "--format", "xml", check=False)
    assert bad.returncode != 0 and "unknown format" in bad.stderr


def test_stdin_and_out_jsonl_without_database(tmp_path):
    out = tmp_path / "events.jsonl"
    text = (
        "date 2022-02-24\nKYIV, Feb. 24 (eventwire) - Russian forces attacked Ukraine on "
        "Thursday. Ukrainian President Volodymyr Zelensky urged NATO to close the skies."
    )
    eventwire("code", "-", "--out", str(out), "--all-modalities", stdin=text)
    events = [json.loads(x) for x in out.read_text().splitlines()]
    attacks = [e for e in events if e["plover"]["type"] == "ASSAULT"]
    assert attacks and attacks[0]["source"]["country"] == "RUS"
    assert attacks[0]["target"]["country"] == "UKR"
    assert attacks[0]["article_date"] == "2022-02-24"


def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path):
    good = {"id": "g1", "date": "2023-03-17", "text": "Russia attacked Ukraine on Friday."}
    lines = [
        json.dumps(good),
        '{"id": "broken", "text": ',
        json.dumps({"id": "empty", "date": "2023-03-17", "text": "  "}),
        json.dumps({"id": "nodate", "date": "someday", "text": "China criticised Japan."}),
        json.dumps({"id": "huge", "date": "2023-03-17", "text": "word " * 1_100_000}),
        json.dumps(
            {
                "id": "fr",
                "date": "2023-03-17",
                "text": " ".join(
                    [
                        "Le gouvernement a annoncé que les négociations avec la Russie "
                        "sont suspendues et que le président de la République se rendra "
                        "à Bruxelles pour les"
                    ]
                    * 3
                ),
            }
        ),
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("date 2023-03-17\nRussia r\xe9jected the plan.".encode("latin-1"))
    db = tmp_path / "events.duckdb"
    proc = eventwire("code", str(src), str(latin), str(tmp_path / "missing.jsonl"), "--db", str(db))
    err = proc.stderr
    assert f"{src}:2: invalid JSON" in err
    assert f"{src}:3: empty text" in err
    assert f"{src}:4: unknown date" in err
    assert f"{src}:5: too long" in err
    assert f"{src}:6: not English" in err
    assert "not UTF-8" in err and "latin1.txt" in err
    assert "no such file" in err
    articles, _, _ = stored(db)
    assert articles == 2  # g1 and the undated one: the rest of the batch went on


def test_nothing_codable_exits_non_zero(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1, "text": ""}\nnot json\n')
    proc = eventwire("code", str(src), "--out", str(tmp_path / "o.jsonl"), check=False)
    assert proc.returncode != 0
    assert "nothing could be coded" in proc.stderr


@pytest.mark.shared
def test_killed_run_resumes_to_the_result_of_one_clean_run(tmp_path, shared_dir):
    corpus = tmp_path / "statedept-120.jsonl"
    with gzip.open(shared_dir / "corpus" / "statedept-2021-2022.jsonl.gz", "rt") as fh:
        rows = [next(fh) for _ in range(120)]
    corpus.write_text("".join(rows))
    clean = tmp_path / "clean.duckdb"
    started = time.perf_counter()
    # One worker: the kill must land between store batches (tests/test_scale.py kills a
    # two-worker run).
    eventwire("code", str(corpus), "--db", str(clean), "--workers", "1")
    clean_seconds = time.perf_counter() - started

    db = tmp_path / "killed.duckdb"
    out = tmp_path / "killed.jsonl"
    later_ids = {json.loads(row)["id"] for row in rows[70:110]}
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "code", str(corpus), "--db", str(db)]
        + ["--workers", "1", "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill it without warning (SIGKILL: no clean-up at all) once it is past its first
    # stored batch: events of the 71st-110th articles are coming out.
    deadline = time.perf_counter() + clean_seconds * 3 + 60
    while proc.poll() is None and time.perf_counter() < deadline:
        text = out.read_text() if out.exists() else ""
        if any(json.loads(line)["article_id"] in later_ids for line in text.splitlines()[:-1]):
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial, _, _ = stored(db)
    clean_articles, clean_events, clean_ids = stored(clean)
    assert 0 < partial < clean_articles, "the kill should land mid-run"
    eventwire("code", str(corpus), "--db", str(db), "--resume")
    assert stored(db) == (clean_articles, clean_events, clean_ids)


def test_actors_lookup_explains_a_dated_role():
    out = eventwire("actors", "lookup", "Vladimir Putin", "--date", "2007-05-01").stdout
    assert "RUSGOV" in out and "why" in out
    trump = eventwire("actors", "lookup", "President Donald Trump", "--date", "2022-06-01").stdout
    assert "USAGOV" not in trump


@pytest.mark.shared
def test_code_with_petrarch_dictionaries(tmp_path, shared_dir):
    dicts = shared_dir / "gold" / "petrarch2" / "dictionaries"
    out = tmp_path / "events.jsonl"
    eventwire(
        "code",
        "-",
        "--out",
        str(out),
        "--petrarch-actors",
        str(dicts / "Phoenix.Countries.actors.txt"),
        "--petrarch-agents",
        str(dicts / "Phoenix.agents.txt"),
        stdin="date 1995-06-01\nBill Clinton criticized Iraq.",
    )
    (event,) = [json.loads(x) for x in out.read_text().splitlines()]
    assert event["source"]["code"] == "USAGOV"
    assert event["target"]["country"] == "IRQ"
