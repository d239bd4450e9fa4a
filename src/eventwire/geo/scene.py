"""The scene carried from other sentences: the place the next sentence gives "the
operation", the previous sentence's place for fighting, a release's opening trip or home
council meeting, and one place shared by acts conjoined under one subject.

Separate from the event's own place (own_place.py): these rules look beyond the event's
sentence, to the lead, the neighbouring sentences and the release's own state.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.geo.act_kinds import _physical, _root, _sets_a_scene, _speech_lemmas
from eventwire.geo.gatherings import _lead_gathering_place, _place_in_own_gathering
from eventwire.geo.gazetteer import Place
from eventwire.geo.location_basics import (
    _first_conjunct,
    _future,
    _in_quotes,
    _locative_prep,
    _most_specific,
    _remote,
    _sovereign,
    _trigger_head,
    _trigger_tokens,
)
from eventwire.geo.location_words import (
    ARTICLE_REACH,
    AWAY_LEMMAS,
    GATHERING_NOUNS,
    HAPPEN_LEMMAS,
    INSTITUTION_NOUNS,
    LAUNCH_LEMMAS,
    LEAD_MEETING_VERBS,
    MAX_CLIMB,
    PROJECTILE_NOUNS,
    SALUTATION_WORDS,
    SCENE_GATHERINGS,
    SCENE_NOUNS,
    SCENE_VERBS,
    STATE_SECTORS,
    TRIP_WORDS,
)
from eventwire.geo.not_a_place import _in_a_purpose, _is_actor
from eventwire.geo.own_place import _tied_to
from eventwire.geo.place_mention import Mention
from eventwire.geo.toponym_words import country_words
from eventwire.nlp.pipeline import (
    among,
    id_set,
    sentence_of,
    sentences_of,
    token_columns,
    tokens_of,
)
from eventwire.records import Event


def _placed_next(doc: Doc, mentions: list[Mention], sent_end: int, event: Event) -> Mention | None:
    """A physical act whose sentence names no place, when the next sentence says where "the
    operation" (the attack, the raid...) took place: "Forces capture an ISIS chief. The
    operation took place in the Laag area of Bari region" puts the capture in Laag."""
    after = [m for m in mentions if m.start >= sent_end and m.place is not None]
    if not after:
        return None
    sent = after[0].span.sent
    between = doc.char_span(sent_end, sent.start_char, alignment_mode="expand")
    if between is None or sum(t.pos_ == "VERB" for t in between) > 0:
        return None  # only the next sentence (or after a verbless fragment) tells of it
    verb = sent.root
    lemma = verb.lemma_.lower()
    happened = lemma in HAPPEN_LEMMAS or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not happened or subject is None or subject.lemma_.lower() not in SCENE_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children):
        return None  # "the operation", "this attack": the act just told
    told = [m for m in after if m.span.sent == sent and _tied_to(m, [verb], event)]
    return _most_specific(told) if told else None


@lru_cache(maxsize=1)
def _scene_verb_ids() -> np.ndarray:
    return id_set(get_string_id(w) for w in SCENE_VERBS)  # (`Doc.to_array(LEMMA)` ids)


def _scene_place(doc: Doc, mentions: list[Mention], event: Event) -> Mention | None:
    """Where a sentence of the release says "the event" took place, for its own acts (not
    force, not what a quotation tells) that their sentences place nowhere: "Zelenskyy
    introduced the new Minister of Defense ... The event, which took place in the building of
    the Ministry of Defense in Kyiv, ..." puts the introduction and what he stressed there.
    The nearest such sentence within ARTICLE_REACH * 3 characters, before or after."""
    cached = doc.user_data.get("eventwire.scenes")  # (mentions, scenes): for this locate call
    scenes = cached[1] if cached is not None and cached[0] is mentions else None
    if scenes is None:
        # the sentences with a scene verb (most releases: none), found by lemma id
        found = np.flatnonzero(among(token_columns(doc)[LEMMA], _scene_verb_ids())).tolist()
        tokens = tokens_of(doc)
        held = {sentence_of(tokens[i]).start for i in found}
        scenes = [
            (s.start_char, m)
            for s in sentences_of(doc)
            if s.start in held and (m := _scene_of(s, mentions)) is not None
        ]
        doc.user_data["eventwire.scenes"] = (mentions, scenes)  # holding it: no reused id()
    near = [
        (abs(start - event.sentence_start), m)
        for start, m in scenes
        if abs(start - event.sentence_start) <= ARTICLE_REACH * 3
    ]
    if not near or _in_quotes(doc, event.trigger.start):
        return None
    return min(near, key=lambda pair: pair[0])[1]


