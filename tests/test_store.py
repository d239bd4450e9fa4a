"""The DuckDB event store, exercised on real files: identity, transactions, resume, reading."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from eventwire.records import ActorRef, Article, Attribution, Cameo, Event, Plover, Span
from eventwire.store import EventStore, StoreError

SRC = Path(__file__).resolve().parents[1] / "src"

TEXT = "Russia accused Ukraine of shelling Donetsk. Ukraine denied it. The talks may resume."


def actor(text: str, code: str, country: str | None, start: int = 0) -> ActorRef:
    return ActorRef(
        text=text,
        start=start,
        end=start + len(text),
        name=text.upper(),
        actor_id=f"id:{code}",
        country=country,
        sector=code[3:] or None,
        code=code,
    )


def make_article(article_id: str = "a1", text: str = TEXT, date: str = "2023-03-17") -> Article:
    return Article(
        id=article_id,
        text=text,
        date=date,
        title="Talks",
        source="TASS",
        url=f"https://example.org/{article_id}",
        place="MOSCOW",
        extras={"n": 1},
    )


def make_event(
    article: Article,
    n: int = 0,
    *,
    modality: str = "asserted",
    source: ActorRef | None = None,
    target: ActorRef | None = None,
    cameo: tuple[str, str, str] = ("112", "11", "Accuse"),
    plover: str | None = "ACCUSE",
    quad: int = 3,
    goldstein: float = -2.0,
    sentence_index: int = 0,
) -> Event:
    return Event(
        event_id=f"{article.id}-e{n}",
        article_id=article.id,
        sentence_index=sentence_index,
        sentence="Russia accused Ukraine of shelling Donetsk.",
        date=article.date,
        date_precision="day",
        article_date=article.date,
        source=source if source is not None else actor("Russia", "RUS", "RUS"),
        target=target if target is not None else actor("Ukraine", "UKR", "UKR", 15),
        trigger=Span("accused", 7 + n, 14 + n),
        cameo=Cameo(*cameo),
        plover=Plover(plover),
        goldstein=goldstein,
        quad_class=quad,
        modality=modality,
    )


@pytest.fixture
def store(tmp_path: Path):
    with EventStore(tmp_path / "events.duckdb") as opened:
        yield opened


def test_adding_the_same_article_twice_stores_it_once(store: EventStore) -> None:
    article = make_article()
    events = [make_event(article, 0), make_event(article, 1)]
    assert store.add_article(article, events) is True
    assert store.add_article(article, events) is False
    assert store.counts() == {"articles": 1, "events": 2, "actors": 2}


def test_articles_are_identified_by_id_else_by_text(store: EventStore) -> None:
    article = make_article("a1")
    store.add_article(article, [make_event(article)])
    same_text_other_id = make_article("copy-of-a1")
    same_id_new_text = make_article("a1", text="A corrected text.")
    assert store.has_article("copy-of-a1", same_text_other_id.content_hash)
    assert store.add_article(same_text_other_id, [make_event(same_text_other_id)]) is False
    assert store.add_article(same_id_new_text, []) is False
    assert not store.has_article("a2", make_article("a2", text="Other news.").content_hash)
    assert store.counts()["articles"] == 1


def test_a_failing_insert_leaves_nothing_half_written(store: EventStore) -> None:
    article = make_article()
    good = make_event(article, 0)
    broken = make_event(article, 1)
    broken.cameo = Cameo(None, "11", "Accuse")  # type: ignore[arg-type]  # code is NOT NULL
    with pytest.raises(duckdb.Error):
        store.add_article(article, [good, broken])
    assert store.counts() == {"articles": 0, "events": 0, "actors": 0}
    assert store.add_article(article, [good]) is True
    assert store.counts() == {"articles": 1, "events": 1, "actors": 2}


def test_a_batch_is_one_transaction_that_skips_repeats(store: EventStore) -> None:
    first, other = make_article("a1"), make_article("a2", text="Other news.")
    same_id, same_text = make_article("a1", text="Changed."), make_article("copy")
    batch = [(a, [make_event(a)]) for a in (first, same_id, same_text, other)]
    assert store.add_articles(batch) == [True, False, False, True]
    assert store.counts()["articles"] == 2 and store.counts()["events"] == 2
    broken = make_event(make_article("a3", text="Third."))
    broken.cameo = Cameo(None, "11", "Accuse")  # type: ignore[arg-type]
    with pytest.raises(duckdb.Error):
        store.add_articles(
            [
                (make_article("a4", text="Fourth."), []),
                (make_article("a3", text="Third."), [broken]),
            ]
        )
    assert store.counts()["articles"] == 2  # nothing of the failed batch was written


def test_known_event_ids_are_ignored_and_not_counted_again(store: EventStore) -> None:
    first, second = make_article("a1"), make_article("a2", text="Second text.")
    store.add_article(first, [make_event(first, 0)])
    repeated = make_event(first, 0)  # same event_id, reported again by another article
    store.add_article(second, [repeated, repeated, make_event(second, 0)])
    assert store.counts()["events"] == 2
    mentions = dict(store.query("SELECT actor_key, mentions FROM actors ORDER BY actor_key"))
    assert mentions == {"id:RUS": 2, "id:UKR": 2}


def test_actors_count_source_and_target_mentions(store: EventStore) -> None:
    article = make_article()
    biden = actor("Biden", "USAGOV", "USA")
    unresolved = ActorRef("some officials", 0, 14)
    store.add_article(
        article,
        [
            make_event(article, 0, source=biden),
            make_event(article, 1, target=biden),
            make_event(article, 2, source=unresolved),
        ],
    )
    rows = store.query(
        "SELECT actor_key, code, name, country, sector, mentions, as_source, as_target "
        "FROM actors ORDER BY actor_key"
    )
    assert rows == [
        ("id:RUS", "RUS", "RUSSIA", "RUS", None, 1, 1, 0),
        ("id:UKR", "UKR", "UKRAINE", "UKR", None, 2, 0, 2),
        ("id:USAGOV", "USAGOV", "BIDEN", "USA", "GOV", 2, 1, 1),
    ]


def test_iter_events_gives_back_the_nested_records_in_reading_order(store: EventStore) -> None:
    late = make_article("b", "Late text.", "2023-05-01")
    early = make_article("a", date="2023-01-02")
    undated = make_article("c", "Undated text.", date=None)  # type: ignore[arg-type]
    rich = make_event(early, 2, sentence_index=1, target=ActorRef("them", 3, 7))
    rich.attribution = Attribution(
        speaker=actor("Lavrov", "RUSGOV", "RUS"),
        cue=Span("said", 10, 14),
        content=None,
        direct=False,
    )
    rich.location = {"text": "Donetsk", "country": "UKR"}
    rich.group_id = "g1"
    no_target = make_event(early, 1, sentence_index=1)
    no_target.target = None
    store.add_article(late, [make_event(late, 0)])
    store.add_article(undated, [make_event(undated, 0)])
    store.add_article(early, [rich, no_target, make_event(early, 0)])

    events = list(store.iter_events())
    assert [e["event_id"] for e in events] == ["a-e0", "a-e1", "a-e2", "b-e0", "c-e0"]
    assert events[2] == rich.to_dict()
    assert events[1] == no_target.to_dict()
    assert list(events[0]) == list(make_event(early).to_dict())


def test_only_asserted_events_are_read_unless_all_modalities_are_asked(store: EventStore) -> None:
    article = make_article()
    modalities = ["asserted", "negated", "future", "hypothetical", "requested", "reported"]
    store.add_article(
        article, [make_event(article, i, modality=m) for i, m in enumerate(modalities)]
    )
    assert [e["modality"] for e in store.iter_events()] == ["asserted"]
    everything = store.iter_events(include_all_modalities=True)
    assert sorted(e["modality"] for e in everything) == sorted(modalities)


def test_resume_finds_the_last_unfinished_run_for_the_same_inputs(store: EventStore) -> None:
    assert store.last_unfinished_run(["x.jsonl"]) is None
    run_id = store.start_run(["x.jsonl", "y.jsonl"], {"workers": 1})
    assert store.last_unfinished_run(["y.jsonl", "x.jsonl"]) == run_id
    assert store.last_unfinished_run(["x.jsonl"]) is None
    store.finish_run(run_id, {"articles": 3}, status="interrupted")
    assert store.last_unfinished_run(["x.jsonl", "y.jsonl"]) == run_id
    store.finish_run(run_id, {"articles": 5})
    assert store.last_unfinished_run(["x.jsonl", "y.jsonl"]) is None
    status, counts = store.query("SELECT status, counts FROM runs WHERE id = ?", [run_id])[0]
    assert status == "done" and '"articles": 5' in counts


def test_the_store_survives_reopening_and_read_only_use(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with pytest.raises(StoreError):
        EventStore(path, read_only=True)
    with EventStore(path) as store:
        article = make_article()
        store.add_article(article, [make_event(article)])
    with EventStore(path, read_only=True) as reader:
        assert reader.counts() == {"articles": 1, "events": 1, "actors": 2}
        assert [e["event_id"] for e in reader.iter_events()] == ["a1-e0"]
        with pytest.raises(duckdb.Error):
            reader.add_article(make_article("a2", "Other."), [])


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(SRC)},
    )


def test_a_killed_run_keeps_every_article_it_committed(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    child = _run_python(f"""
        import os
        from eventwire.records import Article
        from eventwire.store import EventStore
        store = EventStore({str(path)!r})
        store.start_run(["in.jsonl"], {{}})
        for n in range(3):
            store.add_article(Article(id=f"a{{n}}", text=f"text {{n}}"), [])
        os._exit(9)  # killed: no close, no finish_run
    """)
    assert child.returncode == 9, child.stderr
    with EventStore(path) as store:
        assert store.counts()["articles"] == 3
        assert store.last_unfinished_run(["in.jsonl"]) is not None


def test_a_second_writer_is_told_the_file_is_busy(store: EventStore) -> None:
    child = _run_python(f"""
        from eventwire.store import EventStore, StoreError
        try:
            EventStore({str(store.path)!r})
        except StoreError as error:
            print(error)
    """)
    assert "one writer per file" in child.stdout, child.stderr
