"""`eventwire eval ...`: score the coder against public gold data (tables, or JSON with --json)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventwire.evaluate.actors import code_actors, evaluate_actors, read_gold
from eventwire.evaluate.corpus import in_half
from eventwire.evaluate.locations import code_locations, evaluate_locations
from eventwire.evaluate.locations import read_gold as read_location_gold
from eventwire.evaluate.petrarch import code_petrarch, evaluate_petrarch, read_petrarch_records
from eventwire.evaluate.plover import code_plover, evaluate_plover, read_plover
from eventwire.evaluate.plv import (
    NO_EVENT,
    PLV_LABELS,
    code_plv,
    code_plv_given,
    evaluate_plv,
    read_plv,
)
from eventwire.evaluate.polnear import code_polnear, evaluate_polnear, load_polnear

eval_app = typer.Typer(
    help="Measure the coder on public gold data (PLV, PolNeAR, PETRARCH, PLOVER, actors).",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")]
# Our own test sets (actors, locations, clusters) point into the corpus files of ../shared.
CorpusDirOpt = Annotated[
    Path, typer.Option(help="Folder of the corpus files the gold rows point into.")
]
DEFAULT_CORPUS_DIR = Path("../shared/corpus")
LimitOpt = Annotated[int | None, typer.Option(help="Score only the first N items.")]
ExamplesOpt = Annotated[
    bool, typer.Option("--examples", help="Keep the per-item errors in the JSON.")
]


def _coder(  # noqa: ANN202
    petrarch_actors: list[Path] | None = None,
    petrarch_agents: list[Path] | None = None,
    petrarch_verbs: list[Path] | None = None,
):
    """The coder (imported late: spaCy loading is slow and --help should not wait).

    With PETRARCH dictionaries, the coder's actor knowledge base is rebuilt with
    them, so that a peer's test suite can be coded with the actors it was written for.
    """
    from eventwire.pipeline import Coder

    coder = Coder(
        petrarch_actor_files=tuple(petrarch_actors or ()),
        petrarch_agent_files=tuple(petrarch_agents or ()),
        petrarch_verb_files=tuple(petrarch_verbs or ()),
    )
    return coder


def _emit(metrics: dict, as_json: bool, examples: bool, drop: str) -> bool:
    """Print JSON and say so; False means the caller prints tables instead."""
    if not as_json:
        return False
    if not examples:
        metrics = {k: v for k, v in metrics.items() if k != drop}
    sys.stdout.write(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    return True


def _need(path: Path) -> None:
    if not path.exists():
        err.print(f"[red]not found:[/] {path}")
        raise typer.Exit(2)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


@eval_app.command("plv")
def plv_cmd(
    path: Annotated[Path, typer.Argument(help="PLV TSV (marked_sentence, gold_root).")],
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
    examples: ExamplesOpt = False,
) -> None:
    """PLOVER type given the marked source/target pair, and end-to-end pair recall."""
    _need(path)
    rows = read_plv(path, limit)
    started = time.perf_counter()
    coder = _coder()
    metrics = evaluate_plv(code_plv(coder, rows), code_plv_given(coder, rows))
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    if _emit(metrics, as_json, examples, "errors"):
        return
    rep = metrics["given_pair"]
    summary = Table(title=f"PLV: {rep['n']} sentences")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    summary.add_row("type accuracy given pair", _pct(rep["accuracy"]))
    summary.add_row("macro-F1 given pair", f"{rep['macro_f1']:.3f}")
    summary.add_row("no event produced", _pct(metrics["no_event_rate"]))
    e2e = metrics["end_to_end"]
    summary.add_row("pair recall (end to end)", _pct(e2e["pair_recall"]))
    summary.add_row("type accuracy on recovered pairs", _pct(e2e["type_accuracy_on_recovered"]))
    out.print(summary)
    per = Table(title="per label (given pair)")
    for col in ("label", "P", "R", "F1", "gold", "pred"):
        per.add_column(col, justify="left" if col == "label" else "right")
    for label, s in rep["per_label"].items():
        per.add_row(
            label,
            f"{s['precision']:.2f}",
            f"{s['recall']:.2f}",
            f"{s['f1']:.2f}",
            str(s["n_gold"]),
            str(s["n_pred"]),
        )
    out.print(per)
    out.print(_confusion_table(rep["confusion"]))
    top = sorted(
        (c for c in rep["confusion"] if c["gold"] != c["pred"]), key=lambda c: -c["count"]
    )[:10]
    if top:
        out.print(
            "most common confusions: "
            + ", ".join(f"{c['gold']}->{c['pred']} {c['count']}" for c in top)
        )


def _confusion_table(confusion: list[dict]) -> Table:
    cols = [*PLV_LABELS, NO_EVENT]
    cells = {(c["gold"], c["pred"]): c["count"] for c in confusion}
    table = Table(title="confusion (rows gold, columns predicted)", box=None, padding=(0, 0))
    table.add_column("gold", no_wrap=True, min_width=10)
    for c in cols:
        table.add_column(c[:3], justify="right", no_wrap=True, min_width=4)
    for g in PLV_LABELS:
        row = []
        for p in cols:
            n = cells.get((g, p), 0)
            row.append("" if not n else f"[bold]{n}[/]" if g == p else str(n))
        table.add_row(g, *row)
    return table


@eval_app.command("polnear")
def polnear_cmd(
    directory: Annotated[Path, typer.Argument(help="PolNeAR compartment (text/, attributions/).")],
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Source, cue and content spans of attributions, exact and by overlap."""
    _need(directory)
    articles = load_polnear(directory, limit)
    started = time.perf_counter()
    metrics = evaluate_polnear(code_polnear(_coder(), articles))
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    if _emit(metrics, as_json, True, ""):
        return
    out.print(
        f"PolNeAR: {metrics['articles']} articles, {metrics['gold_attributions']} gold "
        f"attributions ({metrics['gold_with_cue_verb']} with a known cue verb)"
    )
    for name, scopes in metrics["systems"].items():
        table = Table(title=f"system '{name}'")
        for col in ("scope", "match", "role", "P", "R", "F1"):
            table.add_column(col, justify="right" if col in {"P", "R", "F1"} else "left")
        for scope, m in scopes.items():
            for match in ("exact", "overlap"):
                for role, s in m[match].items():
                    table.add_row(
                        scope,
                        match,
                        role,
                        f"{s['precision']:.2f}",
                        f"{s['recall']:.2f}",
                        f"{s['f1']:.2f}",
                    )
            t = m["content_token"]
            table.add_row(
                scope,
                "tokens",
                "content",
                f"{t['precision']:.2f}",
                f"{t['recall']:.2f}",
                f"{t['f1']:.2f}",
            )
            table.add_row(
                scope,
                "matched",
                "source exact",
                "",
                "",
                _pct(m["source_exact_on_matched"]),
            )
        out.print(table)


