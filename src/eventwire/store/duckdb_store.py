"""The event store: one DuckDB file holding articles, their events, actors and runs.

Events are stored as flat columns (source_code, cameo_root, ...) so that SQL users can
query them directly; `iter_events` turns rows back into the nested `Event.to_dict()` shape.

DuckDB allows one writing process per file. Each article is written in its own
transaction, so a killed run leaves a consistent file that lost at most the article
in flight; the write-ahead log is replayed the next time the file is opened.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.records import CODER_VERSION, Article, Event

SCHEMA_VERSION = 1
DEFAULT_MODALITY = "asserted"
_FETCH_BATCH = 1000

ACTOR_FIELDS = ("text", "start", "end", "name", "actor_id", "country", "sector", "code")
SPAN_FIELDS = ("text", "start", "end")
JSON_COLUMNS = ("attribution", "location", "mentions")


def _actor_columns(role: str) -> list[tuple[str, str]]:
    types = {"start": "INTEGER", "end": "INTEGER"}
    return [(f"{role}_{name}", types.get(name, "VARCHAR")) for name in ACTOR_FIELDS]


# (column, SQL type) of the events table, in table order. CSV export uses the same names.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR NOT NULL"),
    ("sentence_index", "INTEGER NOT NULL"),
    ("sentence", "VARCHAR NOT NULL"),
    ("sentence_start", "INTEGER NOT NULL"),
    ("date", "VARCHAR"),
    ("date_precision", "VARCHAR NOT NULL"),
    ("article_date", "VARCHAR"),
    *_actor_columns("source"),
    *_actor_columns("target"),
    ("trigger_text", "VARCHAR NOT NULL"),
    ("trigger_start", "INTEGER NOT NULL"),
    ("trigger_end", "INTEGER NOT NULL"),
    ("cameo_code", "VARCHAR NOT NULL"),
    ("cameo_root", "VARCHAR NOT NULL"),
    ("cameo_name", "VARCHAR"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("plover_context", "VARCHAR"),
    ("goldstein", "DOUBLE NOT NULL"),
    ("quad_class", "INTEGER NOT NULL"),
    ("modality", "VARCHAR NOT NULL"),
    ("attribution", "JSON"),
    ("location", "JSON"),
    ("confidence", "DOUBLE NOT NULL"),
    ("coder_version", "VARCHAR NOT NULL"),
    ("group_id", "VARCHAR"),
    ("num_mentions", "INTEGER"),
    ("mentions", "JSON"),
)
EVENT_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in EVENT_COLUMNS)

_ARROW_TYPES = {"INTEGER": pa.int64(), "DOUBLE": pa.float64()}
_EVENTS_ARROW_SCHEMA = pa.schema(
    [(name, _ARROW_TYPES.get(sql_type.split()[0], pa.string())) for name, sql_type in EVENT_COLUMNS]
)


def _actor_mentions(role: str, as_source: int) -> str:
    key = f"coalesce({role}_actor_id, {role}_code)"
    return (
        f"SELECT {key} AS actor_key, {role}_actor_id AS actor_id, {role}_code AS code, "
        f"{role}_name AS name, {role}_country AS country, {role}_sector AS sector, "
        f"{as_source} AS as_source, {1 - as_source} AS as_target "
        f"FROM events WHERE {key} IS NOT NULL"
    )


# Actors are tallied from the events on every read, so the counts can never drift from them.
_ACTORS_VIEW = f"""CREATE VIEW IF NOT EXISTS actors AS
    WITH mentions AS ({_actor_mentions("source", 1)} UNION ALL {_actor_mentions("target", 0)})
    SELECT actor_key, mode(actor_id) AS actor_id, mode(code) AS code, mode(name) AS name,
           mode(country) AS country, mode(sector) AS sector,
           count(*)::INTEGER AS mentions, sum(as_source)::INTEGER AS as_source,
           sum(as_target)::INTEGER AS as_target
    FROM mentions GROUP BY actor_key"""

_DDL = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP)",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL UNIQUE,
        date VARCHAR, title VARCHAR, source VARCHAR, url VARCHAR, place VARCHAR,
        text VARCHAR NOT NULL, origin VARCHAR, extras JSON,
        coded_at TIMESTAMP NOT NULL, coder_version VARCHAR NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS events ("
    + ", ".join(f"{name} {sql_type}" for name, sql_type in EVENT_COLUMNS)
    + ")",
    _ACTORS_VIEW,
    """CREATE TABLE IF NOT EXISTS runs (
        id VARCHAR PRIMARY KEY, started TIMESTAMP NOT NULL, finished TIMESTAMP,
        inputs JSON NOT NULL, options JSON NOT NULL, status VARCHAR NOT NULL, counts JSON)""",
    "CREATE INDEX IF NOT EXISTS events_article_id ON events (article_id)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date)",
    "CREATE INDEX IF NOT EXISTS events_source_country ON events (source_country)",
    "CREATE INDEX IF NOT EXISTS events_target_country ON events (target_country)",
    "CREATE INDEX IF NOT EXISTS events_cameo_root ON events (cameo_root)",
    "CREATE INDEX IF NOT EXISTS events_plover_type ON events (plover_type)",
]


class StoreError(RuntimeError):
    """The store file cannot be used (locked by another writer, newer schema, missing)."""


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _to_json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _from_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def flatten_event(event: dict[str, Any]) -> dict[str, Any]:
    """Nested `Event.to_dict()` -> events-table row (JSON columns as JSON text)."""
    row: dict[str, Any] = {
        "event_id": event["event_id"],
        "article_id": event["article_id"],
        "sentence_index": event["sentence_index"],
        "sentence": event["sentence"],
        "sentence_start": event.get("sentence_start", 0),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "article_date": event.get("article_date"),
    }
    for role in ("source", "target"):
        actor = event.get(role) or {}
        for name in ACTOR_FIELDS:
            row[f"{role}_{name}"] = actor.get(name)
    for name in SPAN_FIELDS:
        row[f"trigger_{name}"] = event["trigger"][name]
    for name in ("code", "root", "name"):
        row[f"cameo_{name}"] = event["cameo"][name]
    plover = event.get("plover") or {}
    for name in ("type", "mode", "context"):
        row[f"plover_{name}"] = plover.get(name)
    for name in ("goldstein", "quad_class", "modality", "confidence", "coder_version", "group_id"):
        row[name] = event.get(name)
    row["num_mentions"] = event.get("num_mentions", 1)
    for name in JSON_COLUMNS:
        row[name] = _to_json(event.get(name))
    return {name: row[name] for name in EVENT_COLUMN_NAMES}


def nest_event(row: dict[str, Any]) -> dict[str, Any]:
    """Events-table row -> the nested dict `Event.to_dict()` gives (same key order)."""

    def actor(role: str) -> dict[str, Any] | None:
        if row[f"{role}_text"] is None:
            return None
        return {name: row[f"{role}_{name}"] for name in ACTOR_FIELDS}

    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "article_date": row["article_date"],
        "source": actor("source"),
        "target": actor("target"),
        "trigger": {name: row[f"trigger_{name}"] for name in SPAN_FIELDS},
        "cameo": {name: row[f"cameo_{name}"] for name in ("code", "root", "name")},
        "plover": {name: row[f"plover_{name}"] for name in ("type", "mode", "context")},
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "modality": row["modality"],
        "attribution": _from_json(row["attribution"]),
        "location": _from_json(row["location"]),
        "confidence": row["confidence"],
        "coder_version": row["coder_version"],
        "group_id": row["group_id"],
        "sentence_start": row["sentence_start"],
        "num_mentions": row["num_mentions"] if row["num_mentions"] is not None else 1,
        "mentions": _from_json(row["mentions"]) or [],
    }


class EventStore:
    """Articles, events, actors and runs in one DuckDB file (see docs/schema.md)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no event store at {self.path}")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" in str(error).lower():
                raise StoreError(
                    f"{self.path} is open for writing in another process; DuckDB allows "
                    "one writer per file (wait for it to finish, or use another --db)"
                ) from error
            raise
        self.read_only = read_only
        if not read_only:
            self._create_schema()
        self._check_schema_version()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None  # type: ignore[assignment]

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _create_schema(self) -> None:
        self._con.execute("BEGIN TRANSACTION")
        try:
            for statement in _DDL:
                self._con.execute(statement)
            if self._con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 0:
                self._con.execute(
                    "INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, _utc_now()]
                )
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise

    def _check_schema_version(self) -> None:
        try:
            found = self._con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        except duckdb.CatalogException as error:
            raise StoreError(f"{self.path} is not an eventwire store") from error
        if found is not None and found > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {found}; this eventwire reads up to "
                f"{SCHEMA_VERSION}: upgrade eventwire"
            )

    # -- articles and events ---------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """Stored already? Same id means same article; else the same text under another id."""
        for column, value in (("article_id", article_id), ("content_hash", content_hash)):
            # two point lookups rather than one OR, so each can use its column's index
            if self._con.execute(
                f"SELECT 1 FROM articles WHERE {column} = ? LIMIT 1", [value]
            ).fetchone():
                return True
        return False

    def add_article(self, article: Article, events: list[Event]) -> bool:
        """Store one coded article in one transaction; False (nothing written) if stored."""
        return self.add_articles([(article, events)])[0]

    def add_articles(self, batch: list[tuple[Article, list[Event]]]) -> list[bool]:
        """Store coded articles in one transaction (much faster than one each for short
        items); for each, False if it was already stored (by id, else by text) or
        repeats an earlier one in the batch. A failure writes nothing of the batch."""
        con = self._con
        stored: list[bool] = []
        con.execute("BEGIN TRANSACTION")
        try:
            ids: set[str] = set()
            hashes: set[str] = set()
            events: list[Event] = []
            for article, article_events in batch:
                digest = article.content_hash
                if article.id in ids or digest in hashes or self.has_article(article.id, digest):
                    stored.append(False)
                    continue
                ids.add(article.id)
                hashes.add(digest)
                self._insert_article(article, article_events)
                events.extend(article_events)
                stored.append(True)
            self._insert_events(events)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return stored

    def _insert_article(self, article: Article, events: list[Event]) -> None:
        coder_version = events[0].coder_version if events else CODER_VERSION
        self._con.execute(
            "INSERT INTO articles (article_id, content_hash, date, title, source, url, place, "
            "text, origin, extras, coded_at, coder_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article.id,
                article.content_hash,
                article.date,
                article.title,
                article.source,
                article.url,
                article.place,
                article.text,
                article.origin,
                _to_json(article.extras or {}),
                _utc_now(),
                coder_version,
            ],
        )

    def _insert_events(self, events: list[Event]) -> None:
        """Insert the events whose id is new, through one Arrow table.

        Known ids are looked up first rather than left to INSERT OR IGNORE, and rows go in as
        one Arrow table rather than row-wise parameters: both are much faster in DuckDB.
        """
        rows: dict[str, dict[str, Any]] = {}
        for event in events:
            rows.setdefault(event.event_id, flatten_event(event.to_dict()))
        if not rows:
            return
        known = self._con.execute(
            f"SELECT event_id FROM events WHERE event_id IN ({', '.join('?' for _ in rows)})",
            list(rows),
        ).fetchall()
        for (event_id,) in known:
            del rows[event_id]
        if not rows:
            return
        incoming = pa.Table.from_pylist(list(rows.values()), schema=_EVENTS_ARROW_SCHEMA)
        self._con.register("incoming_events", incoming)
        try:
            columns = ", ".join(EVENT_COLUMN_NAMES)
            self._con.execute(
                f"INSERT INTO events ({columns}) SELECT {columns} FROM incoming_events"
            )
        finally:
            self._con.unregister("incoming_events")

    def bulk_load(self, tables: dict[str, pa.Table], statements: Sequence[str]) -> None:
        """Run SQL statements over Arrow tables (registered under their keys) in one
        transaction: bulk loads such as `eventwire load` write all of a group or nothing."""
        con = self._con.cursor()  # own connection: its transaction and registrations
        try:
            for name, table in tables.items():
                con.register(name, table)
            con.execute("BEGIN TRANSACTION")
            try:
                for statement in statements:
                    con.execute(statement)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            con.close()

    def iter_events(self, *, include_all_modalities: bool = False) -> Iterator[dict[str, Any]]:
        """Nested event dicts in reading order; only asserted events unless asked for all."""
        where = "" if include_all_modalities else "WHERE modality = ?"
        params = [] if include_all_modalities else [DEFAULT_MODALITY]
        cursor = self._con.cursor()  # own cursor: callers may write while iterating
        try:
            cursor.execute(
                f"SELECT {', '.join(EVENT_COLUMN_NAMES)} FROM events {where} "
                "ORDER BY article_date NULLS LAST, article_id, sentence_index, trigger_start, "
                "event_id",
                params,
            )
            while batch := cursor.fetchmany(_FETCH_BATCH):
                for values in batch:
                    yield nest_event(dict(zip(EVENT_COLUMN_NAMES, values, strict=True)))
        finally:
            cursor.close()

    def counts(self) -> dict[str, int]:
        """How many articles, events (all modalities) and resolved actors are stored."""
        return {
            table: self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "actors")
        }

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one parameterised SQL statement and return its rows (for summaries, tools)."""
        cursor = self._con.cursor()
        try:
            return cursor.execute(sql, list(params)).fetchall()
        finally:
            cursor.close()

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, inputs: list[str], options: dict[str, Any]) -> str:
        """Record that a coding run began; the id lets `--resume` find it again."""
        run_id = f"{_utc_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self._con.execute(
            "INSERT INTO runs (id, started, finished, inputs, options, status, counts) "
            "VALUES (?, ?, NULL, ?, ?, 'running', NULL)",
            [run_id, _utc_now(), _to_json(list(inputs)), _to_json(options)],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, Any], status: str = "done") -> None:
        self._con.execute(
            "UPDATE runs SET finished = ?, counts = ?, status = ? WHERE id = ?",
            [_utc_now(), _to_json(counts), status, run_id],
        )

    def last_unfinished_run(self, inputs: list[str]) -> str | None:
        """The latest run over the same inputs (in any order), if it did not end 'done'."""
        wanted = sorted(inputs)
        rows = self._con.execute(
            "SELECT id, inputs, status FROM runs ORDER BY started DESC, id DESC"
        ).fetchall()
        for run_id, run_inputs, status in rows:
            if sorted(_from_json(run_inputs)) == wanted:
                return None if status == "done" else run_id
        return None
