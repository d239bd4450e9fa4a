"""Within-article coreference for `ArticleActors`: pronouns, earlier persons, joint statements.

`Coreference` is a mixin of `ArticleActors` (in `article.py`): its methods read the
article's history of resolved mentions (`Seen`) and the per-article state `ArticleActors`
keeps, and answer who "he", "they", "we", "you", "the President" or a vocative refers to:
pronoun antecedents with gender and plural agreement, earlier persons named by surname or
title, transcript turns and their speakers and addressees, and joint statements of several
states.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.actors.kb import normalise
from eventwire.actors.mentions import (
    ARGUMENT_DEPS,
    FEMALE,
    FEMALE_WORDS,
    FIRST_PERSON,
    HONORIFICS,
    MALE,
    MALE_WORDS,
    NOT_ACTOR_ENTS,
    PLURAL,
    STATE_SECTORS,
    THING,
    Resolution,
    Seen,
    _name_after_acronym,
    _office,
    _title_acronym,
    compose_code,
)
from eventwire.actors.titles import SPEAKS_FOR_BODY
from eventwire.datafiles import read_data_tsv, read_word_sets
from eventwire.events.attribution import cue_lemmas, quote_spans
from eventwire.nlp.pipeline import (
    children_of,
    sentence_of,
    sentences_of,
    text_of,
    token_positions,
    tokens_of,
)
from eventwire.records import ActorRef

HISTORY_LOOKBACK = 60  # mentions searched back for a pronoun's antecedent
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
JOINT_HEADING_WITHIN = 400  # characters of the text where a "Joint Statement" heading is looked for
# A headline of several parties' statement, and the word that starts what it is about.
JOINT_TITLE = re.compile(
    r"(?i)\b(joint|trilateral|ministerial|leaders['’]?)\b[^.\n]{0,40}?"
    r"\b(statement|declaration|communiqu[eé])"
)
# A communiqué of a summit ("NATO Summit Declaration", "G7 Apulia Leaders' Communiqué"): the
# words of an organisation of states when one is named before it (`_joint_body`).
COMMUNIQUE_TITLE = re.compile(r"(?i)\bcommuniqu[eé]\b|\bsummit declaration\b")
JOINT_TITLE_TOPIC = re.compile(r"(?i)\s(?:on|regarding|concerning|welcoming|about)\s")
JOINT_TITLE_ABOUT = re.compile(r"(?i)\b(?:remarks|press|call|briefing|background|readout|on|in)\b")
PERSONAL = MALE | FEMALE
# Third-person forms the antecedent rules of `_pronoun` can read as someone; any other
# pronoun that is no possessive ("that", "which", "what", "there") is no one.
REFERRING = PERSONAL | THING | PLURAL
# A release of one official's remarks, its audience's turn label, and where its headline
# stops naming the speakers ("Remarks by President Biden | at an Event ...").
REMARKS_TITLE = re.compile(r"(?i)^remarks\b")
# A release of one speaker's words to an audience: remarks, an address, a speech.
ADDRESS_TITLE = re.compile(r"(?i)^(?:remarks|address|speech)\b")
# Session 14: the Office of the President of Ukraine names most addresses after a line of them:
# "We will not give away the south - address by President Volodymyr Zelenskyy". The words
# from "address" on are the headline an address rule reads, when they name no audience: "...
# - address by President Volodymyr Zelenskyy to the participants of the EU Summit" speaks to
# foreign leaders, whom "you" is not the home state's people.
TRAILING_ADDRESS = re.compile(
    r"(?i)\s[-–—]\s*(?:video\s+)?(address\s+(?:by|of)\s(?:(?!\sto\s).)*)$"
)
# The one speaker a headline names: "Remarks as Prepared for Delivery by First Lady Jill Biden
# at ...", "Statement from Second Gentleman Douglas Emhoff on ...".
BY_LINE = re.compile(
    r"(?i)^(?:remarks|address|speech|statement)\b[^|]*?\b(?:by|from)\s+(.+?)"
    r"(?=\s(?:at|on|to|in|before|after|during|for|upon|with|and|\|)\s|$)"
)
REMARKS_WHERE = re.compile(r"(?i)\s(?:at|on|before|after|in|to|during|for|upon|with)\s")
AUDIENCE_LABELS = {"audience", "members", "member"}
# A release in which a leader speaks for the nation: "A Proclamation on National Cancer
# Prevention Month", "Presidential Message on the 81st Anniversary of D-Day", "Greetings on
# Defender of the Fatherland Day" (not "Greetings to participants in ...", an event's guests).
COMMEMORATIVE_TITLE = re.compile(
    r"(?i)^(?:a\s+)?(?:proclamation|presidential\s+message)\s+on\b"
    r"|^greetings\s+on\b[^|]*?\b(?:day|anniversary)\b"
)

# Acts two parties do together: "they" as their doer after one person names both sides.
JOINT_VERBS = {"discuss", "speak", "talk", "agree", "meet", "exchange", "confer", "consult"}
# Going with someone: the subject and the object are "they" after it.
ACCOMPANY_VERBS = {"accompany", "join"}
# Joint acts named by their object: "reach agreements", "hold talks", "maintain contact".
JOINT_ACT_VERBS = {"reach", "hold", "have", "maintain", "sign", "conclude", "launch"}
JOINT_ACT_OBJECTS = {
    "agreement",
    "understanding",
    "deal",
    "talk",
    "conversation",
    "videoconference",
    "meeting",
    "contact",
    "negotiation",
    "consultation",
    "call",
    "construction",
}

# A transcript turn: a line (or a part after "* * *") that starts with a speaker's name or
# title and a colon.
TURN_LABEL = re.compile(
    r"(?m)(?:^|\* \* \* )[ \t]*([A-Z][^\n:.!?\"“”]{1,80}?)(?: \([^)\n]*\))?:[ \t]"
)

# Lowercase words a speaker's label may have ("President of the Russian Federation").
LABEL_FUNCTION_WORDS = {"of", "the", "for", "and", "on", "to", "in", "de", "da", "von", "van", "al"}

# Words that open a turn before the one addressed ("Good afternoon, Mr President"): not
# vocatives themselves.
GREETING_WORDS = {"afternoon", "morning", "evening", "day", "night", "thanks", "welcome"}


def _inline_label(colon: Token) -> Token | None:
    """The last word of a speaker's label that follows a sentence's end on the same line
    ("... Good afternoon. Vladimir Putin: Mr Chuychenko, ..."): capitalised words (a title
    may have "of", "the", "for" in it) up to the colon, of a person's name at its end."""
    doc = colon.doc
    if colon.text != ":" or colon.i < 2:
        return None
    last = doc[colon.i - 1]
    if last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    k = colon.i - 1
    while k >= 0 and colon.i - k <= 12:
        tok = doc[k]
        if tok.text in {".", "!", "?"}:
            return last
        if not (tok.text[:1].isupper() or tok.lower_ in {"of", "the", "for", "and", "-"}):
            return None
        k -= 1
    return None


def _label_head(span) -> Token | None:  # noqa: ANN001
    """The head of a speaker's label: a name or a title, its words capitalised ("THE FIRST
    LADY", "President of Russia Vladimir Putin"), also at the end of a flattened heading line
    ("Russia-China talks President of Russia Vladimir Putin"). None for words spoken: a line
    that opens "You've trusted me with your stories and your challenges: ..." or "The Coast
    Guard motto: ..." starts no turn."""
    k = len(span)
    while k > 0 and (
        span[k - 1].text[:1].isupper()
        or span[k - 1].lower_ in LABEL_FUNCTION_WORDS
        or not span[k - 1].text[:1].isalpha()
    ):
        k -= 1
    while k < len(span) and not span[k].text[:1].isupper():
        k += 1  # not from "of" or a hyphen on
    if k >= len(span):
        return None
    return span[k:].root if k else span.root


def _thanked(comma: Token | None) -> bool:
    """ "Thank you, Mayor Johnson.": the comma after a "thank you" opens a vocative that the
    sentence's end closes."""
    if comma is None or comma.text != "," or comma.i < 2:
        return False
    doc = comma.doc
    return doc[comma.i - 1].lower_ == "you" and doc[comma.i - 2].lemma_.lower() == "thank"


def _sentence_end_between(at: int, head: Token) -> bool:
    """Whether a sentence ends between token `at` and `head`."""
    return any(t.text in {".", "!", "?"} for t in head.doc[at + 1 : head.i])


class TurnVocatives:
    """The vocatives of one transcript turn, read once from the turn's first token on and
    extended as later "you"s ask for more (a long turn with many "you"s is walked once)."""

    def __init__(self, doc: Doc, start: int) -> None:
        self.doc = doc
        self.start = start  # char where the turn's words start
        self.scanned: int | None = None  # next token index to read
        self.found: list[tuple[Token, bool, int]] = []  # (head, chained, index of its comma)

    def before(self, head: Token) -> list[tuple[Token, bool]]:
        """The heads of the turn's vocatives before `head`, each with whether it goes on from
        the one before ("President Xi, my dear friend,"): a short capitalised phrase, or one
        with "my"/"dear", that opens the turn or a sentence or follows a comma, and is closed
        by a comma or "!" ("Mr Chuychenko, you know"); greetings ("Good afternoon,") and
        dates are none."""
        if self.start >= head.idx:
            return []
        if self.scanned is None:
            # read from the turn's first token on, not from the top of a long transcript
            opening = self.doc.char_span(self.start, head.idx, alignment_mode="expand")
            self.scanned = opening.start if opening is not None else 0
        if head.i > self.scanned:
            self._read(self.scanned, head.i)
            self.scanned = head.i
        return [
            (last, chained)
            for last, chained, comma in self.found
            if comma < head.i
            # "Thank you, Captain Andrechik. It's an honor ...": a thanked vocative speaks to
            # that person in the sentence after it, not for the rest of the turn
            and (self.doc[comma].text != "." or not _sentence_end_between(comma, head))
        ]

    def _read(self, begin: int, end: int) -> None:
        # (the Doc's token list: a long transcript's turn reads every word, and `doc[i]`
        # builds a new Token each time)
        doc, start, found = tokens_of(self.doc), self.start, self.found
        for tok in doc[begin:end]:
            if tok.idx < start or tok.text not in {",", "!", "."} or tok.i == 0:
                continue
            last = doc[tok.i - 1]
            if (
                last.pos_ not in {"PROPN", "NOUN"}
                or last.lemma_.lower() in GREETING_WORDS
                or last.ent_type_ in NOT_ACTOR_ENTS
                or last.dep_ == "conj"  # "movies, books, songs": a list's member, no vocative
            ):
                continue
            k = last.i
            while k > 0 and last.i - k < 4 and doc[k - 1].idx >= start:
                before = doc[k - 1]
                if before.text in {",", ".", "!", "?", ":"} or before.is_space:
                    break
                if not (before.text[:1].isupper() or before.lower_ in {"my", "dear", "our"}):
                    k = -1
                    break
                k -= 1
            if k < 0:
                continue
            opener = doc[k - 1] if k > 0 else None
            if tok.text == "." and not _thanked(opener):
                continue  # a sentence's end closes a vocative only after "Thank you,"
            if opener is None or opener.idx < start or opener.is_space:
                found.append((last, False, tok.i))
            elif opener.text in {",", ".", "!", "?", ":"}:
                chained = bool(found) and opener.text == "," and found[-1][0].i == opener.i - 1
                found.append((last, chained, tok.i))


@lru_cache(maxsize=1)
def _first_plural_cues() -> dict[tuple[str, str], str]:
    """(lemma, role) -> reading ("nation", "people", "government"), from
    data/first_plural.tsv: what a state's "we" is, by the words around it."""
    rows = read_data_tsv("eventwire.actors", "first_plural.tsv")
    return {(r["word"], r["role"]): r["reading"] for r in rows}


def _first_plural_reading(pron: Token, depth: int = 0) -> tuple[str, str] | None:
    """(reading, cue word) of a "we", "us", "our" by its verb, predicate or noun: "we will
    defend our land", "we are a free nation" (the nation), "we mourn", "our families" (its
    people), "we have decided" (its government). An "our" or "ourselves" with no cue of its
    own follows the "we" subject of its clause ("we are grateful to our doctors")."""
    cues = _first_plural_cues()
    lower = pron.lower_
    verb = pron.head
    if pron.dep_ == "poss":
        noun = verb
        words = [noun.lemma_.lower()]
        if noun.i > 0 and pron.i < noun.i - 1:
            words.append(f"{noun.doc[noun.i - 1].lower_} {noun.lemma_.lower()}")  # "loved one"
        if (noun.lower_, "possessed") in cues:
            return cues[(noun.lower_, "possessed")], noun.text  # "our nations": several
        if any(c.lower_ == "fellow" and c.i > pron.i for c in children_of(noun)):
            words.insert(0, "fellow")  # "our fellow citizens": the speaker's peers
        for word in words:
            if (word, "possessed") in cues:
                return cues[(word, "possessed")], noun.text
    elif pron.dep_ == "nsubjpass" and lower == "we":
        # "we were all bombed", "we are worried": what is done to persons (role patient), or
        # an adjective the parser took for a passive ("scared")
        for word in (verb.lemma_.lower(), verb.lower_):
            for role in ("patient", "subject"):
                if (word, role) in cues:
                    return cues[(word, role)], verb.text
        return None
    elif pron.dep_ == "nsubj" and lower == "we":
        kids = children_of(verb)
        if verb.lemma_ == "be":
            for c in kids:
                if c.dep_ in {"attr", "acomp"} and (c.lemma_.lower(), "subject") in cues:
                    return cues[(c.lemma_.lower(), "subject")], c.text  # "we are a free nation"
            return None
        if (verb.lemma_.lower(), "subject") in cues:
            return cues[(verb.lemma_.lower(), "subject")], verb.text
        for c in kids:
            if c.dep_ == "dobj" and (c.lemma_.lower(), "thing") in cues:
                return cues[(c.lemma_.lower(), "thing")], c.text  # "we give thanks"
        return None
    elif lower == "us":
        return _us_reading(pron, cues)
    elif lower != "ourselves":
        return None
    if depth:
        return None
    subject = _governing_subject(pron, True)
    if subject is not None and subject.lower_ == "we" and subject.i < pron.i:
        return _first_plural_reading(subject, depth + 1)
    return None


