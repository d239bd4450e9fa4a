"""Actor resolution scored on hand-labelled mentions of real text (`eventwire eval actors`).

The gold file (tests/data/actors_gold.tsv) holds no text: each row names a corpus file of
../shared/corpus, an item id and a character span of the item's `text`, with the country and
sector a careful reader gives the mention on the item's date. Each item is parsed with the
coder's spaCy pipeline and its mentions are resolved in reading order, as the coder does
(speakers of a sentence first, then every noun and pronoun head), so that in-article
coreference sees what it sees in production. A gold span is then matched to the head token
whose noun phrase overlaps it best.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwire.actors.article import ArticleActors, home_country
from eventwire.actors.phrases import np_tokens
from eventwire.evaluate.corpus import gold_rows, load_items
from eventwire.events.attribution import Cue, find_cues, quote_spans
from eventwire.nlp.pipeline import text_of
from eventwire.records import ActorRef, Article

UNRESOLVABLE = "unresolvable"
HEAD_POS = {"PROPN", "NOUN", "PRON"}
SKIPPED_DEPS = {"compound", "amod", "poss"}  # the coder's reading loop skips these heads


@dataclass(frozen=True)
class GoldMention:
    corpus: str  # file name inside the corpus folder
    item_id: str
    start: int
    end: int
    mention: str
    country: str
    sector: str
    note: str

    @property
    def category(self) -> str:
        """The hard-case class: the note's first word ("former; ..." -> "former")."""
        return self.note.split(";")[0].strip() or "other"

    @property
    def expects_code(self) -> bool:
        return self.category != UNRESOLVABLE


@dataclass
class Prediction:
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    matched: str = ""  # the noun phrase the gold span was matched to
    why: list[str] = field(default_factory=list)


@dataclass
class Scored:
    gold: GoldMention
    pred: Prediction

    @property
    def resolved_as_expected(self) -> bool:
        return (self.pred.code is not None) == self.gold.expects_code

    @property
    def kept_empty(self) -> bool:
        """An unresolvable mention left without a code is right whatever partial reading
        (e.g. the sector of "the Ukrainian and Russian delegations") the resolver kept."""
        return not self.gold.expects_code and self.pred.code is None

    @property
    def country_ok(self) -> bool:
        if self.kept_empty:
            return True
        return self.resolved_as_expected and (self.pred.country or "") == self.gold.country

    @property
    def sector_ok(self) -> bool:
        if self.kept_empty:
            return True
        return self.resolved_as_expected and (self.pred.sector or "") == self.gold.sector

    @property
    def code_ok(self) -> bool:
        return self.country_ok and self.sector_ok


def read_gold(path: Path, limit: int | None = None) -> list[GoldMention]:
    """Gold rows in file order ('#' lines are comments)."""
    return [
        GoldMention(
            corpus=r["corpus"],
            item_id=r["id"],
            start=int(r["start"]),
            end=int(r["end"]),
            mention=r["mention"],
            country=r["country"] or "",
            sector=r["sector"] or "",
            note=r["note"] or "",
        )
        for r in gold_rows(path, limit)
    ]


class ReadingOrder:
    """One article's mentions resolved as `EventExtractor.extract` resolves them.

    Mirrors its order: per sentence, the speakers of attribution cues first (a bare
    "he"/"she" speaker takes the last speaker, through the extractor's own `_speaker`),
    then every noun/pronoun head not inside a compound, with the quote's speaker for
    first-person pronouns.
    """

    def __init__(self, extractor, article: Article, doc: Doc) -> None:  # noqa: ANN001
        self.actors = ArticleActors(
            extractor.resolver,
            article.date,
            home_country(article.source, article.url),
            article.title,
        )
        self.speaker_refs: dict[int, ActorRef] = {}  # head index -> the coder's speaker ref
        sentences = list(doc.sents)
        quotes = quote_spans(text_of(doc))
        cues_by_sentence: dict[int, list[Cue]] = defaultdict(list)
        for cue in find_cues(doc, sentences, quotes):
            cues_by_sentence[cue.sentence_index].append(cue)
        last_speaker: tuple[ActorRef, Cue] | None = None
        for si, sent in enumerate(sentences):
            here: ActorRef | None = None
            for cue in cues_by_sentence.get(si, []):
                speaker = extractor._speaker(self.actors, cue, last_speaker)
                if speaker is not None and cue.speaker_head is not None:
                    self.speaker_refs[cue.speaker_head.i] = speaker
                    last_speaker = (speaker, cue)
                    here = here or speaker
            if here is None and last_speaker is not None and _overlaps_quote(sent, quotes):
                here = last_speaker[0]
            for tok in sent:
                if tok.pos_ in HEAD_POS and tok.dep_ not in SKIPPED_DEPS:
                    in_quote = any(q[0] <= tok.idx < q[1] for q in quotes)
                    self.actors.mention(tok, here if in_quote else None)

    def predict(self, head: Token) -> Prediction:
        """What the coder made of this head (resolving it now if the loop never visited it)."""
        span = _np_span(head)
        matched = text_of(head.doc)[span[0] : span[1]]
        if head.i in self.speaker_refs and head.lower_ in {"he", "she"}:
            ref = self.speaker_refs[head.i]
            return Prediction(
                ref.country, ref.sector, ref.code, matched, ["'he'/'she' speaker: the last speaker"]
            )
        res = self.actors.resolve_head(head)
        if res is None:
            return Prediction(matched=matched, why=["not an actor mention"])
        return Prediction(res.country, res.sector, res.code, matched, list(res.why))


