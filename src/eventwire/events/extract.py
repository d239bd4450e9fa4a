"""Clause analysis: predicates of the dependency parse -> coded, attributed events.

For every verb (and event noun) the lexicon knows, the extractor finds who did
it (subject, passive agent, or the controller of an infinitive: "urged Xi to
hold talks" -> Xi holds the talks), to whom (by the pattern's target rule),
when (a time expression on the clause), how sure the text is (modality) and
who said so (attribution). One row is written per source-target pair.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from time import perf_counter

import numpy as np
from spacy.attrs import DEP, LEMMA, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from eventwire.actors.article import ArticleActors, home_country
from eventwire.actors.mentions import NOT_ACTOR_ENTS
from eventwire.actors.phrases import conjuncts
from eventwire.actors.resolver import Resolver
from eventwire.datafiles import read_data_tsv, read_word_sets, read_word_uses
from eventwire.events.arguments import (
    ACTOR_ENTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    ActorWord,
    actor_inside,
    actor_like,
    noun_sources,
    pobjs,
)
from eventwire.events.attribution import Cue, cue_lemmas, find_cues, quote_spans
from eventwire.events.dates import resolve_time
from eventwire.events.lexicon import Lexicon, Pattern, load_lexicon

# cameo_code also accepts the codes an imported PETRARCH dictionary defines.
from eventwire.events.petrarch_verbs import (
    ANY_PREPOSITION,
    BEFORE,
    from_dictionary,
    phrase_targets,
    reversed_events,
    words_before,
)
from eventwire.events.petrarch_verbs import event_code as cameo_code
from eventwire.events.violence import (
    ATTACK_NOUNS,
    CASUALTY_VERBS,
    COURSE_VERBS,
    RESTATING_VERBS,
    SITE_WORDS,
    VICTIM_SUBJECT_VERBS,
    accident,
    casualty_doers,
    did_harm,
)
from eventwire.ingest.wire import parse_wire_header
from eventwire.nlp.pipeline import children_of, text_of, tokens_of
from eventwire.records import (
    ActorRef,
    Article,
    Attribution,
    Cameo,
    Event,
    Plover,
)
from eventwire.records import (
    Span as TextSpan,
)
from eventwire.records import (
    make_event_id as make_id,
)

# The extractor's word lists (word_lists.tsv: its header says what each set is for).
WORD_LISTS = read_word_sets("eventwire.events", "word_lists.tsv")

PARTICLE_WORDS = {
    "forward",
    "out",
    "off",
    "up",
    "down",
    "back",
    "away",
    "in",
    "on",
    "over",
    "through",
    "aside",
    "ahead",
    "together",
}
NOT_EVENT_NOUN_DEPS = {"compound", "npadvmod", "amod", "nmod"}
# Cooperation announced for the future is coded AGREE (PLOVER's rule).
FUTURE_IS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# Coercion its own doer announces for the future is a THREATEN.
FUTURE_IS_THREAT = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
# folds.tsv code for "the inner event keeps its code; the governor's subject does it".
KEEP_INNER = "="
STANCE_RULES = "governors.tsv"  # where stance patterns (`_stance_pattern`) come from
PHONE_CALL = "041"
ACCUSE_OF = "112"
# Predicate adjectives by which a speaker blames someone ("were responsible").
BLAME_WORDS = WORD_LISTS["blame_words"]
# Words for officials one telephones ("called his counterpart").
COUNTERPART_WORDS = WORD_LISTS["counterpart_words"]
CRITICIZE = "111"
# Participles that make an "attack" a verbal one: "..., calling them nutters".
VERBAL_ATTACK_WORDS = WORD_LISTS["verbal_attack_words"]
# Sectors through which a state acts on its own orders (troops, police, officials).
STATE_APPARATUS = {"MIL", "COP", "GOV", "SPY"}
DEMAND = "100"
# Exercises and drills: one side's are a show of force, several sides' together cooperation.
SHOW_OF_FORCE, JOINT_MILITARY = "150", "062"
# "will boycott the talks": an announced boycott is a threat to boycott (CAMEO 1312).
BOYCOTT_MEETING = "125"
# Prepositions whose objects are circumstances, never what the verb is about ("resumed
# consular services ... including an attack on the consulate").
CIRCUMSTANCE_PREPS = {
    "including", "after", "before", "during", "despite", "amid", "amidst", "following",
    "since", "because", "like", "unlike", "besides",
}  # fmt: skip
# Subordinating words of clauses that report what has happened, whatever the main clause's
# modality ("will pause the evacuation after a ship was attacked").
SETTLED_CLAUSE_MARKS = {"after", "since", "because", "as", "although", "though", "while"}
# CAMEO roots of physical force (ASSAULT in PLOVER): coerce violently, assault, fight, mass
# violence.
FORCE_ROOTS = {"18", "19", "20"}
# Prepositions that place an event before or after another: the other one's date is not its.
ORDER_PREPS = {"after", "before", "following", "since", "until", "ahead", "prior"}
# Verbs of outcome: "threats will not lead to peace", "sanctions will not work" foretell,
# they refuse nothing (a "will not" on other verbs is a stated refusal, CAMEO 12x).
OUTCOME_VERBS = WORD_LISTS["outcome_verbs"]
# Prepositions whose gerund tells how the main verb's own subject did it ("by launching").
MANNER_PREPS = {"by", "through", "via"}
# Verbal, diplomatic acts by a bare country are acts of its government.
VERBAL_QUADS = {1, 3}


@lru_cache(maxsize=1)
def modality_words() -> dict[tuple[str, str], str]:
    """(word, role) -> modality, from data/modality.tsv."""
    rows = read_data_tsv("eventwire.events", "modality.tsv")
    return {(r["word"], r["role"]): r["modality"] for r in rows}


@lru_cache(maxsize=1)
def governor_folds() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Governing verbs (lemma -> class) and what each class makes of an inner event
    ((class, CAMEO prefix) -> code), from data/governors.tsv and data/folds.tsv."""
    classes = {r["lemma"]: r["class"] for r in read_data_tsv("eventwire.events", "governors.tsv")}
    folds = {
        (r["class"], r["inner"]): r["code"]
        for r in read_data_tsv("eventwire.events", "folds.tsv")
        if r["code"]
    }
    return classes, folds


