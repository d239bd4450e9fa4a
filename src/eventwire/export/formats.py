"""Writing event records out: JSONL, CSV, Parquet, PLOVER JSONL and GDELT-style TSV.

Every writer takes the nested dicts `EventStore.iter_events()` yields (the shape of
`Event.to_dict()`) and streams them, so exports never hold the whole store in memory.
docs/schema.md describes each format's fields.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.events.ontology import PLOVER_QUAD
from eventwire.store.duckdb_store import EVENT_COLUMN_NAMES, flatten_event, nest_event

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")

_PARQUET_BATCH = 5000

_ACTOR = pa.struct(
    [
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("name", pa.string()),
        ("actor_id", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("code", pa.string()),
    ]
)
_SPAN = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])

# Parquet columns mirror the JSONL record; `location` is free-form, so it is kept as JSON text.
PARQUET_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("sentence_index", pa.int64()),
        ("sentence", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("article_date", pa.string()),
        ("source", _ACTOR),
        ("target", _ACTOR),
        ("trigger", _SPAN),
        ("cameo", pa.struct([("code", pa.string()), ("root", pa.string()), ("name", pa.string())])),
        (
            "plover",
            pa.struct(
                [
                    ("type", pa.string()),
                    ("mode", pa.string()),
                    ("context", pa.string()),
                ]
            ),
        ),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int64()),
        ("modality", pa.string()),
        (
            "attribution",
            pa.struct(
                [
                    ("speaker", _ACTOR),
                    ("cue", _SPAN),
                    ("content", _SPAN),
                    ("direct", pa.bool_()),
                ]
            ),
        ),
        ("location", pa.string()),
        ("confidence", pa.float64()),
        ("coder_version", pa.string()),
        ("group_id", pa.string()),
        ("sentence_start", pa.int64()),
        ("num_mentions", pa.int64()),
        (
            "mentions",
            pa.list_(
                pa.struct(
                    [
                        ("sentence_index", pa.int64()),
                        ("trigger", _SPAN),
                        ("source", _SPAN),
                        ("target", _SPAN),
                    ]
                )
            ),
        ),
    ]
)

# GDELT 2.0 event table columns, in file order (GDELT Event Codebook V2.0).
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO_FIELDS),
    *(f"Actor2Geo_{name}" for name in _GEO_FIELDS),
    *(f"ActionGeo_{name}" for name in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)

# Which keys of an event's free-form `location` dict feed each GDELT ActionGeo field.
_LOCATION_KEYS = {
    "FullName": ("resolved_place", "name", "extracted_place", "text"),
    "CountryCode": ("country_code", "country"),
    "ADM1Code": ("adm1", "admin1", "province"),
    "Lat": ("lat",),
    "Long": ("lon", "long", "lng"),
    "FeatureID": ("gazetteer_id", "geonameid", "feature_id"),
}


# -- clusters (`eventwire cluster`) -----------------------------------------------------------

CLUSTER_FIELDS = (
    "cluster_id",
    "num_events",
    "num_mentions",
    "num_articles",
    "num_sources",
    "first_report",
    "last_report",
)
_CLUSTER = pa.struct(
    [(f, pa.int64() if f.startswith("num_") else pa.string()) for f in CLUSTER_FIELDS]
)


def iter_cluster_records(store: Any) -> Iterator[dict[str, Any]]:
    """One record per cluster: its representative event, plus a `cluster` object with the
    cluster's counts (see docs/clustering.md). Needs `eventwire cluster` to have run."""
    columns = ", ".join(f"e.{name}" for name in EVENT_COLUMN_NAMES)
    cluster_columns = ", ".join(f"c.{name}" for name in CLUSTER_FIELDS)
    rows = store.query(
        f"SELECT {columns}, {cluster_columns} FROM clusters c JOIN events e USING (event_id) "
        "ORDER BY coalesce(c.date, e.article_date) NULLS LAST, c.cluster_id"
    )
    width = len(EVENT_COLUMN_NAMES)
    for values in rows:
        record = nest_event(dict(zip(EVENT_COLUMN_NAMES, values[:width], strict=True)))
        record["cluster"] = dict(zip(CLUSTER_FIELDS, values[width:], strict=True))
        yield record