def _us_reading(pron: Token, cues: Mapping[tuple[str, str], str]) -> tuple[str, str] | None:
    """(reading, cue word) of an "us" by the verb it is the object of (session 16, rule A5):
    "destroy us", "occupy us" (what is done to a whole nation), "support us", "help us",
    "send us weapons" (what other states do for a government); "to us", "for us" after a
    verb count as its object ("give weapons to us"), and "for us" after a noun reads as
    "our" with that noun ("the priority for us" as "our priority")."""
    head = pron.head
    if pron.dep_ == "pobj" and head.lower_ in {"to", "for"}:
        above = head.head
        if above.pos_ == "NOUN" and head.lower_ == "for":
            reading = cues.get((above.lemma_.lower(), "possessed"))
            return (reading, above.text) if reading is not None else None
        head = above
    elif pron.dep_ not in {"dobj", "dative"}:
        return None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    reading = cues.get((head.lemma_.lower(), "object"))
    return (reading, head.text) if reading is not None else None


CLAUSE_BOUNDARIES = {"ccomp", "relcl", "conj", "parataxis", "csubj"}


# The text of "each other", "one another" as tokens give it (a token's own text, then at most
# one space): a document without it has no such pair of tokens at all.
RECIPROCAL_TEXT = re.compile(r"each ?other|one ?another")
RECIPROCAL_KEY = "eventwire_reciprocal"


def _reciprocal_in(verb: Token) -> bool:
    """Whether the clause of `verb` has "each other" or "one another" ("we forgave each
    other"), not counting the clauses it governs ("... said that they help each other")."""
    doc = verb.doc
    anywhere = doc.user_data.get(RECIPROCAL_KEY)
    if anywhere is None:
        # (read once per document: most have neither, and the clause is not walked)
        anywhere = doc.user_data[RECIPROCAL_KEY] = bool(
            RECIPROCAL_TEXT.search(text_of(doc).lower())
        )
    if not anywhere:
        return False
    stack = [verb]
    while stack:
        tok = stack.pop()
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in JOINT_VERBS:
            return False  # "we agreed to inform each other": two sides, not persons
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if (tok.lower_, before) in {("other", "each"), ("another", "one")}:
            return True
        stack.extend(c for c in children_of(tok) if c.dep_ not in CLAUSE_BOUNDARIES)
    return False


def _we_of_persons(pron: Token) -> str | None:
    """The words that make a state's "we" its people, whatever its verb (round 16): "we
    all", "us all", "all of us", "we were all ..." (a government does not count its members
    one by one), and "each other", "one another" in its clause ("we forgave each other":
    persons do that to one another, a government does not). An "our" or "ourselves" follows
    the "we" subject of its clause. The cue's words, or None."""
    if pron.lower_ in {"our", "ours", "ourselves"}:
        subject = _governing_subject(pron, True)
        if subject is None or subject.lower_ != "we" or subject.i >= pron.i:
            return None
        pron = subject
    doc = pron.doc
    verb = pron.head
    for k in (pron.i + 1, pron.i + 2):
        if k >= len(doc) or (k == pron.i + 2 and doc[pron.i + 1].pos_ != "AUX"):
            break
        if any(c.dep_ == "relcl" for c in children_of(pron)):
            break  # "all of us who serve in his administration": whom the clause says
        if doc[k].lower_ == "all" and doc[k].head.i in {pron.i, verb.i} and doc[k].dep_ != "predet":
            return f"{pron.text} {'... ' if k > pron.i + 1 else ''}all"  # "we were all bombed"
    if pron.lower_ == "us" and pron.dep_ == "pobj" and verb.lower_ == "of":
        restricted = any(c.dep_ == "relcl" for t in (pron, verb.head) for c in children_of(t))
        if verb.head.lower_ == "all" and not restricted:
            return "all of us"
    if pron.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ in {"VERB", "AUX"}:
        if _reciprocal_in(verb):
            return "each other"
    return None


def _owned_by_we(pron: Token) -> bool:
    """ "We develop our relations": an "our" or "ourselves" in a clause whose subject is
    "we" is that "we"."""
    if pron.lower_ not in {"our", "ours", "ourselves"}:
        return False
    subject = _governing_subject(pron, True)
    return subject is not None and subject.lower_ == "we" and subject.i < pron.i


def _nation_by_default(pron: Token) -> bool:
    """Whether a state speaker's first person plural with no cue of its own is the nation:
    an "our" or "us" is, unless the "we" subject of its clause says who ("We develop our
    relations": that "we", the government acting). A "we" subject stays the government
    ("We have decided"; the labels split evenly on "we know", "we understand"). On the
    studied sets every "our" a labeller gave a state's speaker is the country or its people
    (32 of 32), never the government; of the "us"es labelled the country or the government,
    four in five are the country ("destroy us", "allow us to beat COVID-19")."""
    if pron.lower_ not in {"our", "ours", "us"} or _owned_by_we(pron):
        return False
    phrase = [pron]
    if pron.head.lower_ == "of" and pron.dep_ == "pobj":
        phrase.append(pron.head.head)  # "all of us"
    if any(c.dep_ in {"relcl", "acl", "appos"} for tok in phrase for c in children_of(tok)):
        return False  # "All of us who serve in this government": its own words say who
    subject = _governing_subject(pron, True)
    return not (subject is not None and subject.lower_ == "we" and subject.i < pron.i)


def _named_person(tok: Token, res: Resolution) -> bool:
    """A person's name, whatever the resolver made of it: one the tagger reads as a person's
    ("Mantas Kvedaravičius"), or a singular name with a title before it or a "who" clause
    after it ("Los Lobos leader Wilmer Chavarría, who ..."). A "he" or "she" after it is
    that person, known to us or not."""
    if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or res.kind in {"org", "state"}:
        return False  # a body or state of our data is no person ("the Houthis shelled his")
    if tok.ent_type_ == "PERSON" or (res.title and tok.ent_type_ not in {"GPE", "NORP"}):
        return True
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "who" for g in children_of(c))
        for c in children_of(tok)
    )


def _person_noun(tok: Token, res: Resolution) -> bool:
    """A singular common noun for one civilian ("his son", "a man", "the teenager"): a
    person, never what "it" stands for ("the public", "the military" are bodies)."""
    return tok.tag_ == "NN" and res.sector in {"CVL", "REF"} and tok.lower_ != "public"


def _named_as_one(tok: Token) -> bool:
    """ "The United States Armed Forces says it ...": a plural name whose verb is singular
    is one body, an "it" (round 16)."""
    return tok.tag_ == "NNPS" and tok.dep_ == "nsubj" and tok.head.tag_ == "VBZ"


FEMALE_NOUNS = {"girl", "mother", "daughter", "wife", "widow", "sister", "grandmother", "niece"}
MALE_NOUNS = {"boy", "father", "son", "husband", "brother", "grandfather", "nephew", "widower"}


def _one_person(tok: Token, res: Resolution) -> bool:
    """A singular common noun for one person: a civilian ("a man", "the teenager") or a word
    made with "-man"/"-woman" ("a policeman", "the gunman"), never a body ("the police")."""
    if tok.tag_ != "NN" or res.kind != "group":
        return False
    if not any(c.lower_ in {"a", "an"} or c.dep_ == "nummod" for c in children_of(tok)):
        return False  # "this man", "the man": most often someone named before
    if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return False  # "remember him as a man who ...": a predicate is no one new
    return _person_noun(tok, res) or tok.lower_.endswith(("man", "woman"))


def _noun_gender(tok: Token) -> str | None:
    """ "f" or "m" when the noun says it ("a policewoman", "his son"), else None."""
    lower = tok.lower_
    if lower.endswith("woman") or lower in FEMALE_NOUNS:
        return "f"
    if lower.endswith("man") or lower in MALE_NOUNS:
        return "m"
    return None


def _same_actor(a: Resolution | None, b: Resolution | None) -> bool:
    """Whether two resolutions are one actor (the same known person, or the same code)."""
    if a is None or b is None:
        return False
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    return a.code == b.code and a.name == b.name


def _position(seen: Seen) -> int:
    return seen.token


def _minus_position(seen: Seen) -> int:
    return -seen.token


def _turn_start(turn: tuple[int, Token]) -> int:
    return turn[0]


def _clause_subjects(pron: Token) -> set[int]:
    """Subjects of the clause of an object pronoun: never its antecedent ("X supports them")."""
    if pron.dep_ not in {"dobj", "dative", "pobj", "iobj"}:
        return set()
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    subjects = {c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}}
    return {t.i for s in subjects for t in s.subtree}


# Verbs whose "it" subject may stand for a clause that comes after ("it is clear that ...").
EXTRAPOSING_VERBS = {"be", "seem", "appear", "remain", "become"}
# Plural nouns that are amounts or spans, never what "they" stands for.
PLURAL_TAGS = {"NNS", "NNPS"}
NOT_REFERENTS = {"percent", "years", "months", "weeks", "days", "hours", "times", "dollars"}


def _pleonastic(it: Token) -> bool:
    """ "It is important that ...", "it's a pleasure to be here", "It was emphasised that
    ...": an "it" that stands for the clause after it refers to no actor."""
    if it.dep_ == "expl":
        return True
    verb = it.head
    kids = {c.dep_: c for c in children_of(verb) if c.i > it.i}
    if it.dep_ == "nsubjpass":
        return "ccomp" in kids  # "It was reported that ..."
    if it.dep_ != "nsubj":
        return False
    if verb.lemma_ not in EXTRAPOSING_VERBS and verb.lower_ not in {"'s", "’s"}:
        return False
    if kids.keys() & {"ccomp", "xcomp", "csubj", "advcl"}:
        # "It is impossible to ...", "It seems that ...", "It's wonderful ... to have you";
        # not "it was ready to talk" (the clause hangs on the adjective)
        return "attr" in kids or "acomp" in kids or verb.lemma_ != "be" or len(kids) > 1
    acomp = kids.get("acomp")
    if acomp is not None and any(c.dep_ == "xcomp" for c in children_of(acomp)):
        # "it was easier to know ...", "it would be wise to wait": a clause the parser hangs
        # on an adjective that judges a deed; not "it was ready to talk" (session 12)
        return acomp.tag_ in {"JJR", "JJS"} or acomp.lemma_.lower() in JUDGING_ADJECTIVES
    attr = kids.get("attr")
    # "it would be a good time to pursue ...", "It's a pleasure for me to be able to ..."
    return attr is not None and any(
        t.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(t))
        for t in attr.subtree
        if t.i > attr.i and t.head.i != t.i
    )


# Session 11 (docs/actors.md, end of "Round 16: pronouns"): resolver_words.tsv
# says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")
PREDICATING_VERBS = WORD_LISTS["predicating_verbs"]  # "making it the first time": it is the time
VIOLATION_VERBS = WORD_LISTS["violation_verbs"]  # "Russia violated its airspace": not Russia's
ACTOR_PREDICATES = WORD_LISTS["actor_predicates"]  # "making it the first country to ...": a state
OBJECT_DEPS = {"dobj", "nsubjpass", "attr"}  # a thing an earlier verb acts on
CAUSATIVE_VERBS = WORD_LISTS["causative_verbs"]  # "allowing it to enter into force"
SHARED_NOUNS = WORD_LISTS["shared_nouns"]  # "along their border": what two sides have together
JUDGING_ADJECTIVES = WORD_LISTS["judging_adjectives"]  # "it would be wise to wait": the clause


def _predicate_of_it(it: Token) -> Token | None:
    """The noun an "it" is said to be: "It was the largest police operation" (the
    attribute of "be"), "making it the first time ..." (the small clause of a verb that
    predicates: make, call, treat ... as). None when there is none."""
    verb = it.head
    if it.dep_ == "nsubj" and verb.pos_ == "NOUN" and verb.head.lemma_ in PREDICATING_VERBS:
        return verb  # "making it the first time": "it" subject of the small clause "time"
    if it.dep_ == "nsubj" and verb.lemma_ == "be":
        return next((c for c in children_of(verb) if c.dep_ == "attr" and c.i > it.i), None)
    if it.dep_ == "dobj" and verb.lemma_ in PREDICATING_VERBS:
        for c in children_of(verb):
            if c.i <= it.i:
                continue
            if c.dep_ in {"oprd", "attr", "ccomp", "xcomp"} and c.pos_ == "NOUN":
                return c  # "calling it a violation"
            if c.dep_ == "prep" and c.lower_ == "as":  # "treating it as terrorism"
                return next((g for g in children_of(c) if g.dep_ == "pobj"), None)
    return None


def _it_of_a_thing(it: Token, sector_terms: Mapping[str, object]) -> bool:
    """An "it" the sentence itself shows to be a thing or a happening, not a state or body
    (session 11): its predicate is a common noun that names no actor ("making it the first
    time ...", "It was the largest police operation", "treating it as terrorism"). The
    object "it" of a verb joined to an earlier verb with a thing for its object is
    `Coreference._object_it_thing`."""
    pred = _predicate_of_it(it)
    if pred is not None:
        lemma = pred.lemma_.lower()
        return (
            pred.pos_ == "NOUN"
            and lemma not in ACTOR_PREDICATES
            and lemma not in sector_terms
            and pred.lower_ not in sector_terms
        )
    return False


def _gender_of(words: Iterable[str]) -> str | None:
    """ "m" or "f" from honorifics and gendered titles in a person's phrase, else None."""
    lowered = [w.lower() for w in words]
    found = set(lowered) | {" ".join(pair) for pair in zip(lowered, lowered[1:], strict=False)}
    if found & FEMALE_WORDS:
        return "f"
    if found & MALE_WORDS:
        return "m"
    return None


def _pronoun_gender(lower: str) -> str | None:
    return "m" if lower in MALE else "f" if lower in FEMALE else None


def _person_key(res: Resolution) -> str | None:
    return res.actor_id or res.name


