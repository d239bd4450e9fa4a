"""Trigger finding: which words of a sentence are events the lexicon knows (verbs, event
nouns, light-verb phrases, stances such as "accused X of"), and the codes governing verbs fold
into them ("agreed to withdraw").

Deciding what is a predicate comes before and apart from finding its arguments."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import read_data_tsv
from eventwire.events.arguments import PASSIVE_SUBJECTS, SUBJECTS, actor_inside, actor_like, pobjs
from eventwire.events.lexicon import Pattern
from eventwire.events.petrarch_verbs import from_dictionary, words_before
from eventwire.events.predicates import (
    WORD_LISTS,
    Predicate,
    WordIndex,
    _happening,
    _is_infinitive_complement,
    _is_time_prep,
)
from eventwire.events.roles import _held_under, _subject
from eventwire.nlp.pipeline import children_of
from eventwire.records import Event

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


# folds.tsv code for "the inner event keeps its code; the governor's subject does it".
KEEP_INNER = "="


STANCE_RULES = "governors.tsv"  # where stance patterns (`_stance_pattern`) come from


PHONE_CALL = "041"


ACCUSE_OF = "112"


# Predicate adjectives by which a speaker blames someone ("were responsible").
BLAME_WORDS = WORD_LISTS["blame_words"]


# Words for officials one telephones ("called his counterpart").
COUNTERPART_WORDS = WORD_LISTS["counterpart_words"]


# Prepositions whose objects are circumstances, never what the verb is about ("resumed
# consular services ... including an attack on the consulate").
CIRCUMSTANCE_PREPS = {
    "including", "after", "before", "during", "despite", "amid", "amidst", "following",
    "since", "because", "like", "unlike", "besides",
}  # fmt: skip


# Verbs of outcome: "threats will not lead to peace", "sanctions will not work" foretell,
# they refuse nothing (a "will not" on other verbs is a stated refusal, CAMEO 12x); nor do
# verbs of perceiving, knowing and undergoing ("the cities will not see a trace of the war",
# "we will never forget", "Ukraine will not lose").
OUTCOME_VERBS = WORD_LISTS["outcome_verbs"]


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


def _is_cue_use(tok: Token) -> bool:
    """A cue verb used to report ("said that", '"...," he said') rather than as an act."""
    return (
        any(c.dep_ in {"ccomp", "parataxis"} for c in children_of(tok))
        or tok.dep_ == "parataxis"
        or (not any(c.dep_ in {"dobj", "prep"} for c in children_of(tok)))
    )


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


def _counterfactual(tok: Token) -> bool:
    """ "would not have started", "they would not have done it": a past that did not happen
    (a conditional perfect) tells what might have been, it refuses nothing."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(tok)
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


def _object_words(tokens: list[Token]) -> set[str]:
    """Words that can satisfy a pattern's object: the noun and its kind-naming modifiers
    ("settlement proposals", "chemical weapons", "peace talks")."""
    words = {c.lemma_.lower() for c in tokens} | {c.lower_ for c in tokens}
    words |= {
        g.lemma_.lower() for c in tokens for g in children_of(c) if g.dep_ in {"compound", "amod"}
    }
    words |= {a.lemma_.lower() for c in tokens if (a := _thing_referred_to(c)) is not None}
    return words


# Pronouns of things, and the noun tag each stands for.
THING_PRONOUNS = {"it": "NN", "them": "NNS"}


def _thing_referred_to(pron: Token) -> Token | None:
    """The common noun "it"/"them" most likely stands for: the nearest one before it, in its
    sentence or the one before, of the same number ("signed the deal ..., Moscow withdrew from
    it": the deal, so the withdrawal is from an agreement, not a military retreat)."""
    tag = THING_PRONOUNS.get(pron.lower_)
    if tag is None or pron.pos_ != "PRON":
        return None
    doc = pron.doc
    start = pron.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for i in range(pron.i - 1, start - 1, -1):
        tok = doc[i]
        if tok.pos_ == "NOUN" and tok.tag_ == tag:
            return tok
    return None