def _scene_of(sent: Span, mentions: list[Mention]) -> Mention | None:
    """The place of "The ceremony took place at the Mariyinsky Palace in Kyiv", "the meeting
    was held in Paris": a gathering named with "the"/"this" as the subject of "take place" or
    of "be held" (or the noun such a relative clause hangs on), in the past or present."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        took = lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
        )
        held = lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children)
        if not (took or held) or any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "shall", "would", "to", "be"}
            for c in verb.children
        ):
            continue  # "the Diia Summit, which will be held on February 8 in Kyiv"
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if verb.dep_ == "relcl" or subject is not None and subject.tag_ == "WDT":
            subject = verb.head
        if subject is None or subject.lemma_.lower() not in SCENE_GATHERINGS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in subject.children):
            continue
        if subject.tag_ == "NNS" and subject.lemma_.lower() == "event" or _long_ago(verb):
            continue  # "the tragic events that took place in the United States on September
            # 11, 2001", "the summit held in Sochi two years ago": another time's gathering
        placed = [
            m
            for m in mentions
            if m.place is not None
            and sent.start_char <= m.start < sent.end_char
            and not _in_quotes(sent.doc, m.start)
            and _sited_on(m.root, verb)
        ]
        if placed and not _remote(sent):
            return _most_specific(placed)
    return None


def _long_ago(verb: Token) -> bool:
    """The verb is dated to another time than the release's: a year or "... ago"."""
    return any(
        t.ent_type_ == "DATE" and (t.lower_ == "ago" or (t.is_digit and len(t.text) == 4))
        for t in verb.subtree
    )


def _sited_on(tok: Token, verb: Token) -> bool:
    """The place hangs on the verb by "in", "at" or "on" ("took place at the Mariyinsky Palace
    in Kyiv"), not inside its subject ("the meeting between the ministers of Ukraine and
    Poland took place") nor on a time ("a few hours before the announcement by US ...")."""
    own = tok.head if tok.dep_ in {"conj", "appos"} else tok
    if own.dep_ != "pobj" or own.head.lower_ not in {"in", "at", "on"}:
        return False  # "in the presence of the President of Poland": a person's country
    for head in (tok, *tok.ancestors):
        if head.head.i == verb.i:
            return head.dep_ == "prep" and head.lower_ in {"in", "at", "on"}
    return False


def _share_conjunct_place(doc: Doc, events: list[Event]) -> None:
    """Acts of force told by verbs conjoined under one subject happened together: "Israeli
    airstrikes kill at least 92 Palestinians ... and wound at least 86 others" — the wounding
    takes the killing's place when the text gives it none of its own (its object, "others",
    names no one)."""
    placed = {}
    for e in events:
        if e.location is not None and _physical(e):
            for tok in _trigger_tokens(doc, e)[:1]:
                placed.setdefault(_first_conjunct(tok.head if tok.pos_ == "NOUN" else tok).i, e)
    if not placed:
        return
    for e in events:
        if e.location is not None or not _physical(e):
            continue
        verb = next(iter(_trigger_tokens(doc, e)), None)
        if verb is None or verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue  # a verb with its own doer: "... and the army shelled ..."
        partner = placed.get(_first_conjunct(verb).i)
        if partner is not None and partner is not e:
            e.location = dict(partner.location)


