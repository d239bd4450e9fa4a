"""The Parquet dataset `code --engine ray` writes and `eventwire load` reads.

    OUTPUT/
      manifest.json                                   what was coded, with totals
      _shards/<shard>.json                            one per finished shard (written last)
      events/article_date=2023-03-17/<shard>.parquet  the events table's columns
      articles/article_date=2023-03-17/<shard>.parquet
      (article_date=__HIVE_DEFAULT_PARTITION__ holds articles without a date)

A shard is a stretch of one input file (`--shard-size` lines, or a Parquet row group):
the unit a Ray task codes, retries and skips on a re-run. Its files are named after it,
so a redone shard overwrites its own files; its marker in `_shards/` is written after
them, so a marker means the shard is complete. Files of a shard without a marker (a
run killed mid-shard) are ignored by `load` and overwritten by the next run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from eventwire.records import Article, Event
from eventwire.store.duckdb_store import EVENT_COLUMNS, EventStore, flatten_event

FORMAT = "eventwire-parquet"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SHARDS_DIR = "_shards"
NO_DATE = "__HIVE_DEFAULT_PARTITION__"  # Hive's (and DuckDB's) name for a NULL partition
# Shards loaded into DuckDB per transaction by `load`.
LOAD_GROUP = 64

_ARROW_TYPES = {"INTEGER": pa.int64(), "DOUBLE": pa.float64()}
EVENTS_SCHEMA = pa.schema(
    [(name, _ARROW_TYPES.get(sql_type.split()[0], pa.string())) for name, sql_type in EVENT_COLUMNS]
)
ARTICLE_COLUMNS = (
    "article_id", "content_hash", "date", "title", "source", "url", "place", "text", "origin",
    "extras", "coded_at", "coder_version",
)  # fmt: skip
ARTICLES_SCHEMA = pa.schema(
    [(name, pa.timestamp("us") if name == "coded_at" else pa.string()) for name in ARTICLE_COLUMNS]
    # where the article came in the input: `load` keeps the first of duplicates, as `code` does
    + [("read_order", pa.int64()), ("shard", pa.string())]
)


def open_dir(uri: str) -> tuple[pafs.FileSystem, str]:
    """A filesystem and base path for a local folder or any URI pyarrow knows (s3://, gs://)."""
    if "://" in uri:
        return pafs.FileSystem.from_uri(uri)
    from pathlib import Path

    return pafs.LocalFileSystem(), str(Path(uri).resolve())


def partition(date: str | None) -> str:
    return f"article_date={date or NO_DATE}"


def write_shard(
    fs: pafs.FileSystem,
    base: str,
    shard_id: str,
    coded: Sequence[tuple[Article, list[Event], int]],
) -> list[str]:
    """Write one shard's articles and events (article, events, read order), one file per
    article date and table; the paths written, relative to `base`."""
    coded_at = datetime.now(UTC).replace(tzinfo=None)
    by_date: dict[str | None, list[tuple[Article, list[Event], int]]] = {}
    for item in coded:
        by_date.setdefault(item[0].date, []).append(item)
    written: list[str] = []
    for date, items in sorted(by_date.items(), key=lambda kv: kv[0] or ""):
        articles = pa.Table.from_pylist(
            [_article_row(a, events, order, shard_id, coded_at) for a, events, order in items],
            schema=ARTICLES_SCHEMA,
        )
        events = pa.Table.from_pylist(
            [flatten_event(e.to_dict()) for _, evs, _ in items for e in evs], schema=EVENTS_SCHEMA
        )
        for table_name, table in (("articles", articles), ("events", events)):
            relative = f"{table_name}/{partition(date)}/{shard_id}.parquet"
            fs.create_dir(f"{base}/{table_name}/{partition(date)}", recursive=True)
            _write_table(fs, table, f"{base}/{relative}")
            written.append(relative)
    return written


def _write_table(fs: pafs.FileSystem, table: pa.Table, path: str) -> None:
    """On a local disk, write then rename, so no reader (or retried task) meets half a
    file; object stores (s3, gs) only show an object once it is whole."""
    if not isinstance(fs, pafs.LocalFileSystem):
        pq.write_table(table, path, filesystem=fs)
        return
    pq.write_table(table, f"{path}.tmp", filesystem=fs)
    fs.move(f"{path}.tmp", path)


def _article_row(
    article: Article, events: list[Event], order: int, shard_id: str, coded_at: datetime
) -> dict[str, Any]:
    from eventwire.records import CODER_VERSION

    return {
        "article_id": article.id,
        "content_hash": article.content_hash,
        "date": article.date,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "place": article.place,
        "text": article.text,
        "origin": article.origin,
        "extras": json.dumps(article.extras or {}, ensure_ascii=False, default=str),
        "coded_at": coded_at,
        "coder_version": events[0].coder_version if events else CODER_VERSION,
        "read_order": order,
        "shard": shard_id,
    }


def write_json(fs: pafs.FileSystem, path: str, value: Any) -> None:
    """Write JSON through a temporary name then move it, so no reader sees half a file."""
    tmp = f"{path}.tmp"
    with fs.open_output_stream(tmp) as out:
        out.write(json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))
    fs.move(tmp, path)


