"""Modality and time of a clause: how sure the text is of an act (asserted, future,
hypothetical, negated ...) and when it happened.

Both read the clause around the trigger, not its actors, so they are kept apart from role
assignment."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import read_data_tsv
from eventwire.events.arguments import PASSIVE_SUBJECTS, SUBJECTS
from eventwire.events.dates import resolve_time
from eventwire.events.roles import _contacted, _noun_content
from eventwire.nlp.pipeline import children_of, sentence_of

# Subordinating words of clauses that report what has happened, whatever the main clause's
# modality ("will pause the evacuation after a ship was attacked").
SETTLED_CLAUSE_MARKS = {"after", "since", "because", "as", "although", "though", "while"}


# Prepositions that place an event before or after another: the other one's date is not its.
ORDER_PREPS = {"after", "before", "following", "since", "until", "ahead", "prior"}


@lru_cache(maxsize=1)
def modality_words() -> dict[tuple[str, str], str]:
    """(word, role) -> modality, from data/modality.tsv."""
    rows = read_data_tsv("eventwire.events", "modality.tsv")
    return {(r["word"], r["role"]): r["modality"] for r in rows}


def _time_expression(verb: Token) -> str | None:
    for child in children_of(verb):
        if child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ in {"DATE", "TIME"}:
            return " ".join(t.text for t in child.subtree)
        if child.dep_ == "prep" and child.lower_ in {"in", "on", "during", "since", "at", "last"}:
            pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}:
                return " ".join(t.text for t in pobj.subtree)
        if child.ent_type_ == "DATE" and child.dep_ in {"advmod", "npadvmod"}:
            return " ".join(t.text for t in child.subtree)
        if child.ent_type_ == "DATE" and child.dep_ == "poss":
            # "yesterday's missile strike", "Monday's attack"
            return " ".join(t.text for t in child.subtree if t.dep_ != "case")
    return None


# Prepositions whose object the sentence takes as having happened, whatever it says of its
# main verb: "did not resume after the Russian attack", "were not delivered because of the
# blockade".
SETTLED_PREPS = {"after", "following", "amid", "despite", "because", "due", "owing"}


SETTLED_PREP_PAIRS = {("due", "to"), ("because", "of"), ("owing", "to")}


def _settled_circumstance(noun: Token) -> bool:
    """Whether a noun is the object of a preposition that presupposes it happened."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in SETTLED_PREPS and prep.dep_ == "prep":
        return True
    return prep.dep_ == "pcomp" and (prep.head.lower_, prep.lower_) in SETTLED_PREP_PAIRS


def _subjunctive(verb: Token) -> bool:
    """A clause in the mandative subjunctive: a bare verb with its own subject and no
    auxiliary ("that Israel stop its attacks"; "that they stopped" reports a fact)."""
    if any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb)):
        return False
    return verb.tag_ == "VB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))


def _asked(tok: Token) -> bool:
    """An event a yes/no question asks about ("Will China send weapons to Russia?") is not
    asserted. A wh-question ("Why did Russia attack?") takes its event for granted."""
    sent = sentence_of(tok)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    return not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in sent)


def _nobody(arg: Token) -> bool:
    """A subject or object that denies the act happened: "no one", "nobody", "no civilians"."""
    if arg.dep_ not in SUBJECTS | PASSIVE_SUBJECTS | {"dobj"}:
        return False
    return arg.lower_ in {"nobody", "none", "nothing"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(arg)
    )


