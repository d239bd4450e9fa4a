"""PolNeAR attribution gold (brat standoff): who said what, with which cue.

Two systems are scored against the same gold:
- "events": the attributions carried by coded events (only where an event was found);
- "cues": every cue the attribution finder sees, speaker resolved as a noun phrase,
  which measures the attribution finder itself, independent of event coverage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from eventwire.evaluate.metrics import (
    PRF,
    CharSpan,
    add_prf,
    exact_matcher,
    hull,
    match_spans,
    overlap_same,
    overlaps_any,
    ratio,
    span_prf,
    token_prf,
)
from eventwire.events.attribution import cue_lemmas, find_cues, nested_cues, speaker_span
from eventwire.records import Article, Event

ROLES = ("source", "cue", "content")
_ROLE_OF = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}


@dataclass
class AttributionSpans:
    """One attribution as character spans; each role is a list of fragments (may be empty)."""

    source: list[CharSpan] = field(default_factory=list)
    cue: list[CharSpan] = field(default_factory=list)
    content: list[CharSpan] = field(default_factory=list)
    cue_lemma: str | None = None  # lemma of the cue verb, when known


@dataclass
class GoldArticle:
    article_id: str
    text: str
    attributions: list[AttributionSpans]


def _parse_fragments(offsets: str) -> list[CharSpan]:
    frags = []
    for part in offsets.split(";"):
        start, end = part.split()
        frags.append((int(start), int(end)))
    return frags


def read_brat(ann_text: str) -> list[AttributionSpans]:
    """Attributions of one .ann file: `T` lines give spans, `E` lines tie roles together.

    `Content2` (a second content stretch) is merged into content; the `Attribution`
    trigger duplicates the cue and is ignored.
    """
    spans: dict[str, list[CharSpan]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann_text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if line.startswith("T"):
            _label, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = _parse_fragments(offsets)
            except ValueError:
                continue
        elif line.startswith("E"):
            events.append([tuple(arg.split(":", 1)) for arg in parts[1].split() if ":" in arg])
    out = []
    for args in events:
        attribution = AttributionSpans()
        for role_label, tid in args:
            role = _ROLE_OF.get(role_label)
            if role is not None and tid in spans:
                getattr(attribution, role).extend(spans[tid])
        if attribution.cue or attribution.content:
            out.append(attribution)
    return out


def load_polnear(directory: Path, limit: int | None = None) -> list[GoldArticle]:
    """Articles of a PolNeAR compartment (`text/*.txt` + `attributions/*.ann`).

    Files are named `<article>_<annotator>.ann`; an article annotated twice is
    scored against its first annotation only, so that no article counts double.
    """
    text_dir, ann_dir = directory / "text", directory / "attributions"
    articles: list[GoldArticle] = []
    for txt in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(articles) >= limit:
            break
        anns = sorted(ann_dir.glob(f"{txt.stem}_*.ann")) or sorted(ann_dir.glob(f"{txt.stem}.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        gold = read_brat(anns[0].read_text(encoding="utf-8"))
        articles.append(GoldArticle(txt.stem, text, gold))
    return articles


def extract_attributions(doc: Doc) -> list[AttributionSpans]:
    """Every cue the attribution finder sees in a parsed doc, with spans for its three roles.

    The speaker span is the noun phrase of the cue's speaker head, as the
    actor resolver would read it. A cue nested inside another cue's content is left out:
    PolNeAR's gold never nests attributions (see `nested_cues`).
    """
    out = []
    cues = find_cues(doc, list(doc.sents))
    nested = nested_cues(cues)
    for cue in (c for i, c in enumerate(cues) if i not in nested):
        span = speaker_span(cue)
        source: list[CharSpan] = [span] if span is not None and span[0] < span[1] else []
        lemma = cue.verb.lemma_.lower() if cue.verb is not None else None
        out.append(
            AttributionSpans(
                source=source,
                cue=[(cue.cue_start, cue.cue_end)],
                content=[(cue.content_start, cue.content_end)],
                cue_lemma=lemma,
            )
        )
    return out


def event_attributions(events: Sequence[Event], doc: Doc) -> list[AttributionSpans]:
    """Distinct attributions carried by coded events (several events may share one)."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        a = e.attribution
        if a is None:
            continue
        source = [(a.speaker.start, a.speaker.end)] if a.speaker is not None else []
        cue = [(a.cue.start, a.cue.end)] if a.cue is not None else []
        content = [(a.content.start, a.content.end)] if a.content is not None else []
        key = (tuple(source), tuple(cue), tuple(content))
        if key in seen:
            continue
        seen.add(key)
        out.append(AttributionSpans(source, cue, content, _cue_lemma(doc, cue)))
    return out


