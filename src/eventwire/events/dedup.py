"""Merging repeated tellings: one record per event an article tells several times.

This runs once on all of an article's rows after extraction, so it is separate from how any one
clause is read."""

from __future__ import annotations

from eventwire.records import ActorRef, Event


def _mention_of(e: Event) -> dict:
    def span(actor: ActorRef | None) -> dict | None:
        return (
            None if actor is None else {"text": actor.text, "start": actor.start, "end": actor.end}
        )

    return {
        "sentence_index": e.sentence_index,
        "trigger": {"text": e.trigger.text, "start": e.trigger.start, "end": e.trigger.end},
        "source": span(e.source),
        "target": span(e.target),
    }


def _actor_key(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    return actor.actor_id or actor.code or actor.text.lower()


def merge_repeats(events: list[Event]) -> list[Event]:
    """One record per event told several times in an article: same source, target,
    CAMEO code, date and modality (and at least one coded actor). The first telling
    is the record; every telling is kept in `mentions` with its spans."""
    kept: list[Event] = []
    by_key: dict[tuple, Event] = {}
    for e in events:
        key = (_actor_key(e.source), _actor_key(e.target), e.cameo.code, e.date, e.modality)
        coded = (e.source is not None and e.source.code) or (e.target is not None and e.target.code)
        first = by_key.get(key) if coded else None
        if first is not None and _other_victims_in_one_sentence(first, e):
            first = None  # "Four people are killed and 11 others are injured": two groups
        if first is None:
            e.mentions = [_mention_of(e)]
            e.num_mentions = 1
            if coded:
                by_key[key] = e
            kept.append(e)
            continue
        first.mentions.append(_mention_of(e))
        first.num_mentions = len(first.mentions)
        first.confidence = min(1.0, round(first.confidence + 0.05, 2))
    return kept


def _other_victims_in_one_sentence(first: Event, later: Event) -> bool:
    """Two acts one sentence tells on two different phrases ("Four people are killed and 11
    others are injured") are two records, not one act told twice."""
    a, b = first.target, later.target
    return (
        first.sentence_index == later.sentence_index
        and a is not None
        and b is not None
        and (a.start, a.end) != (b.start, b.end)
    )


def _dedupe(events: list[Event]) -> list[Event]:
    seen: set[str] = set()
    out = []
    for e in events:
        if e.event_id not in seen:
            seen.add(e.event_id)
            out.append(e)
    return out