def _bare_statement(pattern: Pattern) -> bool:
    """A verb's generic row, with no object or preposition ("announced", "strengthened"),
    which a more telling object noun overrides."""
    return not pattern.objects and pattern.prep is None


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Verbs that carry the act their object names (data/light_verbs.tsv)."""
    return frozenset(r["lemma"] for r in read_data_tsv("eventwire.events", "light_verbs.tsv"))


def _fold_code(cls: str, inner: str) -> str | None:
    """The code a governing class gives an inner CAMEO code (longest prefix wins)."""
    folds = governor_folds()[1]
    for k in range(len(inner), 1, -1):
        code = folds.get((cls, inner[:k]))
        if code:
            return code
    return None


@dataclass
class Predicate:
    """A lexicon match on one token, before actors are attached."""

    token: Token
    pattern: Pattern
    consumed: set[int]  # tokens that belong to the predicate (objects of light verbs)
    fold_code: str | None = None  # the code a governing verb gives it ("agreed to withdraw")
    governor: Token | None = None
    modality: str | None = None  # set when the construction decides it ("will not X")
    sources: list[Token] | None = None  # doer heads, when not the predicate's subject
    targets: list[Token] | None = None  # recipient heads, when not found by the pattern
    purpose_objects: list[Token] = field(default_factory=list)  # "... to help *them*"
    ordered: bool = False  # "ordered X to V": the orderer does V through X


# The words each pass over a sentence reads, as attribute ids (see `WordIndex`), of the type
# `Doc.to_array` gives (which compares ids exactly).
MENTION_POS = np.array([PROPN, NOUN, PRON], dtype=np.uint64)
MODIFIER_DEPS = np.array([get_string_id(d) for d in ("compound", "amod", "poss")], np.uint64)
PREDICATE_POS = np.array([VERB, AUX], dtype=np.uint64)
BE = get_string_id("be")
ACOMP = get_string_id("acomp")


class WordIndex:
    """Where the words each pass over a sentence reads stand in the document, found once with
    array tests: spaCy builds a Token on every access and a string on every `pos_`, and most
    words are none of these (speed only; every pass still reads the same words in order)."""

    def __init__(self, doc: Doc) -> None:
        self.tokens = tokens_of(doc)
        pos, dep, lemma = doc.to_array([POS, DEP, LEMMA]).T
        # nouns, names and pronouns that modify no other word: possible actor mentions
        self.mentions = np.flatnonzero(
            np.isin(pos, MENTION_POS) & ~np.isin(dep, MODIFIER_DEPS)
        ).tolist()
        # verbs and auxiliaries other than "be": possible predicates and stances
        verb = np.isin(pos, PREDICATE_POS) & (lemma != BE)
        self.verbs = np.flatnonzero(verb).tolist()
        self.nouns = np.flatnonzero(pos == NOUN).tolist()  # possible event nouns
        # the verbs, and adjective complements ("said X was responsible")
        self.stances = np.flatnonzero(verb | (dep == ACOMP)).tolist()

    def within(self, positions: list[int], sent: Span) -> list[Token]:
        """The tokens at `positions` inside `sent`, in text order."""
        lo = bisect_left(positions, sent.start)
        hi = bisect_left(positions, sent.end, lo)
        tokens = self.tokens
        return [tokens[i] for i in positions[lo:hi]]


class EventExtractor:
    """Turns one parsed article into event records."""

    def __init__(self, resolver: Resolver | None = None, lexicon: Lexicon | None = None) -> None:
        self.resolver = resolver or Resolver()
        self.lexicon = lexicon or load_lexicon()
        self.cues = cue_lemmas()
        # Seconds spent per stage (attribution, actors, events) since this extractor was
        # made: the throughput benchmark reports each stage's share of the parse time.
        self.stage_seconds: Counter[str] = Counter()
        self.actor_word = self.resolver.index.may_cover
        self.modal = modality_words()
        # PETRARCH patterns with words before the verb ("NOT *"): only then are they read.
        self.reads_before = any(w.startswith(BEFORE) for p in self.lexicon for w in p.required)

    # -- the whole article -------------------------------------------------
    def extract(
        self, article: Article, doc: Doc, mentions: list[ActorRef] | None = None
    ) -> list[Event]:
        """Events of one parsed article; `mentions`, if given, receives every actor
        mention the resolver saw, in reading order (for actor evaluation and tests)."""
        sentences = list(doc.sents)
        marked = doc.user_data.get(GIVEN_ACTORS) or {}
        given = tuple(marked.get("sources", ())) + tuple(marked.get("targets", ()))
        actors = ArticleActors(
            self.resolver,
            article.date,
            home_country(article.source, article.url),
            article.title,
        )
        clock = perf_counter()
        quotes = quote_spans(text_of(doc))
        cues = find_cues(doc, sentences, quotes)
        clock = self._tick("attribution", clock)
        cue_by_sentence: dict[int, list[Cue]] = {}
        for c in cues:
            cue_by_sentence.setdefault(c.sentence_index, []).append(c)
        events: list[Event] = []
        last_speaker: tuple[ActorRef, Cue] | None = None
        # attributions whose content runs past their sentence (a transcript turn)
        running: list[tuple[Cue, ActorRef]] = []
        all_tokens = tokens_of(doc)  # Token objects made once: spaCy builds one per access
        words = WordIndex(doc)
        for si, sent in enumerate(sentences):
            # 1. speakers of this sentence's cues, resolved first (reading order).
            attributions: list[tuple[Cue, ActorRef]] = []
            for cue in cue_by_sentence.get(si, []):
                speaker = self._speaker(actors, cue, last_speaker)
                if speaker is not None:
                    attributions.append((cue, speaker))
                    last_speaker = (speaker, cue)
            # "SECRETARY BLINKEN: ..." speaks every sentence of the turn, after any cue of
            # the sentence's own ("..., he said that ...")
            running = [(c, a) for c, a in running if c.content_end > sent.start_char]
            beyond = [(c, a) for c, a in attributions if c.content_end > sent.end_char]
            attributions += running
            running += beyond
            # Quotes in this sentence that no cue claims inherit the last speaker.
            inherited = None
            if last_speaker is not None:
                for q in quotes:
                    if (
                        q[0] < sent.end_char
                        and q[1] > sent.start_char
                        and not any(
                            c.direct and (c.content_start, c.content_end) == q
                            for c, _ in attributions
                        )
                    ):
                        inherited = (q, last_speaker)
                        break
            # 2. every other mention, in reading order, so coreference sees them.
            speaker_here = (
                attributions[0][1] if attributions else (inherited[1][0] if inherited else None)
            )
            sent_tokens = all_tokens[sent.start : sent.end]
            clock = self._tick("events", clock)
            for tok in words.within(words.mentions, sent):  # (not "compound", "amod", "poss")
                quoted = speaker_here is not None and self._in_any_quote(tok, quotes)
                actors.mention(tok, speaker_here if quoted else None)
            clock = self._tick("actors", clock)
            # 3. events.
            preds = self._predicates(sent, words)
            here: list[Event] = []
            for pred in preds:
                here.extend(
                    self._events(
                        article, doc, si, sent, pred, actors, attributions, inherited, quotes, given
                    )
                )
            tied = _tie_to_marked_pair(doc, sent, preds, here, marked)
            if tied is not None:
                # The caller named the pair and no event joins it: the act nearest to both
                # in the parse is what happened between them.
                here.extend(
                    self._events(
                        article, doc, si, sent, tied, actors, attributions, inherited, quotes, given
                    )
                )
            here += self._statements(
                article,
                doc,
                si,
                sent,
                words.within(words.verbs, sent),
                attributions,
                here,
                actors,
                inherited,
                quotes,
                given,
            )
            events.extend(e for e in here if not accident(e, sent_tokens))
        if mentions is not None:
            mentions.extend(actors.mentions[k] for k in sorted(actors.mentions))
        merged = merge_repeats(_dedupe(events))
        self._tick("events", clock)
        return merged

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

    def _tick(self, stage: str, since: float) -> float:
        """Add the time since `since` to a stage's total (read by the benchmark)."""
        now = perf_counter()
        self.stage_seconds[stage] += now - since
        return now

    def _in_any_quote(self, tok: Token, quotes: list[tuple[int, int]]) -> bool:
        at = tok.idx
        return any(start <= at < end for start, end in quotes)

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

    # -- predicates --------------------------------------------------------
    def _predicates(self, sent: Span, words: WordIndex) -> list[Predicate]:
        preds: list[Predicate] = []
        consumed: set[int] = set()
        for tok in words.within(words.verbs, sent):  # (a VERB or AUX, not "be")
            lemma = tok.lemma_.lower()
            if not (
                self.lexicon.heads_a_pattern("VERB", lemma)
                or self.lexicon.heads_a_pattern("VERB", tok.lower_)
            ):
                continue  # no pattern for this verb: its phrase need not be read (speed)
            if lemma in self.cues and _is_cue_use(tok):
                continue
            if tok.lower_ != lemma and any(
                from_dictionary(p) for p in self.lexicon.candidates("VERB", tok.lower_)
            ):
                lemma = tok.lower_  # a dictionary's own entry for this form ("LEFT", "MET")
            particle_toks = [
                c
                for c in children_of(tok)
                if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS)
            ]
            objects_tok = [
                c
                for c in children_of(tok)
                if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd", "acomp", "ccomp"}
                and c.pos_ in {"NOUN", "PROPN", "ADJ", "PRON", "NUM"}
            ]
            # "breaks off relations": the parser may hang the object on the particle.
            objects_tok += [g for p in particle_toks for g in children_of(p) if g.dep_ == "pobj"]
            # "a team of medical experts", "suspension of aid": the "of" object names it.
            objects_tok += [
                g
                for c in list(objects_tok)
                for p in children_of(c)
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in children_of(p)
                if g.dep_ == "pobj"
            ]
            # Prepositions of the verb, and of its particle ("pulled out of the deal").
            # "On Nov. 2, Tillerson called Lavrov": a date is not the "on" of "call on".
            preps_tok = [
                c
                for c in children_of(tok)
                if c.dep_ in {"prep", "agent", "dative"} and not _is_time_prep(c)
            ]
            preps_tok += [g for p in particle_toks for g in children_of(p) if g.dep_ == "prep"]
            # "call for a ceasefire": the object of a preposition can name the act too.
            prep_objects = [
                g
                for p in preps_tok
                if p.lower_ not in CIRCUMSTANCE_PREPS
                for g in children_of(p)
                if g.dep_ == "pobj"
            ]
            before = words_before(tok) if self.reads_before else set()
            direct = _object_words(objects_tok) | before
            objects = direct | _object_words(prep_objects)
            preps = {p.lower_ for p in preps_tok}
            particles = {c.lower_ for c in particle_toks}
            # spaCy reads "clash over the efforts" as a particle and an object: a
            # preposition a pattern names may arrive that way too.
            # The direct object decides first: "suspended aid because of the fighting" is a
            # suspension of aid, not of fighting; words after prepositions come second
            # ("called for a ceasefire").
            pattern = self.lexicon.match("VERB", lemma, particles, direct, preps | particles)
            if pattern is None or not pattern.objects:
                wider = self.lexicon.match("VERB", lemma, particles, objects, preps | particles)
                if wider is not None and (
                    pattern is None or wider.specificity > pattern.specificity
                ):
                    pattern = wider
            if pattern is None:
                continue
            used = {
                c.i
                for c in objects_tok + prep_objects
                if c.lemma_.lower() in pattern.objects or c.lower_ in pattern.objects
            }
            consumed |= used
            if from_dictionary(pattern):
                # PETRARCH codes the phrase once: "condemned an attack" is not an attack too.
                consumed |= {c.i for c in objects_tok}
            preds.append(Predicate(tok, pattern, {c.i for c in objects_tok if c.i in used}))
        for tok in words.within(words.nouns, sent):  # (a NOUN)
            if tok.i in consumed or tok.dep_ in NOT_EVENT_NOUN_DEPS:
                continue  # "attack helicopters", "sanctions regime": a modifier, not an act
            if not self.lexicon.heads_a_pattern("NOUN", tok.lemma_.lower()):
                continue  # no pattern for this noun (speed)
            # "air strike", "chemical attack": the modifier names the kind.
            modifiers = {
                c.lemma_.lower() for c in children_of(tok) if c.dep_ in {"amod", "compound"}
            }
            # "a suspension of aid": what the act is of can name it, as a verb's object does.
            of_objects = [g for p in children_of(tok) if p.lower_ == "of" for g in pobjs(p)]
            pattern = self.lexicon.match(
                "NOUN",
                tok.lemma_.lower(),
                set(),
                modifiers | {g.lemma_.lower() for g in of_objects},
                {
                    c.lower_
                    for c in _noun_phrase_heads(tok)
                    for c in children_of(c)
                    if c.dep_ == "prep"
                }
                # "is under investigation", "placed the captain under questioning"
                | ({"under"} if _held_under(tok) is not None else set()),
            )
            if pattern is None:
                continue
            consumed |= {g.i for g in of_objects if g.lemma_.lower() in pattern.objects}
            verb, obj = tok.head, tok
            if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj":
                # "began a new round of joint exercises": the light verb's object counts it.
                obj = obj.head.head
                verb = obj.head
            own = [p for p in preds if p.token.i == verb.i]
            if (
                obj.dep_ in {"dobj", "nsubjpass"}
                and verb.lemma_.lower() in light_verbs()
                and all(
                    _bare_statement(p.pattern)
                    # "announced [a suspension of] aid": the verb's row read a word
                    # inside this noun's phrase; the noun tells what was announced
                    or (p.consumed and all(tok.doc[i].head.head.i == tok.i for i in p.consumed))
                    for p in own
                )
            ):
                # "will extend the curfew", "waged strikes", "announced a suspension of aid":
                # the verb carries the noun's act (an announcement of an act codes the act).
                preds = [p for p in preds if p.token.i != verb.i]
                if obj.dep_ == "nsubjpass":
                    # "cooperation between X and Y was strengthened": the noun keeps its roles
                    preds.append(Predicate(tok, pattern, set()))
                else:
                    preds.append(Predicate(verb, pattern, {tok.i}))
            else:
                preds.append(Predicate(tok, pattern, set()))
        preds = _purposes_of_aid(self._fold_governed(preds))
        return preds + self._stance_predicates(words.within(words.stances, sent), preds)

    def _fold_governed(self, preds: list[Predicate]) -> list[Predicate]:
        """ "agreed to withdraw" is one AGREE (intent to yield), not an agreement plus a
        withdrawal; likewise "refused to release" (REJECT) and "threatened to strike"."""
        classes, folds = governor_folds()
        folded: set[int] = set()
        for pred in preds:
            tok = pred.token
            if not _is_infinitive_complement(tok):
                continue
            gov = tok.head
            cls = classes.get(gov.lemma_.lower())
            if cls is None:
                continue
            code = _fold_code(cls, pred.pattern.cameo)
            if code == KEEP_INNER:
                # "the court ordered the newspaper to suspend publication": the orderer
                # does the inner act to the one ordered.
                pred.fold_code, pred.governor = pred.pattern.cameo, gov
                pred.sources = _subject(gov, actor_word=self.actor_word)
                ordered = [c for c in children_of(gov) if c.dep_ in {"dobj", "dative"}]
                pred.targets = [actor_inside(c, self.actor_word) for c in ordered] or None
                pred.ordered = True
                folded.add(gov.i)
            elif code:
                pred.fold_code, pred.governor = code, gov
                folded.add(gov.i)
        return [p for p in preds if p.token.i not in folded]

    def _stance_predicates(self, words: list[Token], preds: list[Predicate]) -> list[Predicate]:
        """Commitments, refusals and demands whose content the lexicon does not know.

        PLOVER codes the stance itself: "agreed to share information" and "is willing to
        help" are AGREE, "refused to end the strike" and "will not accept refugees" REJECT,
        "Russia says Israel must end attacks" a REQUEST from Russia to Israel.
        """
        classes, folds = governor_folds()
        taken = {p.token.i for p in preds} | {p.governor.i for p in preds if p.governor}
        found: list[Predicate] = []
        for tok in words:  # the verbs other than "be", and the "acomp" words
            blamed = self._blamed_by_speaker(tok)
            if blamed is not None:
                found.append(blamed)
            if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_ == "be":
                continue
            if (
                tok.lemma_.lower() == "call"
                and tok.i not in taken
                and _phoned(tok)
                # "called Aoun to assure him of support": the support is what happened
                and not any(c.i in taken for c in children_of(tok) if c.dep_ in {"advcl", "xcomp"})
            ):
                # "Rivlin called Ethiopian President Sahle Work Zawde": a telephone call
                found.append(Predicate(tok, _stance_pattern(tok, PHONE_CALL), set()))
                continue
            gov = tok.head
            must = _demand_modal(tok) if tok.dep_ == "ccomp" else None
            if must is not None and gov.lemma_.lower() in self.cues and _has_subject(tok):
                # The speaker demands it of the clause's subject (CAMEO 10, PLOVER REQUEST),
                # whether or not the lexicon knows the demanded act.
                found.append(
                    Predicate(
                        tok,
                        _stance_pattern(tok, "100"),
                        set(),
                        "100",
                        must,
                        modality="asserted",
                        sources=_subject(gov, actor_word=self.actor_word),
                        targets=_subject(tok, actor_word=self.actor_word),
                    )
                )
            if tok.i in taken:
                continue
            cls = classes.get(gov.lemma_.lower()) if _is_infinitive_complement(tok) else None
            if cls is not None and gov.i not in taken and folds.get((cls, "*")):
                code = folds[(cls, "*")]
                found.append(Predicate(tok, _stance_pattern(tok, code), set(), code, gov))
                taken.add(gov.i)
            elif (
                _will_not(tok)
                and tok.lemma_.lower() not in self.cues
                and tok.lemma_.lower() not in OUTCOME_VERBS
                and _has_subject(tok)
            ):
                code = "120"
                found.append(
                    Predicate(tok, _stance_pattern(tok, code), set(), code, modality="asserted")
                )
        return found

    def _blamed_by_speaker(self, tok: Token) -> Predicate | None:
        """ "The Afghan government said Taliban militants were responsible": saying that
        someone is responsible or guilty accuses them (CAMEO 112)."""
        if tok.dep_ != "acomp" or tok.lemma_.lower() not in BLAME_WORDS:
            return None  # (tested before `tok.head`, which builds a Token: speed)
        cop = tok.head
        if cop.dep_ != "ccomp":
            return None
        cue = cop.head
        blamed = [c for c in children_of(cop) if c.dep_ == "nsubj"]
        if cue.lemma_.lower() not in self.cues or not blamed:
            return None
        return Predicate(
            tok,
            _stance_pattern(tok, ACCUSE_OF),
            set(),
            modality="asserted",
            sources=_subject(cue, actor_word=self.actor_word),
            targets=[actor_inside(b, self.actor_word) for b in blamed],
        )

    # -- one predicate -> event rows -----------------------------------------
    def _events(
        self,
        article: Article,
        doc: Doc,
        si: int,
        sent: Span,
        pred: Predicate,
        actors: ArticleActors,
        attributions: list[tuple[Cue, ActorRef]],
        inherited,
        quotes,
        given: tuple[tuple[int, int], ...] = (),
    ) -> list[Event]:  # noqa: ANN001
        tok, pat = pred.token, pred.pattern
        quote_speaker = None
        attribution = self._attribution(tok, attributions, inherited)
        if attribution is not None and self._in_any_quote(tok, quotes):
            quote_speaker = attribution.speaker
        harmful = False  # a violent happening told by the harm it did
        if tok.pos_ == "NOUN":
            src_heads = noun_sources(tok) or _doer_after_object(tok, self.actor_word)
            attr = tok
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "attr":
                attr = tok.head.head  # "is one of the largest donors"
            if not src_heads and attr.dep_ == "attr":
                # "The United States remains the largest donor of aid in Iraq"
                src_heads = [c for c in children_of(attr.head) if c.dep_ == "nsubj"]
            tgt_heads = _prep_objects([tok], pat.target, self.actor_word)
            between = _between(tok)
            if not between and tok.dep_ in {"nsubj", "nsubjpass"} and _happening(tok.head):
                between = _between(tok.head)  # "a call took place between X and Y"
            if between:
                # "talks between Moscow and Kiev": the first party acts, the others receive.
                src_heads, tgt_heads = between[:1], between[1:]
            harmful = did_harm(tok)
            holder = _held_under(tok) if pat.prep == "under" else None
            if holder is not None:
                # "the mayor is under investigation": the state falls on whoever is under it,
                # put there by someone named or not
                src_heads, tgt_heads = _held_parties(holder)
            # "protests erupt across Kenya": a demonstration or riot is coded though its doers
            # go unnamed (a boycott or blockade is not: "called for a boycott" is the call)
            protest = pat.cameo.startswith(("141", "145"))
            if (
                not src_heads
                and not _dated_by_possessive(tok)
                and not harmful
                and holder is None
                and not protest
                and not (tgt_heads and _settled_circumstance(tok))
            ):
                # a bare "attack on X" names no doer: too weak to count ("following the
                # talks with Stoltenberg" is a happening the sentence takes as known, kept
                # with its doer unknown); "Friday's strike
                # on X" is one dated happening, kept with its doer unknown, and so is "an
                # airstrike on a school kills 20", told by the harm it did
                return []
            if harmful and not tgt_heads and tok.head.lemma_.lower() in RESTATING_VERBS:
                # "drone attacks hit medical facilities": what the attack hit
                tgt_heads = [c for c in children_of(tok.head) if c.dep_ == "dobj"]
        else:
            src_heads = _subject(tok, actor_word=self.actor_word)
            tgt_heads = self._targets(tok, pat, pred, lambda h: actors.mention(h) is not None)
            if tok.lemma_.lower() in VICTIM_SUBJECT_VERBS:
                # "three children died in an airstrike": who died is the target; the doer is
                # the violent happening's own, found below
                src_heads, tgt_heads = [], src_heads
            between = [] if src_heads else _between(tok)
            if between:
                # "talks were held between Moscow and Kyiv": as for the noun, below
                src_heads, tgt_heads = between[:1], between[1:]
            if pred.governor is not None and not any(h.i in actors.mentions for h in tgt_heads):
                # "agreed with his Iranian counterpart to exchange technology": the partner
                # the governing verb names is the recipient.
                tgt_heads = (
                    _prep_objects([pred.governor], "prep:with", self.actor_word) or tgt_heads
                )
        if pred.sources is not None:
            src_heads = pred.sources
        if pred.targets is not None:
            tgt_heads = pred.targets
        places: list[Token] = []
        if (
            tgt_heads
            and (pred.fold_code or pat.cameo)[:2] in COOPERATIVE_ROOTS | {"15"}
            and all(_peacekeeping_body(h) for h in tgt_heads)
        ):
            # "sent troops to the UN peacekeeping force in South Sudan": peacekeepers serve
            # the place their mission is in
            tgt_heads = _places_of_body(tgt_heads) or tgt_heads
        # "strikes targets in southern Lebanon", "shelled positions in Belgorod": force used
        # on things that are no one's is used on the one named place that holds them
        force_on_things = (
            (pred.fold_code or pat.cameo)[:2] in FORCE_ROOTS
            and bool(tgt_heads)
            and all(
                h.lemma_.lower() in SITE_WORDS and _a_thing(h) and actors.mention(h) is None
                for h in tgt_heads
            )
        )
        if force_on_things:
            held_in = [
                g
                for h in [tok, *tgt_heads]
                for p in children_of(h)
                if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                for g in pobjs(p)
            ]
            # (a sea or a range is no one's: "fired at ships in the Red Sea" keeps the ships)
            named = [
                p
                for p in held_in
                if any(t.ent_type_ == "GPE" and abs(t.i - p.i) < 4 for t in p.subtree)
            ]
            if len(named) == 1 and not named[0].conjuncts:
                tgt_heads = named
        if (
            (
                (pred.fold_code or pat.cameo).startswith(PLACE_TARGET_CODES)
                or pat.cameo.startswith(PLACE_TARGET_CODES)
            )
            and all(
                (h.i in pred.consumed and actors.mention(h) is None) or _own_thing(h)
                for h in tgt_heads
            )
            or (
                pat.source_file == STANCE_RULES
                and all(_a_thing(h) and actors.mention(h) is None for h in tgt_heads)
            )
            # "protests are held across Kenya against a new tax law": a protest against a
            # thing is made to the place it is held in
            or (
                pat.cameo.startswith("14")
                and not any(
                    actors.mention(h) is not None and not _place_named_conflict(h)
                    for h in tgt_heads
                )
            )
        ):
            # "imposed a curfew in parts of Kashmir", "aid for people in northern Iraq":
            # an act done to a place without a named recipient is done to that place; so is a
            # commitment to an act the lexicon does not know, done to a thing somewhere
            # ("agreed to set up a research centre in Mumbai").
            places = _places_acted_in(tok, pred)
            tgt_heads = places or [h for h in tgt_heads if not _place_named_conflict(h)]
        sources = _actor_rows(src_heads, actors, quote_speaker, given=given)
        targets = _actor_rows(tgt_heads, actors, quote_speaker, keep_unknown=True, given=given)
        cause = None
        if tok.pos_ != "NOUN" and not sources and (pred.fold_code or pat.cameo)[:2] in FORCE_ROOTS:
            # "12 people are killed in an Israeli airstrike", "an explosion kills nine": the
            # violent happening stands where the doer would be; its own doer did the harm.
            cause = casualty_doers(
                tok, src_heads, lambda n: bool(self.lexicon.candidates("NOUN", n.lemma_))
            )
            if cause is None and tok.lemma_.lower() in VICTIM_SUBJECT_VERBS:
                return []  # "died in hospital", "died of cancer": no one's act
            if cause is not None:
                sources = _actor_rows(cause, actors, quote_speaker, given=given)
            elif casualty_doers(tok, src_heads, lambda n: False) is not None:
                return []  # "drone attacks hit two hospitals": the attack's own event tells it
        if _released_a_thing(tok, pat, actors, self.actor_word, given):
            return []  # "a laboratory releases its latest model": no one was set free
        told_by_harm = bool(targets) and (cause is not None or harmful)
        # "thousands protest in Paris": a protest held in a named town is made to the town,
        # which the locator codes with its country after extraction (`code_places_as_actors`)
        held_in_town = pat.cameo.startswith("14") and any(
            p.ent_type_ in {"GPE", "LOC"} and any(t.start == p.idx for t in targets) for p in places
        )
        if pred.ordered:
            own = {s.country for s in sources if s.country}
            if any(t.country and t.country not in own for t in targets):
                # "Biden ordered Iran to release the sailors": a demand of another party.
                pred.fold_code = DEMAND
            else:
                # "Putin ordered Russian troops to withdraw": Russia withdraws.
                targets = [
                    t for t in targets if not (t.country in own and t.sector in STATE_APPARATUS)
                ]
        if told_by_harm or held_in_town:
            pass  # violence that killed or hurt is an event though nobody known is named
        elif not sources and not any(t.code or _inside(t, given) for t in targets):
            return []  # nobody known on either side: no event record
        elif tok.pos_ == "NOUN" and not any(s.code or _inside(s, given) for s in sources + targets):
            return []
        code = cameo_code(pred.fold_code or pat.cameo)
        modality = pred.modality or self._modality(
            pred.governor if pred.governor is not None else tok, quotes
        )
        if modality in {"asserted", "future"} and _asked(tok):
            modality = "hypothetical"  # "Will China send weapons?" asserts nothing
        if (
            modality == "negated"
            and code.plover_type in FUTURE_IS_AGREE
            and _will_not(pred.governor if pred.governor is not None else tok)
        ):
            # "will not lift the embargo", "won't release": a refusal (CAMEO 12x).
            refusal = _fold_code("refuse", code.code)
            if refusal:
                code, modality = cameo_code(refusal), "asserted"
                pred.fold_code = refusal
        if modality == "future" and code.plover_type in FUTURE_IS_AGREE:
            # PLOVER: promised or planned cooperation ("will hold talks", "will release")
            # is an AGREE now; CAMEO has the parallel 03x intent codes.
            intent = _fold_code("intent", code.code)
            if intent:
                code, modality = cameo_code(intent), "asserted"
                pred.fold_code = intent
        if (
            modality == "future"
            and (code.plover_type in FUTURE_IS_THREAT or code.code == BOYCOTT_MEETING)
            and _self_announced(attribution, sources)
        ):
            # "we will strike back", "they said they will boycott": announcing one's own
            # coercion is a threat now (CAMEO 13x, PLOVER THREATEN).
            threat = _fold_code("threaten", code.code)
            if threat:
                code, modality = cameo_code(threat), "asserted"
                pred.fold_code = threat
        if (code.root == "15" or code.code in {"042", "043"}) and _about_peacekeeping(sent):
            # Troops sent, deployed or arriving as peacekeepers provide protection: CAMEO 074,
            # PLOVER AID ("Kosovo is sending a platoon to an international peacekeeping
            # mission"), not a show of force or a visit.
            code = cameo_code("074")
            pred.fold_code = "074"
        if code.root == "12" and not any(t.code for t in targets):
            # "will not end the strike until the government provides resources": the refusal
            # is aimed at whoever must act first.
            awaited = _awaited(pred.governor if pred.governor is not None else tok)
            if awaited:
                targets = _actor_rows(awaited, actors, quote_speaker, True, given) or targets
        date, precision = self._date(tok, article.date)
        # The trigger is the predicate word with its particle and a light verb's
        # object when they follow it closely ("put forward", "hold talks").
        trigger_toks = (
            [tok]
            + (
                [pred.governor]
                if pred.governor is not None and (0 < tok.i - pred.governor.i <= 4)
                else []
            )
            + [
                c
                for c in children_of(tok)
                if 0 < c.i - tok.i <= 4
                and (
                    c.dep_ == "prt"
                    or c.i in pred.consumed
                    or (c.dep_ == "advmod" and c.lower_ == pat.particle)
                )
            ]
        )
        t_start = min(t.idx for t in trigger_toks)
        t_end = max(t.idx + len(t.text) for t in trigger_toks)
        trigger = TextSpan(text_of(doc)[t_start:t_end], t_start, t_end)
        rows: list[Event] = []
        src_list: list[ActorRef | None] = list(sources) or [None]
        tgt_list: list[ActorRef | None] = list(targets) or [None]
        pairs = [(s, t) for s in src_list for t in tgt_list if not (s and t and s.start == t.start)]
        if (
            code.root in {"18", "19"}
            and _said_while(tok)
            # "soldiers kill four, saying they had crossed a barrier": killing is not words
            and tok.lemma_.lower() not in CASUALTY_VERBS - RESTATING_VERBS
        ):
            # "launched an attack on the spy chiefs, calling them nutters": words, not force.
            code = cameo_code(CRITICIZE)
            pred.fold_code = CRITICIZE
        if code.code == SHOW_OF_FORCE and len({_actor_key(s) for s in sources}) > 1:
            # "U.S. marines and Jordanian forces staged war games": drills held together are
            # military cooperation (CAMEO 062), not a show of force.
            code = cameo_code(JOINT_MILITARY)
            pred.fold_code = JOINT_MILITARY
        # A place as recipient does not stop a joint act from being between its doers
        # ("Putin and Zelensky agreed to implement a ceasefire in eastern Ukraine").
        # Nor does what they act about ("Biden and Xi agreed to share information on Iran": the
        # sharing is between the two).
        aside = places + [h for h in tgt_heads if _topic(h)]
        named = [t for t in targets if not any(t.start <= p.idx < t.end for p in aside)]
        if (
            _acts_on_each_other(code.code, sources, named)
            or _acts_on_each_other(pat.cameo, sources, named)
            or (len({_actor_key(s) for s in sources}) > 1 and _reciprocal(tok))
        ):
            # "Canada and Costa Rica agreed to start negotiations", "India and Pakistan agreed
            # to a ceasefire": a joint act with no other party is one between the doers; so is
            # any act on "each other" ("the army and the rebels accused each other").
            pairs = [(s, t) for s in sources for t in sources if _actor_key(s) != _actor_key(t)]
        group = make_id(article.id, "group", t_start, pat.cameo) if len(pairs) > 1 else None
        for s, t in pairs:
            if (
                s is not None
                and t is not None
                and s.code
                and s.code == t.code
                and (s.name == t.name)
                and not _two_bodies_of_a_kind(s, t)
            ):
                if len(tgt_list) > 1:
                    continue  # an actor acting on itself is a parse artefact
                t = None  # "lifted its embargo": the act stands, without a recipient
            if (
                s is not None
                and code.quad_class in VERBAL_QUADS | {0}
                and s.country
                and (s.sector is None and s.actor_id == s.country)
            ):
                s = ActorRef(
                    s.text, s.start, s.end, s.name, s.actor_id, s.country, "GOV", f"{s.country}GOV"
                )
            rows.append(
                Event(
                    event_id=make_id(article.id, t_start, pat.cameo, s and s.start, t and t.start),
                    article_id=article.id,
                    sentence_index=si,
                    sentence=text_of(doc)[sent.start_char : sent.end_char],  # (= sent.text)
                    sentence_start=sent.start_char,
                    date=date,
                    date_precision=precision,
                    article_date=article.date,
                    source=s,
                    target=t,
                    trigger=trigger,
                    cameo=Cameo(code.code, code.root, code.name),
                    plover=Plover(
                        code.plover_type,
                        code.plover_mode if pred.fold_code else (pat.mode or code.plover_mode),
                        pat.context,
                    ),
                    goldstein=code.goldstein,
                    quad_class=code.quad_class,
                    modality=modality,
                    attribution=attribution,
                    confidence=_confidence(s, t),
                    group_id=group,
                )
            )
        return rows + reversed_events(rows, pat)

    def _targets(
        self, verb: Token, pat: Pattern, pred: Predicate, known: Callable[[Token], bool]
    ) -> list[Token]:
        """Recipient heads by the pattern's target rule, else the object's own complement
        ("sanctions against Moscow", "an investigation of Flynn", "convicted X to pay"),
        else an object that is an actor."""
        by_pattern = self._pattern_targets(verb, pat, pred)
        if by_pattern and verb.lemma_.lower() in CASUALTY_VERBS and pat.cameo[:2] in FORCE_ROOTS:
            # "29 people are killed in Israeli attacks against Gaza": who was killed or hurt
            # is the target, named or not, rather than the attack's own target.
            return by_pattern
        cooperative = pat.cameo[:2] in COOPERATIVE_ROOTS
        if by_pattern and not any(known(h) for h in by_pattern):
            # "supported economic assistance to the Palestinians": the thing supported names
            # no one; whom it is for does.
            objects = [verb.doc[i] for i in sorted(pred.consumed)] + [
                c for c in children_of(verb) if c.dep_ == "dobj"
            ]
            by_pattern = (
                # "refuted Trump's comments on farm seizures", "rejected an Armenian
                # proposal": a verbal act on someone's words is aimed at that someone
                [
                    h
                    for o in objects
                    if (h := actor_inside(o, self.actor_word)).i != o.i and known(h)
                ][:1]
                or _object_complements(verb, pred, self.actor_word, cooperative)
                or [
                    h
                    for h in _prep_objects([verb], "prep:to|toward|towards", self.actor_word)
                    if known(h)
                ]
                or by_pattern
            )
        return (
            [actor_inside(c, self.actor_word) for c in _contacted(verb)]
            or by_pattern
            or _object_complements(verb, pred, self.actor_word, cooperative)
            # "provided $1.7 billion to support Syrian refugees": whom the aid is for
            or (pred.purpose_objects if pat.cameo.startswith("07") else [])
            # "extradited a Pakistani militant to India": the one acted on, when an actor
            or [
                actor_inside(c, self.actor_word)
                for c in children_of(verb)
                if c.dep_ == "dobj" and self._actorish(c)
            ]
            # "refused to allow two airlines to land", "refused to respond to a request from
            # MPs": whom the act it refuses, agrees to or demands would fall on
            or self._complement_targets(verb)
            # "lodged a complaint to the Human Rights Council", "held two meetings in Doha":
            # with no other recipient, the party or place the act went to or was done in
            or self._destination(verb, pred)
        )

    def _destination(self, verb: Token, pred: Predicate) -> list[Token]:
        """The first party or place after a directional or locative preposition of the verb,
        then of its object nouns; never a date, a manner ("in a statement") or a thing. Not
        for a passive ("after being accused of fraud in Kyiv"): its recipient is its subject,
        named elsewhere."""
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children_of(verb)):
            return []
        nouns = [verb.doc[i] for i in sorted(pred.consumed)]
        nouns += [c for c in children_of(verb) if c.dep_ == "dobj" and c.i not in pred.consumed]
        for head, spec in [(verb, DESTINATION_PREPS)] + [(n, DESTINATION_PREPS) for n in nouns]:
            found = [
                h
                for h in _prep_objects([head], spec, self.actor_word)
                if self._actorish(h) or _names_place(h)
            ]
            if found:
                return found[:1]
        return []

    def _complement_targets(self, verb: Token) -> list[Token]:
        for clause in children_of(verb):
            if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
                continue
            heads = [c for c in children_of(clause) if c.dep_ == "dobj"]
            heads += [
                s for c in children_of(clause) if c.dep_ == "ccomp" for s in children_of(c)
                if s.dep_ in SUBJECTS
            ]  # fmt: skip
            heads = heads or _prep_objects(
                [clause], "prep:to|with|from|against|on", self.actor_word
            )
            if heads:
                return [actor_inside(h, self.actor_word) for h in heads]
        return []

    def _pattern_targets(self, verb: Token, pat: Pattern, pred: Predicate) -> list[Token]:
        spec = pat.target or "dobj"
        if spec == "none":
            return _owners(verb, pred, self.actor_word)
        passive = any(c.dep_ in PASSIVE_SUBJECTS for c in children_of(verb))
        if spec in {"dobj", "iobj", "dative"}:
            heads = []
            if spec in {"iobj", "dative"}:
                # "gave Kyiv aid" (the dative is the noun) or "gave aid to Kyiv" (the
                # dative is the preposition and the recipient its object).
                heads = [
                    g
                    for c in children_of(verb)
                    if c.dep_ == "dative"
                    for g in ([c] if c.pos_ != "ADP" else pobjs(c))
                ]
                # "lent $1 billion to Indonesia": the recipient, not the thing given.
                heads = heads or _prep_objects([verb], "prep:to", self.actor_word)
            if not heads:
                deps = PASSIVE_SUBJECTS if passive else {"dobj"}
                objs = [c for c in children_of(verb) if c.dep_ in deps]
                heads = [c for c in objs if c.i not in pred.consumed]
                # "released two citizens": the object the pattern names is the recipient
                # when it is an actor ("hold talks" is not).
                heads = heads or [c for c in objs if self._actorish(c)]
                heads = [_antecedent(c) for c in heads]
            if not heads and not objs and _passive_participle(verb) and self._actorish(verb.head):
                heads = [verb.head]  # "a teacher arrested in Tehran": the teacher is arrested
            if heads and from_dictionary(pat):
                heads = phrase_targets(heads, self.actor_word)
            if not heads and from_dictionary(pat):
                # PETRARCH finds the target in a prepositional phrase when there is no
                # object: "arrived in Gondor", "left for Minas Tirith".
                heads = [
                    h
                    for h in _prep_objects([verb], ANY_PREPOSITION, self.actor_word)
                    if self._actorish(h)
                ][:1]
            if not heads:
                # "hold talks with X", "call on X to ..."
                heads = _prep_objects([verb], "prep:with|on|to|against", self.actor_word)
            return [actor_inside(h, self.actor_word) for h in heads]
        objs = [verb] + [verb.doc[i] for i in pred.consumed]
        # "launched a mediation effort between India and Pakistan": the object noun's own
        # preposition, when the verb's and the pattern words' have none.
        objs += [c for c in children_of(verb) if c.dep_ == "dobj" and c.i not in pred.consumed]
        return _prep_objects(objs, spec, self.actor_word) or _owners(verb, pred, self.actor_word)

    def _actorish(self, tok: Token) -> bool:
        return (
            tok.ent_type_ in ACTOR_ENTS
            or self.actor_word(tok)
            or any(
                c.ent_type_ in ACTOR_ENTS or self.actor_word(c)
                for c in tok.lefts
                if c.dep_ in {"amod", "compound", "poss"}
            )
        )

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

    # -- modality ----------------------------------------------------------
    def _modality(self, tok: Token, quotes: list[tuple[int, int]] | None = None) -> str:
        if any(_nobody(c) for c in children_of(tok)):
            return "negated"  # "no one was injured", "no agreement was reached"
        node = tok
        for _ in range(8):
            for child in children_of(node):
                if child.dep_ == "neg" and (child.lower_, "neg") in self.modal:
                    return "negated"
            for child in children_of(node):
                if child.dep_ in {"aux", "auxpass"}:
                    found = self.modal.get((child.lower_, "aux"))
                    if found == "hypothetical" and child.lower_ == "would":
                        if self._reported_future(node, quotes or []):
                            return "future"
                    if found:
                        return found
                if child.dep_ == "mark":
                    found = self.modal.get((child.lower_, "mark"))
                    if found:
                        return found
            if (
                node.pos_ == "NOUN"
                and node.dep_ == "pobj"
                and node.head.dep_ == "prep"
                and not _settled_circumstance(node)  # "told ... following the talks"
            ):
                # "called for talks", "appealed for a ceasefire": asked for, not done.
                found = self.modal.get((node.head.head.lemma_.lower(), "governor"))
                if found in {"requested", "negated", "future"}:
                    return found
            if node.pos_ == "NOUN" and node.dep_ == "dobj":
                # "denied the attack", "called for talks": the governing verb decides.
                gov = node.head
                found = self.modal.get((gov.lemma_.lower(), "governor"))
                if found and gov.lemma_.lower() not in self.cues:
                    return found if found != "future" else "future"
            dep = node.dep_
            head = node.head
            if head is node or _settled_circumstance(node):
                break
            if _contacted(node):
                pass  # "called Erdogan to apologize": done on the call, not asked for
            elif dep in {"xcomp", "pcomp"} or (
                dep == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node))
            ):
                # "accused of shooting", "suspected of killing": the verb the preposition
                # hangs on governs the gerund
                gov = head.head if dep == "pcomp" and head.dep_ == "prep" else head
                found = self.modal.get((gov.lemma_.lower(), "governor"))
                if found:
                    return found
            elif dep == "ccomp":
                found = self.modal.get((head.lemma_.lower(), "governor"))
                if found in {"negated", "reported"}:
                    return found
                if found == "requested" and _subjunctive(node):
                    return found  # "demanded that Israel stop its attacks": asked for
                if head.lemma_.lower() in self.cues:
                    return "asserted"
            elif dep in {"acl", "relcl"} and head.pos_ == "NOUN" and _noun_content(node):
                # "the claim that a ship was hit", "a plan to deport", "an ultimatum to end the
                # war": what the noun says or asks for; "denied the claim that ..." denies it.
                if (
                    head.dep_ == "dobj"
                    and self.modal.get((head.head.lemma_.lower(), "governor")) == "negated"
                ):
                    return "negated"
                found = self.modal.get((head.lemma_.lower(), "governor"))
                if found:
                    return found
                break
            elif dep not in {"conj", "advcl", "prep", "pobj", "dobj"}:
                break
            elif dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in SETTLED_CLAUSE_MARKS for c in children_of(node)
            ):
                break  # "will pause the effort after a vessel was attacked": that happened
            node = head
        return "asserted"

    def _reported_future(self, clause: Token, quotes: list[tuple[int, int]]) -> bool:
        """ "They said they would boycott the vote": in reported speech "would" is the
        speaker's "will" moved into the past (sequence of tenses), not a hypothetical;
        unless an if-clause makes it one, or the words are quoted as spoken."""
        while clause.dep_ == "conj":
            clause = clause.head
        cue = clause.head
        return (
            clause.dep_ == "ccomp"
            and cue.lemma_.lower() in self.cues
            and cue.tag_ in {"VBD", "VBN"}
            and not self._in_any_quote(clause, quotes)
            and not any(
                t.dep_ in {"mark", "advmod"} and t.lower_ in {"if", "unless", "otherwise"}
                for t in clause.subtree
            )
        )

    # -- dates -------------------------------------------------------------
    def _date(self, tok: Token, article_date: str | None) -> tuple[str | None, str]:
        node = tok
        for _ in range(6):
            expr = _time_expression(node)
            if expr:
                found = resolve_time(expr, article_date)
                if found:
                    return found
            if node.dep_ == "prep" and node.lower_ in ORDER_PREPS:
                break  # "declares April 6 a day of mourning following the strike": not its date
            if node.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp", "pobj", "prep", "dobj"} and (
                node.head is not node
            ):
                node = node.head
            else:
                break
        return (article_date, "day") if article_date else (None, "unknown")


