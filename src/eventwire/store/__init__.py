"""Where coded articles and events are kept: a DuckDB file (see docs/schema.md)."""

from eventwire.store.duckdb_store import (
    EVENT_COLUMN_NAMES,
    EVENT_COLUMNS,
    SCHEMA_VERSION,
    EventStore,
    StoreError,
    flatten_event,
    nest_event,
)

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_COLUMN_NAMES",
    "SCHEMA_VERSION",
    "EventStore",
    "StoreError",
    "flatten_event",
    "nest_event",
]
