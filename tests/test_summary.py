"""The store summary: the numbers a user reads after a run, and the tables that show them."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from eventwire.records import ActorRef, Article, Cameo, Event, Plover, Span
from eventwire.store import EventStore
from eventwire.summary import print_summary, summary_data

ACTORS = {
    "USAGOV": ActorRef(
        "Washington", 0, 10, "United States government", None, "USA", "GOV", "USAGOV"
    ),
    "RUS": ActorRef("Russia", 0, 6, "Russia", None, "RUS", None, "RUS"),
    "UKR": ActorRef("Kyiv", 0, 4, "Ukraine", None, "UKR", None, "UKR"),
    "?": ActorRef("the Wagner men", 0, 14),  # kept, but no code
}
KINDS = {  # cameo code -> (root, PLOVER type, quad, goldstein)
    "112": ("11", "ACCUSE", 3, -2.0),
    "042": ("04", "CONSULT", 1, 1.9),
    "071": ("07", "AID", 2, 7.4),
    "190": ("19", "ASSAULT", 4, -10.0),
    "010": ("01", None, 1, 0.0),
}


def make_event(
    article: Article,
    n: int,
    source: str | None,
    target: str | None,
    code: str,
    modality: str = "asserted",
) -> Event:
    root, plover, quad, goldstein = KINDS[code]
    return Event(
        event_id=f"{article.id}-{n}",
        article_id=article.id,
        sentence_index=n,
        sentence="A sentence.",
        date=article.date,
        date_precision="day",
        article_date=article.date,
        source=ACTORS.get(source or ""),
        target=ACTORS.get(target or ""),
        trigger=Span("did", 2, 5),
        cameo=Cameo(code, root, code),
        plover=Plover(plover),
        goldstein=goldstein,
        quad_class=quad,
        modality=modality,
    )


@pytest.fixture
def store(tmp_path: Path):
    first = Article(id="a1", text="First article.", date="2022-02-24")
    second = Article(id="a2", text="Second article.", date="2022-02-25")
    with EventStore(tmp_path / "events.duckdb") as opened:
        opened.add_article(
            first,
            [
                make_event(first, 0, "USAGOV", "RUS", "112"),
                make_event(first, 1, "USAGOV", "RUS", "112"),
                make_event(first, 2, "USAGOV", "UKR", "071"),
                make_event(first, 3, "RUS", "UKR", "190"),
                make_event(first, 4, "RUS", None, "010"),
            ],
        )
        opened.add_article(
            second,
            [
                make_event(second, 0, "USAGOV", "UKR", "042"),
                make_event(second, 1, "RUS", "UKR", "190", modality="negated"),
                make_event(second, 2, "UKR", "RUS", "112", modality="future"),
            ],
        )
        yield opened


def test_summary_counts_asserted_events_by_default(store: EventStore) -> None:
    data = summary_data(store)
    assert (data["articles"], data["events_stored"], data["events"]) == (2, 8, 6)
    assert data["modalities"] == "asserted"
    assert data["by_quad"] == {1: 2, 2: 1, 3: 2, 4: 1}
    assert data["by_plover"] == {"ACCUSE": 2, "AID": 1, "ASSAULT": 1, "CONSULT": 1, "(none)": 1}
    assert data["by_modality"] == {"asserted": 6, "future": 1, "negated": 1}


def test_summary_ranks_actors_and_dyads(store: EventStore) -> None:
    data = summary_data(store, top=2)
    assert data["top_actors"] == [  # ties are broken by code
        {"code": "RUS", "name": "Russia", "as_source": 2, "as_target": 2, "total": 4},
        {
            "code": "USAGOV",
            "name": "United States government",
            "as_source": 4,
            "as_target": 0,
            "total": 4,
        },
    ]
    assert data["top_dyads"] == [
        {"source": "USAGOV", "target": "RUS", "events": 2, "mean_goldstein": -2.0},
        {"source": "USAGOV", "target": "UKR", "events": 2, "mean_goldstein": 4.65},
    ]


def test_all_modalities_are_counted_when_asked(store: EventStore) -> None:
    data = summary_data(store, include_all_modalities=True)
    assert data["events"] == 8 and data["by_quad"][4] == 2
    dyads = {(d["source"], d["target"]): d for d in data["top_dyads"]}
    assert dyads[("RUS", "UKR")]["events"] == 2
    assert data["by_modality"] == summary_data(store)["by_modality"]


def test_an_empty_store_summarises_to_zeros(tmp_path: Path) -> None:
    with EventStore(tmp_path / "empty.duckdb") as empty:
        data = summary_data(empty)
    assert data["events"] == 0 and data["by_quad"] == {1: 0, 2: 0, 3: 0, 4: 0}
    assert data["top_actors"] == [] and data["top_dyads"] == []


def test_printed_summary_names_quad_classes_and_hidden_modalities(store: EventStore) -> None:
    console = Console(record=True, width=120)
    print_summary(store, console)
    shown = console.export_text()
    for expected in (
        "1 verbal cooperation",
        "4 material conflict",
        "ASSAULT",
        "negated (not counted above)",
        "USAGOV → RUS",
        "-2.00",
        "asserted events only",
        "United States government",
    ):
        assert expected in shown, expected


def test_unresolved_mentions_are_listed_for_users_to_add(tmp_path: Path) -> None:
    article = Article(id="a3", text="Third article.", date="2023-06-24")
    store = EventStore(tmp_path / "unresolved.duckdb")
    store.add_article(
        article,
        [
            make_event(article, 0, "RUS", "?", "112"),
            make_event(article, 1, "UKR", "?", "112"),
            make_event(article, 2, "UKR", "RUS", "112"),
        ],
    )
    data = summary_data(store)
    assert data["top_unresolved"] == [{"mention": "the Wagner men", "events": 2}]
    console = Console(record=True, width=120)
    print_summary(store, console)
    assert "the Wagner men" in console.export_text()
