"""Read-only queries behind the API and the dashboard: filters -> parameterised SQL.

User input only ever reaches DuckDB as a bound parameter; column names and sort orders
come from the fixed tables below. Every function takes a DuckDB cursor, so each request
runs on its own cursor of the one read-only connection.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import duckdb

from eventwire.export.formats import CLUSTER_FIELDS
from eventwire.records import MODALITIES
from eventwire.store.duckdb_store import (
    DEFAULT_MODALITY,
    EVENT_COLUMN_NAMES,
    JSON_COLUMNS,
    nest_event,
)

MAX_LIMIT = 1000
DEFAULT_LIMIT = 50
INTERVALS = ("day", "week", "month")
ROLES = ("any", "source", "target")

# The date an event is plotted and sorted by: its own date, else its article's.
EVENT_DAY = "coalesce(date, article_date, '')"
# A calendar day for time series: the event's day if it has one, else the article's.
SERIES_DAY = "coalesce(TRY_CAST(date AS DATE), TRY_CAST(article_date AS DATE))"

# sort name -> (SQL expression, direction); the expression must never be NULL (cursor keys).
SORTS: dict[str, tuple[str, str]] = {
    "date": (EVENT_DAY, "ASC"),
    "-date": (EVENT_DAY, "DESC"),
    "goldstein": ("goldstein", "ASC"),
    "-goldstein": ("goldstein", "DESC"),
    "confidence": ("confidence", "ASC"),
    "-confidence": ("confidence", "DESC"),
}
DEFAULT_SORT = "-date"

# query parameter -> what it means (shown in the OpenAPI docs and in 400 messages).
FILTER_HELP: dict[str, str] = {
    "actor": "actor id, CAMEO code or ISO3 country, as source or target (see role)",
    "role": "where `actor` must appear: any | source | target",
    "source": "source actor id, CAMEO code or ISO3 country",
    "target": "target actor id, CAMEO code or ISO3 country",
    "plover": "PLOVER type(s), comma-separated, e.g. ACCUSE,THREATEN",
    "cameo": "CAMEO code or root prefix(es), comma-separated: 11 matches 11, 112, 1121",
    "cameo_root": "CAMEO root(s), two digits, comma-separated",
    "quad_class": "QuadClass(es) 1-4, comma-separated",
    "modality": "modality value(s), comma-separated, or `all` (default: asserted)",
    "date_from": "first date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive)",
    "date_to": "last date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive)",
    "q": "words that must occur in the sentence (case-insensitive)",
    "location_country": "ISO3 country of the event's location",
    "location_name": "place name of the event's location, as the map shows it (any case)",
    "article_id": "only events of this article",
}
PAGE_PARAMS = ("sort", "limit", "cursor")

# The name a located event is shown and filtered by: its gazetteer name, else its words.
PLACE_NAME = (
    "coalesce(json_extract_string(location, '$.name'), json_extract_string(location, '$.text'))"
)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^\d{2,4}$")
_WORDISH = re.compile(r"^[\w .,'()&/-]{1,120}$", re.UNICODE)


class FilterError(ValueError):
    """A query parameter the API cannot use (answered with HTTP 400)."""


# Case-insensitive search in the sentence. `contains(lower(sentence), ...)` lowercases
# every sentence of the table; ILIKE is 1.2x faster, and a regular expression spelling each
# ASCII letter as a class ([sS][aA]...) 2-3x. RE2 is slow on classes of non-ASCII
# letters, so a text with any takes ILIKE. Both fold case letter by letter.
_TEXT_MATCH = {True: "regexp_matches(sentence, ?)", False: "sentence ILIKE ? ESCAPE '\\'"}


def _caseless_regex(text: str) -> str:
    """An RE2 pattern matching `text` in any letter case; every character written as a
    hex escape, so no character of `text` can act as regex syntax."""
    parts = []
    for char in text:
        forms = sorted({char, char.lower(), char.upper()})
        escaped = "".join(f"\\x{{{ord(form):x}}}" for form in forms)
        parts.append(f"[{escaped}]" if len(forms) > 1 else escaped)
    return "".join(parts)


def _like_pattern(text: str) -> str:
    """`%text%` for ILIKE, with the wildcards of `text` escaped so they match themselves."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _actor_value(name: str, value: str) -> str:
    if not _WORDISH.match(value):
        raise FilterError(f"{name}: {value!r} is not an actor id, CAMEO code or country code")
    return value


