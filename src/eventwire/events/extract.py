"""Clause analysis: predicates of the dependency parse -> coded, attributed events.

For every verb (and event noun) the lexicon knows, the extractor finds who did
it (subject, passive agent, or the controller of an infinitive: "urged Xi to
hold talks" -> Xi holds the talks), to whom (by the pattern's target rule),
when (a time expression on the clause), how sure the text is (modality) and
who said so (attribution). One row is written per source-target pair.

This module is the entry point (`EventExtractor.extract`) and assembles the rows; each
concern it draws on has a module of its own: triggers.py (which words are events),
roles.py (doers and recipients), argument_actors.py (their actors), places.py,
self_targets.py, modality.py (with dates), statements.py (speakers, CAMEO 010) and
dedup.py (repeated tellings).
"""

from __future__ import annotations

from collections import Counter
from time import perf_counter

from spacy.tokens import Doc, Span, Token

from eventwire.actors.article import ArticleActors, home_country
from eventwire.actors.kb import normalise
from eventwire.actors.resolver import Resolver
from eventwire.events.argument_actors import _actor_rows, _inside
from eventwire.events.arguments import (
    ACTOR_ENTS,
    PASSIVE_SUBJECTS,
    WORD_LISTS,
    ActorWord,
    noun_sources,
    pobjs,
)
from eventwire.events.attribution import Cue, cue_lemmas, find_cues, quote_spans
from eventwire.events.dedup import _actor_key, _dedupe, merge_repeats
from eventwire.events.joint_parties import JointParties
from eventwire.events.lexicon import Lexicon, Pattern, load_lexicon
from eventwire.events.modality import ModalityReading, _asked, _settled_circumstance, modality_words