def _is_cue_use(tok: Token) -> bool:
    """A cue verb used to report ("said that", '"...," he said') rather than as an act."""
    return (
        any(c.dep_ in {"ccomp", "parataxis"} for c in children_of(tok))
        or tok.dep_ == "parataxis"
        or (not any(c.dep_ in {"dobj", "prep"} for c in children_of(tok)))
    )


def _time_expression(verb: Token) -> str | None:
    for child in children_of(verb):
        if child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ in {"DATE", "TIME"}:
            return " ".join(t.text for t in child.subtree)
        if child.dep_ == "prep" and child.lower_ in {"in", "on", "during", "since", "at", "last"}:
            pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:
                return " ".join(t.text for t in pobj.subtree)
        if child.ent_type_ == "DATE" and child.dep_ in {"advmod", "npadvmod"}:
            return " ".join(t.text for t in child.subtree)
        if child.ent_type_ == "DATE" and child.dep_ == "poss":
            # "yesterday's missile strike", "Monday's attack"
            return " ".join(t.text for t in child.subtree if t.dep_ != "case")
    return None


def _subject(verb: Token, depth: int = 0, actor_word: ActorWord | None = None) -> list[Token]:
    """The doer of a verb, through passives, control, coordination and participles."""
    if depth > 6:
        return []
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECTS]
    if subjects and subjects[0].i < (end := _dateline_end(verb.sent)):
        # "BERLIN -- A court in Bavaria has convicted ...": the parser took the dateline for
        # a subject; the real one is the next subject, or what it hung on the dateline.
        later = [c for c in subjects[1:] if c.i >= end] or [
            c for c in subjects[0].subtree if c.dep_ == "appos" and c.i >= end
        ]
        subjects = later or subjects
    for c in subjects:
        if c.pos_ == "NOUN" and c.lemma_.lower() in ATTACK_NOUNS and not actor_like(c):
            # "A Saudi-led strike killed 40 children": the strike's doer did the killing
            doers = noun_sources(c)
            if doers:
                return doers
        # every entry is a subject (or what a dateline subject stood for)
        if c.tag_ in {"WDT", "WP"} or c.lower_ in {"that", "which", "who"}:
            return [verb.head] if verb.dep_ == "relcl" else []
        return [actor_inside(c, actor_word)]
    for c in children_of(verb):
        if c.dep_ == "agent":
            agents = pobjs(c)
            for a in agents:
                if a.lemma_.lower() in ATTACK_NOUNS and not actor_like(a):
                    # "killed by a drone strike by Russian forces": the strike's doer
                    return noun_sources(a) or agents
            return agents
    if verb.lemma_.lower() in STATE_ACTS and any(
        c.dep_ in PASSIVE_SUBJECTS for c in children_of(verb)
    ):
        # "was arrested in Niger", "were expelled from North Korea": with no agent named,
        # the state where (or from where) it was done did it.
        for p in children_of(verb):
            if p.dep_ == "prep" and p.lower_ in {"in", "from"}:
                places = [g for g in pobjs(p) if g.ent_type_ == "GPE"]
                if places:
                    return places[:1]
    if verb.dep_ in {"advcl", "conj"} and any(
        c.dep_ in PASSIVE_SUBJECTS for c in children_of(verb)
    ):
        # "postponed the meeting after a sighting was reported", "Iran objected and a vessel
        # was attacked": an agentless passive clause names no doer; the other clause's
        # subject is not it.
        return []
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    ):
        # Object control: "urged Xi to hold talks", "called on all sides to support".
        obj = next((c for c in children_of(head) if c.dep_ in {"dobj", "dative"}), None)
        if head.lemma_.lower() in CONTACT_VERBS:
            obj = None  # "called Lavrov to discuss Syria": the caller discusses
        if obj is None:
            on = next(
                (
                    c
                    for c in children_of(head)
                    if c.dep_ == "prep" and c.lower_ == "on" and not _is_time_prep(c)
                ),
                None,
            )
            obj = next((g for g in children_of(on) if g.dep_ == "pobj"), None) if on else None
        if obj is not None and head.lemma_.lower() in _OBJECT_CONTROL:
            return [obj]
        return _subject(head, depth + 1, actor_word)
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in MANNER_PREPS
        and not any(c.dep_ == "auxpass" for c in children_of(verb))
    ):
        # "Iran retaliated by launching missiles at Tel Aviv": the gerund of manner is done
        # by the subject of the verb its preposition hangs on.
        return _subject(head.head, depth + 1, actor_word)
    if verb.dep_ in {"conj", "advcl", "pcomp", "acomp"}:
        # acomp: "Honduras is willing to withdraw": the doer is the copula's subject.
        found = _subject(head, depth + 1, actor_word)
        if (
            verb.dep_ == "conj"
            and head.dep_ in {"ccomp", "conj"}
            and not any(actor_like(t) for t in found)
        ):
            # "Beijing stressed that talks were vital and called on ...": the parser
            # hangs "called" on the wrong verb; the speaker is the one calling.
            return _subject(head.head, depth + 1, actor_word)
        return found
    if verb.dep_ == "relcl":
        if any(c.dep_ in PASSIVE_SUBJECTS for c in children_of(verb)):
            return []  # "Yoon, who is already indicted": the noun suffered the act
        return [head]
    if verb.dep_ == "acl":
        if head.ent_type_ in ACTOR_ENTS:
            return [head]
        if head.pos_ == "NOUN" and _noun_content(verb):
            # "the government's plan to deport": the plan's owner; "an ultimatum to Russia to
            # end the war": whom a demand is made to.
            owners = [c for c in children_of(head) if c.dep_ == "poss"]
            if owners:
                return owners[:1]
            if any(c.dep_ == "mark" for c in children_of(verb)):
                return []  # "the claim that a ship was hit": the clause names its own doer
            if head.lemma_.lower() in DEMAND_NOUNS:
                asked = _addressees(head)
                if asked:
                    return asked[:1]
        # "a plan ..., among other things calling for": the clause that has the noun.
        node = head
        while node.dep_ in {"pobj", "prep", "dobj", "appos", "conj"} and node.head is not node:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                return _subject(node, depth + 1, actor_word)
    return []