def _verb_above(tok: Token) -> Token | None:
    """The verb a word hangs on, through prepositions and nouns (None inside a clause
    that modifies a noun)."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        if verb.dep_ in {"relcl", "acl"}:
            return None  # a clause of its own, inside a noun phrase
        verb = verb.head
    return verb


def _governing_subject(tok: Token, plural: bool) -> Token | None:
    """The subject of the clause a word is in: up open clauses ("... and will be able to
    offer their knowledge", "efforts to urge Russia to ..., while reaffirming their") to the
    first verb with a subject; the object of "urge/ask X to ..." controls the clause when
    it has the pronoun's number."""
    verb = _verb_above(tok)
    for _ in range(6):
        if verb is None:
            return None
        subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        parent = verb.head
        if parent.i == verb.i:
            return None
        if verb.dep_ == "xcomp":
            obj = next((c for c in children_of(parent) if c.dep_ == "dobj"), None)
            if obj is not None and (obj.tag_ in {"NNS", "NNPS"}) == plural:
                return obj
        elif verb.dep_ == "acl" and parent.pos_ in {"NOUN", "PROPN"}:
            verb = _verb_above(parent)  # "their efforts to urge ...": who makes the efforts
            continue
        elif verb.dep_ == "pcomp" and parent.dep_ == "prep" and parent.head.pos_ in {"VERB", "AUX"}:
            verb = parent.head  # "choose between paying ... or their loan": the chooser's
            continue
        elif verb.dep_ == "conj" and any(
            c.dep_ == "dobj" and c.i < tok.i and (c.tag_ in {"NNS", "NNPS"}) == plural
            for c in children_of(parent)
        ):
            return None  # "release foreign citizens and organise their evacuation"
        elif verb.dep_ == "prep" and verb.tag_ == "VBG":
            pass  # "Following his party's victory, X is sworn in": a participle as preposition
        elif verb.dep_ not in {"conj", "advcl", "acomp"}:
            return None
        verb = parent
    return None


def _object_between(subject: Token, pron: Token) -> bool:
    """An object of the subject's verb, of the pronoun's number, between them ("thanked
    Cambodia for its support"): the nearer reading wins, not the subject."""
    plural = pron.lower_ in PLURAL
    verb = subject.head
    above = _verb_above(pron)
    if above is None or above.i != verb.i:
        return False  # "discussed their efforts ..., while reaffirming their readiness"
    return any(
        c.dep_ in {"dobj", "dative"}
        and subject.i < c.i < pron.i
        and (c.tag_ in {"NNS", "NNPS"}) == plural
        for c in children_of(verb)
    )


def _possessor_in(tok: Token, toks: list[Token]) -> bool:
    """Whether `tok` names the owner of another word of the phrase: in "Camara's wife" the
    wife is someone else than Camara."""
    owner = tok.head if tok.dep_ == "compound" else tok
    return owner.dep_ == "poss" and owner.head in toks


# Gatherings a greeted audience attends: the body is named after them ("the Congress of ...").
GATHERINGS = {
    "congress",
    "forum",
    "conference",
    "event",
    "meeting",
    "session",
    "summit",
    "festival",
    "project",
    "anniversary",
    "championship",
    "competition",
    "contest",
    "assembly",
    "gathering",
}


def _of_phrase(tok: Token) -> Token | None:
    """The noun after "of", "in" or "at" that hangs on a word ("participants in the
    Congress", "the Congress of the Association")."""
    for prep in children_of(tok):
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "at"}:
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# A singular personal pronoun: always one person ("he", "her", "I", "my").
ONE_PERSON_PRONOUNS = PERSONAL | {"i", "me", "my", "mine", "myself"}


PREDICATE_DEPS = {"attr", "oprd"}  # "was a leader", "was elected president": said of the subject


def _with_person_sector(res: Resolution, head: Token) -> Resolution:
    """A person the text gives only a country ("US voice actor Alexis Tipton ... her
    career"): a "he", "she" or "I" is one person, and a person is never the bare country
    a careful labeller gives a state named as a whole; with no role known, a civilian (CVL)."""
    if (
        head.lower_ not in ONE_PERSON_PRONOUNS
        or res.kind != "person"
        or not res.country
        or res.sector
    ):
        return res
    return replace(
        res,
        sector="CVL",
        code=compose_code(res.country, "CVL"),
        why=[*res.why, f"'{head.text}': a person of no known role, CVL"],
    )


def _as_pronoun(res: Resolution, head: Token) -> Resolution:
    return _with_person_sector(replace(res, why=[*res.why, f"pronoun '{head.text}'"]), head)


QUOTE_CUE_WITHIN = 8  # words after a quote's closing mark searched for its speech verb
# A release about a meeting or a call between two sides.
MEETING_WORDS = re.compile(
    r"(?i)\b(?:meet|meets|met|meeting|talks?|conversation|call|video ?conference|visit)\b"
)
NATION_HAIL_TOKENS = 10  # at most this long, an opening exclamation hails the people
SECOND_PERSON = {"you", "your", "yours", "yourself", "yourselves"}
MAX_CLOSING_VOCATIVE = 3  # words of a name that closes a sentence: "..., Moscow?"
PLACE_ENTS = {"GPE", "LOC", "FAC"}  # "Patriarch Kirill of Moscow and All Russia": no addressee
# A release's message: "Vladimir Putin congratulated ...", "sent greetings to ...".
GREETING_VERBS = {"congratulate", "greet", "thank"}
MESSAGE_WORDS = {"greeting", "message", "telegram", "condolence", "congratulation", "letter"}
# Session 14 (second person): a State Department day message "sends best wishes to the people
# of Aotearoa New Zealand as you commemorate ...": its wishes greet as a message does.
STATEMENT_MESSAGE_WORDS = MESSAGE_WORDS | {"wish"}
# "Wikinews interviews Brian Carroll, American Solidarity Party presidential nominee": the
# questions' "you" is the person interviewed (the name up to the comma).
INTERVIEW_TITLE = re.compile(r"(?i)^wikinews\s+interviews\s+([^,:;]+)")
# A press briefing's release ("Department Press Briefing – June 11, 2021", "Press Briefing by
# Press Secretary ...") and its reporters' turn labels ("QUESTION:", "Q:").
BRIEFING_TITLE = re.compile(r"(?i)\bpress\s+briefing\b")
QUESTION_LABELS = {"question", "q"}
# "Let's go to Jennifer Hansler.", "Said, go ahead.": the words between a reporter's name and
# the question turn that follows it.
CALLED_ON = re.compile(r"(?i)[\s.,!]*(?:(?:please,?\s*)?go\s+ahead[\s.,!]*)?")
# "Meeting with families awarded the Order of Parental Glory": a meeting with a group.
MEETING_WITH = re.compile(r"(?i)^(?:videoconference\s+)?meeting\s+with\s+(.+)")
GREETING_SENTENCES = 2  # sentences at the top of a release searched for its addressee


def _same_title(title: str, earlier: Resolution) -> bool:
    """Does an earlier person's title or role carry these title words?"""
    held = " ".join(filter(None, [earlier.title, *earlier.why])).lower()
    return all(word in held for word in title.split())


def _holds_exactly(office: str, earlier: Resolution) -> bool:
    """Did an earlier person hold this very office ("president", not "president of the
    European Council"), by the role our data give them or the title the text gave?"""
    if earlier.title and (_office(earlier.title) or "").lower() == office:
        return True
    return any(w.startswith("person ") and f"': {office} " in w.lower() for w in earlier.why)


def _definite(toks: list[Token]) -> bool:
    """ "the Secretary", and a title coordinated after one ("The Deputy Secretary and Deputy
    Foreign Minister"): the article is shared by both titles."""
    if toks[0].lower_ == "the":
        return True
    first = next((t.head for t in toks if t.dep_ == "conj" and t.head.i < toks[0].i), None)
    return first is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in first.lefts)


