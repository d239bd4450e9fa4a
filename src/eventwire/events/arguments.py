"""Who a noun phrase is about: the small syntactic readings the extractor and its violence
rules share ("proposals put forward by China" -> China, "Russia's attack" -> Russia)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.datafiles import read_word_sets, read_word_uses
from eventwire.nlp.pipeline import children_of

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}

# Says whether a token itself names an actor ("a Chinese court" is the court, not "Chinese").
ActorWord = Callable[[Token], bool]

# The extractor's word lists (word_lists.tsv: its header says what each set is for).
WORD_LISTS = read_word_sets("eventwire.events", "word_lists.tsv")

# Nouns for what is said about someone: their that-clause's subject is whom it is about.
CONTENT_NOUNS = WORD_LISTS["content_nouns"]

# Nouns that count what follows "of": the counted phrase is the actor.
QUANTITY_HEADS = read_word_uses("eventwire.actors", "counting_words.tsv")["counts_of_phrase"]

# Verbs whose object "responsibility for" a deed makes their subject its doer.
OWNING_UP_VERBS = WORD_LISTS["owning_up_verbs"]

# Participles whose agent did the act named by their noun ("strikes carried out by X").
DOER_PARTICIPLES = WORD_LISTS["doer_participles"]

# Nouns of messages whose "from" is the sender ("an invitation from Beijing"); "from" after
# other acts may be a place ("rockets from Gaza").
MESSAGE_NOUNS = read_word_uses("eventwire.events", "message_nouns.tsv")["from_names_sender"]

# Nouns of travel whose "of" is the traveller ("the visit of the Speaker"), not the place.
TRAVEL_NOUNS = WORD_LISTS["travel_nouns"]

# Acts one is "in" for a while, with another party: talks, or a fight.
HELD_NOUNS = WORD_LISTS["held_nouns"]

# Verbs whose subject takes part in what it is "in" ("is in talks with", "engaged in").
TAKING_PART_VERBS = WORD_LISTS["taking_part_verbs"]

# Participles whose agent holds their noun captive: "two soldiers held by the rebels" are the
# soldiers, not the rebels.
CAPTOR_PARTICIPLES = WORD_LISTS["captor_participles"]


def actor_like(tok: Token) -> bool:
    """A name or a pronoun: a word that can be an actor without a lexicon."""
    return tok.pos_ in {"PROPN", "PRON"} or tok.ent_type_ in ACTOR_ENTS


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition ("to *Kyiv*")."""
    return [g for g in children_of(prep) if g.dep_ == "pobj"]


def leader_of(head: Token) -> Token | None:
    """ "the Saudi-led coalition", "a Hamas-led government": a body no name names, led by one
    that is named, stands for its leader (PLV, session 13: the coalition had no actor)."""
    if head.pos_ != "NOUN":
        return None
    for c in children_of(head):
        if c.dep_ == "amod" and c.lower_ == "led" and c.i < head.i:
            named = [g for g in children_of(c) if g.dep_ in {"npadvmod", "compound", "nmod"}]
            if named and (named[0].pos_ == "PROPN" or named[0].ent_type_ in ACTOR_ENTS):
                return named[0]
    return None


