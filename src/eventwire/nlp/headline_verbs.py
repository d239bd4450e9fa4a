"""Repair the parse of headline-style sentences whose verb the tagger read as a noun.

News summaries and headlines use the present tense ("The Houthis launch a missile at
Israel", "Israeli settlers shoot and injure five Palestinians", "A court sentences X to
prison"). The small English model often tags such a verb as a noun, and the sentence then
has no verb at all, so no event can be found in it. For a sentence without a verb we look
for the word that reads as a known verb right after its subject, parse the sentence again
with that word in the past tense ("launched"), and copy the new tags and tree back into the
document. Text, spans and entities stay as they were; only tags, lemmas and the tree change.

A sentence that has some other verb can hide a misread one too: "The Houthis claim
responsibility for the attack" ("claim" a noun modifier), "A federal appeals court rules that
the tariffs are illegal" (the root is "are"). There the word must stand where a clause's verb
stands (after its subject, with no verb before it in the clause) and be followed by what opens
an object or a complement (a noun phrase, "that", "to" + verb, a particle), never by a verb
("Israeli strikes kill": "strikes" is the subject). The re-parse is kept only when the word
then heads a clause with a subject before it and an object or complement after it.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, IS_LOWER, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.pipeline import (
    among,
    forget_tree,
    id_set,
    sentence_of,
    token_columns,
    tokens_of,
)

VERB_POS = {"VERB", "AUX"}
ATTRS = [HEAD, DEP, POS, TAG, LEMMA]  # what a re-parse changes (text and entities stay)
# Where a verb can follow its subject: the end of a noun phrase or a closing bracket.
SUBJECT_END_POS = {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}  # ADJ: "the French military"
PLURAL_TAGS = {"NNS", "NNPS"}
# Nouns without a plural ending that take a plural verb: "Police arrest", "people flee"
PLURAL_COLLECTIVES = {"police", "people", "personnel"}
MISREAD_POS = {"NOUN", "ADJ", "PROPN"}  # what the tagger makes of a present-tense verb
# A verb tag in a noun's place in the tree: "The Houthis claim responsibility" with "claim" a
# compound of "responsibility"
NOUN_DEPS = {"compound", "amod", "nmod", "appos", "npadvmod", "pobj", "dobj", "poss"}
# What opens a verb's object: "claim responsibility", "arrest two suspects", "sign an accord"
OBJECT_START_POS = {"DET", "NUM", "PROPN", "NOUN", "PRON", "ADJ"}
# Words that open a clause, after which a new subject and verb may follow: "after a court
# orders their arrest", "says that the Houthis claim"
CLAUSE_OPENERS = {
    "that",
    "after",
    "as",
    "while",
    "when",
    "because",
    "since",
    "before",
    "until",
    "once",
    "although",
    "though",
    "whether",
    "if",
    "where",
}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# How a sentence that opens with a phrase before its subject begins: "In Gaza, ...", "After the
# vote, ...", "Meanwhile, ..."
INTRODUCTORY_POS = {"ADP", "SCONJ", "ADV", "VERB", "AUX", "PUNCT"}
PRESENT_TAGS = {"VBZ", "VBP", "VB"}  # the tagger gives "report" after a name VB too
COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "prt", "dative", "attr", "oprd"}
# Past forms the "-ed" rule gets wrong, for verbs that news reports use.
IRREGULAR_PAST = {
    "begin": "began",
    "break": "broke",
    "bring": "brought",
    "buy": "bought",
    "cut": "cut",
    "drive": "drove",
    "fight": "fought",
    "flee": "fled",
    "give": "gave",
    "hit": "hit",
    "hold": "held",
    "keep": "kept",
    "lead": "led",
    "leave": "left",
    "make": "made",
    "meet": "met",
    "overthrow": "overthrew",
    "put": "put",
    "say": "said",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shoot": "shot",
    "shut": "shut",
    "sink": "sank",
    "speak": "spoke",
    "steal": "stole",
    "strike": "struck",
    "take": "took",
    "tell": "told",
    "throw": "threw",
    "win": "won",
    "withdraw": "withdrew",
    "write": "wrote",
}
VOWELS = set("aeiou")


def past_tense(base: str) -> str:
    """ "launch" -> "launched", "sentence" -> "sentenced", "ban" -> "banned"."""
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in VOWELS:
        return base[:-1] + "ied"
    short_cvc = (
        len(base) <= 4
        and base[-1] not in VOWELS | {"w", "x", "y"}
        and base[-2] in VOWELS
        and base[-3:-2] not in VOWELS
    )
    return base + base[-1] + "ed" if short_cvc else base + "ed"


def verb_base(word: str, verbs: frozenset[str]) -> str | None:
    """The known verb a present-tense form stands for ("launches" -> "launch"), if any."""
    word = word.lower()
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return next((f for f in forms if f in verbs), None)


def _plural(tok: Token) -> bool:
    """A plural noun, including names the tagger calls singular ("the Houthis"). A word with
    an invisible character or a digit in it is none: its tag is a guess."""
    if not tok.is_alpha:
        return False
    if tok.tag_ in PLURAL_TAGS or tok.lower_ in PLURAL_COLLECTIVES:
        return True
    text = tok.text
    return tok.pos_ == "PROPN" and text[0].isupper() and text.endswith("s") and text[-2:] != "ss"


class HeadlineVerbs:
    """Re-parse sentences whose verb was read as a noun, with that verb in the past tense."""

    def __init__(self, nlp: Language, verbs: Iterable[str]) -> None:
        self.parse = nlp  # entities are not copied back, so the re-parse skips them
        self.verbs = frozenset(v.lower() for v in verbs)
        # the same tests on attribute ids, which are cheaper to read than their strings
        strings = nlp.vocab.strings
        self._verb_pos = id_set(POS_IDS[p] for p in VERB_POS)
        self._verb = POS_IDS["VERB"]
        self._noun_pos = id_set(POS_IDS[p] for p in MISREAD_POS)
        self._noun_deps = id_set(strings.add(d) for d in NOUN_DEPS)
        self._root_dep = strings.add("ROOT")
        # every word `verb_base` reads as a known verb ("launch", "launches", "carries")
        forms = {f for v in self.verbs for f in (v, v + "s", v + "es")}
        forms |= {v[:-1] + "ies" for v in self.verbs if v.endswith("y")}
        self._verb_forms = frozenset(get_string_id(f) for f in forms)

    def __call__(self, doc: Doc) -> int:
        """Repair every sentence of ``doc`` with a misread verb in place; returns how many."""
        tokens = tokens_of(doc)
        # roots that are not verbs, and lower-case known verb forms read as nouns, found with
        # array tests over the whole document (most sentences have a verb root, `Doc.sents` /
        # `Span.root` walk every sentence, and spaCy builds a Token on every access)
        columns = token_columns(doc)  # (one `to_array` the later stages read too)
        pos, dep, lower, is_lower = (columns[a] for a in (POS, DEP, LOWER, IS_LOWER))
        verbless_root = (dep == self._root_dep) & ~among(pos, self._verb_pos)
        read_as_noun = among(pos, self._noun_pos) | (
            (pos == self._verb) & among(dep, self._noun_deps)
        )
        roots = [tokens[i] for i in np.flatnonzero(verbless_root).tolist()]
        lower_ids = lower.tolist()
        candidates = [
            tokens[i]
            for i in np.flatnonzero(~verbless_root & read_as_noun & (is_lower == 1)).tolist()
            if lower_ids[i] in self._verb_forms  # (`verb_base` reads no other word as a verb)
        ]
        found: list[tuple[Span, tuple[Token, str], bool]] = []
        for root in roots:
            sent = sentence_of(root)
            if len(sent) < 4 or sent.root.i != root.i:
                continue
            verb = self._misread_verb(sent)
            if verb is not None:
                found.append((sent, verb, False))
        repaired_roots = {sent.root.i for sent, _, _ in found}
        for tok, base in self._misread_verbs_beside_a_verb(tokens, candidates):
            if _root_of(tok).i not in repaired_roots:
                repaired_roots.add(_root_of(tok).i)
                found.append((sentence_of(tok), (tok, base), True))
        if not found:
            return 0
        # all of a document's sentences parsed again in one batch, copied back in one go
        texts = [_with_past_tense(sent, verb) for sent, verb, _ in found]
        array = doc.to_array(ATTRS)
        repaired = 0
        for (sent, (tok, base), beside_a_verb), new in zip(
            found, self.parse.pipe(texts, disable=["ner"]), strict=True
        ):
            k = tok.i - sent.start
            if len(new) != len(sent) or new[k].pos_ != "VERB":
                continue  # the words did not line up, or the parser still sees no verb
            if beside_a_verb and not _heads_a_clause(new[k]):
                continue  # the new tree does not read it as a clause's verb either
            if not beside_a_verb and not _is_a_clause_verb(new[k]):
                continue  # "Guinea-Bissau expelled representatives" read as a modifier
            array[sent.start : sent.end] = new.to_array(ATTRS)
            array[tok.i, ATTRS.index(LEMMA)] = doc.vocab.strings.add(base)
            repaired += 1
        if repaired:
            doc.from_array(ATTRS, array)
            forget_tree(doc)  # the heads changed
        return repaired

    def _misread_verbs_beside_a_verb(
        self, tokens: list[Token], candidates: list[Token]
    ) -> Iterable[tuple[Token, str]]:
        """Words in a verb's place, read as nouns (``candidates``: lower-case forms of known
        verbs, tagged as nouns or hung in the tree as nouns), in sentences that may have another
        verb: "The Houthis claim responsibility", "a court rules that", "police arrest two men"."""
        last = len(tokens) - 1
        for tok in candidates:
            if tok.i == 0 or tok.i == last:
                continue
            base = verb_base(tok.text, self.verbs)
            if base is None:
                continue
            if not (_opens_an_object(tokens, tok.i + 1) or self._object_read_as_verb(tok)):
                continue
            before = _subject_end(tok)
            if before is None:
                continue
            subject = _clause_before(tokens, tok)
            if subject is None or not _agrees(tok, base, before, subject):
                continue
            yield tok, base

    def _misread_verb(self, sent: Span) -> tuple[Token, str] | None:
        """The first lower-case word after a subject that is a known verb in a form that
        agrees with it: "Houthis launch", "court sentences"."""
        words = [t for t in sent if t.is_alpha]
        title_case = len(words) >= 3 and sum(t.is_title for t in words) >= 0.7 * len(words)
        for tok in sent[1:]:
            # a lower-case word, or any word of a title-case headline ("U.S. Lifts Ban")
            if not (tok.is_lower or (title_case and tok.is_title)):
                continue
            if not _read_as_noun(tok):
                continue
            before = _subject_end(tok)
            if before is None:
                continue
            if before.i != tok.i - 1 and not _opens_an_object_or_adjunct(tok.doc, tok.i + 1):
                continue  # "In short, attacks continue" is no "..., attacks the city"
            base = verb_base(tok.text, self.verbs)
            if base is None:
                continue
            if self._modifies_the_subject_of_a_verb(tok):
                continue  # "a Vatican appeals court orders a retrial": "orders" is the verb
            if _agrees(tok, base, before, list(sent[: tok.i - sent.start])):
                return tok, base
        return None

    def _object_read_as_verb(self, tok: Token) -> bool:
        """A word tagged as a present-tense verb but hung as a compound of the next word, which
        the tagger took for the verb: "The junta grants amnesty to ..." ("amnesty" the root). The
        next word must be no verb we know: in "Israeli strikes kill" it is the verb."""
        nxt = tok.nbor(1)
        return (
            tok.tag_ in PRESENT_TAGS
            and tok.dep_ == "compound"
            and tok.head.i == nxt.i
            and nxt.is_lower
            and nxt.is_alpha
            and nxt.lower not in self._verb_forms
        )

    def _modifies_the_subject_of_a_verb(self, tok: Token) -> bool:
        """Whether ``tok`` modifies the noun after it, itself followed by a known verb read as
        a noun that agrees with that noun and opens an object: "appeals" in "a Vatican appeals
        court orders a retrial", where the verb is the second word."""
        doc = tok.doc
        if tok.i + 3 >= len(doc):
            return False
        noun, verb = doc[tok.i + 1], doc[tok.i + 2]
        if noun.pos_ not in {"NOUN", "PROPN"} or not verb.is_lower or not _read_as_noun(verb):
            return False
        base = verb_base(verb.text, self.verbs)
        return (
            base is not None
            and _agrees(verb, base, noun, [noun])
            and _opens_an_object(doc, verb.i + 1)  # "missile attacks on ships": no object
        )


