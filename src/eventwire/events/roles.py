"""Argument and role assignment: who did the act (subject, passive agent, controller of an
infinitive) and to whom (object, prepositional complement, the pattern's target rule).

The parse-reading rules for roles are many and independent of coding, so they live apart from
the extractor that assembles rows."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from eventwire.datafiles import read_word_uses
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
from eventwire.events.attribution import cue_lemmas
from eventwire.events.lexicon import Pattern
from eventwire.events.petrarch_verbs import ANY_PREPOSITION, from_dictionary, phrase_targets
from eventwire.events.places import _names_place
from eventwire.events.predicates import (
    WORD_LISTS,
    Predicate,
    _is_infinitive_complement,
    _is_time_prep,
)
from eventwire.events.violence import ATTACK_NOUNS, CASUALTY_VERBS
from eventwire.nlp.pipeline import children_of, sentence_of, sentence_table

# CAMEO roots of physical force (ASSAULT in PLOVER): coerce violently, assault, fight, mass
# violence.
FORCE_ROOTS = {"18", "19", "20"}


# Prepositions whose gerund tells how the main verb's own subject did it ("by launching").
MANNER_PREPS = {"by", "through", "via"}


def _subject(verb: Token, depth: int = 0, actor_word: ActorWord | None = None) -> list[Token]:
    """The doer of a verb, through passives, control, coordination and participles."""
    if depth > 6:
        return []
    if _absolute_participle(verb):
        # "..., with 19 others injured": the noun suffered the act; its doer is the doer of
        # the killing it is told beside ("a strike kills seven, with 30 others injured").
        clause = verb.head.head if verb.head.lower_ == "with" else verb.head
        if clause is not verb and clause.lemma_.lower() in CASUALTY_VERBS:
            return _subject(clause, depth + 1, actor_word)
        return []
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECTS]
    if subjects and subjects[0].i < (end := _sentence_dateline_end(verb)):
        # "BERLIN -- A court in Bavaria has convicted ...": the parser took the dateline for
        # a subject; the real one is the next subject, or what it hung on the dateline.
        later = [c for c in subjects[1:] if c.i >= end] or [
            c for c in subjects[0].subtree if c.dep_ == "appos" and c.i >= end
        ]
        subjects = later or subjects
    if len(subjects) > 1:
        # "Mr President, ladies and gentlemen, first of all, I would like to thank ...": the
        # parse may take the address for a second subject; the speaker's "I" is the doer.
        subjects = [c for c in subjects if not _addressed(c)] or subjects
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
    misread = _subject_read_as_modifier(verb)
    if misread is not None:
        return [actor_inside(misread, actor_word)]
    from_custody = [
        o
        for p in children_of(verb)
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in pobjs(p)
        if o.lemma_.lower() in CUSTODY_NOUNS
    ]
    if (
        verb.lemma_.lower() in STATE_ACTS
        # "were released from captivity in Libya", "freed from a prison in Iran": set free
        # from custody in a state, by that state (PLV, session 13)
        or (verb.lemma_.lower() in RELEASE_VERBS and from_custody)
    ) and any(c.dep_ in PASSIVE_SUBJECTS for c in children_of(verb)):
        # "was arrested in Niger", "were expelled from North Korea": with no agent named,
        # the state where (or from where) it was done did it.
        for p in [*children_of(verb), *(q for o in from_custody for q in children_of(o))]:
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
    charged = _charged_with(verb)
    if charged is not None:
        return [charged]
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
            and not any(
                actor_like(t)
                # "Gunmen believed to belong to ... abducted": an actor word is a doer, but not
                # the subject of a copula ("stressed that talks were vital and called on").
                or (actor_word is not None and head.lemma_ != "be" and actor_word(t))
                for t in found
            )
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
            # "Krasikov, convicted of murder", "a Russian detained in Iran": a named noun
            # suffered a past participle's act (who did it may be the clause's own doer).
            return [] if _passive_participle(verb) else [head]
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
        path: set[str] = set()
        while node.dep_ in {"pobj", "prep", "dobj", "appos", "conj"} and node.head is not node:
            path.add(node.dep_)
            below, node = node, node.head
            if node.pos_ in {"VERB", "AUX"}:
                if (
                    _passive_participle(verb)
                    and "dobj" not in path
                    and node.lemma_.lower() in cue_lemmas()
                ):
                    # "authorities say three people were killed and dozens injured": the
                    # speaker reports the act, not does it ("announced the execution of
                    # men convicted of ...", the speaker's own object, still climbs).
                    return []
                if _passive_participle(verb) and below.dep_ == "prep":
                    # "called for the release of those detained": what the verb asks for
                    # is done to them by others, and so was their detention
                    return []
                return _subject(node, depth + 1, actor_word)
    return []


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """A finite verb the parser gave no subject, with a name before it hung on it as a
    modifier: "Armenia and Azerbaijan sign a peace deal" (Armenia/nmod of "sign"). The name
    is the subject."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"expl"} for c in children_of(verb)):
        return None
    return next(
        (
            c
            for c in children_of(verb)
            if c.dep_ in {"nmod", "compound", "npadvmod"}
            and c.pos_ == "PROPN"
            and c.ent_type_ in ACTOR_ENTS
            and c.i < verb.i
        ),
        None,
    )


