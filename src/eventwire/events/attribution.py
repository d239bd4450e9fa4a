"""Who said it: quotation marks, cue verbs ("said", "told reporters") and their speakers.

Attribution is found before events, so that every event inside a quote or a
reported clause carries its speaker. A quote without a cue in its own sentence
("multi-sentence quotes") inherits the most recent speaker of its paragraph or
the paragraph before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import read_data_tsv
from eventwire.nlp.pipeline import (
    among,
    children_of,
    id_set,
    text_of,
    token_columns,
    tokens_of,
)

# Two apostrophes stand for a straight double quote in some newswire copy (''We will win,''
# the senator said): 67 of 200 PolNeAR train articles quote only that way.
OPENING = {'"', "''", "\u201c", "\u201e", "\u00ab"}
CLOSING = {'"', "''", "\u201d", "\u00bb"}


@lru_cache(maxsize=1)
def cue_lemmas() -> dict[str, str]:
    """Cue verb lemma -> kind (speech, thought, writing), from data/cues.tsv."""
    return {r["lemma"]: r["kind"] for r in read_data_tsv("eventwire.events", "cues.tsv")}


@lru_cache(maxsize=1)
def act_cues() -> dict[str, tuple[str, ...]]:
    """Speech-act verb lemma -> the complements that say what the act is about, in order of
    preference (data/act_cues.tsv): "urge" -> ("infinitive", "clause")."""
    rows = read_data_tsv("eventwire.events", "act_cues.tsv")
    return {r["lemma"]: tuple(r["content"].split("|")) for r in rows}


@lru_cache(maxsize=1)
def word_cues() -> dict[tuple[str, str], tuple[str, ...]]:
    """(lemma, part of speech) -> what the word reports, for cues that are not verbs
    (data/cue_words.tsv): ("claim", "NOUN") -> ("clause",)."""
    rows = read_data_tsv("eventwire.events", "cue_words.tsv")
    return {(r["lemma"], r["pos"]): tuple(r["content"].split("|")) for r in rows}


@lru_cache(maxsize=1)
def _word_cue_ids() -> np.ndarray:
    return id_set(get_string_id(lemma) for lemma, _ in word_cues())


@dataclass
class Cue:
    """One act of saying: the speaker's noun-phrase head, the cue and the content."""

    sentence_index: int
    speaker_head: Token | None
    cue_start: int  # char offsets of the cue words
    cue_end: int
    cue_text: str
    content_start: int
    content_end: int
    direct: bool
    verb: Token | None  # the cue verb (None for "according to" and speaker labels)
    # the speaker's words as written, when they are a label rather than a parsed phrase
    # ("SECRETARY BLINKEN: ...")
    speaker_chars: tuple[int, int] | None = None


# Cue verbs whose object is not what was said: the one spoken to ("told reporters"), or
# an act of its own ("announced sanctions", "declared war", "claimed responsibility").
NOT_CONTENT_OBJECT = {
    "tell",
    "ask",
    "inform",
    "brief",
    "assure",
    "remind",
    "warn",
    "answer",
    "announce",
    "declare",
    "claim",
    "post",
    "write",
    "tweet",
    "continue",
    "add",
    "quote",
}

