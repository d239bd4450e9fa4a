"""Read the TSV data files that ship inside the package (lexicons, tables, word lists)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib import resources


def _numbered_rows(package: str, name: str) -> Iterator[tuple[str, int, dict[str, str]]]:
    """(file, line, row) of `<package>/data/<name>`, so that a bad row can be pointed at."""
    path = resources.files(package).joinpath(f"data/{name}")
    numbered = [
        (number, line)
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]
    reader = csv.DictReader((line for _, line in numbered), delimiter="\t")
    for row in reader:
        number = numbered[reader.line_num - 1][0]
        if None in row:  # more fields than the header names
            raise ValueError(f"{path}:{number}: more fields than the header's {reader.fieldnames}")
        yield str(path), number, row


def read_data_tsv(package: str, name: str) -> list[dict[str, str]]:
    """Rows of `<package>/data/<name>` as dicts; `#` lines and blank lines are comments.
    A row with more fields than the header is an error naming the file and line."""
    return [row for _, _, row in _numbered_rows(package, name)]


@cache
def read_word_sets(package: str, name: str) -> dict[str, frozenset[str]]:
    """Word lists kept as one TSV with columns `set` and `word` (or `lemma`): set -> words.
    Read once: modules that share a file share the sets (frozen, so none can change them)."""
    sets: dict[str, set[str]] = {}
    for path, number, row in _numbered_rows(package, name):
        key, word = row.get("set"), row.get("word") or row.get("lemma")
        if not key or not word:
            raise ValueError(f"{path}:{number}: a row needs a set and a word")
        sets.setdefault(key, set()).add(word)
    return {key: frozenset(words) for key, words in sets.items()}


@cache
def read_word_uses(package: str, name: str) -> dict[str, frozenset[str]]:
    """One word list for several rules: the first column is the word, each further column a
    rule that reads it, `yes` or `no`. Use (column) -> the words marked `yes`; read once."""
    uses: dict[str, set[str]] = {}
    for path, number, row in _numbered_rows(package, name):
        word_column, *use_columns = row
        for use in use_columns:
            flag = row[use]
            if not row[word_column] or flag not in {"yes", "no"}:
                raise ValueError(f"{path}:{number}: {use} is {flag!r}, not yes or no")
            if flag == "yes":
                uses.setdefault(use, set()).add(row[word_column])
    return {use: frozenset(words) for use, words in uses.items()}
