"""Self-targets and joint acts: when the doers are also the recipients ("India and Pakistan
agreed to a ceasefire", "accused each other"), and when one actor acting on itself is a
parse artefact or two bodies of one kind.

These rules decide the source-target pairs after both sides are known."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import WORD_LISTS
from eventwire.events.dedup import _actor_key
from eventwire.records import ActorRef

# CAMEO codes of acts that conjoined doers do together, to each other: intents to cooperate
# (03), meetings and negotiations (04 but visits, hosting and mediation), signing agreements
# (057), material cooperation (06) and ceasefires (0871).
# Diplomatic cooperation (050: "China and Vietnam upgrade relations") too.
RECIPROCAL_PREFIXES = ("03", "040", "041", "044", "046", "050", "057", "06", "0871")
# Verbs whose conjoined doers give each other what they name: "swap prisoners".
EXCHANGE_VERBS = WORD_LISTS["exchange_verbs"]
# Verbs whose conjoined doers put a thing forward together, to someone else.
PUTTING_FORWARD_VERBS = WORD_LISTS["putting_forward_verbs"]
# Verbs whose conjoined doers are fellow guests at someone else's meeting: "attended".
ATTENDING_VERBS = WORD_LISTS["attending_verbs"]


def _topic(tok: Token) -> bool:
    """A noun in the phrase of "on", "about", "over" ... : what an act is about, not a party."""
    node = tok
    while node.dep_ != "prep":
        if node.dep_ not in TOPIC_PATH_DEPS or node.head is node:
            return False
        node = node.head
    return node.lower_ in TOPIC_PREPS


TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


TOPIC_PATH_DEPS = {"pobj", "poss", "compound", "conj", "appos", "amod", "nmod"}


def _two_bodies_of_a_kind(s: ActorRef, t: ActorRef) -> bool:
    """Two different unnamed bodies of the same sector and no country ("the Department of
    Energy" probing "the Bureau of Land Management", both GOV): the same code
    does not make them one actor, as it does for "its" or a repeated name."""
    return (
        s.name is None
        and s.country is None
        and s.text.lower() != t.text.lower()
        and t.text.lower().split()[0] not in PRONOUN_STARTS
    )


# A recipient that starts so is the doer again ("its embargo", "their own forces").
PRONOUN_STARTS = {"it", "its", "their", "them", "they", "his", "her", "our", "we", "itself"}


def _acts_on_each_other(code: str, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    return (
        code.startswith(RECIPROCAL_PREFIXES)
        and not any(t.code for t in targets)
        and len({_actor_key(s) for s in sources}) > 1
    )


def _put_forward_together(tok: Token) -> bool:
    """Whether conjoined doers put a thing forward together ("Cruz and Rooney proposed an
    amendment", "France and Germany pledged aid"): the thing goes to a third party, so the
    doers are not each other's recipients as they are when they "agreed to cooperate"."""
    return tok.lemma_.lower() in PUTTING_FORWARD_VERBS and any(
        c.dep_ == "dobj" for c in tok.children
    )


def _attended_together(tok: Token) -> bool:
    """Whether conjoined doers attend a meeting held by someone else ("The meeting was
    attended by Prime Minister A, Minister B and Governor C"): each took part, none met the
    others. Kremlin readouts list ten or more attendees, and pairing them made a CAMEO 040
    for every ordered pair (some 90 rows for one meeting); the host's meeting is its own
    event ("Putin held a meeting with ..."), so each attendee keeps one row, no recipient."""
    return tok.lemma_.lower() in ATTENDING_VERBS


def _reciprocal(tok: Token) -> bool:
    """Whether the predicate acts on "each other" or "one another", as its object or after one
    of its (or its object's) prepositions: "accused each other", "fire missiles at each other";
    or is an exchange ("swap prisoners")."""
    if tok.lemma_.lower() in EXCHANGE_VERBS:
        return True
    for t in tok.subtree:
        if t.lower_ not in {"other", "another"} or t.i == 0:
            continue
        if t.doc[t.i - 1].lower_ not in {"each", "one"} and not (
            t.lower_ == "another" and t.doc[t.i - 1].lower_ == "one"
        ):
            continue
        node = t.head if t.dep_ == "det" else t  # "one another": "another" may hang on "one"
        while node.i != tok.i and node.dep_ in {"dobj", "pobj", "prep"}:
            node = node.head
        if node.i == tok.i:
            return True
    return False