ACCORDING = get_string_id("according")
# Forms of cue verbs the lemmatiser gets wrong: "hoping" -> "hop" (20 of the missed cues in
# a sample of PolNeAR's train split).
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope"}
_QUOTE_OR_BREAK = re.compile("''|[\n\"\u201c\u201d\u201e\u00ab\u00bb]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (without the marks).

    Straight quotes toggle; a quote left open at a paragraph end is closed there
    unless the next paragraph opens a quote again (the newswire convention for
    quotes running over several paragraphs).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_OR_BREAK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if open_at is not None:
                nxt = text[i + 1 : i + 4].lstrip()
                if not nxt or (nxt[0] not in OPENING and not nxt.startswith("''")):
                    spans.append((open_at, i))
                    open_at = None
            continue
        if ch in OPENING and open_at is None:
            open_at = i + len(ch)
        elif ch in CLOSING and open_at is not None:
            if i > open_at:
                spans.append((open_at, i))
            open_at = None
        elif ch in OPENING and open_at is not None:
            open_at = i + len(ch)  # a new opening mark restarts a paragraph-spanning quote
    if open_at is not None and len(text) - open_at < 2000:
        spans.append((open_at, len(text)))
    return spans


def find_cues(
    doc: Doc, sentences: list[Span], quotes: list[tuple[int, int]] | None = None
) -> list[Cue]:
    """All attributions in a document, in reading order."""
    lemmas = cue_lemmas()
    acts = act_cues()
    if quotes is None:
        quotes = quote_spans(text_of(doc))
    cues: list[Cue] = []
    tokens = tokens_of(doc)
    # only verbs and "according" can be cues: their positions found with array tests, since
    # spaCy builds a string on every `pos_` (speed; the same words are read in the same order)
    columns = token_columns(doc)  # (one `to_array` for the stages)
    pos, lower, lemma_ids = columns[POS], columns[LOWER], columns[LEMMA]
    words = word_cues()
    at = np.flatnonzero(
        (pos == VERB) | (lower == ACCORDING) | among(lemma_ids, _word_cue_ids())
    ).tolist()
    for si, sent in enumerate(sentences):
        lo = bisect_left(at, sent.start)
        for i in at[lo : bisect_left(at, sent.end, lo)]:
            tok = tokens[i]
            lemma = tok.lemma_.lower() if tok.pos_ == "VERB" else ""
            lemma = LEMMA_FIXES.get(tok.lower_, lemma) if lemma else lemma
            if lemma and (cue := _raised_cue(si, tok, lemma, quotes)) is not None:
                cues.append(cue)
            elif (words_of := words.get((tok.lemma_.lower(), tok.pos_))) is not None:
                cue = _word_cue(si, tok, words_of, quotes, sent)
                if cue is not None:
                    cues.append(cue)
            elif lemma in lemmas:
                cue = _verb_cue(si, tok, quotes, sent) or _passive_report(si, tok, quotes)
                if cue is not None:
                    cues.append(cue)
            elif lemma in acts:
                cue = _act_cue(si, tok, acts[lemma], quotes) or _passive_report(si, tok, quotes)
                if cue is not None:
                    cues.append(cue)
            elif (
                tok.lower_ == "according"
                and tok.i + 1 < len(tokens)
                and (tokens[tok.i + 1].lower_ == "to")
            ):
                cue = _according_to(si, tok, sent)
                if cue is not None:
                    cues.append(cue)
    cues += label_cues(doc, sentences)
    cues += signed_quotes(doc, sentences, quotes)
    cues += colon_quotes(doc, sentences, quotes, cues)
    cues.sort(key=lambda c: (c.sentence_index, c.cue_start))
    _run_on_quotes(cues, quotes, text_of(doc))
    _to_quote_end(cues, quotes, text_of(doc))
    return cues


def nested_cues(cues: list[Cue]) -> set[int]:
    """Indexes of the cues that report a clause inside another cue's reported clause: "Ames
    said officials believe the deal will hold" ("believe" inside what "said" reports).
    PolNeAR gives every word to one attribution at most, so its gold never nests one inside
    another; eventwire keeps both (the event inside carries the inner speaker), and only
    the PolNeAR scorer leaves these out. Kept: a cue inside a speaker label's turn (a
    transcript answer has attributions of its own), and a verb without a subject of its
    own, which shares the outer speaker ("said X and called Y a liar": the parse put
    "called" inside what was said)."""
    nested = set()
    for i, inner in enumerate(cues):
        if inner.verb is not None and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children_of(inner.verb)
        ):
            continue
        for outer in cues:
            if (
                outer is not inner
                and (outer.verb is not None or outer.cue_text != ":")
                and outer.content_start <= inner.cue_start
                and inner.cue_end <= outer.content_end
                and not (inner.content_start <= outer.cue_start < inner.content_end)
            ):
                nested.add(i)
                break
    return nested


_TO_NEXT_QUOTE = re.compile(r"[ \t,.;:\u2014-]*(?:''|[\"\u201c\u201e\u00ab])")


def _run_on_quotes(cues: list[Cue], quotes: list[tuple[int, int]], text: str) -> None:
    """'"We will not pay," he said. "It is a stupid wall."': a quote the cue interrupts goes on
    after it, so the content runs from the first piece to the end of the second (the speaker's
    words between them included, as one span), unless the second piece has a cue of its own."""
    starts = [q[0] for q in quotes]
    claimed = {c.content_start for c in cues}
    for cue in cues:
        if not cue.direct or cue.verb is None or cue.content_end > cue.cue_start:
            continue  # only a quote that ends before its cue can run on after it
        k = bisect_right(starts, cue.cue_end)
        if k >= len(quotes):
            continue
        nxt = quotes[k]
        clause = list(cue.verb.subtree)
        inside = [t for t in clause if nxt[0] <= t.idx < nxt[1]]
        if inside and not any(
            t.head.i == cue.verb.i and t.dep_ in {"ccomp", "parataxis", "dep", "conj"}
            for t in inside
        ):
            # a quoted title in the cue's own clause ('said on "Meet the Press"'); a second
            # piece the parse hung on the cue as its clause is what goes on being said
            # ('"Judge," Brafman said, "I have never seen that happen."')
            continue
        # the cue's clause after it: '"...," Trump told Fox News on Sunday. "..."'
        after = [
            t.idx + len(t.text) for t in clause if cue.cue_end <= t.idx < nxt[0] and not t.is_punct
        ]
        words_end = max([cue.cue_end, *after])
        span = speaker_span(cue)
        if span is not None and span[0] >= cue.cue_end:
            words_end = max(words_end, span[1])  # '"...," said Jo Coelbart. "..."'
        m = _TO_NEXT_QUOTE.match(text, words_end)
        if m is None or m.end() != nxt[0]:
            continue
        start, end = _trim(text, nxt[0], nxt[1])
        if any(start <= c <= end for c in claimed):
            continue  # the second piece is someone's answer or has its own cue
        cue.content_end = end


