"""What is in a store, at a glance: counts by QuadClass, PLOVER type, modality, actors, dyads.

`summary_data` computes the numbers (tests and tools use it); `print_summary` shows them as
rich tables. Everything except the modality table honours the modality filter, which by
default keeps only asserted events, as exports do.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from eventwire.store import EventStore
from eventwire.store.duckdb_store import DEFAULT_MODALITY

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
NO_PLOVER_TYPE = "(none)"


def _modality_filter(include_all_modalities: bool) -> tuple[str, list[Any]]:
    """A SQL condition and its parameters; the condition text never holds user data."""
    if include_all_modalities:
        return "TRUE", []
    return "modality = ?", [DEFAULT_MODALITY]


def _counts_by(store: EventStore, column: str, where: str, params: list[Any]) -> dict[Any, int]:
    rows = store.query(
        f"SELECT {column}, count(*) AS n FROM events WHERE {where} "
        f"GROUP BY {column} ORDER BY n DESC, {column} NULLS LAST",
        params,
    )
    return {value: count for value, count in rows}


def _top_actors(store: EventStore, where: str, params: list[Any], top: int) -> list[dict]:
    rows = store.query(
        f"""WITH mentions AS (
              SELECT source_code AS code, coalesce(source_name, source_text) AS name,
                     1 AS as_source, 0 AS as_target
              FROM events WHERE source_code IS NOT NULL AND {where}
              UNION ALL
              SELECT target_code, coalesce(target_name, target_text), 0, 1
              FROM events WHERE target_code IS NOT NULL AND {where})
            SELECT code, mode(name), sum(as_source), sum(as_target), count(*) AS total
            FROM mentions GROUP BY code ORDER BY total DESC, code LIMIT ?""",
        [*params, *params, top],
    )
    return [
        {
            "code": code,
            "name": name,
            "as_source": int(as_source),
            "as_target": int(as_target),
            "total": total,
        }
        for code, name, as_source, as_target, total in rows
    ]


def _top_dyads(store: EventStore, where: str, params: list[Any], top: int) -> list[dict]:
    rows = store.query(
        f"""SELECT source_code, target_code, count(*) AS n, avg(goldstein)
            FROM events
            WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND {where}
            GROUP BY source_code, target_code
            ORDER BY n DESC, source_code, target_code LIMIT ?""",
        [*params, top],
    )
    return [
        {"source": source, "target": target, "events": count, "mean_goldstein": round(mean, 2)}
        for source, target, count, mean in rows
    ]


def _top_unresolved(store: EventStore, where: str, params: list[Any], top: int) -> list[dict]:
    """Mentions kept without a code: what users should add to their actor files."""
    rows = store.query(
        f"""WITH m AS (
              SELECT source_text AS mention FROM events
              WHERE source_code IS NULL AND source_text IS NOT NULL AND {where}
              UNION ALL
              SELECT target_text FROM events
              WHERE target_code IS NULL AND target_text IS NOT NULL AND {where})
            SELECT mention, count(*) AS n FROM m GROUP BY mention
            ORDER BY n DESC, mention LIMIT ?""",
        [*params, *params, top],
    )
    return [{"mention": mention, "events": n} for mention, n in rows]


def summary_data(
    store: EventStore, *, include_all_modalities: bool = False, top: int = 10
) -> dict[str, Any]:
    """The numbers `print_summary` shows, as plain data."""
    where, params = _modality_filter(include_all_modalities)
    by_quad = _counts_by(store, "quad_class", where, params)
    by_plover = _counts_by(store, "plover_type", where, params)
    totals = store.counts()
    return {
        "articles": totals["articles"],
        "events_stored": totals["events"],
        "events": sum(by_quad.values()),
        "modalities": "all" if include_all_modalities else DEFAULT_MODALITY,
        "by_quad": {quad: by_quad.get(quad, 0) for quad in QUAD_NAMES}
        | {quad: n for quad, n in by_quad.items() if quad not in QUAD_NAMES},
        "by_plover": {NO_PLOVER_TYPE if kind is None else kind: n for kind, n in by_plover.items()},
        "by_modality": _counts_by(store, "modality", "TRUE", []),
        "top_actors": _top_actors(store, where, params, top),
        "top_dyads": _top_dyads(store, where, params, top),
        "top_unresolved": _top_unresolved(store, where, params, top),
    }


def _table(title: str, *columns: str, text_columns: int = 1) -> Table:
    """A table whose first `text_columns` columns are text (left) and the rest numbers."""
    table = Table(title=title, title_justify="left", title_style="bold")
    for index, column in enumerate(columns):
        table.add_column(column, justify="left" if index < text_columns else "right")
    return table


def print_summary(
    store: EventStore, console: Console, *, include_all_modalities: bool = False, top: int = 10
) -> None:
    """Show what a store holds; says which modalities the counts include."""
    data = summary_data(store, include_all_modalities=include_all_modalities, top=top)
    scope = "all modalities" if include_all_modalities else "asserted events only"

    totals = _table("Totals", "what", "count")
    totals.add_row("articles", str(data["articles"]))
    totals.add_row("events stored (all modalities)", str(data["events_stored"]))
    totals.add_row(f"events counted below ({scope})", str(data["events"]))
    console.print(totals)
    if not include_all_modalities:
        console.print(
            "[dim]The tables below count asserted events only; "
            "'By modality' shows what that leaves out.[/dim]"
        )

    quads = _table("By QuadClass", "quad class", "events")
    for quad, count in data["by_quad"].items():
        quads.add_row(f"{quad} {QUAD_NAMES.get(quad, '(unknown)')}", str(count))
    console.print(quads)

    plover = _table("By PLOVER type", "type", "events")
    for kind, count in data["by_plover"].items():
        plover.add_row(kind, str(count))
    console.print(plover)

    modality = _table("By modality (all stored events)", "modality", "events")
    for kind, count in data["by_modality"].items():
        note = "" if kind == DEFAULT_MODALITY or include_all_modalities else " (not counted above)"
        modality.add_row(f"{kind}{note}", str(count))
    console.print(modality)

    actors = _table(
        f"Top {top} actors", "code", "most frequent name", "as source", "as target", text_columns=2
    )
    for actor in data["top_actors"]:
        actors.add_row(
            actor["code"], actor["name"] or "", str(actor["as_source"]), str(actor["as_target"])
        )
    console.print(actors)

    dyads = _table(f"Top {top} dyads", "source → target", "events", "mean Goldstein")
    for dyad in data["top_dyads"]:
        dyads.add_row(
            f"{dyad['source']} → {dyad['target']}",
            str(dyad["events"]),
            f"{dyad['mean_goldstein']:+.2f}",
        )
    console.print(dyads)

    unresolved = _table(
        f"Top {top} unresolved mentions (add them with --actors FILE)", "mention", "events"
    )
    for row in data["top_unresolved"]:
        unresolved.add_row(row["mention"], str(row["events"]))
    console.print(unresolved)
