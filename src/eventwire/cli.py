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
) -> None:
    """Code articles into events: store them in --db and/or write them to --out."""
    if db is None and out is None:
        err.print("[red]error:[/] give --db FILE and/or --out FILE")
        raise typer.Exit(2)
    from eventwire.pipeline import Coder  # spaCy import is slow: only when coding

    report = IngestReport()
    coder = Coder(
        model,
        actor_files=actors or (),
        lexicon_files=lexicon or (),
        petrarch_actor_files=petrarch_actors or (),
        petrarch_agent_files=petrarch_agents or (),
        petrarch_verb_files=petrarch_verbs or (),
        batch_size=batch_size,
    )
    skipped_lines = coder.kb_warnings + coder.lexicon_warnings
    for warning in skipped_lines[:10]:
        err.print(f"[yellow]dictionary:[/] {warning}", markup=True, highlight=False, soft_wrap=True)
    if len(coder.kb_warnings) > 10:
        err.print(
            f"[yellow]dictionary:[/] ... and {len(coder.kb_warnings) - 10} more lines skipped"
        )

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
            run_id = store.start_run(list(paths), {"model": model, "batch_size": batch_size})
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
            for article, events in _safe_code(
                coder, fresh(read_articles(paths, report, max_chars=max_chars)), report
            ):
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
) -> None:
    """Export stored events (asserted only, unless --all-modalities)."""
    from eventwire.export.formats import FORMATS, write_events
    from eventwire.store.duckdb_store import EventStore

    if format not in FORMATS:
        err.print(f"[red]error:[/] unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    _need_db(db)
    with EventStore(db, read_only=True) as store:
        events = store.iter_events(include_all_modalities=all_modalities)
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
    err.print(f"exported {n} events as {format}" + (f" to {output}" if output else ""))


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


if __name__ == "__main__":
    app()