def _to_quote_end(cues: list[Cue], quotes: list[tuple[int, int]], text: str) -> None:
    """'told reporters that "if turnout is high we will win. If it is low, we won't."': a
    quotation opened inside what was said goes on being said until it closes, past the end
    of the sentence the parse gave the clause."""
    starts = [q[0] for q in quotes]
    for cue in cues:
        if cue.direct:
            continue
        k = bisect_right(starts, cue.content_start)
        while k < len(quotes) and quotes[k][0] < cue.content_end:
            if quotes[k][1] > cue.content_end:
                cue.content_end = _trim(text, cue.content_start, quotes[k][1])[1]
                break
            k += 1


# "Name: words" at the start of a paragraph: a transcript turn ("SECRETARY BLINKEN: ...",
# "President of Russia Vladimir Putin: ...") or a headline's speaker ("Pat Caddell: ...").
_LABEL = re.compile(r"(?m)^[ \t]*([^\n:]{2,60}?):[ \t]+(?=\S)")
LABEL_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}  # who a capitalised label may name
LABEL_JOINERS = {"of", "the", "for", "and", "de", "al", "bin", "von", "van", "la", "le"}


def label_cues(doc: Doc, sentences: list[Span]) -> list[Cue]:
    """Speaker labels before a colon. In a transcript (two labels or more) a turn runs to the
    next label, over several paragraphs; a single label (a headline) covers its paragraph."""
    text = text_of(doc)
    labels = []
    for m in _LABEL.finditer(text):
        headline = not text[: m.start()].strip()  # the article's first line
        head = _label_head(doc, m.start(1), m.end(1), headline)
        if head is not None:
            labels.append((m.start(1), m.end(1), head))
    if not labels:
        return []
    starts = [s.start_char for s in sentences]
    cues = []
    for k, (start, end, head) in enumerate(labels):
        if len(labels) > 1:
            stop = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        else:
            stop = text.find("\n", end)
            stop = len(text) if stop < 0 else stop
        lo, hi = _trim(text, end + 1, stop)
        if hi <= lo:
            continue
        si = max(bisect_right(starts, end) - 1, 0)
        cues.append(Cue(si, head, end, end + 1, ":", lo, hi, True, None, (start, end)))
    return cues


