"""Statements located where they were made: a verbal act placed at the meeting, summit or
occasion another sentence places ("This was stated by X during a briefing in Lviv", "A
summit of the CSTO will be held in Minsk ... at the summit, the leaders said ...").

Separate because these passes run over all of an article's events after each was placed
on its own, and read gatherings rather than the act's own sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.geo.act_kinds import _reports_a_clause, _root, _says_something
from eventwire.geo.location_basics import (
    _future,
    _in_quotes,
    _location,
    _most_specific,
    _remote,
    _trigger_tokens,
)
from eventwire.geo.location_words import (
    ARTICLE_REACH,
    CALL_WORDS,
    GATHERING_NOUNS,
    LEAD_MEETING_VERBS,
    MAX_CLIMB,
    OCCASION_NOT_PREPS,
    OCCASION_VERBS,
    PARTICIPANT_NOUNS,
    REMOTE_WORDS,
    SCENE_REACH,
    SIDES_NOUNS,
    SITED_PREPS,
    SPEAKER_TITLES,
    SPEECH_NOUNS,
    STATEMENT_ROOTS,
    VERBAL_QUADS,
)
from eventwire.geo.place_mention import Mention
from eventwire.nlp.pipeline import sentences_of, tokens_of
from eventwire.records import Event


def _carry_meeting_places(events: list[Event], mentions: list[Mention]) -> None:
    """A verbal act right after a meeting the text places, by a party the meeting's sentence
    names, was made at that meeting ("Foreign ministers from Japan, China and South Korea
    meet in Tokyo. Japan raises security concerns ..., China criticizes ..." → Tokyo), and
    so was a further meeting of unnamed parties ("The heads of state met over lunch"), when
    its own sentence names no place for it."""
    meetings: dict[int, dict] = {}
    for e in events:
        loc = e.location
        if e.cameo.root == "04" and loc and loc["method"] in {"parse", "sentence"}:
            # a meeting, a visit, talks (04); not an intent or praise ("does not support
            # coup attempts in our country", 05), which meets no one
            meetings.setdefault(e.sentence_index, loc)
    if not meetings:
        return
    for e in events:
        met = meetings.get(e.sentence_index - 1)
        verbal = e.cameo.root in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS
        if met is None or e.location is not None or not verbal:
            continue
        if e.cameo.root == "04" and (e.source is None or not e.source.country):
            e.location = {**met, "method": "article"}  # "The heads of state met ... "
            continue
        # The party: the speaker, or for a meeting either side ("they were met by the
        # President of Ukraine", after the presidents of Poland and Lithuania met).
        parties = [e.source] + ([e.target] if e.cameo.root == "04" else [])
        countries = {ref.country for ref in parties if ref is not None and ref.country}
        if not countries:
            continue
        before = [m for m in mentions if m.place is not None and m.start < e.sentence_start]
        last = before[-1].span.sent if before else None
        named = {m.place.country for m in before if m.span.sent == last and m.place.is_country}
        if countries & named:
            e.location = {**met, "method": "article"}


def _place_at_occasion(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """Statements that a later sentence says were made somewhere: "Ukraine is ready to
    resolve ... . **This was stated by** President Zelenskyy during a meeting with the media
    after talks in **Kyiv**." and "Podoliak **emphasized this** during a briefing in **Lviv**."
    — the verbal acts of that speaker from the sentence before to the next such sentence,
    that their own sentences place nowhere (a dateline gives way), were made there. The
    speaker is the occasion's if it is named in that sentence or is of the place's country;
    what others said ("Russia says it is ready") is not placed."""
    occasions = [
        (s, m)
        for s in doc.sents
        if (m := _occasion_place(s, mentions)) is not None
        and not any(t.lower_ in REMOTE_WORDS for t in s)  # "said this by video from Lviv"
    ]
    if not occasions:
        return
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    for k, (sent, m) in enumerate(occasions):
        at = starts.index(sent.start_char)
        begin = starts[at - 1] if at > 0 else sent.start_char
        end = occasions[k + 1][0].start_char if k + 1 < len(occasions) else len(doc.text)
        # "President Zelenskyy set a task ... . The Head of State said this during ...": the
        # person the statement told before is by is the occasion's speaker too
        names = sent.text.lower() + " " + (_person_subject(sents[at - 1]) if at > 0 else "")
        for e in events:
            verbal = e.cameo.root in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS
            if not e.cameo.code and (_reports_a_clause(doc, e) or _says_something(doc, e)):
                verbal = True  # an uncoded "hopes that ...", "stressed the importance"
            unplaced = e.location is None or e.location["method"] == "dateline"
            if not (verbal and unplaced and begin <= e.sentence_start < end):
                continue
            speaker = e.source  # who made the statement, not who reports it
            if speaker is None:
                if not _speaker_of_occasion(doc, e, names):
                    continue
            elif not (
                speaker.country == m.place.country
                or (speaker.name and speaker.name.lower() in names)
            ):
                continue
            e.location = _location(m, "article")


def _person_subject(sent: Span) -> str:
    """The words of a sentence's subject when it names a person ("President Volodymyr
    Zelenskyy hopes that ..."), lowercased; "" for a state or a thing ("Ukraine is ready")."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return ""
    return " ".join(t.lower_ for t in subject.subtree)


def _speaker_of_occasion(doc: Doc, event: Event, names: str) -> bool:
    """An act with no speaker read, whose subject is the occasion's speaker: a pronoun ("he
    noted"), a title ("the President said") or a name the occasion sentence (or the person
    it refers back to) gives, lowercased in `names`; not "countries that are trying to talk
    to Russia"."""
    for tok in _trigger_tokens(doc, event):
        verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        if subject.lower_ in {"he", "she", "i", "we"} or subject.lemma_.lower() in SPEAKER_TITLES:
            return True
        return subject.pos_ == "PROPN" and subject.text.lower() in names
    return False


def _lead_gathering_place(tok: Token, root: Token) -> bool:
    """A place the release's first sentence gives its own gathering: "In Kharkiv, at a
    meeting of the presidium ..., the Program was presented", "met with the OSCE Chairman in
    Kyiv", "had a meeting with Damon Wilson, ... President of the NED in Kyiv" (the tagger
    hangs the place on whoever was met, through "with" and appositions only)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at"}:
        return False
    head = tok.head.head
    for _ in range(MAX_CLIMB):
        if head.lower_ in GATHERING_NOUNS:
            return (
                head.i == root.i
                or (
                    head.head.i == root.i
                    and (head.dep_ == "dobj" or head.head.lower_ in {"at", "during"})
                )
                or (
                    head.dep_ == "pobj"
                    and head.head.lower_ in {"at", "during"}
                    and head.head.head.i == root.i
                )
            )
        if head.i == root.i:
            return (
                root.lemma_.lower() in LEAD_MEETING_VERBS
                or any(c.dep_ == "dobj" and c.lower_ in GATHERING_NOUNS for c in root.children)
                or any(
                    p.dep_ == "prep"
                    and p.lower_ in {"at", "during"}
                    and any(n.dep_ == "pobj" and n.lower_ in GATHERING_NOUNS for n in p.children)
                    for p in root.children
                )
            )
        if head.dep_ in {"appos", "conj"} or (head.dep_ == "pobj" and head.head.lower_ == "with"):
            head = head.head
        elif head.dep_ == "prep" and head.lower_ == "with":
            head = head.head
        else:
            return False
    return False


def _place_at_named_gathering(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """A verbal act done at "the summit" the article placed before ("A summit of the CSTO will
    be held in Moscow ... Following the summit, the parties will sign a statement" → Moscow):
    the gathering is named again with "the"/"this" and no place of its own."""
    for e in events:
        if e.location is not None and e.location["method"] != "dateline":
            continue
        if not (e.cameo.root in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS):
            continue
        noun = _gathering_named_again(_trigger_tokens(doc, e), mentions)
        if noun is None:
            continue
        earlier = _where_gathering_was(doc, mentions, noun, e.sentence_start)
        if earlier is not None:
            e.location = _location(earlier, "article")


def _carry_gathering_scene(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """What was said and done at a gathering the text has placed, told in the sentences after
    it: "I held talks with the Prime Minister of Portugal in Kyiv today. I thanked him ...
    Further sanctions were discussed with the Prime Minister" → Kyiv; "Negotiations in Berlin
    ... ended. ... All parties reaffirmed their willingness" → Berlin. Only acts that are not
    force, with no place of their own, whose sentence names the gathering again ("during the
    negotiations"), one of its participants ("him", "the interlocutors", a title or name the
    gathering's sentence gives), within SCENE_REACH characters and before the next gathering
    or a call ("I also spoke by phone with ...")."""
    unplaced = [
        e for e in events if e.location is None and not (e.cameo.root and e.cameo.root >= "14")
    ]
    if not unplaced:
        return
    scenes = _gathering_scenes(doc, mentions)
    if not scenes:
        return
    for e in unplaced:
        before = [sc for sc in scenes if sc[0].end_char <= e.sentence_start]
        if not before:
            continue
        sent, place, cast = before[-1]
        if e.sentence_start - sent.end_char > SCENE_REACH or _in_quotes(doc, e.trigger.start):
            continue
        own = doc.char_span(e.sentence_start, e.sentence_start + len(e.sentence), "expand")
        if own is None or any(t.lower_ in CALL_WORDS for t in own):
            continue
        if _names_the_gathering(own, cast):
            e.location = _location(place, "article")


def _gathering_scenes(doc: Doc, mentions: list[Mention]) -> list[tuple[Span, Mention, set]]:
    """The sentences that place a gathering held in person, now or before ("held talks ...
    in Kyiv", "Negotiations in Berlin ... ended"), with the place and the words naming its
    participants (titles and names)."""
    scenes = []
    for sent in sentences_of(doc):
        root = sent.root
        if _future(root) or _remote(sent):
            continue
        placed = [
            m
            for m in mentions
            if m.place is not None
            and sent.start_char <= m.start < sent.end_char
            and not _in_quotes(doc, m.start)
            and (_lead_gathering_place(m.root, root) or _gathering_subject_place(m.root, root))
        ] or _place_in_own_gathering(sent, mentions)
        if placed:
            cast = {
                t.lower_
                for t in sent
                if t.ent_type_ == "PERSON" or t.lemma_.lower() in PARTICIPANT_NOUNS
            }
            scenes.append((sent, _most_specific(placed), cast))
    return scenes


def _place_in_own_gathering(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """ "said this during a meeting of the Congress of Local Authorities in Odesa", "In
    Kharkiv, at a meeting of the presidium chaired by the President, the Program was
    presented": a place after "in"/"at" inside the phrase of a gathering that the sentence's
    verb was done at or during (the tagger hangs it on any word of the phrase)."""
    root = sent.root
    placed = []
    for gathering in tokens_of(sent.doc)[sent.start : sent.end]:
        if gathering.lower_ not in GATHERING_NOUNS or gathering.dep_ != "pobj":
            continue
        verb = gathering.head.head
        if gathering.head.lower_ not in {"at", "during"} or root.i not in {verb.i, verb.head.i}:
            continue  # (the tagger may hang "at a meeting" on a participle below the verb)
        lo, hi = gathering.left_edge.i, gathering.right_edge.i
        placed += [
            m
            for m in mentions
            if m.place is not None
            and lo <= m.root.i <= hi
            and m.root.dep_ == "pobj"
            and m.root.head.lower_ in {"in", "at"}
            and not _in_quotes(sent.doc, m.start)
        ]
        # "In Kharkiv, at a meeting ...": the place the sentence opens with
        placed += [
            m
            for m in mentions
            if m.place is not None
            and sent.start <= m.root.i < lo
            and m.root.dep_ == "pobj"
            and m.root.head.lower_ == "in"
            and m.root.head.i == sent.start
        ]
    return placed


def _gathering_subject_place(tok: Token, root: Token) -> bool:
    """ "Negotiations in Berlin ... ended", "The talks in Ankara lasted five hours": a place on
    a gathering that is the subject of the sentence's verb."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} else None
    return (
        head is not None
        and head.lower_ in GATHERING_NOUNS
        and head.dep_ in {"nsubj", "nsubjpass"}
        and head.head.i == root.i
    )


def _names_the_gathering(sent: Span, cast: set[str]) -> bool:
    """The sentence is about the gathering before it: it names the gathering again with a
    determiner or "during"/"at"/"after", a participant by a pronoun ("thanked him") or a plural
    word for the sides ("the interlocutors", "all parties"), or a title or name the gathering's
    sentence gave ("with the Prime Minister")."""
    for tok in sent:
        word = tok.lower_
        if word in GATHERING_NOUNS and any(
            c.lower_ in {"the", "this", "these", "that"} or c.dep_ == "poss" for c in tok.children
        ):
            return True
        if word in GATHERING_NOUNS and tok.head.lower_ in {"during", "at", "after"}:
            return True
        if word in {"him", "her", "them"} and tok.dep_ in {"dobj", "pobj", "dative"}:
            return True
        if tok.lemma_.lower() in SIDES_NOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if word in cast and tok.dep_ != "poss":
            return True
    return False


def _gathering_named_again(anchors: list[Token], mentions: list[Mention]) -> str | None:
    """ "Following the summit, the parties will sign": the gathering's word, when it hangs on
    the act by an occasion's preposition, with "the"/"this" and no place of its own."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in SITED_PREPS | {"following", "at"}:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lower_ not in GATHERING_NOUNS:
                    continue
                definite = any(c.lower_ in {"the", "this", "that"} for c in noun.children)
                own = any(noun.left_edge.i <= m.span.start <= noun.right_edge.i for m in mentions)
                if definite and not own:
                    return noun.lower_
    return None


def _where_gathering_was(
    doc: Doc, mentions: list[Mention], noun: str, before: int
) -> Mention | None:
    """The place an earlier sentence gives the same gathering: "in X" on the gathering's noun
    or on the verb it is the subject or object of ("a summit ... will be held in Moscow")."""
    for sent in reversed([s for s in doc.sents if s.end_char <= before]):
        if before - sent.end_char > ARTICLE_REACH:
            return None
        for tok in sent:
            if tok.lower_ != noun:
                continue
            if tok.dep_ == "compound":
                tok = tok.head  # "a summit meeting of the member states"
            holders = {tok.i}
            if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                holders.add(tok.head.i)
            placed = [
                m
                for m in mentions
                if m.place is not None
                and sent.start_char <= m.start < sent.end_char
                and m.root.dep_ == "pobj"
                and m.root.head.lower_ in {"in", "at"}
                and m.root.head.head.i in holders
            ]
            if placed:
                return _most_specific(placed)
    return None


def _occasion_place(sent: Span, mentions: list[Mention]) -> Mention | None:
    """The place of a sentence that says where the statement before it was made: a speech
    verb with "this"/"that" as its object or passive subject, and a place hanging on it
    through locative words only ("during a briefing in Lviv"; not "by the President of X")."""
    verb = sent.root
    if not _says_this(verb):
        return None
    placed = []
    for m in mentions:
        if m.place is None or not (sent.start_char <= m.start < sent.end_char):
            continue
        tok, ok = m.root, False
        for _ in range(MAX_CLIMB + 2):
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ in {"in", "at"} and head.head.i != verb.i:
                # "after talks with Charles Michel in Kyiv", "a press conference with the
                # Prime Minister of Poland in Warsaw": the tagger hangs the place on whoever
                # was met; it is the gathering's.
                gathering = next(
                    (a for a in head.ancestors if a.lemma_.lower() in GATHERING_NOUNS), None
                )
                if gathering is not None:
                    tok = gathering
                    continue
            if tok.dep_ == "pobj" and head.lower_ in OCCASION_NOT_PREPS:
                break
            if tok.dep_ in {"nsubj", "nsubjpass", "agent", "poss", "dobj"} and head.i != verb.i:
                break
            if head.i == verb.i:
                ok = tok.dep_ == "prep"
                break
            if head.i == tok.i:
                break
            tok = head
        if ok:
            placed.append(m)
    return _most_specific(placed) if placed else None


def _says_this(verb: Token) -> bool:
    """A speech verb with "this"/"that" as its object or passive subject ("This was stated
    by ...", "emphasized this"), or "made this statement" / "these remarks": a speech noun
    named again as the object of "make" or "deliver"."""
    lemma = verb.lemma_.lower()
    if lemma in OCCASION_VERBS:
        return any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"this", "that"} for c in verb.children
        )
    if lemma not in {"make", "deliver"}:
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and c.lemma_.lower() in SPEECH_NOUNS
        and any(d.dep_ == "det" and d.lower_ in {"this", "these", "that"} for d in c.children)
        for c in verb.children
    )


def _narrow_to_the_gathering_town(doc: Doc, events: list[Event], mentions: list[Mention]) -> None:
    """A release that places its meeting only by the country ("met with the Prime Minister of
    Croatia, who is on a visit to our country") and names the town when it speaks of the same
    talks again ("... following the negotiations with Andrej Plenković in Kyiv"): the meeting
    and what was said at it are in that town. Only verbal acts placed at that country as a
    whole, and only when the text gives its gatherings one town."""
    towns = _gathering_towns(doc, mentions)
    if len(towns) != 1:
        return
    town = next(iter(towns.values()))
    assert town.place is not None
    countries = {m.place.gazetteer_id for m in mentions if m.place and m.place.is_country}
    for e in events:
        loc = e.location
        if loc is None or loc["method"] not in {"parse", "sentence", "article"}:
            continue
        if loc["gazetteer_id"] not in countries or loc["country"] != town.place.country:
            continue
        if _root(e) in STATEMENT_ROOTS or e.quad_class in VERBAL_QUADS:
            e.location = _location(town, "article")


def _gathering_towns(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """The towns the text places its own gatherings in, named again with "the" ("the
    negotiations in Kyiv", "following the talks with X in Kyiv": the tagger may hang the place
    on whoever was met), held in person and not still to come; by gazetteer id."""
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.place is None or m.place.is_country or m.place.feature_class not in {"P", "S"}:
            continue
        if m.root.dep_ != "pobj" or m.root.head.lower_ not in {"in", "at"}:
            continue
        if _in_quotes(doc, m.start) or _remote(m.span.sent):
            continue
        holder = next((a for a in m.root.head.ancestors if _a_gathering_noun(a)), None)
        if holder is None or holder.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in holder.children):
            continue
        if _future(holder.head):
            continue
        found.setdefault(m.place.gazetteer_id, m)
    return found


def _a_gathering_noun(tok: Token) -> bool:
    """ "talks", "negotiations", "meeting": the word or its lemma is a gathering's noun."""
    return tok.lower_ in GATHERING_NOUNS or tok.lemma_.lower() in GATHERING_NOUNS