def _read_as_noun(tok: Token) -> bool:
    """Tagged as a noun, or tagged as a verb but placed in the tree as a noun."""
    return tok.pos_ in MISREAD_POS or (tok.pos_ == "VERB" and tok.dep_ in NOUN_DEPS)


def _agrees(tok: Token, base: str, before: Token, subject: list[Token]) -> bool:
    """Whether the present form agrees with the subject before it."""
    if tok.lower_ != base:  # "court sentences": a singular subject
        # (not after a number: "with 325 votes", "three reprisal massacres" count a plural noun)
        return not _plural(before) and not _counted(before)
    # "Houthis launch", "settlers in the West Bank shoot", "X and Y meet"
    return any(_plural(t) or t.lower_ in {"they", "we", "and"} for t in subject)


def _subject_end(tok: Token) -> Token | None:
    """The last word of the subject ``tok`` would follow as its verb: the word before it when
    that ends a noun phrase, or the word before a comma that closes an aside on the subject
    ("The court in Moscow, Russia, sentences", "Timmermans, the party's leader, steps down");
    None otherwise. A sentence that opens with a phrase of its own ("In Gaza, Palestine, ...")
    has no subject before its first comma."""
    doc = tok.doc
    before = doc[tok.i - 1]
    if before.pos_ in SUBJECT_END_POS or before.text == ")":
        return before
    if before.text != "," or tok.i < 4 or before.is_sent_start:
        return None
    end = doc[tok.i - 2]
    if end.pos_ not in SUBJECT_END_POS or end.is_sent_start:
        return None
    i, opened = tok.i - 3, False
    while i > 0 and not doc[i].is_sent_start:
        t = doc[i]
        if t.pos_ in VERB_POS or t.lower_ in CLAUSE_OPENERS:
            return None  # the comma ends a clause, not an aside
        if t.text == "," and doc[i - 1].pos_ in {"NOUN", "PROPN"}:
            opened = True
        i -= 1
    return end if opened and doc[i].pos_ not in INTRODUCTORY_POS else None


