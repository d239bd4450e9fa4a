"""Every export format, written to real files and read back with json, csv and pyarrow."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from eventwire.export import FORMATS, GDELT_COLUMNS, event_to_plover, write_events
from eventwire.records import ActorRef, Article, Attribution, Cameo, Event, Plover, Span
from eventwire.store import EVENT_COLUMN_NAMES, EventStore

SENTENCE = "Russia accused Ukraine of shelling Donetsk on Friday."


def make_event(
    n: int,
    *,
    cameo: tuple[str, str, str] = ("112", "11", "Accuse of crime"),
    plover: Plover | None = None,
    quad: int = 3,
    goldstein: float = -2.0,
    modality: str = "asserted",
    target: bool = True,
) -> dict[str, Any]:
    """An event as the store yields it (`Event.to_dict()`), with attribution and location."""
    event = Event(
        event_id=f"ev{n}",
        article_id="tass-1",
        sentence_index=n,
        sentence=SENTENCE,
        date="2023-03-17",
        date_precision="day",
        article_date="2023-03-17",
        source=ActorRef("Russia", 0, 6, "Russia", "Q159", "RUS", "GOV", "RUSGOV"),
        target=ActorRef("Ukraine", 15, 22, "Ukraine", "Q212", "UKR", None, "UKR")
        if target
        else None,
        trigger=Span("accused", 7, 14),
        cameo=Cameo(*cameo),
        plover=plover or Plover("ACCUSE", "allege", "military"),
        goldstein=goldstein,
        quad_class=quad,
        modality=modality,
        attribution=Attribution(ActorRef("Zakharova", 60, 69), Span("said", 70, 74), None, True),
        location={"text": "Donetsk", "country": "UKR", "lat": 48.0, "lon": 37.8},
        group_id="g1" if n == 0 else None,
        sentence_start=10 * n,
    )
    return event.to_dict()


@pytest.fixture
def events() -> list[dict[str, Any]]:
    return [
        make_event(0),
        make_event(
            1,
            cameo=("091", "09", "Investigate crime"),
            plover=Plover("ACCUSE"),
            quad=2,
            target=False,
        ),
        make_event(
            2, cameo=("010", "01", "Make statement"), plover=Plover(None), quad=1, goldstein=0.0
        ),
    ]


def test_jsonl_gives_back_the_records_exactly(events: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert write_events(events, "jsonl", path) == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == events


def test_csv_has_the_store_columns_and_flattened_values(events: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert write_events(events, "csv", path) == 3
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == EVENT_COLUMN_NAMES
    first, second = rows[0], rows[1]
    assert first["source_code"] == "RUSGOV" and first["target_country"] == "UKR"
    assert first["cameo_code"] == "112" and first["plover_mode"] == "allege"
    assert float(first["goldstein"]) == -2.0 and int(first["trigger_start"]) == 7
    assert json.loads(first["location"]) == events[0]["location"]
    assert json.loads(first["attribution"]) == events[0]["attribution"]
    assert second["target_text"] == "" and second["group_id"] == ""


def test_parquet_keeps_the_nested_structure(events: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_events(events, "parquet", path) == 3
    read_back = pq.read_table(path).to_pylist()
    for row in read_back:
        row["location"] = json.loads(row["location"])
    assert read_back == events


def test_parquet_of_nothing_is_still_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_events([], "parquet", path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and "cameo" in table.column_names


def test_plover_records_have_the_required_fields_and_plover_quads(
    events: list[dict], tmp_path: Path
) -> None:
    path = tmp_path / "events.plover.jsonl"
    assert write_events(events, "plover", path) == 2  # the CAMEO 01 statement has no type
    first, investigation = (json.loads(line) for line in path.read_text().splitlines())
    for field in ("id", "date", "actor", "event"):
        assert first[field]
    assert first["actor"] == [
        {
            "entity_text": "Russia",
            "code": "RUS",
            "sector": "GOV",
            "identifier_id": "Q159",
            "identifier_text": "Russia",
            "start": 0,
            "end": 6,
        }
    ]
    assert first["recipient"][0]["code"] == "UKR"
    assert first["event"] == ["ACCUSE"] and first["mode"] == ["allege"]
    assert first["context"] == ["military"] and first["event_text"] == ["accused"]
    assert first["event_scale"] == -2.0 and first["text"] == SENTENCE
    assert first["text_info"]["sequence"] == 0 and first["cite_info"]["citation"] == "tass-1"
    assert first["link"] == "g1" and first["event_loc"]["extracted_place"] == "Donetsk"
    assert investigation["recipient"] == []
    # CAMEO 09 sits in GDELT's material-cooperation quad; PLOVER files ACCUSE under verbal conflict
    assert investigation["quad_code"] == 3


def test_plover_entity_code_falls_back_to_the_code_prefix_for_igos() -> None:
    event = make_event(0)
    event["source"].update(country=None, code="IGOUNO", sector=None)
    assert event_to_plover(event)["actor"][0]["code"] == "IGO"


def read_gdelt(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return header, [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_gdelt_rows_use_gdelt_columns_and_codes(events: list[dict], tmp_path: Path) -> None:
    root_only = make_event(3, cameo=("04", "04", "Consult"), plover=Plover("CONSULT"), quad=1)
    root_only["date"], root_only["date_precision"] = "2022-03", "month"
    path = tmp_path / "events.tsv"
    assert write_events([*events, root_only], "gdelt", path) == 4
    header, rows = read_gdelt(path)
    assert tuple(header) == GDELT_COLUMNS and len(header) == 61
    first = rows[0]
    assert first["SQLDATE"] == "20230317" and first["MonthYear"] == "202303"
    assert first["Year"] == "2023" and first["FractionDate"] == "2023.2055"
    assert first["EventCode"] == "112" and first["EventBaseCode"] == "112"
    assert first["EventRootCode"] == "11" and first["QuadClass"] == "3"
    assert first["GoldsteinScale"] == "-2.0" and first["IsRootEvent"] == "1"
    assert first["Actor1Code"] == "RUSGOV" and first["Actor1CountryCode"] == "RUS"
    assert first["Actor1Type1Code"] == "GOV" and first["Actor2Code"] == "UKR"
    assert first["ActionGeo_FullName"] == "Donetsk" and first["ActionGeo_Lat"] == "48.0"
    assert first["AvgTone"] == "" and first["SOURCEURL"] == "tass-1"
    assert rows[1]["Actor2Code"] == "" and rows[1]["IsRootEvent"] == "0"
    assert rows[3]["EventCode"] == "040" and rows[3]["SQLDATE"] == "20220301"


def test_streams_and_format_errors(events: list[dict]) -> None:
    text, binary = io.StringIO(), io.BytesIO()
    assert write_events(events, "jsonl", text) == 3
    assert write_events(events, "jsonl", binary) == 3
    assert binary.getvalue().decode("utf-8") == text.getvalue()
    assert not binary.closed
    parquet = io.BytesIO()
    write_events(events, "parquet", parquet)
    assert pq.read_table(io.BytesIO(parquet.getvalue())).num_rows == 3
    with pytest.raises(ValueError, match="unknown export format"):
        write_events(events, "xml", io.StringIO())
    with pytest.raises(ValueError, match="binary"):
        write_events(events, "parquet", io.StringIO())


def test_every_format_exports_straight_from_the_store(tmp_path: Path) -> None:
    article = Article(id="tass-1", text=SENTENCE, date="2023-03-17")
    stored = make_event(0)
    event = Event(
        **{
            **stored,
            "source": ActorRef(**stored["source"]),
            "target": ActorRef(**stored["target"]),
            "trigger": Span(**stored["trigger"]),
            "cameo": Cameo(**stored["cameo"]),
            "plover": Plover(**stored["plover"]),
            "attribution": None,
        }
    )
    with EventStore(tmp_path / "events.duckdb") as store:
        store.add_article(article, [event])
        for fmt in FORMATS:
            target = tmp_path / f"out.{fmt}"
            assert write_events(store.iter_events(), fmt, target) == 1, fmt
    assert json.loads((tmp_path / "out.jsonl").read_text()) == event.to_dict()


def test_gdelt_action_geo_comes_from_the_location_stage(coder):
    from eventwire.export.formats import event_to_gdelt

    text = "Russian forces shelled Kharkiv on Monday, Ukrainian officials said."
    events = [e.to_dict() for e in coder.code_text(text, date="2024-05-06")]
    located = [e for e in events if e["location"]]
    assert located, events
    row = event_to_gdelt(located[0])
    assert row["ActionGeo_CountryCode"] == "UKR"
    assert row["ActionGeo_FeatureID"] == located[0]["location"]["gazetteer_id"]
    assert abs(row["ActionGeo_Lat"] - 49.99) < 0.2