def actor_inside(head: Token, actor_word: ActorWord | None = None) -> Token:
    """The actor inside a non-actor phrase ("proposals put forward by China" -> China).

    `actor_word` says whether the head itself names an actor ("a Chinese court"
    is the court, not "Chinese")."""
    if head.ent_type_ in ACTOR_ENTS or head.pos_ in {"PROPN", "PRON"}:
        return head
    if actor_word is not None and actor_word(head):
        return head
    if head.lemma_.lower() in CONTENT_NOUNS:
        # "claims that two servicemen abused children": whom the claims are about
        for clause in children_of(head):
            if clause.dep_ in {"acl", "ccomp"}:
                subjects = [c for c in children_of(clause) if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
                if subjects:
                    return actor_inside(subjects[0], actor_word)
    if head.pos_ == "NUM" or head.lemma_.lower() in QUANTITY_HEADS:
        # "dozens of political activists", "11 of Iran's prisoners": the people counted
        for child in children_of(head):
            if child.dep_ == "prep" and child.lower_ == "of" and pobjs(child):
                return actor_inside(pobjs(child)[0], actor_word)
    for child in children_of(head):
        if child.dep_ == "poss":
            return child
    if head.lemma_.lower() in TRAVEL_NOUNS:
        # "welcomed the visit to France of Narendra Modi": the visitor
        travellers = noun_sources(head)
        if travellers:
            return actor_inside(travellers[0], actor_word)
    for child in children_of(head):
        if child.dep_ == "acl" and child.lemma_.lower() not in CAPTOR_PARTICIPLES:
            for g in children_of(child):
                if g.dep_ == "agent":
                    pobj = next((x for x in children_of(g) if x.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            pobj = next((x for x in children_of(child) if x.dep_ == "pobj"), None)
            if pobj is not None and (
                pobj.ent_type_ in ACTOR_ENTS
                or pobj.pos_ == "PROPN"
                or (actor_word is not None and actor_word(pobj))
            ):
                return pobj  # "a protest by white farmers"
    for child in children_of(head):
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}:
            return child
    return head


def noun_sources(noun: Token) -> list[Token]:
    """Who did a nominal event: "Russia's attack", "the attack by Russia", "Russian strikes"."""
    for c in children_of(noun):
        # "Russia's attack", but not "yesterday's strikes"
        if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}:
            return [c]
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ == "by":
            return pobjs(c)
    travel = noun.lemma_.lower() in TRAVEL_NOUNS
    # "a visit to Ukraine of Secretary Blinken": the parser may hang the "of" on the place
    places = [g for c in children_of(noun) if travel and c.lower_ == "to" for g in pobjs(c)]
    for c in children_of(noun) + [c for g in places for c in children_of(g)]:
        # "a request from President Trump": who sent the message; "the visit of Speaker
        # Pelosi": who travels
        if c.dep_ == "prep" and (
            (c.lower_ == "from" and noun.lemma_.lower() in MESSAGE_NOUNS)
            or (c.lower_ == "of" and travel)
        ):
            named = [g for g in pobjs(c) if g.ent_type_ not in {"LOC", "FAC", "DATE", "TIME"}]
            if named:
                return named
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in HELD_NOUNS:
        holder = noun.head.head
        if holder.lemma_.lower() in TAKING_PART_VERBS:
            # "Cuba is in talks with the U.S.": whoever is in them holds them
            return [c for c in children_of(holder) if c.dep_ in SUBJECTS][:1]
    for c in children_of(noun):
        if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE", "ORG"}:
            return [c]
    named = named_modifier(noun)
    if named is not None:
        return [named]
    for c in children_of(noun):
        # "airstrikes carried out by the military", "drone strikes launched by the RSF"
        if c.dep_ == "acl" and c.lemma_.lower() in DOER_PARTICIPLES:
            agents = [g for a in children_of(c) if a.dep_ == "agent" for g in pobjs(a)]
            if agents:
                return agents
    for c in children_of(noun):
        # "a Saudi-led strike", "a Taliban-claimed car bomb": who led or claimed it
        if c.dep_ == "amod" and c.lemma_.lower() in DOER_PARTICIPLES:
            named = [g for g in children_of(c) if g.dep_ in {"npadvmod", "compound"}]
            if named and (named[0].pos_ == "PROPN" or named[0].ent_type_ in ACTOR_ENTS):
                return named[:1]
    return claimers(noun)


def claimers(noun: Token) -> list[Token]:
    """ "Iran claims drone strikes on a base", "the Houthis claim responsibility for an attack":
    whoever claims a deed (or owns up to it) is its doer."""
    node = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_ == "responsibility"
    ):
        node = noun.head.head
        if node.dep_ != "dobj" or node.head.lemma_.lower() not in OWNING_UP_VERBS:
            return []
    elif noun.dep_ != "dobj" or noun.head.lemma_.lower() != "claim":
        return []
    return [c for c in children_of(node.head) if c.dep_ in SUBJECTS][:1]


def named_modifier(noun: Token, depth: int = 0) -> Token | None:
    """A name that modifies a modifier of the noun: "a Russian MLRS rocket strike" (Russian
    -> MLRS -> rocket -> strike), "a Rapid Support Forces drone strike"."""
    for c in children_of(noun):
        if c.dep_ != "compound" or c.i > noun.i or depth > 2:
            continue
        for g in children_of(c):
            if g.dep_ in {"amod", "compound", "nmod"} and g.ent_type_ in {"NORP", "GPE", "ORG"}:
                return g
        found = named_modifier(c, depth + 1)
        if found is not None:
            return found
    return None
