"""From argument words to actors: the `ActorRef` rows of a clause's doer and recipient
heads (conjuncts, coordinated modifiers, names said in the sentence, unknown names kept empty).

Separate from role assignment: roles choose the words; this asks the resolver who they are."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.article import ArticleActors, ref_of
from eventwire.actors.mentions import NOT_ACTOR_ENTS, compose_code
from eventwire.actors.phrases import conjuncts
from eventwire.events.arguments import ACTOR_ENTS, SUBJECTS, actor_inside, leader_of, pobjs
from eventwire.events.attribution import cue_lemmas
from eventwire.events.triggers import _thing_referred_to
from eventwire.events.violence import MILITARY_MEANS
from eventwire.nlp.pipeline import children_of, sentence_of, text_of
from eventwire.records import ActorRef


def _actor_rows(
    heads: list[Token],
    actors: ArticleActors,
    speaker: ActorRef | None,
    keep_unknown: bool = False,
    given: tuple[tuple[int, int], ...] = (),
    act: Token | None = None,
) -> list[ActorRef]:
    """Actors for argument heads (and their conjuncts). With `keep_unknown` (recipients),
    a noun phrase that is no known actor is kept with its text and span and no code
    ("the cultural sector"): the recipient is still evidence a reader wants. Doers
    (without it) named earlier in the sentence point at that name, not the pronoun."""
    rows: list[ActorRef] = []
    seen: set[int] = set()
    for head in heads:
        for tok in conjuncts(head):
            if tok.i in seen or (act is not None and _has_own_participle(tok, head, act)):
                continue
            seen.add(tok.i)
            split = (
                _coordinated_modifiers(tok, actors, given)
                or _names_run_together(tok, actors)
                or _people_of_states(tok, actors)
            )
            if split:
                # "UK and EU negotiators", "Nigerian and British armed forces": one actor
                # for each modifier
                rows.extend(split)
                continue
            ref = None if keep_unknown and _names_a_thing(tok) else actors.mention(tok, speaker)
            if ref is None and tok is not head and actor_inside(tok) is not tok:
                # "condemned the aggression and the threats made by Washington"
                ref = actors.mention(actor_inside(tok), speaker)
            if ref is None and not _inside_span(tok, given) and leader_of(tok) is not None:
                # "the Saudi-led coalition declared a ceasefire": the body stands for the
                # named one leading it, with the body's words (PLV, session 13)
                ref = actors.mention(leader_of(tok), speaker)
                if ref is not None:
                    start = actors.phrase(tok)[0].idx
                    end = tok.idx + len(tok.text)
                    ref = replace(ref, text=text_of(tok.doc)[start:end], start=start, end=end)
            if ref is None and keep_unknown and _unknown_argument(tok):
                ref = actors.unresolved(tok)
            if ref is None and not keep_unknown and tok.pos_ == "PRON":
                # "Farc has said it will release ...": the sayer is who "it" is.
                sayer = _sayer_of(tok)
                if sayer is not None:
                    ref = actors.mention(sayer, speaker) or (
                        actors.unresolved(sayer) if _unknown_name(sayer) else None
                    )
            if ref is None and (
                (not keep_unknown and _unknown_name(tok)) or _inside_span(tok, given)
            ):
                # "Action Against Hunger is providing food": a named doer the knowledge
                # base lacks is still the doer (kept uncoded, listed by `summary`).
                ref = actors.unresolved(tok)
            if ref is not None and not keep_unknown:
                ref = _armed_forces_of(tok, _named_in_sentence(tok, ref, actors))
            if ref is not None:
                rows.append(ref)
    return rows


def _armed_forces_of(tok: Token, ref: ActorRef) -> ActorRef:
    """A state's adjective on a means of force ("Israeli airstrikes kill five", "Russian
    missiles hit Kyiv") names the state's military as the doer: ISR MIL, not the state."""
    if (
        ref.sector is None
        and ref.country is not None
        and ref.code == ref.country
        and tok.dep_ in {"amod", "compound", "nmod"}
        and tok.head.lemma_.lower() in MILITARY_MEANS
    ):
        return replace(ref, sector="MIL", code=compose_code(ref.country, "MIL"))
    return ref