# -- PLOVER ------------------------------------------------------------------------------------


def _plover_entity(actor: dict[str, Any]) -> dict[str, Any]:
    """PLOVER entity: `code` is the 3-char country (or IGO/NGO-style prefix of the code)."""
    code = actor.get("country") or ((actor.get("code") or "")[:3] or None)
    return {
        "entity_text": actor["text"],
        "code": code,
        "sector": actor.get("sector"),
        "identifier_id": actor.get("actor_id"),
        "identifier_text": actor.get("name"),
        "start": actor["start"],
        "end": actor["end"],
    }


def _split_values(value: str | None) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", value or "") if part.strip()]


def _plover_location(location: dict[str, Any] | None) -> dict[str, Any] | None:
    if not location:
        return None
    renamed = {"text": "extracted_place", "name": "resolved_place", "country": "country_code"}
    return {renamed.get(key, key): value for key, value in location.items()}


def event_to_plover(e: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER JSON record (caller skips events without a PLOVER type)."""
    plover = e.get("plover") or {}
    sentence_start = e.get("sentence_start", 0)
    record: dict[str, Any] = {
        "id": e["event_id"],
        "date": e.get("date") or e.get("article_date"),
        "actor": [_plover_entity(e["source"])] if e.get("source") else [],
        "recipient": [_plover_entity(e["target"])] if e.get("target") else [],
        "event": [plover["type"]] if plover.get("type") else [],
        "mode": _split_values(plover.get("mode")),
        "context": _split_values(plover.get("context")),
        "event_text": [e["trigger"]["text"]],
        "quad_code": PLOVER_QUAD.get(plover.get("type") or ""),
        "event_scale": e["goldstein"],
        "text": e["sentence"],
        "text_info": {
            "sequence": e["sentence_index"],
            "start": sentence_start,
            "end": sentence_start + len(e["sentence"]),
            "trigger_start": e["trigger"]["start"],
            "trigger_end": e["trigger"]["end"],
        },
        "cite_info": {"citation": e["article_id"], "coder": e["coder_version"]},
        "coder": e["coder_version"],
        "modality": e["modality"],
        "cameo_code": e["cameo"]["code"],
    }
    if e.get("group_id"):
        record["link"] = e["group_id"]
    location = _plover_location(e.get("location"))
    if location:
        record["event_loc"] = location
    if e.get("cluster"):
        record["cluster"] = e["cluster"]
    return record


# -- GDELT -------------------------------------------------------------------------------------


def _parse_day(value: str | None) -> date | None:
    """First day of an ISO date, month, year or week ("2022-03-07", "2022-03", "2022-W10")."""
    if not value:
        return None
    week = re.match(r"^(\d{4})-?W(\d{2})", value)
    if week:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1)
    parts = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not parts:
        return None
    try:
        return date(int(parts[1]), int(parts[2] or 1), int(parts[3] or 1))
    except ValueError:
        return None


def _gdelt_dates(day: date | None) -> dict[str, Any]:
    if day is None:
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    days_in_year = 366 if date(day.year, 12, 31).timetuple().tm_yday == 366 else 365
    fraction = (day.timetuple().tm_yday - 1) / days_in_year
    return {
        "SQLDATE": int(day.strftime("%Y%m%d")),
        "MonthYear": int(day.strftime("%Y%m")),
        "Year": day.year,
        "FractionDate": round(day.year + fraction, 4),
    }


def _gdelt_actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {}
    return {
        f"{prefix}Code": actor.get("code"),
        f"{prefix}Name": actor.get("name") or actor.get("text"),
        f"{prefix}CountryCode": actor.get("country"),
        f"{prefix}Type1Code": actor.get("sector"),
    }


def _gdelt_action_geo(location: dict[str, Any] | None) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field, keys in _LOCATION_KEYS.items():
        value = next((location[key] for key in keys if location and location.get(key)), None)
        row[f"ActionGeo_{field}"] = value
    return row


def _cameo_code_gdelt(code: str) -> str:
    """GDELT writes a bare root ("04") as its unspecified 3-digit code ("040")."""
    return code + "0" if len(code) == 2 else code


def event_to_gdelt(e: dict[str, Any]) -> dict[str, Any]:
    """One event as a GDELT 2.0 event-table row; fields GDELT has but we don't are empty."""
    code = _cameo_code_gdelt(e["cameo"]["code"])
    row: dict[str, Any] = {
        "GLOBALEVENTID": e["event_id"],
        **_gdelt_dates(_parse_day(e.get("date") or e.get("article_date"))),
        **_gdelt_actor("Actor1", e.get("source")),
        **_gdelt_actor("Actor2", e.get("target")),
        "IsRootEvent": 1 if e["sentence_index"] == 0 else 0,
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": e["cameo"]["root"],
        "QuadClass": e["quad_class"],
        "GoldsteinScale": e["goldstein"],
        "NumMentions": (e.get("cluster") or {}).get("num_mentions") or e.get("num_mentions") or 1,
        "NumSources": (e.get("cluster") or {}).get("num_sources") or 1,
        "NumArticles": (e.get("cluster") or {}).get("num_articles") or 1,
        **_gdelt_action_geo(e.get("location")),
        "SOURCEURL": e["article_id"],
    }
    return {column: row.get(column) for column in GDELT_COLUMNS}


def _tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    return re.sub(r"[\t\r\n]+", " ", str(value))


# -- writers -----------------------------------------------------------------------------------


@contextmanager
def _text_stream(out: IO[Any] | Path | str) -> Iterator[IO[str]]:
    """A text stream over a path, a text stream, or a binary stream (left open)."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle
    elif isinstance(out, io.TextIOBase):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


def _write_jsonl(
    events: Iterable[dict[str, Any]],
    out: IO[str],
    convert: Callable[[dict[str, Any]], dict[str, Any] | None],
) -> int:
    written = 0
    for event in events:
        record = convert(event)
        if record is None:
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written


def _plover_or_skip(event: dict[str, Any]) -> dict[str, Any] | None:
    return event_to_plover(event) if (event.get("plover") or {}).get("type") else None


def _write_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    events = iter(events)
    first = next(events, None)
    clustered = bool(first and first.get("cluster"))
    names = [*EVENT_COLUMN_NAMES, *(f"cluster_{f}" for f in CLUSTER_FIELDS if clustered)]
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    written = 0
    for event in (first, *events) if first else ():
        row = flatten_event(event)
        if clustered:
            row.update({f"cluster_{f}": event["cluster"][f] for f in CLUSTER_FIELDS})
        writer.writerow(row)
        written += 1
    return written


def _write_gdelt(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    written = 0
    for event in events:
        row = event_to_gdelt(event)
        out.write("\t".join(_tsv_cell(row[column]) for column in GDELT_COLUMNS) + "\n")
        written += 1
    return written


def _parquet_row(event: dict[str, Any]) -> dict[str, Any]:
    location = event.get("location")
    return {**event, "location": None if location is None else json.dumps(location)}


def _write_parquet(
    events: Iterable[dict[str, Any]], out: IO[bytes] | Path | str, *, clusters: bool = False
) -> int:
    sink = str(out) if isinstance(out, str | Path) else out
    written = 0
    schema = PARQUET_SCHEMA.append(pa.field("cluster", _CLUSTER)) if clusters else PARQUET_SCHEMA
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(_parquet_row(event))
            if len(batch) >= _PARQUET_BATCH:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                written += len(batch)
                batch = []
        if batch or written == 0:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            written += len(batch)
    return written


def write_events(events: Iterable[dict[str, Any]], fmt: str, out: IO[Any] | Path | str) -> int:
    """Write events in one of FORMATS to a path or stream; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if isinstance(out, io.TextIOBase):
            raise ValueError("parquet is binary: give a file path or a binary stream")
        events = iter(events)
        first = next(events, None)
        clusters = bool(first and first.get("cluster"))
        return _write_parquet((first, *events) if first else (), out, clusters=clusters)
    with _text_stream(out) as stream:
        if fmt == "jsonl":
            return _write_jsonl(events, stream, lambda event: event)
        if fmt == "plover":
            return _write_jsonl(events, stream, _plover_or_skip)
        if fmt == "csv":
            return _write_csv(events, stream)
        return _write_gdelt(events, stream)
