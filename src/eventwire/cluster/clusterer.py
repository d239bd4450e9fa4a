"""Incremental cross-story clustering of stored events into DuckDB tables of their own.

`event_clusters` maps each clustered event to its cluster; `clusters` holds one row per
cluster (a representative event, counts of mentions, articles and outlets, first and last
report). Both are created here, in the store's file, beside `events` and `articles`.

A run takes the asserted events that have no cluster yet, in date order, and gives each
the best-scoring existing cluster that accepts it (see `similarity.same_event`), or a new
one. Candidates come from blocks of (type group, actor): an event is only compared with
clusters that share an actor and a type group with it and lie within the date window, so
work grows with the size of blocks, not with the store. Old assignments are never moved,
so a second run over new articles adds them to the clusters already there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from eventwire.cluster.similarity import EventView, Verdict, same_event

CLUSTER_DDL = [
    """CREATE TABLE IF NOT EXISTS event_clusters (
        event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL,
        score DOUBLE, why VARCHAR, clustered_at TIMESTAMP NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS event_clusters_cluster_id ON event_clusters (cluster_id)",
    """CREATE TABLE IF NOT EXISTS clusters (
        cluster_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL,
        date VARCHAR, date_precision VARCHAR, source_code VARCHAR, target_code VARCHAR,
        cameo_code VARCHAR, cameo_root VARCHAR, plover_type VARCHAR, quad_class INTEGER,
        num_events INTEGER NOT NULL, num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
        first_report VARCHAR, last_report VARCHAR, updated_at TIMESTAMP NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS clusters_date ON clusters (date)",
]

# Hard conflicts veto a cluster even when another member would accept the event.
_HARD_CONFLICTS = ("actors differ", "different people", "different places", "different names")
# Members of one cluster compared at most (a block's biggest clusters stay cheap).
MAX_MEMBERS_COMPARED = 200
CHUNK_EVENTS = 20_000
# How far back an existing event can be and still meet a new one (month dates + slack).
_LOOKBACK = timedelta(days=33)

_OUTLET = "coalesce(a.source, regexp_extract(a.url, '//([^/]+)', 1), e.article_id)"
_EVENT_COLUMNS = (
    "e.event_id, e.article_id, e.sentence, e.sentence_start, e.date, e.date_precision, "
    "e.article_date, e.cameo_code, e.location, "
    "e.source_code, e.source_country, e.source_actor_id, e.source_text, e.source_start, "
    "e.source_end, e.target_code, e.target_country, e.target_actor_id, e.target_text, "
    "e.target_start, e.target_end, "
    f"{_OUTLET} AS outlet"
)
# Events with more coded roles go first, so a report's fullest event founds its cluster.
_ORDER = (
    "coalesce(e.date, e.article_date) NULLS LAST, e.article_date, e.article_id, "
    "(e.source_code IS NULL)::INT + (e.target_code IS NULL)::INT, e.sentence_index, "
    "e.trigger_start, e.event_id"
)

_REFRESH = f"""INSERT INTO clusters
    WITH members AS (
        SELECT c.cluster_id, e.*, a.date AS report_date, {_OUTLET} AS outlet
        FROM event_clusters c JOIN events e USING (event_id) JOIN articles a USING (article_id)
        WHERE c.cluster_id IN (SELECT cluster_id FROM touched_clusters)),
    ranked AS (
        SELECT *, row_number() OVER (
            PARTITION BY cluster_id ORDER BY
                (source_code IS NOT NULL)::INT + (target_code IS NOT NULL)::INT DESC,
                CASE date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1
                     WHEN 'month' THEN 2 ELSE 3 END,
                confidence DESC, article_date NULLS LAST, event_id) AS rank
        FROM members),
    totals AS (
        SELECT cluster_id, count(*) AS num_events,
               sum(coalesce(num_mentions, 1)) AS num_mentions,
               count(DISTINCT article_id) AS num_articles,
               count(DISTINCT outlet) AS num_sources,
               min(report_date) AS first_report, max(report_date) AS last_report
        FROM members GROUP BY cluster_id)
    SELECT r.cluster_id, r.event_id, r.date, r.date_precision, r.source_code, r.target_code,
           r.cameo_code, r.cameo_root, r.plover_type, r.quad_class,
           t.num_events, t.num_mentions, t.num_articles, t.num_sources,
           t.first_report, t.last_report, ?
    FROM ranked r JOIN totals t USING (cluster_id) WHERE r.rank = 1"""


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def ensure_cluster_tables(con: duckdb.DuckDBPyConnection) -> None:
    for statement in CLUSTER_DDL:
        con.execute(statement)


@dataclass
class ClusterRun:
    """What one run did."""

    events: int = 0  # events clustered in this run
    joined_existing: int = 0  # ... into a cluster that existed before the run
    joined_new: int = 0  # ... into a cluster founded earlier in this run
    founded: int = 0  # ... founding a cluster
    clusters_touched: int = 0
    assignments: dict[str, str] = field(default_factory=dict)  # event_id -> cluster_id


@dataclass
class _Cluster:
    cluster_id: str
    members: list[EventView]
    existing: bool


class _Index:
    """Clusters reachable by (type group, actor key) blocks."""

    def __init__(self) -> None:
        self.clusters: dict[str, _Cluster] = {}
        self.blocks: dict[tuple[str, str], list[str]] = defaultdict(list)

    def add(self, cluster_id: str, view: EventView, *, existing: bool) -> None:
        cluster = self.clusters.get(cluster_id)
        if cluster is None:
            cluster = self.clusters[cluster_id] = _Cluster(cluster_id, [], existing)
        cluster.members.append(view)
        for key in view.block_keys:
            block = self.blocks[(view.group.group, key)]
            if not block or block[-1] != cluster_id:
                block.append(cluster_id)

    def candidates(self, view: EventView) -> Iterable[_Cluster]:
        seen: set[str] = set()
        for key in view.block_keys:
            for cluster_id in self.blocks.get((view.group.group, key), ()):
                if cluster_id not in seen:
                    seen.add(cluster_id)
                    yield self.clusters[cluster_id]


def _judge(view: EventView, cluster: _Cluster) -> Verdict | None:
    """The best accepting verdict of the cluster's members, or None (hard conflict or none)."""
    best: Verdict | None = None
    for member in cluster.members[-MAX_MEMBERS_COMPARED:]:
        verdict = same_event(view, member)
        if not verdict.same:
            if verdict.why.startswith(_HARD_CONFLICTS):
                return None
            continue
        if best is None or verdict.score > best.score:
            best = verdict
    return best


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _existing_views(
    con: duckdb.DuckDBPyConnection, views: list[EventView]
) -> list[tuple[str, EventView]]:
    """Already clustered events that could meet the chunk's events (date window, actor)."""
    days = [v.interval for v in views if v.interval]
    keys = sorted({k for v in views for k in v.actor_keys}) or [""]
    if not days:
        return []
    low = (min(d[0] for d in days) - _LOOKBACK).isoformat()
    high = (max(d[1] for d in days) + timedelta(days=2)).isoformat()
    marks = ", ".join("?" for _ in keys)
    # violence is also blocked by place, so every attack of the window is a candidate
    violence = any(v.group.group == "violence" for v in views)
    cursor = con.execute(
        f"SELECT c.cluster_id, {_EVENT_COLUMNS} FROM event_clusters c "
        "JOIN events e USING (event_id) JOIN articles a USING (article_id) "
        "WHERE coalesce(e.date, e.article_date) BETWEEN ? AND ? "
        f"AND (e.source_country IN ({marks}) OR e.target_country IN ({marks}) "
        f"OR e.source_code IN ({marks}) OR e.target_code IN ({marks}) "
        "OR (? AND e.cameo_root IN ('18', '19', '20'))) "
        f"ORDER BY {_ORDER}",
        [low, high, *keys, *keys, *keys, *keys, violence],
    )
    return [(row.pop("cluster_id"), EventView.from_row(row)) for row in _rows(cursor)]


def _assign_chunk(
    con: duckdb.DuckDBPyConnection, views: list[EventView], run: ClusterRun
) -> list[tuple[str, str, float | None, str]]:
    index = _Index()
    for cluster_id, view in _existing_views(con, views):
        index.add(cluster_id, view, existing=True)
    assigned: list[tuple[str, str, float | None, str]] = []
    for view in views:
        best: tuple[Verdict, _Cluster] | None = None
        if view.interval is not None:
            for cluster in index.candidates(view):
                verdict = _judge(view, cluster)
                if verdict and (best is None or verdict.score > best[0].score):
                    best = (verdict, cluster)
        if best is None:
            cluster_id, score, why = f"c{view.event_id}", None, "founded"
            run.founded += 1
        else:
            verdict, cluster = best
            cluster_id, score, why = cluster.cluster_id, round(verdict.score, 3), verdict.why
            if cluster.existing:
                run.joined_existing += 1
            else:
                run.joined_new += 1
        index.add(cluster_id, view, existing=False)
        assigned.append((view.event_id, cluster_id, score, why))
    return assigned


def _write_chunk(
    con: duckdb.DuckDBPyConnection, assigned: list[tuple[str, str, float | None, str]]
) -> int:
    """Store the assignments and refresh the touched clusters' rows, in one transaction."""
    now = _utc_now()
    touched = sorted({cluster_id for _, cluster_id, _, _ in assigned})
    con.execute("BEGIN TRANSACTION")
    try:
        con.executemany(
            "INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?)",
            [[*row, now] for row in assigned],
        )
        con.execute("CREATE OR REPLACE TEMP TABLE touched_clusters (cluster_id VARCHAR)")
        con.executemany("INSERT INTO touched_clusters VALUES (?)", [[c] for c in touched])
        con.execute(
            "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM touched_clusters)"
        )
        con.execute(_REFRESH, [now])
        con.execute("DROP TABLE touched_clusters")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(touched)


def count_unclustered(con: duckdb.DuckDBPyConnection) -> int:
    ensure_cluster_tables(con)
    return con.execute(
        "SELECT count(*) FROM events e LEFT JOIN event_clusters c USING (event_id) "
        "WHERE c.event_id IS NULL AND e.modality = 'asserted'"
    ).fetchone()[0]


def cluster_events(
    con: duckdb.DuckDBPyConnection,
    *,
    progress: Callable[[int], None] | None = None,
    chunk_events: int = CHUNK_EVENTS,
) -> ClusterRun:
    """Cluster the asserted events not clustered yet; `progress(n)` after each chunk."""
    ensure_cluster_tables(con)
    run = ClusterRun()
    cursor = con.cursor()
    cursor.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a USING (article_id) "
        "LEFT JOIN event_clusters c USING (event_id) "
        f"WHERE c.event_id IS NULL AND e.modality = 'asserted' ORDER BY {_ORDER}"
    )
    names = [d[0] for d in cursor.description]
    try:
        while batch := cursor.fetchmany(chunk_events):
            views = [EventView.from_row(dict(zip(names, row, strict=True))) for row in batch]
            assigned = _assign_chunk(con, views, run)
            run.clusters_touched += _write_chunk(con, assigned)
            run.events += len(assigned)
            run.assignments.update((event_id, cid) for event_id, cid, _, _ in assigned)
            if progress:
                progress(len(assigned))
    finally:
        cursor.close()
    return run


def open_for_clustering(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A writable connection to an event store (its own schema checked and created)."""
    from eventwire.store.duckdb_store import EventStore

    EventStore(path).close()  # creates or checks the store's tables; refuses a locked file
    return duckdb.connect(str(path))
