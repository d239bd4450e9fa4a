"""The REST API as a client sees it: a real uvicorn server on loopback, over a real DuckDB
file coded from the example articles (plus one coded text given a location), spoken to
with httpx."""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pyarrow.parquet as pq
import pytest
import uvicorn

from eventwire.cluster.clusterer import cluster_events
from eventwire.export.formats import GDELT_COLUMNS
from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport
from eventwire.records import Article
from eventwire.serve.app import create_app
from eventwire.store.duckdb_store import EVENT_COLUMN_NAMES, EventStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# A text of our own, coded for real; its events are then given a location (the coder's
# place stage is not in every version), so that the location filter and map have data.
LOCATED_TEXT = (
    "KYIV, May 3 (eventwire) - Russian forces shelled Kharkiv overnight, Ukraine's "
    "military said on Friday. Ukraine accused Russia of attacking civilians in the city."
)
KHARKIV = {
    "text": "Kharkiv",
    "name": "Kharkiv",
    "admin1": "Kharkivska",
    "country": "UKR",
    "lat": 49.99,
    "lon": 36.23,
    "feature_class": "P",
    "gazetteer_id": None,
    "method": "test",
}

_cache: dict[str, Any] = {}


def build_db(path: Path, coder: Any) -> Path:
    """Code examples/ into `path`, plus LOCATED_TEXT with a location on each event."""
    report = IngestReport()
    with EventStore(path) as store:
        batch = list(coder.code(read_articles([str(EXAMPLES)], report)))
        store.add_articles(batch)
        article = Article(id="located-kharkiv", text=LOCATED_TEXT, date="2024-05-03")
        events = coder.code_text(LOCATED_TEXT, date="2024-05-03", article_id=article.id)
        start = LOCATED_TEXT.index("Kharkiv")
        for event in events:
            event.location = {**KHARKIV, "start": start, "end": start + len("Kharkiv")}
        store.add_articles([(article, events)])
    with duckdb.connect(str(path)) as con:
        cluster_events(con)  # the clusters the API and the Clusters page show
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerThread:
    """uvicorn serving an app on a free loopback port, in a background thread."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def served_db(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> tuple[str, Path]:
    """(base URL, database) of one server per test session, shared by the serve tests."""
    if "server" not in _cache:
        db = build_db(tmp_path_factory.mktemp("serve") / "events.duckdb", coder)
        _cache["db"] = db
        _cache["server"] = ServerThread(create_app(db, coder_factory=lambda: coder)).start()
    return _cache["server"].url, _cache["db"]


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Iterator[tuple[str, Path]]:
    yield served_db(tmp_path_factory, coder)
    stop_served()


def stop_served() -> None:
    server = _cache.pop("server", None)
    if server is not None:
        server.stop()


@pytest.fixture(scope="session")
def api(served: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served[0], timeout=60) as client:
        yield client


@pytest.fixture(scope="session")
def db_rows(served: tuple[str, Path]) -> list[dict[str, Any]]:
    """Every stored event row, read straight from the file: the truth the API must match."""
    con = duckdb.connect(str(served[1]), read_only=True)
    try:
        cur = con.execute(f"SELECT {', '.join(EVENT_COLUMN_NAMES)} FROM events")
        return [dict(zip(EVENT_COLUMN_NAMES, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def all_pages(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Follow next_cursor to the end."""
    events: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = api.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        events += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return events


def most_common(values: list[Any]) -> Any:
    values = [v for v in values if v is not None]
    return max(set(values), key=values.count)


# -- meta ------------------------------------------------------------------------------------