def _opens_an_object_or_adjunct(tokens: list[Token] | Doc, i: int) -> bool:
    """An object or complement, or a preposition ("vote for", "protest in Athens")."""
    return i < len(tokens) and (tokens[i].pos_ == "ADP" or _opens_an_object(tokens, i))


def _is_a_clause_verb(verb: Token) -> bool:
    """The root of its sentence, or a verb with its subject before it that does not modify a
    noun ("Peace talked resume": "talked" a modifier of "resume", with a subject of its own)."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ not in NOUN_DEPS and any(
        c.i < verb.i and c.dep_ in SUBJECT_DEPS for c in verb.children
    )


def _counted(before: Token) -> bool:
    """Whether the word before an -s form is a number, or ends lower-case modifiers that a
    count opens ("three reprisal massacres"): then the -s form is the counted noun. A measure
    counts nothing ("a 7.7 magnitude earthquake strikes")."""
    if before.like_num:
        return True
    tok = before
    while tok.i > 0 and tok.is_lower and tok.pos_ in {"NOUN", "ADJ"}:
        tok = tok.nbor(-1)
    return tok.i != before.i and tok.like_num and (tok.is_alpha or tok.is_digit)


def _opens_an_object(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` can open a verb's object or complement: a noun phrase,
    "that", "to" + verb, a particle ("breaks off relations"). A verb or an adverb there
    means the word before is the subject ("Israeli strikes kill", "forces reportedly kill")."""
    nxt = tokens[i]
    if nxt.tag_ == "RP" or nxt.lower_ == "that":
        return True
    if nxt.tag_ == "TO":
        return i + 1 < len(tokens) and tokens[i + 1].pos_ == "VERB"
    if nxt.pos_ == "PRON" and nxt.tag_ in {"WP", "WDT"}:
        return False  # "the forces who ...": a relative clause on a noun
    if nxt.pos_ == "PROPN" and _name_then_present_verb(tokens, i):
        return False  # "the cruise ship Caribbean Princess has", "champion Kyle Busch dies"
    return nxt.pos_ in OBJECT_START_POS and not nxt.is_sent_start


