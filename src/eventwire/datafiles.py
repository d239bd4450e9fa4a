"""Read the TSV data files that ship inside the package (lexicons, tables, word lists)."""

from __future__ import annotations

import csv
from importlib import resources


def read_data_tsv(package: str, name: str) -> list[dict[str, str]]:
    """Rows of `<package>/data/<name>` as dicts; `#` lines and blank lines are comments."""
    text = resources.files(package).joinpath(f"data/{name}").read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return list(csv.DictReader(lines, delimiter="\t"))