def test_healthz_and_stats_count_what_the_file_holds(api, db_rows) -> None:
    assert api.get("/healthz").json() == {
        "status": "ok",
        "db": "events.duckdb",
        "events": len(db_rows),
    }
    stats = api.get("/api/stats").json()
    assert stats["articles"] == 21
    assert stats["events"] == len(db_rows)
    assert sum(stats["by_modality"].values()) == len(db_rows)
    asserted = [r for r in db_rows if r["modality"] == "asserted"]
    assert sum(stats["by_quad_class"].values()) == len(asserted)
    assert stats["events_with_location"] == sum(1 for r in db_rows if r["location"])
    assert stats["date_range"]["first"] <= stats["date_range"]["last"]


def test_openapi_docs_list_every_endpoint(api) -> None:
    assert api.get("/docs").status_code == 200
    paths = api.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/actors",
        "/api/dyads",
        "/api/articles/{article_id}",
        "/api/stats",
        "/api/code",
        "/api/export",
        "/healthz",
    ):
        assert path in paths
    documented = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "plover", "quad_class", "date_from", "q", "cursor"} <= documented


# -- /api/events filters -----------------------------------------------------------------------


def matches_actor(actor: dict | None, value: str) -> bool:
    return bool(actor) and value in (actor["actor_id"], actor["code"], actor["country"])


def test_default_is_asserted_and_modality_all_gives_every_event(api, db_rows) -> None:
    default = all_pages(api, limit=1000)
    assert {e["modality"] for e in default} == {"asserted"}
    assert len(default) == sum(1 for r in db_rows if r["modality"] == "asserted")
    assert api.get("/api/events", params={"modality": "all"}).json()["total"] == len(db_rows)
    negated = api.get("/api/events", params={"modality": "negated,hypothetical"}).json()
    assert negated["total"] == sum(
        1 for r in db_rows if r["modality"] in ("negated", "hypothetical")
    )


FILTER_CASES = [
    # (name, how to pick a value from the rows, query params, predicate on nested events)
    (
        "actor country, either role",
        lambda rows: most_common([r["source_country"] for r in rows]),
        lambda v: {"actor": v},
        lambda e, v: matches_actor(e["source"], v) or matches_actor(e["target"], v),
    ),
    (
        "actor id as source only",
        lambda rows: most_common([r["source_actor_id"] for r in rows]),
        lambda v: {"actor": v, "role": "source"},
        lambda e, v: matches_actor(e["source"], v),
    ),
    (
        "actor as target only",
        lambda rows: most_common([r["target_country"] for r in rows]),
        lambda v: {"actor": v, "role": "target"},
        lambda e, v: matches_actor(e["target"], v),
    ),
    (
        "source and target",
        lambda rows: most_common(
            [
                (r["source_country"], r["target_country"])
                for r in rows
                if r["source_country"] and r["target_country"]
            ]
        ),
        lambda v: {"source": v[0], "target": v[1]},
        lambda e, v: matches_actor(e["source"], v[0]) and matches_actor(e["target"], v[1]),
    ),
    (
        "PLOVER type",
        lambda rows: most_common([r["plover_type"] for r in rows]),
        lambda v: {"plover": v.lower()},
        lambda e, v: e["plover"]["type"] == v,
    ),
    (
        "CAMEO code prefix",
        lambda rows: most_common([r["cameo_code"][:2] for r in rows]),
        lambda v: {"cameo": v},
        lambda e, v: e["cameo"]["code"].startswith(v),
    ),
    (
        "CAMEO root",
        lambda rows: most_common([r["cameo_root"] for r in rows]),
        lambda v: {"cameo_root": v},
        lambda e, v: e["cameo"]["root"] == v,
    ),
    (
        "QuadClass",
        lambda rows: 4,
        lambda v: {"quad_class": str(v)},
        lambda e, v: e["quad_class"] == v,
    ),
    (
        "two QuadClasses",
        lambda rows: (1, 2),
        lambda v: {"quad_class": "1,2"},
        lambda e, v: e["quad_class"] in v,
    ),
    (
        "date range (month)",
        lambda rows: most_common([(r["date"] or "")[:7] for r in rows if r["date"]]),
        lambda v: {"date_from": v, "date_to": v},
        lambda e, v: (e["date"] or e["article_date"])[:7] == v,
    ),
    (
        "full-text search",
        lambda rows: "Iran",
        lambda v: {"q": "iran"},
        lambda e, v: "iran" in e["sentence"].lower(),
    ),
    (
        "location country",
        lambda rows: "UKR",
        lambda v: {"location_country": "ukr"},
        lambda e, v: (e["location"] or {}).get("country") == v,
    ),
    (
        "location place name, any case",
        lambda rows: "Kharkiv",
        lambda v: {"location_name": v.upper()},
        lambda e, v: place_name(e) == v.lower(),
    ),
]