def _lead_trip_place(doc: Doc, mentions: list[Mention]) -> Place | None:
    """A release with no dateline that opens with a trip ("During a working trip to the Odesa
    region, the President ...", "will pay a visit to Munich"): its statements and meetings
    were made there, as at a dateline."""
    sents = [sent for _, sent in zip(range(2), doc.sents, strict=False)]
    if not sents:
        return None
    first = sents[0]
    if len(sents) > 1 and sents[1].root.pos_ not in {"VERB", "AUX"}:
        # "... met with President of UEFA (UEFA) | Aleksander Čeferin, who arrived in our
        # country ...": a verbless piece the parser split off the first sentence is part of it
        first = doc[first.start : sents[1].end]
    placed = [
        m
        for m in mentions
        if m.place is not None
        and m.start < first.end_char
        and m.root.dep_ == "pobj"
        and m.root.head.lower_ in {"to", "in"}
        and _a_trip(m.root.head.head)
        and not any(  # "condemned Pelosi's visit to Taiwan": someone else's trip, a topic
            c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in m.root.head.head.children
        )
        # "held a video conference with X, who is on a visit to our country": the guest's trip
        and not (_remote(first) and _in_relative_clause(m.root.head.head))
    ]
    if not placed and not _remote(first) and not _future(first.root):
        placed = [
            m
            for m in mentions
            if m.place is not None
            and m.start < first.end_char
            and not _in_quotes(doc, m.start)
            and _lead_gathering_place(m.root, first.root)
        ] or _place_in_own_gathering(first, mentions)
    if not placed:
        placed = _guests_visit(doc, mentions)
    return _most_specific(placed).place if placed else None


def _in_relative_clause(tok: Token) -> bool:
    """Inside a clause about a participant ("X, who is on a visit to Ukraine")."""
    return any(t.dep_ in {"relcl", "acl"} for t in (tok, *tok.ancestors))


def _place_home_council_meeting(doc: Doc, events: list[Event], home: Place | None) -> None:
    """A meeting of the release's own state's national body, held in person, with no place
    said: "President Volodymyr Zelenskyy held an urgent meeting of the National Security and
    Defense Council, at which representatives ... reported" → Ukraine, country level (the
    body sits at home), and so is what was done at it. Not a body named with no national
    word ("the Security Council", also the UN's), nor one joined by video or still to come."""
    if home is None:
        return
    for event in events:
        if event.location is not None:
            continue
        head = _trigger_head(doc, event)
        meeting = _home_council_meeting(head, home.country) if head is not None else None
        if meeting is not None and not _remote(meeting.sent) and not _future(meeting.head):
            event.location = _sovereign(
                {"text": None, "start": None, "end": None, **home.to_location(), "method": "actor"}
            )


def _home_council_meeting(head: Token, home: str) -> Token | None:
    """The gathering noun the act is (or is done at: "the meeting ..., at which X reported")
    when it is of a national body of `home`: "a meeting of the National Security and Defense
    Council", "a session of the Cabinet of Ministers of Ukraine"."""
    gatherings = [head, *(c for c in head.children if c.dep_ == "dobj"), *head.ancestors]
    for noun in gatherings:
        if noun.lemma_.lower() not in GATHERING_NOUNS or noun.pos_ != "NOUN":
            continue
        for body in (g for c in noun.children if c.lower_ == "of" for g in c.children):
            if body.lemma_.lower() not in INSTITUTION_NOUNS:
                continue
            words = [t.lower_ for t in body.subtree]
            states = {country_words().get(w) for w in words} - {None}
            if states <= {home} and ("national" in words or states == {home}):
                return noun
    return None