@eval_app.command("petrarch")
def petrarch_cmd(
    path: Annotated[Path, typer.Argument(help="PETRARCH validation records XML.")],
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
    examples: ExamplesOpt = False,
    petrarch_actors: Annotated[
        list[Path] | None,
        typer.Option(
            help="PETRARCH actor dictionary to code with (e.g. PETR.Validate.actors.txt)."
        ),
    ] = None,
    petrarch_agents: Annotated[
        list[Path] | None,
        typer.Option(
            help="PETRARCH agent dictionary to code with (e.g. PETR.Validate.agents.txt)."
        ),
    ] = None,
    petrarch_verbs: Annotated[
        list[Path] | None,
        typer.Option(help="PETRARCH verb dictionary to code with (e.g. PETR.Validate.verbs.txt)."),
    ] = None,
) -> None:
    """Expected CAMEO codes produced, extra events, comparable full tuples."""
    _need(path)
    records = read_petrarch_records(path, limit)
    started = time.perf_counter()
    coder = _coder(petrarch_actors, petrarch_agents, petrarch_verbs)
    known = set(coder.extractor.resolver.kb.countries)
    metrics = evaluate_petrarch(
        code_petrarch(coder, records), known, with_dictionaries=bool(petrarch_actors)
    )
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    if _emit(metrics, as_json, examples, "failures"):
        return
    table = Table(title=f"PETRARCH unit tests: {len(records)} records")
    table.add_column("measure")
    table.add_column("value", justify="right")
    n = metrics["records_with_events"]
    table.add_row("records with expected events", str(n))
    table.add_row("all expected CAMEO roots produced", _pct(metrics["root_pass_rate"]))
    table.add_row("all expected CAMEO codes produced", _pct(metrics["code_pass_rate"]))
    table.add_row(
        "expected events whose root / code is produced",
        f"{_pct(metrics['expected_root_recall'])} / {_pct(metrics['expected_code_recall'])}",
    )
    table.add_row(
        "expected / produced events", f"{metrics['expected_events']} / {metrics['produced_events']}"
    )
    table.add_row(
        "extra events (per record)",
        f"{metrics['extra_events']} ({metrics['extra_per_record']:.2f})",
    )
    table.add_row("no-event records left empty", _pct(metrics["no_event_records_empty"]))
    table.add_row("error/discard records skipped", str(metrics["error_records_skipped"]))
    ft = metrics["full_tuple"]
    table.add_row(
        "full tuples comparable / matched",
        f"{ft['comparable']} of {ft['expected_tuples']} / {_pct(ft['match_rate_on_comparable'])}",
    )
    out.print(table)
    out.print(f"[dim]{ft['note']}[/]")


