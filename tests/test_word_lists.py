"""The word lists kept as data files (the resolver's, the extractor's, the counting words and
the message nouns): a malformed row is an error that names its file and line, so whoever edits
a list finds the row at once instead of a rule silently reading a wrong set."""

from __future__ import annotations

from importlib import resources

import pytest

from eventwire.datafiles import read_data_tsv, read_word_sets, read_word_uses

# (package, file, reader) of the lists moved out of code into data files.
MOVED = [
    ("eventwire.actors", "resolver_words.tsv", read_word_sets),
    ("eventwire.events", "word_lists.tsv", read_word_sets),
    ("eventwire.actors", "counting_words.tsv", read_word_uses),
    ("eventwire.events", "message_nouns.tsv", read_word_uses),
    ("eventwire.actors", "warship_prefixes.tsv", read_data_tsv),
    ("eventwire.actors", "org_kinds.tsv", read_data_tsv),
]


def _copy_with_row(
    tmp_path,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    package: str,
    name: str,
    row: str,
) -> tuple[str, int]:
    """A package of its own holding the real file with `row` added: its name, and the line
    the row is on."""
    text = resources.files(package).joinpath(f"data/{name}").read_text("utf-8")
    copy = "copy_" + tmp_path.name  # a package name no other test uses
    (tmp_path / copy / "data").mkdir(parents=True)
    (tmp_path / copy / "__init__.py").write_text("")
    (tmp_path / copy / "data" / name).write_text(text + row + "\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return copy, len(text.splitlines()) + 1


@pytest.mark.parametrize(("package", "name", "reader"), MOVED, ids=[m[1] for m in MOVED])
def test_a_row_with_a_field_too_many_names_its_file_and_line(
    tmp_path,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    package: str,
    name: str,
    reader,  # noqa: ANN001
) -> None:
    columns = len(read_data_tsv(package, name)[0])
    row = "\t".join(["word"] * (columns + 1))
    copy, line = _copy_with_row(tmp_path, monkeypatch, package, name, row)
    with pytest.raises(ValueError, match=rf"{name}:{line}: more fields"):
        reader(copy, name)


@pytest.mark.parametrize("name", ["counting_words.tsv", "message_nouns.tsv"])
def test_a_use_column_that_is_not_yes_or_no_names_its_file_and_line(
    tmp_path,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    name: str,
) -> None:
    package = "eventwire.actors" if name == "counting_words.tsv" else "eventwire.events"
    columns = len(read_data_tsv(package, name)[0])
    copy, line = _copy_with_row(
        tmp_path, monkeypatch, package, name, "\t".join(["word"] + ["maybe"] * (columns - 1))
    )
    with pytest.raises(ValueError, match=rf"{name}:{line}: .* is 'maybe', not yes or no"):
        read_word_uses(copy, name)


@pytest.mark.parametrize("name", ["resolver_words.tsv", "word_lists.tsv"])
def test_a_word_with_no_set_names_its_file_and_line(
    tmp_path,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    name: str,
) -> None:
    package = "eventwire.actors" if name == "resolver_words.tsv" else "eventwire.events"
    copy, line = _copy_with_row(tmp_path, monkeypatch, package, name, "\tstate")
    with pytest.raises(ValueError, match=rf"{name}:{line}: a row needs a set and a word"):
        read_word_sets(copy, name)


def test_one_list_of_message_nouns_serves_both_rules() -> None:
    """Requests and demands are both messages; "order" asks an infinitive of someone ("an
    order to withdraw") without being read as a message with a sender after "from"."""
    from eventwire.events.arguments import MESSAGE_NOUNS
    from eventwire.events.roles import DEMAND_NOUNS

    assert {"request", "demand", "ultimatum"} <= MESSAGE_NOUNS & DEMAND_NOUNS
    assert "order" in DEMAND_NOUNS and "order" not in MESSAGE_NOUNS
    assert "warning" in MESSAGE_NOUNS and "warning" not in DEMAND_NOUNS
