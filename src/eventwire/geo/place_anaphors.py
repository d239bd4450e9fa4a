"""Definite places without a name: "the country", "the region", "the capital", "the strait"
stand for the place of that kind the text named or implied before.

Separate because finding an antecedent reads the sentence's doer and the earlier text, a
concern of its own beside the named mentions.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.geo.gazetteer import Gazetteer, Place
from eventwire.geo.place_mention import Mention
from eventwire.geo.toponym_words import (
    FOREIGN_ACTOR_NOUNS,
    LOCATIVE_PREPS,
    TOPONYM_WORDS,
    VISITOR_WORDS,
    capital_names,
    country_words,
    nationality_countries,
    strait_coasts,
)
from eventwire.nlp.pipeline import tokens_of


def _definite_places(doc: Doc, gazetteer: Gazetteer) -> Iterable[Mention]:
    """ "the country" (the state the text named last, "The Qatari military says the country
    was targeted") and "the strait" (resolved later: the strait named before, or the one by
    the article's countries)."""
    for tok in tokens_of(doc):
        word = tok.lower_
        if word not in {"country", "strait", "republic"} and word not in UNIT_ANAPHORS:
            continue
        if tok.i == 0:
            continue
        if word in UNIT_ANAPHORS and (not tok.text.islower() or tok.dep_ == "compound"):
            continue  # "the City of London", "the city council": a name or a modifier
        if word == "capital" and tok.i >= 2 and doc[tok.i - 2].lower_ == "the":
            iso3 = nationality_countries().get(doc[tok.i - 1].lower_)
            capital = _capital_of(iso3, gazetteer) if iso3 else None
            if capital is not None:  # "the Sudanese capital"
                span = doc[tok.i - 2 : tok.i + 1]
                yield Mention(span.text, span.start_char, span.end_char, span, [capital])
                continue
            continue
        if doc[tok.i - 1].lower_ != "the" or tok.text[:1].isupper() and word == "republic":
            continue  # not "the Republic of Ingushetia" either
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the country of Georgia", "the Strait of Hormuz": a name follows
        span = doc[tok.i - 1 : tok.i + 1]
        if word == "republic":
            yield Mention(span.text, span.start_char, span.end_char, span, [], kind="republic")
            continue
        if word in ANAPHOR_KINDS:
            # placed after resolution by the last place of that kind before it
            kind = ANAPHOR_KINDS[word]
            yield Mention(span.text, span.start_char, span.end_char, span, [], kind=kind)
            continue
        if word == "capital":
            iso3 = _country_antecedent(tok)  # "Pakistan ... struck the capital"
            capital = _capital_of(iso3, gazetteer) if iso3 else None
            if capital is not None:
                yield Mention(span.text, span.start_char, span.end_char, span, [capital])
            continue
        if word == "strait":
            straits = [p for name in strait_coasts() for p in gazetteer.lookup(name)[:1]]
            yield Mention(span.text, span.start_char, span.end_char, span, straits, kind="strait")
            continue
        iso3 = _country_antecedent(tok)
        place = gazetteer.country(iso3) if iso3 else None
        if place is not None:
            yield Mention(span.text, span.start_char, span.end_char, span, [place])


ANTECEDENT_REACH = 60  # tokens back to look for the country "the country" stands for
# Lower-case unit words that, after "the", stand for the place of that kind the text named
# last: "a working trip to the Zaporizhzhia region ... the situation in the region".
ANAPHOR_KINDS = {word: "region" for word in TOPONYM_WORDS["region_anaphors"]} | {
    word: "town" for word in TOPONYM_WORDS["town_anaphors"]
}
ANAPHOR_REACH = 80  # tokens back: the antecedent is in the same or the previous sentences
UNIT_ANAPHORS = ANAPHOR_KINDS.keys() | {"capital"}
PLACED_LATER = {"strait", "republic", "region", "town"}  # mention kinds resolve() skips


def _capital_of(iso3: str, gazetteer: Gazetteer) -> Place | None:
    """A country's capital town (the actor data's first capital the gazetteer knows there)."""
    for name in capital_names().get(iso3, ()):
        found = [p for p in gazetteer.lookup(name) if p.country == iso3 and not p.is_country]
        if found:
            return found[0]
    return None


def _country_antecedent(tok: Token) -> str | None:
    """The country named last before "the country" (by name or adjective, in this or the
    previous sentences), skipping whoever acts on it ("Israeli attacks on the country",
    "Russian forces entered the country" are not in Israel or Russia)."""
    doc = tok.doc
    words = country_words()
    own_subject = _doer_tokens(tok)
    for j in range(tok.i - 2, max(-1, tok.i - 2 - ANTECEDENT_REACH), -1):
        if j in own_subject:
            continue
        for width in (3, 2, 1):
            if j - width + 1 < 0:
                continue
            text = doc[j - width + 1 : j + 1].text.lower()
            if text in words and not any(i in own_subject for i in range(j - width + 1, j + 1)):
                return words[text]
    return None


def _doer_tokens(tok: Token) -> set[int]:
    """Tokens naming who acts on "the country", who is not the country: a modifier of the
    act ("Israeli attacks on the country"), or its clause's subject when that is a state
    itself or its forces ("Russian forces entered the country", "invaded by Russia"), or
    anyone who visits it."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "poss":
        head = head.head  # "reopens the country's airspace": the act on the airspace
    found: set[int] = set()
    if head.pos_ in {"NOUN", "PROPN"}:
        # ... also of the nouns listed with it: "Iranian missiles and drone attacks on the
        # country" (session 16: "Iranian" is said of both)
        nouns = [head, head.head] if head.dep_ == "conj" else [head]
        for noun in nouns:
            for mod in noun.children:
                if mod.dep_ in {"amod", "compound", "poss", "nmod"} and mod.i < tok.i:
                    found.update(t.i for t in mod.subtree)
    verb = head if head.pos_ in {"VERB", "AUX"} else None
    verb = verb or next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return found
    # Whoever visits, tours or travels to "the country" is from elsewhere ("French president
    # Emmanuel Macron stayed during his state visit to the country": not France).
    visiting = any(t.lemma_.lower() in VISITOR_WORDS for t in (head, verb))
    if visiting and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        # "failing to arrest Russian President Vladimir Putin during his visit to the
        # country": "his" is the person named last before it, with his nationality.
        person = next(
            (t for t in reversed(tok.doc[tok.sent.start : head.i]) if t.ent_type_ == "PERSON"),
            None,
        )
        if person is not None:
            found.update(t.i for t in person.subtree)
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.pos_ in {"VERB", "AUX"}:
        verbs.append(verbs[-1].head)  # "captured by U.S. forces and flown out of the country"
    for subj in (c for v in verbs for c in v.children):
        if subj.dep_ not in {"nsubj", "agent"} or tok.i in {t.i for t in subj.subtree}:
            continue
        foreign = subj.ent_type_ == "GPE" or subj.lemma_.lower() in FOREIGN_ACTOR_NOUNS
        if foreign or visiting or subj.dep_ == "agent":
            found.update(_doer_words(subj))
    return found


def _doer_words(subj: Token) -> set[int]:
    """The subject's words but the place its act was aimed at or done in: "a Russian missile
    and drone attack **on Kyiv, Ukraine**, ... causes fires across the capital" (Kyiv); a
    state as the subject is the doer throughout."""
    words = {t.i for t in subj.subtree}
    if subj.ent_type_ == "GPE":
        return words
    for prep in subj.subtree:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS | {"against"}:
            words -= {t.i for t in prep.subtree}
    return words
