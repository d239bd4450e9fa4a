"""Event locations scored on hand-labelled events of real text (`eventwire eval locations`).

The gold file (tests/data/locations_gold.tsv) holds no text: each row names a corpus file of
../shared/corpus, an item id and the character span of an event's trigger, with the place
and country a careful reader gives for where that event happened (empty when the text gives
none). Each item is coded by the full coder (extractor, then Locator); the gold event is the
coded event whose trigger overlaps the gold trigger. If the extractor made no such event,
the Locator still places a stand-in event with that trigger, so that location accuracy is
not confounded with event recall (such rows are counted as `no_event`). The stand-in takes
the code the extractor's lexicon gives its head word alone ("says" a statement, "agreed to
hold" a consultation), so the rules treat it as the kind of act it is; a word the lexicon
does not know stays uncoded and is treated as a material act. Stand-ins are placed by the
Locator's whole procedure, as coded events are (the trip a release opens with, places carried
between meetings, the occasion a release names), beside copies of the coded events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.evaluate.corpus import gold_rows, load_items
from eventwire.events.attribution import cue_lemmas
from eventwire.events.lexicon import Lexicon
from eventwire.events.ontology import cameo
from eventwire.geo.gazetteer import Gazetteer, normalise
from eventwire.records import Article, Cameo, Event, Plover, Span


@dataclass(frozen=True)
class GoldLocation:
    corpus: str
    item_id: str
    trigger_start: int
    trigger_end: int
    trigger: str
    place_start: int | None
    place_end: int | None
    place: str  # "" when the event has no place
    country: str
    note: str

    @property
    def kind(self) -> str:
        """The case's kind: the note's first word ("same_sentence; arguable" -> "same_sentence")."""
        return self.note.split(";")[0].strip() or "other"


@dataclass
class Scored:
    gold: GoldLocation
    location: dict | None
    had_event: bool
    place_names: frozenset[str]  # every name of the predicted gazetteer entry

    @property
    def country_ok(self) -> bool:
        if not self.gold.place:
            return self.location is None
        return self.location is not None and (self.location["country"] or "") == self.gold.country

    @property
    def place_ok(self) -> bool:
        if not self.gold.place:
            return self.location is None
        return self.country_ok and normalise(self.gold.place) in self.place_names


def read_gold(path: Path, limit: int | None = None) -> list[GoldLocation]:
    """Gold rows in file order ('#' lines are comments)."""
    return [
        GoldLocation(
            corpus=r["corpus"],
            item_id=r["id"],
            trigger_start=int(r["trigger_start"]),
            trigger_end=int(r["trigger_end"]),
            trigger=r["trigger"],
            place_start=int(r["place_start"]) if r["place_start"] else None,
            place_end=int(r["place_end"]) if r["place_end"] else None,
            place=r["place"] or "",
            country=r["country"] or "",
            note=r["note"] or "",
        )
        for r in gold_rows(path, limit)
    ]


def code_locations(coder, gold: list[GoldLocation], corpus_dir: Path) -> Iterator[Scored]:  # noqa: ANN001
    """Code every referenced item once and score each gold event's location."""
    articles = load_items(corpus_dir, {(g.corpus, g.item_id) for g in gold})
    by_item: dict[tuple[str, str], list[GoldLocation]] = defaultdict(list)
    for g in gold:
        by_item[(g.corpus, g.item_id)].append(g)
    keys = list(by_item)
    gazetteer: Gazetteer = coder.locator.gazetteer
    for (article, doc), key in zip(coder.parse(articles[k] for k in keys), keys, strict=True):
        events = coder.code_doc(article, doc)
        found = {id(g): _matching_event(events, g) for g in by_item[key]}
        stand_ins = {
            id(g): _stand_in(article, doc, g, coder.extractor.lexicon)
            for g in by_item[key]
            if found[id(g)] is None
        }
        if stand_ins:
            # placed by the Locator's whole procedure (the release's opening trip, places
            # carried between meetings ...) beside copies of the coded events, whose own
            # places stay as the pipeline set them
            copies = [replace(e) for e in events]
            coder.locator.locate(article, doc, copies + list(stand_ins.values()))
        for g in by_item[key]:
            event = found[id(g)] or stand_ins[id(g)]
            had_event = found[id(g)] is not None
            names = frozenset()
            if event.location is not None:
                names = frozenset(
                    gazetteer.names_of(event.location["gazetteer_id"])
                    | {normalise(event.location["name"])}
                )
            yield Scored(g, event.location, had_event, names)


