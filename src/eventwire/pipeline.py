"""The coder: articles -> spaCy docs -> event records, in batches.

`Coder` is the one public entry point for coding text from Python:

    >>> from eventwire.pipeline import Coder
    >>> coder = Coder()
    >>> events = coder.code_text("Russia rejected the proposal by China.", date="2023-03-17")
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.kb import load_kb
from eventwire.actors.places import code_places_as_actors
from eventwire.actors.resolver import Resolver
from eventwire.events.attribution import cue_lemmas
from eventwire.events.extract import GIVEN_ACTORS, EventExtractor
from eventwire.events.lexicon import load_lexicon
from eventwire.geo.locate import Locator
from eventwire.ingest.wire import parse_date
from eventwire.nlp.headline_verbs import HeadlineVerbs
from eventwire.nlp.org_names import OrgNameHeads
from eventwire.nlp.passive_subjects import PassiveSubjects
from eventwire.nlp.pipeline import DEFAULT_MODEL, load_nlp
from eventwire.records import Article, Event

Span = tuple[int, int]  # a character span of the article's text


class Coder:
    """Parse articles with spaCy and code their events.

    Stages share the spaCy `Doc` (as spaCy's own components do): the parse is
    made once, and the actor and event stages only read it.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        actor_files: Sequence[Path] = (),
        lexicon_files: Sequence[Path] = (),
        petrarch_actor_files: Sequence[Path] = (),
        petrarch_agent_files: Sequence[Path] = (),
        petrarch_verb_files: Sequence[Path] = (),
        batch_size: int = 32,
    ) -> None:
        self.nlp: Language = load_nlp(model)
        self.batch_size = batch_size
        kb = load_kb(tuple(actor_files), tuple(petrarch_actor_files), tuple(petrarch_agent_files))
        self.kb_warnings = list(kb.warnings)
        lexicon = load_lexicon(tuple(lexicon_files), petrarch_verb_files=tuple(petrarch_verb_files))
        self.lexicon_warnings = list(lexicon.warnings)
        self.extractor = EventExtractor(Resolver(kb), lexicon)
        self.locator = Locator()  # where each event happened; loads its gazetteer lazily
        # Headline-style sentences whose verb was read as a noun get their verb back.
        self.headline_verbs = HeadlineVerbs(self.nlp, lexicon.lemmas("VERB") | set(cue_lemmas()))
        # The parse repairs, in order (docs/coding.md): the headline verbs above; "Eli Lilly
        # and Company" read as two coordinated nouns made one name; "civilians killed by
        # government forces" read with an active subject made passive again.
        self.parse_repairs = (self.headline_verbs, OrgNameHeads(), PassiveSubjects())
        # The model, knowledge base and lexicon just loaded are some 130,000 objects that live
        # as long as the process; Python's garbage collector walked them all in each of its
        # full collections, which the documents' short-lived objects set off (1.3 of 18 s CPU
        # coding 300 releases; 0.5 s with them frozen, out of its walks).
        gc.collect()
        gc.freeze()

    def parse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """spaCy docs for articles, batched with nlp.pipe (the parse is our speed floor)."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            doc.user_data["eventwire_text"] = article.text  # the parsed text, kept once
            yield article, doc

    def code_doc(self, article: Article, doc: Doc) -> list[Event]:
        if article.date is not None and (day := parse_date(article.date)) != article.date:
            # "2021-08-04T19:11:50+00:00" in a caller's own Article: the publisher's day
            # (a date that is no day at all is unknown, as ingest reads it)
            article = replace(article, date=day)
        started = time.perf_counter()
        for repair in self.parse_repairs:
            repair(doc)
        # (timed as "headline verbs", the first and costliest repair: the benchmarks' name)
        self.extractor.stage_seconds["headline verbs"] += time.perf_counter() - started
        events = self.extractor.extract(article, doc)
        places = self.locator.locate(article, doc, events)  # reads the Doc and the events
        code_places_as_actors(events, places)  # "shelled Kharkiv": an act against Ukraine
        return events

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article, in input order."""
        for article, doc in self.parse(articles):
            yield article, self.code_doc(article, doc)

    def code_marked(
        self, items: Iterable[tuple[Article, Sequence[Span], Sequence[Span]]]
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Events of articles whose source and target actors the caller has marked as
        character spans ("given this source and target, what happened?"). A marked
        mention counts as an actor even when the knowledge base lacks it (it stays
        uncoded), and a sentence whose marked pair no event joins gets an event from the
        predicate nearest to the pair in the parse."""
        rows = list(items)
        marks = {id(a): {"sources": tuple(s), "targets": tuple(t)} for a, s, t in rows}
        for article, doc in self.parse(a for a, _, _ in rows):
            doc.user_data[GIVEN_ACTORS] = marks[id(article)]
            yield article, self.code_doc(article, doc)

    def code_text(
        self, text: str, date: str | None = None, article_id: str = "text"
    ) -> list[Event]:
        """Code one piece of text (for scripts, tests and the API)."""
        article = Article(id=article_id, text=text, date=date)
        doc = self.nlp(text)
        doc.user_data["eventwire_text"] = text
        return self.code_doc(article, doc)
