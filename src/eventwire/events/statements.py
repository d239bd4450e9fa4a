"""Claims and statements: who said so (speakers of report cues, attribution) and reports
that are themselves an act, CAMEO 010 ("Zelensky stressed that ...").

Attribution is read from cues the attribution module finds; turning a report into a row, or
tying a row to its speaker, is this module's concern."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors.article import ArticleActors
from eventwire.events.arguments import actor_inside, pobjs
from eventwire.events.attribution import Cue
from eventwire.events.lexicon import Pattern
from eventwire.events.predicates import WORD_LISTS, Predicate
from eventwire.ingest.wire import parse_wire_header
from eventwire.nlp.pipeline import children_of, text_of
from eventwire.records import ActorRef, Article, Attribution, Event
from eventwire.records import Span as TextSpan

# Participles that make an "attack" a verbal one: "..., calling them nutters".
VERBAL_ATTACK_WORDS = WORD_LISTS["verbal_attack_words"]


def _said_while(tok: Token) -> bool:
    """Whether the predicate (or the verb carrying it) goes with a participle of saying."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in VERBAL_ATTACK_WORDS
        for c in children_of(verb)
    )


def _self_announced(attribution: Attribution | None, sources: list[ActorRef]) -> bool:
    """The speaker announces what the speaker (or their side) will do."""
    if attribution is None or not sources:
        return False
    speaker = attribution.speaker

    def same_side(s: ActorRef) -> bool:
        if s.code is None:
            return False
        if s.code == speaker.code or (s.name is not None and s.name == speaker.name):
            return True
        # "Iran will strike", said Iran's foreign minister: the state speaking for itself.
        return s.country is not None and s.country == speaker.country and s.sector is None

    return any(same_side(s) for s in sources)


def _reporter_of_earlier_words(verb: Token) -> Token | None:
    """Who reports words told before: "This was stated by President Zelensky during a
    speech" (the agent), "Zelensky said this to journalists" (the subject of a report whose
    object points back)."""
    kids = children_of(verb)
    if any(c.dep_ == "nsubjpass" and c.lower_ in DEICTIC_WORDS for c in kids):
        return next((g for c in kids if c.dep_ == "agent" for g in pobjs(c)), None)
    if any(c.dep_ == "dobj" and c.lower_ in DEICTIC_WORDS for c in kids):
        return next((c for c in kids if c.dep_ == "nsubj"), None)
    return None


# "said this", "this was stated by": words that point back at what was said.
DEICTIC_WORDS = {"this", "that", "so"}


# Reports that are public statements when what they report codes nothing (not thoughts).
STATEMENT_CUE_KINDS = {"speech", "writing"}


STATEMENT = "010"


STATEMENTS = "cues.tsv"  # where statement patterns (`_statement_pattern`) come from


# Speakers (and addressees) whose words are accounts, not political acts: civilians,
# witnesses, scholars, journalists, doctors.
NOT_STATEMENT_SECTORS = {"CVL", "EDU", "JRN", "MED"}


def _is_wire_agency(ref: ActorRef, article: Article, doc: Doc) -> bool:
    """Whether `ref` is the agency whose dateline opens the report ("an official told
    Pajhwok" in a Pajhwok report): speaking to the reporting wire is a public statement, as
    "told reporters" is, whether or not the base knows the agency. The reader keeps a
    stripped dateline's agency in `extras`; a dateline left in the text is read here."""
    agency = (article.extras or {}).get("agency") or parse_wire_header(text_of(doc)).agency
    return bool(agency) and ref.text.strip().lower() == str(agency).strip().lower()


# Cue verbs whose object is the one addressed ("told reporters", "informed the council").
ADDRESSED = WORD_LISTS["addressed"]


@lru_cache(maxsize=64)
def _statement_pattern(lemma: str, addressed: bool) -> Pattern:
    """A statement (CAMEO 010) by a cue verb; `where` points at the cue list."""
    return Pattern(
        "VERB",
        lemma,
        None,
        frozenset(),
        None,
        STATEMENT,
        "dobj" if addressed else "none",
        None,
        None,
        0,
        STATEMENTS,
    )


def _in_named_thing(tok: Token, cue: Cue) -> bool:
    """An act inside the noun phrase a stance verb takes as its object ("rejects proposals
    put forward by China"): the phrase names a thing the speaker acts on, so the act in it
    is not the speaker's claim (an outer report, if any, attributes it)."""
    if cue.verb is None:
        return False
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.head.i == cue.verb.i:
            return node.dep_ == "dobj" and node.pos_ in {"NOUN", "PROPN"} and node.i != tok.i
        node = node.head
    return False


def _make_attribution(doc: Doc, cue: Cue, speaker: ActorRef) -> Attribution:
    return Attribution(
        speaker=speaker,
        cue=TextSpan(cue.cue_text, cue.cue_start, cue.cue_end),
        content=TextSpan(
            text_of(doc)[cue.content_start : cue.content_end], cue.content_start, cue.content_end
        ),
        direct=cue.direct,
    )