# cameo_code also accepts the codes an imported PETRARCH dictionary defines.
from eventwire.events.petrarch_verbs import (
    BEFORE,
    reversed_events,
)
from eventwire.events.petrarch_verbs import event_code as cameo_code
from eventwire.events.places import (
    PLACE_PREPS,
    PLACE_TARGET_CODES,
    _about_peacekeeping,
    _peacekeeping_body,
    _place_named_conflict,
    _places_acted_in,
    _places_of_body,
    _places_of_people,
)
from eventwire.events.predicates import Predicate, WordIndex, _happening
from eventwire.events.roles import (
    COOPERATIVE_ROOTS,
    FORCE_ROOTS,
    TargetFinding,
    _awaited,
    _between,
    _doer_after_object,
    _held_parties,
    _held_under,
    _prep_objects,
    _subject,
)
from eventwire.events.self_targets import (
    _acts_on_each_other,
    _attended_together,
    _put_forward_together,
    _reciprocal,
    _topic,
    _two_bodies_of_a_kind,
)
from eventwire.events.statements import StatementReading, _said_while, _self_announced
from eventwire.events.triggers import (
    COUNTERPART_WORDS,
    STANCE_RULES,
    TriggerFinding,
    _fold_code,
    _tie_to_marked_pair,
    _will_not,
)
from eventwire.events.violence import (
    CASUALTY_VERBS,
    RESTATING_VERBS,
    SITE_WORDS,
    VICTIM_SUBJECT_VERBS,
    accident,
    casualty_doers,
    did_harm,
)
from eventwire.nlp.pipeline import children_of, sentences_of, text_of, tokens_of
from eventwire.records import (
    ActorRef,
    Article,
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

# Cooperation announced for the future is coded AGREE (PLOVER's rule).
FUTURE_IS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# Coercion its own doer announces for the future is a THREATEN.
FUTURE_IS_THREAT = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
CRITICIZE = "111"
# Sectors through which a state acts on its own orders (troops, police, officials).
STATE_APPARATUS = {"MIL", "COP", "GOV", "SPY"}
DEMAND = "100"
# Exercises and drills: one side's are a show of force, several sides' together cooperation.
SHOW_OF_FORCE, JOINT_MILITARY = "150", "062"
# Codes whose pattern object is the doer's own forces: force posture (15: "deployed troops")
# and peacekeeping (074: "sent peacekeepers").
OWN_FORCES_CODES = ("15", "074")
AID_ROOT = "07"
# "will boycott the talks": an announced boycott is a threat to boycott (CAMEO 1312).
BOYCOTT_MEETING = "125"
# Verbal, diplomatic acts by a bare country are acts of its government.
VERBAL_QUADS = {1, 3}
MATERIAL_CONFLICT = 4


class EventExtractor(TriggerFinding, TargetFinding, ModalityReading, StatementReading):
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
        # the parties of the article's latest meeting, for "the two leaders agreed ..."
        self.joint = JointParties()

    # -- the whole article -------------------------------------------------
    def extract(
        self, article: Article, doc: Doc, mentions: list[ActorRef] | None = None
    ) -> list[Event]:
        """Events of one parsed article; `mentions`, if given, receives every actor
        mention the resolver saw, in reading order (for actor evaluation and tests)."""
        sentences = sentences_of(doc)  # (made once per document; read, not changed)
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
        self.joint = JointParties()
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
            # the quotes this sentence overlaps: only they can hold its words (speed)
            start_char, end_char = sent.start_char, sent.end_char
            quotes_here = [q for q in quotes if q[0] < end_char and q[1] > start_char]
            # Quotes in this sentence that no cue claims inherit the last speaker.
            inherited = None
            if last_speaker is not None:
                for q in quotes_here:
                    if not any(
                        c.direct and (c.content_start, c.content_end) == q for c, _ in attributions
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
                quoted = speaker_here is not None and self._in_any_quote(tok, quotes_here)
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
            here = [e for e in here if not accident(e, sent_tokens)]
            self.joint.note(here, si)
            events.extend(here)
        if mentions is not None:
            mentions.extend(actors.mentions[k] for k in sorted(actors.mentions))
        merged = merge_repeats(_dedupe(events))
        self._tick("events", clock)
        return merged

    def _tick(self, stage: str, since: float) -> float:
        """Add the time since `since` to a stage's total (read by the benchmark)."""
        now = perf_counter()
        self.stage_seconds[stage] += now - since
        return now

    # -- one predicate -> event rows -----------------------------------------
    def _capital_hit(self, ref: ActorRef) -> bool:
        """Is the recipient a capital city's name read as its government ("Kyiv", "Kyiv,
        Ukraine")?"""
        return (
            ref.sector == "GOV"
            and ref.country is not None
            and ref.actor_id == f"{ref.country}-GOV"
            and self.resolver.kb.capital_index().get(normalise(ref.text.split(",")[0]))
            == ref.country
        )

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
            if not src_heads and (pred.fold_code or pat.cameo).startswith(OWN_FORCES_CODES):
                # "2,000 Russian soldiers were deployed as peacekeepers along the corridor":
                # with no sender named, a state's forces sent or deployed stand for it as the
                # doer; the place they go to is the recipient (PLV, session 14)
                forces = _passive_forces(tok, actors)
                if forces:
                    src_heads = forces
                    tgt_heads = [h for h in tgt_heads if h not in forces]
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
        if tgt_heads and (pred.fold_code or pat.cameo).startswith(AID_ROOT):
            # "assistance to help people in Somalia, Ethiopia and Kenya": aid reaches the place
            tgt_heads = _places_of_people(tgt_heads) or tgt_heads
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
                (h.i in pred.consumed and actors.mention(h) is None)
                or _own_thing(h)
                # "ceased its military operations in several areas": the owner of the act's
                # own noun is the doer, no recipient (session 14)
                or (h.dep_ == "poss" and h.pos_ == "PRON" and h.head.i in pred.consumed)
                # "deployed 300 troops in Syria", "sent more troops in northern Iraq": the
                # forces a posture or peacekeeping pattern names as its object are the doer's
                # own, as "its troops" are, not the recipient (PLV, session 13)
                or (
                    h.i in pred.consumed
                    and (pred.fold_code or pat.cameo).startswith(OWN_FORCES_CODES)
                )
                # "suspended aid deliveries in Borno State", "eased restrictions on the
                # movement of aid workers in conflict zones": short of force, an act on a
                # thing no one is named for is done to the place it is in (PLV, session 13)
                or (
                    (pred.fold_code or pat.cameo)[:2] not in FORCE_ROOTS
                    and _a_thing(h)
                    and actors.mention(h) is None
                )
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
        targets = _actor_rows(
            tgt_heads, actors, quote_speaker, keep_unknown=True, given=given, act=tok
        )
        if not given and not any(s.code for s in sources):
            # "The two leaders agreed to maintain contacts", "it was agreed": the parties of
            # the call or meeting the readout told before
            verb = pred.governor if pred.governor is not None else tok
            sources = self.joint.doers(verb, src_heads, si, pred.fold_code or pat.cameo) or sources
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
        sentence = text_of(doc)[sent.start_char : sent.end_char]  # (= sent.text)
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
        # Nor do the doers' own things ("Saudi Arabia and Iran agreed to reopen their
        # embassies": the reopening is between the two, not done to one side's embassies).
        joint = len({_actor_key(s) for s in sources}) > 1
        aside = places + [h for h in tgt_heads if _topic(h) or (joint and _own_thing(h))]
        named = [t for t in targets if not any(t.start <= p.idx < t.end for p in aside)]
        if (
            (
                _acts_on_each_other(code.code, sources, named)
                or _acts_on_each_other(pat.cameo, sources, named)
            )
            and not _put_forward_together(tok)
            and not _attended_together(tok)
        ) or (len({_actor_key(s) for s in sources}) > 1 and _reciprocal(tok)):
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
            if t is not None and code.quad_class == MATERIAL_CONFLICT and self._capital_hit(t):
                # "Russian missiles hit Kyiv": force lands on the city, not on the government
                # its name stands for in words ("Kyiv rejected the plan").
                t = ActorRef(t.text, t.start, t.end, None, t.country, t.country, None, t.country)
            rows.append(
                Event(
                    event_id=make_id(article.id, t_start, pat.cameo, s and s.start, t and t.start),
                    article_id=article.id,
                    sentence_index=si,
                    sentence=sentence,
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


# Doc.user_data key: character spans a caller marks as actors ("given this source and this
# target, what happened?"). A mention there is a doer or recipient even when the knowledge
# base does not know it; it stays uncoded. Used by `eventwire eval plv` and Coder.code_marked.
GIVEN_ACTORS = "eventwire_given_actors"


def _a_thing(tok: Token) -> bool:
    """A common noun naming no one: no name, no entity, not a pronoun."""
    return (
        tok.pos_ == "NOUN"
        and tok.ent_type_ == ""
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(tok))
    )


def _passive_forces(verb: Token, actors: ArticleActors) -> list[Token]:
    """The passive subject of a verb with no agent when it is a state's forces ("Kenyan police
    officers were deployed"): troops, police or officers whose own words name their state
    (plain "100,000 soldiers are deployed" could be anyone's)."""
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in children_of(verb)):
        return []  # (the parse may leave "by Beijing" a plain preposition)
    found = []
    for c in children_of(verb):
        if c.dep_ not in PASSIVE_SUBJECTS:
            continue
        ref = actors.mention(c)
        named = any(t.ent_type_ in {"NORP", "GPE"} for t in c.subtree)
        if named and ref is not None and ref.country and ref.sector in {"MIL", "COP"}:
            found.append(c)
    return found


def _own_thing(tok: Token) -> bool:
    """ "their weapons", "its troops": the doer's own, not a recipient."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok))


RELEASE_OF_PEOPLE = "0841"
HOST_A_VISIT = "043"
# Verbs that host a visit only when someone is their object ("hosted a dinner" has its row).
RECEIVING_VERBS = {"receive"}
# Nouns for people one receives, which need no actor code ("received the guests").
GUEST_NOUNS = WORD_LISTS["guest_nouns"]


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
    homeguards" stays a release; a caller who marked the actors has said an act joins them.

    So for a visit hosted by the catch-all "receive" row (043): only someone received is a
    guest ("received the ambassador", "to receive you in Moscow"); a thing received is no
    visit, counted or not ("Ukraine received strong support", "the help we receive", "we
    receive intelligence data", "received 8,000 hryvnias"), some nine in ten of the rows
    that row coded on Kremlin and President of Ukraine releases."""
    if (
        given
        or verb.pos_ != "VERB"
        or pat.objects
        or pat.cameo not in {RELEASE_OF_PEOPLE, HOST_A_VISIT}
        or (pat.cameo == HOST_A_VISIT and pat.lemma not in RECEIVING_VERBS)
        or verb.lemma_.lower() != pat.lemma
    ):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    counted_are_people = pat.cameo == RELEASE_OF_PEOPLE
    if not objects and not counted_are_people:
        # "the support we receive", "the answers received": the noun the clause hangs on;
        # "information was received": the passive subject.
        objects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
        if not objects and verb.dep_ in {"relcl", "acl"}:
            objects = [verb.head]
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and o.ent_type_ not in ACTOR_ENTS
        # (a guest needs no name: "the governor", "a delegation" are mentions; the looser
        # name-word test would keep "support", a word of "Rapid Support Forces")
        and not (counted_are_people and actor_word(o))
        and o.lemma_.lower() not in COUNTERPART_WORDS | GUEST_NOUNS
        and not (counted_are_people and any(c.dep_ == "nummod" for c in children_of(o)))
        and _names_no_one(actors.mention(o), counted_are_people)
        for o in objects
    )


def _names_no_one(mention: ActorRef | None, strict: bool) -> bool:
    """No actor mention at all; or, unless `strict`, one that resolves to no actor ("strong
    support from its European partners" is a phrase the resolver read, naming no one)."""
    return mention is None or (not strict and mention.actor_id is None and mention.code is None)


def _dated_by_possessive(noun: Token) -> bool:
    """ "Friday's strike", "yesterday's attack"."""
    return any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in children_of(noun))


def _confidence(s: ActorRef | None, t: ActorRef | None) -> float:
    score = 0.4
    if s is not None and s.code:
        score += 0.3
    if t is not None and t.code:
        score += 0.2
    return round(score, 2)