def _coordinated_modifiers(
    head: Token, actors: ArticleActors, given: tuple[tuple[int, int], ...]
) -> list[ActorRef]:
    """ "UK and EU negotiators": the parts of a noun whose modifier is coordinated, each
    as its own actor ("UK", "EU negotiators"), when at least two of them are actors."""
    mod = next(
        (
            c
            for c in children_of(head)
            if c.dep_ in {"nmod", "compound", "amod"}
            and c.i < head.i
            and any(x.dep_ == "conj" for x in children_of(c))
        ),
        None,
    )
    if mod is not None:
        parts = [mod, *(x for x in mod.conjuncts if mod.i < x.i < head.i)]
    else:
        # the parse left "and" without its second member ("UK and EU negotiators": UK
        # nmod, EU compound of the head): the proper noun right after "and" is it
        mod = _modifier_before_and(head)
        if mod is None:
            return []
        parts = [mod, head.doc[mod.i + 2]]
    text = text_of(head.doc)
    whole = actors.resolve_head(head)
    kind = getattr(whole, "sector", None)  # "armed forces": each side's military
    refs = []
    for n, part in enumerate(parts):
        resolved = actors.resolve_head(part)
        start = part.idx
        end = part.idx + len(part.text) if n == 0 else head.idx + len(head.text)
        marked = any(a <= start < b for a, b in given)
        if (
            n < len(parts) - 1
            and head.pos_ == "PROPN"
            and not getattr(resolved, "code", None)
            and not marked
        ):
            # "the Danish Security and Intelligence Service": in a name, a word that names no
            # actor of its own is a word of one body's name, not the first of two parties
            # ("House and Senate negotiators" are two)
            return []
        if resolved is None and not marked:
            continue
        country = getattr(resolved, "country", None)
        sector = getattr(resolved, "sector", None)
        code = getattr(resolved, "code", None)
        if country and sector is None and kind and code == country:
            sector, code = kind, f"{country}{kind}"
        refs.append(
            ActorRef(
                text=text[start:end],
                start=start,
                end=end,
                name=getattr(resolved, "name", None),
                actor_id=getattr(resolved, "actor_id", None),
                country=country,
                sector=sector,
                code=code,
            )
        )
    return refs if len(refs) >= 2 else []


def _names_run_together(head: Token, actors: ArticleActors) -> list[ActorRef]:
    """ "Donald Trump and Ursula von der Leyen announce a deal": the parse may hang the first
    name inside the second (Trump a modifier of "der", "Ursula" its conjunct), leaving one
    subject. When both names are people the knowledge base knows, each is its own actor."""
    if head.pos_ != "PROPN" or head.left_edge.i > head.i - 3:
        return []  # (two names and "and" take four words at least)
    for first in head.subtree:
        if first.i >= head.i:
            return []
        if first.dep_ not in {"nmod", "compound"} or first.pos_ != "PROPN":
            continue
        kids = children_of(first)
        second = next((c for c in kids if c.dep_ == "conj" and first.i < c.i < head.i), None)
        if second is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in kids):
            continue
        one, other = actors.resolve_head(first), actors.resolve_head(head)
        known = one and other and one.actor_id and other.actor_id
        if not known or one.actor_id == other.actor_id:
            return []
        names = [c for c in kids if c.dep_ == "compound" and c.i < first.i]
        first_start = min(t.idx for t in [first, *names])
        return [
            ref_of(one, head.doc, first_start, first.idx + len(first.text)),
            ref_of(other, head.doc, second.idx, head.idx + len(head.text)),
        ]
    return []


def _modifier_before_and(head: Token) -> Token | None:
    """A name modifying `head` that is followed by "and" and a second name modifying the same
    head ("UK and EU negotiators" parsed as UK/nmod, and/cc, EU/compound, no conj link)
    (PLV, session 13): the first of the two."""
    doc = head.doc
    for c in children_of(head):
        if (
            c.dep_ in {"nmod", "compound"}
            and c.pos_ == "PROPN"
            and c.i + 2 < head.i
            and doc[c.i + 1].lower_ == "and"
            and doc[c.i + 1].head.i in {c.i, head.i}
            and doc[c.i + 2].pos_ == "PROPN"
            and doc[c.i + 2].head.i == head.i
            and doc[c.i + 2].dep_ in {"nmod", "compound"}
        ):
            return c
    return None