# Tags of a verb that has its own subject: "signs", "sign", "signed" (not a participle).
FINITE_TAGS = {"VBZ", "VBP", "VBD"}


# Verbs whose object is to do what their infinitive says ("urged Iran to stop").
_OBJECT_CONTROL = WORD_LISTS["object_control"]


# Verbs of getting in touch whose infinitive says why: "called Erdogan to apologize".
CONTACT_VERBS = WORD_LISTS["contact_verbs"]
# Verbs that charge someone with a deed: "accused of killing", "convicted of plotting".
CHARGE_VERBS = WORD_LISTS["charge_verbs"]
# Prepositions that name the deed someone is charged with.
CHARGE_PREPS = {"of", "for", "with", "over"}


def _addressed(subject: Token) -> bool:
    """A sentence-opening noun set off by a comma, with the clause's own pronoun subject still
    to come ("Colleagues, I ...", "Mr President, ladies and gentlemen, I ..."): who is spoken
    to. Not "President Joseph R. Biden, Jr. spoke", whose "Jr." the parse may take for a
    subject."""
    after = subject.i + 1
    return (
        subject.left_edge.i == sentence_of(subject).start
        and after < len(subject.doc)
        and subject.doc[after].text == ","
        and any(
            c.dep_ in SUBJECTS and c.i > after and c.pos_ == "PRON"
            for c in children_of(subject.head)
        )
    )


def _charged_with(verb: Token) -> Token | None:
    """The one charged with the deed a gerund names: "soldiers were accused of killing
    civilians", "Russia, accused of shelling", "accused Russia of shelling": the doer of the
    killing (an alleged one: modality says so) is the one accused, not the accuser."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
        return None
    charge = prep.head
    if charge.lemma_.lower() not in CHARGE_VERBS:
        return None
    passive = [c for c in children_of(charge) if c.dep_ in PASSIVE_SUBJECTS]
    if passive:
        return _antecedent(passive[0])
    if _passive_participle(charge):
        return charge.head
    return next((c for c in children_of(charge) if c.dep_ == "dobj"), None)


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


# What ends a dateline: "BERLIN --", "KABUL (Pajhwok) :", "Cebu City--Police".
DATELINE_ENDS = {"--", "-", "—", "–", ":", '"'}


DATELINE_WORDS = {"PROPN", "PUNCT", "NUM", "DET", "SPACE"}


def _sentence_dateline_end(tok: Token) -> int:
    """`_dateline_end` of the token's sentence, read once per sentence (it asks for every
    verb's subject)."""
    sent = sentence_of(tok)
    memo = sentence_table(tok.doc).memo
    key = ("dateline end", sent.start)
    end = memo.get(key)
    if end is None:
        end = memo[key] = _dateline_end(sent)
    return end


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


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Yoon, who was indicted": Yoon)."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in {"WP", "WDT"} and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _absolute_participle(verb: Token) -> bool:
    """A past participle with its own subject after "with" ("the toll rises to 24, with 19
    others injured"): the subject is the one acted on, as a passive subject is."""
    return (
        verb.tag_ == "VBN"
        and (
            (verb.dep_ == "pcomp" and verb.head.lower_ == "with")
            or any(c.dep_ in {"mark", "prep"} and c.lower_ == "with" for c in children_of(verb))
        )
        and any(c.dep_ in SUBJECTS for c in children_of(verb))
        and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
    )


