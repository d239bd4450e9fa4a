"""Repair the parse of headline-style sentences whose verb the tagger read as a noun.

News summaries and headlines use the present tense ("The Houthis launch a missile at
Israel", "Israeli settlers shoot and injure five Palestinians", "A court sentences X to
prison"). The small English model often tags such a verb as a noun, and the sentence then
has no verb at all, so no event can be found in it. For a sentence without a verb we look
for the word that reads as a known verb right after its subject, parse the sentence again
with that word in the past tense ("launched"), and copy the new tags and tree back into the
document. Text, spans and entities stay as they were; only tags, lemmas and the tree change.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.pipeline import forget_tree, tokens_of

VERB_POS = {"VERB", "AUX"}
ATTRS = [HEAD, DEP, POS, TAG, LEMMA]  # what a re-parse changes (text and entities stay)
# Where a verb can follow its subject: the end of a noun phrase or a closing bracket.
SUBJECT_END_POS = {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}  # ADJ: "the French military"
PLURAL_TAGS = {"NNS", "NNPS"}
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
    """A plural noun, including names the tagger calls singular ("the Houthis")."""
    if tok.tag_ in PLURAL_TAGS:
        return True
    return tok.pos_ == "PROPN" and tok.text.endswith("s") and not tok.text.endswith("ss")


class HeadlineVerbs:
    """Re-parse sentences whose root is not a verb with the misread verb in the past tense."""

    def __init__(self, nlp: Language, verbs: Iterable[str]) -> None:
        self.parse = nlp  # entities are not copied back, so the re-parse skips them
        self.verbs = frozenset(v.lower() for v in verbs)

    def __call__(self, doc: Doc) -> int:
        """Repair every verbless sentence of ``doc`` in place; returns how many."""
        # roots that are not verbs, found in one pass (most sentences have a verb root, and
        # `Doc.sents` / `Span.root` walk every sentence)
        roots = [t for t in tokens_of(doc) if t.dep_ == "ROOT" and t.pos_ not in VERB_POS]
        found: list[tuple[Span, tuple[Token, str]]] = []
        for root in roots:
            sent = root.sent
            if len(sent) < 4 or sent.root.i != root.i:
                continue
            verb = self._misread_verb(sent)
            if verb is not None:
                found.append((sent, verb))
        if not found:
            return 0
        # all of a document's sentences parsed again in one batch, copied back in one go
        texts = [_with_past_tense(sent, verb) for sent, verb in found]
        array = doc.to_array(ATTRS)
        repaired = 0
        for (sent, (tok, base)), new in zip(
            found, self.parse.pipe(texts, disable=["ner"]), strict=True
        ):
            k = tok.i - sent.start
            if len(new) != len(sent) or new[k].pos_ != "VERB":
                continue  # the words did not line up, or the parser still sees no verb
            array[sent.start : sent.end] = new.to_array(ATTRS)
            array[tok.i, ATTRS.index(LEMMA)] = doc.vocab.strings.add(base)
            repaired += 1
        if repaired:
            doc.from_array(ATTRS, array)
            forget_tree(doc)  # the heads changed
        return repaired

    def _misread_verb(self, sent: Span) -> tuple[Token, str] | None:
        """The first lower-case word after a subject that is a known verb in a form that
        agrees with it: "Houthis launch", "court sentences"."""
        words = [t for t in sent if t.is_alpha]
        title_case = len(words) >= 3 and sum(t.is_title for t in words) >= 0.7 * len(words)
        for tok in sent[1:]:
            # a lower-case word, or any word of a title-case headline ("U.S. Lifts Ban")
            if not (tok.is_lower or (title_case and tok.is_title)):
                continue
            if tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
                continue
            before = tok.doc[tok.i - 1]
            if before.pos_ not in SUBJECT_END_POS and before.text != ")":
                continue
            base = verb_base(tok.text, self.verbs)
            if base is None:
                continue
            if tok.lower_ != base:  # "court sentences": a singular subject
                agrees = not _plural(before)
            else:  # "Houthis launch", "settlers in the West Bank shoot", "X and Y meet"
                agrees = any(
                    _plural(t) or t.lower_ in {"they", "we", "and"}
                    for t in sent[: tok.i - sent.start]
                )
            if agrees:
                return tok, base
        return None


def _with_past_tense(sent: Span, verb: tuple[Token, str]) -> str:
    """The sentence's text with the misread verb in the past tense ("launch" -> "launched")."""
    tok, base = verb
    offset = tok.idx - sent.start_char
    text = sent.text
    return text[:offset] + past_tense(base) + text[offset + len(tok.text) :]