def _label_head(doc: Doc, start: int, end: int, headline: bool = False) -> Token | None:
    """The last word of a label that names someone: every word capitalised (joiners such as
    "of" aside), all in capitals or with a named entity among them, no digits ("7:45"), not
    a sentence ("The message reads, in part"). In a headline any capitalised name will do,
    short of a kicker ("Exclusive:")."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not 1 <= len(span) <= 8:
        return None
    words = [t for t in span if not t.is_punct]
    if not words or any(not t.is_alpha and t.text not in {"'", "’"} for t in words):
        return None
    if any(not (t.is_title or t.is_upper) and t.lower_ not in LABEL_JOINERS for t in words):
        return None
    if words[0].pos_ in {"VERB", "AUX"} or words[-1].lower_ in LABEL_JOINERS:
        return None
    shouted = all(t.is_upper for t in words if t.lower_ not in LABEL_JOINERS)
    named = any(t.ent_type_ in LABEL_ENTITIES for t in words)
    # a headline's speaker the tagger reads as a name though no entity covers it ("Sanders:
    # Brexit's message could help Trump"), or a report speaking for itself ("Poll: ...")
    proper = headline and not any(t.lower_ in HEADLINE_KICKERS for t in words)
    reports = len(words) == 1 and words[0].lower_ in REPORT_LABELS
    if not (shouted or named or proper or reports):
        return None  # a heading ("Prevention:", "Asset Recovery:"), not a speaker
    return words[-1]


# Labels that are a report, not a person: "Poll: Sanders leads in New Hampshire".
REPORT_LABELS = {"poll", "report", "survey", "study", "sources"}
# Headline labels that say what kind of story follows, not who speaks ("Exclusive: ...").
HEADLINE_KICKERS = set(
    "exclusive breaking update updated watch video live photos analysis opinion editorial "
    "review interview transcript fact check timeline explainer the latest first read listen".split()
)


_DASHES = "\u2015\u2014\u2013-"
_SIGNATURE = re.compile(rf"[ \t]*[{_DASHES}]+[ \t]*")


def signed_quotes(doc: Doc, sentences: list[Span], quotes: list[tuple[int, int]]) -> list[Cue]:
    """A quotation signed with a dash and a name: '"..." \u2015 Sonya Herridge'."""
    text = text_of(doc)
    starts = [s.start_char for s in sentences]
    cues = []
    for q_start, q_end in quotes:
        after = q_end + 1  # past the closing mark
        m = _SIGNATURE.match(text, after)
        if m is None or not any(ch in _DASHES for ch in m.group()):
            continue
        name_end = text.find("\n", m.end())
        name_end = len(text) if name_end < 0 else name_end
        span = doc.char_span(m.end(), name_end, alignment_mode="contract")
        if span is None or not 1 <= len(span) <= 6:
            continue
        if not all(t.is_title or t.is_punct for t in span) or span[0].pos_ != "PROPN":
            continue
        dash = m.group().strip()
        at = m.start() + m.group().index(dash[0])
        si = max(bisect_right(starts, at) - 1, 0)
        where = (span.start_char, span.end_char)
        cues.append(Cue(si, span[-1], at, at + len(dash), dash, q_start, q_end, True, None, where))
    return cues


_COLON_BEFORE_QUOTE = re.compile(r"(\S):[ \t]*$")


def colon_quotes(
    doc: Doc, sentences: list[Span], quotes: list[tuple[int, int]], cues: list[Cue]
) -> list[Cue]:
    """A quotation introduced by a name and a colon inside a sentence: 'the result does not
    surprise the pollster Dana Whitfield: "Little-known candidates ..."' (cue ":", speaker
    the name). A quote another cue already reports ('Trump said: "..."') is left to it."""
    text = text_of(doc)
    starts = [s.start_char for s in sentences]
    claimed = [(c.content_start, c.content_end) for c in cues]
    out = []
    for q_start, q_end in quotes:
        mark = q_start - 1  # the opening quotation mark
        m = _COLON_BEFORE_QUOTE.search(text, max(0, mark - 200), mark)
        if m is None or any(lo <= q_start < hi or lo <= mark < hi for lo, hi in claimed):
            continue
        colon = m.end(1)
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is None or "\n" in text[colon:mark]:
            continue
        head = name[-1]
        if head.pos_ != "PROPN" or head.ent_type_ not in LABEL_ENTITIES - {"GPE"}:
            continue  # "the question is simple:", "Iowa:" — no one named speaks
        # the name with its title before it ("the Republican pollster Dana Whitfield"), as
        # far left as the name's own phrase goes (the parse may hang the quote on it)
        phrase = {t.i for t in head.subtree}
        first = head.i
        while first - 1 in phrase:
            first -= 1
        si = max(bisect_right(starts, colon) - 1, 0)
        lo, hi = _trim(text, q_start, q_end)
        where = _trim(text, doc[first].idx, head.idx + len(head.text))
        out.append(Cue(si, head, colon, colon + 1, ":", lo, hi, True, None, where))
    return out


def _in_quote(pos: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    for q in quotes:
        if q[0] <= pos < q[1]:
            return q
    return None


_OPENING_GAP = re.compile("(?:''|[\\s\"\u201c\u201e\u00ab])*")
_CLOSING_GAP = re.compile("(?:''|[\\s\"\u201d\u00bb.,])*")


def _neighbouring_quote(sent: Span, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote a bare cue sentence introduces or closes, when the parser has split them
    apart: 'He said: "In all the administrations ..."' (the sentence ends with a colon
    and the quote opens next) or '"... that are missing." Trump said.' (a short sentence
    right after the quote)."""
    text = text_of(sent.doc)
    if text[sent.start_char : sent.end_char].rstrip().endswith(":"):
        return next(
            (
                q
                for q in quotes
                if q[0] >= sent.end_char
                and _OPENING_GAP.fullmatch(text, sent.end_char, q[0]) is not None
            ),
            None,
        )
    if len(sent) <= 8:
        return next(
            (
                q
                for q in quotes
                if q[1] <= sent.start_char
                and _CLOSING_GAP.fullmatch(text, q[1], sent.start_char) is not None
            ),
            None,
        )
    return None