def _noun_phrase_heads(noun: Token) -> list[Token]:
    """The noun, and the verb that only says it happened ("a call [took place] between")."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and _happening(noun.head):
        return [noun, noun.head]
    return [noun]


# Verbs that, as the purpose of aid ("gave $5m to help refugees"), name whom it is for.
PURPOSE_OF_AID = WORD_LISTS["purpose_of_aid"]
# Prepositions that put a fight in a place or against a side ("fought in Vietnam", "fought
# alongside the rebels"): such a fight "for" a cause is still combat.
BATTLE_PREPS = {"in", "at", "on", "across", "inside", "near", "against", "with", "alongside"}
# "verb:object" pairs where the verb's plain sense is no event: "met the goals" is no
# meeting, "received tax refunds" no hosting of a visit; and "noun:modifier" pairs where the
# noun's is none: "a custody battle" is no fighting.
IDLE_OBJECTS = WORD_LISTS["idle_object"]


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


# Verbs that send people somewhere: "sent experts to Iran to investigate the crash".
SENDING_VERBS = WORD_LISTS["sending_verbs"]
INVESTIGATE_ROOT = "09"


def _sent_to_investigate(preds: list[Predicate]) -> list[Predicate]:
    """ "France sent seven experts to Saudi Arabia to investigate the attacks", "Ukraine will
    send a team of experts to Iran to investigate the crash": people sent to investigate are the
    investigation, aimed at where they are sent; the sending is no act of its own (not aid,
    not a deployment). PLV, session 14."""
    dropped: set[int] = set()
    for probe in preds:
        verb = probe.token.head
        if (
            verb.lemma_.lower() not in SENDING_VERBS
            or not _is_infinitive_complement(probe.token)
            or not (probe.fold_code or probe.pattern.cameo).startswith(INVESTIGATE_ROOT)
        ):
            continue
        # where to: "to Iran" on the verb, or hung by the parse on its object ("a team of
        # experts to Iran")
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        to = [
            g
            for h in [verb, *(t for o in objects for t in o.subtree)]
            for p in children_of(h)
            if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
            for g in pobjs(p)
        ]
        if to:
            probe.targets = to[:1]
            dropped.add(verb.i)
    return [p for p in preds if p.token.i not in dropped]


def _tie_to_marked_pair(
    doc: Doc, sent: Span, preds: list[Predicate], found: list[Event], marked: dict
) -> Predicate | None:
    """For a sentence with a caller-marked source and target that no event joins: the
    predicate nearest to both in the dependency tree, with the marked actors as its roles."""
    if not marked:
        return None  # no marks: the common case, asked of every sentence
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


class TriggerFinding:
    """Predicates of a sentence: the `EventExtractor` methods that find and fold triggers."""

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
            children = children_of(tok)
            particle_toks = [
                c
                for c in children
                if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS)
            ]
            objects_tok = [
                c
                for c in children
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
                for c in children
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
            heads = {c.lemma_.lower() for c in objects_tok} | {c.lower_ for c in objects_tok}
            if not objects_tok and not any(p.lower_ in BATTLE_PREPS for p in preps_tok):
                # "nurses fought for higher wages": with no object, what one acts "for" counts
                # (session 14; "fought the epidemic" is read by its object above). Not with a
                # place or a side: "fought in Vietnam for the nation's rights" is combat.
                heads = {g.lemma_.lower() for p in preps_tok if p.lower_ == "for" for g in pobjs(p)}
            if any(f"{lemma}:{o}" in IDLE_OBJECTS for o in heads):
                continue
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
            if any(f"{tok.lemma_.lower()}:{m}" in IDLE_OBJECTS for m in modifiers):
                continue  # "a custody battle", "a legal fight": no force
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
        preds = _sent_to_investigate(_purposes_of_aid(self._fold_governed(preds)))
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
                and not _counterfactual(tok)
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
