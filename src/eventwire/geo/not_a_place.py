"""Place mentions that are no place of the act: a party ("Moscow said", "Kyiv's mayor"), an
attribute ("a Marshall Islands-flagged tanker"), an origin or destination, an example
("including in Tyre"), a place inside what someone says, a purpose or an earlier act.

Separate because these vetoes are shared by the event's own place (own_place.py) and the
scene carried from other sentences (scene.py), and are the rules most often tuned.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.geo.act_kinds import _physical, _root, _speech_lemmas
from eventwire.geo.location_basics import (
    _first_conjunct,
    _locative_prep,
    _overlaps,
    _trigger_tokens,
)
from eventwire.geo.location_words import (
    ACTOR_NOUNS,
    ASSAULT_ROOTS,
    ATTRIBUTE_VERBS,
    AWAY_LEMMAS,
    COMING_WORDS,
    COURT_WORDS,
    ENTRY_LEMMAS,
    EXAMPLE_WORDS,
    FOUGHT_OVER_NOUNS,
    HELD_SITE_NOUNS,
    HYPHEN_ROLES,
    INSIDE_GROUND_NOUNS,
    LAUNCH_LEMMAS,
    LEAVING_LEMMAS,
    MAX_CLIMB,
    METONYM_DEPS,
    MODIFIER_DEPS,
    ORIGIN_ROOTS,
    PARTY_OF_NOUNS,
    PARTY_PREPS,
    PAST_WORDS,
    PHYSICAL_PREPS,
    PLACE_NOUNS,
    PLACE_TARGET_ROOTS,
    PURPOSE_NOUNS,
    PURPOSE_VERBS,
    SCENE_NOUNS,
    STATEMENT_ROOTS,
    TOWARD_LEMMAS,
    VISIT_LEMMAS,
)
from eventwire.geo.place_mention import Mention
from eventwire.geo.toponym_words import FACILITY_TAILS, SITE_TAILS, TERRITORY_NOUNS
from eventwire.records import ActorRef, Event


def _qualifies_a_target(m: Mention, parties: list[Mention], event: Event) -> bool:
    """The region or country chained after a target place that is no place of the act (commas
    only) shares its role: "announces that they will withdraw from Uvira, South Kivu" (a
    verbal act: neither)."""
    tok = m.root
    while tok.dep_ in {"appos", "conj"} and tok.head.i != tok.i:
        between = m.span.doc[tok.head.i + 1 : tok.i]
        if any(t.lower_ in {"and", "or"} for t in between):
            return False  # a list ("Uvira and Goma"), not a chain of containers
        tok = tok.head
        if any(p.span.start <= tok.i < p.span.end and _overlaps(p, event.target) for p in parties):
            return True
    return False


def _said_elsewhere(m: Mention, anchors: list[Token]) -> bool:
    """The place is in what the act's doer says while doing it, not where it is done:
    "Azerbaijan protests the detention, stating the ships entered Eritrean waters" (the
    speech verb is the trigger or hangs on it; the detention itself may be in those waters)."""
    ids = {t.i for t in anchors}
    tok = m.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i or tok.i in ids:
            return False
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _speech_lemmas():
            return head.i in ids or head.head.i in ids
        tok = head
    return False


def _in_a_dated_clause(m: Mention, anchors: list[Token]) -> bool:
    """The place is in a clause about a participant (not about an act) that tells another
    act with its own time: "a citizen **arrested in Yekaterinburg in early 2024** ... is
    released in a prisoner swap" (the release is not in Yekaterinburg; the arrest, if it is
    the event, is)."""
    ids = {t.i for t in anchors}
    tok = m.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i or tok.i in ids or head.i in ids:
            return False
        if head.dep_ in {"acl", "relcl"} and head.pos_ == "VERB":
            if head.head.i in ids or head.head.lemma_.lower() in SCENE_NOUNS | FOUGHT_OVER_NOUNS:
                return False  # a clause about an act, maybe the event ("strikes launched in X")
            clause = list(head.subtree)
            return any(_dated(c) for c in clause) and not any(a.i in ids for a in clause)
        tok = head
    return False


TIME_PREPS = {"of", "before", "ahead", "until", "after", "during"}  # "ahead of the summit"


def _at_a_coming_occasion(m: Mention, anchors: list[Token]) -> bool:
    """The place is that of an occasion still to come ("votes to ban Russian athletes from
    competing at **next year's** Winter Olympic Games in Milan", "agree to meet at the
    **upcoming** summit in Doha"): nothing is done there yet. Not when the act is that
    occasion, inside it, or to be done at it ("will meet at next week's summit in Rome"),
    nor when the occasion only dates the act ("arrested ahead of next week's summit in
    Rome", most likely in Rome)."""
    ids = {t.i for t in anchors}
    if m.root.i in ids:
        return False
    for tok in (m.root, *m.root.ancestors):
        if tok.i in ids:
            return False
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        for mod in tok.children:
            if mod.dep_ in {"amod", "poss", "nmod"} and any(
                t.lower_ in COMING_WORDS for t in mod.subtree
            ):
                if tok.dep_ == "pobj" and tok.head.head.i in ids:
                    return False  # "will meet at next week's summit in Rome": there
                if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS:
                    return False  # "arrest two activists ahead of next week's summit in Rome"
                return not any(t.i in ids for t in tok.subtree)
    return False


def _dated(tok: Token) -> bool:
    """A time of the clause: "in 2023", "on 12 February", "last year"."""
    if tok.ent_type_ == "DATE" and tok.dep_ in {"npadvmod", "tmod"}:
        return True
    return tok.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in tok.children)


def _in_a_purpose(m: Mention, anchors: list[Token]) -> bool:
    """A place inside what the act was for is not where it was done: "boats set sail from
    Marseille **in an effort to** break the blockade on the Gaza Strip", "signs an agreement
    ... **aimed at** rebuilding relations with the United States"."""
    own = {t.i for t in anchors}
    for tok in (m.root, *m.root.ancestors):
        marker = tok.lower_ in PURPOSE_NOUNS and tok.head.lower_ == "in"
        marker = marker or (
            tok.lemma_.lower() in PURPOSE_VERBS
            and tok.tag_ in {"VBG", "VBN"}  # "seeking to", "aimed at"; not "intention to seek"
            and tok.dep_ in {"acl", "advcl"}
        )
        if marker:
            return not own & {t.i for t in tok.subtree}
    return False


def _told_as_past(anchors: list[Token]) -> bool:
    """An act named as an earlier one ("a retaliation for **the recent arrest** of X", "the
    previous attack") is not part of the scene the text goes on about."""
    return any(
        child.dep_ == "amod" and child.lower_ in PAST_WORDS
        for tok in anchors
        for child in tok.children
    )


def _is_actor(m: Mention, event: Event) -> bool:
    """The mention names a party, not a place: the source or speaker, a verbal act's target,
    a subject or possessor ("Moscow said", "Kyiv's position"), a modifier of an official."""
    if _physical(event) and any(
        _passive_clause_of(t, m.root) for t in _trigger_tokens(m.span.doc, event)
    ):
        return False  # "the Kyiv region that had been liberated": what was done to, not by
    if _overlaps(m, event.source) and not _placed_inside(m, event.source):
        if not _doer_named_by_place(m, event):
            return True
    if event.attribution is not None and _overlaps(m, event.attribution.speaker):
        return True
    if (
        _overlaps(m, event.target)
        and not _target_is_place(m, event)
        and not _placed_inside(m, event.target)
        and not _ground(m, m.root)  # "reopens the country's airspace"
    ):
        # "reopen its embassy in Kabul": a target named after "in"/"at" is also the place;
        # so is the place a physical act is done from or into ("withdraw from Tessalit").
        allowed = PHYSICAL_PREPS if _physical(event) else {"in", "at"}
        if _physical(event) and _moves_toward(m.root.doc, event):
            allowed = allowed | {"to"}  # "returned 1,000 bodies to Ukraine", "sent troops to X"
        if _locative_prep(m) not in allowed:
            return True
    root = m.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Russia and Ukraine swap prisoners": both are subjects
    if root.dep_ in METONYM_DEPS and not _ground(m, root) and not _possessive_in_name(m, root):
        return True
    doc = root.doc
    after = m.span.end
    if after + 1 < len(doc) and doc[after].text == "-":
        role = doc[after + 1]
        if role.lower_ in HYPHEN_ROLES or role.tag_ == "VBN":
            return True  # "Marshall Islands-flagged", "Iran-backed", "US-drafted": attributes
    first = m.span.start
    if first >= 2 and doc[first - 1].lower_ == "in" and _attribute_participle(doc[first - 2]):
        return True  # "registered in Florida 1 nautical mile off Cuba", however it is parsed
    if root.dep_ == "pobj" and root.head.lower_ in PARTY_PREPS:
        return True  # "mediation by the UAE", "talks between Iran and the US": parties
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        # "the International Stabilization Force for Gaza", "aid for Sudan": a purpose or a
        # beneficiary; but "the battle for Bakhmut" is fought there.
        fought_over = root.head.head.lemma_.lower() in FOUGHT_OVER_NOUNS
        return not fought_over and not _moves_toward(root.doc, event)  # "sent aid for Gaza"
    if root.dep_ == "pobj":
        holder = root.head.head
        attribute = holder.pos_ == "VERB" and holder.lemma_.lower() in ATTRIBUTE_VERBS
        if root.head.lower_ == "in" and attribute:
            return True  # "a speedboat registered in Florida", "a group based in Syria"
        if root.head.lower_ == "of" and holder.lemma_.lower() in ACTOR_NOUNS | {"leader"}:
            return True  # "the leaders of France", "the government of Sudan"
        if root.head.lower_ == "of" and holder.lower_ in PARTY_OF_NOUNS:
            return True  # "on behalf of the United States", "the leadership of Italy"
    if root.dep_ in MODIFIER_DEPS and root.head.pos_ in {"NOUN", "PROPN"}:
        head = root.head
        if head.ent_type_ in {"PERSON", "ORG"} or head.lemma_.lower() in ACTOR_NOUNS:
            return True
        if m.place is not None and m.place.is_country and not _listed_as_ground(m, head):
            return True  # "U.S. military bases in Bahrain": a country as a modifier owns
    return False


def _held_place(m: Mention, mentions: list[Mention]) -> Mention | None:
    """Session 16: "explosions in Iran's Qeshm Island, Bushehr and Bandar Abbas": the place of
    its own country that a state's (or region's) possessive is on; the state is then its
    container, no party, unless that place is a party too ("the governor of Sudan's
    Kordofan region"). "Kyiv's mayor", "Russia's Gazprom" hold no place."""
    root = m.root
    if root.dep_ != "poss" or m.place is None or root.head.i < m.span.end:
        return None
    return next(
        (
            n
            for n in mentions
            if n is not m
            and n.place is not None
            and n.span.start <= root.head.i < n.span.end
            and n.place.country == m.place.country
        ),
        None,
    )


def _listed_as_ground(m: Mention, head: Token) -> bool:
    """Session 16: "strikes hit locations in Pakistan and Pakistan-administered Kashmir": a
    country right after a locative preposition that the tagger hangs on the place name that
    follows it is the first of two listed places, not that place's owner."""
    first = m.span.start
    doc = head.doc
    return (
        first > 0
        and doc[first - 1].lower_ in {"in", "across", "throughout", "inside"}
        and head.ent_type_ in {"GPE", "LOC"}
        and any(t.lower_ in {"and", "or"} for t in doc[m.span.end : head.i])
    )


def _seat_of_a_court(m: Mention, ref: ActorRef | None, anchors: list[Token]) -> bool:
    """A court named with its town ("the **Bangkok Criminal Court** sentences ...") sits
    there: the doer's name gives the place of what it does itself (its subject's verb, not
    an act it orders: "orders the Unification Church to dissolve")."""
    if ref is not None and not _overlaps(m, ref):
        return False
    court = m.root
    if m.root.dep_ == "poss" and m.root.head.lemma_.lower() in COURT_WORDS:
        court = m.root.head  # "Puntland's highest military court sentences ...": its own
    elif m.root.dep_ in MODIFIER_DEPS and m.root.head.lower_ in COURT_WORDS:
        # "The Tbilisi city court set bail", "the Lagos high court sentenced": the town
        # modifies the court word (session 14; also when the extractor coded no doer). The
        # court's own subject position below still has to hold.
        court = m.root.head
    elif not m.text.lower().endswith(" court"):
        return False
    verbs = {_first_conjunct(t).i for t in anchors}
    return court.dep_ in {"nsubj", "nsubjpass", "agent"} and court.head.i in verbs | {
        t.i for t in anchors
    }


def _doer_named_by_place(m: Mention, event: Event) -> bool:
    """ "A man is detained in Dubai": a doer the extractor reads from a place after "in" or
    "at" following the trigger, and hanging on it, is named by where the act was done."""
    if m.start < event.trigger.end or _locative_prep(m) not in {"in", "at"}:
        return False
    holder = m.root.head.head if m.root.dep_ == "pobj" else m.root.head
    return event.trigger.start <= holder.idx < event.trigger.end


def _ground(m: Mention, root: Token) -> bool:
    """A subject or possessor that is ground, not a party: water ("the strait is still not
    open"), a site ("the Rafah Border Crossing reopens") or a state's airspace, territory or
    waters ("the country's airspace")."""
    if m.place is not None and m.place.feature_class in {"H", "S"}:
        return True
    if m.span[-1].lower_ in FACILITY_TAILS | SITE_TAILS:
        return True  # "Lublin Airport ... is closed": a facility read as its town (session 16)
    return root.dep_ == "poss" and root.head.lower_ in TERRITORY_NOUNS | HELD_SITE_NOUNS


def _attribute_participle(tok: Token) -> bool:
    """ "registered", "based", "born": a participle naming where someone belongs (not the
    noun "a base in X")."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() in ATTRIBUTE_VERBS


def _placed_inside(m: Mention, ref: ActorRef | None) -> bool:
    """ "Israeli airstrikes across southern Lebanon" as a source: the place is where the
    actor acted, after a locative preposition inside its span, not the actor itself."""
    if ref is None or m.start <= ref.start:
        return False
    return _locative_prep(m) in {"in", "across", "throughout", "at", "near", "inside"}


def _target_is_place(m: Mention, event: Event) -> bool:
    if event.cameo.root in PLACE_TARGET_ROOTS:
        return True
    if any(_object_clause_of(t, m.root) for t in _trigger_tokens(m.span.doc, event)):
        return True  # "the city of Bucha, which the parliamentarians visited"
    if (
        m.root.lemma_.lower() in INSIDE_GROUND_NOUNS
        and (m.root.dep_ == "dobj" or _of_the_trigger(m.root, event))
        and _root(event) not in STATEMENT_ROOTS  # "not ready to give up our territories"
    ):
        # "A Russian drone breaches Romanian airspace", coded a defiance; "recurrent
        # violations of Algerian airspace" (the trigger a noun)
        return True
    head = m.root.head
    if m.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        head = head.head.head  # "enter the city of Pokrovsk": the city is the place
    if m.root.dep_ == "pobj" and head.lower_ in {"to", "in"}:
        head = head.head  # "a visit to China", "arrives in Beijing"
    if _physical(event) and head.lemma_.lower() in ENTRY_LEMMAS:
        return True  # "troops enter the city of Pokrovsk", whatever the act was coded
    if _physical(event) and head.lemma_.lower() in LEAVING_LEMMAS:
        return True  # "U.S. military aircraft begin to leave Spain": where they were
    if event.cameo.root not in {"03", "04"}:
        return False  # a visit made (04) or promised (03: "will visit Pakistan")
    return head.lemma_.lower() in VISIT_LEMMAS


def _of_the_trigger(tok: Token, event: Event) -> bool:
    """The word is the object of the trigger noun by "of" ("violations of X airspace")."""
    prep = tok.head
    noun = prep.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and noun.pos_ == "NOUN"
        and event.trigger.start <= noun.idx < event.trigger.end
    )


def _object_clause_of(verb: Token, place: Token) -> bool:
    """Session 16: the verb is a relative clause whose object is the place ("the war in the
    city of Bucha, **which the parliamentarians visited**"): the visit or entry is there."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in VISIT_LEMMAS | ENTRY_LEMMAS:
        return False
    holder = place
    if place.dep_ == "pobj" and place.head.lower_ == "of":
        noun = place.head.head
        holder = noun if noun.lemma_.lower() in PLACE_NOUNS else place  # "the city of Bucha"
    return verb.head.i in {holder.i, place.i} and any(
        c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children
    )


def _passive_clause_of(verb: Token, place: Token) -> bool:
    """The verb is a passive relative clause on the place ("a region that was liberated")."""
    if verb.dep_ != "relcl" or verb.head.i != place.i:
        return False
    return any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in verb.children)


def _own_prep_tok(pobj: Token, anchors: list[Token]) -> bool:
    holder = pobj.head.head
    ids = {t.i for t in anchors}
    return not ids or holder.i in ids or holder.head.i in ids


def _is_origin(m: Mention, event: Event, anchors: list[Token]) -> bool:
    """ "rocket strikes from Pakistan", "drones launched from Yemen": where a strike came
    from, not where it happened (also "from Rafah in the Gaza Strip" for the Strip)."""
    if any(t.lemma_.lower() in AWAY_LEMMAS for t in anchors):
        return False
    tok = m.root
    if tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        mover = tok.head.head
        if mover.lemma_.lower() in LAUNCH_LEMMAS and mover.i not in {t.i for t in anchors}:
            return True  # "drones coming from Iran", "missiles launched from Yemen"
    if event.cameo.code and event.cameo.root not in ORIGIN_ROOTS:
        return False
    if event.cameo.root not in ASSAULT_ROOTS and any(
        t.lemma_.lower() in LAUNCH_LEMMAS and tok.head.head.i == t.i for t in anchors
    ):
        return False  # the launch itself, not an attack told by it: "drones launched from Iran"
    while tok.dep_ == "pobj" and tok.head.lower_ in {"in", "of"}:
        if tok.head.head.ent_type_ not in {"GPE", "LOC", "FAC"}:
            break
        tok = tok.head.head  # "Rafah in the Gaza Strip": the Strip shares Rafah's role
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and _own_prep_tok(tok, anchors)


def _moves_toward(doc: Doc, event: Event) -> bool:
    """The trigger is an act of moving something somewhere ("return", "send"); not a
    deportation or extradition, done by the state that sends someone away."""
    return any(t.lemma_.lower() in TOWARD_LEMMAS for t in _trigger_tokens(doc, event))


def _is_destination(m: Mention, anchors: list[Token]) -> bool:
    """ "en route to Abu Dhabi": where something was going, unless the act is the going."""
    lemmas = {t.lemma_.lower() for t in anchors}
    return _locative_prep(m) == "to" and not lemmas & TOWARD_LEMMAS


def _is_example(m: Mention, anchors: list[Token]) -> bool:
    """The place sits in an "including ..." phrase that does not hold the event too."""

    def example_heads(tok: Token) -> set[int]:
        found = set()
        for _ in range(10):
            if tok.lower_ in EXAMPLE_WORDS:
                found.add(tok.i)
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return found

    mine = example_heads(m.root)
    if not mine:
        return False
    theirs = set().union(*(example_heads(t) for t in anchors)) if anchors else set()
    return not mine <= theirs


def _possessive_in_name(m: Mention, root: Token) -> bool:
    """ "in Cox's Bazar District": the "'s" is inside the place's own name, so the first word
    is no possessor (session 14; a possessor is a party: "Kyiv's position")."""
    after = root.i + 1
    return (
        root.dep_ == "poss"
        and after < m.span.end - 1
        and root.doc[after].dep_ == "case"
        and m.span.start <= root.i
    )


def _whose_origin(m: Mention, anchors: list[Token]) -> bool:
    """ "Thirteen peacekeepers, including nine from South Africa, three from Malawi ..., are
    killed as fighting intensifies in the DRC": "from X" on a noun that is no act of moving
    away says where people or goods come from (session 14). A weak place: taken only when the
    sentence names no other (round 19 showed that dropping it altogether loses implied places)."""
    tok = m.root
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    holder = tok.head.head
    if holder.i in {t.i for t in anchors} or holder.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
        return False
    return holder.lemma_.lower() not in AWAY_LEMMAS


def _protested_act(m: Mention, anchors: list[Token], event: Event) -> bool:
    """ "Protesters gather at the Odenplan plaza to protest against Israel's attacks in Gaza":
    a protest's place is not that of the act it is against (session 14): a place below an
    act's noun (attack, strike, war ...) that is the object of "against" or "over" on the
    protest. Weak, so "protest over the killing in X" with no other place keeps X."""
    if _root(event) != "14":
        return False
    ids = {t.i for t in anchors}
    act = False
    for tok in m.root.ancestors:
        if tok.i in ids:
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SCENE_NOUNS | FOUGHT_OVER_NOUNS:
            act = True
        if act and tok.dep_ == "pobj" and tok.head.lower_ in {"against", "over"}:
            return tok.head.head.i in ids
    return False