# Verbs whose object is to do what their infinitive says ("urged Iran to stop").
_OBJECT_CONTROL = WORD_LISTS["object_control"]


# Verbs of getting in touch whose infinitive says why: "called Erdogan to apologize".
CONTACT_VERBS = WORD_LISTS["contact_verbs"]


def _about_peacekeeping(sent: Span) -> bool:
    return any(t.lower_.startswith("peacekeep") for t in sent)


# CAMEO codes of acts that conjoined doers do together, to each other: intents to cooperate
# (03), meetings and negotiations (04 but visits, hosting and mediation), signing agreements
# (057), material cooperation (06) and ceasefires (0871).
RECIPROCAL_PREFIXES = ("03", "040", "041", "044", "046", "057", "06", "0871")


def _topic(tok: Token) -> bool:
    """A noun in the phrase of "on", "about", "over" ... : what an act is about, not a party."""
    node = tok
    while node.dep_ != "prep":
        if node.dep_ not in TOPIC_PATH_DEPS or node.head is node:
            return False
        node = node.head
    return node.lower_ in TOPIC_PREPS


TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
TOPIC_PATH_DEPS = {"pobj", "poss", "compound", "conj", "appos", "amod", "nmod"}


def _two_bodies_of_a_kind(s: ActorRef, t: ActorRef) -> bool:
    """Two different unnamed bodies of the same sector and no country ("the Department of
    Energy" probing "the Bureau of Land Management", both GOV): the same code
    does not make them one actor, as it does for "its" or a repeated name."""
    return (
        s.name is None
        and s.country is None
        and s.text.lower() != t.text.lower()
        and t.text.lower().split()[0] not in PRONOUN_STARTS
    )


