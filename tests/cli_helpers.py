"""Running the real `eventwire` command and reading what it stored: shared by CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb


def eventwire(
    *args: str, stdin: str | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    """`eventwire ARGS` in a subprocess, as a user runs it (`stdin` is piped in)."""
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=900,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def stored(db: Path) -> tuple[int, int, set[str]]:
    """(articles, events, event ids) in a store file."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("select count(*) from articles").fetchone()[0]
        ids = {r[0] for r in con.execute("select event_id from events").fetchall()}
    finally:
        con.close()
    return articles, len(ids), ids