def actor_match(role: str) -> str:
    """SQL matching one selector (bound 3 times) against the actor in `role`."""
    return f"({role}_actor_id = ? OR {role}_code = ? OR {role}_country = ?)"


@dataclass
class EventFilter:
    """Validated event filters; `where()` turns them into SQL and its parameters."""

    actor: str | None = None
    role: str = "any"
    source: str | None = None
    target: str | None = None
    plover: list[str] = field(default_factory=list)
    cameo: list[str] = field(default_factory=list)
    cameo_root: list[str] = field(default_factory=list)
    quad_class: list[int] = field(default_factory=list)
    modality: list[str] = field(default_factory=lambda: [DEFAULT_MODALITY])
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None
    location_country: str | None = None
    location_name: str | None = None
    article_id: str | None = None

    @classmethod
    def from_params(cls, params: Mapping[str, str | None]) -> EventFilter:
        """Parse query parameters; raises FilterError with a message a user can act on."""
        f = cls()
        get = {k: v for k, v in params.items() if v not in (None, "")}
        for name in ("actor", "source", "target"):
            if name in get:
                setattr(f, name, _actor_value(name, get[name]))
        role = get.get("role", "any")
        if role not in ROLES:
            raise FilterError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        f.role = role
        f.plover = [p.upper() for p in _split(get.get("plover"))]
        for p in f.plover:
            if not re.match(r"^[A-Z_]{2,20}$", p):
                raise FilterError(f"plover: {p!r} is not a PLOVER type such as ACCUSE")
        f.cameo = _split(get.get("cameo"))
        f.cameo_root = _split(get.get("cameo_root"))
        for name, codes in (("cameo", f.cameo), ("cameo_root", f.cameo_root)):
            for code in codes:
                if not _CODE.match(code) or (name == "cameo_root" and len(code) != 2):
                    raise FilterError(f"{name}: {code!r} is not a CAMEO code (digits, e.g. 112)")
        for value in _split(get.get("quad_class")):
            if value not in ("1", "2", "3", "4"):
                raise FilterError(f"quad_class must be 1, 2, 3 or 4, not {value!r}")
            f.quad_class.append(int(value))
        modality = _split(get.get("modality")) or [DEFAULT_MODALITY]
        if modality == ["all"]:
            f.modality = []
        else:
            for m in modality:
                if m not in MODALITIES:
                    raise FilterError(
                        f"modality must be 'all' or among {', '.join(MODALITIES)}, not {m!r}"
                    )
            f.modality = modality
        for name in ("date_from", "date_to"):
            if name in get:
                if not _DATE.match(get[name]):
                    raise FilterError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD")
                setattr(f, name, get[name])
        if "q" in get:
            if len(get["q"]) > 200:
                raise FilterError("q: at most 200 characters")
            f.q = get["q"]
        if "location_country" in get:
            country = get["location_country"].upper()
            if not re.match(r"^[A-Z]{3}$", country):
                raise FilterError("location_country must be an ISO 3166 alpha-3 code, e.g. UKR")
            f.location_country = country
        if "location_name" in get:
            if len(get["location_name"]) > 200:
                raise FilterError("location_name: at most 200 characters")
            f.location_name = get["location_name"]
        if "article_id" in get:
            f.article_id = get["article_id"]
        return f

    def where(self) -> tuple[str, list[Any]]:
        """`WHERE ...` (or '') and its bound parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            roles = ("source", "target") if self.role == "any" else (self.role,)
            clauses.append("(" + " OR ".join(actor_match(r) for r in roles) + ")")
            params += [self.actor] * 3 * len(roles)
        for role in ("source", "target"):
            value = getattr(self, role)
            if value:
                clauses.append(actor_match(role))
                params += [value] * 3
        for column, values in (
            ("plover_type", self.plover),
            ("cameo_root", self.cameo_root),
            ("quad_class", self.quad_class),
            ("modality", self.modality),
        ):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += values
        if self.cameo:
            clauses.append(
                "(" + " OR ".join("starts_with(cameo_code, ?)" for _ in self.cameo) + ")"
            )
            params += self.cameo
        # dates are ISO prefixes, so comparing equal-length prefixes compares calendar spans
        if self.date_from:
            clauses.append(f"substr({EVENT_DAY}, 1, ?) >= ?")
            params += [len(self.date_from), self.date_from]
        if self.date_to:
            clauses.append(f"{EVENT_DAY} <> '' AND substr({EVENT_DAY}, 1, ?) <= ?")
            params += [len(self.date_to), self.date_to]
        if self.q:
            clauses.append(_TEXT_MATCH[self.q.isascii()])
            params.append(_caseless_regex(self.q) if self.q.isascii() else _like_pattern(self.q))
        if self.location_country:
            clauses.append("json_extract_string(location, '$.country') = ?")
            params.append(self.location_country)
        if self.location_name:
            clauses.append(f"lower({PLACE_NAME}) = lower(?)")
            params.append(self.location_name)
        if self.article_id:
            clauses.append("article_id = ?")
            params.append(self.article_id)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def to_params(self) -> dict[str, str]:
        """Back to query parameters (for links that keep the filters)."""
        out: dict[str, str] = {}
        for name in FILTER_HELP:
            value = getattr(self, name)
            if name == "role" and value == "any":
                continue
            if name == "modality":
                value = value or ["all"]
                if value == [DEFAULT_MODALITY]:
                    continue
            if isinstance(value, list):
                value = ",".join(str(v) for v in value)
            if value:
                out[name] = str(value)
        return out


# -- cursors ---------------------------------------------------------------------------------


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    raw = json.dumps([sort, key, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cursor_sort, key, event_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as error:
        raise FilterError("cursor is not one this API returned") from error
    if cursor_sort != sort or not isinstance(event_id, str):
        raise FilterError("cursor belongs to another sort order: start again without it")
    return key, event_id


# -- events ----------------------------------------------------------------------------------

# JSON columns come back as text: much faster to fetch than DuckDB's JSON values
_SELECT_EVENTS = ", ".join(
    f"{name}::VARCHAR AS {name}" if name in JSON_COLUMNS else name for name in EVENT_COLUMN_NAMES
)


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, values, strict=True)) for values in cur.fetchall()]


DEFAULT_ROW_CACHE = 50_000  # rows; about 2 KB each


class RowCache:
    """Full event rows by rowid, most recently used kept (at most `max_rows`).

    The server opens its database read-only, so a row never changes while it runs: reading a
    page's rows from DuckDB (every column opened in every row group touched, ~10 ms) is only
    needed for rows no earlier page showed. Rows are stored flat and nested per request, so
    callers may change what they get."""

    def __init__(self, max_rows: int = DEFAULT_ROW_CACHE) -> None:
        self.max_rows = max_rows
        self._rows: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def rows(self, cur: duckdb.DuckDBPyConnection, row_ids: list[int]) -> list[dict[str, Any]]:
        with self._lock:
            found = {i: self._rows[i] for i in row_ids if i in self._rows}
            for i in found:
                self._rows.move_to_end(i)
        missing = [i for i in row_ids if i not in found]
        if missing:
            fetched = dict(zip(missing, _rows_by_rowid(cur, missing), strict=True))
            found.update(fetched)
            with self._lock:
                self._rows.update(fetched)
                while len(self._rows) > self.max_rows:
                    self._rows.popitem(last=False)
        return [found[i] for i in row_ids]


def list_events(
    cur: duckdb.DuckDBPyConnection,
    flt: EventFilter,
    *,
    sort: str = DEFAULT_SORT,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
    cache: RowCache | None = None,
) -> dict[str, Any]:
    """One page of events, newest first by default, and the cursor of the next page.

    Keyset pagination on (sort key, event_id): pages stay stable however deep one goes.
    Late materialisation: the filters, the count and the sort run over three narrow
    columns (rowid, sort key, event id) in one scan; only the page's rows are then read
    in full. Sorting whole 43-column rows cost 4-5 times as much.
    """
    if sort not in SORTS:
        raise FilterError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    if not 1 <= limit <= MAX_LIMIT:
        raise FilterError(f"limit must be between 1 and {MAX_LIMIT}")
    expr, direction = SORTS[sort]
    where, params = flt.where()
    keyset, keyset_params = "", []
    if cursor:
        key, event_id = decode_cursor(cursor, sort)
        op = ">" if direction == "ASC" else "<"
        keyset = f"WHERE (sort_key {op} ? OR (sort_key = ? AND event_id {op} ?))"
        keyset_params = [key, key, event_id]
    keys = cur.execute(
        f"""WITH matched AS MATERIALIZED (
              SELECT rowid AS row_id, {expr} AS sort_key, event_id FROM events {where})
            SELECT (SELECT count(*) FROM matched) AS total, row_id, sort_key, event_id
            FROM matched {keyset}
            ORDER BY sort_key {direction}, event_id {direction} LIMIT ?""",
        [*params, *keyset_params, limit + 1],
    ).fetchall()
    if keys:
        total = keys[0][0]
    elif cursor:  # past the last page: the count alone
        total = cur.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0]
    else:
        total = 0
    more = len(keys) > limit
    keys = keys[:limit]
    row_ids = [row_id for _, row_id, _, _ in keys]
    rows = cache.rows(cur, row_ids) if cache is not None else _rows_by_rowid(cur, row_ids)
    next_cursor = encode_cursor(sort, keys[-1][2], keys[-1][3]) if more and keys else None
    return {
        "total": total,
        "count": len(rows),
        "next_cursor": next_cursor,
        "events": [nest_event(row) for row in rows],
    }


def _rows_by_rowid(cur: duckdb.DuckDBPyConnection, row_ids: list[int]) -> list[dict[str, Any]]:
    """The full rows of `row_ids`, in that order."""
    if not row_ids:
        return []
    cur.execute(
        f"SELECT rowid AS row_id, {_SELECT_EVENTS} FROM events WHERE rowid = ANY(?::BIGINT[])",
        [row_ids],
    )
    by_id = {row.pop("row_id"): row for row in _rows(cur)}
    return [by_id[row_id] for row_id in row_ids]


def iter_filtered_events(
    cur: duckdb.DuckDBPyConnection, flt: EventFilter, batch: int = 1000
) -> Iterator[dict[str, Any]]:
    """Every matching event in reading order (as `EventStore.iter_events`), streamed."""
    where, params = flt.where()
    cur.execute(
        f"SELECT {_SELECT_EVENTS} FROM events {where} ORDER BY article_date NULLS LAST, "
        "article_id, sentence_index, trigger_start, event_id",
        params,
    )
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(batch):
        for values in chunk:
            yield nest_event(dict(zip(names, values, strict=True)))


def get_event(cur: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    cur.execute(f"SELECT {_SELECT_EVENTS} FROM events WHERE event_id = ?", [event_id])
    rows = _rows(cur)
    return nest_event(rows[0]) if rows else None


# -- articles --------------------------------------------------------------------------------

ARTICLE_FIELDS = ("article_id", "date", "title", "source", "url", "place", "text")


def get_article(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    cur.execute(
        f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles WHERE article_id = ?", [article_id]
    )
    rows = _rows(cur)
    return rows[0] if rows else None


def article_brief(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    cur.execute(
        "SELECT article_id, date, title, source, url FROM articles WHERE article_id = ?",
        [article_id],
    )
    rows = _rows(cur)
    return rows[0] if rows else None


def article_events(cur: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """All of an article's events, every modality, in reading order."""
    flt = EventFilter(modality=[], article_id=article_id)
    return list(iter_filtered_events(cur, flt))