def _guests_visit(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A release that opens with a meeting it does not place, whose next sentence names the
    guests' visit: "Andriy Yermak met with the parliamentary delegation of the Republic of
    Korea ... . At the beginning of the event, Andriy Yermak stressed the importance of **the
    Korean delegation's visit to Ukraine**" — they met where the guests came. The visitor
    is the one met ("with" the delegation), not someone else ("condemned Pelosi's visit")."""
    sents = [sent for _, sent in zip(range(2), doc.sents, strict=False)]
    if not sents or sents[0].root.lemma_.lower() not in LEAD_MEETING_VERBS:
        return []
    root = sents[0].root
    if _future(root) or _remote(sents[0]):
        return []
    guests = {
        n.lemma_.lower()
        for p in root.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for n in p.children
        if n.dep_ == "pobj"
    }
    end = sents[-1].end_char
    return [
        m
        for m in mentions
        if m.place is not None
        and m.start < end
        and m.root.dep_ == "pobj"
        and m.root.head.lower_ == "to"
        and m.root.head.head.lemma_.lower() in TRIP_WORDS
        and any(c.dep_ == "poss" and c.lemma_.lower() in guests for c in m.root.head.head.children)
    ]


def _a_trip(tok: Token) -> bool:
    """A trip word, or a verb whose object is one or a delegation the doer leads: "a visit to
    Munich", "will lead the Presidential Delegation to Honduras" (the tagger hangs "to
    Honduras" on "lead"); not "welcome the arrival of a delegation to Riyadh"."""
    if tok.lemma_.lower() in TRIP_WORDS:
        return True
    led = TRIP_WORDS | ({"delegation"} if tok.lemma_.lower() in {"lead", "head"} else set())
    return tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in led for c in tok.children
    )


def _previous_sentence_place(
    mentions: list[Mention], sent_start: int, event: Event
) -> Mention | None:
    """For a material act whose sentence names no place at all: the place of the nearest
    earlier sentence that names one, within the same stretch of text ("Russian troops enter
    Bukavu. ... most Congolese troops withdraw."): news goes on about the same scene."""
    before = [
        m
        for m in mentions
        if m.place is not None and m.start < sent_start and sent_start - m.start <= ARTICLE_REACH
    ]
    doer = event.source.country if event.source is not None else None
    sents = []
    for m in reversed(before):
        if m.span.sent not in sents:
            sents.append(m.span.sent)
    for sent in sents:
        if _an_address(sent):
            continue  # "Dear people of Luxembourg! ... what are we fighting for?": no scene
        here = [
            m
            for m in before
            if m.span.sent == sent
            and not _is_actor(m, event)
            and not (m.place.is_country and m.place.country == doer)  # "the Russian invasion"
        ]
        same = [m for m in here if not _no_scene(m)]
        if same:
            return _named_thing_place(same, sent_start, event) or _most_specific(same)
        if not here or not all(_where_people_came_from(m) for m in here):
            return None
        # a sentence that names only where someone came from goes on at the scene before it
        # ("Today a protest took place in Berdyansk. Protest against the occupiers from the
        # Russian Federation. Thousands of civilians came out ...": Berdyansk)
    return None


def _named_thing_place(same: list[Mention], sent_start: int, event: Event) -> Mention | None:
    """The place the earlier sentence gives the very thing the event's sentence takes up
    again with "the": "..., including a bridge in Bandar Khamir. A truck on the bridge is
    targeted" is in Bandar Khamir, not in the first town the list named."""
    doc = same[0].span.doc
    sent = doc.char_span(sent_start, sent_start + len(event.sentence), alignment_mode="expand")
    if sent is None:
        return None
    taken_up = {
        t.lemma_.lower()
        for t in sent
        if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    }
    if not taken_up:
        return None
    for m in same:
        prep = m.root.head
        if m.root.dep_ != "pobj" or prep.lower_ not in {"in", "at", "near", "outside", "off"}:
            continue
        thing = prep.head
        if thing.pos_ == "NOUN" and thing.lemma_.lower() in taken_up and thing.i < m.root.i:
            return m
    return None


