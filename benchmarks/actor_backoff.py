"""Would a learned back-off help the actor resolver? Trains one on our labels and says.

    python benchmarks/actor_backoff.py --train gold gold_heldout gold_blind gold_blind2 \
        audit_s9 audit_s10 audit_s14 audit_s16 --test audit_s17

Session 16 found that about half of the actor failures on fresh text are noun phrases the
rules leave without a code, and proposed a learned back-off for them. This script is that
experiment, kept so that anyone can rerun it: every noun, proper-noun and pronoun head of the
labelled items (tests/data/actors_<set>.tsv, text from ../shared/corpus) is read as the coder
reads it; heads the rules leave empty get a label (the gold sector, UNRES for a labelled
"unresolvable" mention, NONE for a head no label covers in a fully labelled set) and sparse
features (lemma, suffixes, tag, entity type, modifiers, governing verb). A multinomial
logistic regression (numpy, AdaGrad) learns them on the --train sets and predicts on the
--test sets' empty heads; the table counts, per confidence threshold, what coding its guesses
would do: right sectors, wrong sectors, unresolvable mentions coded (a loss) and non-mentions
coded (false actors). Session 17: at every threshold it codes more wrongly than rightly, on
5-fold cross-validation of the studied sets and on the fresh audit_s17, so no back-off ships.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.progress import track
from rich.table import Table
from spacy.tokens import Token

from eventwire.evaluate.actors import (
    HEAD_POS,
    SKIPPED_DEPS,
    ReadingOrder,
    match_head,
    read_gold,
)
from eventwire.evaluate.corpus import load_items
from eventwire.events.attribution import quote_spans
from eventwire.nlp.pipeline import children_of, text_of
from eventwire.pipeline import Coder

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
# Sets in which every actor mention of the labelled stretch has a row: a head no row covers
# is no actor (NONE). Older sets labelled chosen mentions only, so their heads without a
# row are left out.
EXHAUSTIVE = {"gold_blind2", "audit_s14", "audit_s16", "audit_s17"}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Head:
    item: str
    label: str  # gold sector, STATE (a state as a whole), UNRES, or NONE
    features: list[str]


def features(head: Token, in_quote: bool) -> list[str]:
    """Words and syntax around a head that say whom it may name."""
    lemma = head.lemma_.lower()
    out = [
        f"lemma={lemma}",
        f"tag={head.tag_}",
        f"ent={head.ent_type_ or '-'}",
        f"dep={head.dep_}",
        f"quote={int(in_quote)}",
    ]
    if head.pos_ == "PRON":
        out.append(f"pron={head.lower_}|{int(in_quote)}")
    else:
        out.extend(f"suf{n}={lemma[-n:]}" for n in (2, 3, 4) if len(lemma) > n + 1)
    for child in children_of(head):
        if child.dep_ in {"amod", "compound", "nmod", "nummod", "det", "poss"}:
            word = "#" if child.like_num else child.lemma_.lower()
            out.append(f"mod={child.dep_}|{child.ent_type_ or word}")
        elif child.dep_ == "prep":
            out.extend(
                f"prep={child.lower_}|{g.ent_type_ or g.lemma_.lower()}"
                for g in children_of(child)
                if g.dep_ == "pobj"
            )
    if head.head is not head:
        out.append(f"gov={head.dep_}|{head.head.lemma_.lower()}")
    return out


def empty_heads(coder: Coder, name: str, corpus: Path) -> list[Head]:
    """The heads of one set's items that the rules leave without a code, labelled."""
    gold = read_gold(DATA / f"actors_{name}.tsv")
    items = load_items(corpus, {(g.corpus, g.item_id) for g in gold})
    by_item = defaultdict(list)
    for g in gold:
        by_item[(g.corpus, g.item_id)].append(g)
    keys = list(by_item)
    heads: list[Head] = []
    parsed = coder.parse(items[k] for k in keys)
    for (_, doc), key in track(zip(parsed, keys, strict=True), f"{name}", total=len(keys)):
        order = ReadingOrder(coder.extractor, items[key], doc)
        quotes = quote_spans(text_of(doc))
        labelled = {}
        for g in by_item[key]:
            tok = match_head(doc, g.start, g.end)
            if tok is not None:
                labelled.setdefault(tok.i, g)
        last = max(g.end for g in by_item[key])
        for tok in doc:
            g = labelled.get(tok.i)
            if g is None and (
                tok.pos_ not in HEAD_POS
                or tok.dep_ in SKIPPED_DEPS
                or name not in EXHAUSTIVE
                or tok.idx > last
            ):
                continue
            if order.predict(tok).code:
                continue  # the rules code it: no back-off would speak
            label = "NONE" if g is None else "UNRES" if not g.expects_code else g.sector or "STATE"
            in_quote = any(a <= tok.idx < b for a, b in quotes)
            heads.append(Head(key[1], label, features(tok, in_quote)))
    return heads