class ModalityReading:
    """How sure and when: the `EventExtractor` methods that read a clause's modality and date."""

    def _in_any_quote(self, tok: Token, quotes: list[tuple[int, int]]) -> bool:
        at = tok.idx
        return any(start <= at < end for start, end in quotes)

    # -- modality ----------------------------------------------------------
    def _modality(self, tok: Token, quotes: list[tuple[int, int]] | None = None) -> str:
        if any(_nobody(c) for c in children_of(tok)):
            return "negated"  # "no one was injured", "no agreement was reached"
        node = tok
        for _ in range(8):
            for child in children_of(node):
                if child.dep_ == "neg" and (child.lower_, "neg") in self.modal:
                    return "negated"
            for child in children_of(node):
                if child.dep_ in {"aux", "auxpass"}:
                    found = self.modal.get((child.lower_, "aux"))
                    if found == "hypothetical" and child.lower_ == "would":
                        if self._reported_future(node, quotes or []):
                            return "future"
                    if found:
                        return found
                if child.dep_ == "mark":
                    found = self.modal.get((child.lower_, "mark"))
                    if found:
                        return found
                if child.dep_ == "advmod":
                    # "the embassy is reportedly attacked": hearsay, not a seen act
                    found = self.modal.get((child.lower_, "advmod"))
                    if found:
                        return found
            if (
                node.pos_ == "NOUN"
                and node.dep_ == "pobj"
                and node.head.dep_ == "prep"
                and not _settled_circumstance(node)  # "told ... following the talks"
            ):
                # "called for talks", "appealed for a ceasefire": asked for, not done.
                found = self.modal.get((node.head.head.lemma_.lower(), "governor"))
                if found in {"requested", "negated", "future"}:
                    return found
            if node.pos_ == "NOUN" and node.dep_ == "dobj":
                # "denied the attack", "called for talks": the governing verb decides.
                gov = node.head
                found = self.modal.get((gov.lemma_.lower(), "governor"))
                if found and gov.lemma_.lower() not in self.cues:
                    return found if found != "future" else "future"
            dep = node.dep_
            head = node.head
            if head is node or _settled_circumstance(node):
                break
            if _contacted(node):
                pass  # "called Erdogan to apologize": done on the call, not asked for
            elif dep in {"xcomp", "pcomp"} or (
                dep == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node))
            ):
                # "accused of shooting", "suspected of killing": the verb the preposition
                # hangs on governs the gerund
                gov = head.head if dep == "pcomp" and head.dep_ == "prep" else head
                found = self.modal.get((gov.lemma_.lower(), "governor"))
                if found:
                    return found
            elif dep == "ccomp":
                found = self.modal.get((head.lemma_.lower(), "governor"))
                if found in {"negated", "reported"}:
                    return found
                if found == "requested" and _subjunctive(node):
                    return found  # "demanded that Israel stop its attacks": asked for
                if head.lemma_.lower() in self.cues:
                    return "asserted"
            elif dep in {"acl", "relcl"} and head.pos_ == "NOUN" and _noun_content(node):
                # "the claim that a ship was hit", "a plan to deport", "an ultimatum to end the
                # war": what the noun says or asks for; "denied the claim that ..." denies it.
                if (
                    head.dep_ == "dobj"
                    and self.modal.get((head.head.lemma_.lower(), "governor")) == "negated"
                ):
                    return "negated"
                found = self.modal.get((head.lemma_.lower(), "governor"))
                if found:
                    return found
                break
            elif dep not in {"conj", "advcl", "prep", "pobj", "dobj"}:
                break
            elif dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in SETTLED_CLAUSE_MARKS for c in children_of(node)
            ):
                break  # "will pause the effort after a vessel was attacked": that happened
            node = head
        return "asserted"

    def _reported_future(self, clause: Token, quotes: list[tuple[int, int]]) -> bool:
        """ "They said they would boycott the vote": in reported speech "would" is the
        speaker's "will" moved into the past (sequence of tenses), not a hypothetical;
        unless an if-clause makes it one, or the words are quoted as spoken."""
        while clause.dep_ == "conj":
            clause = clause.head
        cue = clause.head
        return (
            clause.dep_ == "ccomp"
            and cue.lemma_.lower() in self.cues
            and cue.tag_ in {"VBD", "VBN"}
            and not self._in_any_quote(clause, quotes)
            and not any(
                t.dep_ in {"mark", "advmod"} and t.lower_ in {"if", "unless", "otherwise"}
                for t in clause.subtree
            )
        )

    # -- dates -------------------------------------------------------------
    def _date(self, tok: Token, article_date: str | None) -> tuple[str | None, str]:
        node = tok
        for _ in range(6):
            expr = _time_expression(node)
            if expr:
                found = resolve_time(expr, article_date)
                if found:
                    return found
            if node.dep_ == "prep" and node.lower_ in ORDER_PREPS:
                break  # "declares April 6 a day of mourning following the strike": not its date
            if node.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp", "pobj", "prep", "dobj"} and (
                node.head is not node
            ):
                node = node.head
            else:
                break
        return (article_date, "day") if article_date else (None, "unknown")
