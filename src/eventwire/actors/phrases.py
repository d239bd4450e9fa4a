"""Noun phrases of a spaCy parse as actor mentions: which tokens a mention spans.

`np_tokens` gathers a head's modifiers, compounds, appositions and "of"/"for"/"from" phrases and
cuts them where a mention ends (a spaced dash, an "and" between two named people, a list
item); `conjuncts` lists the heads coordinated with a head ("Sweden and Finland").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.actors.mentions import _name_after_acronym
from eventwire.nlp.pipeline import children_of, text_of, tokens_of

# Modifiers that stay inside a mention's noun phrase.
NP_DEPS = {
    "det",
    "amod",
    "compound",
    "poss",
    "nmod",
    "nummod",
    "case",
    "flat",
    "quantmod",
    "appos",
    "predet",
    "advmod",
    "punct",
    "nn",
}
# Clauses a mention's phrase leaves out.
CLAUSES = {"relcl", "acl", "advcl", "ccomp"}
# Prepositions whose objects still describe the mention itself.
NP_PREPS = {"of", "for", "from"}


def _initial(tok: Token) -> bool:
    """A middle initial: "J.", "R"."""
    return _initial_text(tok.text)


def _initial_text(text: str) -> bool:
    """`_initial` of a token's text."""
    text = text.rstrip(".")
    return len(text) == 1 and text.isupper()


def _traveller_of_place(head: Token, prep: Token) -> bool:
    """A person after "of" hung on a place's name: the parser's attachment of "the visit to
    <place> of <person>" (the person is the visitor), never a phrase of the place."""
    return (
        prep.lower_ == "of"
        and head.ent_type_ in {"GPE", "LOC"}
        and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in children_of(prep))
    )


