"""Violence reports: who killed, hurt or damaged when a report names the happening ("an
Israeli airstrike killed 12", "killed in clashes with militants") rather than a doer, and which
deaths are accidents, not events. Word lists are in data/violence_words.tsv."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.datafiles import read_word_sets
from eventwire.events.arguments import SUBJECTS, actor_inside, actor_like, noun_sources, pobjs
from eventwire.nlp.pipeline import children_of, sentence_of
from eventwire.records import Event

_WORDS = read_word_sets("eventwire.events", "violence_words.tsv")
ACCIDENT_WORDS = _WORDS["accident"]
VIOLENCE_WORDS = _WORDS["violence"]
ATTACK_NOUNS = _WORDS["attack_noun"]
CASUALTY_CAUSES = ATTACK_NOUNS | _WORDS["casualty_cause"]
WEAK_CAUSES = _WORDS["weak_cause"]
FIGHT_NOUNS = _WORDS["fight_noun"]
CASUALTY_VERBS = _WORDS["casualty_verb"]
VICTIM_SUBJECT_VERBS = _WORDS["victim_subject_verb"]
HARM_VERBS = CASUALTY_VERBS | _WORDS["harm_verb"]
ATTACK_VERBS = _WORDS["attack_verb"]
RESTATING_VERBS = _WORDS["restating_verb"]
SERIES_WORDS = _WORDS["series"]
SITE_WORDS = _WORDS["site"]
COURSE_VERBS = _WORDS["course_verb"]
MILITARY_MEANS = _WORDS["military_means"]
HAZARDS = _WORDS["hazard"]
ACCIDENT_NOUNS = _WORDS["accident_noun"]
GUNFIRE_HEADS = _WORDS["gunfire_head"]
# Subordinators of a clause that tells the attack beside the harm ("killed after ... attacked").
CAUSE_MARKS = {"after", "when", "as"}
# Prepositions that name the happening by which someone was killed or hurt.
CAUSE_PREPS = {"in", "during", "from", "amid", "after", "by"}


def accident(event: Event, sent: list[Token]) -> bool:
    """An act of force done by a hazard ("Typhoon X makes landfall, killing five"), or with no
    doer in a sentence that names an accident or a disaster as the cause and no attack or
    armed party: not a political event."""
    if event.plover.type != "ASSAULT":
        return False
    if event.source is not None:
        # "Typhoon Kalmaegi makes landfall, killing five": a hazard is never a doer.
        doer = [t for t in sent if event.source.start <= t.idx < event.source.end]
        return any(t.lemma_.lower() in HAZARDS or t.lower_ in HAZARDS for t in doer)
    lemmas = {t.lemma_.lower() for t in sent}
    # The act's own verb says nothing of a cause: "an earthquake strikes Sagaing" is no strike.
    trigger = event.trigger
    others = {
        t.lemma_.lower()
        for t in sent
        if not (t.pos_ == "VERB" and trigger.start <= t.idx < trigger.end)
        and not _done_by_hazard(t)  # "an earthquake strikes Turkey, killing one": no attack
    }
    named = bool(lemmas & ACCIDENT_WORDS) or any(_accident_noun(t) for t in sent)
    return named and not others & VIOLENCE_WORDS


def _done_by_hazard(tok: Token) -> bool:
    """A verb whose subject is a hazard ("a Mw 6.1 earthquake strikes western Turkey")."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in SUBJECTS and (c.lemma_.lower() in HAZARDS or c.lower_ in HAZARDS)
        for c in children_of(tok)
    )