def _cue_lemma(doc: Doc, cue: list[CharSpan]) -> str | None:
    """The first token in the cue span whose lemma is a known cue verb."""
    lemmas = cue_lemmas()
    for start, end in cue:
        span = doc.char_span(start, end, alignment_mode="expand")
        for tok in span or ():
            if tok.lemma_.lower() in lemmas:
                return tok.lemma_.lower()
    return None


@dataclass
class Tally:
    """Running counts for one system over many articles."""

    exact: dict[str, PRF] = field(default_factory=lambda: {r: PRF(0, 0, 0) for r in ROLES})
    overlap: dict[str, PRF] = field(default_factory=lambda: {r: PRF(0, 0, 0) for r in ROLES})
    content_tokens: PRF = PRF(0, 0, 0)
    matched: int = 0
    matched_with_source: int = 0
    source_exact_on_matched: int = 0
    source_overlap_on_matched: int = 0

    def add(self, text: str, gold: Sequence[AttributionSpans], pred: Sequence[AttributionSpans]):
        for role in ROLES:
            g = [getattr(a, role) for a in gold if getattr(a, role)]
            p = [hull(getattr(a, role)) for a in pred if getattr(a, role)]
            self.exact[role] = add_prf(self.exact[role], span_prf(g, p, exact_matcher(text)))
            self.overlap[role] = add_prf(self.overlap[role], span_prf(g, p, overlap_same))
        self.content_tokens = add_prf(
            self.content_tokens,
            token_prf(
                text,
                [f for a in gold for f in a.content],
                [f for a in pred for f in a.content],
            ),
        )
        with_content = [a for a in pred if a.content]
        pairs = match_spans(
            [a.content for a in gold], [hull(a.content) for a in with_content], overlap_same
        )
        same = exact_matcher(text)
        for gi, pi in pairs:
            self.matched += 1
            g, p = gold[gi], with_content[pi]
            if not g.source:
                continue
            self.matched_with_source += 1
            if p.source:
                self.source_exact_on_matched += same(g.source, hull(p.source))
                self.source_overlap_on_matched += overlap_same(g.source, hull(p.source))

    def as_dict(self) -> dict:
        return {
            "exact": {r: self.exact[r].as_dict() for r in ROLES},
            "overlap": {r: self.overlap[r].as_dict() for r in ROLES},
            "content_token": self.content_tokens.as_dict(),
            "matched_by_content": self.matched,
            "source_exact_on_matched": ratio(
                self.source_exact_on_matched, self.matched_with_source
            ),
            "source_overlap_on_matched": ratio(
                self.source_overlap_on_matched, self.matched_with_source
            ),
        }


def _verb_subset(
    doc: Doc, gold: Sequence[AttributionSpans], pred: Sequence[AttributionSpans]
) -> tuple[list[AttributionSpans], list[AttributionSpans]]:
    """Gold whose cue contains a known cue verb; predictions not claiming any other gold cue."""
    lemmas = cue_lemmas()
    kept, other_cues = [], []
    for a in gold:
        lemma = _cue_lemma(doc, a.cue)
        if lemma is not None and lemma in lemmas:
            kept.append(a)
        else:
            other_cues.extend(a.cue)
    preds = [p for p in pred if not any(overlaps_any(c, other_cues) for c in p.cue)]
    return kept, preds


def evaluate_polnear(coded: Iterable[tuple[GoldArticle, Doc, list[Event]]]) -> dict:
    """Scores for both systems, overall and on gold attributions with a cue verb."""
    systems = {"cues": (Tally(), Tally()), "events": (Tally(), Tally())}
    n_articles = n_gold = n_gold_verb = 0
    for article, doc, events in coded:
        n_articles += 1
        n_gold += len(article.attributions)
        preds = {"cues": extract_attributions(doc), "events": event_attributions(events, doc)}
        for name, (overall, verb_only) in systems.items():
            overall.add(article.text, article.attributions, preds[name])
            g_sub, p_sub = _verb_subset(doc, article.attributions, preds[name])
            verb_only.add(article.text, g_sub, p_sub)
        n_gold_verb += len(_verb_subset(doc, article.attributions, [])[0])
    return {
        "articles": n_articles,
        "gold_attributions": n_gold,
        "gold_with_cue_verb": n_gold_verb,
        "systems": {
            name: {"all": overall.as_dict(), "cue_verb": verb_only.as_dict()}
            for name, (overall, verb_only) in systems.items()
        },
    }


def code_polnear(coder, articles: Sequence[GoldArticle]):  # noqa: ANN001, ANN201
    """(gold article, spaCy doc, events) for each article, parsed once in batches."""
    by_id = {a.article_id: a for a in articles}
    inputs = [Article(id=a.article_id, text=a.text) for a in articles]
    for article, doc in coder.parse(inputs):
        yield by_id[article.id], doc, coder.code_doc(article, doc)


__all__ = [
    "AttributionSpans",
    "GoldArticle",
    "code_polnear",
    "evaluate_polnear",
    "event_attributions",
    "extract_attributions",
    "load_polnear",
    "read_brat",
]