# A recipient that starts so is the doer again ("its embargo", "their own forces").
PRONOUN_STARTS = {"it", "its", "their", "them", "they", "his", "her", "our", "we", "itself"}


def _acts_on_each_other(code: str, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    return (
        code.startswith(RECIPROCAL_PREFIXES)
        and not any(t.code for t in targets)
        and len({_actor_key(s) for s in sources}) > 1
    )


# Doc.user_data key: character spans a caller marks as actors ("given this source and this
# target, what happened?"). A mention there is a doer or recipient even when the knowledge
# base does not know it; it stays uncoded. Used by `eventwire eval plv` and Coder.code_marked.
GIVEN_ACTORS = "eventwire_given_actors"

# CAMEO codes of acts that fall on the place where they happen: aid (07), ceasefires and
# withdrawals (087), protests (14: at the embassy, the mine, in the capital), force posture
# (15), coercion (17), assault (18), fighting (19) and mass violence (20).
PLACE_TARGET_CODES = ("07", "087", "14", "15", "17", "18", "19", "20")
PLACE_PREPS = {"in", "across", "throughout", "inside", "into"}
# Where an act went or was done, when nothing else names its recipient.
DESTINATION_PREPS = "prep:to|toward|towards|into|against|at|in|inside"


def _awaited(verb: Token) -> list[Token]:
    """The subject of an "until"/"unless" clause of the verb ("... until Cuba reforms")."""
    for node in (verb, *children_of(verb)):
        for clause in children_of(node):
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"until", "unless", "till"}
                for c in children_of(clause)
            ):
                agents = [g for c in children_of(clause) if c.dep_ == "agent" for g in pobjs(c)]
                return agents or [c for c in children_of(clause) if c.dep_ in SUBJECTS]
    return []