class StatementReading:
    """Speakers and statements: the `EventExtractor` methods for attribution and CAMEO 010."""

    def _statements(
        self,
        article: Article,
        doc: Doc,
        si: int,
        sent: Span,
        verbs: list[Token],
        attributions: list[tuple[Cue, ActorRef]],
        here: list[Event],
        actors: ArticleActors,
        inherited,
        quotes,
        given: tuple[tuple[int, int], ...],
    ) -> list[Event]:  # noqa: ANN001
        """A report whose content codes no event is itself one: CAMEO 010, a public
        statement ("Zelensky stressed that the fleet is being rebuilt"). As in PETRARCH, a
        report of a coded act ("Kyiv said Russia shelled Kharkiv") is that act, attributed;
        a thought ("believes", "hopes") states nothing in public; the speaker must be known."""
        reports: list[tuple[Token, Token, ActorRef | None, Cue | None]] = [
            (c.verb, c.speaker_head, speaker, c)
            for c, speaker in attributions
            if c.verb is not None and c.speaker_head is not None and c.sentence_index == si
        ]
        cue_verbs = {verb.i for verb, _, _, _ in reports}
        reports += [
            (verb, speaker_head, None, None)
            for verb in verbs
            if verb.i not in cue_verbs
            and self.cues.get(verb.lemma_.lower()) in STATEMENT_CUE_KINDS
            and (speaker_head := _reporter_of_earlier_words(verb)) is not None
        ]
        rows: list[Event] = []
        for verb, speaker_head, speaker, cue in reports:
            if self.cues.get(verb.lemma_.lower()) not in STATEMENT_CUE_KINDS:
                continue
            content_start, content_end = (cue.content_start, cue.content_end) if cue else (0, 0)
            if any(
                e.trigger.start <= verb.idx < e.trigger.end
                or content_start <= e.trigger.start < content_end
                for e in here + rows
            ):
                continue  # the cue is an act of its own, or what it reports is coded
            addressed = verb.lemma_.lower() in ADDRESSED
            pattern = _statement_pattern(verb.lemma_.lower(), addressed)
            # made to the one told ("told Blinken that ..."), never to whom the content is
            # about ("stressed that Ukraine has begun ...": a statement about Ukraine)
            told = [
                actor_inside(c, self.actor_word)
                for c in children_of(verb)
                if addressed and c.dep_ in {"dobj", "dative"} and c.lower_ not in DEICTIC_WORDS
            ]
            pred = Predicate(verb, pattern, set(), sources=[speaker_head], targets=told)
            found = self._events(
                article, doc, si, sent, pred, actors, attributions, inherited, quotes, given
            )
            for e in found:
                if speaker and speaker.code:
                    # the statement is its speaker's act, as the cue reads it ("he" after a
                    # quote is the last speaker, not the nearest name inside the quote)
                    e = replace(e, source=speaker)
                    if cue is not None and e.attribution is None:
                        e = replace(e, attribution=_make_attribution(doc, cue, speaker))
                if e.source is None or e.source.sector in NOT_STATEMENT_SECTORS:
                    continue  # a witness's or a reporter's account is not a political act
                if e.target is not None and (
                    e.target.sector in NOT_STATEMENT_SECTORS
                    or _is_wire_agency(e.target, article, doc)
                ):
                    e = replace(e, target=None)  # "told reporters": a public statement
                rows.append(e)
        return rows

    def _speaker(
        self, actors: ArticleActors, cue: Cue, last: tuple[ActorRef, Cue] | None
    ) -> ActorRef | None:
        head = cue.speaker_head
        if head is None:
            return None
        if head.lower_ in {"he", "she"} and cue.direct and last is not None and last[0].name:
            # Newswire: "he said" after a quote is the last speaker.
            prev = last[0]
            return ActorRef(
                head.text,
                head.idx,
                head.idx + len(head.text),
                prev.name,
                prev.actor_id,
                prev.country,
                prev.sector,
                prev.code,
            )
        ref = actors.mention(head)
        if cue.speaker_chars is not None:  # a label ("SECRETARY BLINKEN:"): its whole text
            start, end = cue.speaker_chars
            label = ActorRef(text_of(head.doc)[start:end], start, end)
            ref = label if ref is None else replace(ref, text=label.text, start=start, end=end)
        return ref

    def _attribution(
        self, tok: Token, attributions: list[tuple[Cue, ActorRef]], inherited
    ) -> Attribution | None:  # noqa: ANN001
        for cue, speaker in attributions:
            if cue.content_start <= tok.idx < cue.content_end and not _in_named_thing(tok, cue):
                return _make_attribution(tok.doc, cue, speaker)
        if inherited is not None:
            q, (speaker, cue) = inherited
            if q[0] <= tok.idx < q[1]:
                return Attribution(
                    speaker,
                    TextSpan(cue.cue_text, cue.cue_start, cue.cue_end),
                    TextSpan(text_of(tok.doc)[q[0] : q[1]], q[0], q[1]),
                    True,
                )
        return None