class Coreference:
    """The coreference half of `ArticleActors`: it inherits these methods, and they use its
    per-article state (`history`, `home`, `resolver`, `resolve_head`, `phrase` ...)."""

    def _recent_history(self, before: int | None = None) -> list[Seen] | Iterable[Seen]:
        """The last HISTORY_LOOKBACK mentions (those before token `before` when given: a
        possessive read after the whole text still looks back from where it stands), the
        latest in the text first (ties in reading order). The history is almost always in
        text order already: then no sort."""
        if before is not None and self.history and self.history[-1].token >= before:
            ordered = self._latest_first()
            at = bisect_right(ordered, -before, key=_minus_position)
            return ordered[at : at + HISTORY_LOOKBACK]
        recent = self.history[-HISTORY_LOOKBACK:]
        if self._in_text_order:
            return reversed(recent)
        return sorted(recent, key=_position, reverse=True)

    def _remember(self, seen: Seen) -> None:
        """Add a mention to the history (an antecedent for later pronouns and names)."""
        if self.history and self.history[-1].token >= seen.token:
            self._in_text_order = False
        self.history.append(seen)
        if seen.res.kind == "person":
            self.people.append(seen)

    def _latest_first(self) -> list[Seen]:
        """Every earlier mention, the latest in the text first (ties in reading order);
        sorted again only when the history has grown."""
        if self._by_position is None or self._by_position[0] != len(self.history):
            done, ordered = self._by_position or (0, [])
            ordered = list(ordered)  # (a new list: a caller may still be reading the old one)
            for seen in self.history[done:]:
                # after every mention at or past its position: ties stay in reading order
                ordered.insert(bisect_right(ordered, -seen.token, key=_minus_position), seen)
            self._by_position = (len(self.history), ordered)
        return self._by_position[1]

    def _coded_people_latest_first(self) -> list[Seen]:
        """The coded persons of `_latest_first`, in its order: the only mentions a definite
        description may name again (`_earlier_person`: "the Secretary"). Kept up to date as
        the history grows, as `_latest_first` is (most mentions are no coded person: that
        rule no longer walks them, once per call)."""
        done, ordered = self._coded or (0, [])
        if done != len(self.people):
            coded = [s for s in self.people[done:] if s.res.code]
            if coded:
                ordered = list(ordered)  # (a new list: a caller may still read the old one)
                for seen in coded:
                    ordered.insert(bisect_right(ordered, -seen.token, key=_minus_position), seen)
            self._coded = (len(self.people), ordered)
        return ordered

    def _greeted_heads(self, doc: Doc) -> set[int]:
        """Who a release's message is addressed to: the object of "congratulated", "greeted",
        "thanked", or the "to" of "sent greetings / a message to", in its first sentences,
        with the names listed with it ("congratulated A, B and C")."""
        if self._greeted is not None:
            return self._greeted
        heads: set[int] = set()
        for sent in sentences_of(doc)[:GREETING_SENTENCES]:
            for tok in sent:
                if tok.pos_ != "VERB":
                    continue
                if tok.lemma_ in GREETING_VERBS:
                    heads |= {c.i for c in tok.children if c.dep_ == "dobj"}
                elif tok.lemma_ == "send" and any(
                    c.dep_ == "dobj" and c.lemma_ in MESSAGE_WORDS for c in tok.children
                ):
                    heads |= {
                        g.i
                        for c in tok.children
                        if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                        for g in c.children
                        if g.dep_ == "pobj"
                    }
        if not heads:
            heads = self._greeted_after_to(doc)
        listed = list(heads)
        while listed:
            for c in doc[listed.pop()].children:
                if (
                    c.dep_ in {"conj", "appos"}
                    and c.i not in heads
                    and c.ent_type_ not in PLACE_ENTS
                ):
                    heads.add(c.i)
                    listed.append(c.i)
        self._greeted = heads
        return heads

    def _greeted_after_to(self, doc: Doc) -> set[int]:
        """ "sent birthday greetings to figure skating coach Tatyana Tarasova" when the parser
        reads "to figure" as a verb: the name that ends the run of proper nouns that follows
        a message word's "to" in the opening sentences, before any preposition (session 12)."""
        for sent in sentences_of(doc)[:GREETING_SENTENCES]:
            for tok in sent:
                if tok.lower_ != "to" or tok.i == 0 or doc[tok.i - 1].lemma_ not in MESSAGE_WORDS:
                    continue
                run = []
                for later in doc[tok.i + 1 : sent.end]:
                    if later.pos_ == "PROPN":
                        run.append(later)
                    elif run or later.is_punct or later.pos_ in {"ADP", "CCONJ", "SCONJ"}:
                        break  # "to participants in the General Meeting of ...": not a name
                if run:
                    return {run[-1].i}
        return set()

    def _greeted_citizen(self, head: Token) -> bool:
        """A person we do not know whom a state's release congratulates or greets, in a
        sentence that names no other country ("Vladimir Putin congratulated Mark Kondratyuk,
        Kamila Valiyeva ... on winning"), is one of that state's people."""
        if not self.home or head.i not in self._greeted_heads(head.doc):
            return False
        sent = head.sent
        if any(t.lower_ == "as" and t.i + 1 < sent.end and t.nbor().is_title for t in sent):
            return False  # "congratulated Andrew Parsons on his reelection as President of ..."
        own = self._sentence_countries(head) - {self.home}
        return not own and not self._foreign_words(sent)

    def _message_addressee(self, head: Token) -> Resolution | None:
        """ "you", "your" in a release's quoted message: whom the message is addressed to
        ("sent greetings to Patriarch Kirill ... The message reads: '... under your
        guidance'"); several addressees are one actor only when they share a code."""
        if not self.home or not self._in_quote(head):
            return None
        return self._one_greeted(head, "whom the message is addressed to")

    def _greeted_addressee(self, head: Token) -> Resolution | None:
        """Whom a release's one address greets ("made a video address to congratulate the
        military personnel ... : Comrade officers, ... your holiday"): the addressees of its
        opening sentences (`_greeted_heads`), when they share one code."""
        if not self.home:
            return None
        return self._one_greeted(head, "whom the address is for")

    def _one_greeted(
        self, head: Token, why: str, greeted: set[int] | None = None
    ) -> Resolution | None:
        """The actor the release's opening sentences greet (`_greeted_heads`, or the heads
        `greeted` given), when all the greeted share one code; `why` says what `head` is to
        them."""
        heads = sorted(self._greeted_heads(head.doc) if greeted is None else greeted)
        greeted = [self.resolve_head(head.doc[i]) for i in heads]
        found = [r for r in greeted if r is not None and r.code and not r.weak]
        named = [i for i in heads if head.doc[i].pos_ in {"NOUN", "PROPN"}]
        if not found and named:  # ("Thank you": a "you" greeted names no audience)
            return self._greeted_body(head, named, why)
        if len({r.code for r in found}) != 1:
            return None
        res = found[0]
        return replace(res, why=[*res.why, f"'{head.text}': {why}"])

    def _greeted_body(self, head: Token, heads: list[int], why: str) -> Resolution | None:
        """ "sent greetings to participants in the 10th Congress of ... Young Guard of United
        Russia": greeted people who name nobody themselves (participants, organisers, guests,
        staff) are of the body their phrase names, through the event they attend (a congress
        of the body is the body's); when that body is no actor we know, they are the greeting
        state's people ("participants in the Clean Arctic nationwide project": CVL)."""
        doc = head.doc
        for i in heads:
            body = _of_phrase(doc[i])
            while body is not None and body.lemma_.lower() in GATHERINGS:
                body = _of_phrase(body)
            res = self.resolve_head(body) if body is not None else None
            if res is not None and res.resolved and res.kind in {"org", "group"} and not res.weak:
                return replace(res, why=[*res.why, f"'{head.text}': {why}"])
        if self.home not in self.resolver.kb.countries:
            return None
        return self._home_group(str(self.home), "CVL", f"'{head.text}': {why}, its people")

    def _quote_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The article's quotes (character spans), found once."""
        if self._quotes is None:
            self._quotes = quote_spans(text_of(doc))
        return self._quotes

    def _quote_of(self, head: Token) -> tuple[int, int] | None:
        """The quote (character span) a word is in, if any."""
        return next(((a, b) for a, b in self._quote_spans(head.doc) if a <= head.idx < b), None)

    def _quote_spoken_by(self, head: Token) -> tuple[int, int] | None:
        """The quote (character span) that `head` says, when it is the subject of a speech
        verb right after the quote's closing mark ('"...," he said')."""
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in cue_lemmas():
            return None
        text = text_of(head.doc)
        return next(
            (
                (a, b)
                for a, b in self._quote_spans(head.doc)
                if b <= head.idx and not text[b : head.idx].strip(" ,\"'\u201d\u2019\n")
            ),
            None,
        )

    def _quote_speaker(self, head: Token, persons_only: bool = True) -> Resolution | None:
        """Who says the quote a word is in, as its cue right after it tells ("... with
        flags," the President said; "... as you do now," said George W. Bush): the subject of
        a speech verb among the few words after the closing mark, when it is a person (or,
        without `persons_only`, any actor: '"... our people," Hamas said')."""
        quote = self._quote_of(head)
        if quote is None:
            return None
        doc = head.doc
        begin = head.i
        while begin < len(doc) and doc[begin].idx < quote[1]:
            begin += 1
        while begin < len(doc) and doc[begin].is_punct and "\n" not in doc[begin].text:
            begin += 1  # the closing mark and a comma before it
        lemmas = cue_lemmas()
        for tok in doc[begin : begin + QUOTE_CUE_WITHIN]:
            if tok.text in {"“", '"'} or "\n" in tok.text:
                break  # the next quote or paragraph: no cue of this one
            if tok.pos_ == "VERB" and tok.lemma_.lower() in lemmas:
                subject = next(
                    (c for c in children_of(tok) if c.dep_ == "nsubj" and c.idx > quote[1]), None
                )  # (not the quoted words, which the parser may take for a subject)
                res = self.resolve_head(subject) if subject is not None else None
                if res is not None and res.resolved and (res.kind == "person" or not persons_only):
                    return res
                return None
        return None

    def _cue_before_quote(self, head: Token) -> Resolution | None:
        """Who says the quote a word is in, as a cue right before its opening mark tells
        ('Lula said: "Our government ..."', 'the ministry said in a statement that "we ..."'):
        the subject of the speech verb that the words before the mark end with, when it is an
        actor (session 13)."""
        quote = self._quote_of(head)
        if quote is None:
            return None
        doc = head.doc
        end = head.i
        while end > 0 and doc[end - 1].idx >= quote[0]:
            end -= 1  # the quote's first word
        at = end - 1
        while at >= 0 and (doc[at].is_punct or doc[at].lower_ == "that"):
            if "\n" in doc[at].text:
                break
            at -= 1  # the opening mark, a colon or comma, a "that"
        lemmas = cue_lemmas()
        for tok in reversed(doc[max(0, at - QUOTE_CUE_WITHIN) : at + 1]):
            if tok.text in {"\u201d", '"'} or "\n" in tok.text:
                break  # another quote or a paragraph between: not this quote's cue
            if tok.pos_ == "VERB" and tok.lemma_.lower() in lemmas:
                subject = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
                res = self.resolve_head(subject) if subject is not None else None
                return res if res is not None and res.resolved else None
        return None

    def _quote_cue_speaker(self, head: Token, speaker: ActorRef | None) -> Resolution | None:
        """The speaker of the quote a first-person word is in, when the reader has none for
        it or one carried over from before (session 13). A quote of several sentences whose
        cue follows it ('"I know this is hard. We are doing all we can," Kagwe said') is the
        cue's speaker's from its first sentence on; a possessive, which the reading loop
        skips and so reads with no speaker ('"We will protect our people," Hamas said',
        'Lula said: "Our government ..."'), is the speaker of the cue after or before its
        quote. None when the pronoun's own sentence holds the quote's end and a speaker was
        given (it came with the quote's cue), or no actor is found."""
        quote = self._quote_of(head)
        if quote is None:
            return None
        if (
            speaker is not None
            and speaker.code is not None
            and sentence_of(head).end_char >= quote[1]
        ):
            return None  # the cue is in this sentence: the speaker given is its own
        found = self._quote_speaker(head, persons_only=False)
        how = "the cue after the quote"
        if found is None and speaker is None:
            found = self._cue_before_quote(head)
            how = "the cue before the quote"
        if found is None or not found.code:
            return None
        return replace(found, why=[*found.why, f"'{head.text}': the speaker of {how}"])

    def _met_addressee(self, head: Token) -> Resolution | None:
        """ "It is a great honor to meet you," the President said: in a release about a
        meeting or call, a "you" quoted from one side is the other side, the latest earlier
        person of another country than the quote's speaker (Zelenskyy's "you" is Bush, Bush's
        "Your courage" is Zelenskyy). Nobody when the speaker or such a person is not found."""
        if not self.home or not self._meeting_headline(head.doc):
            return None
        speaker = self._quote_speaker(head)
        if speaker is None or speaker.country is None:
            return None
        for seen in self._recent_history(head.i):
            r = seen.res
            if seen.token >= head.i or r.kind != "person" or not r.code:
                continue
            if r.country not in {None, speaker.country}:
                return replace(r, why=[*r.why, f"'{head.text}': the other side of the meeting"])
        return None

    def _headline(self, doc: Doc) -> str:
        """The item's headline and its first sentence: what the release is about (built once
        per Doc: every "you" and "we" of a release asks)."""
        if self._headline_of is None or self._headline_of[0] is not doc:
            first = next(iter(doc.sents), None)
            text = f"{self.title or ''} {first.text if first is not None else ''}"
            self._headline_of = (doc, text)
        return self._headline_of[1]

    def _meeting_headline(self, doc: Doc) -> bool:
        """Does `_headline` speak of a meeting, call or talks (`MEETING_WORDS`)? Read once per
        Doc: every "we" of a government asks."""
        headline = self._headline(doc)
        if self._meeting is None or self._meeting[0] is not headline:
            self._meeting = (headline, MEETING_WORDS.search(headline) is not None)
        return self._meeting[1]

    def _in_quote(self, head: Token) -> bool:
        return self._quote_of(head) is not None

    def _turn_speaker(self, head: Token) -> Resolution | None:
        """In a transcript ("Vladimir Putin: Mr President, ..."), who holds the floor."""
        doc = head.doc
        if self._turns is None:
            self._turns = []
            for m in TURN_LABEL.finditer(text_of(doc)):
                span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                label = _label_head(span) if span is not None and len(span) <= 12 else None
                if label is not None:
                    self._turns.append((m.end(), label))
        label = next((t for at, t in reversed(self._turns) if at <= head.idx), None)
        if label is None:
            return None
        res = self.resolve_head(label)
        return res if res is not None and res.resolved else None

    def _joint_we(self, head: Token, speaker: ActorRef | None) -> bool:
        """ "We have maintained contact", "we held a videoconference", "the agreements we
        reached": a "we" doing a joint act (talks, agreements, contacts) with no "with" partner
        of its own, in a text that has named a person of another country before it (a leader
        spoken to or met), is both sides: several states, no one code. "We discussed it with
        our partners" is one side."""
        verb = head.head
        if head.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
            return False
        lemma = verb.lemma_.lower()
        objects = {
            c.lemma_.lower() for c in children_of(verb) if c.dep_ in {"dobj", "attr", "pobj"}
        }
        if verb.dep_ == "relcl":
            objects.add(verb.head.lemma_.lower())  # "the agreements we reached"
        joint = lemma in JOINT_VERBS or (
            lemma in JOINT_ACT_VERBS and bool(objects & JOINT_ACT_OBJECTS)
        )
        if not joint or any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(verb)):
            return False
        own = speaker.country if speaker is not None and speaker.country else None
        if own is None:
            turn = None if self._in_quote(head) else self._turn_speaker(head)
            own = turn.country if turn is not None else self.home
        if own is None:
            return False
        return any(
            seen.token < head.i
            and seen.res.kind == "person"
            and seen.res.country not in {None, own}
            and seen.res.sector in STATE_SECTORS
            for seen in self._recent_history()
        )

    def _turn_addressee(self, head: Token) -> Resolution | None:
        """ "you", "your" in a transcript turn: whom the speaker talks to. The last vocative
        of the turn before it ("Vladimir Putin: Mr Chuychenko, you know ...", "President Xi, my
        dear friend, ... to see you"), else the speaker of the turn before when that is
        another person we know ("Chuychenko: ... Putin: You have ..."). A vocative that names
        nobody we can code ("Colleagues, ...") leaves "you" unresolved; so does a turn after
        a questioner ("Q"), whom a release never names."""
        every = self._all_turns(head.doc)
        count = bisect_right(every, head.idx, key=_turn_start)  # the turns before it
        for _at, label in every[self._turns_read : count]:
            self.resolve_head(label)  # each label once, in text order (later: cached answers)
        self._turns_read = max(self._turns_read, count)
        turns = []  # the last two turns before it, with their speaker when a person we know
        for at, label in every[max(count - 2, 0) : count]:
            res = self.resolve_head(label)
            known = res is not None and res.kind == "person" and res.resolved
            turns.append((at, res if known else None))
        if not turns:
            if self._address_title() is None or self._in_quote(head):
                return None
            turns = [(0, None)]  # an address with no turn labels: one turn from the top
        at, speaker = turns[-1]
        scan = self._vocative_scans.get(at)
        if scan is None:
            scan = self._vocative_scans[at] = TurnVocatives(head.doc, at)
        vocatives = scan.before(head)
        while vocatives:
            vocative, chained = vocatives.pop()
            res = self.resolve_head(vocative)
            if res is not None and res.resolved and not _same_actor(res, speaker):
                return replace(res, why=[*res.why, f"'{head.text}': the one addressed"])
            if not chained:
                # "Comrade officers, congratulations": in a release's one address, the people
                # its opening sentence says it greets; else someone we cannot code
                if len(turns) != 1:
                    return None
                return self._greeted_addressee(head) or self._met_group(head, vocative)
        before = turns[-2][1] if len(turns) > 1 else None
        if before is None:
            if len(turns) == 1 or self._audience_turn(head.doc, turns[-2][0]):
                return (
                    self._greeted_addressee(head)
                    or self._audience(head, speaker)
                    or self._briefing_reporters(head, speaker, turns)
                    or (self._met_group(head, None) if len(turns) == 1 else None)
                )
            return self._briefing_reporters(head, speaker, turns)
        if _same_actor(before, speaker):
            return None
        return replace(before, why=[*before.why, f"'{head.text}': the speaker of the turn before"])

    def _statement_addressee(self, head: Token) -> Resolution | None:
        """ "I congratulate the people of Peru as you celebrate ... your independence": in a
        release's message that is no transcript and no quote, a "you" after the greeted
        people in the same sentence is them (session 14: State Department day messages)."""
        if not self.home or self._in_quote(head) or self._all_turns(head.doc):
            return None
        sent = head.sent
        greeted = self._greeted_heads(head.doc) or self._wished_heads(head.doc)
        if not any(sent.start <= i < head.i for i in greeted):
            return None
        return self._one_greeted(head, "whom the message is addressed to", greeted)

    def _wished_heads(self, doc: Doc) -> set[int]:
        """ "I send my best wishes to the people of Aotearoa New Zealand": the "to" of a
        message's wishes in its opening sentences (`_greeted_heads` reads greetings)."""
        heads: set[int] = set()
        for sent in sentences_of(doc)[:GREETING_SENTENCES]:
            for tok in sent:
                if tok.lemma_ == "send" and any(
                    c.dep_ == "dobj" and c.lemma_ in STATEMENT_MESSAGE_WORDS for c in tok.children
                ):
                    heads |= {
                        g.i
                        for c in tok.children
                        if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                        for g in c.children
                        if g.dep_ == "pobj"
                    }
        return heads

    def _interviewee(self, head: Token) -> Resolution | None:
        """ "Wikinews interviews Brian Carroll, ...": the questions' "you" is the person the
        headline names, as the text coded him first (session 14)."""
        m = INTERVIEW_TITLE.match(self.title or "")
        if m is None or self._in_quote(head):
            return None
        surname = m.group(1).split()[-1]
        for tok in head.doc[: head.i]:  # the first coded mention of the name
            res = self.cache.get(tok.i) if tok.text == surname else None
            if res is not None and res.code:
                return replace(res, why=[*res.why, f"'{head.text}': the person interviewed"])
        return None

    def _briefing_reporters(
        self, head: Token, speaker: Resolution | None, turns: list
    ) -> Resolution | None:
        """ "MS PORTER: Thank you for joining today's press briefing ... taking your
        questions": in a press briefing, a "you" of the home state's official that no
        vocative names, in the first turn or an answer to a question ("QUESTION:"), is the
        reporters: the home state's journalists (JRN), as the studied labels give them."""
        if not self.home or not BRIEFING_TITLE.search(self.title or ""):
            return None
        if speaker is None or speaker.country != self.home:
            return None
        if self.home not in self.resolver.kb.countries:
            return None
        if len(turns) > 1:
            label = next(
                (t for start, t in self._all_turns(head.doc) if start == turns[-2][0]), None
            )
            if label is None or label.lower_ not in QUESTION_LABELS:
                return None
        return self._home_group(str(self.home), "JRN", f"'{head.text}': the briefing's reporters")

    def _reporter_called(self, head: Token) -> bool:
        """ "Let's go to Jennifer Hansler. QUESTION: ...": in a press briefing, a person
        named right before a question turn is the reporter who asks it (session 14)."""
        if not self.home or not BRIEFING_TITLE.search(self.title or ""):
            return False
        end = head.idx + len(head.text)
        nxt = next(((s, t) for s, t in self._all_turns(head.doc) if t.idx >= end), None)
        if nxt is None or nxt[1].lower_ not in QUESTION_LABELS:
            return False
        return CALLED_ON.fullmatch(text_of(head.doc)[end : nxt[1].idx]) is not None

    def _met_group(self, head: Token, vocative: Token | None) -> Resolution | None:
        """ "Meeting with families awarded the Order of Parental Glory" ... "Good afternoon,
        friends, ... I would like to congratulate you": in the first turn of a meeting whose
        headline names a plural group of the home state, a "you" that no vocative or only a
        plural one that names nobody speaks to is that group (its sector word,
        `sector_terms`; session 14)."""
        m = MEETING_WITH.match(self.title or "")
        if m is None or not self.home or (vocative is not None and vocative.tag_ != "NNS"):
            return None
        if self.home not in self.resolver.kb.countries:
            return None
        if self._states_in(head.doc.vocab, m.group(1)) - {str(self.home)}:
            return None
        terms = self.resolver.kb.sector_terms
        # the group's own word among the first few, a plural ("families", "students")
        found = next(
            (
                terms[w]
                for w in m.group(1).lower().split()[:3]
                if w in terms and terms[w].kind == "noun" and w.endswith("s")
            ),
            None,
        )
        if found is None:
            return None
        return self._home_group(
            str(self.home), found.sector, f"'{head.text}': the group the meeting is with"
        )

    def _label_surname(self, head: Token) -> Resolution | None:
        """ "MS PORTER:" after "Jalina Porter, Principal Deputy Spokesperson": an upper-case
        speaker's label with an honorific is the person named before by that surname
        (session 14; the tagger reads "PORTER" as a common noun)."""
        if not head.is_upper or len(head.text) < 3 or head.i == 0:
            return None
        if head.doc[head.i - 1].lower_.rstrip(".") not in {"mr", "ms", "mrs", "dr"}:
            return None
        if head.i + 1 >= len(head.doc) or head.doc[head.i + 1].text != ":":
            return None  # a label: the colon right after the name
        # the earlier tokens spelt as the name, latest first (not every token before it)
        at = token_positions(head.doc).get(head.text.title(), [])
        for i in reversed(at[: bisect_left(at, head.i)]):
            res = self.cache.get(i)
            if res is not None and res.kind == "person" and res.code:
                return replace(res, why=[*res.why, f"label '{head.text}': same person as earlier"])
        return None

    def _closing_vocative(self, head: Token) -> Resolution | None:
        """ "Do you hear it, Moscow?", "Will you help us, Europe!": a name set off by a comma
        at the end of the sentence of a "you" is whom it speaks to (session 14)."""
        sent = head.sent
        if sent[-1].text not in {"?", "!"} or len(sent) < 3:
            return None
        comma = next((t for t in reversed(sent[:-1]) if t.text == ","), None)
        if comma is None or comma.i < head.i:
            return None
        tail = head.doc[comma.i + 1 : sent[-1].i]
        if not 0 < len(tail) <= MAX_CLOSING_VOCATIVE or any(t.pos_ != "PROPN" for t in tail):
            return None
        res = self.resolve_head(tail[-1])
        if res is None or not res.resolved or not res.code:
            return None
        return replace(res, why=[*res.why, f"'{head.text}': '{tail.text}', the one addressed"])

    def _address_title(self) -> str | None:
        """The headline of an address, remarks or speech, from its first word ("Remarks by
        President Biden at ..."), or from the "address by" that ends a Ukrainian headline
        ("... - address by President Volodymyr Zelenskyy": session 14); else None."""
        title = self.title or ""
        if ADDRESS_TITLE.match(title):
            return title
        trailing = TRAILING_ADDRESS.search(title)
        return trailing.group(1) if trailing is not None else None

    def _audience_turn(self, doc: Doc, at: int) -> bool:
        """Whether the turn whose words start at `at` is the audience's ("AUDIENCE MEMBERS:
        Good afternoon.")."""
        label = next((t for start, t in self._all_turns(doc) if start == at), None)
        return label is not None and label.lower_ in AUDIENCE_LABELS

    def _audience(self, head: Token, speaker: Resolution | None) -> Resolution | None:
        """ "THE PRESIDENT: Thank you. Please, everybody, sit down": in a release of one
        official's remarks ("Remarks by President Biden at ..."), a "you" that no vocative
        or earlier speaker names is the audience: the home state's people (CVL), or the
        group the headline says the remarks are to ("Remarks ... to Service Members" → MIL).
        Remarks of two speakers ("... and Prime Minister ...") are a dialogue: no one."""
        title = self._address_title()
        if not self.home or title is None:
            return None
        if speaker is None and self._all_turns(head.doc):
            return None
        if speaker is not None and (speaker.country != self.home or speaker.kind != "person"):
            return None
        parts = REMARKS_WHERE.split(title, maxsplit=1)
        if " and " in parts[0] and not self._home_partner(parts[0].split(" and ", 1)[1]):
            return None
        sector = "CVL"
        audience = re.search(r"(?i)\sto\s(?:the\s)?(.+?)(?:\s(?:at|in|on|of|during)\s|$)", title)
        terms = self.resolver.kb.sector_terms
        if audience is not None:
            words = audience.group(1).lower().split()
            for n in (2, 1):
                found = next(
                    (
                        terms[" ".join(words[k : k + n])]
                        for k in range(len(words) - n + 1)
                        if " ".join(words[k : k + n]) in terms
                        and terms[" ".join(words[k : k + n])].kind == "noun"
                    ),
                    None,
                )
                if found is not None:
                    sector = found.sector
                    break
        iso = str(self.home)
        if audience is not None:
            # "Address ... to the guests and participants of the Lithuanian National Film
            # Awards": an audience of another state's people
            named = self._states_in(head.doc.vocab, title[audience.start(1) :]) - {iso}
            if len(named) == 1:
                iso = named.pop()
        return self._home_group(iso, sector, f"'{head.text}': the audience of these remarks")

    def _home_group(self, iso: str, sector: str, why: str) -> Resolution:
        """A group of a state's people of one sector ("the audience": USACVL)."""
        return Resolution(
            self.resolver.kb.countries[iso].name,
            f"{iso}-{sector}",
            iso,
            sector,
            compose_code(iso, sector),
            "group",
            [why],
        )

    def _states_in(self, vocab, text: str) -> set[str]:  # noqa: ANN001
        """The states a headline's words name (country names and nationality words)."""
        words = Doc(vocab, words=re.findall(r"[\w.'’]+|[^\w\s]", text))
        found = self.resolver.index.scan(list(words))
        return {str(c.value) for c in found if c.kind in {"country", "adjective"}}

    def _headline_speaker(self, doc: Doc) -> Resolution | None:
        """ "Remarks as Prepared for Delivery by First Lady Jill Biden at ...": the person a
        release's headline says speaks, when that is one of the home state's people who holds
        no government office (a first lady, a second gentleman: ELI). Their "I" and "we" are
        theirs, not the government's; a president's or a minister's stay the state's, as the
        older rules read them."""
        if self._by_line is None:
            found = None
            m = BY_LINE.match(self.title or "")
            if m is not None and self.home:
                words = Doc(doc.vocab, words=re.findall(r"[\w.'’]+|[^\w\s]", m.group(1)))
                res = self.resolver.resolve_tokens(list(words), self.day)
                if (
                    res is not None
                    and res.kind == "person"
                    and res.country == self.home
                    and res.sector not in STATE_SECTORS - {"ELI"}  # no office of state
                ):
                    found = res
            self._by_line = (found,)
        return self._by_line[0]

    def _home_partner(self, partner: str) -> bool:
        """ "Remarks by President Biden and First Lady Jill Biden ...": the second speaker
        holds an office of the home state (a spouse, a deputy), so the two speak to one
        audience together; "... and Prime Minister Rossi" (an office the United States never
        has) is a visitor, and the remarks a dialogue."""
        words = partner.lower().split()
        return any(
            country == self.home and words[: len(office.split())] == office.split()
            for country, office in self.resolver.offices
        )

    def _all_turns(self, doc: Doc) -> list[tuple[int, Token]]:
        """Transcript turns (char where the words start, label head): those of lines that
        start with a label, and labels after a sentence's end on the same line ("... Good
        afternoon. Minister of Justice Konstantin Chuychenko: Good afternoon"), which is how
        the Kremlin's transcripts come flattened."""
        if self._inline_turns is None:
            self._turn_speaker(doc[0])  # fills self._turns
            found = {label.i: (at, label) for at, label in self._turns or []}
            text = text_of(doc)
            at = text.find(":")
            while at != -1:  # only the colons that are tokens of their own can end a label
                colon = doc.char_span(at, at + 1)
                label = _inline_label(colon[0]) if colon is not None else None
                if label is not None:
                    found.setdefault(label.i, (at + 1, label))
                at = text.find(":", at + 1)
            self._inline_turns = sorted(found.values(), key=lambda turn: turn[0])
        return self._inline_turns

    def known_surname(self, tok: Token) -> bool:
        """A capitalised word that is the surname of a person named before ("Zapata flew
        across" after "French inventor Franky Zapata", the tagger reading the surname that opens
        the sentence as a common noun): the person, whatever its part of speech."""
        text = tok.text
        return text[:1].isupper() and any(s.surname == text for s in self.people)

    def _earlier_person(self, toks: list[Token], res: Resolution) -> Resolution | None:
        if (
            len(toks) == 1
            and toks[0].pos_ == "PROPN"
            and any(w.startswith("seat of government") for w in res.why)
        ):
            # "Amman had been released from prison" after "Police shot dead Sunil Amman": a
            # surname that is also a capital is the person named before by it, not the state
            seen = next((s for s in reversed(self.people) if s.surname == toks[0].text), None)
            if seen is not None:
                return replace(
                    seen.res, why=[*seen.res.why, f"same person as earlier '{seen.res.name}'"]
                )
        names = [
            t
            for t in toks
            if t.ent_type_ == "PERSON"  # (the cheaper test first)
            and t.pos_ == "PROPN"
            and not _title_acronym(t)
            and t.lower_ not in HONORIFICS
            and not _possessor_in(t, toks)
        ]
        if not names and not res.resolved:
            # "NSA Lovegrove" after "National Security Adviser Sir Stephen Lovegrove"
            names = [t for t in toks if _name_after_acronym(t)]
        if (
            not names
            and not res.resolved
            and (toks[0].pos_ == "PROPN" or self.known_surname(toks[0]))
            and (len(toks) == 1 or toks[1].text == ",")
        ):
            # "Kapustin" after "Denis Kapustin", tagged as an organisation this time; "Hagan,
            # North Carolina's first female senator, was 66" after "Senator Kay Hagan": a
            # surname the tagger missed before an appositive
            word = toks[0].text
            if any(s.surname == word for s in self.people):
                names = [toks[0]]
        if len(names) == 1 and res.kind in {"person", "unresolved"}:
            # "Kirby" after "John Kirby"; else any part of an earlier name ("Yang" after
            # "Yang Jiechi": family names come first in Chinese, Korean, Hungarian...).
            word = names[0].text
            seen = next(
                (s for s in reversed(self.people) if s.surname == word),
                None,
            ) or next(
                (
                    s
                    for s in reversed(self.people)
                    if s.res.code and word in (s.res.name or "").split()[:-1]
                ),
                None,
            )
            if seen is not None:
                return replace(
                    seen.res, why=[*seen.res.why, f"same person as earlier '{seen.res.name}'"]
                )
        if len(names) > 1 and res.kind in {"person", "unresolved"} and not res.actor_id:
            # "Anatoliy Fedoruk" again after "Bucha Mayor Anatoliy Fedoruk": a full name we do
            # not know, repeated, is the person the text described before.
            words = [t.text for t in names]
            seen = next(
                (
                    s
                    for s in reversed(self.people)
                    if s.res.code
                    and s.surname == words[-1]
                    and set(words) <= set((s.res.name or "").split())
                ),
                None,
            )
            if seen is not None:
                return replace(
                    seen.res, why=[*seen.res.why, f"same person as earlier '{seen.res.name}'"]
                )
        if not names and res.kind in {"state", "group"} and res.sector and _definite(toks):
            # "the White House official", "the Secretary": the last person of that title
            # (and country), else the last person of that sector and country.
            earlier = [
                seen.res
                for seen in self._coded_people_latest_first()
                if res.country is None or seen.res.country == res.country
            ]
            people = [r for r in earlier if r.country and r.sector == res.sector]
            # A title names its holder whatever the sector says ("the High Commissioner"
            # is the UN's, coded as the organisation).
            titled = self._title_holders(res.title, earlier)
            # Without a matching title, only a description that names a country
            # ("the White House official") may take the last such person; a body ("the
            # U.S. government", "the German side") is no person.
            for r in titled or (people[:1] if res.country and res.title else []):
                return replace(r, why=[*r.why, "definite description of an earlier person"])
        return None

    def _title_holders(self, title: str | None, earlier: list[Resolution]) -> list[Resolution]:
        """Earlier people a bare title ("the President") may stand for, best first: those
        holding exactly that office (not "president of the European Council"), the release's
        own state's first."""
        if not title:
            return []
        loose = [r for r in earlier if _same_title(title, r)]
        office = (_office(title) or "").lower()
        if office != title.lower():
            return loose  # "the former president": not whoever holds the office now
        exact = [r for r in earlier if _holds_exactly(office, r)]
        # The release's own office holder first, even over a visitor whose title is written
        # the same way or longer: "The Secretary" in a State Department release is the
        # Secretary of State, not "NATO Secretary General Jens Stoltenberg" or "Philippine
        # Secretary of Foreign Affairs Enrique A. Manalo" named after him.
        own = [r for r in exact + loose if self.home is not None and r.country == self.home]
        return own or exact or loose

    def _addressee(self, head: Token, toks: list[Token], res: Resolution) -> Resolution | None:
        """A vocative ("Putin: Mr President, ...") names whom the speaker talks to: the last
        earlier person holding that title who is not the speaker of the words."""
        if (
            len(toks) < 2
            or toks[0].lower_ not in HONORIFICS
            or not res.title
            or res.kind == "person"
            or any(t.ent_type_ == "PERSON" and not t.is_title for t in toks[1:])
        ):
            return None
        vocative = toks[-1].i + 1 < len(head.doc) and head.doc[toks[-1].i + 1].text in {",", "!"}
        vocative = vocative or (toks[0].i > 0 and head.doc[toks[0].i - 1].text in {",", ":"})
        if not vocative:
            return None
        speaker = self._label_before(toks[0]) or self._turn_speaker(head)
        office = (_office(res.title) or res.title).lower()
        for seen in self._latest_first():
            r = seen.res
            if seen.token >= toks[0].i or r.kind != "person" or not r.code:
                continue
            if speaker is not None and (
                (r.actor_id, r.name) == (speaker.actor_id, speaker.name)
                or (r.titled and r.code == speaker.code)  # "President of Russia" of Putin
            ):
                continue
            if _holds_exactly(office, r) or _same_title(res.title, r):
                return replace(r, why=[*r.why, f"'{' '.join(t.text for t in toks)}': addressed"])
        return None

    def _label_before(self, first: Token) -> Resolution | None:
        """The speaker of words that follow "Name:" in a transcript."""
        doc = first.doc
        if first.i < 2 or doc[first.i - 1].text != ":":
            return None
        label = doc[first.i - 2]
        if label.pos_ != "PROPN":
            return None
        res = self.resolve_head(label)
        return res if res is not None and res.kind == "person" else None

    def _pronoun(self, head: Token, speaker: ActorRef | None) -> Resolution | None:
        lower = head.lower_
        if lower in SECOND_PERSON:
            return (
                self._closing_vocative(head)
                or self._message_addressee(head)
                or self._statement_addressee(head)
                or self._interviewee(head)
                or self._turn_addressee(head)
                or self._met_addressee(head)
            )
        if lower in FIRST_PERSON:
            if lower in FIRST_PLURAL and self._joint_we(head, speaker):
                return None  # "We have maintained contact" said to a foreign leader: both sides
            cued = self._quote_cue_speaker(head, speaker)
            if cued is not None:
                # '"I know this is hard. We are doing all we can," Kagwe said', '"... our
                # people," Hamas said': the quote's cue says whose words (session 13)
                return self._state_we(head, _with_person_sector(cued, head))
            if speaker is None or (speaker.code is None and speaker.name is None):
                # no speaker, or one that is no actor ("The message reads: ...")
                return self._state_we(head, self._author(head))
            if speaker.code is None:
                return None
            return self._state_we(
                head,
                _with_person_sector(
                    Resolution(
                        speaker.name,
                        speaker.actor_id,
                        speaker.country,
                        speaker.sector,
                        speaker.code,
                        "person",
                        ["first person inside the speaker's quote"],
                    ),
                    head,
                ),
            )
        if lower not in REFERRING and head.dep_ != "poss":
            return None  # "that", "which", "who", "there": no rule below reads them as anyone
        if lower == "it" and _pleonastic(head):
            return None  # "It is important that ...": the clause after it, no actor
        if lower == "it" and (
            _it_of_a_thing(head, self.resolver.kb.sector_terms) or self._object_it_thing(head)
        ):
            return None  # "making it the first time", "exporting it": a thing (session 11)
        if (
            lower == "their"
            and head.dep_ == "poss"
            and head.head.lemma_.lower() in SHARED_NOUNS
            and len(self._sentence_named(head)) > 1
        ):
            return None  # "Afghan and Pakistani troops clash along their border": both (A3)
        own_subject = _clause_subjects(head)
        start = self.sentence_start(head)
        recent = self._sent_starts[start - 1] if start > 0 else 0  # the previous sentence
        if lower in PLURAL:
            pair = self._subjects_before(head, start, recent)
            if pair is not None:
                return pair[0]
            if self._joint_after_person(head, recent):
                return None
        violated = self._violated_owner(head)
        if violated is not None:
            return violated[0]
        by_owner = self._possessive_owner(head)
        if by_owner is not None:
            return by_owner[0]
        by_clause = self._clause_antecedent(head)
        if by_clause is not None:
            return by_clause[0]
        if lower == "it":
            thing = self._previous_subject_thing(head, start, recent)
            if thing is not None:
                if thing[0] is None:  # a later "it" of the same thing is nobody too
                    self._remember(Seen(Resolution(), head.i, None, False))
                return thing[0]
        gender = _pronoun_gender(lower)
        if gender is not None:
            topic = self._previous_subject_person(head, start, recent, gender)
            if topic is not None:
                return _as_pronoun(topic, head)
        singular: Seen | None = None  # the nearest state or body, for "they"
        doc = head.doc
        spoken = self._quote_spoken_by(head) if lower in {"he", "she"} else None
        # "Russia added another word to it": an object is never its clause's subject, nor
        # another mention of the same actor
        subject_actors = [r for r in (self.cache.get(i) for i in own_subject) if r is not None]
        for seen in self._recent_history(head.i):
            if seen.token >= head.i or seen.token in own_subject:
                continue  # "the United States will support them": not itself
            if (
                subject_actors  # (most pronouns are no object: skip the test fast)
                and seen.res.resolved
                and any(_same_actor(seen.res, r) for r in subject_actors)
            ):
                continue
            r = seen.res
            if lower in PERSONAL and doc[seen.token].dep_ in PREDICATE_DEPS:
                # "He was a great labor leader, he ...", "she was elected president of the
                # union ... her career" (session 13): a predicate is no one new
                continue
            if spoken is not None and spoken[0] <= doc[seen.token].idx < spoken[1]:
                continue  # '"... for Mr. Putin ...," he said': not someone the quote names
            if lower in PERSONAL and r.kind != "person" and _named_person(doc[seen.token], r):
                if gender is not None and self._gender(seen, doc) not in {None, gender}:
                    continue
                # "Los Lobos leader Wilmer Chavarría, who faked his own death": a person we
                # do not know is still the nearest person, not an earlier one we know
                if not r.resolved:
                    return self._unknown_person_pronoun(doc[seen.token], r, head)
                return _as_pronoun(replace(r, kind="person"), head)
            if lower in PERSONAL and r.kind == "person":
                if gender is not None and self._gender(seen, head.doc) not in {None, gender}:
                    continue  # "She" after "Prak Sokhonn, in his role": not him
                if head.dep_ == "poss" and seen.token >= start:
                    self._learn_gender(r, gender)  # "Prak Sokhonn, in his role": a man
                if not r.resolved:
                    return self._unknown_person_pronoun(doc[seen.token], r, head)
                return _as_pronoun(r, head)
            if lower in PERSONAL and r.resolved and _one_person(doc[seen.token], r):
                if _noun_gender(doc[seen.token]) in {None, gender}:
                    # "A ninth policeman succumbs to his injuries", "sentences a man ... fines
                    # him": a noun for one person is a "he" or "she" (round 16)
                    return _as_pronoun(replace(r, kind="person"), head)
            if (
                lower in THING
                and r.kind in {"state", "org", "group"}
                and (not seen.plural or _named_as_one(doc[seen.token]))
            ):
                if _person_noun(doc[seen.token], r):
                    continue  # "his son ... It was simple": "it" is never a person
                thing = self._thing_modified(doc[seen.token])
                if thing is not None:
                    # "the Panama-flagged vessel will leave ... after it was attacked": the
                    # thing a subject names is the topic; an object thing is merely skipped
                    if thing.dep_ in {"nsubj", "nsubjpass"}:
                        return None
                    continue
                if not self._nested(seen, head.doc):
                    if self._thing_subject_between(head, seen.token):
                        return None  # "The resolution passed ..., with 194 opposing it"
                    return _as_pronoun(r, head)
            if (
                lower in THING
                and r.kind == "unresolved"
                and tokens_of(head.doc)[seen.token].lower_ == "it"
            ):
                return None  # "It has been applied ... since it was signed": the amendment
            if lower not in PLURAL:
                continue
            plural = seen.plural or self._plural_name(seen, head.doc)
            if plural and (singular is None or seen.token >= recent):
                # A plural noun of this or the previous sentence beats a nearer singular
                # state ("the people of Lebanon ... They"). One that names nobody in
                # particular ("leaders of European countries ... invites them") leaves
                # the pronoun unresolved too.
                if not r.resolved or self._plural_noun_between(head, seen.token, own_subject):
                    return None
                return _as_pronoun(r, head)
            if (
                singular is None
                and not plural
                and r.kind in {"group", "org", "state"}
                and not self._nested(seen, head.doc)
            ):
                singular = seen
        if singular is None or self._plural_noun_between(head, singular.token, own_subject):
            return None  # "work with global brands for them to leave": the brands
        if self._coordinated_apart(singular, head):
            return None  # "the decision of Sweden and Finland, the one they have made"
        return _as_pronoun(singular.res, head)

    def _unknown_person_pronoun(
        self, name: Token, res: Resolution, head: Token
    ) -> Resolution | None:
        """A "he"/"she" whose antecedent is a person the data lack and the text gives no
        country ("Hickenlooper ... ended his campaign" in a report on US politics): a careful
        labeller still codes the pronoun, a civilian of the country the text is about (the
        name's own sentence first, as `_unknown_person_country` reads it). Nobody when the
        text is about no one country, and in an official release, whose people are mostly
        its own even where the text names another state more often ("Like Anya from Bucha,
        she was 14" in a Ukrainian address on Russia's war), unless the name's sentence
        says so (session 13)."""
        where = self._unknown_person_country(name)
        if where is None and self.home is None:
            where = self.context_country(head.doc)
        if where is None:
            return None
        return _as_pronoun(
            Resolution(
                res.name,
                f"{where}-CVL",
                where,
                "CVL",
                compose_code(where, "CVL"),
                "person",
                [*res.why, f"a person the data lack: a civilian of {where}, the text's country"],
            ),
            head,
        )

    def _is_thing(self, tok: Token) -> bool:
        """A singular common noun the resolver takes for no actor ("the clock", "the
        resolution", "the vessel"), not a number, date or measure."""
        if tok.tag_ != "NN" or tok.ent_type_ in NOT_ACTOR_ENTS or tok.lower_ in NOT_REFERENTS:
            return False
        res = self.cache.get(tok.i)
        return res is None or not res.resolved

    def _thing_modified(self, tok: Token) -> Token | None:
        """The thing a state or body is named in as a mere modifier ("the Panama-flagged
        cargo vessel", "a Georgia Tech study"): what an "it" after it can mean, rather than
        the modifier. None when `tok` modifies no thing."""
        k = tok
        for _ in range(4):
            if k.dep_ not in {"compound", "amod", "npadvmod", "nmod"} or k.head.i == k.i:
                return None
            k = k.head
            if k.pos_ == "NOUN":
                if not self._is_thing(k):
                    return None
                while k.dep_ == "compound" and k.head.i != k.i:
                    k = k.head  # "cargo vessel HMM Namu": the phrase's head
                return k
        return None

    def _thing_subject_between(self, it: Token, after: int) -> bool:
        """An "it" whose sentence (or the one before) has a thing for the subject of its
        main clause, named after the state or body found ("The resolution passed ..., with
        194 Republicans opposing it", "The event is ... known for its programming"): the
        main clause's subject is the nearer topic. Subjects of inner clauses ("says the
        strike killed ... and that it will continue") are left alone, and so is a message
        that speaks ("The statement said it would respond": its author's)."""
        doc = it.doc
        start = self.sentence_start(it)
        first = self._sent_starts[start - 1] if start > 0 else 0  # the previous sentence
        for k in range(max(after + 1, first), it.i):
            tok = doc[k]
            if (
                tok.dep_ in {"nsubj", "nsubjpass"}
                and tok.head.dep_ == "ROOT"
                # "The statement said it would respond": a message speaks for its author
                and tok.head.lemma_.lower() not in cue_lemmas()
                and not any(c.dep_ == "poss" for c in tok.children)
                and self._is_thing(tok)
            ):
                return True
        return False

    def _object_it_thing(self, it: Token) -> bool:
        """An object "it" of a verb joined (and, a participle clause) to an earlier verb
        whose own object is a thing the resolver takes for no actor: "trafficking illegal
        waste ... and exporting it", "ratify the treaty, allowing it to enter into force".
        The thing is the nearer reading than a state named on the way."""
        verb = it.head
        if it.dep_ == "nsubj" and verb.dep_ in {"ccomp", "xcomp"}:
            verb = verb.head  # "allowing it to enter": "it" subject of the clause "allow" takes
            if verb.lemma_ not in CAUSATIVE_VERBS:
                return False  # "signs a deal and says it will ...": the signer
        elif it.dep_ != "dobj":
            return False
        if verb.dep_ not in {"conj", "advcl"} or verb.head.pos_ not in {"VERB", "AUX"}:
            return False
        earlier = verb.head
        for c in children_of(earlier):
            if c.dep_ in OBJECT_DEPS and c.i < it.i and c.tag_ in {"NN", "NNP"}:
                res = self.cache.get(c.i)
                if res is not None and res.resolved:
                    return False
                # "signs a deal with China and urges it to ...": an actor named between them
                # is the nearer reading
                return not any(
                    (r := self.cache.get(k)) is not None
                    and r.resolved
                    and r.kind in {"state", "org", "group"}
                    for k in range(c.i + 1, it.i)
                )
        return False

    def _state_we(self, head: Token, res: Resolution | None) -> Resolution | None:
        """A "we", "us", "our" that is a state's government (a release's author, a head of
        state speaking) stands for the nation as a whole ("we will defend our land": the
        country, no sector) or its people ("we mourn": CVL) when the words around it say so
        (`data/first_plural.tsv`); else it stays the government."""
        countries = self.resolver.kb.countries
        if (
            res is None
            or head.lower_ not in FIRST_PLURAL
            or res.sector != "GOV"
            or res.country not in countries
        ):
            return res
        found = _first_plural_reading(head)
        # ("the enemy destroyed us all": persons, though "destroy us" alone is the nation)
        open_to_persons = found is None or (head.lower_ == "us" and found[0] == "nation")
        if open_to_persons and not self._meeting_headline(head.doc):
            # two sides of a meeting "help each other" and "all" agree: not the people
            persons = _we_of_persons(head)
            if persons is not None and self._states_in(head.doc.vocab, head.sent.text) - {
                self.home
            }:
                persons = None  # "we and Poland support each other": two states
            persons = persons or self._we_named_as_people(head)
            found = ("people", persons) if persons is not None else found
        if (
            found is None
            and head.lower_ != "we"  # "We develop our relations": the government acting
            and not _owned_by_we(head)
            and res.kind == "state"
            and self._address_to_nation(head)
        ):
            found = ("nation", "an address to the nation")  # "Ukrainians! ... destroy us"
        if found is None and self._commemorative() and not self._in_quote(head):
            found = ("nation", "a proclamation or a holiday message")  # "This month, we honor"
        if found is None and self.home and _nation_by_default(head):
            # session 14: in an official release, a state speaker's "our" or "us" that no word
            # ties to its government ("our European values", "the key priority for us") is the
            # nation; a minister quoted in a news report ('"Our nurses work day and night,"
            # the minister said') keeps his government
            found = ("nation", "no word of the government acting")
        if found is not None and found[0] == "several":
            return None  # "lawmakers from our countries": several states, no one code
        if found is None or found[0] not in {"nation", "people"}:
            return res
        reading, cue = found
        iso = str(res.country)
        sector = "CVL" if reading == "people" else None
        return Resolution(
            countries[iso].name,
            f"{iso}-{sector}" if sector else iso,
            iso,
            sector,
            compose_code(iso, sector),
            "group" if sector else "state",
            [*res.why, f"'{head.text}' with '{cue}': the {reading} of {iso}"],
        )

    def _we_named_as_people(self, head: Token) -> str | None:
        """ "we Ukrainians", "Ukrainians, us, ...": a "we" or "us" in apposition with a group
        of a state's people (CVL) is that people. The group's words, or None."""
        others = [c for c in children_of(head) if c.dep_ == "appos"]
        if head.dep_ == "appos" or (head.dep_ == "conj" and head.doc[head.i - 1].text == ","):
            others.insert(0, head.head)  # "Ukrainians, us, ..."
        terms = self.resolver.kb.sector_terms
        for tok in others:
            if tok.tag_ not in PLURAL_TAGS:
                continue
            term = terms.get(tok.lower_)
            if (term is not None and term.kind == "noun" and term.sector == "CVL") or (
                self._states_in(tok.doc.vocab, tok.text)  # "we Ukrainians": a demonym
            ):
                return tok.text
        return None

    def _commemorative(self) -> bool:
        """A proclamation, a presidential message or a leader's greetings on a holiday or an
        anniversary (`COMMEMORATIVE_TITLE`): its author speaks for the nation, so a "we",
        "us", "our" with no cue of the government acting is the nation (session 12)."""
        return COMMEMORATIVE_TITLE.match(self.title or "") is not None

    def _address_to_nation(self, head: Token) -> bool:
        """A release that opens by hailing its own people ("Ukrainians!", "Great people of
        great Ukraine!"): its author speaks with and for the nation, so a "we", "us", "our"
        outside quotes with no cue of the government acting is the nation, not its government
        ("Another week of our struggle", "Russia's efforts to destroy us")."""
        if self._to_nation is None:
            self._to_nation = False
            first = next(iter(head.doc.sents), None)
            if first is not None and len(first) <= NATION_HAIL_TOKENS and first[-1].text == "!":
                for tok in first:
                    if tok.pos_ not in {"NOUN", "PROPN"} or tok.i >= head.i:
                        continue
                    res = self.resolve_head(tok)
                    if res is not None and res.country == self.home and res.sector in {None, "CVL"}:
                        self._to_nation = not self._in_quote(tok)
                        break
        return self._to_nation and not self._in_quote(head)

    def _coordinated_apart(self, seen: Seen, head: Token) -> bool:
        """A "they" whose nearest state or body is one of a coordination ("Sweden and
        Finland") is all of them: no one code when they differ."""
        doc = head.doc
        tok = doc[seen.token]
        linked = {c.i for c in children_of(tok) if c.dep_ == "conj"}
        if tok.dep_ == "conj":
            linked.add(tok.head.i)
        codes = {
            other.res.code
            for other in self._recent_history()
            if other.token in linked and other.token < head.i
        }
        return any(code != seen.res.code for code in codes)

    def _subjects_before(
        self, head: Token, start: int, recent: int
    ) -> tuple[Resolution | None] | None:
        """ "The Deputy Secretary and Deputy Foreign Minister discussed ... They reiterated",
        "Kamala Harris met with President Marcos ... They welcomed": a "they" that opens its
        sentence as subject carries on the subject of the sentence before when that was
        several actors (coordinated, or one who met or spoke with another), not a country
        named on the way. Actors of one code give it; of several, no one code (None). A
        "they" subject carries on an earlier "they" subject the same way. Returns None when
        the rule does not apply."""
        if head.dep_ not in {"nsubj", "nsubjpass"} or start == 0:
            return None
        doc = head.doc
        if any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[start : head.i]):
            return None
        root = next((t for t in doc[recent:start] if t.dep_ == "ROOT"), None)
        subj = next(
            (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}) if root else (), None
        )
        if subj is None:
            return None
        if subj.lower_ in PLURAL:
            return (self.cache.get(subj.i),) if subj.i in self.cache else None
        members = [subj, *(c for c in subj.conjuncts if recent <= c.i < start)]
        if len(members) == 1 and self._plural_of_nobody(subj):
            return (None,)  # "The presidents noted ... They also discussed": several, no one
        if len(members) == 1 and root.lemma_.lower() in ACCOMPANY_VERBS:
            # "Mallory Stewart will accompany the Under Secretary. ... they will meet"
            members += [c for c in root.children if c.dep_ == "dobj"]
        if len(members) == 1 and root.lemma_.lower() in JOINT_VERBS:
            members += [
                obj
                for prep in root.children
                if prep.dep_ == "prep" and prep.lower_ == "with"
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
        if len(members) < 2:
            return self._plural_subject_carried(head, subj)
        found = [self.resolve_head(m) for m in members]
        if any(r is None or not r.resolved for r in found):
            return None
        return (self._several_as_one(found, head),)  # type: ignore[arg-type]

    def _plural_subject_carried(self, head: Token, subj: Token) -> tuple[Resolution] | None:
        """ "Researchers took swabs from eighteen volunteers. They found ...": a "they" that
        opens its sentence as the subject of an active verb carries on the plural group that
        was the main subject of the sentence before, not a nearer group named on the way
        (session 13). A passive "they" ("They were taken to hospital") is left to recency:
        what happens to "they" most often happens to the people last named."""
        if head.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.tag_ not in PLURAL_TAGS:
            return None
        res = self.cache.get(subj.i)
        if res is None or not res.resolved or res.kind == "person":
            return None
        return (_as_pronoun(res, head),)

    def _plural_of_nobody(self, subj: Token) -> bool:
        """A plural group word ("The presidents", "the participants", "the two leaders") that
        names nobody in particular: a "they" carrying it on is nobody either, not a body
        named after it ("... within the Gas Exporting Countries Forum. They discussed")."""
        terms = self.resolver.kb.sector_terms
        if subj.tag_ not in {"NNS", "NNPS"} or not (
            subj.lower_ in terms or subj.lemma_.lower() in terms
        ):
            return False
        res = self.resolve_head(subj)
        return res is None or not res.resolved

    def _joint_after_person(self, head: Token, recent: int) -> bool:
        """ "The Vice President spoke with President Abbas ... She underscored ... They
        spoke about the West Bank": "they" doing a joint act (speak, discuss, agree, meet)
        after a person is that person and the one they met: several actors, no one code."""
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in JOINT_VERBS:
            return False
        doc = head.doc
        return any(
            recent <= s.token < head.i and s.res.kind == "person" and not s.plural
            for s in self.history[-HISTORY_LOOKBACK:]
        ) or any(t.lower_ in {"he", "she"} and t.dep_ == "nsubj" for t in doc[recent : head.i])

    def _clause_antecedent(self, head: Token) -> tuple[Resolution | None] | None:
        """The subject of the pronoun's own clause, where a reader takes it: "The President
        of Russia and the Chancellor of Germany will continue their contacts" (two states:
        no one code), "Participants ... reaffirming their readiness" (nobody), "The fire
        department of Tokyo, Japan, reports ..., its highest total" (the department, not
        Japan), "The Israeli military says they fired" (a body speaks of itself as "they").
        Returns None when the rule does not apply."""
        lower = head.lower_
        if head.dep_ == "poss" and lower in PLURAL | THING:
            subject = _governing_subject(head, lower in PLURAL)
        elif lower == "they" and head.dep_ == "nsubj" and head.head.dep_ in {"ccomp", "relcl"}:
            above = _governing_subject(head.head, True)
            res = self.cache.get(above.i) if above is not None and above.i < head.i else None
            body = res is not None and (res.kind in {"org", "group"} or above.pos_ == "NOUN")
            if body and res.resolved and res.kind != "person":  # type: ignore[union-attr]
                return (_as_pronoun(res, head),)  # "the Russian military are doing all they can"
            if (
                res is not None
                and res.resolved
                and above is not None
                and above.lemma_.lower() in SPEAKS_FOR_BODY
            ):
                # "The interior ministry spokesman told reporters that they would deport the
                # men": the body the spokesperson speaks for, not the reporters (session 13)
                return (_as_pronoun(res, head),)
            return None
        else:
            return None
        if subject is None or subject.i >= head.i:
            return None
        if subject.left_edge.i <= head.i <= subject.right_edge.i:
            return None  # "four of its soldiers were wounded": "its" is not the subject's own
        if _object_between(subject, head):
            return None  # "thanked Cambodia for its support"
        if subject.pos_ == "PRON":
            return self._subject_pronoun_owner(head, subject)
        members = [subject, *(c for c in subject.conjuncts if subject.i < c.i < head.i)]
        plural = len(members) > 1 or subject.tag_ in {"NNS", "NNPS"}
        if (lower in PLURAL) != plural:
            return None
        found = [self.resolve_head(m) for m in members]
        if lower in THING:
            res = found[0]
            if res is None or not res.resolved:
                # "Dplus KIA defeats ... securing its first title": no actor's
                return (None,) if subject.pos_ in {"NOUN", "PROPN"} else None
            if res.kind not in {"state", "org", "group"}:
                return None  # a person is no "it"
            return (_as_pronoun(res, head),)
        if any(r is None or not r.resolved for r in found):
            return (None,)  # "Participants discussed their efforts": nobody in particular
        return (self._several_as_one(found, head),)  # type: ignore[arg-type]

    def _subject_pronoun_owner(self, head: Token, subject: Token) -> tuple[Resolution] | None:
        """ "so they don't have to choose between paying for basic necessities or their student
        loan": a "their" whose clause's subject is "they" (an "its" whose subject is "it") is
        what that pronoun was read as, whatever plural noun comes between (round 16). None
        when the subject is another pronoun or was read as nobody."""
        lower = head.lower_
        same = (lower in PLURAL and subject.lower_ == "they") or (
            lower in THING and subject.lower_ == "it"
        )
        res = self.cache.get(subject.i) if same else None
        if res is None or not res.resolved:
            return None
        return (_as_pronoun(res, head),)

    def _possessive_owner(self, head: Token) -> tuple[Resolution | None] | None:
        """Whose a possessive is, read from the phrase it sits in, before recency (round 15):
        "Czech Airlines and its subsidiary" (the phrase it is coordinated with), "For his
        part, Ben Wallace assured ..." (the subject of the clause a fronted phrase opens),
        "Pope Leo XIV inaugurates the tower of Gaudi ... during his visit" (a "his"/"her"
        is its clause's subject, not a person named on the way, unless a person is the
        verb's object). None when no rule applies."""
        if head.dep_ != "poss":
            return None
        lower = head.lower_
        noun = head.head
        if noun.dep_ in {"compound", "appos"} and noun.head.i > head.i:
            noun = noun.head  # "its subsidiary Smartwings"
        if noun.dep_ == "conj" and noun.head.i < head.i and noun.head.pos_ in {"NOUN", "PROPN"}:
            first = noun.head
            res = self.resolve_head(first)
            if self._owner_agrees(lower, first, res):
                return (_as_pronoun(res, head),)  # type: ignore[arg-type]
            return None
        act = self._act_owner(head)
        if act is not None:
            return act
        subject = _governing_subject(head, lower in PLURAL)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        verb = subject.head
        if subject.left_edge.i > head.i:
            top = head
            while top.head.i != verb.i and top.head.i != top.i:
                top = top.head
            after = top.right_edge.i + 1
            opens = top.left_edge.i == self.sentence_start(head) and top.dep_ == "prep"
            if not opens or after >= len(head.doc) or head.doc[after].text != ",":
                return None
            res = self.resolve_head(subject)
            return (_as_pronoun(res, head),) if self._owner_agrees(lower, subject, res) else None
        if lower not in PERSONAL or subject.right_edge.i >= head.i:
            return None
        own = _verb_above(head)
        while own is not None and own.i != verb.i:
            if own.dep_ not in {"advcl", "conj", "xcomp"}:
                return None  # "the support shown by Scholz during his visit": Scholz's
            own = own.head
        res = self.cache.get(subject.i)
        if not self._owner_agrees(lower, subject, res):
            return None
        for c in children_of(verb):
            if c.dep_ in {"dobj", "dative"} and subject.i < c.i < head.i:
                other = self.cache.get(c.i)
                if c.ent_type_ == "PERSON" or (other is not None and other.kind == "person"):
                    return None  # "police arrest Andrew ... his links": the one arrested
        return (_as_pronoun(res, head),)  # type: ignore[arg-type]

    def _violated_owner(self, head: Token) -> tuple[Resolution | None] | None:
        """ "Norway reports that Russia has violated its airspace": what a state violates,
        breaches or invades is another's, so an "its"/"their" on the verb's object is not the
        verb's subject but the subject of the clause that reports it (Norway), or nobody
        said when there is none (session 16). None when the rule does not apply."""
        if head.dep_ != "poss" or head.lower_ not in THING | PLURAL:
            return None
        noun = head.head
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in VIOLATION_VERBS:
            return None
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > head.i:
            return None
        if verb.dep_ != "ccomp":
            return None  # fall back on recency: an actor named before the subject
        above = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
        if above is None or above.i > subject.i:
            return None
        res = self.resolve_head(above)
        if not self._owner_agrees(head.lower_, above, res):
            return None
        return (_as_pronoun(res, head),)  # type: ignore[arg-type]

    def _act_owner(self, head: Token) -> tuple[Resolution] | None:
        """ "After Kenya's decision to close its border, Uganda ...", "the government of
        Chad's failure to complete its electoral process": a possessive inside the words that
        complete a noun of an act owned by an actor is that owner's, the doer of the act,
        rather than the clause's subject (session 16). Climbs from the pronoun's noun through
        the phrase (prepositions, infinitives, objects) while no verb with a subject of its own
        comes between. None when the rule does not apply."""
        tok = head.head
        for _ in range(8):
            if tok.pos_ in {"VERB", "AUX"} and (
                tok.dep_ in {"ROOT", "ccomp", "advcl", "relcl", "parataxis"}
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(tok))
            ):
                return None  # a clause of its own: "Norway says Russia violated its airspace"
            parent = tok.head
            if parent.i == tok.i:
                return None
            if parent.pos_ == "NOUN" and tok.dep_ in {"prep", "acl", "pobj", "dobj"}:
                owner = next(
                    (c for c in children_of(parent) if c.dep_ == "poss" and c.pos_ != "PRON"),
                    None,
                )
                if owner is not None and owner.i < head.i:
                    return self._owner_of_act(head, parent, owner)
            tok = parent
        return None

    def _owner_of_act(self, head: Token, act: Token, owner: Token) -> tuple[Resolution] | None:
        """The owner of an act noun as `head`'s antecedent, when it agrees with the pronoun
        and no actor of another country is named between them ("Russia's war against Ukraine
        and its people": no rule). "the government of Chad's failure": the parser hangs
        "Chad's" on the act, and the owner is the body the whole phrase names."""
        res = self.resolve_head(owner)
        if res is None or not self._owner_agrees(head.lower_, owner, res):
            return None
        of = act.head
        if act.dep_ == "pobj" and of.lower_ == "of" and owner.left_edge.i == of.i + 1:
            body = self.cache.get(of.head.i)
            if body is not None and body.resolved and body.country == res.country:
                res = body
        for k in range(owner.i + 1, head.i):
            other = self.cache.get(k)
            if other is not None and other.resolved and other.country != res.country:
                return None
        return (_as_pronoun(res, head),)

    def _owner_agrees(self, lower: str, tok: Token, res: Resolution | None) -> bool:
        """Whether a possessive can stand for this actor: "his"/"her" a person of no other
        gender, "its" one state or body, "their" a plural or a body."""
        if res is None or not res.resolved:
            return False
        if lower in PERSONAL:
            if res.kind != "person" and not _named_person(tok, res):
                return False
            seen = Seen(res, tok.i, None, False)
            return self._gender(seen, tok.doc) in {None, _pronoun_gender(lower)}
        plural = tok.tag_ in PLURAL_TAGS or bool(tok.conjuncts)
        if lower in THING:  # "Czech Airlines", "the United States": one body, one state
            return res.kind in {"state", "org", "group"} and tok.tag_ != "NNS"
        return lower in PLURAL and (plural or res.kind in {"org", "group"})

    def _several_as_one(self, found: list[Resolution], head: Token) -> Resolution | None:
        """What a "they" for several actors codes as: their code when they share it; their
        country alone when they are groups of one state ("its officials, its propagandists
        and ordinary people ... They" → the state as a whole); else no one code (two people
        of different roles, "the Vice President and the Second Gentleman", are no state)."""
        if len({r.code for r in found}) == 1:
            return _as_pronoun(found[0], head)
        countries = {r.country for r in found}
        iso = next(iter(countries))
        if len(countries) > 1 or iso not in self.resolver.kb.countries:
            return None
        if any(r.kind == "person" or r.titled for r in found):
            return None
        names = ", ".join(str(r.name or r.code) for r in found)
        return Resolution(
            self.resolver.kb.countries[iso].name,
            iso,
            iso,
            None,
            iso,
            "state",
            [f"'{head.text}': {names}, all of {iso}"],
        )

    def _opening_subject_before(self, head: Token, start: int, recent: int) -> Token | None:
        """For a subject pronoun that opens its sentence (no subject before it there): the
        single (not coordinated) subject of the main clause of the sentence before."""
        if head.dep_ not in {"nsubj", "nsubjpass"} or start == 0:
            return None
        doc = head.doc
        if any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[start : head.i]):
            return None
        if start not in self._main_subjects:
            root = next((t for t in doc[recent:start] if t.dep_ == "ROOT"), None)
            subject = next(
                (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"})
                if root
                else iter(()),
                None,
            )
            ok = subject is not None and not subject.conjuncts
            self._main_subjects[start] = subject.i if ok else None  # type: ignore[union-attr]
        found = self._main_subjects[start]
        return doc[found] if found is not None else None

    def _previous_subject_person(
        self, head: Token, start: int, recent: int, gender: str
    ) -> Resolution | None:
        """ "Wendy Sherman met Foreign Minister Prak Sokhonn. She asked ...": a "he"/"she"
        that opens its sentence as subject carries on the person who was the main subject
        of the sentence before, when the gender allows, rather than the nearer object."""
        subject = self._opening_subject_before(head, start, recent)
        if subject is None:
            return None
        doc = head.doc
        if subject.pos_ not in {"NOUN", "PROPN"} and subject.lower_ not in PERSONAL:
            return None  # "we will agree with him. He must ...": not the speaker
        res = self.cache.get(subject.i)
        if res is None or res.kind != "person" or not res.resolved or res.sector is None:
            # (a subject coded by nationality alone, "Italian nun Jane Roe is sworn in as
            # President of ...": the nearer title says more about the same person)
            return None
        seen = Seen(res, subject.i, None, False)
        return res if self._gender(seen, doc) in {None, gender} else None

    def _previous_subject_thing(
        self, head: Token, start: int, recent: int
    ) -> tuple[Resolution | None] | None:
        """ "This amendment further expands our partnership. It fully opens ...": an "it"
        that opens its sentence as subject carries on the singular main subject of the
        sentence before: that state or body, or nobody when the subject is no actor (the
        amendment), not the country named on the way. None when the rule does not apply."""
        subject = self._opening_subject_before(head, start, recent)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.tag_ in PLURAL_TAGS:
            return None
        res = self.cache.get(subject.i)
        if res is None or not res.resolved:
            return (None,)
        return (_as_pronoun(res, head),) if res.kind in {"state", "org", "group"} else None

    def _gender(self, seen: Seen, doc: Doc) -> str | None:
        """A person's gender as the text shows it: an honorific or gendered title of their
        mention ("Ms.", "spokeswoman"), else a "he" or "she" already read as them."""
        key = _person_key(seen.res)
        if key is not None and key in self._genders:
            return self._genders[key]
        words = [t.text for t in self.phrase(doc[seen.token])]
        found = _gender_of([*words, *(seen.res.title or "").split()])
        if key is not None and found is not None:
            self._genders[key] = found
        return found

    def _learn_gender(self, res: Resolution, gender: str | None) -> None:
        key = _person_key(res)
        if key is not None and gender is not None:
            self._genders.setdefault(key, gender)

    def _nested(self, seen: Seen, doc: Doc) -> bool:
        """A state named inside a body's name ("The Security Service of Ukraine ... its
        role ... they"): the body is the antecedent, not the state in its name."""
        tok = doc[seen.token]
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        outer = self.cache.get(tok.head.head.i)
        return outer is not None and outer.resolved and outer.kind in {"org", "group", "state"}

    def _plural_name(self, seen: Seen, doc: Doc) -> bool:
        """A group named in the plural ("the Houthis", singular "Houthi"): a "they"."""
        if seen.res.kind not in {"org", "group"}:
            return False
        tok = doc[seen.token]
        if tok.pos_ != "PROPN":
            return False
        text = tok.text
        return text.endswith("s") and normalise(text[:-1]) in self.resolver.kb.org_index()

    def _plural_noun_between(self, head: Token, after: int, own_subject: set[int]) -> bool:
        """A plural noun that is no actor between a "them"/"their" and the actor found
        ("works with global brands for them to leave", "providing air carriers ... their
        customers"): the pronoun is the nearer noun's, so no actor. A "they" subject is
        left alone ("Russian troops fired rockets ... and they")."""
        if head.lower_ not in PLURAL or head.lower_ == "they":
            return False
        doc = head.doc
        start = max(after + 1, self.sentence_start(head))
        for k in range(start, head.i):
            tok = doc[k]
            if (
                tok.tag_ == "NNS"
                and tok.dep_ in ARGUMENT_DEPS
                and k not in own_subject
                and tok.lower_ not in NOT_REFERENTS
                and tok.ent_type_ not in NOT_ACTOR_ENTS
                # "their wages, their safety": a noun a pronoun owns owns nothing itself
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok))
            ):
                res = self.cache.get(k)
                if res is None or not res.resolved:
                    return True
        return False

    def _joint_statement(self, doc: Doc) -> bool:
        """A release headed "Joint Statement of the United States, Japan and Australia"
        (a line with "joint statement" near the top naming two states or more): its "we"
        and "our" are several governments, no one actor."""
        if self._joint is None:
            self._joint = False
            text = text_of(doc)[:JOINT_HEADING_WITHIN]
            at = text.lower().find("joint statement")
            if at >= 0:
                lo = text.rfind("\n", 0, at) + 1
                hi = text.find("\n", at)
                line = doc.char_span(lo, hi if hi >= 0 else len(text), alignment_mode="expand")
                if line is not None:
                    states = {
                        str(c.value)
                        for c in self.resolver.index.scan(list(line))
                        if c.kind in {"country", "adjective"}
                    }
                    self._joint = len(states) >= 2
            if not self._joint and self.title:
                self._joint = self._joint_title(doc.vocab, self.title)
        return self._joint

    def _joint_title(self, vocab, title: str) -> bool:  # noqa: ANN001
        """A headline "United States-Japan Joint Leaders' Statement", "Ministerial Statement
        of the French Republic, the United Kingdom ... and the United States", "Joint
        Statement by Boris Johnson, Prime Minister of the United Kingdom and Volodymyr
        Zelenskyy, President of Ukraine": several states speak. The releasing state and
        another named anywhere in it, or two states named before what the statement is
        about ("Joint Statement by ... on Russia's invasion of Ukraine" is not enough)."""
        heading = JOINT_TITLE.search(title)
        if heading is None or JOINT_TITLE_ABOUT.search(title[: heading.start()]):
            return False  # "Background Press Call on the Joint Statement ...": about one

        def states(text: str) -> set[str]:
            words = Doc(vocab, words=re.findall(r"[\w.'’]+|[^\w\s]", text))
            found = self.resolver.index.scan(list(words))
            return {str(c.value) for c in found if c.kind in {"country", "adjective"}}

        named = states(title)
        if self.home in named and len(named) >= 2:
            return True
        return len(states(JOINT_TITLE_TOPIC.split(title, maxsplit=1)[0])) >= 2

    def _joint_body(self, doc: Doc) -> Resolution | None:
        """ "G7 Apulia Leaders' Communiqué", "NATO Summit Declaration": a communiqué of an
        organisation of states, named before the heading with no state beside it. Its "we" and
        "our" are that organisation, not the government whose site publishes the text (session
        14: the White House's copy of a G7 communiqué gave its "we" to the United States)."""
        if self._joint_igo is None:
            found = None
            title = self.title or ""
            heading = JOINT_TITLE.search(title) or COMMUNIQUE_TITLE.search(title)
            if heading is not None and not JOINT_TITLE_ABOUT.search(title[: heading.start()]):
                before = re.findall(r"[\w.'’]+|[^\w\s]", title[: heading.start()])
                words = list(Doc(doc.vocab, words=before)) if before else []
                cues = self.resolver.index.scan(words)
                if not any(c.kind in {"country", "adjective"} for c in cues):
                    for cue in (c for c in cues if c.kind == "org"):
                        res = self.resolver.resolve_tokens(words[cue.start : cue.end], self.day)
                        if res.kind == "org" and (res.code or "").startswith("IGO"):
                            found = res
                            break
            self._joint_igo = (found,)
        return self._joint_igo[0]

    def _author(self, head: Token) -> Resolution | None:
        """ "I", "we" outside any quote: the transcript's current speaker, else, in an
        official release, the state that issues it (a president's statement, a
        department's announcement). Inside a quote whose speaker is no actor or not found
        ("The message reads, in part: ...", "... ," the Head of State informed), an official
        release quotes its own principal."""
        quoted = self._in_quote(head)
        turn = None if quoted else self._turn_speaker(head)
        if turn is not None:
            return replace(turn, why=[*turn.why, f"'{head.text}': the speaker of this turn"])
        if self.home is None:
            return None
        body = self._joint_body(head.doc) if head.lower_ in FIRST_PLURAL and not quoted else None
        if body is not None:
            why = f"'{head.text}': the body whose communiqué this is"
            return replace(body, why=[*body.why, why])
        if head.lower_ in FIRST_PLURAL and self._joint_statement(head.doc):
            return None  # "Our leaders" in a joint statement of several governments
        by_line = None if quoted else self._headline_speaker(head.doc)
        if by_line is not None:
            return replace(
                by_line, why=[*by_line.why, f"'{head.text}': the speaker the headline names"]
            )
        where = "in a quote with no known speaker" if quoted else "outside quotes"
        return Resolution(
            self.resolver.kb.countries[self.home].name,
            f"{self.home}-GOV",
            self.home,
            "GOV",
            compose_code(self.home, "GOV"),
            "state",
            [f"'{head.text}' {where}: the author of this official release ({self.home})"],
        )