def place_name(event: dict[str, Any]) -> str | None:
    """The located event's place as the map and `location_name` know it, lower case."""
    location = event["location"] or {}
    name = location.get("name") or location.get("text")
    return name.lower() if name else None


@pytest.mark.parametrize(
    "pick,params,predicate", [c[1:] for c in FILTER_CASES], ids=[c[0] for c in FILTER_CASES]
)
def test_each_filter_returns_exactly_the_matching_events(
    api, db_rows, pick, params, predicate
) -> None:
    value = pick([r for r in db_rows if r["modality"] == "asserted"])
    everything = all_pages(api, limit=1000)
    filtered = all_pages(api, limit=1000, **params(value))
    expected = {e["event_id"] for e in everything if predicate(e, value)}
    assert expected, f"the test database has no event for {value!r}"
    assert {e["event_id"] for e in filtered} == expected
    assert len(filtered) < len(everything)


def test_filters_combine_and_cursor_pages_cover_the_result_once(api) -> None:
    whole = api.get("/api/events", params={"modality": "all", "limit": 1000}).json()
    assert whole["next_cursor"] is None
    for sort in ("date", "-date", "goldstein", "-goldstein", "confidence", "-confidence"):
        paged = all_pages(api, modality="all", limit=7, sort=sort)
        ids = [e["event_id"] for e in paged]
        assert len(ids) == len(set(ids)) == whole["total"]
        key = sort.lstrip("-")
        values = (
            [e[key] or e["article_date"] or "" for e in paged]
            if key == "date"
            else [e[key] for e in paged]
        )
        assert values == sorted(values, reverse=sort.startswith("-"))
    both = api.get("/api/events", params={"quad_class": "3,4", "q": "the"}).json()
    assert all(e["quad_class"] in (3, 4) and "the" in e["sentence"].lower() for e in both["events"])


