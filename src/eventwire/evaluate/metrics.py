"""Scoring helpers shared by the evaluators: P/R/F1, label reports, span matching.

Kept free of spaCy and of any data format so that they can be checked on
hand-made inputs (tests/test_evaluate.py) before we trust the figures they make.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CharSpan = tuple[int, int]  # [start, end) character offsets
_WORD = re.compile(r"\w+")
_TRIM = " \t\n\r\"'“”‘’«».,;:"


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from counts (0.0 when undefined, never NaN)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


def ratio(num: int, den: int) -> float:
    """num/den rounded for reports, 0.0 for an empty denominator."""
    return round(num / den, 4) if den else 0.0


def label_report(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict:
    """Accuracy, macro-F1 over `labels`, per-label P/R/F1 and the confusion counts.

    Predictions outside `labels` (e.g. "NONE" for no event) count as wrong
    answers for the gold label and as predictions of no listed label, so they
    lower recall without lowering any label's precision.
    """
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    per_label: dict[str, dict] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        score = PRF(tp, sum(1 for p in pred if p == label), sum(1 for g in gold if g == label))
        per_label[label] = score.as_dict()
    scored = [lab for lab in labels if per_label[lab]["n_gold"]]
    macro = sum(per_label[lab]["f1"] for lab in scored) / len(scored) if scored else 0.0
    correct = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    confusion = Counter(zip(gold, pred, strict=True))
    return {
        "n": len(gold),
        "accuracy": ratio(correct, len(gold)),
        "macro_f1": round(macro, 4),
        "per_label": per_label,
        "confusion": [
            {"gold": g, "pred": p, "count": c} for (g, p), c in sorted(confusion.items())
        ],
    }


def overlap(a: CharSpan, b: CharSpan) -> int:
    """Characters the two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps_any(span: CharSpan, others: Sequence[CharSpan]) -> bool:
    return any(overlap(span, o) > 0 for o in others)


def trim_span(text: str, span: CharSpan) -> CharSpan:
    """The span without surrounding blanks, quote marks and clause punctuation.

    Annotators and our coder disagree on whether "the quote marks" and a final
    comma belong to a span; exact match should not hinge on that.
    """
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def match_spans(
    gold: Sequence[Sequence[CharSpan]],
    pred: Sequence[CharSpan],
    same: Callable[[Sequence[CharSpan], CharSpan], bool],
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) for which `same` holds.

    Gold items are lists of fragments (brat spans can be discontinuous). Pairs
    are taken greedily, largest character overlap first, so that one long
    prediction cannot claim two gold items.
    """
    candidates = []
    for gi, frags in enumerate(gold):
        for pi, p in enumerate(pred):
            if same(frags, p):
                candidates.append((-sum(overlap(f, p) for f in frags), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def hull(frags: Sequence[CharSpan]) -> CharSpan:
    return min(f[0] for f in frags), max(f[1] for f in frags)


def exact_matcher(text: str) -> Callable[[Sequence[CharSpan], CharSpan], bool]:
    """Same span after trimming (a discontinuous gold span is compared by its hull)."""

    def same(frags: Sequence[CharSpan], p: CharSpan) -> bool:
        return trim_span(text, hull(frags)) == trim_span(text, p)

    return same


def overlap_same(frags: Sequence[CharSpan], p: CharSpan) -> bool:
    """Any shared character with any fragment."""
    return overlaps_any(p, frags)


def span_prf(
    gold: Sequence[Sequence[CharSpan]],
    pred: Sequence[CharSpan],
    same: Callable[[Sequence[CharSpan], CharSpan], bool],
) -> PRF:
    return PRF(len(match_spans(gold, pred, same)), len(pred), len(gold))


def add_prf(a: PRF, b: PRF) -> PRF:
    """Micro-average: counts add up across documents."""
    return PRF(a.tp + b.tp, a.n_pred + b.n_pred, a.n_gold + b.n_gold)


def word_positions(text: str, spans: Sequence[CharSpan]) -> set[int]:
    """Start offsets of the words inside any of the spans (for token-level overlap)."""
    out: set[int] = set()
    for start, end in spans:
        for m in _WORD.finditer(text, start, end):
            out.add(m.start())
    return out


def token_prf(text: str, gold: Sequence[CharSpan], pred: Sequence[CharSpan]) -> PRF:
    """Token-level P/R/F1: words inside predicted spans against words inside gold spans."""
    g = word_positions(text, gold)
    p = word_positions(text, pred)
    return PRF(len(g & p), len(p), len(g))