def _verb_cue(si: int, verb: Token, quotes: list[tuple[int, int]], sent: Span) -> Cue | None:
    if _in_quote(verb.idx, quotes):
        return None  # a cue inside someone else's quote is part of the content
    subj = _subject_of(verb)
    if subj is not None and subj.dep_ == "nsubjpass":
        # "she was told by her doctor that ...": the one told is no speaker; the "by" phrase
        # names who spoke
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        subj = next((c for c in children_of(agent) if c.dep_ == "pobj"), subj) if agent else subj
    comp = next((c for c in children_of(verb) if c.dep_ in {"ccomp", "parataxis"}), None)
    if comp is None and verb.dep_ in {"ROOT", "parataxis"}:
        # '"...," he said.' often parses the quoted clause as the cue's head or sibling.
        comp = next(
            (
                c
                for c in children_of(verb)
                if c.dep_ in {"dep", "conj"} and c.pos_ in {"VERB", "AUX"}
            ),
            None,
        )
    if (
        comp is None
        and verb.dep_ == "advcl"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb))
    ):
        # "as the Heritage Foundation notes, the statement shaped the movement": the clause
        # the aside hangs on is what was said
        comp = verb.head
    if comp is None and verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        # "The museum, Mr. Obama said, would make visitors ...": the clause the aside
        # interrupts is what was said.
        comp = verb.head
    quote = None
    for q in quotes:
        if q[1] >= sent.start_char - 1 and q[0] <= sent.end_char and not (q[0] <= verb.idx < q[1]):
            quote = q
            break
    if quote is None and comp is None and verb.dep_ == "ROOT":
        quote = _neighbouring_quote(sent, quotes)
    if quote is None and comp is None:
        kind = cue_lemmas().get(LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower()))
        say = verb.lemma_.lower() == "say"  # not "continued fighting"
        # "hoping to win Iowa" (a thought's infinitive); "said legalizing it could put
        # thousands to work" (a clause the parser took for a gerund complement)
        comp = next(
            (
                c
                for c in children_of(verb)
                if c.dep_ == "xcomp"
                and c.i > verb.i
                and ((kind == "thought" and c.tag_ == "VB") or (say and c.tag_ == "VBG"))
            ),
            None,
        )
    if comp is None and quote is None and verb.lemma_.lower() not in NOT_CONTENT_OBJECT:
        # "believed the polls", "mentioned Machado", "explained why he backs Trump": what
        # was said or thought is the object.
        comp = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    if subj is None or (comp is None and quote is None):
        return None
    cue_toks = [verb] + [c for c in children_of(verb) if c.dep_ in {"aux", "neg", "prt"}]
    cue_start = min(t.idx for t in cue_toks)
    cue_end = max(t.idx + len(t.text) for t in cue_toks)
    comp_span = None
    if comp is not None:
        sub = list(comp.subtree)
        if comp.i == verb.head.i:
            # the interrupted clause without the aside at its edges ("As the report notes,"):
            # the cue with its speaker, never a clause the parse hung on it ("If Iran
            # attacked, one official said, the response would be swift")
            aside = {verb.i} | {
                t.i
                for c in children_of(verb)
                if c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "neg", "punct"}
                for t in c.subtree
            }
            while len(sub) > 1 and (sub[0].is_punct or sub[0].i in aside):
                sub.pop(0)
            while len(sub) > 1 and (sub[-1].is_punct or sub[-1].i in aside):
                sub.pop()  # ... and without the sentence's full stop
        comp_span = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
    text = text_of(verb.doc)
    if (
        quote is not None
        and comp_span is not None
        and comp.dep_ == "ccomp"
        and not _beside(text, quote, [subj, *cue_toks])
        and not (comp_span[0] <= quote[0] and quote[1] <= comp_span[1])
    ):
        # "the Rev. Al Sharpton's "Keepin' It Real" program, who said they had misgivings":
        # a quote elsewhere in the sentence is not what the reported clause says.
        quote = None
    if quote is not None and not (
        comp_span is not None and comp_span[0] <= quote[0] and quote[1] <= comp_span[1]
    ):
        start, end, direct = quote[0], quote[1], True
    else:
        # An indirect report, or one with a quoted fragment inside it ("said that the
        # team acted to 'keep the details under wraps'"): the whole clause is the content.
        assert comp_span is not None
        (start, end), direct = comp_span, False
    start, end = _trim(text, start, end)
    return Cue(si, subj, cue_start, cue_end, text[cue_start:cue_end], start, end, direct, verb)


def _act_cue(
    si: int, verb: Token, forms: tuple[str, ...], quotes: list[tuple[int, int]]
) -> Cue | None:
    """A speech act and what it is about: "Graham urged Republicans to join ..." (speaker
    Graham, cue "urged", content "Republicans to join ..."), "called for a moratorium" (cue
    "called for"). Only the complements its row in act_cues.tsv names count, so "found the
    body" is no finding while "found that ..." is."""
    if _in_quote(verb.idx, quotes):
        return None
    head = verb.head.lemma_.lower()
    if verb.dep_ == "xcomp" and (head in cue_lemmas() or head in act_cues()):
        return None  # "urged them to support Clinton": the outer cue's content, not an act
    if verb.dep_ == "acl":
        return None  # "voters supporting Trump": a description of the voters, not their act
    subj = _subject_of(verb)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    if passive:
        # "Clinton was asked whether ...": the subject is the one asked, the asker unnamed
        # unless a "by" phrase names them
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        subj = agent and next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
    elif subj is None:
        return None
    found = _act_content(verb, forms)
    if found is None:
        return None
    cue_toks, content = found
    cue_toks = [verb, *cue_toks, *(c for c in children_of(verb) if c.dep_ in {"aux", "neg", "prt"})]
    return _cue_of(si, subj, cue_toks, content, quotes, verb)


# Cue verbs whose passive subject is the one addressed, not what was said ("was told by"),
# and acts whose passive is no report ("delegates offered by the contest", "the race will be
# decided by a runoff").
NOT_PASSIVE_REPORTS = {
    "tell", "ask", "inform", "brief", "assure", "reassure", "remind", "warn", "notify",
    "offer", "decide",
}  # fmt: skip