def _act_phrase(head: Token, prep: Token) -> bool:
    """A preposition whose object is a gerund names an act, not the mention: "accused ECOWAS
    of planning an intervention", "thanked Qatar for hosting the talks". Inside one name
    ("the Committee for Preventing Torture") it stays."""
    gerund = next((c for c in children_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None:
        return False
    return not (head.ent_iob_ != "O" and gerund.ent_iob_ == "I" and _same_entity(head, gerund))


def _same_entity(a: Token, b: Token) -> bool:
    """Whether two tokens lie inside one named-entity span of the parse."""
    return any(e.start <= a.i < e.end and e.start <= b.i < e.end for e in a.doc.ents)


def np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without clauses and conjuncts."""
    if not children_of(head):
        # a word alone ("Russia", "officials"): the phrase is that word (what the steps below
        # come to for a head with no dependents; most heads have none)
        return [tokens_of(head.doc)[head.i]]
    keep: dict[int, Token] = {head.i: head}  # (the Token objects, reused below)

    def add(tok: Token) -> None:
        keep[tok.i] = tok
        for child in children_of(tok):
            dep = child.dep_
            if dep in {"relcl", "acl", "advcl", "cc", "ccomp"}:
                continue
            if dep == "conj" and _has_cc(tok):
                continue
            if dep == "prep" and child.lower_ not in NP_PREPS:
                continue
            add(child)

    for child in children_of(head):
        dep = child.dep_
        if dep == "appos" and _list_item(child):
            continue  # "Kyiv, the EU and most Western governments": a list, not an apposition
        if dep == "prep" and _traveller_of_place(head, child):
            continue  # "the visit to France of Narendra Modi": Modi is not part of France
        if dep == "prep" and _act_phrase(head, child):
            continue  # "ECOWAS of planning an intervention": the act, not ECOWAS
        if dep in NP_DEPS or (dep == "prep" and child.lower_ in NP_PREPS):
            add(child)
        elif (
            dep == "conj"
            and not _has_cc(head)
            and child.pos_ == "PROPN"
            and child.ent_type_ == "PERSON"
            and not _after_comma(child)
        ):
            # "Coordinator ... John Kirby": an apposition the parser took for a conjunct.
            add(child)
    _drop_commas_past_conjuncts(head, keep)
    _drop_commas_past_gaps(head, keep)
    lo, hi = min(keep), max(keep)
    if head.dep_ == "ROOT":
        # The sentence's final "." of a head that is the root ("Patrick Leahy, of Vermont, to
        # be a Representative ... of the United Nations.") must not stretch the phrase over
        # the clause left out before it.
        clause = min(
            (c.i for c in children_of(head) if c.i > head.i and c.dep_ in CLAUSES), default=hi
        )
        if clause < hi and all(keep[k].is_punct or keep[k].is_space for k in keep if k > clause):
            hi = max(k for k in keep if k < clause)
    doc = head.doc
    toks = tokens_of(doc)[lo : hi + 1]  # (the tokens kept and those between them)
    # A mention never spans a line break ("11:15 a.m.\n\nHillary Clinton").
    last = toks[-1]
    span = text_of(doc)[toks[0].idx : last.idx + len(last.text_with_ws)]
    if "\n" in span:  # (the tokens' texts and spaces: most phrases have no line break)
        newline = ["\n" in t.text_with_ws for t in toks]
        at = head.i - lo
        start = next((k + 1 for k in range(at - 1, -1, -1) if newline[k]), 0)
        end = next((k + 1 for k in range(at, len(toks)) if newline[k]), len(toks))
        toks = toks[start:end]
    if SEPARATOR_CHARS.intersection(span) or JOINER_WORD.search(span):
        toks = _cut_at_separators(toks, head)
    while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].i != head.i:
        toks.pop(0)
    while toks and (_dangling(toks[-1], toks) or toks[-1].dep_ == "case") and toks[-1].i != head.i:
        toks.pop()
    return toks


def _drop_commas_past_conjuncts(head: Token, keep: dict[int, Token]) -> None:
    """A comma of the head's that follows a conjunct left out ("Foreign Minister A, Vice
    Foreign Minister B, and officials") must not stretch the phrase over that conjunct."""
    left_out = [
        c.i for c in children_of(head) if c.i > head.i and c.i not in keep and c.dep_ == "conj"
    ]
    if left_out:
        first = min(left_out)
        for k in [k for k, t in keep.items() if k > first and t.is_punct]:
            del keep[k]


def _drop_commas_past_gaps(head: Token, keep: dict[int, Token]) -> None:
    """A comma that closes a clause left out ("Former President Alvaro Uribe, who leads the
    campaign, said"; "a spokesman for the Houthis, which have fought ..., said") must not
    stretch the phrase over that clause: punctuation after the head stays only next to a
    word that stays."""
    for k in sorted(k for k, t in keep.items() if k > head.i and t.is_punct):
        if k - 1 not in keep:
            del keep[k]


SPACED_DASHES = {"-", "–", "—", "--"}
JOINERS = {"and", "or", "&"}
# What a phrase's text must hold for `_cut_at_separators` to find anything (a quick test).
SEPARATOR_CHARS = set("-–—:&")
JOINER_WORD = re.compile(r"(?i)and|or")


def _separator(tok: Token, toks: list[Token]) -> bool:
    """A token that ends one mention and begins another: a dash with spaces on both sides
    (a flattened list "Radev -   Czech ..." or an aside "all countries – including China –"),
    a colon after a speaker's label, or "and"/"or" joining two people ("President Trump and
    Deputy Prime Minister Dar")."""
    doc = tok.doc
    if tok.text == ":":
        return True  # "PRESIDENT ALVARADO: Good afternoon, everybody": a speaker's label
    if tok.text in SPACED_DASHES:
        return tok.i > 0 and bool(doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
    return False


def _cut_at_separators(toks: list[Token], head: Token) -> list[Token]:
    """Keep the part of the phrase between the separators around its head."""
    lo, hi = 0, len(toks)
    for k, tok in enumerate(toks):
        if tok.text not in SPACED_DASHES and tok.lower_ not in JOINERS and tok.text != ":":
            continue  # neither a dash, a colon nor "and": no separator (a cheap test first)
        if tok.i == head.i:
            continue
        if _separator(tok, toks) or _joins_people(tok, toks, head):
            if tok.i < head.i:
                lo = max(lo, k + 1)
            else:
                hi = min(hi, k)
    return toks[lo:hi] or toks


def _joins_people(tok: Token, toks: list[Token], head: Token) -> bool:
    """ "and" between two named people: each is a mention of its own."""
    if tok.lower_ not in JOINERS:
        return False
    other = [t for t in toks if (t.i < tok.i) != (head.i < tok.i)]
    mine = [t for t in toks if (t.i < tok.i) == (head.i < tok.i)]
    return any(_named_person(t) for t in other) and any(_named_person(t) for t in mine)


def _named_person(tok: Token) -> bool:
    """A person's name: tagged so, or a proper noun right after an office written short
    ("NSA Doval", which the tagger often misses or takes for an organisation)."""
    return (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") or _name_after_acronym(tok)


def _dangling(tok: Token, toks: list[Token]) -> bool:
    """Trailing punctuation, except the ")" that closes "(R-S.C.)"."""
    if tok.is_space:
        return True
    if not tok.is_punct:
        return False
    if tok.text == ")":
        opened = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks[:-1])
        return opened <= 0
    return True


def _after_comma(tok: Token) -> bool:
    left = tok.left_edge
    return left.i > 0 and tok.doc[left.i - 1].is_punct


def _has_cc(tok: Token) -> bool:
    return any(c.dep_ == "cc" or c.dep_ == "preconj" for c in children_of(tok))


def _list_item(appos: Token) -> bool:
    """An "apposition" that is really the next item of a comma list."""
    return any(c.dep_ == "conj" for c in children_of(appos)) or any(
        c.dep_ == "conj" for c in children_of(appos.head)
    )


def _describes(name: Token, appos: Token) -> bool:
    """ "Ali Shamkhani, secretary of Iran's Supreme National Security Council, ...": an
    office "of" something right after a person's name, naming no one of its own, says who
    that person is; the parse may still hang the list's next items on it. So does an
    indefinite noun after a name ("X, a recruiter and financier for the group")."""
    if (
        name.ent_type_ == "PERSON"
        and appos.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(appos))
    ):
        return True  # "Ahmed M., a key recruiter and financier for the group": who he is
    if (
        name.ent_type_ == "PERSON"
        and appos.tag_ == "NN"
        and (
            any(c.dep_ == "advmod" and c.lower_ == "then" for c in children_of(appos))
            or any(
                c.dep_ == "conj" and c.pos_ == "PROPN"
                for c in (*children_of(appos), *(c for c in children_of(name) if c.i > appos.i))
            )
        )
    ):
        # "Kelly, then the governor's deputy chief of staff, and Baroni", "met Lavrov, the
        # foreign minister, and Shoigu": an office said of a name ("then ...", or one office
        # noun between two names of a list) is who that person is, not a third party; the
        # list's next name still counts.
        return True
    return (
        name.ent_type_ == "PERSON"
        and appos.pos_ == "NOUN"
        and appos.i == name.i + 2
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(appos))
        and not any(c.pos_ == "PROPN" and c.i < appos.i for c in children_of(appos))
        and not any(c.dep_ == "appos" for c in children_of(appos))
    )


def _names_conjunct(head: Token, appos: Token) -> bool:
    """ "Maria Lopez and the rebels' chief, Juan Ortiz, signed": the parse may hang the
    chief's name on the first conjunct; a name right after a nameless office noun that is
    coordinated with the head (with or without a comma between: "and China's top diplomat
    Wang Yi") is that office holder's."""
    before = appos.left_edge.i - 1
    if before >= 1 and appos.doc[before].text == ",":
        before -= 1
    return appos.ent_type_ == "PERSON" and any(
        c.i == before and c.pos_ == "NOUN" for c in head.conjuncts
    )


def _restates_list(head: Token, appos: Token) -> bool:
    """ "Russia, Ukraine and Belarus, the three neighbours, signed": a common noun after a
    list closed by "and"/"or" says who the list's members are; it is no further member (and
    "all close US allies" names no US as a party). PLV, session 14."""
    items = [t for t in head.conjuncts if t.i > head.i]
    # (plural: a singular noun there is the parse's misreading of a new party, as in
    # "..., Gondor and Dagolath, the Osgiliath newspaper al-Raya said")
    return (
        appos.tag_ == "NNS"
        and bool(items)
        and appos.i > max(t.i for t in items)
        and not any(c.dep_ == "conj" for c in children_of(appos))
        and any(c.dep_ == "cc" for t in (head, *items) for c in children_of(t))
    )


def conjuncts(head: Token) -> list[Token]:
    """`head` plus the nouns coordinated with it ("Moscow and Kiev")."""
    named = _name_after_title(head)
    if named is not None:
        return conjuncts(named)  # "Foreign Minister Kuleba and Defense Minister Reznikov"
    out = [head]
    for appos in children_of(head):
        if (
            appos.dep_ == "appos"
            and _list_item(appos)
            and not _names_conjunct(head, appos)
            and not _restates_list(head, appos)
        ):
            if not _describes(head, appos):
                out.append(appos)
                out.extend(t for t in appos.conjuncts if t.i > appos.i)
            else:
                # "Kelly, then the governor's chief of staff, and Baroni": the office says who
                # Kelly is; the name the parse hung on it is the list's next item.
                # Not a body ("Shamkhani, secretary of Iran's Supreme National Security
                # Council, ...": the parse may hang the council the office is of as a conjunct).
                out.extend(
                    t
                    for t in appos.conjuncts
                    if t.i > appos.i and t.pos_ == "PROPN" and t.ent_type_ != "ORG"
                )
    for tok in head.conjuncts:
        if tok.i > head.i and tok.pos_ in {"NOUN", "PROPN", "PRON"} and _coordinated(head, tok):
            out.append(tok)
    if len(out) == 2 and _second_title_of(head, out[1]):
        return out[1:]  # "Deputy Prime Minister and Foreign Minister Dmytro Kuleba": one man
    return out


def _name_after_title(head: Token) -> Token | None:
    """ "met with Foreign Minister Kuleba and Defense Minister Reznikov": the parse may hang
    the name right after a capitalised title on it as an apposition; title and name are one
    person, and the name is the phrase's head."""
    if head.pos_ != "PROPN" or head.ent_type_:
        return None
    return next(
        (
            c
            for c in children_of(head)
            if c.dep_ == "appos" and c.i == head.i + 1 and c.ent_type_ == "PERSON"
        ),
        None,
    )


def _second_title_of(title: Token, name: Token) -> bool:
    """ "Deputy Prime Minister and Foreign Minister Dmytro Kuleba": a capitalised title with
    no article and no name, coordinated with a titled person's name, is that person's other
    office ("the President and Foreign Minister X" are two people)."""
    return (
        title.pos_ == "PROPN"
        and not title.ent_type_
        and not any(c.dep_ in {"det", "poss"} for c in children_of(title))
        and name.ent_type_ == "PERSON"
        and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_
            for c in children_of(name)
        )
    )


def _coordinated(head: Token, other: Token) -> bool:
    first = (
        head
        if head.dep_ != "conj"
        else next((t for t in [head.head] if t.pos_ in {"NOUN", "PROPN"}), head)
    )
    return _has_cc(first) or _has_cc(other) or any(_has_cc(c) for c in first.conjuncts)
