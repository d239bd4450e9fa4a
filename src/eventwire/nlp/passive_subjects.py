"""Passive participles parsed with an active subject.

In "The number of civilians reportedly killed in coastal Syria by government forces increases
to 1,557" spaCy's small model may take "killed" for the sentence's verb, with "number" as its
active subject and "by government forces" as its agent: the event stage would then make the
victims the killers. A past participle with an agent ("by ...") and no auxiliary of its own
is passive, so its subject is the one acted on: this repair relabels that subject `nsubjpass`.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP
from spacy.tokens import Doc

from eventwire.nlp.pipeline import children_of, forget_tree, token_columns

# Dependents that make a participle a perfect or an active clause of its own ("have killed").
AUXILIARY_DEPS = {"aux", "auxpass"}


class PassiveSubjects:
    """Relabel the active subject of an agent-bearing past participle (see above)."""

    def __call__(self, doc: Doc) -> int:
        """Repair every such participle of `doc` in place; returns how many."""
        dep = token_columns(doc)[DEP]
        agent = doc.vocab.strings.add("agent")
        subjects = []
        for k in np.flatnonzero(dep == agent).tolist():  # (few: read only their verbs)
            verb = doc[k].head
            if verb.tag_ != "VBN" or verb.pos_ != "VERB" or doc[k].lower_ != "by":
                continue
            kids = children_of(verb)
            if not any(c.dep_ in AUXILIARY_DEPS for c in kids):
                subjects.extend(c.i for c in kids if c.dep_ == "nsubj" and c.i < verb.i)
        if not subjects:
            return 0
        deps = doc.to_array(DEP)
        deps[subjects] = doc.vocab.strings.add("nsubjpass")
        doc.from_array([DEP], deps.reshape(-1, 1))
        forget_tree(doc)
        return len(subjects)