def _passive_report(si: int, verb: Token, quotes: list[tuple[int, int]]) -> Cue | None:
    """A passive cue whose "by" phrase names the speaker: "pigs are considered unclean by
    many", "the move was first reported by MSNBC", "a tax break favored by Republicans". The
    content is what the cue is about: the subject (or the noun the participle describes)
    with the verb's complements ("unclean")."""
    if _in_quote(verb.idx, quotes) or verb.lemma_.lower() in NOT_PASSIVE_REPORTS:
        return None
    children = children_of(verb)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    speaker = agent and next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
    if speaker is None:
        return None
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        content = list(subj.subtree)
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        participle = {t.i for t in verb.subtree}
        content = [t for t in verb.head.subtree if t.i not in participle and t.i < verb.i]
    else:
        return None
    for c in children:
        if c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_, c.lower_) == ("prep", "as"):
            content += list(c.subtree)  # "considered unclean", "seen as a moderate"
    cue_toks = [verb, *(c for c in children if c.dep_ in {"aux", "auxpass", "neg"})]
    return _cue_of(si, speaker, cue_toks, sorted(content, key=lambda t: t.i), quotes, verb)


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; for a relative clause the noun it is on ("Trump, who said ...");
    for a participle or conjoined verb the subject of the clause it hangs on ("X mocked the
    complaint, saying ...")."""
    subj = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head
    if subj is None and verb.dep_ in {"conj", "advcl", "xcomp"}:
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ != "VERB":
        return verb.head  # "the voters saying they want a ban": the noun says it
    if subj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "distanced himself from the movement by saying he would ...": the doer of the
        # verb the "by" phrase hangs on
        subj = next((c for c in children_of(verb.head.head) if c.dep_ == "nsubj"), None)
    head = verb.head
    while subj is None and head.dep_ == "conj" and head.head.i != head.i:
        # "they reversed course, rushed everyone inside and said ...": the third verb of a
        # series has the subject of the first
        head = head.head
        subj = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    return subj


def _act_content(verb: Token, forms: tuple[str, ...]) -> tuple[list[Token], list[Token]] | None:
    """(extra cue words, content words) of a speech act: the first complement form in
    `forms` the parse has."""
    children = children_of(verb)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    for form in forms:
        if form == "clause":
            comp = next((c for c in children if c.dep_ == "ccomp"), None)
            if comp is not None:
                return [], list(comp.subtree)
        elif form == "infinitive":
            inf = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if inf is not None:
                words = list(inf.subtree)
                if obj is not None and obj.i < inf.i:
                    words = list(obj.subtree) + words  # "urged Republicans to join ..."
                return [], words
        elif form == "as":
            # "sees golf courses as wasted space", "is seen as empowering voters": the thing
            # and what it is taken for; without an "as" phrase ("saw the debate") no view
            as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
            thing = obj or next((c for c in children if c.dep_ == "nsubjpass"), None)
            if as_ is not None and thing is not None:
                return [], list(thing.subtree) + list(as_.subtree)
        elif form == "object":
            named = obj is not None and any(c.dep_ == "oprd" for c in children)
            if obj is not None and (obj.pos_ != "PRON" or named):  # "called it a disgrace"
                words = list(obj.subtree)
                # "called the charges false", "criticized the law as a crazy system"
                for c in children:
                    if c.i > obj.i and (c.dep_ == "oprd" or (c.dep_, c.lower_) == ("prep", "as")):
                        words += list(c.subtree)
                return [], words
        else:  # a preposition: "called for X", "called on X to ...", "warned against X"
            prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == form), None)
            clause = next((c for c in children if c.dep_ == "advcl" and c.i > verb.i), None)
            if (
                prep is None
                and clause is not None
                and any(c.dep_ == "mark" and c.lower_ == form for c in children_of(clause))
            ):
                # "is calling for the United States to take a stronger role": parsed as a
                # clause with "for" as its mark; the preposition is the cue's, the rest content
                mark = next(c for c in children_of(clause) if c.dep_ == "mark")
                return [mark], [t for t in clause.subtree if t.i != mark.i]
            pobj = None
            if prep is not None:
                pobj = next((c for c in children_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                words = list(pobj.subtree)
                inf = next((c for c in children if c.dep_ == "xcomp" and c.i > pobj.i), None)
                if inf is not None:
                    words += list(inf.subtree)  # "called on Trump to stop ..."
                cue_extra = [prep]
                if obj is not None and obj.i < prep.i:
                    cue_extra.append(obj)  # "accused her of ...": the accused is part of the cue
                return cue_extra, words
    return None


def speaker_span(cue: Cue) -> tuple[int, int] | None:
    """The whole phrase that names the speaker, as a reader would underline it: with its
    apposition and relative clause ("Jo Coelbart, a retired general who works on defence
    policy"), without the cue's own clause ("Trump, who said ...")."""
    if cue.speaker_chars is not None:
        return cue.speaker_chars
    head = cue.speaker_head
    if head is None:
        return None
    inside_cue = {t.i for t in cue.verb.subtree} if cue.verb is not None else set()
    if head.i in inside_cue:
        inside_cue = set()  # the speaker is the cue's own subject: its subtree is the phrase
    lemmas = cue_lemmas()
    for clause in children_of(head):
        if clause.dep_ == "relcl" and clause.lemma_.lower() in lemmas:
            # "Mr. Kamin, who emphasized that ...": another attribution, not the name
            inside_cue |= {t.i for t in clause.subtree}
    tokens = {t.i for t in head.subtree if t.i not in inside_cue}
    lo = hi = head.i
    while lo - 1 in tokens:
        lo -= 1
    while hi + 1 in tokens:
        hi += 1
    doc = head.doc
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return _trim(text_of(doc), start, end)


_BETWEEN_QUOTE_AND_CUE = re.compile(r"""[\s,.:;'"\u201c\u201d\u2018\u2019-]*""")


def _beside(text: str, quote: tuple[int, int], cue_words: list[Token]) -> bool:
    """Only punctuation between the quote and the cue with its speaker ('"...," Scott said',
    'Scott added: "..."'): the quote is what this cue reports."""
    words = [t for w in cue_words for t in (w.subtree if w.dep_ in {"nsubj", "nsubjpass"} else [w])]
    lo = min(t.idx for t in words)
    hi = max(t.idx + len(t.text) for t in words)
    if quote[1] <= lo:
        return _BETWEEN_QUOTE_AND_CUE.fullmatch(text, quote[1], lo) is not None
    if quote[0] >= hi:
        return _BETWEEN_QUOTE_AND_CUE.fullmatch(text, hi, quote[0]) is not None
    return False  # inside the speaker's own name ('the "Morning Hour" show')


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without the commas, colons and spaces at its edges."""
    while start < end and (text[start].isspace() or text[start] in ",;:-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-"):
        end -= 1
    return start, end


def _according_to(si: int, according: Token, sent: Span) -> Cue | None:
    doc = according.doc
    to = doc[according.i + 1]
    speaker = next((c for c in children_of(to) if c.dep_ == "pobj"), None)
    if speaker is None:
        return None
    phrase_end = max(t.i for t in speaker.subtree) + 1
    if according.i > sent.start:
        start, end = sent.start_char, according.idx
    else:
        start = doc[phrase_end].idx if phrase_end < sent.end else sent.end_char
        end = sent.end_char
    start, end = _trim(text_of(doc), start, end)
    return Cue(
        si,
        speaker,
        according.idx,
        to.idx + len(to.text),
        text_of(doc)[according.idx : to.idx + len(to.text)],
        start,
        end,
        False,
        None,
    )


# Verbs that present a clause as how things look to someone unnamed: "Trump seemed to take
# hope from ...", "it appears that ...".
APPEARANCE_VERBS = {"seem", "appear"}


def _raised_cue(si: int, verb: Token, lemma: str, quotes: list[tuple[int, int]]) -> Cue | None:
    """An attribution without a speaker, whose subject is part of what is reported: "X is
    expected to win", "X is said to have pressed for ...", "X seemed to take hope", "it
    appears that ...". The content is the subject with its complement."""
    if lemma not in APPEARANCE_VERBS and lemma not in cue_lemmas():
        return None
    children = children_of(verb)
    passive = any(c.dep_ == "auxpass" for c in children)
    if lemma not in APPEARANCE_VERBS and not passive:
        return None
    if any(c.dep_ == "agent" for c in children) or _in_quote(verb.idx, quotes):
        return None  # "is expected by analysts to ...": a speaker after all
    subj = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    comp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
    expletive = subj is not None and (subj.dep_ == "expl" or subj.lower_ == "it")
    if comp is None and lemma in APPEARANCE_VERBS:
        # "it appears that ...", "the shift seemed so stark"
        deps = {"ccomp"} if expletive else {"acomp"}
        comp = next((c for c in children if c.dep_ in deps and c.i > verb.i), None)
    if subj is None or comp is None:
        return None
    if comp.dep_ == "xcomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.lefts):
        return None  # "appeared angry", "was named chairman": no reported clause
    content = list(comp.subtree)
    if not (expletive and comp.dep_ == "ccomp"):
        content = list(subj.subtree) + content  # the subject is what the report is about
    cue_toks = [verb, *(c for c in children if c.dep_ in {"aux", "auxpass", "neg"})]
    return _cue_of(si, None, cue_toks, content, quotes, verb)


def _cue_of(
    si: int,
    speaker: Token | None,
    cue_toks: list[Token],
    content: list[Token],
    quotes: list[tuple[int, int]],
    verb: Token | None = None,
) -> Cue | None:
    """A cue from its words and the words of its content (spans from the first to the last)."""
    while content and content[-1].is_punct and content[-1].text not in {'"', "\u201d", "'"}:
        content = content[:-1]
    if not content:
        return None
    text = text_of(cue_toks[0].doc)
    cue_start = min(t.idx for t in cue_toks)
    cue_end = max(t.idx + len(t.text) for t in cue_toks)
    start = min(t.idx for t in content)
    end = max(t.idx + len(t.text) for t in content)
    start, end = _trim(text, start, end)
    if end <= start:
        return None
    direct = any(q[0] <= start and end <= q[1] for q in quotes)
    return Cue(si, speaker, cue_start, cue_end, text[cue_start:cue_end], start, end, direct, verb)


# Verbs that say nothing of their own before a reporting noun: "made the point that",
# "had no idea who", "offered her firmest promise yet that", "holds the view that".
LIGHT_VERBS = {"make", "have", "offer", "express", "voice", "give", "hold", "share"}
# Adjectives that report only after "make": "made clear that ..." but not "it is clear that".
MADE_ONLY = {"clear"}
BY_FROM = {"by", "from"}  # "a claim by the campaign", "a warning from the agency"
COPULAS = {"be", "remain", "feel", "seem", "appear", "become", "sound", "look"}


def _word_cue(
    si: int, word: Token, forms: tuple[str, ...], quotes: list[tuple[int, int]], sent: Span
) -> Cue | None:
    """A noun, adjective or adverb that reports: "his claim that ...", "aides were confident
    that ...", "X reportedly met Y" (data/cue_words.tsv)."""
    if _in_quote(word.idx, quotes):
        return None
    children = children_of(word)
    if word.pos_ == "ADV":
        head = word.head
        if word.dep_ != "advmod" or head.pos_ not in {"VERB", "AUX"}:
            return None
        content = [t for t in head.subtree if t.i != word.i]
        while content and (content[0].is_punct or content[0].dep_ == "cc"):
            content = content[1:]
        return _cue_of(si, None, [word], content, quotes)
    if "source_in" in forms and word.dep_ == "pobj" and word.head.lower_ == "in":
        # "In a Register poll, Cruz had a 10-point lead": the poll reports the clause
        clause = word.head.head
        if clause.pos_ in {"VERB", "AUX"} and not _reports_itself(clause):
            inside = {t.i for t in word.head.subtree}
            content = [t for t in clause.subtree if t.i not in inside]
            while content and content[0].is_punct:
                content = content[1:]
            return _cue_of(si, word, [word.head], content, quotes)
    speaker: Token | None = None
    cue_toks = [word]
    if word.pos_ == "NOUN":
        speaker = next((c for c in children if c.dep_ == "poss"), None)
        if speaker is None:
            by = next((c for c in children if c.dep_ == "prep" and c.lower_ in BY_FROM), None)
            if by is not None:
                speaker = next((c for c in children_of(by) if c.dep_ == "pobj"), None)
        verb = word.head
        if speaker is None and word.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS:
            # "Gorka made the point that ...", "voters have no idea who ...": the noun's
            # verb says nothing of its own; its subject holds the view, and PolNeAR's cue
            # runs from the verb to the noun
            speaker = _subject_of(verb)
            cue_toks += [verb, *(c for c in children_of(verb) if c.dep_ in {"aux", "neg"})]
        clauses = children
    else:  # an adjective after a copula: "were confident that ..."
        copula = word.head
        made = copula.lemma_.lower() == "make" and word.dep_ in {"ccomp", "oprd", "acomp"}
        if not made and (word.dep_ != "acomp" or copula.lemma_.lower() not in COPULAS):
            return None
        if not made and word.lemma_.lower() in MADE_ONLY:
            return None  # "it is not clear whether ...": no one holds the view
        # "made (it) clear that ...": the one who made it clear says so
        speaker = next((c for c in children_of(copula) if c.dep_ == "nsubj"), None)
        if made and speaker is None:
            speaker = _subject_of(copula)
        if speaker is None or speaker.tag_ in {"WDT", "WP"}:
            return None
        cue_toks += [copula, *(c for c in children_of(copula) if c.dep_ == "neg")]
        clauses = children + [c for c in children_of(copula) if c.i > word.i]
    for form in forms:
        if form == "clause":
            clause = next((c for c in clauses if _is_that_clause(c)), None)
            if clause is not None:
                return _cue_of(si, speaker, cue_toks, list(clause.subtree), quotes)
        elif form == "infinitive":
            # "was eager to assuage public outrage", "is willing to accept him"
            inf = next(
                (
                    c
                    for c in children
                    if c.dep_ == "xcomp"
                    and c.i > word.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
                ),
                None,
            )
            if inf is not None:
                return _cue_of(si, speaker, cue_toks, list(inf.subtree), quotes)
        else:
            prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == form), None)
            obj = prep and next((c for c in children_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)
            if prep is not None and obj is not None:
                return _cue_of(si, speaker, [*cue_toks, prep], list(obj.subtree), quotes)
    return None


def _reports_itself(verb: Token) -> bool:
    """A verb that is a cue of its own ("said in a statement"): its "in" phrase is no source."""
    lemma = verb.lemma_.lower()
    return lemma in cue_lemmas() or lemma in act_cues() or lemma in APPEARANCE_VERBS


def _is_that_clause(tok: Token) -> bool:
    """A complement clause ("that he would win", "Russia will attack"), not a relative clause
    ("the claim that he made") nor an infinitive ("a promise to resign")."""
    if tok.dep_ not in {"acl", "ccomp"} or tok.pos_ not in {"VERB", "AUX"}:
        return False
    kids = children_of(tok)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in kids):
        return False
    return tok.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
