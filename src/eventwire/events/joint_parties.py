"""Joint doers of a readout: "The two leaders discussed ...", "It was agreed to ...".

A readout of a call or a meeting names its two parties once ("Putin had a telephone
conversation with Tokayev") and then tells what they did together by a plural that names
no one ("the two leaders", "the sides", "they") or by a passive with no doer ("it was agreed
to maintain contacts", "bilateral issues were discussed"). Those acts are the parties' own,
done to each other; without the parties the extractor finds nobody and drops them.

Kept apart from the actor resolver: it reads the events already coded, not the names."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.dedup import _actor_key
from eventwire.events.predicates import WORD_LISTS
from eventwire.nlp.pipeline import children_of
from eventwire.records import ActorRef, Event

# Plurals by which a readout names its two parties ("the two leaders", "both sides").
JOINT_PARTY_WORDS = WORD_LISTS["joint_party_words"]
# Meetings, calls, visits and negotiations: the events that name a readout's two parties.
MEETING_ROOT = "04"
# What two parties do together in words and in kind: statements, appeals, intents,
# consultations, diplomatic and material cooperation (not force, not coercion).
JOINT_ROOTS = {"01", "02", "03", "04", "05", "06"}
# Quantifiers by which a plural means more, or others, than the two parties ("all sides").
NOT_TWO = {"all", "other", "many", "some", "several", "various", "most", "few", "any", "each"}
# Sentences after the meeting (or the last act given to its parties) for which a plural
# still means them.
REACH = 6


@dataclass
class JointParties:
    """The two parties of the article's latest meeting, for the plurals that follow it."""

    parties: tuple[ActorRef, ActorRef] | None = None
    sentence: int = -1

    def note(self, events: list[Event], si: int) -> None:
        """Remember the parties of a meeting or call coded in sentence `si`."""
        for e in events:
            s, t = e.source, e.target
            if (
                e.cameo.code.startswith(MEETING_ROOT)
                and e.modality == "asserted"  # (an urged or planned meeting has no readout)
                and s is not None
                and t is not None
                and s.code
                and t.code
                and _actor_key(s) != _actor_key(t)
            ):
                self.parties, self.sentence = (s, t), si
                return

    def doers(self, verb: Token, heads: list[Token], si: int, code: str) -> list[ActorRef]:
        """The remembered parties as the doers of a joint act whose subject names no one
        ("the two leaders", "they") or that has none ("it was agreed"); else nothing."""
        if (
            self.parties is None
            or si - self.sentence > REACH
            or si <= self.sentence  # (the meeting's own sentence names its doers)
            or code[:2] not in JOINT_ROOTS
        ):
            return []
        named = [h for h in heads if h.lower_ != "it"]
        if named and not all(_joint_word(h) for h in named):
            return []
        if not named and not _passive_without_agent(verb):
            return []
        self.sentence = si
        # (the parties' own mentions stand for them: the plural has one span for two)
        return list(self.parties)


def _joint_word(head: Token) -> bool:
    """ "the two leaders", "both sides", "they": a plural of a kind of party."""
    lemma = head.lemma_.lower()
    if any(c.lower_ in NOT_TWO for c in children_of(head)):
        return False  # "all sides", "other leaders": not the two
    if head.pos_ == "PRON":
        return lemma == "they" or head.lower_ == "they"
    return lemma in JOINT_PARTY_WORDS and (head.tag_ == "NNS" or head.lower_ == "both")


def _passive_without_agent(verb: Token) -> bool:
    """ "it was agreed to ...", "issues were discussed": a passive naming no doer."""
    node = verb
    for _ in range(3):  # the verb, or the verb governing its infinitive ("was agreed to")
        kids = children_of(node)
        if any(c.dep_ == "auxpass" for c in kids):
            return not any(c.dep_ == "agent" for c in kids)
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False
