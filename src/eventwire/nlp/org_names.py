"""Organisation names with "and" inside, parsed as two coordinated nouns.

spaCy's small model may read "Eli Lilly and Company cut the price of insulin" or "Health and
Human Services said" as "Lilly" (the subject) and "Company" (its conjunct), though its entity
recogniser sees one organisation. The actor stage would then code two actors, neither of them
the company. This repair re-heads such a name on its last word when that word is an
institution noun ("Company", "Council", "Services": data/word_lists.tsv): the last word takes
the first one's place in the sentence, and the first becomes its modifier, so the name is one
noun phrase with the institution as its head.

Only a coordination at the top of the name is repaired: in "the Department of Health and
Human Services" the parse already heads the name on "Department". A name whose "and" joins
modifiers of the head ("National Security and Defense Council", parsed right) is kept whole
by the event stage (events/argument_actors.py, `_one_name`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

from eventwire.datafiles import read_word_sets
from eventwire.nlp.pipeline import forget_tree

NAME_LABELS = {"ORG", "FAC"}
AND_WORDS = {"and", "&"}
# Dependents of the first noun that belong to the whole name, wherever they stand: its
# article and its owner ("the", "Ukraine's"), and whatever hangs outside the name.
WHOLE_NAME_DEPS = {"det", "poss", "case"}


def _one_name_joined(doc: Doc, first: int, last: int) -> bool:
    """An "and" between the two words with no article after it: "Eli Lilly and Company" is
    one name, "the EU and the African Union" a list of two."""
    joins = [k for k in range(first + 1, last) if doc[k].lower_ in AND_WORDS]
    return bool(joins) and all(doc[k + 1].pos_ != "DET" for k in joins)


class OrgNameHeads:
    """Re-head organisation names with "and" inside on their institution noun (see above)."""

    def __init__(self, institution_nouns: Iterable[str] | None = None) -> None:
        if institution_nouns is None:
            institution_nouns = read_word_sets("eventwire.nlp", "word_lists.tsv")[
                "institution_nouns"
            ]
        self.institution_nouns = frozenset(w.lower() for w in institution_nouns)

    def __call__(self, doc: Doc) -> int:
        """Repair every such name of `doc` in place; returns how many."""
        repairs = []
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS or len(ent) < 3:
                continue
            last = ent[-1]
            first = last.head
            if (
                last.dep_ != "conj"
                or not ent.start <= first.i < last.i
                or (first.head.i != first.i and ent.start <= first.head.i < ent.end)
                or last.lower_ not in self.institution_nouns
                and last.lemma_.lower() not in self.institution_nouns
                or not _one_name_joined(doc, first.i, last.i)
            ):
                continue
            repairs.append((ent.start, ent.end, first.i, last.i))
        if not repairs:
            return 0
        n = len(doc)
        heads = doc.to_array(HEAD).astype("int64") + np.arange(n)  # absolute indexes
        deps = doc.to_array(DEP)
        compound = doc.vocab.strings.add("compound")
        for start, end, first, last in repairs:
            # the last word takes the first one's place: its head and its relation
            heads[last] = last if heads[first] == first else heads[first]
            deps[last] = deps[first]
            heads[first], deps[first] = last, compound
            for k in np.flatnonzero(heads == first).tolist():
                if k != last and (not start <= k < end or doc[k].dep_ in WHOLE_NAME_DEPS):
                    heads[k] = last  # "the", "Ukraine's", "of Ukraine": the whole name's
        columns = np.stack([(heads - np.arange(n)).astype("uint64"), deps.astype("uint64")], 1)
        doc.from_array([HEAD, DEP], columns)
        forget_tree(doc)
        return len(repairs)
