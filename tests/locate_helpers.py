"""Events for the location tests: an uncoded event (no actors, no codes) on a trigger word,
placed by the Locator as `eventwire eval locations` places an event the extractor did not
make."""

from __future__ import annotations

from dataclasses import replace

from eventwire.records import Cameo, Event, Plover, Span


def uncoded_event(text: str, trigger: str, after: int = 0) -> Event:
    """An event the lexicon leaves uncoded (no actors), on the first `trigger` of `text` at or
    after `after`; its sentence is the whole text."""
    start = text.index(trigger, after)
    return Event(
        event_id="t",
        article_id="t",
        sentence_index=0,
        sentence=text,
        sentence_start=0,
        date=None,
        date_precision="unknown",
        article_date=None,
        source=None,
        target=None,
        trigger=Span(trigger, start, start + len(trigger)),
        cameo=Cameo("", "", ""),
        plover=Plover(None),
        goldstein=0.0,
        quad_class=0,
        modality="asserted",
    )


def stand_in(doc, trigger: str, after: int = 0) -> Event:  # noqa: ANN001 - a spaCy Doc
    """`uncoded_event` in the trigger's own sentence of the parsed `doc`."""
    event = uncoded_event(doc.text, trigger, after)
    start = event.trigger.start
    sent = doc.char_span(start, start + len(trigger), alignment_mode="expand").sent
    return replace(event, sentence=sent.text, sentence_start=sent.start_char)
