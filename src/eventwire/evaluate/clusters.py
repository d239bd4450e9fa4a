"""Cross-story clustering scored on hand-labelled event pairs (`eventwire eval clusters`).

The gold file (tests/data/cluster_pairs.tsv) holds no text: each row names two events by
corpus file of ../shared/corpus, item id and the character span of the event's trigger, and
says whether they report the same happening. The referenced items are coded with the real
pipeline into a fresh event store, the store is clustered with `eventwire cluster`'s code,
and each gold span is matched to the asserted event whose trigger overlaps it most (else,
when the coder put the trigger on another word, to the nearest event of the same sentence).
A pair is predicted "same" when both events landed in one cluster. An event the coder did
not produce counts as "not merged": a miss when the gold says same.
"""

from __future__ import annotations

import csv
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.cluster.clusterer import cluster_events, open_for_clustering
from eventwire.cluster.similarity import EventView, same_event
from eventwire.evaluate.corpus import load_items
from eventwire.store.duckdb_store import EventStore


@dataclass(frozen=True)
class EventRef:
    corpus: str
    item_id: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldPair:
    pair_id: str
    same: bool
    case: str
    a: EventRef
    b: EventRef


def read_pairs(path: Path, limit: int | None = None) -> list[GoldPair]:
    """Gold pairs in file order ('#' lines are comments)."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    pairs = [
        GoldPair(
            pair_id=r["pair"],
            same=r["label"] == "same",
            case=r["case"],
            a=EventRef(r["corpus_a"], r["id_a"], int(r["start_a"]), int(r["end_a"])),
            b=EventRef(r["corpus_b"], r["id_b"], int(r["start_b"]), int(r["end_b"])),
        )
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]
    return pairs[:limit] if limit is not None else pairs


@dataclass
class ScoredPair:
    gold: GoldPair
    event_a: dict[str, Any] | None
    event_b: dict[str, Any] | None
    cluster_a: str | None
    cluster_b: str | None
    why: str  # the similarity verdict for the two events, or what is missing

    @property
    def predicted_same(self) -> bool:
        return self.cluster_a is not None and self.cluster_a == self.cluster_b


_ROW_COLUMNS = (
    "e.event_id, e.article_id, e.sentence, e.sentence_start, e.date, e.date_precision, "
    "e.article_date, e.cameo_code, e.location, e.source_code, e.source_country, "
    "e.source_actor_id, e.source_text, e.source_start, e.source_end, e.target_code, "
    "e.target_country, e.target_actor_id, e.target_text, e.target_start, e.target_end, "
    "e.trigger_start, e.trigger_end, "
    "coalesce(a.source, e.article_id) AS outlet, c.cluster_id"
)


def _locate(con: Any, ref: EventRef) -> dict[str, Any] | None:
    """The asserted event whose trigger overlaps the gold span most; else (the coder put
    the trigger on another word of the clause) the nearest event of the span's sentence."""
    cursor = con.execute(
        f"SELECT {_ROW_COLUMNS} FROM events e JOIN articles a USING (article_id) "
        "LEFT JOIN event_clusters c USING (event_id) "
        "WHERE e.article_id = ? AND e.modality = 'asserted' "
        "AND e.sentence_start <= ? AND ? < e.sentence_start + length(e.sentence)",
        [ref.item_id, ref.start, ref.start],
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def rank(row: dict[str, Any]) -> tuple[int, int, int]:
        shared = min(row["trigger_end"], ref.end) - max(row["trigger_start"], ref.start)
        roles = (row["source_code"] is not None) + (row["target_code"] is not None)
        distance = abs(row["trigger_start"] - ref.start)
        return max(shared, 0), roles, -distance

    return max(rows, key=rank) if rows else None


def code_pairs(
    coder: Any, pairs: list[GoldPair], corpus_dir: Path, db: Path | None = None
) -> list[ScoredPair]:
    """Code the referenced items into a store (a temporary one unless `db`), cluster it,
    and find each gold event's cluster."""
    items = load_items(corpus_dir, {(r.corpus, r.item_id) for p in pairs for r in (p.a, p.b)})
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "clusters-eval.duckdb"
        with EventStore(path) as store:
            store.add_articles(list(coder.code(items[key] for key in sorted(items))))
        con = open_for_clustering(path)
        try:
            cluster_events(con)
            scored = []
            for pair in pairs:
                a, b = _locate(con, pair.a), _locate(con, pair.b)
                if a is None or b is None:
                    missing = [name for name, e in (("a", a), ("b", b)) if e is None]
                    why = f"no coded event at the span of {' and '.join(missing)}"
                else:
                    why = same_event(EventView.from_row(a), EventView.from_row(b)).why
                scored.append(
                    ScoredPair(
                        pair,
                        a,
                        b,
                        a and a["cluster_id"],
                        b and b["cluster_id"],
                        why,
                    )
                )
        finally:
            con.close()
    return scored


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def evaluate_clusters(scored: list[ScoredPair]) -> dict[str, Any]:
    """Precision, recall and F1 of "same event", per-case accuracy, and the failures."""
    counts: Counter[str] = Counter()
    per_case: dict[str, Counter[str]] = defaultdict(Counter)
    failures = []
    for s in scored:
        gold, pred = s.gold.same, s.predicted_same
        outcome = {(True, True): "tp", (False, True): "fp", (True, False): "fn"}.get(
            (gold, pred), "tn"
        )
        counts[outcome] += 1
        per_case[s.gold.case]["n"] += 1
        per_case[s.gold.case]["right"] += outcome in {"tp", "tn"}
        if s.event_a is None or s.event_b is None:
            counts["event not found"] += 1
        if outcome in {"fp", "fn"}:
            failures.append(
                {
                    "pair": s.gold.pair_id,
                    "gold": "same" if gold else "different",
                    "case": s.gold.case,
                    "a": f"{s.gold.a.item_id}:{s.gold.a.start}",
                    "b": f"{s.gold.b.item_id}:{s.gold.b.start}",
                    "why": s.why,
                }
            )
    precision = _ratio(counts["tp"], counts["tp"] + counts["fp"])
    recall = _ratio(counts["tp"], counts["tp"] + counts["fn"])
    found = [s for s in scored if s.event_a is not None and s.event_b is not None]
    found_tp = sum(s.gold.same and s.predicted_same for s in found)
    found_fp = sum(not s.gold.same and s.predicted_same for s in found)
    found_fn = sum(s.gold.same and not s.predicted_same for s in found)
    return {
        "pairs": len(scored),
        "same": counts["tp"] + counts["fn"],
        "different": counts["fp"] + counts["tn"],
        "tp": counts["tp"],
        "fp": counts["fp"],
        "fn": counts["fn"],
        "tn": counts["tn"],
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_ratio(2 * precision * recall, precision + recall), 4),
        "events_not_found": counts["event not found"],
        # the clusterer alone: pairs whose two events the coder did produce
        "given_both_coded": {
            "pairs": len(found),
            "same": found_tp + found_fn,
            "precision": round(_ratio(found_tp, found_tp + found_fp), 4),
            "recall": round(_ratio(found_tp, found_tp + found_fn), 4),
        },
        "per_case": {
            case: {"n": c["n"], "accuracy": round(_ratio(c["right"], c["n"]), 4)}
            for case, c in sorted(per_case.items())
        },
        "failures": failures,
    }