def _matching_event(events: list[Event], g: GoldLocation) -> Event | None:
    """The coded event on the gold trigger: exact span first, then any overlap."""
    overlapping = [
        e for e in events if e.trigger.start < g.trigger_end and g.trigger_start < e.trigger.end
    ]
    exact = [
        e
        for e in overlapping
        if (e.trigger.start, e.trigger.end) == (g.trigger_start, g.trigger_end)
    ]
    found = exact or overlapping
    return found[0] if found else None


def _stand_in(article: Article, doc, g: GoldLocation, lexicon: Lexicon) -> Event:  # noqa: ANN001
    """An uncoded event on the gold trigger (no actors) for the Locator, with the code its
    head word has on its own in the lexicon."""
    span = doc.char_span(g.trigger_start, g.trigger_end, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:].sent
    code = _head_word_code(span.root, lexicon) if span is not None else None
    known = cameo(code) if code else None
    return Event(
        event_id="gold",
        article_id=article.id,
        sentence_index=0,
        sentence=sent.text,
        sentence_start=sent.start_char,
        date=None,
        date_precision="unknown",
        article_date=article.date,
        source=None,
        target=None,
        trigger=Span(g.trigger, g.trigger_start, g.trigger_end),
        cameo=Cameo(known.code, known.root, known.name) if known else Cameo("", "", ""),
        plover=Plover(None),
        goldstein=0.0,
        quad_class=known.quad_class if known else 0,
        modality="asserted",
    )


def _head_word_code(head, lexicon: Lexicon) -> str | None:  # noqa: ANN001
    """The lexicon pattern the trigger's head word and its own dependents match ("agreed to
    hold" → consult), else a statement for a speech verb, else None (uncoded)."""
    lemma = head.lemma_.lower()
    kids = list(head.children)
    particles = {c.lower_ for c in kids if c.dep_ == "prt"}
    objects = {c.lemma_.lower() for c in kids if c.dep_ in {"dobj", "attr", "nsubjpass"}}
    preps = {c.lower_ for c in kids if c.dep_ in {"prep", "agent"}}
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in kids):
        preps.add("to")  # "agreed to maintain"
    for pos in dict.fromkeys((head.pos_, "VERB", "NOUN")):
        pattern = lexicon.match(pos, lemma, particles, objects, preps)
        if pattern is not None:
            return pattern.cameo
    return "010" if lemma in cue_lemmas() else None


def _rates(scored: list[Scored]) -> dict:
    n = len(scored)
    return {
        "n": n,
        "country": round(sum(s.country_ok for s in scored) / n, 4) if n else 0.0,
        "place": round(sum(s.place_ok for s in scored) / n, 4) if n else 0.0,
    }


def evaluate_locations(scored: Iterable[Scored]) -> dict:
    """Correct country and correct place rates, overall and per kind of case; the failures."""
    scored = list(scored)
    by_note: dict[str, list[Scored]] = defaultdict(list)
    by_method: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_note[s.gold.kind].append(s)
        by_method[(s.location or {}).get("method") or "none"].append(s)
    return {
        "overall": _rates(scored),
        "with_place": _rates([s for s in scored if s.gold.place]),
        "no_place_kept_empty": _rates([s for s in scored if not s.gold.place])["place"],
        "no_event": sum(not s.had_event for s in scored),
        "coded": _rates([s for s in scored if s.had_event]),
        "stand_in": _rates([s for s in scored if not s.had_event]),
        "per_note": {k: _rates(v) for k, v in sorted(by_note.items())},
        "per_method": {k: _rates(v) for k, v in sorted(by_method.items())},
        "failures": [_failure(s) for s in scored if not s.place_ok],
    }


def _failure(s: Scored) -> dict:
    g, loc = s.gold, s.location
    return {
        "corpus": g.corpus,
        "id": g.item_id,
        "trigger": [g.trigger_start, g.trigger_end, g.trigger],
        "gold": f"{g.place} ({g.country})" if g.place else "-",
        "predicted": f"{loc['name']} ({loc['country'] or ''})" if loc else "-",
        "method": (loc or {}).get("method") or "",
        "text": (loc or {}).get("text") or "",
        "country_ok": s.country_ok,
        "note": g.note,
        "coded": s.had_event,
    }