def read_json(fs: pafs.FileSystem, path: str) -> Any:
    with fs.open_input_stream(path) as stream:
        return json.loads(stream.read().decode("utf-8"))


def finished_shards(fs: pafs.FileSystem, base: str) -> dict[str, dict[str, Any]]:
    """Shard id -> its marker, for every shard finished in the dataset at `base`."""
    selector = pafs.FileSelector(f"{base}/{SHARDS_DIR}", allow_not_found=True)
    markers = {}
    for info in fs.get_file_info(selector):
        if info.is_file and info.base_name.endswith(".json"):
            marker = read_json(fs, info.path)
            markers[marker["shard"]] = marker
    return markers


def _groups(markers: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(markers), size):
        yield markers[start : start + size]


def _read_tables(fs: pafs.FileSystem, base: str, files: list[str], schema: pa.Schema) -> pa.Table:
    tables = [pq.read_table(f"{base}/{f}", filesystem=fs, schema=schema) for f in files]
    return pa.concat_tables(tables) if tables else schema.empty_table()


_LOAD_SQL = (
    # the first of duplicate articles (by id, then by text) in input order, and not stored yet
    """CREATE TEMP TABLE new_articles AS
    SELECT * FROM (
        SELECT *, row_number() OVER (PARTITION BY content_hash ORDER BY read_order) AS by_hash
        FROM (SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY read_order) AS by_id
              FROM incoming_articles) WHERE by_id = 1)
    WHERE by_hash = 1
      AND article_id NOT IN (SELECT article_id FROM articles)
      AND content_hash NOT IN (SELECT content_hash FROM articles)""",
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM new_articles ORDER BY read_order",
    f"""INSERT INTO events ({", ".join(n for n, _ in EVENT_COLUMNS)})
    SELECT {", ".join(n for n, _ in EVENT_COLUMNS)} FROM incoming_events
    WHERE article_id IN (SELECT article_id FROM new_articles)
      AND event_id NOT IN (SELECT event_id FROM events)
    QUALIFY row_number() OVER (PARTITION BY event_id) = 1""",
    "DROP TABLE new_articles",
)


def load_into_store(parquet_dir: str, store: EventStore) -> dict[str, int]:
    """Add a dataset's finished shards to a DuckDB store: articles already stored (same id
    or same text) are passed over with their events, so loading twice adds nothing."""
    fs, base = open_dir(parquet_dir)
    markers = sorted(finished_shards(fs, base).values(), key=lambda m: m["read_order"])
    run_id = store.start_run([parquet_dir], {"engine": "load", "shards": len(markers)})
    before = store.counts()
    incoming = 0
    for group in _groups(markers, LOAD_GROUP):
        files = [f for marker in group for f in marker["files"]]
        articles = _read_tables(
            fs, base, [f for f in files if f.startswith("articles/")], ARTICLES_SCHEMA
        )
        events = _read_tables(
            fs, base, [f for f in files if f.startswith("events/")], EVENTS_SCHEMA
        )
        incoming += articles.num_rows
        store.bulk_load({"incoming_articles": articles, "incoming_events": events}, _LOAD_SQL)
    after = store.counts()
    counts = {
        "shards": len(markers),
        "articles": after["articles"] - before["articles"],
        "events": after["events"] - before["events"],
    }
    counts["already stored"] = incoming - counts["articles"]
    store.finish_run(run_id, counts, status="done")
    return counts


def create_views(parquet_dir: str, db: str) -> None:
    """A small DuckDB file whose `events`, `articles` and `actors` are views over the
    dataset's Parquet files (read in place, nothing copied), so that `eventwire summary`
    and `export` run on it. Local folders; other filesystems need DuckDB's httpfs."""
    import duckdb

    from eventwire.store.duckdb_store import _ACTORS_VIEW, SCHEMA_VERSION

    _, base = open_dir(parquet_dir)
    con = duckdb.connect(db)
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)"
        )
        if not con.execute("SELECT count(*) FROM schema_version").fetchall()[0][0]:
            con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION])
        for table, columns in (
            ("events", [name for name, _ in EVENT_COLUMNS]),
            ("articles", list(ARTICLE_COLUMNS)),
        ):
            glob = f"{base}/{table}/*/*.parquet".replace("'", "''")
            con.execute(
                f"CREATE OR REPLACE VIEW {table} AS SELECT {', '.join(columns)} "
                f"FROM read_parquet('{glob}', hive_partitioning = false)"
            )
        con.execute(_ACTORS_VIEW)
    finally:
        con.close()