def _name_then_present_verb(tokens: list[Token], i: int) -> bool:
    """Whether the names from ``i`` on ("Al Arabiya and Al Hadath") are followed by a verb in
    the present tense: then the names are the subject and the word before them names what
    they are ("news channels Al Arabiya and Al Hadath report")."""
    while i < len(tokens) and (tokens[i].pos_ == "PROPN" or tokens[i].lower_ == "and"):
        i += 1
    return i < len(tokens) and (tokens[i].tag_ in PRESENT_TAGS or tokens[i].pos_ == "AUX")


def _clause_before(tokens: list[Token], tok: Token) -> list[Token] | None:
    """The words of ``tok``'s clause before it, when none of them is a verb (so that ``tok``
    stands where the clause's verb would); None when a verb comes first."""
    i = tok.i - 1
    while i >= 0:
        t = tokens[i]
        if t.pos_ in VERB_POS:
            return None  # "Russia rejected the plan ..." : the clause has its verb
        if t.lower_ in CLAUSE_OPENERS or t.is_sent_start:  # not "for": "for X to do"
            return tokens[i : tok.i]
        i -= 1
    return tokens[: tok.i]


def _root_of(tok: Token) -> Token:
    """The root of ``tok``'s sentence, found by its heads (cheaper than `Token.sent`)."""
    while tok.head.i != tok.i:
        tok = tok.head
    return tok


def _heads_a_clause(verb: Token) -> bool:
    """A verb with its subject before it and an object or complement after it."""
    has_subject = has_complement = False
    for child in verb.children:
        if child.i < verb.i and child.dep_ in SUBJECT_DEPS:
            has_subject = True
        elif child.i > verb.i and child.dep_ in COMPLEMENT_DEPS:
            has_complement = True
    return has_subject and has_complement


def _with_past_tense(sent: Span, verb: tuple[Token, str]) -> str:
    """The sentence's text with the misread verb in the past tense ("launch" -> "launched")."""
    tok, base = verb
    offset = tok.idx - sent.start_char
    text = sent.text
    return text[:offset] + past_tense(base) + text[offset + len(tok.text) :]