def _said_while(tok: Token) -> bool:
    """Whether the predicate (or the verb carrying it) goes with a participle of saying."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in VERBAL_ATTACK_WORDS
        for c in children_of(verb)
    )


def _a_thing(tok: Token) -> bool:
    """A common noun naming no one: no name, no entity, not a pronoun."""
    return (
        tok.pos_ == "NOUN"
        and tok.ent_type_ == ""
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(tok))
    )


def _own_thing(tok: Token) -> bool:
    """ "their weapons", "its troops": the doer's own, not a recipient."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok))


def _places_acted_in(tok: Token, pred: Predicate) -> list[Token]:
    """Places named after a locative preposition of the predicate or of its object nouns."""
    heads = [tok, *(tok.doc[i] for i in pred.consumed)]
    heads += [c for h in heads for c in children_of(h) if c.dep_ == "dobj"]
    # "remained on alert in Manila": the place may hang on the predicate's prepositional object
    heads += [g for p in children_of(tok) if p.dep_ == "prep" for g in pobjs(p)]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ in {"VERB", "AUX"}:
        heads.append(tok.head.head)  # "troops remained on alert in Manila"
    if (
        pred.pattern.cameo.startswith("14")
        and tok.dep_ in SUBJECTS | PASSIVE_SUBJECTS
        and (_happening(tok.head) or tok.head.lemma_.lower() in COURSE_VERBS)
    ):
        heads.append(tok.head)  # "demonstrations erupt in Havana", "protests intensify across"
    found = []
    for h in heads:
        for p in children_of(h):
            if p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
                found += [g for g in pobjs(p) if _names_place(g)]
    if not found:
        # "gave 352 million euros to promote investment in Ethiopia": the nearest place
        # further down the predicate's own phrase (never in its subject).
        subjects = {t.i for c in children_of(tok) if c.dep_ in SUBJECTS for t in c.subtree}
        found = [
            g
            for t in tok.subtree
            if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and t.i not in subjects
            for g in pobjs(t)
            if _names_place(g)
        ]
    return found[:1]


# Common nouns that name a place in their own right ("a curfew in the town").
PLACE_NOUNS = WORD_LISTS["place_nouns"]


# Nouns for a conflict, which a name put before them locates rather than owns.
CONFLICT_NOUNS = WORD_LISTS["conflict_nouns"]


def _place_named_conflict(tok: Token) -> bool:
    """ "protests against the Iran war", "the Gaza war": a conflict named by where it is
    fought (a compound name, no owner) is no party a protest is made to."""
    return (
        tok.lemma_.lower() in CONFLICT_NOUNS
        and not any(c.dep_ == "poss" for c in children_of(tok))
        and any(c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"} for c in children_of(tok))
    )


def _names_place(tok: Token) -> bool:
    """A GPE/LOC name, or a noun phrase around one ("parts of Kashmir", "northern Iraq"),
    or a place noun ("the town", "the border area")."""
    if tok.ent_type_ in {"GPE", "LOC"} or tok.lemma_.lower() in PLACE_NOUNS:
        return True
    return any(t.ent_type_ in {"GPE", "LOC"} for t in tok.subtree if t.i - tok.i < 4)


# What ends a dateline: "BERLIN --", "KABUL (Pajhwok) :", "Cebu City--Police".
DATELINE_ENDS = {"--", "-", "—", "–", ":", '"'}
DATELINE_WORDS = {"PROPN", "PUNCT", "NUM", "DET", "SPACE"}


def _dateline_end(sent: Span) -> int:
    """Index of the first token after a dateline opening the sentence ("THE HAGUE,
    Netherlands --", "Tehran, March 15, IRNA -"), or the sentence start if none: names,
    dates and agencies closed by a dash or colon, which the parser may take for a
    second subject."""
    for tok in sent[:14]:
        if (
            tok.pos_ == "PUNCT"
            and tok.text[-2:].lstrip(")") in DATELINE_ENDS
            and tok.i > sent.start
        ):
            before = sent.doc[sent.start : tok.i]
            if all(t.pos_ in DATELINE_WORDS or t.text.isupper() for t in before):
                return tok.i + 1
            return sent.start
    return sent.start


def _is_time_prep(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in children_of(prep))


def _contacted(verb: Token) -> list[Token]:
    """Whom the doer got in touch with, when `verb` says why ("called Erdogan to apologize"
    -> Erdogan)."""
    head = verb.head
    if head is verb or head.lemma_.lower() not in CONTACT_VERBS:
        return []
    if not _is_infinitive_complement(verb) and verb.dep_ != "advcl":
        return []
    called = [c for c in children_of(head) if c.dep_ in {"dobj", "dative"}]
    # "called Turkish President Erdogan on Friday to convey support": the parser may read the
    # name as what someone was called (`oprd`); with no object, it is the one called
    return called or [c for c in children_of(head) if c.dep_ == "oprd"]


# Prepositions whose object the sentence takes as having happened, whatever it says of its
# main verb: "did not resume after the Russian attack", "were not delivered because of the
# blockade".
SETTLED_PREPS = {"after", "following", "amid", "despite", "because", "due", "owing"}
SETTLED_PREP_PAIRS = {("due", "to"), ("because", "of"), ("owing", "to")}


def _settled_circumstance(noun: Token) -> bool:
    """Whether a noun is the object of a preposition that presupposes it happened."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in SETTLED_PREPS and prep.dep_ == "prep":
        return True
    return prep.dep_ == "pcomp" and (prep.head.lower_, prep.lower_) in SETTLED_PREP_PAIRS


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Yoon, who was indicted": Yoon)."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in {"WP", "WDT"} and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _subjunctive(verb: Token) -> bool:
    """A clause in the mandative subjunctive: a bare verb with its own subject and no
    auxiliary ("that Israel stop its attacks"; "that they stopped" reports a fact)."""
    if any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb)):
        return False
    return verb.tag_ == "VB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))


def _passive_participle(verb: Token) -> bool:
    """A past participle that modifies a noun ("a teacher arrested in Tehran"): the noun is
    the one acted on, as the subject of a passive is."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}


def _asked(tok: Token) -> bool:
    """An event a yes/no question asks about ("Will China send weapons to Russia?") is not
    asserted. A wh-question ("Why did Russia attack?") takes its event for granted."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    return not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in sent)


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


def _phoned(call: Token) -> bool:
    """ "called Erdogan", "called his Lebanese counterpart": a named person or office as
    the object, and nothing that makes it name-calling ("called him a liar") or a summons
    ("called a meeting", "called for")."""
    objects = [c for c in children_of(call) if c.dep_ == "dobj"]
    return (
        len(objects) == 1
        and (actor_like(objects[0]) or objects[0].lemma_.lower() in COUNTERPART_WORDS)
        and not any(c.dep_ in {"oprd", "ccomp", "prt"} for c in children_of(call))
        and not any(
            c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"} and not _is_time_prep(c)
            for c in children_of(call)
        )
    )


def _will_not(tok: Token) -> bool:
    """ "will not lift", "won't release", "would not allow": a stated refusal."""
    children = children_of(tok)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in {"will", "wo", "would", "shall"} for c in children
    )


def _nobody(arg: Token) -> bool:
    """A subject or object that denies the act happened: "no one", "nobody", "no civilians"."""
    if arg.dep_ not in SUBJECTS | PASSIVE_SUBJECTS | {"dobj"}:
        return False
    return arg.lower_ in {"nobody", "none", "nothing"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(arg)
    )


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in children_of(tok))


def _demand_modal(tok: Token) -> Token | None:
    """ "must" on a reported clause ("said Qatar must mediate"): a demand."""
    return next((c for c in children_of(tok) if c.dep_ == "aux" and c.lower_ == "must"), None)


def _stance_pattern(tok: Token, code: str) -> Pattern:
    """A pattern for a stance the construction, not the lexicon, decides (see
    `_stance_predicates`); `where` points at the rule's data file."""
    return Pattern(
        tok.pos_,
        tok.lemma_.lower(),
        None,
        frozenset(),
        None,
        code,
        "dobj",
        None,
        None,
        0,
        STANCE_RULES,
    )


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


# Nouns whose infinitive is asked of someone else: "an ultimatum to Russia to end the war".
DEMAND_NOUNS = read_word_uses("eventwire.events", "message_nouns.tsv")["asks_infinitive"]


def _noun_content(clause: Token) -> bool:
    """ "(a plan) to deport", "(the claim) that a ship was hit": a clause that says what a
    noun proposes or states, not a relative clause about it."""
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
        for c in children_of(clause)
    )


