"""A state's own business at home (rule 5, domestic part): a government, chamber or court
that decides, signs or arrests is where the state sits when the text names no place
("The U.S. Senate votes on ...", "Serbia's parliament elects ...").

Separate from the country acted on (acted_on.py) because it reads the doer's institution
and data/domestic_acts.tsv, not the act's target.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.datafiles import read_data_tsv
from eventwire.geo.location_basics import _trigger_head
from eventwire.geo.location_words import (
    CIVIL_SECTORS,
    DOMESTIC_ROOTS,
    EXCHANGE_LEMMAS,
    FOREIGN_POLICY_LEMMAS,
    HEAD_OFFICE_NOUNS,
    INSIDE_GROUND_NOUNS,
    INSTITUTION_NOUNS,
    LEAVING_LEMMAS,
    MEMBER_NOUNS,
    MODIFIER_DEPS,
    OWN_BORDER_NOUNS,
    STATEMENT_ROOTS,
    TRAILING_POSS,
)
from eventwire.geo.toponym_words import country_words, nationality_countries
from eventwire.records import ActorRef, Event


@lru_cache(maxsize=1)
def _domestic_words() -> dict[str, frozenset[str]]:
    """domestic_acts.tsv by kind: verb, object, decision, office."""
    rows = read_data_tsv("eventwire.geo", "domestic_acts.tsv")
    kinds = {r["kind"] for r in rows}
    return {k: frozenset(r["word"] for r in rows if r["kind"] == k) for k in kinds}


def _decided_by_an_institution(doc: Doc, event: Event) -> bool:
    """An uncoded verb of deciding ("votes", "passes", "approves", "elects") whose subject is a
    legislature, cabinet or council ("The Iraqi parliament approves", "The European Parliament
    adopts"): the chamber's own act, not a material one. (A state named bare is left as it
    was: "Kuwait approves the Kuwait–Pakistan Defence Cooperation Agreement".)"""
    head = _trigger_head(doc, event)
    return (
        head is not None
        and head.lemma_.lower() in _domestic_words().get("decision", frozenset())
        and _institution_subject(head) is not None
    )


def _a_states_own_business(doc: Doc, event: Event) -> bool:
    """An uncoded verb of a state's own business ("appoints", "ratifies", "pardons":
    domestic_acts.tsv, kind verb) whose subject is a state or its government ("Israel appoints
    X as ambassador to Somaliland"): an act done at home, placed as an administrative one, so
    not at a place its topic names."""
    head = _trigger_head(doc, event)
    return (
        head is not None
        and head.pos_ == "VERB"
        and head.lemma_.lower() in _domestic_words().get("verb", frozenset())
        and _subject_state(head) is not None
    )


def _institution_subject(head: Token) -> Token | None:
    """The subject of the trigger (or of the verb it is the complement or conjunct of) when
    it is a state institution: "the parliament", "Opposition members of Guyana's National
    Assembly" (its members), "the bill is passed by the Senate" (the agent)."""
    tok = head
    for _ in range(3):
        children = list(tok.children)
        if tok.pos_ == "NOUN":  # "the approval of the agreement by the cabinet": the parse
            children += [  # may hang "by" on the object of "of"
                c for o in tok.children if o.lower_ == "of" for g in o.children for c in g.children
            ]
        for child in children:
            if child.dep_ == "agent" or (
                child.dep_ == "prep" and child.lower_ == "by" and tok.pos_ == "NOUN"
            ):  # "the bill is passed by the Senate", "the approval ... by the war cabinet"
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ == "compound" and child.i < tok.i and tok.pos_ == "VERB":
                pass  # the tagger's "The U.S. Senate votes": the subject read as a compound
            elif child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() not in {"elect", "reelect"}:
                continue  # "a bill is passed": the bill, not the chamber
            if child.lemma_.lower() in MEMBER_NOUNS:
                of = [g for c in child.children if c.lower_ == "of" for g in c.children]
                child = of[0] if of else child
            known = INSTITUTION_NOUNS | _national_chambers().keys()
            return child if child.lemma_.lower() in known else None
        if tok.dep_ not in {"xcomp", "conj"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


@lru_cache(maxsize=1)
def _national_chambers() -> dict[str, str]:
    """A chamber whose name is its state's own ("the Knesset", "the Bundestag"): name → ISO3
    (word_lists.tsv, set national_chambers, the country in the note column)."""
    rows = read_data_tsv("eventwire.geo", "word_lists.tsv")
    return {r["word"]: r["note"] for r in rows if r["set"] == "national_chambers"}


def _state_of_institution(noun: Token) -> str | None:
    """The one country an institution is named with: "Serbia's parliament", "The Iraqi
    parliament", "The United States Senate", "the Parliament of Georgia"."""
    if noun.lower_ in _national_chambers():
        return _national_chambers()[noun.lower_]  # "The Knesset passes a bill"
    words = country_words()
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ != "det" and not t.is_punct]
    names = [t.lower_ for t in before if t.lower_ not in TRAILING_POSS]
    candidates = [
        " ".join(names[i:j]) for i in range(len(names)) for j in range(i + 1, len(names) + 1)
    ]
    candidates += [
        " ".join(t.lower_ for t in g.subtree if t.dep_ != "det")
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found = {words[c] for c in candidates if c in words}
    return found.pop() if len(found) == 1 else None


def _domestic_state(event: Event, doc: Doc, home: str | None = None) -> str | None:
    """A state's own business at home, when the text names no place: its government signs a
    decree or a law, ratifies, appoints, holds elections, frees its prisoners, finalises
    reforms ("Ukraine finalizes military reforms" → Ukraine; "Cuba announces plans to release
    51 prisoners" → Cuba). Not its forces (which act abroad), nor an act with a foreign
    target or about sanctions or treaties ("signs an executive order imposing sanctions on
    the ICC": no place). `home`: the state whose own release the text is, whose head may be
    named by title or speak as "I" ("The President signed Executive Order ...")."""
    if event.cameo.root not in DOMESTIC_ROOTS or event.cameo.code.startswith("16"):
        return None
    head = _trigger_head(doc, event)
    if head is None:
        return None
    lists = _domestic_words()
    verbs, objects = lists["verb"], lists["object"]
    if head.lemma_.lower() in EXCHANGE_LEMMAS:
        return None  # "Russia and Ukraine swap 146 prisoners": two states' act
    if head.lemma_.lower() in lists.get("decision", frozenset()) | lists.get("office", frozenset()):
        home = _decided_at_home(event, head, head.lemma_.lower() in lists.get("office", ()))
        if home is not None:
            return home  # else as any act: "Germany approves reforms to its heating law"
    if head.lemma_.lower() not in verbs and not any(
        c.dep_ in {"dobj", "nsubjpass", "attr"} and _object_words(c) & objects
        for c in head.children
    ):
        return None
    if any(t.lemma_.lower() in FOREIGN_POLICY_LEMMAS for t in head.subtree):
        return None
    doer = event.source
    if doer is not None:
        if not doer.country or (doer.sector or "") not in CIVIL_SECTORS:
            return None
        iso3 = doer.country if _a_state_body(doer) else None
        own_head = _its_head(doer) or home is not None and _releases_own_head(doer, home)
        if iso3 is None and own_head and _on_people_or_papers(head, objects):
            iso3 = doer.country
    else:
        iso3 = _subject_state(head)
        if iso3 is None and _on_people_or_papers(head, objects):
            iso3 = _subject_head_of_state(head)
    target = event.target
    if iso3 is None or target is not None and target.code and target.country != iso3:
        return None  # a foreign or international party: not the state's own business
    return iso3


def _decided_at_home(event: Event, head: Token, office: bool) -> str | None:
    """A state's chamber, cabinet or council decides at home, whatever it decides on ("The
    Iraqi parliament approves Ali al-Zaidi as prime minister" → Iraq; "The U.S. House of
    Representatives votes to sanction the ICC" → the United States); an office is left or
    taken in its state ("Acting South Korean President Han Duck-soo resigns" → South Korea).
    Not a country named bare ("Russia votes against the resolution" is a vote at the UN), a
    person named without the state ("Paschal Donohoe is re-elected President of the
    Eurogroup"), nor an act with a foreign party as its coded target."""
    doer = event.source
    if doer is not None:
        if not doer.country or (doer.sector or "") not in CIVIL_SECTORS:
            return None
        words = doer.text.lower().replace("'s", " ").replace("’s", " ").split()
        named = {country_words().get(w) for w in words} | {
            country_words().get(" ".join(words[i : i + 2])) for i in range(len(words) - 1)
        }
        institution = bool(words) and words[-1] in INSTITUTION_NOUNS
        if not institution and not (office and doer.country in named):
            return None
        iso3 = doer.country
    else:
        subject = _institution_subject(head)
        iso3 = _state_of_institution(subject) if subject is not None else None
    target = event.target
    if iso3 is None or target is not None and target.code and target.country != iso3:
        return None
    return iso3


def _a_state_body(ref: ActorRef) -> bool:
    """The doer is named as the state itself or one of its institutions ("Cuba", "the
    Iranian government", "the Supreme National Security Council"), not as a person."""
    words = [w for w in ref.text.lower().replace("'s", " ").split() if w not in {"the", "its"}]
    if not words:
        return False
    return " ".join(words) in country_words() or words[-1] in INSTITUTION_NOUNS


def _its_head(ref: ActorRef) -> bool:
    """The doer is a head of state or government named with the state's own name or
    adjective ("U.S. President Donald Trump", "Indonesian president Prabowo Subianto"), not
    a title alone ("the President"), which the text may use of a guest."""
    if ref.sector != "GOV" or not ref.country:
        return False
    words = ref.text.lower().replace("'s", " ").replace("’s", " ").split()
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    if not set(words + pairs) & HEAD_OFFICE_NOUNS:
        return False
    return ref.country in {country_words().get(w) for w in words + pairs}


def _releases_own_head(ref: ActorRef, home: str) -> bool:
    """In a state's own release, its head named by title alone or speaking as "I" ("The
    President signed Executive Order ...", "I signed a decree ..."), when the actor stage
    read him as that state's government: the release is his own, so the title is not a
    guest's."""
    if ref.sector != "GOV" or ref.country != home:
        return False
    words = [w for w in ref.text.lower().split() if w not in {"the", "our"}]
    return words == ["i"] or " ".join(words) in HEAD_OFFICE_NOUNS


def _on_people_or_papers(head: Token, objects: frozenset[str]) -> bool:
    """The office holder's act is done to a person or a paper of the state ("pardons former
    minister X", "signs an executive order"), not to what others said ("Netanyahu dismisses
    the reports": a rebuttal, made anywhere)."""
    for obj in (c for c in head.children if c.dep_ in {"dobj", "nsubjpass", "attr"}):
        if _object_words(obj) & objects or any(t.ent_type_ == "PERSON" for t in obj.subtree):
            return True
    return False


def _subject_head_of_state(head: Token) -> str | None:
    """The state of the verb's subject when it is a head of state or government named with
    it, for an act the extractor coded without a doer: "Indonesian president Prabowo
    Subianto pardons ..." → Indonesia."""
    subject = next(
        (
            c
            for c in head.children
            if c.dep_ == "nsubj" or c.dep_ == "compound" and c.i < head.i and head.pos_ == "VERB"
        ),  # the tagger's "... Prabowo Subianto pardons": the subject read as a compound
        None,
    )
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None
    words = [t.lower_ for t in subject.subtree if t.i <= subject.i and not t.is_punct]
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    if not set(words + pairs) & HEAD_OFFICE_NOUNS:
        return None
    found = {country_words()[w] for w in words + pairs if w in country_words()}
    return found.pop() if len(found) == 1 else None


def _object_words(tok: Token) -> set[str]:
    """ "reforms" → {"reform"}; "the Executive Order" → {"order", "executive order"}."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s"):
        lemma = lemma[:-1]  # "signed Decrees № 447": a proper noun keeps its plural
    mods = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    return {lemma} | {f"{m} {lemma}" for m in mods}


def _subject_state(head: Token) -> str | None:
    """The state that is the doer by the parse, for an act the extractor did not code: a
    country named as the subject ("Ukraine finalizes", "Cuba announces plans to release") or
    its government, parliament or president ("the Ukrainian government")."""
    words = country_words()
    tok = head
    for _ in range(3):
        for child in tok.children:
            if child.dep_ == "agent":
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ != "nsubj":
                continue
            if any(c.dep_ == "conj" for c in child.children):
                return None  # "Russia and Ukraine ...": two states
            name = _subject_name(child)
            if name in words:
                return words[name]
            if child.lemma_.lower() in INSTITUTION_NOUNS:
                for mod in child.children:
                    if mod.dep_ in MODIFIER_DEPS | {"poss"} and mod.text.lower() in words:
                        return words[mod.text.lower()]
            return None
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _subject_name(tok: Token) -> str:
    """A subject's name without its article: "the Philippines" → "philippines"."""
    words = [t for t in tok.subtree if t.dep_ != "det" and not t.is_punct]
    return " ".join(t.lower_ for t in words) if words else tok.lower_


def _its_own_ground(event: Event, doc: Doc) -> str | None:
    """The ground a state calls "its" own is that state's, when the act is done on it and the
    text names no place: "Cambodia closes its airspace", "three Russian jets enter its
    airspace" after "Estonia summons ..." (the nearest state that is a subject above the act),
    and the border or crossings a state itself closes or reopens ("Poland closes its border
    with Belarus", "Azerbaijan reopens its border crossings with Iran"). Not for what is
    only said or agreed about it (CAMEO 01-05: "vows to defend its territory")."""
    if event.cameo.root in STATEMENT_ROOTS:
        return None
    head = _trigger_head(doc, event)
    if head is None:
        return None
    verb = head if head.pos_ in {"VERB", "AUX", "NOUN"} else head.head
    for ground in _objects_and_places(verb):
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in ground.children):
            continue
        words = {ground.lemma_.lower()} | {
            c.lemma_.lower() for c in ground.children if c.dep_ == "compound"
        }
        if ground.lemma_.lower() in INSIDE_GROUND_NOUNS:
            return _nearest_state_subject(verb)
        if words & OWN_BORDER_NOUNS:
            return _state_of_subject(verb)  # the state itself closes its side
    return None


def _objects_and_places(verb: Token) -> list[Token]:
    """The verb's object and the nouns of its locative phrases ("into its airspace"); for a
    trigger noun, its object by "of" ("violations of its airspace")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = {"into", "over", "across", "through", "in"} | ({"of"} if verb.pos_ == "NOUN" else set())
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _state_of_subject(verb: Token) -> str | None:
    """The state the verb's own subject names ("Poland", "the Philippines"), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None
    return country_words().get(_subject_name(subject))


def _nearest_state_subject(verb: Token) -> str | None:
    """The nearest subject naming a state, from the verb up to the sentence's root: "its"
    in "after Russian jets enter its airspace" is Estonia's in "Estonia summons ..."."""
    tok = verb
    for _ in range(4):
        state = _state_of_subject(tok)
        if state is not None:
            return state
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _ordered_out(event: Event, doc: Doc) -> str | None:
    """A state ordering someone "to leave the country" expels them from its own ground, where
    the order is given: "Argentina orders Iran's chargé d'affaires to leave the country within
    48 hours" → Argentina, whatever the act was coded (a demand, an expulsion)."""
    head = _trigger_head(doc, event)
    if head is None or head.pos_ != "VERB":
        return None
    for verb in head.children:
        if verb.dep_ != "xcomp" or verb.lemma_.lower() not in LEAVING_LEMMAS:
            continue
        if any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in {"country", "territory"}
            and any(d.lower_ in {"the", "its"} for d in c.children)
            for c in verb.children
        ):
            return _state_of_subject(head)
    return None