def _an_address(sent: Span) -> bool:
    """A speech's salutation ("Dear people of Luxembourg!", "Distinguished Members of the
    Japanese Parliament!"): a verbless exclamation opened by a word of address, naming the
    audience, not where anything happens; the speech's fighting told next ("Because what
    are we fighting for?") is not fought there. ("Explosions in Kyiv!" is a scene.)"""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return (
        bool(words)
        and words[0].lower_ in SALUTATION_WORDS
        and sent.text.rstrip().endswith("!")
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def _no_scene(m: Mention) -> bool:
    """A place of an earlier sentence that is no scene to go on with: inside what someone
    says or claims ("Russia bragged that they would seize Kyiv in 48 hours"), an act that
    only might be ("would", "could", "will"), what an effort is for ("efforts aimed at
    de-escalating the situation around Ukraine") or where missiles or drones came from ("47
    drones from Iran. Falling debris kills one person": not in Iran)."""
    if _in_a_purpose(m, []):
        return True
    tok = m.root
    for _ in range(MAX_CLIMB + 2):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.lower_ == "from" and head.lemma_.lower() in PROJECTILE_NOUNS | LAUNCH_LEMMAS:
            return True  # "47 drones from Iran", "launched from Yemen": where the fire came from
        if _where_people_came_from(m) and tok.lower_ == "from":
            return True  # "Protest against the occupiers from the Russian Federation": origin
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _speech_lemmas():
            # "Pakistan claims that it killed 15 Taliban members in an airstrike in Spin
            # Boldak. The Taliban claims that twelve civilians are killed": a past act
            # reported is a scene the next sentence goes on with, where it happened (not
            # where someone was sent: "deport Ukrainian citizens to Russia"); what is only
            # said is not
            past = tok.tag_ in {"VBD", "VBN"}
            return not past or _locative_prep(m) in {"to", "into", "toward", "towards", "from"}
        if head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in head.children
        ):
            return True
        tok = head
    return False


def _goes_on_at_the_scene(doc: Doc, event: Event) -> bool:
    """In a news item (one paragraph about one scene), more than fighting goes on where the
    story is: any physical act told as done ("Fifteen are rescued", "both crew members were
    recovered"; not "continue providing support", "to provide assistance"), and an order or
    a request of the authorities ("Iraqi prime minister orders the security forces to pursue
    the perpetrators", "The local government requests additional security forces"); not
    what anyone says, claims or confirms about it."""
    if not _told_as_done(_trigger_head(doc, event)):
        return False
    if _physical(event):
        return True
    doer = event.source
    return (
        _root(event) in {"02", "10"} and doer is not None and (doer.sector or "") in STATE_SECTORS
    )


def _kept_at_the_scene(event: Event, earlier: Mention) -> bool:
    """An order or a request borrows the scene only in its doer's own state (Iraq's prime
    minister after an attack in Baghdad), never a foreign government's."""
    if _sets_a_scene(event) or _physical(event):
        return True
    doer = event.source
    return doer is not None and earlier.place is not None and doer.country == earlier.place.country


def _where_people_came_from(m: Mention) -> bool:
    """ "the occupiers from the Russian Federation", "refugees from Sudan": "from X" on a noun
    (not a withdrawal or evacuation) says where someone came from, not where anything is."""
    prep = m.root.head
    noun = prep.head
    return (
        m.root.dep_ == "pobj"
        and prep.lower_ == "from"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in AWAY_LEMMAS | PROJECTILE_NOUNS
    )


def _told_as_done(head: Token | None) -> bool:
    """The act is told as happening: a finite verb of a main or reported clause ("are
    rescued", "orders"), or a noun; not a gerund, an infinitive, a modal or a clause
    describing something else ("hospitals providing care", "must make a contribution")."""
    if head is None:
        return False
    if head.pos_ != "VERB":
        return head.pos_ in {"NOUN", "PROPN"}
    if head.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or head.dep_ not in {"ROOT", "conj", "ccomp"}:
        return False
    return not any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children
    )