def test_a_cursor_keeps_its_place(api) -> None:
    first = api.get("/api/events", params={"limit": 5}).json()
    again = api.get("/api/events", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    once_more = api.get("/api/events", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    assert again == once_more
    assert not {e["event_id"] for e in first["events"]} & {e["event_id"] for e in again["events"]}


@pytest.mark.parametrize(
    "params,words",
    [
        ({"limit": 1001}, "limit"),
        ({"limit": 0}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"quad_class": "5"}, "quad_class"),
        ({"modality": "maybe"}, "modality"),
        ({"date_from": "March 2022"}, "date_from"),
        ({"sort": "sentence"}, "sort"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cameo": "1a"}, "cameo"),
        ({"cameo_root": "112"}, "cameo_root"),
        ({"role": "speaker"}, "role"),
        ({"location_country": "Ukraine"}, "location_country"),
        ({"actor": "x' OR 1=1 --;"}, "actor"),
        ({"colour": "red"}, "unknown parameter"),
    ],
)
def test_bad_filters_are_400_with_a_message(api, params, words) -> None:
    response = api.get("/api/events", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and words in body["error"]


def test_a_cursor_of_another_sort_is_refused(api) -> None:
    cursor = api.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    response = api.get("/api/events", params={"limit": 2, "cursor": cursor, "sort": "goldstein"})
    assert response.status_code == 400 and "sort" in response.json()["error"]


def test_search_text_is_data_not_sql(api, db_rows) -> None:
    for q in ("'; DROP TABLE events; --", "100%", "_", '"'):
        assert api.get("/api/events", params={"q": q, "modality": "all"}).status_code == 200
    assert api.get("/api/events", params={"q": "_"}).json()["total"] == 0
    assert api.get("/healthz").json()["events"] == len(db_rows)


@pytest.mark.parametrize("q", ["IRAN", "u.s.", ".", "(", "[a-z]", "\\x{41}", "a|b", "%", "é"])
def test_search_text_matches_literally_in_any_case(api, db_rows, q) -> None:
    """Regex and LIKE syntax in `q` is text to find, and letter case does not matter."""
    expected = {
        r["event_id"]
        for r in db_rows
        if r["modality"] == "asserted" and q.lower() in r["sentence"].lower()
    }
    found = {e["event_id"] for e in all_pages(api, q=q, limit=1000)}
    assert found == expected


def test_total_is_the_same_on_every_page_even_past_the_last(api) -> None:
    """The page's events are read after the count and sort: `total` counts the filter's
    events whatever the cursor, also on an empty page."""
    from eventwire.serve.queries import encode_cursor

    params = {"modality": "all", "quad_class": "1,2", "sort": "-date", "limit": 3}
    first = api.get("/api/events", params=params).json()
    second = api.get("/api/events", params={**params, "cursor": first["next_cursor"]}).json()
    assert first["total"] == second["total"] > 6
    assert first["count"] == second["count"] == 3
    past_the_end = encode_cursor("-date", "", "")  # nothing sorts before the empty date
    empty = api.get("/api/events", params={**params, "cursor": past_the_end}).json()
    assert empty == {"total": first["total"], "count": 0, "next_cursor": None, "events": []}


def test_page_events_are_the_stored_rows_in_sort_order(api, db_rows) -> None:
    """Each page is read back by row after sorting: every field matches the file, and
    the order is the sort's (ties broken by event id)."""
    by_id = {r["event_id"]: r for r in db_rows}
    for sort in ("-date", "goldstein", "-confidence"):
        page = api.get("/api/events", params={"modality": "all", "sort": sort}).json()
        key = sort.lstrip("-")
        for event in page["events"]:
            row = by_id[event["event_id"]]
            assert event["sentence"] == row["sentence"]
            assert event["goldstein"] == row["goldstein"]
            assert (event["source"] or {}).get("code") == row["source_code"]
            assert event["trigger"]["text"] == row["trigger_text"]
        keys = [
            ((e[key] or e["article_date"] or "") if key == "date" else e[key], e["event_id"])
            for e in page["events"]
        ]
        assert keys == sorted(keys, reverse=sort.startswith("-"))


# -- one event, one article ------------------------------------------------------------------


def test_event_has_its_evidence_and_article_link(api) -> None:
    events = all_pages(api, limit=1000, modality="all")
    event = next(e for e in events if e["source"] and e["target"] and e["attribution"])
    body = api.get(f"/api/events/{event['event_id']}").json()
    article = api.get(body["links"]["article"]).json()["article"]
    text = article["text"]
    assert body["article"]["article_id"] == event["article_id"]
    kinds = {span["kind"] for span in body["evidence"]}
    assert {"source", "target", "trigger", "speaker"} <= kinds
    for span in body["evidence"]:
        assert text[span["start"] : span["end"]] == span["text"]
    start = body["sentence_start"]
    assert text[start : start + len(body["sentence"])] == body["sentence"]


def test_article_has_text_and_every_span_of_its_events(api) -> None:
    article_id = "located-kharkiv"
    body = api.get(f"/api/articles/{article_id}").json()
    text = body["article"]["text"]
    assert text == LOCATED_TEXT
    assert body["events"] and all(e["article_id"] == article_id for e in body["events"])
    assert len(body["spans"]) >= 3 * len(body["events"])
    for span in body["spans"]:
        assert text[span["start"] : span["end"]] == span["text"]
    assert "Kharkiv" in {s["text"] for s in body["spans"] if s["kind"] == "location"}


@pytest.mark.parametrize("path", ["/api/events/0000000000000000", "/api/articles/no-such-id"])
def test_unknown_ids_are_404_json(api, path) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert "not found" in response.json()["error"]


def test_unknown_api_path_is_404_json(api) -> None:
    response = api.get("/api/nothing-here")
    assert response.status_code == 404 and response.json()["status"] == 404


# -- actors and dyads ------------------------------------------------------------------------


def test_actor_search_finds_by_name_and_counts(api) -> None:
    found = api.get("/api/actors", params={"q": "russia"}).json()["actors"]
    assert found
    assert all(
        "russia" in (a["name"] or "").lower() or "rus" in a["actor_key"].lower() for a in found
    )
    mentions = [a["mentions"] for a in found]
    assert mentions == sorted(mentions, reverse=True)
    assert all(a["mentions"] == a["as_source"] + a["as_target"] for a in found)
    everyone = api.get("/api/actors", params={"limit": 1000}).json()
    assert everyone["count"] > len(found)
    assert api.get("/api/actors", params={"limit": 5000}).status_code == 400


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_dyad_counts_both_directions_like_the_event_filters(api, db_rows, interval) -> None:
    asserted = [r for r in db_rows if r["modality"] == "asserted"]
    a, b = most_common(
        [
            (r["source_country"], r["target_country"])
            for r in asserted
            if r["source_country"]
            and r["target_country"]
            and r["source_country"] != r["target_country"]
        ]
    )
    dyad = api.get("/api/dyads", params={"a": a, "b": b, "interval": interval}).json()
    forward = api.get("/api/events", params={"source": a, "target": b}).json()["total"]
    backward = api.get("/api/events", params={"source": b, "target": a}).json()["total"]
    assert dyad["totals"]["a->b"]["events"] == forward > 0
    assert dyad["totals"]["b->a"]["events"] == backward
    for period in dyad["series"]:
        assert period["events"] == sum(period["by_quad_class"].values())
        assert sum(period["by_plover"].values()) <= period["events"]
        assert -10 <= period["mean_goldstein"] <= 10
    periods = [p["period"] for p in dyad["series"]]
    assert periods == sorted(periods)
    if interval == "month":
        assert all(p.endswith("-01") for p in periods)


def test_dyad_needs_two_actors_and_a_known_interval(api) -> None:
    assert api.get("/api/dyads", params={"a": "USA"}).status_code == 400
    bad = api.get("/api/dyads", params={"a": "USA", "b": "RUS", "interval": "hour"})
    assert bad.status_code == 400 and "interval" in bad.json()["error"]


# -- coding a text ---------------------------------------------------------------------------


def test_code_returns_events_and_stores_nothing(api, db_rows) -> None:
    text = "Russia accused Ukraine of shelling Donetsk on Friday."
    response = api.post("/api/code", json={"text": text, "date": "2023-03-17"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] is False and body["count"] == len(body["events"]) >= 1
    accuse = next(e for e in body["events"] if e["trigger"]["text"] == "accused")
    assert accuse["source"]["country"] == "RUS"
    assert accuse["date"] == "2023-03-17"
    assert text[accuse["trigger"]["start"] : accuse["trigger"]["end"]] == "accused"
    assert api.get("/healthz").json()["events"] == len(db_rows)


def test_code_refuses_to_store_on_a_read_only_server(api) -> None:
    response = api.post("/api/code", json={"text": "Russia accused Ukraine.", "store": True})
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"date": "2023-03-17"}', b'{"text": ""}', b'{"text": "x", "date": "17/3"}'],
)
def test_code_bad_body_is_422(api, content) -> None:
    response = api.post("/api/code", content=content, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["status"] == 422 and response.json()["error"]


def test_code_body_over_one_megabyte_is_413(api) -> None:
    big = json.dumps({"text": "Russia accused Ukraine. " * 45_000}).encode()
    assert len(big) > 1_000_000
    declared = api.post("/api/code", content=big, headers={"content-type": "application/json"})
    assert declared.status_code == 413 and "larger" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit must count as it reads
        for i in range(0, len(big), 65_536):
            yield big[i : i + 65_536]

    streamed = api.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert api.get("/healthz").status_code == 200


# -- exports ---------------------------------------------------------------------------------


def test_exports_in_every_format_apply_the_filters(api) -> None:
    params = {"quad_class": "3,4"}
    total = api.get("/api/events", params=params).json()["total"]
    assert total > 0

    jsonl = api.get("/api/export", params={**params, "format": "jsonl"})
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    assert len(records) == total and all(r["quad_class"] in (3, 4) for r in records)
    assert "events.jsonl" in jsonl.headers["content-disposition"]

    rows = list(
        csv.DictReader(io.StringIO(api.get("/api/export", params={**params, "format": "csv"}).text))
    )
    assert len(rows) == total and list(rows[0]) == list(EVENT_COLUMN_NAMES)

    parquet = api.get("/api/export", params={**params, "format": "parquet"})
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == total

    plover = [
        json.loads(x)
        for x in api.get("/api/export", params={**params, "format": "plover"}).text.split("\n")
        if x
    ]
    assert 0 < len(plover) <= total and all(r["event"] for r in plover)

    gdelt = api.get("/api/export", params={**params, "format": "gdelt"}).text.splitlines()
    assert gdelt[0].split("\t") == list(GDELT_COLUMNS) and len(gdelt) == total + 1


def test_export_with_location_filter_and_bad_format(api) -> None:
    located = api.get("/api/export", params={"format": "jsonl", "location_country": "UKR"})
    records = [json.loads(line) for line in located.text.splitlines()]
    assert records and all(r["location"]["country"] == "UKR" for r in records)
    bad = api.get("/api/export", params={"format": "xlsx"})
    assert bad.status_code == 400 and "format" in bad.json()["error"]


# -- real corpus -----------------------------------------------------------------------------


@pytest.mark.shared
def test_serving_a_database_of_real_news(shared_dir, coder, tmp_path) -> None:
    """Fifty WCEP summaries and fifty State Department releases, coded and served."""
    subset = tmp_path / "subset.jsonl"
    with subset.open("w", encoding="utf-8") as out:
        for name in ("wcep-2025-2026.jsonl.gz", "statedept-2021-2022.jsonl.gz"):
            with gzip.open(shared_dir / "corpus" / name, "rt", encoding="utf-8") as fh:
                out.writelines(itertools.islice(fh, 50))
    db = tmp_path / "real.duckdb"
    with EventStore(db) as store:  # read as the CLI reads (ingest normalises dates)
        store.add_articles(list(coder.code(read_articles([str(subset)], IngestReport()))))
    server = ServerThread(create_app(db)).start()
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            stats = client.get("/api/stats").json()
            assert stats["articles"] == 100 and stats["events"] > 100
            top = client.get("/api/actors", params={"limit": 2}).json()["actors"]
            a, b = top[0]["actor_key"], top[1]["actor_key"]
            assert client.get("/api/dyads", params={"a": a, "b": b}).status_code == 200
            page = client.get("/api/events", params={"actor": a, "limit": 1000}).json()
            assert page["total"] > 0
            assert client.get("/").status_code == 200
            assert client.get(f"/actors/{a}").status_code == 200
    finally:
        server.stop()


def test_several_server_processes_serve_the_same_read_only_file(
    served: tuple[str, Path],
) -> None:
    """`eventwire serve --workers 2`: two processes, one read-only file, same answers."""
    import subprocess
    import sys

    demo_db = served[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(demo_db)]
        + ["--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + 180  # two workers import spaCy: slow on a loaded machine
        while time.time() < deadline:
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("eventwire serve --workers 2 did not answer /healthz within 180 s")
        totals = {httpx.get(f"{url}/api/events", timeout=10).json()["total"] for _ in range(6)}
        assert len(totals) == 1 and totals.pop() > 0
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_clusters_count_each_happening_once_with_its_reports(api: httpx.Client, served) -> None:
    body = api.get("/api/clusters", params={"limit": 1000}).json()
    assert body["clustered"] is True and body["count"] > 0
    with duckdb.connect(str(served[1]), read_only=True) as con:
        stored = con.execute("SELECT cluster_id, event_id, num_articles FROM clusters").fetchall()
    assert {
        (c["cluster_id"], c["event"]["event_id"], c["num_articles"]) for c in body["clusters"]
    } == set(stored)
    counts = [c["num_articles"] for c in body["clusters"]]
    assert counts == sorted(counts, reverse=True)  # most reported first
    assert all(c["num_mentions"] >= c["num_events"] >= 1 for c in body["clusters"])
    several = api.get("/api/clusters", params={"min_articles": 2}).json()["clusters"]
    assert all(c["num_articles"] >= 2 for c in several)
    assert api.get("/api/clusters", params={"limit": 0}).status_code == 400


# -- the dashboard: location filter and map ----------------------------------------------------


class SvgMap(HTMLParser):
    """The country shapes and place circles of one <svg> in a page, each with its
    attributes and the href of the link around it."""

    def __init__(self, svg_id: str) -> None:
        super().__init__()
        self.svg_id = svg_id
        self.inside = False
        self.href: str | None = None
        self.shapes: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "svg" and found.get("id") == self.svg_id:
            self.inside = True
            self.viewbox = found.get("viewbox")
        elif self.inside and tag == "a":
            self.href = found.get("href")
        elif self.inside and tag in ("path", "circle"):
            self.shapes.append({"tag": tag, "href": self.href, **found})

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.href = None
        elif tag == "svg":
            self.inside = False


def read_map(html: str, svg_id: str = "map") -> SvgMap:
    parsed = SvgMap(svg_id)
    parsed.feed(html)
    return parsed


def countries_of(parsed: SvgMap) -> dict[str, dict[str, Any]]:
    return {s["data-country"]: s for s in parsed.shapes if "country" in s["class"].split()}


def located_per_country(events: list[dict[str, Any]]) -> Counter:
    return Counter(e["location"]["country"] for e in events if (e["location"] or {}).get("country"))


def test_overview_map_shades_every_country_by_its_located_events(api) -> None:
    events = all_pages(api, limit=1000)  # the overview's default: asserted events
    expected = located_per_country(events)
    assert expected["UKR"] > 0
    page = api.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    parsed = read_map(page.text)
    countries = countries_of(parsed)
    outlines = [s for s in parsed.shapes if s["tag"] == "path"]
    assert len(outlines) > 150  # the world's countries, not a handful
    assert all(s["d"].startswith("M") and "z" in s["d"] for s in outlines)
    shown = {iso3: int(s["data-count"]) for iso3, s in countries.items()}
    assert {k: v for k, v in shown.items() if v} == {
        k: v for k, v in expected.items() if k in shown
    }
    assert shown["FRA"] == expected.get("FRA", 0)  # a country, with or without events
    levels = {}
    for iso3, shape in countries.items():
        count = int(shape["data-count"])
        levels[count] = int(next(c for c in shape["class"].split() if c[:1] == "l")[1:])
        if count:  # a country with events links to them
            assert shape["href"].startswith(f"/events?location_country={iso3}")
        else:
            assert shape["href"] is None
    # no events: no shade; more events: never a lighter shade; the most: the darkest
    ordered = [levels[count] for count in sorted(levels)]
    assert ordered == sorted(ordered) and ordered[0] == 0 and ordered[-1] == 5


def test_map_places_link_to_their_events(api) -> None:
    events = all_pages(api, limit=1000)
    places = Counter(
        (e["location"].get("country"), place_name(e))
        for e in events
        if e["location"] and e["location"].get("lat") is not None
    )
    parsed = read_map(api.get("/").text)
    circles = [s for s in parsed.shapes if "map-point" in s["class"].split()]
    shown = Counter(
        {(c["data-country"] or None, c["data-name"].lower()): int(c["data-count"]) for c in circles}
    )
    assert shown == places
    kharkiv = next(c for c in circles if c["data-name"] == "Kharkiv")
    listed = api.get(kharkiv["href"])
    assert listed.status_code == 200
    total = int(listed.text.split('id="event-total">')[1].split("<")[0])
    assert total == int(kharkiv["data-count"]) == places[("UKR", "kharkiv")]


def test_location_filter_narrows_the_event_list_and_the_map(api) -> None:
    everything = api.get("/events").text
    ukraine = api.get("/events", params={"location_country": "ukr"})
    assert ukraine.status_code == 200
    expected = api.get("/api/events", params={"location_country": "UKR"}).json()["total"]

    def total(html: str) -> int:
        return int(html.split('id="event-total">')[1].split("<")[0])

    assert 0 < total(ukraine.text) == expected < total(everything)
    # the form keeps the value, and every row says where it happened
    assert 'name="location_country" value="UKR"' in ukraine.text
    rows = ukraine.text.count('<tr class="event-row"')
    assert rows == min(expected, 50) and ukraine.text.count('class="country-code"') == rows
    assert ">Kharkiv</a>" in ukraine.text
    # the overview with the filter shades Ukraine alone and marks it as selected
    countries = countries_of(read_map(api.get("/", params={"location_country": "UKR"}).text))
    assert {k for k, s in countries.items() if int(s["data-count"])} == {"UKR"}
    assert "selected" in countries["UKR"]["class"].split()
    # links from a filtered map keep the other filters
    four = countries_of(read_map(api.get("/", params={"quad_class": "4"}).text))
    linked = [s["href"] for s in four.values() if s["href"]]
    assert linked and all("quad_class=4" in href for href in linked)


def test_actor_page_has_a_map_of_its_events(api) -> None:
    events = all_pages(api, limit=1000, actor="UKR")
    expected = located_per_country(events)
    page = api.get("/actors/UKR")
    assert page.status_code == 200
    parsed = read_map(page.text, "actor-map")
    shown = {k: int(s["data-count"]) for k, s in countries_of(parsed).items()}
    assert {k: v for k, v in shown.items() if v} == dict(expected) and expected
    linked = [s["href"] for s in parsed.shapes if s["href"]]
    assert linked and all("actor=UKR" in href for href in linked)


def test_event_page_shows_where_it_happened(api) -> None:
    event = all_pages(api, limit=1000, article_id="located-kharkiv")[0]
    html = api.get(f"/events/{event['event_id']}").text
    where = html.split('id="location">')[1].split("</dd>")[0]
    assert ">Kharkiv</a>" in where and "Ukraine" in where and "49.99, 36.23" in where
    assert 'href="/events?location_country=UKR"' in where


def test_pages_served_from_the_row_cache_equal_pages_read_from_the_file(served) -> None:
    from eventwire.serve import queries as Q

    con = duckdb.connect(str(served[1]), read_only=True)
    try:
        cur = con.cursor()
        cache = Q.RowCache(max_rows=7)  # smaller than a page: rows are evicted as pages go
        for flt in (Q.EventFilter(), Q.EventFilter(quad_class=[4]), Q.EventFilter(quad_class=[1])):
            for sort in ("-date", "goldstein"):
                plain = Q.list_events(cur, flt, sort=sort, limit=20)
                for _ in range(2):  # cold, then from the cache
                    cached = Q.list_events(cur, flt, sort=sort, limit=20, cache=cache)
                    assert cached == plain
                    assert len(cache._rows) <= 7
    finally:
        con.close()