def _accident_noun(tok: Token) -> bool:
    """ "killed in a fire at a mall" names an accident; "opened fire", "an exchange of fire"
    and "came under fire" name gunfire."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ACCIDENT_NOUNS:
        return False
    if tok.dep_ not in {"pobj", "nsubj", "conj", "appos", "attr"} or any(
        c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "upon"} for c in children_of(tok)
    ):
        return False  # "a tank fires at a crowd": a verb the parser took for a noun
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    return not {head.lemma_.lower(), tok.head.lower_} & GUNFIRE_HEADS


def violent_cause(tok: Token) -> bool:
    """Whether a noun names a violent happening or weapon that can stand where a doer would."""
    if actor_like(tok) or not {tok.lemma_.lower(), tok.lower_} & CASUALTY_CAUSES:
        return False
    if tok.lemma_.lower() in WEAK_CAUSES:
        return bool(noun_sources(tok)) or any(
            t.lemma_.lower() in VIOLENCE_WORDS for t in sentence_of(tok) if t.i != tok.i
        )
    return True


def counted_happening(tok: Token) -> Token:
    """ "a series of attacks" -> attacks."""
    if tok.lemma_.lower() in SERIES_WORDS:
        for p in children_of(tok):
            if p.dep_ == "prep" and p.lower_ == "of" and pobjs(p):
                return pobjs(p)[0]
    return tok


def casualty_doers(
    verb: Token, doers: list[Token], coded_noun: Callable[[Token], bool]
) -> list[Token] | None:
    """Who killed, hurt or damaged, when the sentence names the violent happening instead of
    a doer: its doer ("12 people are killed in an Israeli airstrike") or none ("an explosion
    kills nine"). The happening is the verb's subject ("drone attacks hit ..., killing two")
    or the object of its causal preposition or agent, also on a conjoined casualty verb
    ("are killed and 13 others are injured in a drone strike"), whose named agent is then
    the doer of both ("are killed and 158 others injured by the RSF"). None when the
    sentence names no such happening. A verb that only restates an attack ("a market was
    hit in Pakistani airstrikes") leaves it to the attack noun's own event (`coded_noun`)."""
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    found = list(doers)
    agents = []
    for v in (verb, *verb.conjuncts):
        if v is not verb and v.lemma_.lower() not in HARM_VERBS:
            continue
        for p in children_of(v):
            if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in CAUSE_PREPS):
                found += [counted_happening(g) for g in pobjs(p)]
                if p.dep_ == "agent" and v is not verb:
                    agents += [g for g in pobjs(p) if actor_like(g) or g.pos_ == "NOUN"]
            elif (
                p.dep_ == "advcl"
                and attack_verb(p)
                and any(
                    m.dep_ in {"mark", "advmod"} and m.lower_ in CAUSE_MARKS for m in children_of(p)
                )
            ):
                # "a policeman is killed after a group of insurgents attacked a police post"
                agents += [c for c in children_of(p) if c.dep_ in SUBJECTS]
    named = [actor_inside(a) for a in agents if not violent_cause(a)]
    cause = next((h for h in found if violent_cause(h)), None)
    if cause is not None and verb.lemma_.lower() in RESTATING_VERBS and coded_noun(cause):
        return None
    if cause is not None:
        return cause_doers(cause) or named
    return named or None


def attack_verb(verb: Token) -> bool:
    """ "attacked", "shelled", "opened fire", "detonated a bomb"."""
    lemma = verb.lemma_.lower()
    return lemma in ATTACK_VERBS or (
        lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in children_of(verb))
    )


def cause_doers(cause: Token) -> list[Token]:
    """Who did a violent happening that killed or hurt: its own doer ("an Israeli
    airstrike"), or for a fight, the side the victims fought with ("clashes with militants")."""
    doers = noun_sources(cause)
    if doers or {cause.lemma_.lower(), cause.lower_}.isdisjoint(FIGHT_NOUNS):
        return doers
    return [
        g for p in children_of(cause) if p.dep_ == "prep" and p.lower_ == "with" for g in pobjs(p)
    ]


def did_harm(noun: Token) -> bool:
    """Whether a violent happening is told by what it did to people or things: the subject of
    a casualty verb ("an airstrike near a market kills 30") or the object of its causal
    preposition ("ten officers are killed in a drone attack"). Such a happening is an event
    even when nobody is named as its doer."""
    if not violent_cause(noun):
        return False
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj":
        if node.head.head.lemma_.lower() in SERIES_WORDS:
            node = node.head.head  # "in a series of attacks"
    if node.dep_ in SUBJECTS:
        verb = node.head
    elif node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.lower_ in CAUSE_PREPS):
        verb = node.head.head
    else:
        return False
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in CASUALTY_VERBS
