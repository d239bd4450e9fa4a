"""The CAMEO table: every code present, with the Goldstein, quad and PLOVER values we promise."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.events.ontology import (
    PLOVER_MODES,
    PLOVER_QUAD,
    PLOVER_TYPES,
    CameoCode,
    UnknownCameoCode,
    all_codes,
    cameo,
    is_valid_mode,
)

ROOTS = [f"{n:02d}" for n in range(1, 21)]


def test_all_twenty_roots_are_present_as_level_one_codes() -> None:
    codes = all_codes()
    assert [c for c in codes if codes[c].level == 1] == ROOTS


def test_every_code_belongs_to_its_root_and_level() -> None:
    for code, entry in all_codes().items():
        assert code.startswith(entry.root)
        assert entry.level == len(code) - 1
        assert entry.name and entry.name == entry.name.strip()


def test_known_goldstein_values() -> None:
    assert cameo("190").goldstein == -10.0
    assert cameo("0874").goldstein == 10.0
    assert cameo("057").goldstein == 8.0
    assert cameo("016").goldstein == -2.0  # the GDELT value, not Phoenix's 3.4
    assert cameo("163").goldstein == -8.0  # likewise (Phoenix: -6.5)
    assert all(-10.0 <= c.goldstein <= 10.0 for c in all_codes().values())


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)],
)
def test_quad_class_follows_gdelt_root_convention(root: str, quad: int) -> None:
    assert {c.quad_class for c in all_codes().values() if c.root == root} == {quad}


def test_plover_types_for_key_codes() -> None:
    assert cameo("036").plover_type == "AGREE"
    assert cameo("042") == CameoCode("042", "04", 2, "visit", 1.9, 1, "CONSULT", "visit")
    assert (cameo("1041").plover_type, cameo("1041").plover_mode) == ("REQUEST", "change")
    assert cameo("172").plover_type == cameo("173").plover_type == "COERCE"
    assert cameo("173").plover_mode == "arrest"
    assert cameo("0871").plover_mode == "ceasefire"
    # The translation table and PLV's annotators: imposing sanctions is COERCE `restrict`.
    assert (cameo("163").plover_type, cameo("163").plover_mode) == ("COERCE", "restrict")
    assert cameo("192").plover_type == "ASSAULT"  # "captured three cities"
    assert cameo("1211").plover_mode == "assist"


def test_appeals_are_requests_and_statements_have_no_plover_type() -> None:
    assert {c.plover_type for c in all_codes().values() if c.root == "02"} == {"REQUEST"}
    assert cameo("010").plover_type is None
    assert cameo("016").plover_type is None


def test_root_08_splits_into_concede_and_retreat() -> None:
    for code in ("080", "081", "0811", "082", "083", "0832"):
        assert cameo(code).plover_type == "CONCEDE", code
    for code in ("084", "0841", "085", "086", "0863", "087", "0871", "0874"):
        assert cameo(code).plover_type == "RETREAT", code


def test_every_code_mode_is_valid_for_its_type() -> None:
    for entry in all_codes().values():
        assert entry.plover_type is None or entry.plover_type in PLOVER_TYPES
        if entry.plover_mode:
            assert is_valid_mode(entry.plover_type, entry.plover_mode), entry


def test_plover_quad_covers_the_sixteen_types() -> None:
    assert len(PLOVER_TYPES) == 16
    assert set(PLOVER_QUAD) == set(PLOVER_TYPES)
    assert PLOVER_QUAD["CONCEDE"] == 1 and PLOVER_QUAD["RETREAT"] == 2
    assert PLOVER_QUAD["THREATEN"] == 3 and PLOVER_QUAD["SANCTION"] == 4


def test_unknown_code_error_names_the_code() -> None:
    with pytest.raises(UnknownCameoCode, match="'999'"):
        cameo("999")
    with pytest.raises(KeyError):  # still catchable as a KeyError
        cameo("")


def _shared_rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.shared
def test_modes_agree_with_the_plover_reference(shared_dir: Path) -> None:
    reference: dict[str, set[str]] = {}
    for row in _shared_rows(shared_dir / "ontology" / "plover_modes.tsv"):
        if row["event_type"] != "*":
            reference.setdefault(row["event_type"], set()).add(row["mode"])
    assert {t: set(m) for t, m in PLOVER_MODES.items()} == reference
    for entry in all_codes().values():
        if entry.plover_mode:
            assert entry.plover_mode in reference[entry.plover_type], entry


@pytest.mark.shared
def test_codes_and_goldstein_match_the_gdelt_reference(shared_dir: Path) -> None:
    rows = _shared_rows(shared_dir / "ontology" / "cameo_event_codes.tsv")
    assert [r["code"] for r in rows] == list(all_codes())
    for row in rows:
        assert cameo(row["code"]).goldstein == float(row["goldstein_gdelt"]), row["code"]