@eval_app.command("plover")
def plover_cmd(
    path: Annotated[Path, typer.Argument(help="PLOVER JSON list or JSON lines.")],
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Event type, actor country and full-tuple precision/recall/F1."""
    _need(path)
    records = read_plover(path, limit)
    metrics = evaluate_plover(code_plover(_coder(), records))
    if _emit(metrics, as_json, True, ""):
        return
    table = Table(title=f"PLOVER: {metrics['records']} records")
    for col in ("measure", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    for name in ("event_type", "actor_country", "full_tuple"):
        s = metrics[name]
        table.add_row(name, f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}")
    out.print(table)


HalfOpt = Annotated[
    str | None,
    typer.Option(
        help="Score only half A or B of the items (by the MD5 of the item id): study one "
        "half, keep the other unread (docs/evaluation.md, blind splits)."
    ),
]


@eval_app.command("actors")
def actors_cmd(
    path: Annotated[
        Path, typer.Argument(help="Gold actor mentions TSV (e.g. tests/data/actors_gold.tsv).")
    ],
    corpus_dir: CorpusDirOpt = DEFAULT_CORPUS_DIR,
    limit: Annotated[int | None, typer.Option(help="Score only the first N mentions.")] = None,
    half: HalfOpt = None,
    as_json: JsonOpt = False,
    examples: ExamplesOpt = False,
    show: Annotated[int, typer.Option(help="Failures listed in the table view.")] = 40,
    from_events: Annotated[
        bool,
        typer.Option(
            "--from-events",
            help="Score a mention that is a coded event's source or target by the event's actor.",
        ),
    ] = False,
) -> None:
    """Country, sector and full-code accuracy of actor mentions, per hard-case category."""
    _need(path)
    _need(corpus_dir)
    gold = read_gold(path, limit)
    if half is not None:
        gold = [g for g in gold if in_half(g.item_id, half)]
    started = time.perf_counter()
    metrics = evaluate_actors(code_actors(_coder(), gold, corpus_dir, from_events))
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    if _emit(metrics, as_json, examples, "failures"):
        return
    table = Table(title=f"actors: {metrics['overall']['n']} gold mentions")
    for col in ("subset", "n", "country", "sector", "code"):
        table.add_column(col, justify="left" if col == "subset" else "right")

    def row(name: str, r: dict, style: str = "") -> None:
        cells = [_pct(r["country"]), _pct(r["sector"]), _pct(r["code"])]
        table.add_row(name, str(r["n"]), *cells, style=style)

    row("overall", metrics["overall"], "bold")
    for name, r in metrics["per_category"].items():
        row(name, r)
    for name, r in metrics["per_corpus"].items():
        row(name.split(".")[0], r, "dim")
    out.print(table)
    kept = _pct(metrics["unresolvable_kept_empty"])
    out.print(f"unresolvable mentions left without a code: {kept}")
    failures = metrics["failures"]
    if not failures:
        return
    fails = Table(title=f"failures ({len(failures)}, first {min(show, len(failures))})")
    for col in ("id", "span", "mention", "gold", "pred", "why"):
        fails.add_column(col, overflow="fold")
    for f in failures[:show]:
        fails.add_row(
            f["id"][:28],
            f"{f['span'][0]}-{f['span'][1]}",
            f["mention"],
            f["gold"],
            f["predicted"],
            "; ".join(f["why"]),
        )
    out.print(fails)


@eval_app.command("locations")
def locations_cmd(
    path: Annotated[
        Path, typer.Argument(help="Gold event locations TSV (e.g. tests/data/locations_gold.tsv).")
    ],
    corpus_dir: CorpusDirOpt = DEFAULT_CORPUS_DIR,
    limit: Annotated[int | None, typer.Option(help="Score only the first N events.")] = None,
    half: HalfOpt = None,
    as_json: JsonOpt = False,
    examples: ExamplesOpt = False,
    show: Annotated[int, typer.Option(help="Failures listed in the table view.")] = 60,
) -> None:
    """Correct country and correct place of event locations, per kind of case and method."""
    _need(path)
    _need(corpus_dir)
    gold = read_location_gold(path, limit)
    if half is not None:
        gold = [g for g in gold if in_half(g.item_id, half)]
    started = time.perf_counter()
    metrics = evaluate_locations(code_locations(_coder(), gold, corpus_dir))
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    if _emit(metrics, as_json, examples, "failures"):
        return
    table = Table(title=f"locations: {metrics['overall']['n']} gold events")
    for col in ("subset", "n", "country", "place"):
        table.add_column(col, justify="left" if col == "subset" else "right")
    for name, r, style in (
        ("overall", metrics["overall"], "bold"),
        ("events with a place", metrics["with_place"], ""),
    ):
        table.add_row(name, str(r["n"]), _pct(r["country"]), _pct(r["place"]), style=style)
    for name, r in metrics["per_note"].items():
        table.add_row(f"gold: {name}", str(r["n"]), _pct(r["country"]), _pct(r["place"]))
    for name, r in metrics["per_method"].items():
        table.add_row(
            f"method: {name}", str(r["n"]), _pct(r["country"]), _pct(r["place"]), style="dim"
        )
    out.print(table)
    out.print(
        f"events without a place left without one: {_pct(metrics['no_place_kept_empty'])}; "
        f"gold events the extractor did not code (located as stand-ins): {metrics['no_event']}"
    )
    failures = metrics["failures"]
    if not failures:
        return
    fails = Table(title=f"failures ({len(failures)}, first {min(show, len(failures))})")
    for col in ("id", "trigger", "gold", "predicted", "method", "country"):
        fails.add_column(col, overflow="fold")
    for f in failures[:show]:
        fails.add_row(
            f["id"][:28],
            f["trigger"][2],
            f["gold"],
            f["predicted"],
            f["method"],
            "ok" if f["country_ok"] else "wrong",
        )
    out.print(fails)


@eval_app.command("clusters")
def clusters_cmd(
    path: Annotated[
        Path, typer.Argument(help="Labelled event pairs TSV (e.g. tests/data/cluster_pairs.tsv).")
    ],
    corpus_dir: CorpusDirOpt = DEFAULT_CORPUS_DIR,
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
    examples: ExamplesOpt = False,
) -> None:
    """Precision and recall of "same event" for cross-story clustering on labelled pairs."""
    from eventwire.evaluate.clusters import code_pairs, evaluate_clusters, read_pairs

    _need(path)
    _need(corpus_dir)
    started = time.perf_counter()
    metrics = evaluate_clusters(code_pairs(_coder(), read_pairs(path, limit), corpus_dir))
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    if _emit(metrics, as_json, examples, "failures"):
        return
    table = Table(title=f"clusters: {metrics['pairs']} labelled pairs ({metrics['same']} same)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("precision (same event)", _pct(metrics["precision"]))
    table.add_row("recall (same event)", _pct(metrics["recall"]))
    table.add_row("tp / fp / fn / tn", "{tp} / {fp} / {fn} / {tn}".format(**metrics))
    table.add_row("pairs with an event the coder missed", str(metrics["events_not_found"]))
    both = metrics["given_both_coded"]
    table.add_row("precision, both events coded", _pct(both["precision"]))
    table.add_row("recall, both events coded", _pct(both["recall"]))
    out.print(table)
    cases = Table(title="accuracy per case")
    cases.add_column("case")
    cases.add_column("n", justify="right")
    cases.add_column("accuracy", justify="right")
    for case, c in metrics["per_case"].items():
        cases.add_row(case, str(c["n"]), _pct(c["accuracy"]))
    out.print(cases)
    for f in metrics["failures"]:
        out.print(f"[red]{f['gold']}[/] {f['pair']} {f['case']}: {f['why']}", highlight=False)


if __name__ == "__main__":
    eval_app()
