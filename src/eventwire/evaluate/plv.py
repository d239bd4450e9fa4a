"""PLV gold (sentences with a marked source/target pair and a PLOVER root): does the coder agree?

Two questions, because they fail for different reasons:
(a) given the marked pair, is the event type right? (the classifier's share)
(b) end to end, does the coder find the pair at all, and then with the right type?
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate.metrics import CharSpan, label_report, overlap, ratio
from eventwire.events.ontology import PLOVER_TYPES
from eventwire.records import Article, Event

# PLV's 15 labels: PLOVER's 16 types with CONCEDE and RETREAT folded into YIELD.
PLV_LABELS = tuple(
    dict.fromkeys("YIELD" if t in {"CONCEDE", "RETREAT"} else t for t in PLOVER_TYPES)
)
NO_EVENT = "NONE"
_MARK = re.compile(r"</?[st]>")


@dataclass
class MarkedPair:
    """A sentence without markers and where its <s> and <t> stretches were.

    A role may be marked more than once (the same actor named twice) or not at
    all (the gold event has no target); hence lists.
    """

    text: str
    sources: list[CharSpan] = field(default_factory=list)
    targets: list[CharSpan] = field(default_factory=list)


@dataclass
class PlvRow:
    row_id: str
    pair: MarkedPair
    gold: str


def parse_marked(marked: str) -> MarkedPair:
    """Strip <s>…</s> and <t>…</t> and keep their character spans in the plain text."""
    pair = MarkedPair(text="")
    out: list[str] = []
    length = 0
    open_at: dict[str, int] = {}
    pos = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        tag = m.group()
        role = tag.strip("</>")
        if tag.startswith("</"):
            start = open_at.pop(role, None)
            if start is not None:
                (pair.sources if role == "s" else pair.targets).append((start, length))
        else:
            open_at[role] = length
        pos = m.end()
    out.append(marked[pos:])
    pair.text = "".join(out)
    return pair


def plv_label(plover_type: str | None) -> str:
    """Our PLOVER type as a PLV label (PLV merges CONCEDE and RETREAT into YIELD)."""
    if plover_type is None:
        return NO_EVENT
    return "YIELD" if plover_type in {"CONCEDE", "RETREAT"} else plover_type


def read_plv(path: Path, limit: int | None = None) -> list[PlvRow]:
    """Rows of a PLV TSV; with `limit`, a sample that takes labels in turn.

    The file is sorted by label, so its first rows would all be one type.
    """
    rows: list[PlvRow] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            rows.append(
                PlvRow(
                    row_id=rec.get("sentence_id") or str(len(rows)),
                    pair=parse_marked(rec["marked_sentence"]),
                    gold=rec["gold_root"].strip().upper(),
                )
            )
    return rows if limit is None else _labels_in_turn(rows, limit)


def _labels_in_turn(rows: list[PlvRow], limit: int) -> list[PlvRow]:
    by_label: dict[str, list[PlvRow]] = {}
    for row in rows:
        by_label.setdefault(row.gold, []).append(row)
    queues = list(by_label.values())
    picked: list[PlvRow] = []
    depth = 0
    while len(picked) < min(limit, len(rows)):
        for queue in queues:
            if depth < len(queue) and len(picked) < limit:
                picked.append(queue[depth])
        depth += 1
    return picked


def _role_hit(ref_span: CharSpan | None, marked: list[CharSpan]) -> bool | None:
    """True/False when the role is marked, None when the gold leaves it unmarked."""
    if not marked:
        return None
    return ref_span is not None and any(overlap(ref_span, m) > 0 for m in marked)


def _span(ref) -> CharSpan | None:  # noqa: ANN001 - ActorRef | None
    return None if ref is None else (ref.start, ref.end)


def pair_score(event: Event, pair: MarkedPair) -> int:
    """How many of the marked roles this event's actors overlap (0, 1 or 2)."""
    hits = (
        _role_hit(_span(event.source), pair.sources),
        _role_hit(_span(event.target), pair.targets),
    )
    return sum(1 for h in hits if h)


def recovers_pair(event: Event, pair: MarkedPair) -> bool:
    """Every marked role is overlapped by the same-role actor of this event."""
    hits = (
        _role_hit(_span(event.source), pair.sources),
        _role_hit(_span(event.target), pair.targets),
    )
    marked = [h for h in hits if h is not None]
    return bool(marked) and all(marked)


def _distance(event: Event, pair: MarkedPair) -> int:
    marks = pair.sources + pair.targets
    lo, hi = min(m[0] for m in marks), max(m[1] for m in marks)
    t = event.trigger
    return 0 if t.start < hi and t.end > lo else min(abs(t.start - hi), abs(lo - t.end))


def choose_event(events: Sequence[Event], pair: MarkedPair) -> Event | None:
    """The event that best fits the marked pair: most roles overlapped, then nearest trigger."""
    if not events:
        return None
    if not pair.sources and not pair.targets:
        return events[0]
    return min(events, key=lambda e: (-pair_score(e, pair), _distance(e, pair)))


def evaluate_plv(
    coded: Iterable[tuple[PlvRow, list[Event]]],
    given: Iterable[list[Event]] | None = None,
) -> dict:
    """Measures (a) type given the pair and (b) end-to-end pair recall and type accuracy.

    `coded` holds what the coder found reading only the sentence (for b); `given`, in the
    same order, what it found when told where the marked actors are (for a). Without
    `given`, (a) is scored on the plain reading too."""
    gold: list[str] = []
    pred: list[str] = []
    no_event = 0
    recovered = recovered_right = 0
    examples: list[dict] = []
    given_iter = iter(given) if given is not None else None
    for row, events in coded:
        told = next(given_iter) if given_iter is not None else events
        chosen = choose_event(told, row.pair)
        label = plv_label(chosen.plover.type) if chosen else NO_EVENT
        no_event += chosen is None
        gold.append(row.gold)
        pred.append(label)
        hits = [e for e in events if recovers_pair(e, row.pair)]
        if hits:
            recovered += 1
            best = choose_event(hits, row.pair)
            recovered_right += best is not None and plv_label(best.plover.type) == row.gold
        if label != row.gold:
            examples.append(
                {"id": row.row_id, "gold": row.gold, "pred": label, "text": row.pair.text}
            )
    report = label_report(gold, pred, PLV_LABELS)
    n = len(gold)
    return {
        "given_pair": report,
        "no_event_rate": ratio(no_event, n),
        "end_to_end": {
            "pair_recall": ratio(recovered, n),
            "type_accuracy_on_recovered": ratio(recovered_right, recovered),
            "n_recovered": recovered,
        },
        "errors": examples,
    }


def code_plv(coder, rows: Sequence[PlvRow]) -> list[tuple[PlvRow, list[Event]]]:  # noqa: ANN001
    """Code every sentence in one batched pass (sentences have no date)."""
    articles = [Article(id=f"plv-{i}", text=r.pair.text) for i, r in enumerate(rows)]
    by_id = {a.id: r for a, r in zip(articles, rows, strict=True)}
    return [(by_id[a.id], events) for a, events in coder.code(articles)]


def code_plv_given(coder, rows: Sequence[PlvRow]) -> list[list[Event]]:  # noqa: ANN001
    """Code every sentence told where its marked source and target are (question a)."""
    marked = [
        (Article(id=f"plv-{i}", text=r.pair.text), r.pair.sources, r.pair.targets)
        for i, r in enumerate(rows)
    ]
    return [events for _, events in coder.code_marked(marked)]