def _addressees(noun: Token) -> list[Token]:
    """Whom a demand noun is made to: "an ultimatum to Russia", "issued Russia an ultimatum",
    "a call on both sides"."""
    places = [noun]
    if noun.dep_ in {"dobj", "nsubjpass"}:
        places.append(noun.head)
    found: list[Token] = []
    for holder in places:
        for c in children_of(holder):
            if c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
                found.append(c)
            elif c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "on"}:
                found += [g for g in children_of(c) if g.dep_ == "pobj"]
    return found


def _is_infinitive_complement(tok: Token) -> bool:
    """ "to withdraw" under "agreed": an xcomp, or an advcl marked by "to"."""
    if tok.dep_ == "xcomp":
        return True
    return tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)
    )


def _object_words(tokens: list[Token]) -> set[str]:
    """Words that can satisfy a pattern's object: the noun and its kind-naming modifiers
    ("settlement proposals", "chemical weapons", "peace talks")."""
    words = {c.lemma_.lower() for c in tokens} | {c.lower_ for c in tokens}
    words |= {
        g.lemma_.lower() for c in tokens for g in children_of(c) if g.dep_ in {"compound", "amod"}
    }
    return words


def _owners(verb: Token, pred: Predicate, actor_word: ActorWord | None = None) -> list[Token]:
    """Whose thing a light verb's object is: "rejected proposals put forward by China"."""
    found = []
    for i in sorted(pred.consumed):
        inside = actor_inside(verb.doc[i], actor_word)
        if inside.i != i:
            found.append(inside)
    return found


# Acts only a state's authorities do to people: done in (or from) a country with no agent
# named, they are that country's.
STATE_ACTS = WORD_LISTS["state_acts"]

# Verbs that only say an event happened ("talks were held", "a call took place").
HAPPENING_VERBS = WORD_LISTS["happening_verbs"]


def _happening(verb: Token) -> bool:
    if verb.lemma_.lower() not in HAPPENING_VERBS:
        return False
    # "take" only as "take place"
    return verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in children_of(verb))


DOER_AFTER_OBJECT_PREPS = {"on", "against", "of", "at"}


def _doer_after_object(noun: Token, actor_word: ActorWord) -> list[Token]:
    """ "repelled an attack on their positions by the M23", "the capture of Kismayo by
    Jubaland forces": the parser hangs the doer's "by" on the act's object; it names the doer when
    it names someone."""
    for p in children_of(noun):
        if p.dep_ != "prep" or p.lower_ not in DOER_AFTER_OBJECT_PREPS:
            continue
        for g in pobjs(p):
            for c in children_of(g):
                if c.dep_ == "prep" and c.lower_ == "by":
                    return [o for o in pobjs(c) if actor_like(o) or actor_word(o)]
    return []


RELEASE_OF_PEOPLE = "0841"


def _released_a_thing(
    verb: Token,
    pat: Pattern,
    actors: ArticleActors,
    actor_word: ActorWord,
    given: tuple[tuple[int, int], ...],
) -> bool:
    """A release of people by the catch-all row whose direct object is a thing naming no one
    (no actor, no word for people, not counted): "released a new phone", "releases its latest
    model" set no one free. Things handed back keep their own rows (0842); "released two
    homeguards" stays a release; a caller who marked the actors has said an act joins them."""
    if (
        given
        or verb.pos_ != "VERB"
        or pat.objects
        or pat.cameo != RELEASE_OF_PEOPLE
        or verb.lemma_.lower() != pat.lemma
    ):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and o.ent_type_ not in ACTOR_ENTS
        and not actor_word(o)
        and not any(c.dep_ == "nummod" for c in children_of(o))
        and actors.mention(o) is None
        for o in objects
    )


def _dated_by_possessive(noun: Token) -> bool:
    """ "Friday's strike", "yesterday's attack"."""
    return any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in children_of(noun))


