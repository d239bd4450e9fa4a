"""The `eventwire` command line: code, summary, export, actors."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.evaluate.cli import eval_app
from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport
from eventwire.nlp.pipeline import DEFAULT_MODEL
from eventwire.records import Article

app = typer.Typer(
    help="eventwire: news in, evidence-linked political event records (CAMEO + PLOVER) out.",
    no_args_is_help=True,
    add_completion=False,
)
actors_app = typer.Typer(help="Inspect the actor knowledge base.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
app.add_typer(eval_app, name="eval")

err = Console(stderr=True)
# Coded articles stored per DuckDB transaction: short items would otherwise spend more
# time committing than parsing. A killed run loses at most this many (--resume redoes them).
STORE_BATCH = 64


# Options shared by several commands: declared once.
ModelOpt = Annotated[str, typer.Option(help="spaCy pipeline: package name or path.")]
ActorFilesOpt = Annotated[
    list[Path] | None, typer.Option(help="Extra actor file(s), our TSV schema.")
]
PetrarchActorsOpt = Annotated[
    list[Path] | None, typer.Option(help="PETRARCH/Phoenix actor dictionary file(s).")
]
PetrarchAgentsOpt = Annotated[
    list[Path] | None, typer.Option(help="PETRARCH/Phoenix agent dictionary file(s).")
]
AllModalitiesOpt = Annotated[
    bool,
    typer.Option("--all-modalities", help="Also negated, hypothetical, requested... events."),
]
DbOpt = Annotated[Path, typer.Option(help="DuckDB file written by `eventwire code`.")]


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: Annotated[
        Path | None, typer.Option(help="DuckDB file to store articles and events.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write events as JSONL here ('-' = stdout).")
    ] = None,
    model: ModelOpt = DEFAULT_MODEL,
    actors: ActorFilesOpt = None,
    lexicon: Annotated[
        list[Path] | None, typer.Option(help="Extra lexicon file(s), our TSV schema.")
    ] = None,
    petrarch_actors: PetrarchActorsOpt = None,
    petrarch_agents: PetrarchAgentsOpt = None,
    petrarch_verbs: Annotated[
        list[Path] | None,
        typer.Option(help="PETRARCH verb dictionary file(s), e.g. CAMEO.2.0.txt."),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue the last unfinished run on these inputs.")
    ] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per spaCy batch.")] = 32,
    max_chars: Annotated[int, typer.Option(help="Skip articles longer than this.")] = 1_000_000,
    all_modalities: Annotated[
        bool,
        typer.Option(
            "--all-modalities",
            help="With --out: also write negated, hypothetical, requested... events.",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(help="Worker processes (default: all cores); with ray: local CPUs."),
    ] = None,
    engine: Annotated[
        str, typer.Option(help="local (this machine) | ray (Ray Data, writes --output-dir).")
    ] = "local",
    ray_address: Annotated[
        str | None, typer.Option(help="Ray cluster to join (default: start one here).")
    ] = None,
    output_dir: Annotated[
        str | None,
        typer.Option(help="With --engine ray: Parquet dataset folder or URI (s3://...)."),
    ] = None,
    shard_size: Annotated[
        int, typer.Option(help="With --engine ray: input lines per task (unit of retry).")
    ] = 512,
) -> None:
    """Code articles into events: store them in --db and/or write them to --out."""
    from eventwire.scale.workers import default_workers

    workers = workers or default_workers()
    coder_options = {
        "model": model,
        "actor_files": tuple(actors or ()),
        "lexicon_files": tuple(lexicon or ()),
        "petrarch_actor_files": tuple(petrarch_actors or ()),
        "petrarch_agent_files": tuple(petrarch_agents or ()),
        "petrarch_verb_files": tuple(petrarch_verbs or ()),
        "batch_size": batch_size,
    }
    if engine == "ray":
        _code_on_ray(
            paths, output_dir, db, out, ray_address, workers, coder_options, max_chars, shard_size
        )
        return
    if engine != "local":
        err.print(f"[red]error:[/] unknown engine {engine!r}; choose local or ray")
        raise typer.Exit(2)
    if db is None and out is None:
        err.print("[red]error:[/] give --db FILE and/or --out FILE")
        raise typer.Exit(2)
    from eventwire.pipeline import Coder  # spaCy import is slow: only when coding

    report = IngestReport()
    coder = Coder(**coder_options)
    skipped_lines = coder.kb_warnings + coder.lexicon_warnings
    for warning in skipped_lines[:10]:
        err.print(f"[yellow]dictionary:[/] {warning}", markup=True, highlight=False, soft_wrap=True)
    if len(coder.kb_warnings) > 10:
        err.print(
            f"[yellow]dictionary:[/] ... and {len(coder.kb_warnings) - 10} more lines skipped"
        )
    pool = None
    if workers > 1:  # started before the store opens: workers inherit no open database
        from eventwire.scale.workers import CoderPool

        pool = CoderPool(coder, workers, coder_options)

    store = None
    run_id = None
    if db is not None:
        from eventwire.store.duckdb_store import EventStore

        store = EventStore(db)
        if resume:
            run_id = store.last_unfinished_run(list(paths))
            if run_id:
                err.print(f"resuming run {run_id}: articles already stored are skipped")
        if run_id is None:
            run_id = store.start_run(
                list(paths), {"model": model, "batch_size": batch_size, "workers": workers}
            )
    out_handle = None
    if out is not None:
        out_handle = sys.stdout if str(out) == "-" else out.open("w", encoding="utf-8")
    counts: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    words = 0
    started = time.perf_counter()

    pending: list[tuple[Article, list]] = []  # coded, not yet stored: one transaction

    def flush() -> None:
        if store is None or not pending:
            return
        for (_, events), new in zip(pending, store.add_articles(pending), strict=True):
            if new:
                counts["stored"] += 1
                counts["events stored"] += len(events)
            else:
                counts["duplicate of a stored article"] += 1
        pending.clear()

    def fresh(articles: Iterator[Article]) -> Iterator[Article]:
        for a in articles:
            if store is not None and store.has_article(a.id, a.content_hash):
                counts["already stored"] += 1
                continue
            yield a

    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]coding[/]"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )
    try:
        with progress:
            task = progress.add_task("code", total=None, rate="", events=0)
            articles = fresh(read_articles(paths, report, max_chars=max_chars))
            coded = (
                _safe_code(coder, articles, report)
                if pool is None
                else _pooled_code(pool, articles, report)
            )
            for article, events in coded:
                counts["coded"] += 1
                words += len(article.text.split())
                for e in events:
                    modalities[e.modality] += 1
                if store is not None:
                    pending.append((article, events))
                    if len(pending) >= STORE_BATCH:
                        flush()
                if out_handle is not None:
                    for e in events:
                        if all_modalities or e.modality == "asserted":
                            out_handle.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
                            counts["events written"] += 1
                elapsed = time.perf_counter() - started
                progress.update(
                    task,
                    advance=1,
                    events=sum(modalities.values()),
                    rate=f"{counts['coded'] / elapsed:.1f} art/s",
                )
        flush()
    except KeyboardInterrupt:
        flush()
        err.print("[yellow]interrupted[/]: what was coded is stored; re-run with --resume")
        if store is not None and run_id:
            store.finish_run(run_id, dict(counts), status="interrupted")
            store.close()
        raise typer.Exit(130) from None
    finally:
        if pool is not None:
            pool.close(wait=False)  # all results are in (or the run was interrupted)
        if out_handle is not None and out_handle is not sys.stdout:
            out_handle.close()
    elapsed = time.perf_counter() - started
    if store is not None and run_id:
        store.finish_run(run_id, {**counts, "skipped": report.skipped}, status="done")
        store.close()
    _closing_summary(report, counts, modalities, words, elapsed)
    if counts["coded"] == 0 and counts["already stored"] == 0:
        err.print("[red]error:[/] nothing could be coded (see the reasons above)")
        raise typer.Exit(1)


def _safe_code(coder, articles: Iterator[Article], report: IngestReport):  # noqa: ANN001, ANN202
    """Code articles; an article that fails is reported and the batch goes on."""
    for article, doc in coder.parse(articles):
        try:
            events = coder.code_doc(article, doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
            report.skip(article.origin or article.id, f"coding failed: {type(exc).__name__}: {exc}")
            continue
        yield article, events


def _pooled_code(pool, articles: Iterator[Article], report: IngestReport):  # noqa: ANN001, ANN202
    """Code articles in worker processes, in input order; failures reported as by _safe_code."""
    for article, outcome in pool.code(articles):
        if isinstance(outcome, str):
            report.skip(article.origin or article.id, outcome)
            continue
        yield article, outcome


def _code_on_ray(
    paths: list[str],
    output_dir: str | None,
    db: Path | None,
    out: Path | None,
    ray_address: str | None,
    workers: int,
    coder_options: dict,
    max_chars: int,
    shard_size: int,
) -> None:
    """`code --engine ray`: Ray Data writes a Parquet dataset; --db also loads it."""
    if output_dir is None:
        err.print("[red]error:[/] --engine ray writes Parquet: give --output-dir DIR")
        raise typer.Exit(2)
    if out is not None:
        err.print("[red]error:[/] --out is for --engine local; ray writes --output-dir")
        raise typer.Exit(2)
    from eventwire.scale.ray_engine import run_ray

    result = run_ray(
        paths,
        output_dir,
        coder_options=coder_options,
        max_chars=max_chars,
        shard_size=shard_size,
        ray_address=ray_address,
        num_cpus=workers,
        console=err,
    )
    result.print_summary(err)
    if db is not None:
        _load_parquet(output_dir, db)
    if result.articles == 0 and result.shards_skipped == 0:
        err.print("[red]error:[/] nothing could be coded (see the reasons above)")
        raise typer.Exit(1)


def _load_parquet(parquet_dir: str, db: Path) -> None:
    from eventwire.scale.parquet import load_into_store
    from eventwire.store.duckdb_store import EventStore

    with EventStore(db) as store:
        counts = load_into_store(parquet_dir, store)
    err.print(
        f"loaded {counts['articles']} new articles and {counts['events']} new events "
        f"into {db} ({counts['already stored']} articles already there)"
    )


def _closing_summary(
    report: IngestReport, counts: Counter[str], modalities: Counter[str], words: int, elapsed: float
) -> None:
    table = Table(title="eventwire code", show_header=False, box=None)
    read = report.read
    table.add_row("articles read", str(read))
    table.add_row("coded", str(counts["coded"]))
    if counts["stored"] or counts["duplicate of a stored article"]:
        table.add_row("  stored", str(counts["stored"]))
        table.add_row(
            "  duplicate of a stored article", str(counts["duplicate of a stored article"])
        )
    table.add_row("already stored (same id, skipped)", str(counts["already stored"]))
    table.add_row("skipped (bad input)", str(report.skipped))
    table.add_row("warnings", str(report.warnings))
    table.add_row("events", ", ".join(f"{k} {v}" for k, v in modalities.most_common()) or "0")
    if counts["events written"]:
        table.add_row("events written", str(counts["events written"]))
    rate = counts["coded"] / elapsed if elapsed else 0.0
    table.add_row(
        "speed", f"{rate:.1f} articles/s, {words / elapsed if elapsed else 0:,.0f} words/s"
    )
    err.print(table)
    if report.problems:
        kinds = report.reasons_by_kind()
        err.print("[bold]problems[/] " + ", ".join(f"{k}: {v}" for k, v in kinds.items()))
        for problem in report.problems[:25]:
            err.print(f"  {problem}", markup=False, highlight=False, soft_wrap=True)
        if len(report.problems) > 25:
            err.print(f"  ... and {len(report.problems) - 25} more")


@app.command()
def summary(
    db: DbOpt,
    all_modalities: AllModalitiesOpt = False,
    top: Annotated[int, typer.Option(help="Rows in the top-actor and top-dyad tables.")] = 10,
) -> None:
    """Counts by QuadClass, PLOVER type and modality; top actors and dyads."""
    from eventwire.store.duckdb_store import EventStore
    from eventwire.summary import print_summary

    _need_db(db)
    with EventStore(db, read_only=True) as store:
        print_summary(store, Console(), include_all_modalities=all_modalities, top=top)


@app.command()
def export(
    db: DbOpt,
    format: Annotated[str, typer.Option(help="jsonl | csv | parquet | plover | gdelt")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option(help="Output file (default: stdout; parquet needs a file).")
    ] = None,
    all_modalities: AllModalitiesOpt = False,
    clusters: Annotated[
        bool,
        typer.Option(
            "--clusters",
            help="One row per cluster (its representative event, with num_mentions, "
            "num_articles, num_sources, first/last report); run `eventwire cluster` first.",
        ),
    ] = False,
    location_country: Annotated[
        str | None,
        typer.Option(
            "--location-country",
            metavar="ISO3",
            help="Only events located in this country (ISO 3166 alpha-3, e.g. UKR).",
        ),
    ] = None,
) -> None:
    """Export stored events (asserted only, unless --all-modalities), or clusters."""
    from eventwire.export.formats import FORMATS, iter_cluster_records, write_events
    from eventwire.store.duckdb_store import EventStore

    if format not in FORMATS:
        err.print(f"[red]error:[/] unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    _need_db(db)
    with EventStore(db, read_only=True) as store:
        events = store.iter_events(include_all_modalities=all_modalities)
        if clusters:
            if not store.query(
                "SELECT 1 FROM information_schema.tables WHERE table_name = ?", ["clusters"]
            ):
                err.print(f"[red]error:[/] no clusters in {db}: run `eventwire cluster --db {db}`")
                raise typer.Exit(2)
            events = iter_cluster_records(store)
        if location_country:
            wanted = location_country.strip().upper()
            events = (e for e in events if ((e.get("location") or {}).get("country") == wanted))
        if format == "parquet":
            if output is None:
                err.print("[red]error:[/] --format parquet needs --output FILE")
                raise typer.Exit(2)
            n = write_events(events, format, output)
        elif output is None:
            n = write_events(events, format, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = write_events(events, format, fh)
    what = "clusters" if clusters else "events"
    err.print(f"exported {n} {what} as {format}" + (f" to {output}" if output else ""))


@app.command()
def cluster(db: DbOpt) -> None:
    """Group events that report the same happening across articles (incremental)."""
    from eventwire.cluster import clusterer

    _need_db(db)
    con = clusterer.open_for_clustering(db)
    try:
        todo = clusterer.count_unclustered(con)
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]clustering[/]"),
            BarColumn(bar_width=None),
            TextColumn("{task.completed}/{task.total} events"),
            TimeElapsedColumn(),
            console=err,
        )
        with progress:
            task = progress.add_task("cluster", total=todo)
            run = clusterer.cluster_events(con, progress=lambda n: progress.advance(task, n))
        total = con.execute("SELECT count(*), sum(num_events > 1)::INT FROM clusters").fetchone()
    finally:
        con.close()
    err.print(
        f"clustered {run.events} new events: {run.founded} new clusters, "
        f"{run.joined_existing} joined clusters of earlier runs or chunks, "
        f"{run.joined_new} joined clusters of this run; the store now has {total[0]} clusters "
        f"({total[1] or 0} with more than one event)"
    )


@app.command()
def load(
    parquet_dir: Annotated[str, typer.Argument(help="Folder written by `code --engine ray`.")],
    db: Annotated[Path, typer.Option(help="DuckDB file to load into (created if missing).")],
    views: Annotated[
        bool,
        typer.Option(
            "--views", help="Copy nothing: make --db a new file of views over the Parquet."
        ),
    ] = False,
) -> None:
    """Load a Parquet dataset written by `code --engine ray` into DuckDB (idempotent)."""
    if views:
        from eventwire.scale.parquet import create_views

        create_views(parquet_dir, str(db))
        err.print(f"{db}: events, articles and actors are views over {parquet_dir}")
        return
    _load_parquet(parquet_dir, db)


@actors_app.command("lookup")
def actors_lookup(
    text: Annotated[str, typer.Argument(help='A mention, e.g. "Vladimir Putin".')],
    date: Annotated[str | None, typer.Option(help="The article date, YYYY-MM-DD.")] = None,
    model: ModelOpt = DEFAULT_MODEL,
    actors: ActorFilesOpt = None,
    petrarch_actors: PetrarchActorsOpt = None,
    petrarch_agents: PetrarchAgentsOpt = None,
) -> None:
    """Show what the resolver decides for a mention on a date, and why."""
    from eventwire.actors.kb import load_kb
    from eventwire.actors.resolver import Resolver, lookup
    from eventwire.nlp.pipeline import load_nlp

    kb = load_kb(tuple(actors or ()), tuple(petrarch_actors or ()), tuple(petrarch_agents or ()))
    resolver = Resolver(kb)
    _, res = lookup(text, date, resolver, load_nlp(model))
    table = Table(show_header=False, box=None)
    for key in ("name", "actor_id", "country", "sector", "code", "kind"):
        table.add_row(key, str(getattr(res, key)))
    table.add_row("why", "; ".join(res.why) or "no cue matched")
    Console().print(table)


def _need_db(db: Path) -> None:
    if not db.exists():
        err.print(
            f"[red]error:[/] no database at {db} (create one with `eventwire code ... --db {db}`)"
        )
        raise typer.Exit(2)


@app.command()
def serve(
    db: DbOpt,
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback unless told otherwise).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[
        int, typer.Option(help="Server processes (each opens the file read-only).")
    ] = 1,
) -> None:
    """Serve the REST API (/docs) and the dashboard over a database, read-only."""
    import os

    import uvicorn

    from eventwire.serve.app import DB_ENV, create_app
    from eventwire.store.duckdb_store import StoreError

    _need_db(db)
    try:
        web_app = create_app(db)  # also checks the file before any worker starts
    except StoreError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    err.print(f"serving {db} (read-only) on http://{host}:{port}/ · API docs at /docs")
    if workers > 1:
        os.environ[DB_ENV] = str(db)
        uvicorn.run(
            "eventwire.serve.app:app_from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
        )
    else:
        uvicorn.run(web_app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
