"""PLOVER-format gold records (JSON list or JSON lines): event type, actor country, full tuple.

A record holds one event: `text`, `source`/`target` lists of
`{actorText, code, sector}`, `event`, `mode`, `context`. Older releases used
labels since folded into others; they are mapped to today's types on reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate.metrics import PRF
from eventwire.records import Article, Event

OLD_LABELS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


@dataclass
class PloverRecord:
    record_id: str
    text: str
    event: str
    source_countries: list[str] = field(default_factory=list)
    target_countries: list[str] = field(default_factory=list)
    date: str | None = None


def plover_type(label: str | None) -> str | None:
    """Today's PLOVER type for a gold label (old names folded, case ignored)."""
    if not label:
        return None
    label = label.strip().upper()
    return OLD_LABELS.get(label, label)


def _countries(actors: object) -> list[str]:
    """Country parts of the actor codes (first three letters); actors may be a dict or list."""
    if isinstance(actors, dict):
        actors = [actors]
    out = []
    for a in actors or []:
        code = (a.get("code") or "") if isinstance(a, dict) else str(a)
        if len(code) >= 3 and code[:3].isalpha():
            out.append(code[:3].upper())
    return out


def read_plover(path: Path, limit: int | None = None) -> list[PloverRecord]:
    """Records from a JSON list, a JSON object with a list under "data", or JSON lines."""
    raw = path.read_text(encoding="utf-8").strip()
    if raw.startswith("["):
        items = json.loads(raw)
    elif raw.startswith("{") and "\n" not in raw.rstrip():
        doc = json.loads(raw)
        items = doc.get("data", [doc])
    else:
        items = [json.loads(line) for line in raw.splitlines() if line.strip()]
    records = []
    for i, item in enumerate(items):
        if limit is not None and len(records) >= limit:
            break
        event = plover_type(item.get("event"))
        if not item.get("text") or event is None:
            continue
        records.append(
            PloverRecord(
                record_id=str(item.get("id", i)),
                text=item["text"],
                event=event,
                source_countries=_countries(item.get("source")),
                target_countries=_countries(item.get("target")),
                date=item.get("date") or None,
            )
        )
    return records


def _tuples(rec_id: str, event: str, sources: list[str], targets: list[str]) -> set[tuple]:
    return {(rec_id, event, s, t) for s in (sources or [None]) for t in (targets or [None])}


def evaluate_plover(coded: Iterable[tuple[PloverRecord, list[Event]]]) -> dict:
    """Micro P/R/F1 over (record, type), (record, role, country) and full tuples."""
    counts = {"event_type": [0, 0, 0], "actor_country": [0, 0, 0], "full_tuple": [0, 0, 0]}

    def tally(name: str, gold: set, pred: set) -> None:
        c = counts[name]
        c[0] += len(gold & pred)
        c[1] += len(pred)
        c[2] += len(gold)

    n = 0
    for rec, events in coded:
        n += 1
        rid = rec.record_id
        tally(
            "event_type",
            {(rid, rec.event)},
            {(rid, e.plover.type) for e in events if e.plover.type},
        )
        gold_actors = {(rid, "source", c) for c in rec.source_countries} | {
            (rid, "target", c) for c in rec.target_countries
        }
        pred_actors = {
            (rid, role, ref.country)
            for e in events
            for role, ref in (("source", e.source), ("target", e.target))
            if ref is not None and ref.country
        }
        tally("actor_country", gold_actors, pred_actors)
        gold_t = _tuples(rid, rec.event, rec.source_countries, rec.target_countries)
        pred_t: set[tuple] = set()
        for e in events:
            if e.plover.type:
                s = [e.source.country] if e.source and e.source.country else []
                t = [e.target.country] if e.target and e.target.country else []
                pred_t |= _tuples(rid, e.plover.type, s, t)
        tally("full_tuple", gold_t, pred_t)
    out: dict = {"records": n}
    for name, (tp, n_pred, n_gold) in counts.items():
        out[name] = PRF(tp, n_pred, n_gold).as_dict()
    return out


def code_plover(coder, records: Sequence[PloverRecord]):  # noqa: ANN001, ANN201
    articles = [Article(id=f"plover-{i}", text=r.text, date=r.date) for i, r in enumerate(records)]
    by_id = {a.id: r for a, r in zip(articles, records, strict=True)}
    return [(by_id[a.id], events) for a, events in coder.code(articles)]
