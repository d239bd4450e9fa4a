"""Event exports: JSONL, CSV, Parquet, PLOVER and GDELT-style TSV (see docs/schema.md)."""

from eventwire.export.formats import (
    FORMATS,
    GDELT_COLUMNS,
    PARQUET_SCHEMA,
    event_to_gdelt,
    event_to_plover,
    write_events,
)

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "PARQUET_SCHEMA",
    "event_to_gdelt",
    "event_to_plover",
    "write_events",
]