OFFICE_DEPS = {"oprd", "attr", "dobj", "nsubjpass", "nsubj", "agent", "npadvmod"}


def _office_of_a_state(event: Event, doc: Doc) -> str | None:
    """Rule L3 (docs/evaluation.md): an act that can happen only in the country of the office
    or chamber it names, when the text names no place: "X is elected President of Portugal",
    "the King's Representative dissolves the Parliament of Fiji" (and the election it sets),
    "Latvians vote for the members of the Saeima". The office must be named with one state
    ("President of Portugal", "the Bulgarian parliament"), never a bare title, which may be
    of a body abroad ("re-elected President of the Eurogroup"). Whatever the act was coded
    ("The Peruvian Congress impeaches the president", a coercive act), except sanctions."""
    if event.cameo.code.startswith("16"):
        return None
    head = _trigger_head(doc, event)
    if head is None:
        return None
    lists = _domestic_words()
    acts, polls = lists.get("office_act", frozenset()), lists.get("poll", frozenset())
    verbs = [head]
    if head.pos_ == "NOUN" and head.lemma_.lower() in polls:
        verbs = [head.head]  # "setting an election": the verb that sets it
        while verbs[-1].dep_ in {"advcl", "conj", "xcomp"} and len(verbs) < 3:
            verbs.append(verbs[-1].head)  # "dissolves the Parliament of Fiji, setting ..."
    for verb in verbs:
        if verb.lemma_.lower() not in acts:
            continue
        found = _office_named_with_state(verb)
        if found is not None:
            return found
    return None


def _office_named_with_state(verb: Token) -> str | None:
    """The one state an office act's complement, object or subject names ("President of
    Portugal", "the Parliament of Fiji", "the Iraqi parliament"), or its voters' nationality
    ("Latvians vote")."""
    offices = HEAD_OFFICE_NOUNS | INSTITUTION_NOUNS | _national_chambers().keys()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":  # "sworn in as Prime Minister of X"
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ == "agent":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in OFFICE_DEPS:
            continue
        words = {child.lemma_.lower(), child.lower_}
        words |= {f"{c.lower_} {child.lower_}" for c in child.children if c.dep_ == "compound"}
        if words & offices:
            state = _state_of_institution(child)
            if state is not None:
                return state
        if child.dep_ == "nsubj" and verb.lemma_.lower() == "vote":
            name = child.lower_[:-1] if child.lower_.endswith("s") else child.lower_
            voters = nationality_countries().get(child.lower_) or nationality_countries().get(name)
            if voters is not None and not any(c.dep_ == "conj" for c in child.children):
                return voters  # "Kyrgyz vote for ...": a people votes at home
    return None
