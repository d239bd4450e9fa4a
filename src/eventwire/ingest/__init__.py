"""Ingest: read news articles from JSONL/JSON/CSV/TSV (optionally gzipped), text and HTML.

`read_articles` streams `eventwire.records.Article`s; whatever cannot be read is
recorded in an `IngestReport` with a one-line reason, and the batch goes on.
"""

from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport, Problem
from eventwire.ingest.wire import WireHeader, parse_date, parse_wire_header

__all__ = [
    "IngestReport",
    "Problem",
    "WireHeader",
    "parse_date",
    "parse_wire_header",
    "read_articles",
]