class Model:
    """Multinomial logistic regression over sparse binary features."""

    def __init__(self, heads: list[Head], epochs: int = 60, rate: float = 0.5, l2: float = 1.0):
        self.labels = sorted({h.label for h in heads} | {"NONE"})
        self.vocab = {f: j for j, f in enumerate(sorted({f for h in heads for f in h.features}))}
        rows = [np.array(sorted({self.vocab[f] for f in h.features})) for h in heads]
        y = np.array([self.labels.index(h.label) for h in heads])
        at = np.concatenate([np.full(len(r), n) for n, r in enumerate(rows)])
        cols = np.concatenate(rows)
        n, k = len(heads), len(self.labels)
        self.w, self.b = np.zeros((len(self.vocab), k)), np.zeros(k)
        sw, sb = np.full_like(self.w, 1e-8), np.full_like(self.b, 1e-8)
        for _ in range(epochs):
            scores = np.zeros((n, k)) + self.b
            np.add.at(scores, at, self.w[cols])
            p = np.exp(scores - scores.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            p[np.arange(n), y] -= 1
            p /= n
            gw = np.zeros_like(self.w)
            np.add.at(gw, cols, p[at])
            gw += l2 / n * self.w
            gb = p.sum(0)
            sw += gw**2
            sb += gb**2
            self.w -= rate * gw / np.sqrt(sw)
            self.b -= rate * gb / np.sqrt(sb)

    def guess(self, head: Head) -> tuple[str, float]:
        s = self.b.copy()
        for f in set(head.features):
            if f in self.vocab:
                s += self.w[self.vocab[f]]
        p = np.exp(s - s.max())
        p /= p.sum()
        return self.labels[int(p.argmax())], float(p.max())


def outcomes(model: Model, heads: list[Head]) -> dict[float, Counter]:
    """Per threshold: what coding the model's confident sector guesses would do."""
    guesses = [(h, *model.guess(h)) for h in heads]
    table: dict[float, Counter] = {}
    for threshold in THRESHOLDS:
        c: Counter = Counter()
        for h, label, p in guesses:
            if label in {"NONE", "UNRES"} or p < threshold:
                continue
            if h.label == "NONE":
                c["non-mention coded"] += 1
            elif h.label == "UNRES":
                c["unresolvable coded"] += 1
            else:
                c["right sector" if h.label == label else "wrong sector"] += 1
        table[threshold] = c
    return table


def show(console: Console, title: str, table: dict[float, Counter]) -> None:
    out = Table(title=title)
    columns = ("right sector", "wrong sector", "unresolvable coded", "non-mention coded")
    out.add_column("threshold")
    for col in columns:
        out.add_column(col, justify="right")
    for threshold, c in table.items():
        out.add_row(f"{threshold:.1f}", *(str(c[col]) for col in columns))
    console.print(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="+", required=True, help="tests/data actor set names")
    parser.add_argument("--test", nargs="*", default=[], help="fresh sets to predict")
    parser.add_argument("--corpus-dir", type=Path, default=Path("../shared/corpus"))
    args = parser.parse_args()
    console = Console()
    coder = Coder()
    train = [h for name in args.train for h in empty_heads(coder, name, args.corpus_dir)]
    console.print(f"{len(train)} empty heads to learn from: {Counter(h.label for h in train)}")
    folds: dict[float, Counter] = defaultdict(Counter)
    for k in range(5):

        def fold(h: Head, k: int = k) -> bool:
            return int(hashlib.md5(h.item.encode()).hexdigest(), 16) % 5 == k

        model = Model([h for h in train if not fold(h)])
        for threshold, c in outcomes(model, [h for h in train if fold(h)]).items():
            folds[threshold] += c
    show(console, "5-fold cross-validation by item (studied sets)", folds)
    if args.test:
        model = Model(train)
        test = [h for name in args.test for h in empty_heads(coder, name, args.corpus_dir)]
        show(
            console,
            f"trained on {' '.join(args.train)}, coded on {' '.join(args.test)}",
            {t: c for t, c in outcomes(model, test).items()},
        )


if __name__ == "__main__":
    main()