def _overlaps_quote(sent, quotes: list[tuple[int, int]]) -> bool:  # noqa: ANN001
    return any(q[0] < sent.end_char and q[1] > sent.start_char for q in quotes)


def _np_span(head: Token) -> tuple[int, int]:
    toks = [head] if head.pos_ == "PRON" else np_tokens(head)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def match_head(doc: Doc, start: int, end: int) -> Token | None:
    """The head token inside [start, end) whose noun phrase best covers it.

    Heads the coder's loop visits come first (so "Emmanuel Macron" is "Macron", not the
    compound "Emmanuel"); then a possessive or modifier noun ("the Kremlin's"); then the
    token at the span's end. Among candidates: most of the gold span covered, then the
    tightest phrase (Jaccard), then the later token (English heads come last).
    """
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    nouns = [t for t in inside if t.pos_ in HEAD_POS]
    visited = [t for t in nouns if t.dep_ not in SKIPPED_DEPS]
    candidates = visited or nouns
    if not candidates:
        return inside[-1] if inside else None

    def score(tok: Token) -> tuple[float, float, int]:
        lo, hi = _np_span(tok)
        shared = max(0, min(hi, end) - max(lo, start))
        return shared / (end - start), shared / (max(hi, end) - min(lo, start)), tok.i

    return max(candidates, key=score)


def code_actors(  # noqa: ANN001
    coder, gold: list[GoldMention], corpus_dir: Path, from_events: bool = False
) -> Iterator[Scored]:
    """Score every gold mention, parsing each referenced item once.

    With `from_events`, each item is first coded in full (as `eventwire code` does), and a
    mention that is the source or target of a coded event is scored by the actor the event
    carries: what a user of the event records sees ("Five people were killed in Quetta":
    the victims take the country they were harmed in). Other mentions are scored by the
    resolver, as without it."""
    articles = load_items(corpus_dir, {(g.corpus, g.item_id) for g in gold})
    by_item: dict[tuple[str, str], list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_item[(g.corpus, g.item_id)].append(g)
    keys = list(by_item)
    for (_, doc), key in zip(coder.parse(articles[k] for k in keys), keys, strict=True):
        coded = _event_actors(coder.code_doc(articles[key], doc)) if from_events else []
        order = ReadingOrder(coder.extractor, articles[key], doc)
        for g in by_item[key]:
            ref = _covering(coded, g)
            if ref is not None:
                pred = Prediction(ref.country, ref.sector, ref.code, ref.text, ["in an event"])
            elif (head := match_head(doc, g.start, g.end)) is not None:
                pred = order.predict(head)
            else:
                pred = Prediction(why=["no token"])
            yield Scored(g, pred)


def _event_actors(events: Iterable) -> list[ActorRef]:  # noqa: ANN001
    """The coded sources and targets of an article's events."""
    refs = [r for e in events for r in (e.source, e.target) if r is not None and r.code]
    return refs


def _covering(refs: list[ActorRef], g: GoldMention) -> ActorRef | None:
    """The event actor whose span best matches a gold mention (most of both spans shared)."""

    def shared(r: ActorRef) -> float:
        common = min(r.end, g.end) - max(r.start, g.start)
        return common / max(r.end - r.start, g.end - g.start) if common > 0 else 0.0

    best = max(refs, key=shared, default=None)
    return best if best is not None and shared(best) >= 0.5 else None


def _rates(scored: list[Scored]) -> dict:
    n = len(scored)

    def rate(ok: int) -> float:
        return round(ok / n, 4) if n else 0.0

    return {
        "n": n,
        "country": rate(sum(s.country_ok for s in scored)),
        "sector": rate(sum(s.sector_ok for s in scored)),
        "code": rate(sum(s.code_ok for s in scored)),
    }


def evaluate_actors(scored: Iterable[Scored]) -> dict:
    """Country, sector and full-code accuracy, overall and per category, and the failures.

    A mention labelled with a code must be resolved (an IGO's empty country is right only
    if the resolver found the IGO); an `unresolvable` one must stay without a code.
    """
    scored = list(scored)
    by_category: dict[str, list[Scored]] = defaultdict(list)
    by_corpus: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_category[s.gold.category].append(s)
        by_corpus[s.gold.corpus].append(s)
    unresolvable = by_category.get(UNRESOLVABLE, [])
    return {
        "overall": _rates(scored),
        "unresolvable_kept_empty": (
            round(sum(s.pred.code is None for s in unresolvable) / len(unresolvable), 4)
            if unresolvable
            else 0.0
        ),
        "per_category": {c: _rates(v) for c, v in sorted(by_category.items())},
        "per_corpus": {c: _rates(v) for c, v in sorted(by_corpus.items())},
        "failures": [_failure(s) for s in scored if not s.code_ok],
    }


def _failure(s: Scored) -> dict:
    g, p = s.gold, s.pred
    return {
        "corpus": g.corpus,
        "id": g.item_id,
        "span": [g.start, g.end],
        "mention": g.mention,
        "category": g.category,
        "gold": f"{g.country}{g.sector}" or "-",
        "predicted": p.code or "-",
        "matched": p.matched,
        "why": p.why,
    }