def _people_of_states(head: Token, actors: ArticleActors) -> list[ActorRef]:
    """ "The foreign ministers of the Democratic Republic of Congo and Rwanda signed": a
    plural office or group "of" (or "from") two or more states is one actor per state, each
    with the group's sector, so that a joint act is between them."""
    if head.tag_ not in {"NNS", "NNPS"}:
        return []
    whole = actors.resolve_head(head)
    # ("presidents": a plural title the resolver reads as no actor word, by its lemma)
    titles = actors.resolver.kb.terms_of_kind("title")
    sector = getattr(whole, "sector", None) or titles.get(head.lemma_.lower())
    if sector is None:
        return []
    parts = [
        part
        for prep in children_of(head)
        if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}
        for obj in children_of(prep)
        if obj.dep_ == "pobj"
        for part in (obj, *(c for c in obj.conjuncts if c.i > obj.i))
    ]
    text = text_of(head.doc)
    refs: list[ActorRef] = []
    for part in parts:
        state = actors.resolve_head(part)
        country = getattr(state, "country", None)
        if country is None or getattr(state, "code", None) != country:
            return []  # only states named as such ("of Congo and Rwanda"), nothing else
        own = actors.phrase(part)  # "the Democratic Republic of Congo", not "... and Rwanda"
        start, end = own[0].idx, own[-1].idx + len(own[-1].text)
        refs.append(
            ActorRef(
                text=text[start:end],
                start=start,
                end=end,
                name=getattr(state, "name", None),
                actor_id=f"{country}-{sector}",
                country=country,
                sector=sector,
                code=compose_code(country, sector),
            )
        )
    return refs if len({r.country for r in refs}) >= 2 else []


def _named_in_sentence(tok: Token, ref: ActorRef, actors: ArticleActors) -> ActorRef:
    """ "The ELN said it will release him": the evidence for the doer is "The ELN", named
    earlier in the same sentence, rather than the pronoun that refers back to it."""
    if tok.pos_ != "PRON" or ref.code is None:
        return ref
    sentence_start = sentence_of(tok).start
    sayer = _sayer_i(tok)
    for i in range(tok.i - 1, sentence_start - 1, -1):
        named = actors.mentions.get(i)
        if (
            named is not None
            and (
                (named.code == ref.code and named.name == ref.name)
                # "Turkey's president says it will ...": the sayer, however coded
                or (sayer == i and named.country == ref.country)
            )
            and tok.doc[i].pos_ != "PRON"
        ):
            return named
    return ref


def _unknown_argument(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ not in NOT_ACTOR_ENTS


def _sayer_of(pronoun: Token) -> Token | None:
    """The subject of the saying verb whose reported clause this pronoun is the subject of
    ("X said *it* will ..."), when the pronoun is a third-person subject."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"it", "they", "he", "she"}:
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cue_lemmas():
        return None
    return next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)


def _sayer_i(pronoun: Token) -> int | None:
    sayer = _sayer_of(pronoun)
    return None if sayer is None else sayer.i


def _inside_span(tok: Token, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def _inside(ref: ActorRef, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a mention overlaps an actor span the caller marked (see GIVEN_ACTORS)."""
    return any(ref.start < b and a < ref.end for a, b in spans)


def _unknown_name(tok: Token, depth: int = 0) -> bool:
    """A name the knowledge base may lack: an entity, a proper noun, an abbreviation the
    tagger read as a noun ("ICE handed back ..."), or a group of a named body ("members of the
    Freedom Alliance", "a delegation of the KANU")."""
    if tok.ent_type_ in ACTOR_ENTS or (tok.pos_ == "PROPN" and tok.ent_type_ == ""):
        return True
    if tok.pos_ == "NOUN" and _abbreviation(tok):
        return True
    return (
        depth == 0
        and tok.pos_ == "NOUN"
        and tok.ent_type_ == ""
        and any(
            _unknown_name(g, 1)
            for p in children_of(tok)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in pobjs(p)
        )
    )


def _abbreviation(tok: Token) -> bool:
    """ "ICE", "SLM/A": capitals only, two letters or more."""
    letters = tok.text.replace("/", "").replace("-", "").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _names_a_thing(pron: Token) -> bool:
    """A recipient "it"/"them" that stands for the thing named just before, with no actor
    between ("Washington signed the treaty in 2019. It withdrew from it in 2025": the
    treaty). The clause's own subject is no candidate: "Washington withdrew from it" cannot
    mean Washington."""
    thing = _thing_referred_to(pron)
    if thing is None:
        return False
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    own = {t.i for c in children_of(verb) if c.dep_ in SUBJECTS for t in c.subtree}
    between = pron.doc[thing.i + 1 : pron.i]
    return not any(t.ent_type_ in ACTOR_ENTS and t.i not in own for t in between)


def _has_own_participle(tok: Token, head: Token, act: Token) -> bool:
    """ "A teacher arrested in Tehran and an aid worker arrested in Mashhad": a conjunct with
    its own participle of the act's verb is the one its own event is done to, not this one's."""
    return (
        tok is not head
        and act.dep_ == "acl"
        and act.head.i == head.i
        and any(
            c.dep_ == "acl" and c.i != act.i and c.lemma_ == act.lemma_ for c in children_of(tok)
        )
    )
