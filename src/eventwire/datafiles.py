"""Read the TSV data files that ship inside the package (lexicons, tables, word lists)."""

from __future__ import annotations

import csv
from importlib import resources


def read_data_tsv(package: str, name: str) -> list[dict[str, str]]:
    """Rows of `<package>/data/<name>` as dicts; `#` lines and blank lines are comments."""
    text = resources.files(package).joinpath(f"data/{name}").read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return list(csv.DictReader(lines, delimiter="\t"))


def read_word_sets(package: str, name: str) -> dict[str, frozenset[str]]:
    """Word lists kept as one TSV with columns `set` and `word` (or `lemma`): set -> words."""
    sets: dict[str, set[str]] = {}
    for row in read_data_tsv(package, name):
        sets.setdefault(row["set"], set()).add(row.get("word") or row["lemma"])
    return {key: frozenset(words) for key, words in sets.items()}
