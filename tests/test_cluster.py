"""Cross-story clustering: real text coded by the real pipeline into a real DuckDB store."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cluster import cluster_events, open_for_clustering
from eventwire.evaluate.clusters import code_pairs, evaluate_clusters, read_pairs
from eventwire.records import Article
from eventwire.store.duckdb_store import EventStore

PAIRS = Path(__file__).parent / "data" / "cluster_pairs.tsv"

WHITE_HOUSE = "The White House"
KREMLIN = "President of Russia"


def _article(article_id: str, text: str, day: str, outlet: str) -> Article:
    return Article(id=article_id, text=text, date=day, source=outlet)


CALL_US = _article(
    "us-call",
    "President Joe Biden spoke today with President Vladimir Putin of Russia about the "
    "military buildup on the borders of Ukraine.",
    "2021-12-30",
    WHITE_HOUSE,
)
CALL_RU = _article(
    "ru-call",
    "On December 30, Vladimir Putin had a telephone conversation with US President Joe Biden.",
    "2021-12-31",
    KREMLIN,
)
NEXT_CALL_RU = _article(
    "ru-call-2",
    "Vladimir Putin had a telephone conversation with US President Joe Biden.",
    "2022-01-01",
    KREMLIN,
)
STRIKE_KHARKIV = _article(
    "strike-kharkiv",
    "A Russian missile strike on Kharkiv killed five civilians on Friday.",
    "2025-04-04",
    "Wire A",
)
STRIKE_ODESA = _article(
    "strike-odesa",
    "A Russian missile strike on Odesa killed five civilians on Friday.",
    "2025-04-04",
    "Wire B",
)
STRIKE_KHARKIV_AGAIN = _article(
    "strike-kharkiv-toll",
    "Yesterday's Russian missile strike on Kharkiv killed seven civilians.",
    "2025-04-05",
    "Wire B",
)


def _store(tmp_path: Path, coder, articles: list[Article]) -> Path:  # noqa: ANN001
    db = tmp_path / "events.duckdb"
    with EventStore(db) as store:
        store.add_articles(list(coder.code(articles)))
    return db


def _cluster(db: Path) -> dict[str, str]:
    con = open_for_clustering(db)
    try:
        return cluster_events(con).assignments
    finally:
        con.close()


def _clusters_of(db: Path) -> dict[str, set[str]]:
    """cluster_id -> article ids of its events."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT c.cluster_id, e.article_id FROM event_clusters c JOIN events e USING (event_id)"
        ).fetchall()
    finally:
        con.close()
    found: dict[str, set[str]] = {}
    for cluster_id, article_id in rows:
        found.setdefault(cluster_id, set()).add(article_id)
    return found


def _together(db: Path, first: str, second: str) -> bool:
    return any({first, second} <= articles for articles in _clusters_of(db).values())


def test_one_call_told_by_both_sides_is_one_cluster_with_counts(tmp_path: Path, coder):
    db = _store(tmp_path, coder, [CALL_US, CALL_RU])
    _cluster(db)
    assert _together(db, "us-call", "ru-call")
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute(
        "SELECT num_articles, num_sources, first_report, last_report, cameo_root FROM clusters "
        "WHERE num_articles = 2"
    ).fetchone()
    con.close()
    assert row == (2, 2, "2021-12-30", "2021-12-31", "04")


def test_same_parties_calling_again_next_day_is_another_cluster(tmp_path: Path, coder):
    db = _store(tmp_path, coder, [CALL_RU, NEXT_CALL_RU])
    _cluster(db)
    assert not _together(db, "ru-call", "ru-call-2")


def test_two_strikes_on_one_day_in_different_towns_stay_apart(tmp_path: Path, coder):
    db = _store(tmp_path, coder, [STRIKE_KHARKIV, STRIKE_ODESA, STRIKE_KHARKIV_AGAIN])
    _cluster(db)
    assert not _together(db, "strike-kharkiv", "strike-odesa")
    assert _together(db, "strike-kharkiv", "strike-kharkiv-toll")  # the follow-up joins