def _noun_phrase_heads(noun: Token) -> list[Token]:
    """The noun, and the verb that only says it happened ("a call [took place] between")."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and _happening(noun.head):
        return [noun, noun.head]
    return [noun]


def _held_under(noun: Token) -> Token | None:
    """The verb a state noun is "under" ("is under investigation", "remains under house
    arrest", "placed the captain under questioning"), or None."""
    under = noun.head
    if noun.dep_ == "pobj" and under.lower_ == "under" and under.head.pos_ in {"VERB", "AUX"}:
        return under.head
    return None


def _held_parties(holder: Token) -> tuple[list[Token], list[Token]]:
    """Who put someone "under" a state, and who is under it: "authorities placed the captain
    under questioning" (the subject and the object), "the mayor is under investigation" and
    "was placed under arrest by police" (the subject is under it; the agent put them there)."""
    objects = [c for c in children_of(holder) if c.dep_ == "dobj"]
    agents = [g for c in children_of(holder) if c.dep_ == "agent" for g in pobjs(c)]
    if objects:
        return [c for c in children_of(holder) if c.dep_ in SUBJECTS] + agents, objects
    held = [c for c in children_of(holder) if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return agents, held


def _reciprocal(tok: Token) -> bool:
    """Whether the predicate acts on "each other" or "one another", as its object or after one
    of its (or its object's) prepositions: "accused each other", "fire missiles at each other"."""
    for t in tok.subtree:
        if t.lower_ not in {"other", "another"} or t.i == 0:
            continue
        if t.doc[t.i - 1].lower_ not in {"each", "one"} and not (
            t.lower_ == "another" and t.doc[t.i - 1].lower_ == "one"
        ):
            continue
        node = t.head if t.dep_ == "det" else t  # "one another": "another" may hang on "one"
        while node.i != tok.i and node.dep_ in {"dobj", "pobj", "prep"}:
            node = node.head
        if node.i == tok.i:
            return True
    return False


def _between(noun: Token) -> list[Token]:
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ == "between":
            pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return [pobj, *(t for t in pobj.conjuncts if t.i > pobj.i)]
    return []


def _prep_objects(
    heads: list[Token], spec: str, actor_word: ActorWord | None = None
) -> list[Token]:
    if not spec.startswith("prep:"):
        return []
    wanted = set(spec[5:].split("|"))
    out = []
    for h in heads:
        for c in children_of(h):
            if (
                c.dep_ in {"prep", "dative", "agent"}
                and c.lower_ in wanted
                and not _is_time_prep(c)
            ):
                out.extend(actor_inside(g, actor_word) for g in children_of(c) if g.dep_ == "pobj")
                # "an investigation into whether Yovanovitch was spied on": the clause's subject
                for g in children_of(c):
                    if g.dep_ != "pcomp":
                        continue
                    subjects = [s for s in children_of(g) if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
                    # "a lawsuit against deporting Eritrean refugees", "sanctions
                    # against buying Iranian oil": with no subject, whom the gerund acts on
                    out.extend(
                        subjects
                        or [
                            actor_inside(o, actor_word)
                            for o in children_of(g)
                            if o.dep_ == "dobj" and g.tag_ == "VBG"
                        ]
                    )
        if out:
            break
    return out


# Prepositions by which an object noun names whom the act is aimed at.
OBJECT_COMPLEMENT_PREPS = {"against", "on", "of", "into", "with", "to", "over", "toward", "towards"}
COOPERATIVE_ROOTS = {"01", "02", "03", "04", "05", "06", "07", "08"}
COOPERATIVE_COMPLEMENT_PREPS = (OBJECT_COMPLEMENT_PREPS - {"against", "into", "over"}) | {"for"}
# Prepositions by which a participle after an object ("sanctions imposed on Iran") names whom
# the object was aimed at.
AIMED_PARTICIPLE_PREPS = {"on", "upon", "against"}


def _object_complements(
    verb: Token, pred: Predicate, actor_word: ActorWord | None = None, cooperative: bool = False
) -> list[Token]:
    """Whom an act named by the verb's object is aimed at: "called for sanctions against
    Moscow", "opened an investigation of Flynn"; and the subject of a clause the verb
    takes ("convicted the bank to pay damages"). Help goes to whom it is "for", never to
    whom it is "against" ("military support for Ukraine against Russia")."""
    preps = COOPERATIVE_COMPLEMENT_PREPS if cooperative else OBJECT_COMPLEMENT_PREPS
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [
        g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"
    ]
    objects += [verb.doc[i] for i in pred.consumed]
    for obj in objects:
        # "lifted sanctions imposed on India", "condemned the ban placed against the party": a
        # participle after the object says whom the object was aimed at
        aimed = [
            p
            for c in children_of(obj)
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for p in children_of(c)
            if p.dep_ == "prep" and p.lower_ in AIMED_PARTICIPLE_PREPS
        ]
        for p in [*children_of(obj), *aimed]:
            if p.dep_ == "prep" and (p.lower_ in preps or p in aimed):
                # "a ceasefire on Friday": a date is no one the act is aimed at
                found = [
                    h
                    for g in pobjs(p)
                    if (h := actor_inside(g, actor_word)).ent_type_ not in {"DATE", "TIME"}
                ]
                if p.lower_ == "of":
                    # "an investigation of Flynn", but not "a state of siege"
                    found = [
                        g
                        for g in found
                        if actor_like(g) or (actor_word is not None and actor_word(g))
                    ]
                if found:
                    return found
    for clause in children_of(verb):
        if clause.dep_ in {"ccomp", "xcomp"}:
            subjects = [c for c in children_of(clause) if c.dep_ in SUBJECTS]
            if subjects:
                return [actor_inside(subjects[0], actor_word)]
    return []


def _actor_rows(
    heads: list[Token],
    actors: ArticleActors,
    speaker: ActorRef | None,
    keep_unknown: bool = False,
    given: tuple[tuple[int, int], ...] = (),
) -> list[ActorRef]:
    """Actors for argument heads (and their conjuncts). With `keep_unknown` (recipients),
    a noun phrase that is no known actor is kept with its text and span and no code
    ("the cultural sector"): the recipient is still evidence a reader wants. Doers
    (without it) named earlier in the sentence point at that name, not the pronoun."""
    rows: list[ActorRef] = []
    seen: set[int] = set()
    for head in heads:
        for tok in conjuncts(head):
            if tok.i in seen:
                continue
            seen.add(tok.i)
            split = _coordinated_modifiers(tok, actors, given)
            if split:
                # "UK and EU negotiators", "Nigerian and British armed forces": one actor
                # for each modifier
                rows.extend(split)
                continue
            ref = actors.mention(tok, speaker)
            if ref is None and tok is not head and actor_inside(tok) is not tok:
                # "condemned the aggression and the threats made by Washington"
                ref = actors.mention(actor_inside(tok), speaker)
            if ref is None and keep_unknown and _unknown_argument(tok):
                ref = actors.unresolved(tok)
            if ref is None and not keep_unknown and tok.pos_ == "PRON":
                # "Farc has said it will release ...": the sayer is who "it" is.
                sayer = _sayer_of(tok)
                if sayer is not None:
                    ref = actors.mention(sayer, speaker) or (
                        actors.unresolved(sayer) if _unknown_name(sayer) else None
                    )
            if ref is None and (
                (not keep_unknown and _unknown_name(tok)) or _inside_span(tok, given)
            ):
                # "Action Against Hunger is providing food": a named doer the knowledge
                # base lacks is still the doer (kept uncoded, listed by `summary`).
                ref = actors.unresolved(tok)
            if ref is not None:
                rows.append(ref if keep_unknown else _named_in_sentence(tok, ref, actors))
    return rows


def _coordinated_modifiers(
    head: Token, actors: ArticleActors, given: tuple[tuple[int, int], ...]
) -> list[ActorRef]:
    """ "UK and EU negotiators": the parts of a noun whose modifier is coordinated, each
    as its own actor ("UK", "EU negotiators"), when at least two of them are actors."""
    mod = next(
        (
            c
            for c in children_of(head)
            if c.dep_ in {"nmod", "compound", "amod"}
            and c.i < head.i
            and any(x.dep_ == "conj" for x in children_of(c))
        ),
        None,
    )
    if mod is None:
        return []
    parts = [mod, *(x for x in mod.conjuncts if mod.i < x.i < head.i)]
    text = text_of(head.doc)
    whole = actors.resolve_head(head)
    kind = getattr(whole, "sector", None)  # "armed forces": each side's military
    refs = []
    for n, part in enumerate(parts):
        resolved = actors.resolve_head(part)
        start = part.idx
        end = part.idx + len(part.text) if n == 0 else head.idx + len(head.text)
        if resolved is None and not any(a <= start < b for a, b in given):
            continue
        country = getattr(resolved, "country", None)
        sector = getattr(resolved, "sector", None)
        code = getattr(resolved, "code", None)
        if country and sector is None and kind and code == country:
            sector, code = kind, f"{country}{kind}"
        refs.append(
            ActorRef(
                text=text[start:end],
                start=start,
                end=end,
                name=getattr(resolved, "name", None),
                actor_id=getattr(resolved, "actor_id", None),
                country=country,
                sector=sector,
                code=code,
            )
        )
    return refs if len(refs) >= 2 else []


def _named_in_sentence(tok: Token, ref: ActorRef, actors: ArticleActors) -> ActorRef:
    """ "The ELN said it will release him": the evidence for the doer is "The ELN", named
    earlier in the same sentence, rather than the pronoun that refers back to it."""
    if tok.pos_ != "PRON" or ref.code is None:
        return ref
    sentence_start = tok.sent.start
    sayer = _sayer_i(tok)
    for i in range(tok.i - 1, sentence_start - 1, -1):
        named = actors.mentions.get(i)
        if (
            named is not None
            and (
                (named.code == ref.code and named.name == ref.name)
                # "Turkey's president says it will ...": the sayer, however coded
                or (sayer == i and named.country == ref.country)
            )
            and tok.doc[i].pos_ != "PRON"
        ):
            return named
    return ref


def _unknown_argument(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ not in NOT_ACTOR_ENTS


# Verbs that, as the purpose of aid ("gave $5m to help refugees"), name whom it is for.
PURPOSE_OF_AID = WORD_LISTS["purpose_of_aid"]

# Nouns for a body of peacekeepers ("the UN peacekeeping mission"): a vehicle of help to the
# place it serves in, not its recipient.
MISSION_NOUNS = WORD_LISTS["mission_nouns"]


def _peacekeeping_body(tok: Token) -> bool:
    """ "the UN peacekeeping force", "peacekeeping operations": a mission of peacekeepers."""
    return tok.lemma_.lower() in MISSION_NOUNS and any(
        t.lower_.startswith("peacekeep") for t in tok.subtree if t.i < tok.i
    )


def _places_of_body(heads: list[Token]) -> list[Token]:
    """The first named place a body is "in" ("the force in South Sudan")."""
    return [
        g
        for h in heads
        for p in children_of(h)
        if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
        for g in pobjs(p)
        if _names_place(g)
    ][:1]


def _purposes_of_aid(preds: list[Predicate]) -> list[Predicate]:
    """ "provided aid to support Syrian refugees" is one act of aid for the refugees,
    not aid plus an act of support: the purpose verb's object joins the aid."""
    by_token = {p.token.i: p for p in preds}
    dropped: set[int] = set()
    for pred in preds:
        verb = pred.token
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        aid = by_token.get(subject.i) if subject is not None else None
        if (
            verb.lemma_.lower() in PURPOSE_OF_AID
            and aid is not None
            and aid.pattern.cameo.startswith("07")
        ):
            # "Australian aid supported two million girls": the aid's recipients
            aid.targets = [c for c in children_of(verb) if c.dep_ == "dobj"] or None
            dropped.add(verb.i)
            continue
        if not pred.pattern.cameo.startswith("07"):
            continue
        for clause in children_of(pred.token):
            if (
                clause.dep_ in {"advcl", "xcomp"}
                and clause.lemma_.lower() in PURPOSE_OF_AID
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))
            ):
                pred.purpose_objects = [c for c in children_of(clause) if c.dep_ == "dobj"]
                if clause.i in by_token and pred.purpose_objects:
                    dropped.add(clause.i)
    return [p for p in preds if p.token.i not in dropped]


def _tie_to_marked_pair(
    doc: Doc, sent: Span, preds: list[Predicate], found: list[Event], marked: dict
) -> Predicate | None:
    """For a sentence with a caller-marked source and target that no event joins: the
    predicate nearest to both in the dependency tree, with the marked actors as its roles."""
    roles = {}
    for role in ("sources", "targets"):
        spans = [
            doc.char_span(a, b, alignment_mode="expand")
            for a, b in marked.get(role, ())
            if sent.start_char <= a < sent.end_char
        ]
        roles[role] = [sp.root for sp in spans if sp is not None]
    marks = roles["sources"] + roles["targets"]
    if not preds or not marks:
        return None
    for e in found:
        actors = [a for a in (e.source, e.target) if a is not None]
        if any(a.start <= m.idx < a.end for a in actors for m in marks):
            return None
    best = min(preds, key=lambda p: (sum(_tree_distance(p.token, m) for m in marks), p.token.i))
    return replace(best, sources=roles["sources"] or None, targets=roles["targets"] or None)


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up = {a.i: 0}
    for n, anc in enumerate(a.ancestors, 1):
        up[anc.i] = n
    if b.i in up:
        return up[b.i]
    for n, anc in enumerate(b.ancestors, 1):
        if anc.i in up:
            return n + up[anc.i]
    return len(a.sent) * 2


def _sayer_of(pronoun: Token) -> Token | None:
    """The subject of the saying verb whose reported clause this pronoun is the subject of
    ("X said *it* will ..."), when the pronoun is a third-person subject."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"it", "they", "he", "she"}:
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cue_lemmas():
        return None
    return next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)


def _sayer_i(pronoun: Token) -> int | None:
    sayer = _sayer_of(pronoun)
    return None if sayer is None else sayer.i


def _inside_span(tok: Token, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def _inside(ref: ActorRef, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a mention overlaps an actor span the caller marked (see GIVEN_ACTORS)."""
    return any(ref.start < b and a < ref.end for a, b in spans)


def _unknown_name(tok: Token, depth: int = 0) -> bool:
    """A name the knowledge base may lack: an entity, a proper noun, an abbreviation the
    tagger read as a noun ("ICE handed back ..."), or a group of a named body ("members of the
    Freedom Alliance", "a delegation of the KANU")."""
    if tok.ent_type_ in ACTOR_ENTS or (tok.pos_ == "PROPN" and tok.ent_type_ == ""):
        return True
    if tok.pos_ == "NOUN" and _abbreviation(tok):
        return True
    return (
        depth == 0
        and tok.pos_ == "NOUN"
        and tok.ent_type_ == ""
        and any(
            _unknown_name(g, 1)
            for p in children_of(tok)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in pobjs(p)
        )
    )


def _abbreviation(tok: Token) -> bool:
    """ "ICE", "SLM/A": capitals only, two letters or more."""
    letters = tok.text.replace("/", "").replace("-", "").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


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


def _confidence(s: ActorRef | None, t: ActorRef | None) -> float:
    score = 0.4
    if s is not None and s.code:
        score += 0.3
    if t is not None and t.code:
        score += 0.2
    return round(score, 2)


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