def _passive_participle(verb: Token) -> bool:
    """A past participle that modifies a noun ("a teacher arrested in Tehran", "those
    detained"): the noun is the one acted on, as the subject of a passive is."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and (
            head.pos_ in {"NOUN", "PROPN", "PRON"}
            or (head.pos_ == "ADJ" and head.dep_ in NOMINAL_DEPS)
        )
    )


# Where an adjective stands for people ("a Russian convicted of ...", "the wounded").
NOMINAL_DEPS = {"appos", "nsubj", "nsubjpass", "dobj", "pobj", "conj"}


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
# Setting free, which others than a state do too: the state's only from custody in it.
RELEASE_VERBS = {"release", "free"}
CUSTODY_NOUNS = WORD_LISTS["custody_nouns"]


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
                out.extend(
                    actor_inside(g, actor_word)
                    for g in children_of(c)
                    if g.dep_ == "pobj" and not _bystander(g)
                )
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


def _stranded_recipient(
    objects: list[Token], spec: str, actor_word: ActorWord | None = None
) -> list[Token]:
    """Whom a thing was given to when the parser hangs "to X" on a noun inside the thing's
    own phrase: "returned a pendant engraved with the image of Peter the Great to Russian
    authorities", "returned a painting by a Dutch artist to its owner" (PLV, session 13).
    Only for patterns whose recipient is "to" someone; the last such phrase counts."""
    if not spec.startswith("prep:") or "to" not in spec[5:].split("|"):
        return []
    for obj in objects:
        # (a clause inside the phrase with an object of its own gives its own "to": "a
        # plan to hand power to civilians")
        stranded = [
            t
            for t in obj.subtree
            if t.dep_ == "prep" and t.lower_ == "to" and t.head.i != obj.i
            and not any(c.dep_ in {"dobj", "nsubj"} for c in children_of(t.head))
            and not _is_time_prep(t)
        ]  # fmt: skip
        if stranded:
            return [actor_inside(g, actor_word) for g in pobjs(stranded[-1])]
    return []


ATTENDANCE_NOUNS = WORD_LISTS["attendance_nouns"]
WATCHING_VERBS = WORD_LISTS["watching_verbs"]


def _bystander(tok: Token) -> bool:
    """Someone there to watch, not a party: "signed ..., with Mike Pompeo in attendance",
    "with the president present", "with diplomats looking on"."""
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ == "in":
            if any(g.lemma_.lower() in ATTENDANCE_NOUNS for g in children_of(c)):
                return True
        if c.dep_ in {"amod", "acomp", "advmod"} and c.lower_ == "present":
            return True
        lemma = c.lemma_.lower()
        if c.dep_ in {"acl", "relcl"} and lemma in WATCHING_VERBS:
            if lemma != "look" or any(g.lower_ == "on" for g in children_of(c)):
                return True
    return False


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


class TargetFinding:
    """Recipients of a predicate: the `EventExtractor` methods that read a clause's targets."""

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
        if _absolute_participle(verb):
            passive = True
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
                deps = PASSIVE_SUBJECTS | SUBJECTS if passive else {"dobj"}
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
        # "expressed its total rejection and strong condemnation of the declaration": the
        # preposition may hang on a noun conjoined to the pattern's (PLV, session 13)
        conjoined = [c for i in pred.consumed for c in verb.doc[i].conjuncts if c.pos_ == "NOUN"]
        return (
            _prep_objects(objs, spec, self.actor_word)
            or _stranded_recipient(objs[1:], spec, self.actor_word)
            or _prep_objects(conjoined, spec, self.actor_word)
            or _owners(verb, pred, self.actor_word)
        )

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