def test_new_articles_join_existing_clusters_and_old_ones_are_not_redone(tmp_path: Path, coder):
    db = _store(tmp_path, coder, [CALL_US, STRIKE_KHARKIV])
    first = _cluster(db)
    assert first
    with EventStore(db) as store:
        store.add_articles(list(coder.code([CALL_RU, STRIKE_ODESA])))
    second = _cluster(db)
    assert set(first).isdisjoint(second)  # only the new events were clustered
    assert _together(db, "us-call", "ru-call")
    assert not _together(db, "strike-kharkiv", "strike-odesa")
    assert _cluster(db) == {}  # nothing new: nothing done
    con = duckdb.connect(str(db), read_only=True)
    unclustered, clusters_without_rows = con.execute(
        "SELECT (SELECT count(*) FROM events e LEFT JOIN event_clusters c USING (event_id) "
        "        WHERE c.event_id IS NULL AND e.modality = 'asserted'), "
        "(SELECT count(DISTINCT cluster_id) FROM event_clusters "
        "        WHERE cluster_id NOT IN (SELECT cluster_id FROM clusters))"
    ).fetchone()
    con.close()
    assert (unclustered, clusters_without_rows) == (0, 0)


def test_cli_cluster_then_export_one_row_per_cluster(tmp_path: Path, coder):
    db = _store(tmp_path, coder, [CALL_US, CALL_RU, STRIKE_KHARKIV])
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--db", str(db), "--clusters"])
    assert result.exit_code == 2  # not clustered yet: says so
    result = runner.invoke(app, ["cluster", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "clusters.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "--clusters", "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    con = duckdb.connect(str(db), read_only=True)
    assert len(records) == con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    con.close()
    call = next(r for r in records if r["cluster"]["num_articles"] == 2)
    assert call["cluster"]["num_sources"] == 2
    assert call["cameo"]["root"] == "04"
    gdelt = tmp_path / "clusters.tsv"
    runner.invoke(
        app, ["export", "--db", str(db), "--clusters", "--format", "gdelt", "--output", str(gdelt)]
    )
    header, *rows = [line.split("\t") for line in gdelt.read_text().splitlines()]
    articles = [row[header.index("NumArticles")] for row in rows]
    assert "2" in articles


@pytest.mark.shared
def test_every_labelled_pair_points_into_its_corpus_items(shared_dir: Path):
    from eventwire.evaluate.corpus import load_items

    pairs = read_pairs(PAIRS)
    assert len(pairs) >= 100
    assert {p.same for p in pairs} == {True, False}
    refs = {(r.corpus, r.item_id) for p in pairs for r in (p.a, p.b)}
    items = load_items(shared_dir / "corpus", refs)
    for pair in pairs:
        for ref in (pair.a, pair.b):
            text = items[(ref.corpus, ref.item_id)].text
            assert 0 <= ref.start < ref.end <= len(text), pair.pair_id
            assert text[ref.start : ref.end].strip(), pair.pair_id


@pytest.mark.shared
def test_clustering_meets_precision_and_recall_targets_on_labelled_pairs(shared_dir, coder):
    """Precision first: P >= 0.95 over all pairs, and recall >= 0.80 end to end (the issue's
    targets) as well as on the pairs whose two events the coder produced."""
    metrics = evaluate_clusters(code_pairs(coder, read_pairs(PAIRS), shared_dir / "corpus"))
    assert metrics["precision"] >= 0.95, metrics["failures"]
    assert metrics["recall"] >= 0.80, metrics["failures"]
    assert metrics["given_both_coded"]["precision"] >= 0.95, metrics["failures"]
    assert metrics["given_both_coded"]["recall"] >= 0.80, metrics["failures"]
    assert metrics["per_case"]["different:same-day-other-place"]["accuracy"] == 1.0