def event_spans(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence spans of one event (offsets into its article), kind by kind."""
    spans: list[dict[str, Any]] = []

    def add(kind: str, span: dict[str, Any] | None) -> None:
        if span and span.get("start") is not None and span.get("end") is not None:
            spans.append(
                {
                    "kind": kind,
                    "start": span["start"],
                    "end": span["end"],
                    "text": span.get("text"),
                    "event_id": event["event_id"],
                }
            )

    add("source", event.get("source"))
    add("target", event.get("target"))
    add("trigger", event.get("trigger"))
    attribution = event.get("attribution") or {}
    add("speaker", attribution.get("speaker"))
    add("cue", attribution.get("cue"))
    add("content", attribution.get("content"))
    location = event.get("location") or {}
    if isinstance(location, dict):
        add("location", location)
    return spans


# -- actors ----------------------------------------------------------------------------------


def search_actors(cur: duckdb.DuckDBPyConnection, q: str | None, limit: int) -> list[dict]:
    """Actors whose key, name, code or country contains q, most mentioned first."""
    if not 1 <= limit <= MAX_LIMIT:
        raise FilterError(f"limit must be between 1 and {MAX_LIMIT}")
    where, params = "", []
    if q:
        if len(q) > 120:
            raise FilterError("q: at most 120 characters")
        where = (
            "WHERE contains(lower(actor_key), lower(?)) OR contains(lower(coalesce(name, '')), "
            "lower(?)) OR lower(coalesce(code, '')) = lower(?) "
            "OR lower(coalesce(country, '')) = lower(?)"
        )
        params = [q] * 4
    cur.execute(
        "SELECT actor_key, actor_id, code, name, country, sector, mentions, as_source, as_target "
        f"FROM actors {where} ORDER BY mentions DESC, actor_key LIMIT ?",
        [*params, limit],
    )
    return _rows(cur)


def actor_profile(cur: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    """Name and counts of whatever a selector (actor id, code or country) matches."""
    cur.execute(
        "SELECT actor_key, actor_id, code, name, country, sector, mentions, as_source, as_target "
        "FROM actors WHERE actor_key = ? OR actor_id = ? OR code = ? LIMIT 1",
        [key, key, key],
    )
    rows = _rows(cur)
    cur.execute(
        f"SELECT count(*) FROM events WHERE {actor_match('source')} OR {actor_match('target')}",
        [key] * 6,
    )
    matched = cur.fetchone()[0]
    if not matched:
        return None
    profile = rows[0] if rows else {"actor_key": key, "name": None, "country": key}
    profile["events_all_modalities"] = matched
    return profile


# Both sides of a dyad are named by country, else actor id, else code.
_SIDE = "coalesce({r}_country, {r}_actor_id, {r}_code)"


def top_actors(cur: duckdb.DuckDBPyConnection, flt: EventFilter, n: int = 10) -> list[dict]:
    where, params = flt.where()
    cur.execute(
        f"""WITH m AS (
              SELECT coalesce(source_actor_id, source_code) AS actor_key, source_name AS name
              FROM events {where}
              UNION ALL
              SELECT coalesce(target_actor_id, target_code), target_name FROM events {where})
            SELECT actor_key, mode(name) AS name, count(*) AS events FROM m
            WHERE actor_key IS NOT NULL GROUP BY actor_key ORDER BY events DESC, actor_key
            LIMIT ?""",
        [*params, *params, n],
    )
    return _rows(cur)


def top_dyads(cur: duckdb.DuckDBPyConnection, flt: EventFilter, n: int = 10) -> list[dict]:
    """Most frequent undirected pairs, each side named by country (else actor id)."""
    where, params = flt.where()
    a, b = _SIDE.format(r="source"), _SIDE.format(r="target")
    extra = "AND" if where else "WHERE"
    cur.execute(
        f"""SELECT least({a}, {b}) AS a, greatest({a}, {b}) AS b, count(*) AS events,
                   round(avg(goldstein), 2) AS mean_goldstein
            FROM events {where} {extra} {a} IS NOT NULL AND {b} IS NOT NULL AND {a} <> {b}
            GROUP BY ALL ORDER BY events DESC, a, b LIMIT ?""",
        [*params, n],
    )
    return _rows(cur)


def _period(interval: str) -> str:
    if interval not in INTERVALS:
        raise FilterError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    if interval == "day":
        return f"strftime({SERIES_DAY}, '%Y-%m-%d')"
    return f"strftime(date_trunc('{interval}', {SERIES_DAY}), '%Y-%m-%d')"


def time_series(
    cur: duckdb.DuckDBPyConnection, flt: EventFilter, interval: str = "month"
) -> list[dict[str, Any]]:
    """Events per period and QuadClass (the overview's stacked chart)."""
    where, params = flt.where()
    period = _period(interval)
    extra = "AND" if where else "WHERE"
    cur.execute(
        f"""SELECT {period} AS period, quad_class, count(*) AS events FROM events
            {where} {extra} {SERIES_DAY} IS NOT NULL GROUP BY ALL ORDER BY period, quad_class""",
        params,
    )
    series: dict[str, dict[str, Any]] = {}
    for period_value, quad, count in cur.fetchall():
        entry = series.setdefault(
            period_value, {"period": period_value, "1": 0, "2": 0, "3": 0, "4": 0}
        )
        entry[str(quad)] = count
    return list(series.values())


def dyad_series(
    cur: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    interval: str,
    flt: EventFilter,
) -> dict[str, Any]:
    """Counts by QuadClass and PLOVER type and mean Goldstein per period, both directions."""
    a, b = _actor_value("a", a), _actor_value("b", b)
    period = _period(interval)
    where, params = flt.where()
    extra = "AND" if where else "WHERE"
    direction = (
        f"CASE WHEN {actor_match('source')} AND {actor_match('target')} THEN 'a->b' "
        f"WHEN {actor_match('source')} AND {actor_match('target')} THEN 'b->a' END"
    )
    direction_params = [a] * 3 + [b] * 3 + [b] * 3 + [a] * 3
    cur.execute(
        f"""WITH d AS (
              SELECT {period} AS period, {direction} AS direction, quad_class, plover_type,
                     goldstein
              FROM events {where} {extra} {SERIES_DAY} IS NOT NULL)
            SELECT period, direction, quad_class, coalesce(plover_type, '') AS plover,
                   count(*) AS events, sum(goldstein) AS goldstein_sum
            FROM d WHERE direction IS NOT NULL GROUP BY ALL ORDER BY period, direction""",
        [*direction_params, *params],
    )
    buckets: dict[tuple[str, str], dict[str, Any]] = {}
    totals = {
        "a->b": {"events": 0, "goldstein_sum": 0.0},
        "b->a": {"events": 0, "goldstein_sum": 0.0},
    }
    for period_value, dir_value, quad, plover, count, gsum in cur.fetchall():
        entry = buckets.setdefault(
            (period_value, dir_value),
            {
                "period": period_value,
                "direction": dir_value,
                "events": 0,
                "goldstein_sum": 0.0,
                "by_quad_class": {"1": 0, "2": 0, "3": 0, "4": 0},
                "by_plover": {},
            },
        )
        entry["events"] += count
        entry["goldstein_sum"] += gsum
        entry["by_quad_class"][str(quad)] += count
        if plover:
            entry["by_plover"][plover] = entry["by_plover"].get(plover, 0) + count
        totals[dir_value]["events"] += count
        totals[dir_value]["goldstein_sum"] += gsum
    series = []
    for entry in buckets.values():
        entry["mean_goldstein"] = round(entry.pop("goldstein_sum") / entry["events"], 3)
        series.append(entry)
    for total in totals.values():
        gsum = total.pop("goldstein_sum")
        total["mean_goldstein"] = round(gsum / total["events"], 3) if total["events"] else None
    return {"a": a, "b": b, "interval": interval, "series": series, "totals": totals}


def dyad_filter(a: str, b: str, base: EventFilter) -> tuple[str, list[Any]]:
    """WHERE clause for events between a and b, either direction, plus the base filters."""
    where, params = base.where()
    pair = (
        f"(({actor_match('source')} AND {actor_match('target')}) OR "
        f"({actor_match('source')} AND {actor_match('target')}))"
    )
    pair_params = [a] * 3 + [b] * 3 + [b] * 3 + [a] * 3
    if where:
        return f"{where} AND {pair}", [*params, *pair_params]
    return f"WHERE {pair}", pair_params


def events_where(
    cur: duckdb.DuckDBPyConnection, where: str, params: list[Any], limit: int = 200
) -> list[dict[str, Any]]:
    cur.execute(
        f"SELECT {_SELECT_EVENTS} FROM events {where} ORDER BY {EVENT_DAY} DESC, event_id LIMIT ?",
        [*params, limit],
    )
    return [nest_event(row) for row in _rows(cur)]


def partners(cur: duckdb.DuckDBPyConnection, key: str, flt: EventFilter, n: int = 15) -> list:
    """The actor's most frequent counterparts, with counts and mean Goldstein."""
    where, params = flt.where()
    extra = "AND" if where else "WHERE"
    src, tgt = _SIDE.format(r="source"), _SIDE.format(r="target")
    cur.execute(
        f"""WITH p AS (
              SELECT {tgt} AS partner, goldstein FROM events {where} {extra}
                     {actor_match("source")} AND {tgt} IS NOT NULL
              UNION ALL
              SELECT {src}, goldstein FROM events {where} {extra}
                     {actor_match("target")} AND {src} IS NOT NULL)
            SELECT partner, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein
            FROM p WHERE partner <> ? GROUP BY partner ORDER BY events DESC, partner LIMIT ?""",
        [*params, key, key, key, *params, key, key, key, key, n],
    )
    return _rows(cur)


# -- quotes, stats, map ---------------------------------------------------------------------


def quotes(
    cur: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    about: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Who said what about whom: attributed events, one row per quote and event."""
    clauses = ["attribution IS NOT NULL"]
    params: list[Any] = []
    if speaker:
        clauses.append(
            "(json_extract_string(attribution, '$.speaker.actor_id') = ? OR "
            "json_extract_string(attribution, '$.speaker.code') = ? OR "
            "json_extract_string(attribution, '$.speaker.country') = ? OR "
            "contains(lower(json_extract_string(attribution, '$.speaker.name')), lower(?)))"
        )
        params += [speaker] * 4
    if about:
        clauses.append(f"({actor_match('source')} OR {actor_match('target')})")
        params += [about] * 6
    cur.execute(
        f"SELECT {_SELECT_EVENTS} FROM events WHERE {' AND '.join(clauses)} "
        f"ORDER BY {EVENT_DAY} DESC, article_id, sentence_index, event_id LIMIT ?",
        [*params, limit],
    )
    return [nest_event(row) for row in _rows(cur)]


def list_clusters(
    cur: duckdb.DuckDBPyConnection, *, min_articles: int = 1, limit: int = DEFAULT_LIMIT
) -> dict[str, Any]:
    """The happenings `eventwire cluster` found, most reported first: each one's
    representative event and counts. `clustered` is False when it has not run."""
    if not 1 <= limit <= MAX_LIMIT:
        raise FilterError(f"limit must be between 1 and {MAX_LIMIT}")
    if min_articles < 1:
        raise FilterError("min_articles must be 1 or more")
    found = cur.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters'"
    ).fetchone()[0]
    if not found:
        return {"clustered": False, "count": 0, "clusters": []}
    renamed = ", ".join(f"{name} AS cluster_{name}" for name in CLUSTER_FIELDS)
    # The cluster columns under their own names: `clusters` shares several with `events`.
    cur.execute(
        f"SELECT {_SELECT_EVENTS}, c.* EXCLUDE (representative, cluster_date) FROM events JOIN ("
        f"SELECT event_id AS representative, date AS cluster_date, {renamed} FROM clusters "
        "WHERE num_articles >= ?) c ON events.event_id = c.representative "
        "ORDER BY c.cluster_num_articles DESC, c.cluster_num_mentions DESC, "
        "c.cluster_date DESC NULLS LAST, c.cluster_cluster_id LIMIT ?",
        [min_articles, limit],
    )
    clusters = []
    for row in _rows(cur):
        counts = {name: row.pop(f"cluster_{name}") for name in CLUSTER_FIELDS}
        clusters.append({**counts, "event": nest_event(row)})
    return {"clustered": True, "count": len(clusters), "clusters": clusters}


def stats(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the database holds: counts, breakdowns and the date range."""

    def pairs(sql: str) -> dict[str, int]:
        return {str(k): v for k, v in cur.execute(sql).fetchall()}

    articles = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
    events = cur.execute("SELECT count(*) FROM events").fetchone()[0]
    actors = cur.execute("SELECT count(*) FROM actors").fetchone()[0]
    first, last = cur.execute(
        f"SELECT min(nullif({EVENT_DAY}, '')), max(nullif({EVENT_DAY}, '')) FROM events"
    ).fetchone()
    located = cur.execute("SELECT count(*) FROM events WHERE location IS NOT NULL").fetchone()[0]
    return {
        "articles": articles,
        "events": events,
        "actors": actors,
        "events_with_location": located,
        "date_range": {"first": first, "last": last},
        "by_modality": pairs("SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "by_quad_class": pairs(
            f"SELECT quad_class, count(*) FROM events WHERE modality = '{DEFAULT_MODALITY}' "
            "GROUP BY 1 ORDER BY 1"
        ),
        "by_plover_type": pairs(
            f"SELECT coalesce(plover_type, '(none)'), count(*) FROM events "
            f"WHERE modality = '{DEFAULT_MODALITY}' GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
    }


def map_points(cur: duckdb.DuckDBPyConnection, flt: EventFilter, n: int = 500) -> list[dict]:
    """Located events grouped by place (country and name, as the `location_country` and
    `location_name` filters select them): its point, count and mean Goldstein."""
    where, params = flt.where()
    extra = "AND" if where else "WHERE"
    lat = "TRY_CAST(json_extract(location, '$.lat') AS DOUBLE)"
    lon = "TRY_CAST(json_extract(location, '$.lon') AS DOUBLE)"
    country = "json_extract_string(location, '$.country')"
    cur.execute(
        f"""SELECT {country} AS country, {PLACE_NAME} AS name, round(median({lat}), 3) AS lat,
                   round(median({lon}), 3) AS lon, count(*) AS events,
                   round(avg(goldstein), 2) AS mean_goldstein
            FROM events {where} {extra} location IS NOT NULL AND {lat} IS NOT NULL
                 AND {lon} IS NOT NULL
            GROUP BY 1, 2 ORDER BY events DESC, country, name LIMIT ?""",
        [*params, n],
    )
    return _rows(cur)


def country_counts(cur: duckdb.DuckDBPyConnection, flt: EventFilter) -> dict[str, int]:
    """Located events per ISO3 country of their location, most first (the choropleth)."""
    where, params = flt.where()
    extra = "AND" if where else "WHERE"
    country = "json_extract_string(location, '$.country')"
    cur.execute(
        f"""SELECT {country}, count(*) FROM events {where} {extra} {country} IS NOT NULL
            GROUP BY 1 ORDER BY 2 DESC, 1""",
        params,
    )
    return dict(cur.fetchall())


def count_events(cur: duckdb.DuckDBPyConnection) -> int:
    return cur.execute("SELECT count(*) FROM events").fetchone()[0]
