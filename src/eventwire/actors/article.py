"""Per-article actor resolution: `ArticleActors` resolves one article's mentions in order.

It wraps the stateless `Resolver` with what only the whole article knows: the release's home
state (`home_country`), the dateline, the mentions seen so far (surnames, "the minister",
pronouns through the `Coreference` mixin) and the countries a sentence speaks of. `DocLayout`
reads token facts of a Doc in one go for it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, IDX, ORTH, POS, SENT_START
from spacy.symbols import NOUN as NOUN_ID
from spacy.symbols import PROPN as PROPN_ID
from spacy.tokens import Doc, Span, Token

from eventwire.actors.coreference import Coreference, TurnVocatives, _minus_position
from eventwire.actors.descriptions import (
    ADVERSARY_HEADS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    CONTEXT_PEOPLE,
    COREF_WINDOW,
    COUNTED_PEOPLE,
    FOREIGN_ARMED_SECTORS,
    GENERIC_HEADS,
    HOMELAND_HEADS,
    NON_STATE_GROUP_SECTORS,
    ORGANISATION_WORDS,
    OTHER_STATES_HEADS,
    OWN_PEOPLE_SECTORS,
    OWNED_THINGS,
    PEOPLE_SECTORS,
    RELATIONAL_HEADS,
    SCENE_PREPS,
    SINGLE_HOLDER_TITLES,
    TERRITORY_HEADS,
    UN_NAMED,
    UN_WORDS,
    UNBOUNDED_PEOPLE,
    VAGUE_MODIFIERS,
    _abbreviation,
    _acronym,
    _argument_of,
    _attacked,
    _attacking,
    _bare_definite,
    _bare_the,
    _bare_the_name,
    _before_inclusion,
    _body_of_state,
    _category_possessive,
    _clause_verb,
    _clauses_above,
    _counted,
    _counted_group,
    _elided_group,
    _first_conjunct,
    _foreigners,
    _friends_of,
    _full_name,
    _harmed,
    _kin_of,
    _list_origins,
    _members_of,
    _name_after_honorific,
    _name_modifiers,
    _named_among_people,
    _names_nobody,
    _of_another,
    _place_phrase,
    _plain_description,
    _pron_poss,
    _regnal_number,
    _scene_phrase,
    _scene_place,
    _state_house,
    _surname,
    _warship_country,
    _with_country,
    members_body,
    others_of_list,
    thing_head,
)
from eventwire.actors.kb import normalise
from eventwire.actors.mentions import (
    ARGUMENT_DEPS,
    FEMALE,
    FEMALE_WORDS,
    FIRST_PERSON,
    MALE,
    MALE_WORDS,
    NOT_ACTOR_ENTS,
    PLURAL,
    STATE_SECTORS,
    THING,
    Resolution,
    Seen,
    _office,
    compose_code,
)
from eventwire.actors.name_index import settle_ambiguous
from eventwire.actors.phrases import np_tokens
from eventwire.actors.resolver import ARMED_GROUP_OFFICES, Resolver
from eventwire.actors.seats import (
    AREA_NOUNS,
    LOCAL_OFFICES,
    LOCATIVE_PREPS,
    OFFICE_HEADS,
    PlaceEntity,
    _capital_as_place,
    _drop_homonym_capitals,
    _local_office_country,
    _own_place_country,
    gazetteer_country,
    nation_country,
    region_of,
)
from eventwire.actors.titles import (
    APPOINTED_SECTORS,
    CONVICTING_VERBS,
    _convicted,
    _named_to_office,
    _office_to_be,
)
from eventwire.datafiles import read_data_tsv, read_word_sets
from eventwire.nlp.pipeline import children_of, sentences_of, text_of, tokens_of
from eventwire.records import ActorRef

# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")

ACTOR_ENT_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
# Rule A1 (session 11): people named only as migrants have the country of their origin, which
# the place they were found, drowned or rescued in does not give.
ORIGIN_ONLY_NOUNS = WORD_LISTS["origin_only_nouns"]
PRONOUNS = MALE | FEMALE | THING | PLURAL | FIRST_PERSON
CHAINED = PLURAL | THING  # pronouns that are antecedents of the next one
FORCE_SECTORS = {"MIL", "COP"}
LOCAL_FORCE_SECTORS = {"COP", "JUD"}  # police and courts: of the place they act in
# Armed groups and criminals: harmed by a state's forces, they are often its own people.
ARMED_NON_STATE = {"REB", "CRM", "UAF", "PRM"}
ATTACK_WINDOW = 3  # sentences before a harmed mention searched for its attacker
VICTIMS_WHY = "country {} of the side attacked, not the attacker's"
# The why of the weakest cues, the country the whole text is about: a guess, not a group's.
CONTEXT_WHYS = ("the article is about", "of the sentence, release or article")
WITHHELD_WHY = "harmed by {}: not its people, no other country in sight"
POLITICAL_SECTORS = {"GOV", "LEG", "PTY", "OPP", "ELI"}
US_PARTY_MODIFIERS = WORD_LISTS["us_party_modifiers"]
PEACEKEEPING_BODIES = WORD_LISTS["peacekeeping_bodies"]
PEACEKEEPER_WORDS = WORD_LISTS["peacekeeper_words"]
# taking people into custody, or convicting them (one list of the latter: titles.py)
CUSTODY_VERBS = WORD_LISTS["custody_verbs"] | CONVICTING_VERBS
CUSTODY_SECTORS = {"COP", "SPY", "JUD", "GOV"}  # a state's arm that takes people into custody


@dataclass
class DocLayout:
    """Facts about every token of a Doc, read from its arrays in one go (no Token objects)."""

    doc: Doc
    sent_start: list[bool]  # `Token.is_sent_start`
    name_like: list[bool]  # a noun or proper noun that is not a compound or adjectival part
    capitalised: list[int]  # indices of tokens whose text starts with a capital
    in_brackets: list[int]  # indices of tokens with "(" just before and ")" just after
    names: list[int]  # indices of the `name_like` tokens
    last_start: list[int]  # token index -> the latest sentence start at or before it (or -1)

    @classmethod
    def of(cls, doc: Doc) -> DocLayout:
        strings = doc.vocab.strings
        pos, dep, start, idx, orth = doc.to_array([POS, DEP, SENT_START, IDX, ORTH]).T
        # (spaCy's arrays are numpy arrays: compared whole, not token by token)
        name_like = ((pos == PROPN_ID) | (pos == NOUN_ID)) & ~(
            (dep == strings["compound"]) | (dep == strings["amod"])
        )
        bracketed = (orth[:-2] == strings["("]) & (orth[2:] == strings[")"])
        positions = np.arange(len(start))
        return cls(
            doc=doc,
            sent_start=(start == 1).tolist(),
            name_like=name_like.tolist(),
            capitalised=_capitalised(text_of(doc), idx),
            in_brackets=(bracketed.nonzero()[0] + 1).tolist(),
            names=name_like.nonzero()[0].tolist(),
            last_start=np.maximum.accumulate(np.where(start == 1, positions, -1)).tolist(),
        )


def _capitalised(text: str, starts: np.ndarray) -> list[int]:
    """Indices of the tokens (first characters at `starts` in `text`) that begin with a
    capital (`text[at].isupper()`): tested on the whole array at once for ASCII letters, as
    one Python test per token was about half of the layout's time, and one by one only
    for the few tokens whose first character is not ASCII."""
    if not len(starts) or not text:
        return []
    # one 32-bit code per character, so that character offsets index the array
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    inside = starts < len(codes)  # (an offset past the text has no first character)
    first = codes[np.minimum(starts, len(codes) - 1)]
    upper = inside & (first >= ord("A")) & (first <= ord("Z"))
    for k in np.nonzero(inside & (first > 127))[0].tolist():
        upper[k] = text[int(starts[k])].isupper()
    return np.nonzero(upper)[0].tolist()


def ref_of(res: Resolution, doc: Doc, start: int, end: int) -> ActorRef:
    """The resolved actor as a mention of the text's characters [start, end)."""
    return ActorRef(
        text=text_of(doc)[start:end],
        start=start,
        end=end,
        name=res.name,
        actor_id=res.actor_id,
        country=res.country,
        sector=res.sector,
        code=res.code,
    )


@lru_cache(maxsize=1)
def outlet_countries() -> tuple[tuple[str, str], ...]:
    """(substring, country) for official outlets, from data/outlets.tsv."""
    rows = read_data_tsv("eventwire.actors", "outlets.tsv")
    return tuple((r["match"].lower(), r["country"]) for r in rows)


def home_country(source: str | None, url: str | None) -> str | None:
    """The state an official release speaks for ("the President" on kremlin.ru is Russia's)."""
    where = f"{source or ''} {url or ''}".lower()
    for needle, country in outlet_countries():
        if needle in where:
            return country
    return None


class ArticleActors(Coreference):
    """Resolves the mentions of one article in reading order, with coreference."""

    def __init__(
        self,
        resolver: Resolver,
        day: str | None,
        home: str | None = None,
        title: str | None = None,
    ) -> None:
        self.resolver = resolver
        self.day = day
        self.home = home  # the state an official release speaks for, if any
        self.title = title  # the item's headline, when the text does not carry it
        self.history: list[Seen] = []
        self.people: list[Seen] = []  # the persons of the history, in the order remembered
        self.cache: dict[int, Resolution] = {}
        self.mentions: dict[int, ActorRef] = {}  # head token -> first reading of the mention
        self._context: tuple[str | None] | None = None  # the article's main country, once read
        self._read_to = -1  # last token whose sentence's earlier names were all resolved
        self._acronyms: dict[str, Token] | None = None  # "NUP" -> "Platform" of "... (NUP)"
        self._counts: dict[str, int] | None = None  # country -> times the article names it
        self._joint: bool | None = None  # a joint statement of several states (`_joint_statement`)
        self._joint_igo: tuple[Resolution | None] | None = None  # its author body (`_joint_body`)
        self._named_at: list[tuple[int, str]] = []  # (token index, country) of those names
        # (sentence start, end, acting) -> `_sentence_named` (fixed once `_named_at` is read)
        self._named_in: dict[tuple[int, int, bool], frozenset[str]] = {}
        self._dateline: tuple[str | None] | None = None  # foreign country of the place line
        self._quotes: list[tuple[int, int]] | None = None
        self._turns: list[tuple[int, Token]] | None = None  # transcript turns: (char, label head)
        self._inline_turns: list[tuple[int, Token]] | None = None  # with labels mid-line
        self._vocative_scans: dict[int, TurnVocatives] = {}  # by the turn's first char
        self._turns_read = 0  # transcript turns whose labels `_turn_addressee` has resolved
        self._headline_of: tuple[Doc, str] | None = None  # `_headline`, with its Doc
        self._meeting: tuple[str, bool] | None = None  # `_meeting_headline`, with the headline
        self._greeted: set[int] | None = None  # heads a release's message is addressed to
        self._to_nation: bool | None = None  # an address that opens by hailing its people
        self._by_line: tuple[Resolution | None] | None = None  # who the headline says speaks
        self._un_named: bool | None = None  # the text names the UN (`_home_body`)
        # Read once per article from the Doc's arrays: spaCy builds a new Token object on
        # every `doc[i]`, and most tokens are never needed as objects.
        self._layout: DocLayout | None = None
        self._phrases: dict[int, list[Token]] = {}  # head index -> its noun phrase
        self._by_position: tuple[int, list[Seen]] | None = None  # history, latest first
        self._coded: tuple[int, list[Seen]] | None = None  # its coded persons, latest first
        # (Doc, history length read, lemma -> coded mentions latest first): `_coded_by_lemma`
        self._lemma_index: tuple[Doc | None, int, dict[str, list[Seen]]] = (None, 0, {})
        self._sent_starts: list[int] | None = None  # token index -> its sentence's first token
        self._sent_ends: list[int] = []  # token index -> its sentence's end (with `_sent_starts`)
        self._place_ents: list[PlaceEntity] | None = None  # GPE/LOC entities, read once
        self._regions_of_towns: dict[int, str] | None = None  # "Atlanta, Georgia": 12 -> USA
        self._chain_countries: dict[int, str] = {}  # "Siriz, Kerman province, Iran": Siriz -> IRN
        self._setting: tuple[str | None] | None = None  # a news story's country, read once
        self._in_text_order = True  # has every mention been remembered after the one before?
        self._genders: dict[str, str] = {}  # person -> 'm' or 'f', as the text shows
        self._main_subjects: dict[int, int | None] = {}  # sentence start -> subject before
        self._attacking_states: set[str] | None = None  # `_text_attackers`, read once
        self._withheld: dict[int, str] = {}  # harmed head -> the attacker's country withheld

    def layout(self, doc: Doc) -> DocLayout:
        """Per-token facts of the article, read once."""
        if self._layout is None or self._layout.doc is not doc:
            self._layout = DocLayout.of(doc)
            self._phrases, self._sent_starts, self._place_ents = {}, None, None
        return self._layout

    def place_entities(self, doc: Doc) -> list[PlaceEntity]:
        """The article's GPE and LOC entities, read once (`Doc.ents` builds every span anew
        on each access)."""
        self.layout(doc)
        if self._place_ents is None:
            ents = [
                PlaceEntity(e.start, e.end, e.root, e.text)
                for e in doc.ents
                if e.label_ in {"GPE", "LOC"}
            ]
            self._regions_of_towns = {
                e.start: home
                for k, e in enumerate(ents)
                if k and (home := self._region_after_town(doc, ents[k - 1], e))
            }
            self._place_ents = [e for e in ents if e.start not in self._regions_of_towns]
            self._chain_countries = self._countries_of_chains(doc, self._place_ents)
        return self._place_ents

    def _countries_of_chains(self, doc: Doc, ents: list[PlaceEntity]) -> dict[int, str]:
        """ "near Siriz, Kerman province, Iran": the places of a comma chain that ends in a
        country's name set apart (an apposition) are in that country, whatever other town of
        the same name the gazetteer knows best (it put Siriz in the United States, and "30
        people" injured there had two countries in sight). Not a list of states ("in Gaza,
        Lebanon and Syria": its members are states themselves, joined as conjuncts)."""
        names = self.resolver.kb.country_names()
        found: dict[int, str] = {}
        k = 0
        while k < len(ents):
            j = k
            while (
                j + 1 < len(ents)
                and ents[j + 1].start == ents[j].end + 1
                and doc[ents[j].end].text == ","
            ):
                j += 1
            last = ents[j]
            state = names.get(normalise(last.text)) or nation_country(last.text)
            if j > k and state is not None and last.root.dep_ == "appos":
                for ent in ents[k:j]:
                    if names.get(normalise(ent.text)) is None:
                        found[ent.start] = state
            k = j + 1
        return found

    def _place_country(self, ent: PlaceEntity) -> str | None:
        """The country of a place entity of the article: its chain's, else its own name's."""
        return self._chain_countries.get(ent.start) or self._entity_country(ent.text)

    def _entity_country(self, text: str) -> str | None:
        """The state a place entity names: a country's name, else its gazetteer town's."""
        return self.resolver.kb.country_names().get(normalise(text)) or gazetteer_country(text)

    def _region_after_town(self, doc: Doc, town: PlaceEntity, name: PlaceEntity) -> str | None:
        """ "Atlanta, Georgia": a state's name right after a town of another state, where
        that other state has a region of the name, is the region (the town says whose): the
        town's country, or None."""
        if town.end + 1 != name.start or doc[town.end].text != ",":
            return None
        state = self.resolver.kb.country_names().get(normalise(name.text))
        if state is None:
            return None
        home = gazetteer_country(town.text)
        return home if home is not None and home != state and region_of(name.text, home) else None

    def sentence_start(self, tok: Token) -> int:
        """`tok.sent.start`, from one pass over the sentences (`Token.sent` walks the
        sentence on every call)."""
        self.layout(tok.doc)
        if self._sent_starts is None:
            starts = [0] * len(tok.doc)
            ends = [0] * len(tok.doc)
            for sent in sentences_of(tok.doc):
                starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
                ends[sent.start : sent.end] = [sent.end] * (sent.end - sent.start)
            self._sent_starts, self._sent_ends = starts, ends
        return self._sent_starts[tok.i]

    def phrase(self, head: Token) -> list[Token]:
        """The noun phrase of a head (`np_tokens`), computed once per head."""
        self.layout(head.doc)
        toks = self._phrases.get(head.i)
        if toks is None:
            toks = self._phrases[head.i] = np_tokens(head)
        return toks

    def mention(self, head: Token, speaker: ActorRef | None = None) -> ActorRef | None:
        """The actor a noun-phrase head refers to, or None if it is no actor at all."""
        res = self.resolve_head(head, speaker)
        if res is None:
            return None
        toks = [head] if head.pos_ == "PRON" else self.phrase(head)
        ref = ref_of(res, head.doc, toks[0].idx, toks[-1].idx + len(toks[-1].text))
        self.mentions.setdefault(head.i, ref)
        return ref

    def unresolved(self, head: Token) -> ActorRef:
        """A mention kept with its text and span but no code (not an antecedent)."""
        toks = self.phrase(head)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return ActorRef(text=text_of(head.doc)[start:end], start=start, end=end)

    def resolve_head(self, head: Token, speaker: ActorRef | None = None) -> Resolution | None:
        if head.i in self.cache:
            return self.cache[head.i]
        self._read_up_to(head)
        # In progress: a rule that comes back to this head ("four of its soldiers": "its"
        # looks at the subject "four", which counts the soldiers) finds nobody, not a loop.
        self.cache[head.i] = None  # type: ignore[assignment]
        res = self._resolve(head, speaker)
        self.cache[head.i] = res  # type: ignore[assignment]
        return res

    def _read_up_to(self, head: Token) -> None:
        """Resolve the sentence's earlier names first, possessives included, so that
        coreference sees them: a speaker is resolved before the rest of its sentence
        ("Machar ... according to his spokesperson"), and "Najib Razak's claim ... he
        alleges" needs the possessive name that the reading loop skips."""
        at = head.i
        if at - 1 <= self._read_to:
            return  # (read already: most heads, so before anything else is read)
        doc = head.doc
        layout = self.layout(doc)
        # from the sentence's first token, or the first not read yet
        start = max(layout.last_start[at - 1], self._read_to + 1, 0)
        self._read_to = at - 1
        names = layout.names
        cache = self.cache
        for i in names[bisect_left(names, start) : bisect_left(names, at)]:
            if i not in cache:
                cache[i] = self._resolve(tokens_of(doc)[i], None)  # type: ignore[assignment]

    def _office_of(self, head: Token) -> Resolution | None:
        """ "Office of the Spokesperson", "the Office of the President": an office named by
        the title it serves is that title's body (its sector; country as for the title)."""
        holder = next(
            (
                g
                for c in children_of(head)
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in children_of(c)
                if g.dep_ == "pobj"
            ),
            None,
        )
        if holder is None:
            return None
        sub = self.resolver.resolve_tokens(
            self.phrase(holder), self.day, holder, named=lambda: self.country_counts(head.doc)
        )
        if not sub.resolved or sub.kind == "person" or not sub.titled:
            return None
        return replace(sub, titled=False, why=[*sub.why, f"'{head.text}' of that title"])

    def _acronym_definition(self, head: Token) -> Resolution | None:
        """What "(NUP)" abbreviated where the article defined it: "the opposition party
        National Unity Platform (NUP)" makes a later "the NUP" that party."""
        if self._acronyms is None:
            self._acronyms = {}
            doc = head.doc
            for k in self.layout(doc).in_brackets:
                if _acronym(doc[k]):
                    self._acronyms.setdefault(doc[k].text, doc[k])
        tok = self._acronyms.get(head.text)
        if (
            tok is None
            or tok.i >= head.i
            or tok.head.i in {tok.i, head.i}
            or tok.head.pos_ not in {"PROPN", "NOUN"}
        ):
            return None
        defined = self.resolve_head(tok.head)
        return defined if defined is not None and defined.resolved else None

    def context_country(self, doc: Doc) -> str | None:
        """The country the article is mostly about: the one its country names, nationality
        words and capitals name most often (the first named on a tie). It codes titles
        and sector words that name no country ("the governor of Taiz", "the government")."""
        if self._context is None:
            counts = self.country_counts(doc)
            if not counts and self.home is None:
                counts = self._place_country_counts(doc)
            elif counts and self.home is None:
                # A news item's lead names what it is about: "CARTAGENA - Colombian President
                # Santos and the FARC ... signed" is about Colombia even if the United States
                # comes up as often later on. Each state of the first sentence counts once more.
                lead_end = sentences_of(doc)[0].end
                counts = dict(counts)
                for country in {c for k, c in self._named_at if k < lead_end}:
                    counts[country] += 1
            best = max(counts.values(), default=0)
            self._context = (next((c for c, n in counts.items() if n == best), None),)
        return self._context[0]

    def _unit_of_owner(self, head: Token, res: Resolution, speaker: ActorRef | None) -> Resolution:
        """ "The Philippine National Police ... four of its officers": a unit word whose
        possessive pronoun is a force or body takes its country and sector, as "the army's
        officers" does."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        owner = self._pronoun(poss, speaker) if poss is not None else None
        if owner is None or owner.kind == "person" or owner.sector not in STATE_SECTORS:
            return res
        return replace(
            res,
            country=owner.country,
            sector=owner.sector,
            code=compose_code(owner.country, owner.sector),
            actor_id=f"{owner.country}-{owner.sector}" if owner.country else owner.sector,
            kind="group",
            why=[*res.why, f"'{head.text}' of '{poss.text}': {owner.code}"],  # type: ignore[union-attr]
        )

    def _names_state(self, tok: Token) -> bool:
        """A state's name ends at `tok` ("U.S.", "United States"; not "Energy Capital")."""
        name = text_of(tok.doc)[tok.left_edge.idx : tok.idx + len(tok)]
        return tok.pos_ == "PROPN" and normalise(name) in self.resolver.kb.country_names()

    def _place_country_counts(self, doc: Doc) -> dict[str, int]:
        """How often a news item that names no country names a town or region of each
        country ("in New York City", "off a beach in Brighton, England"), in order of first
        mention: such an item is about where it happens."""
        counts: dict[str, int] = {}
        for ent in self.place_entities(doc):
            country = gazetteer_country(ent.text)
            if country is not None and country in self.resolver.kb.countries:
                counts[country] = counts.get(country, 0) + 1
        return counts

    def country_counts(self, doc: Doc) -> dict[str, int]:
        """How often the article names each country (names, nationality words, capitals),
        in order of first mention."""
        if self._counts is None:
            self._counts = {}
            tokens = tokens_of(doc)
            capitalised = [tokens[k] for k in self.layout(doc).capitalised]
            cues = _drop_homonym_capitals(self.resolver.index.scan(capitalised), doc)
            plain: dict[str, int] = {}
            for cue in cues:
                if cue.kind in {"country", "adjective", "metonym"}:
                    plain[str(cue.value)] = plain.get(str(cue.value), 0) + 1
            # Ambiguous names ("Congo") count as the country the others settle them to.
            self._named_at = []
            counted: set[tuple[int, str]] = set()
            self.place_entities(doc)
            regions = self._regions_of_towns or {}
            for cue in settle_ambiguous(cues, lambda: plain):
                # "Atlanta, Georgia" names the USA, not Georgia
                named = (cue.start, regions.get(cue.start, str(cue.value)))
                if cue.kind in {"country", "adjective", "metonym"} and named not in counted:
                    # one word names its state once ("US" alone and in "US Secretary of State")
                    counted.add(named)
                    self._counts[named[1]] = self._counts.get(named[1], 0) + 1
                    self._named_at.append(named)
        return self._counts

    def _near_foreign_country(self, head: Token) -> str | None:
        """The one country other than the release's own named in the mention's sentence and
        the one before ("In Laos, ... He will meet with Foreign Minister X"): in a release
        about a trip to several countries, the one the passage is about."""
        self.country_counts(head.doc)
        own = self.sentence_start(head)
        starts = self._sent_starts or []
        start = starts[own - 1] if own > 0 else own
        end = self._sent_ends[head.i]
        found = {c for k, c in self._named_at if start <= k < end and c != self.home}
        return found.pop() if len(found) == 1 else None

    def _other_country(self, doc: Doc, home: str) -> str | None:
        """The country the article names most after its home state's own."""
        counts = {c: n for c, n in self.country_counts(doc).items() if c != home}
        best = max(counts.values(), default=0)
        return next((c for c, n in counts.items() if n == best), None)

    def _dateline_country(self, doc: Doc) -> str | None:
        """The foreign country of a release's place line ("Chisinau, Moldova" near the top of
        a State Department transcript), when the release also talks about it: the host."""
        if self._dateline is None:
            names = self.resolver.kb.country_names()
            found = (
                names.get(normalise(m.group(1)))
                for m in DATELINE.finditer(text_of(doc)[:DATELINE_WITHIN])
            )
            place = next((c for c in found if c and c != self.home), None)
            # Only where the release is about that country too, beyond its place line
            # (which names it up to twice): a meeting in Brussels is seldom about Belgium.
            about = place is not None and self.country_counts(doc).get(place, 0) > 2
            self._dateline = (place if about else None,)
        return self._dateline[0]

    def _visitor_country(self, doc: Doc, res: Resolution, head: Token | None = None) -> str | None:
        """ "President Chakwera" in a State Department release: the home state's president
        on that day is someone else we know, so the titled stranger is a visitor (or the
        host, abroad): from the country of the release's place line if it has a foreign
        one, else the country the release names most after its own. A description ("the
        prime minister", "the foreign minister" in a US release) is a visitor only when the
        home state never has that office."""
        if not res.title or res.sector == "ELI" or self.home is None:
            return None
        if (_office(res.title) or "").lower() in LOCAL_OFFICES and not (
            head is not None and any(t.lower_ == "bank" for t in self.phrase(head))
        ):
            # every state has governors and mayors, whether our data list them or not: the
            # place named before the title says whose ("Lagos State Governor ..."), else home
            where = self._place_before_title(head) if head is not None else None
            return where if where != self.home else None
        office = self.resolver.foreign_rank(self.home, _office(res.title) or "")
        if not res.name:
            if self.resolver.common_foreign_office(
                self.home, office.lower()
            ) or self.resolver.foreign_title_word(self.home, office.lower()):
                return self._visited_country(doc, head)
            return None
        if res.kind != "person":
            return None
        holders = self.resolver.holders(self.home, office, self.day)
        names = set(res.name.split())
        if not (
            holders
            or self.resolver.foreign_office(self.home, office)
            or self.resolver.foreign_title_word(self.home, office)
        ):
            return None
        if any(names & set(r.name.split()) for r in holders):
            return None
        return self._visited_country(doc, head)

    def _visited_country(self, doc: Doc, head: Token | None) -> str | None:
        """Whose a visitor is: the release's foreign place line, else the one foreign country
        of the passage, else the country the release names most after its own."""
        return (
            self._dateline_country(doc)
            or (self._near_foreign_country(head) if head is not None else None)
            or self._other_country(doc, self.home or "")
        )

    def _home_body(self, res: Resolution, toks: list[Token]) -> Resolution | None:
        """A body the releasing state has under the short name of an international one is
        its own ("a meeting with permanent members of the Security Council" in a Kremlin
        release is the Security Council of Russia), unless the text names the UN."""
        kb = self.resolver.kb
        org = kb.organizations.get(res.actor_id or "")
        if org is None or any(t.text in UN_WORDS for t in toks):
            return None
        if self._un_named is None:
            self._un_named = UN_NAMED.search(text_of(toks[0].doc)) is not None
        if self._un_named:
            return None
        # (the state's first body so named, kept per state and body: finding it reads all
        # the state's bodies, for every mention of an international one)
        namesakes = kb.memo(f"home namesakes:{self.home}")
        if res.actor_id not in namesakes:
            namesakes[res.actor_id] = next(
                (
                    own
                    for own in kb.organizations_of(self.home)
                    if any(own.name.startswith(f"{alias} of ") for alias in org.aliases)
                ),
                None,
            )
        own = namesakes[res.actor_id]
        if own is None:
            return None
        return Resolution(
            own.name,
            own.actor_id,
            own.country,
            own.sector,
            own.code,
            "org",
            [*res.why, f"the releasing state's own body: {own.name}"],
            org_coded=True,
        )

    def _included_member(self, head: Token, res: Resolution) -> Resolution | None:
        """A person we do not know, named as one of a group ("four Israeli hostages,
        including Naama Levy"), is of the group's country and sector."""
        group = self._including_group(head)
        if group is None:
            return None
        return _with_country(
            replace(res, sector=group.sector), group.country, "one of the group it is in: {}"
        )

    def _including_group(self, head: Token) -> Resolution | None:
        """The group a mention is listed in after "including" (itself or the first of its
        conjuncts), when that group is coded with a country and is no person or
        organisation."""
        tok = head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "including" or prep.head.pos_ != "NOUN":
            return None
        group = self.resolve_head(prep.head)
        if group is None or not group.country or group.kind in {"person", "org"}:
            return None
        return group

    def _custody_state(self, head: Token) -> str | None:
        """The state whose police, security service, court or government arrests, detains or
        charges `head` (its object, also of a verb coordinated with the subject's), when the
        sentence's places are of no other country. The subject is read before the object,
        so only its cached reading is used."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in CUSTODY_VERBS:
            return None
        holder = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if holder is None and verb.dep_ == "conj":
            holder = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
        if holder is None or holder.i >= head.i:
            return None
        res = self.cache.get(holder.i)
        if res is None or res.country not in self.resolver.kb.countries:
            return None
        if res.sector not in CUSTODY_SECTORS or res.kind == "person":
            return None
        return res.country if self._sentence_countries(head) <= {res.country} else None

    def _press_in_release(self, res: Resolution) -> bool:
        """The press an official release speaks to or of, with no country or outlet of its
        own ("the media", "media representatives", "journalists"), is the press of any
        country: no one code. "Russian journalists" keep theirs."""
        return (
            self.home is not None
            and res.country is None
            and res.sector == "JRN"
            and res.kind not in {"org", "person"}
            and not res.org_coded
            and not res.titled
        )

    def _foreign_words(self, sent: Span) -> bool:
        """A country, capital or nationality other than the home state's in the sentence,
        not counting the place of an event ("on winning ... at the Games in Beijing")."""
        self.country_counts(sent.doc)
        doc = sent.doc
        return any(
            sent.start <= i < sent.end
            and c != self.home
            and not (doc[i].dep_ == "pobj" and doc[i].head.lower_ in {"in", "at"})
            for i, c in self._named_at
        )

    def _kind_of_group(self, toks: list[Token], head: Token) -> tuple[str, str] | None:
        """ "opposition parties", "business leaders", "union leaders": a generic group word
        after a noun of the sector vocabulary is a group of that kind (the word and its
        sector), not nobody; "community leaders", "world leaders" stay nobody."""
        if head.lemma_.lower() not in GENERIC_HEADS and head.lower_ not in GENERIC_HEADS:
            return None
        if any(t.lower_ in VAGUE_MODIFIERS for t in toks if t.i < head.i):
            return None
        terms = self.resolver.kb.sector_terms
        for t in toks:
            if t.i >= head.i or t.dep_ != "compound" or t.pos_ != "NOUN":
                continue
            term = terms.get(t.lower_) or terms.get(t.lemma_.lower())
            if term is not None and term.kind in {"noun", "org"} and t.lower_ not in GENERIC_HEADS:
                return t.text, term.sector
        return None

    def _place_before_title(self, head: Token) -> str | None:
        """The country of a town or region named in a mention's phrase before its title
        ("Lagos State Governor Babajide Sanwo-Olu", "Denver Mayor Michael Hancock")."""
        toks = self.phrase(head)
        first = toks[0].i if toks else head.i
        for tok in toks:
            if tok.i >= head.i or tok.ent_type_ not in {"GPE", "LOC", "ORG"} or tok.ent_iob_ != "B":
                continue
            words = [tok.text]
            k = tok.i + 1
            while k < head.i and head.doc[k].ent_iob_ == "I":
                words.append(head.doc[k].text)
                k += 1
            if words[-1].lower() in AREA_NOUNS and len(words) > 1:
                words = words[:-1]  # "Lagos State": the place is Lagos
            country = gazetteer_country(" ".join(words)) if tok.i >= first else None
            if country is not None:
                return country
        return None

    def _party_in_chamber(self, head: Token, res: Resolution) -> Resolution | None:
        """ "Republicans in Congress", "Democrats in the Senate": a party's people named in
        the plural with the legislature they sit in are that legislature's (its country, LEG),
        as "Congressional Republicans" and "House Republicans" are."""
        if not res.org_coded or res.sector != "PTY" and not (res.code or "").startswith("PTY"):
            return None
        if head.tag_ not in {"NNS", "NNPS"}:
            return None
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for body in children_of(prep):
                if body.dep_ != "pobj":
                    continue
                where = self.resolve_head(body)
                if where is not None and where.sector == "LEG" and where.country:
                    return Resolution(
                        res.name,
                        res.actor_id,
                        where.country,
                        "LEG",
                        compose_code(where.country, "LEG"),
                        "group",
                        [*res.why, f"sitting in '{body.text}': {where.country} LEG"],
                    )
        return None

    def _people_of_place(self, head: Token) -> bool:
        """ "the people of Florida", "people in Mariupol", "affected communities in
        Pennsylvania": people named by a plain word with a town or region of their own are its
        civilians (the place-in-the-phrase rule gives the country), as "residents of Kherson"
        are; "people" alone names nobody."""
        return (
            head.lower_ in CONTEXT_PEOPLE
            and _own_place_country(head, self.place_entities(head.doc)) is not None
        )

    def _story_places(self, doc: Doc) -> set[str]:
        """The countries a news story says things happen in: places after "in", "at" or
        "near" that name their country ("in Marseille, France", a chain's end, or a
        country's name); not a state named for its sanctions ("U.S. sanctions") or as
        attacked ("the attack on Israel"), nor a town alone, which the gazetteer may put in
        another country ("in Hangu district": a Chinese Hangu)."""
        names = self.resolver.kb.country_names()
        found = set()
        for ent in self.place_entities(doc):
            top = ent.root
            while (
                top.dep_ in {"appos", "conj", "compound", "nmod", "npadvmod"}
                and top.head.i != top.i
            ):
                top = top.head  # "in Bristol, England, United Kingdom"
            if top.dep_ == "pobj" and top.head.lower_ in SCENE_PREPS:
                country = self._chain_countries.get(ent.start) or names.get(normalise(ent.text))
                found.add(country or nation_country(ent.text))
        return found - {None}

    def _other_of_list(self, head: Token, res: Resolution) -> Resolution | None:
        """ "Aung San Suu Kyi and other civilian officials": the "other" people of a list
        are of the state of its first member (a person, a state or a state's body), with
        the sector of their own word."""
        first = others_of_list(head)
        found = self.resolve_head(first) if first is not None else None
        if found is None or found.country not in self.resolver.kb.countries:
            return None
        if found.kind not in {"person", "state"} and found.sector not in STATE_SECTORS:
            return None
        return _with_country(res, str(found.country), "'other' than the list's first: {}")

    def _body_members(self, head: Token, res: Resolution) -> Resolution | None:
        """ "members of Congress", "the brigade's personnel", "National Assembly Members":
        people named by the body they belong to take its code (LEG, MIL, SOC ...), not the
        plain people's sector of their word; a body of no country of its own (an IGO, a
        body the text only guesses a state for) or a state alone leaves them as they are."""
        body = members_body(head)
        if body is None:
            return None
        found = self.resolve_head(body)
        if found is None or not found.code or not found.sector or found.kind == "person":
            return None
        country = found.country
        if res.country and any(w.endswith(CONTEXT_WHYS) for w in found.why[-1:]):
            country = res.country  # a body's guessed state yields to the members' own
        if country is None or found.sector == "CVL":
            return None
        if found.code == compose_code(found.country, found.sector):
            found = _with_country(found, country, "{}")  # (an org's own code, as "PTYGOP", kept)
        why = f"members of '{body.text}': {found.code}"
        return replace(
            found,
            kind="group",
            title=None,
            titled=False,
            org_coded=False,
            why=[*res.why, why],
        )

    def _members_of_group(self, head: Token) -> Resolution | None:
        """ "At least 16 members of the security forces ... are killed in Latakia, Syria",
        "arrest six members of a drug gang", "kills four people, all members of the same
        family": members of a group the text codes (the "of" object, or the people they are
        set in apposition to) are that group's, when it has a country; otherwise nobody, as
        before ("members of NATO" are states, "members of the public" anyone)."""
        if head.lemma_.lower() != "member":
            return None
        group = None
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            group = head.head  # "four people, all members of the same family"
        else:
            of = next((c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of else None
            if group is not None and group.pos_ != "NOUN":
                return None  # ("members of Hamas", "of Congress": a name, read by the base)
        res = self.resolve_head(group) if group is not None else None
        if res is None or res.code is None or res.country is None or res.kind == "person":
            return None
        if any(w.endswith(CONTEXT_WHYS) for w in res.why[-1:]):
            return None  # "even members of the jury" (at Eurovision): a guess is no group's
        why = f"members of '{group.text}': {res.code}"  # type: ignore[union-attr]
        return replace(res, kind="group", title=None, titled=False, why=[*res.why, why])

    def _migrants_by(self, head: Token) -> bool:
        """Does the mention's sentence name migrants of no named origin ("a boat carrying
        migrants", "an inflatable dinghy of migrants"; not "migrants from Syria" nor
        "Afghan migrants")?"""
        start = self.sentence_start(head)
        for tok in head.doc[start : self._sent_ends[head.i]]:
            if tok.lower_ not in ORIGIN_ONLY_NOUNS or tok.i == head.i:
                continue
            # (not "migrants deported from Iran" to Afghanistan: a "from" says where from)
            named = any(t.lower_ == "from" for t in tok.subtree) or any(
                c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in children_of(tok)
            )
            if not named:
                return True
        return False

    def _sentence_named(self, head: Token, acting: bool = True) -> set[str]:
        """The countries the mention's sentence names (country names, nationality words,
        capitals), read from the article's list of named countries, not from its tokens;
        when `acting` is False, without those that speak of someone else: a clause's subject
        ("The United States imposes visa bans on ...": the state acting says nothing of whom
        it acts on) or another noun's nationality ("Kenyan athlete")."""
        self.country_counts(head.doc)
        start = self.sentence_start(head)
        end = self._sent_ends[head.i]
        # Kept per sentence: several rules ask for the same sentence, each scanning the whole
        # article's list (`_named_at` is fixed once `country_counts` has read it).
        found = self._named_in.get((start, end, acting))
        if found is None:
            tokens = tokens_of(head.doc)
            found = self._named_in[start, end, acting] = frozenset(
                c
                for k, c in self._named_at
                if start <= k < end and (acting or not _of_another(tokens[k]))
            )
        return set(found)  # (a new set: callers may change theirs)

    def _context_people(self, toks: list[Token], head: Token) -> str | None:
        """ "young people", "these individuals", "ordinary people": people named by a plain
        word are of the one country their sentence names or places them in; with none
        named there, of the release's state, else of the country the article is about.
        A sentence of several countries, "more people", "people everywhere" or "foreign
        individuals" give none."""
        if head.lower_ not in CONTEXT_PEOPLE or head.tag_ not in {"NNS", "NN"}:
            return None
        if any(t.lower_ in VAGUE_MODIFIERS or t.lower_ == "foreign" for t in toks if t.i < head.i):
            return None
        if any(c.lower_ in UNBOUNDED_PEOPLE for c in children_of(head)):
            return None
        found = self._sentence_named(head, acting=False) | self._sentence_countries(head)
        if found:
            return found.pop() if len(found) == 1 else None
        return self.home or self.context_country(head.doc)

    def _body_country(self, head: Token, res: Resolution) -> Resolution:
        """The country of a body the base lacks whose name gives none ("the Office of Press
        Relations", "the Higher Regional Court of Dresden", "the National Hockey League"):
        the place its phrase names; else, for a state's body, the one country its sentence
        names or places it in, else the release's state, else the article's main country;
        for a company, club, church or school, the one country the whole text is about. Two
        countries in the sentence, or a business in a text of several, leave it unresolved."""
        where = _own_place_country(head, self.place_entities(head.doc))
        why = "country {} of the place in its name"
        if where is None and res.sector in STATE_SECTORS:
            found = self._sentence_named(head, acting=False) | self._sentence_countries(head)
            named = self._sentence_named(head)
            if found or named:
                # (a state acting in the sentence cannot be its, but makes it unsure)
                where = found.pop() if len(found) == 1 and not named - found else None
                why = "country {} of its sentence"
            else:
                where = self.home or self.context_country(head.doc)
                why = "country {} of the release or article"
        elif where is None:
            states = set(self.country_counts(head.doc)) | ({self.home} if self.home else set())
            where = states.pop() if len(states) == 1 else None
            why = "country {}: the only one of the text"
        if where is None:
            return replace(res, sector=None, why=[*res.why, "no one country for it: unresolved"])
        return replace(
            res,
            country=where,
            code=compose_code(where, res.sector),
            actor_id=f"{where}-{res.sector}",
            why=[*res.why, why.format(where)],
        )

    def _plural_title_shared(self, head: Token, res: Resolution) -> Resolution | None:
        """ "NASA astronauts Bob Behnken and Doug Hurley", "photographers X and Y": a name
        listed after the first of several people a plural title names shares the first's
        code (session 14: the second name's phrase holds no title of its own). A singular
        title ("President X and Y") is the first person's only."""
        if head.dep_ != "conj" or head.ent_type_ != "PERSON":
            return None
        first = head.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.ent_type_ != "PERSON" or first.i >= head.i:
            return None
        start = min(
            [first.i]
            + [t.i for t in first.lefts if t.dep_ == "compound" and t.ent_type_ == "PERSON"]
        )
        title = head.doc[start - 1] if start > 0 else None
        if title is None or title.tag_ != "NNS" or not title.is_lower:
            return None
        shared = self.cache.get(first.i)
        if shared is None or shared.kind != "person" or not shared.sector:
            return None
        return replace(
            shared,
            name=res.name,
            why=[*res.why, f"listed with '{first.text}' after the plural '{title.text}'"],
        )

    def _unknown_person_country(self, head: Token) -> str | None:
        """A person we do not know, named without a title ("Tetsuya Yamagami" in a report
        on Japan, "Steven Spielberg" in a White House release): of the one country the
        sentence names or places them in; with none there, of the release's state when the
        release is mostly about it. A person in a sentence that also names a state acting on
        them ("The United States imposes visa bans on ...") or another's nationality
        ("Kenyan athlete X ... surpassing Y's record"), in a sentence of several countries,
        in a release about another state ("Bucaram's spouse" in a US release on Ecuador), or
        in a news summary whose sentence names no country, stays unknown."""
        if head.ent_type_ != "PERSON" or head.tag_ != "NNP" or not _full_name(head):
            return None  # ("Temu", "Cook Islanders": one word, or a plural, is seldom a person)
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in LOCATIVE_PREPS:
            return None  # "in Bandar Abbas", "in Marib ... and Hadhramaut Governorate": places
        found = self._sentence_named(head, acting=False) | self._sentence_countries(head)
        if found or self._sentence_named(head):
            # (a state acting, or another's nationality, cannot be theirs but makes it unsure)
            others = self._sentence_named(head) - found
            return found.pop() if len(found) == 1 and not others else None
        about = self.context_country(head.doc)
        if self.home is None:
            return self._setting_country(head)
        return self.home if about in {None, self.home} else None

    def _setting_country(self, head: Token) -> str | None:
        """The country a news story is set in, for a person it names with no country of
        their own ("It all began when Matty Roberts posted an invitation" in a story about
        Nevada): the one country the whole text names, or the one it names at least twice
        as often as all others together, counting its towns and regions too ("Las Vegas,
        Nevada"), twice at least. Read once per article."""
        if self._setting is None:
            self._setting = (self._story_country(head.doc),)
        return self._setting[0]

    def _story_country(self, doc: Doc) -> str | None:
        counts = dict(self.country_counts(doc))
        for country, n in self._place_country_counts(doc).items():
            counts[country] = counts.get(country, 0) + n  # "Las Vegas, Nevada" is the USA too
        if not counts:
            return None
        best = max(counts, key=lambda c: counts[c])
        rest = sum(n for c, n in counts.items() if c != best)
        return best if counts[best] >= 2 * rest + 1 and counts[best] >= 2 else None

    def _resolve(self, head: Token, speaker: ActorRef | None) -> Resolution | None:
        lower = head.lower_
        if (head.pos_ == "PRON" or lower in PRONOUNS) and not (
            _abbreviation(head) or _regnal_number(head) or lower == "another"
        ):
            res = self._pronoun(head, speaker)
            if res is not None and lower in CHAINED and head.dep_ != "poss":
                # a chain: "the people of Lebanon ... They ... support them"
                self._remember(Seen(res, head.i, None, lower in PLURAL))
            return res
        named = _name_after_honorific(head)
        if named is not None:
            return self.resolve_head(named, speaker)  # "MS. JEAN-PIERRE:": the parse's head is "MS"
        if head.is_upper:
            labelled = self._label_surname(head)  # "MS PORTER:" after "Jalina Porter"
            if labelled is not None:
                return labelled
        counted = _counted_group(head)
        if counted is not None:
            return self.resolve_head(counted, speaker)  # "Hundreds of Congolese police officers"
        group = _elided_group(head)
        if group is not None:
            # "Eleven people are killed and eight are injured", "... and 19 others": more of
            # the group counted before (nobody, when that group is nobody)
            res = self.resolve_head(group, speaker)
            if res is None:
                return None
            return replace(res, why=[*res.why, f"'{head.text}' counts more of '{group.text}'"])
        if head.ent_type_ in NOT_ACTOR_ENTS:
            return None  # "on Thursday", "two weeks": never an actor
        if _category_possessive(head):
            return None  # "the men's sprint", "women's football": a category, not people
        lemma = head.lemma_.lower()
        if lemma in HOMELAND_HEADS and _bare_definite(head):
            return self._the_country(head)
        if lemma == "group" and _bare_definite(head):
            return self._the_group(head)
        if lemma in ORGANISATION_WORDS and _bare_definite(head):
            return self._the_organisation(head)
        homeland = (
            (lemma in HOMELAND_HEADS and head.tag_ == "NN") or lemma in TERRITORY_HEADS
        ) and _pron_poss(head)
        dead = lower == "bodies" and _counted(head)  # "Five bodies are recovered"
        if not homeland and not dead and not self._may_be_actor(head):
            return None  # most nouns ("proposals", "ceasefire") are no actors: skip fast
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(head)):
            return None  # "no party", "no country": nobody
        if homeland:
            return self._whose_country(head, speaker)
        if lower in RELATIONAL_HEADS and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(head)
        ):
            return None  # "China's trading partners": whose partners they are, not who
        if lower in RELATIONAL_HEADS and any(
            c.dep_ == "compound" and self._names_state(c) for c in children_of(head)
        ):
            # "U.S. allies and partners": a state's name before the word says whose, as its
            # possessive does ("Iraqi partners", an adjective, are Iraqi)
            self._remember(Seen(Resolution(), head.i, None, True))
            return None
        toks = _before_inclusion(head, self.phrase(head))
        res = self.resolver.resolve_tokens(
            toks, self.day, head, named=lambda: self.country_counts(head.doc)
        )
        if (
            res.weak
            and res.sector is None
            and not res.org_coded
            and head.pos_ == "NOUN"
            and thing_head(head)
        ):
            return None  # "an Israeli strike", "Russian gas": whose a thing is, no actor
        if (
            res.country is None
            and res.kind != "person"
            and not res.org_coded
            and any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(head))
        ):
            # "any individuals who committed crimes", "any side": whoever it may be, no one
            # actor (unless the phrase names its state: "any Russian soldier")
            self._remember(Seen(Resolution(), head.i, None, head.tag_ in {"NNS", "NNPS"}))
            return None
        if (
            res.country is None
            and res.sector in POLITICAL_SECTORS
            and not res.org_coded
            and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in US_PARTY_MODIFIERS
                for c in children_of(head)
            )
        ):
            # "Some Republican lawmakers condemned the deal" in a story about Cuba: the US
            # party's people, not the country the article is about
            res = _with_country(res, "USA", "'Republican' before the word: a US party's, {}")
        if res.kind != "person" and not res.org_coded:
            res = self._body_members(head, res) or res  # "members of Congress"
        kin = _kin_of(head) and (res.country is not None or head.dep_ == "conj")
        if kin and head.dep_ == "conj":
            first = self.cache.get(_first_conjunct(head).i)  # "the niece and grandniece of"
            kin = first is not None and first.country is not None
            res = replace(res, country=first.country) if kin else res  # type: ignore[union-attr]
        if kin and res.country is not None:
            # "the niece of IRGC general Qasem Soleimani": his country, not his force
            res = replace(
                res,
                sector="CVL",
                code=compose_code(res.country, "CVL"),
                actor_id=f"{res.country}-CVL",
                kind="group",
                title=None,
                titled=False,
                org_coded=False,
                why=[*res.why, f"'{head.text}' of that person: a relative, CVL"],
            )
        if (
            res.country is None
            and not res.org_coded
            and lower in PEACEKEEPER_WORDS
            and (fielded := self._peacekeepers_body(head)) is not None
        ):
            return fielded
        if res.org_coded and self.home and res.country is None:
            res = self._home_body(res, toks) or res
        dead = dead and not res.code  # ("dozens of United Nations bodies": bodies it names)
        if dead:
            # "Five bodies are recovered", "over 400 bodies": the dead, counted as people
            res = Resolution(sector="CVL", code="CVL", kind="group", why=["counted 'bodies'"])
        navy = _warship_country(toks)
        if navy is not None:
            res = Resolution(
                text_of(head.doc)[toks[0].idx : toks[-1].idx + len(toks[-1])],
                country=navy,
                sector="MIL",
                code=f"{navy}MIL",
                kind="org",
                why=[f"warship of {navy}: named with its navy's prefix"],
            )
        if self._nothing_to_read(head, toks, res, lemma):
            return None  # ("the region", "security"): no rule below can make it anyone (speed)
        if _capital_as_place(head, res):
            return None  # "meets ... in Paris, France", "arrives in Tehran": where, not who
        if lower in RELATIONAL_HEADS and res.org_coded and res.kind != "person":
            # "Germany and several other NATO allies": members of the body, several states
            self._remember(Seen(Resolution(), head.i, None, True))
            return None
        if not res.resolved and res.kind == "person":
            res = self._included_member(head, res) or res
        if not res.resolved and res.kind == "unresolved" and _named_among_people(head):
            res = replace(res, kind="person", why=[*res.why, "a name listed with people's names"])
        if not res.resolved and res.kind == "person" and self._greeted_citizen(head):
            res = _with_country(
                replace(res, sector="CVL"), self.home or "", "greeted by the release: {} citizen"
            )
        if res.country is None and lemma in ADVERSARY_HEADS:
            return self._adversary(head, res)  # "the occupiers" in a Ukrainian address
        if (not res.resolved or res.weak) and lemma in OFFICE_HEADS:
            res = self._office_of(head) or res  # "Office of the Spokesperson"
        if not res.resolved and _acronym(head):
            defined = self._acronym_definition(head)
            if defined is not None:
                res = replace(defined, why=[*defined.why, f"'{head.text}' as defined above"])
        if res.body_word is not None and res.country is None:
            res = self._body_country(head, res)  # "the Office of Press Relations"
        # A surname or definite description may name someone seen before.
        earlier = self._addressee(head, toks, res) or self._earlier_person(toks, res)
        if earlier is not None:
            res = earlier
        if (
            earlier is None
            and not res.resolved
            and res.kind == "person"
            and self._reporter_called(head)
        ):
            # "Let's go to Jennifer Hansler. QUESTION: ...": a reporter of a press briefing
            res = _with_country(
                replace(res, sector="JRN", title=None),
                self.home or "",
                "called on before a question in a press briefing of {}: a reporter",
            )
        if (
            earlier is None
            and self.home
            and res.kind == "person"
            and any(w.startswith("unknown person") for w in res.why)
        ):
            # "Donna Welton, of New York, a Career Member of the Senior Foreign Service, Class
            # of Minister-Counselor, to be Ambassador ...": the office a release nominates
            # someone to is its own state's, whatever rank the name is given first
            sector = self._appointed(head)
            if sector is not None:
                res = replace(res, sector=sector, title=None)
                res = _with_country(res, self.home, "nominated by a release of {}")
        if earlier is None and not res.resolved and res.kind == "person" and not res.titled:
            res = self._plural_title_shared(head, res) or res  # "astronauts X and Y"
        if earlier is None and not res.resolved and res.kind == "person" and not res.titled:
            where = self._unknown_person_country(head)
            if where is not None:
                res = _with_country(
                    replace(
                        res,
                        sector=_named_to_office(head)
                        or self._appointed(head)
                        or ("CRM" if _convicted(head) else "CVL"),  # "X was found guilty"
                    ),
                    where,
                    "a person of {}: the country of the text",
                )
        if res.country is None and not res.titled and (_bare_the(head) or _bare_the_name(head)):
            # "the council" after "Haiti's Transitional Presidential Council", "the party"
            # after "the Republican People's Party": the body named before by that word
            res = self._named_before_by(head) or res
        if res.org_coded and (res.code or "").startswith("IGO") and _members_of(head):
            # "the 10 member states of ASEAN", "NATO members": several states, not the body
            self._remember(Seen(Resolution(), head.i, None, True))
            return None
        if res.country is not None and res.kind != "person" and not res.org_coded:
            if _friends_of(head):
                # "Partners of Russia", "all leaders-friends of Ukraine": whose, not who
                self._remember(Seen(Resolution(), head.i, None, head.tag_ in {"NNS", "NNPS"}))
                return None
        if res.resolved and res.kind != "person" and self._from_other_states(head):
            # "scientists and doctors from Russia and foreign countries": nobody to code
            self._remember(Seen(Resolution(), head.i, None, True))
            return None
        if res.resolved and res.kind != "person" and self._mixed_nations(head):
            # "Russian and Ukrainian representatives": two states' people, no one actor (the
            # extractor splits them; the sector is kept for that)
            self._remember(Seen(Resolution(), head.i, None, True))
            return Resolution(sector=res.sector, why=[*res.why, "people of several states"])
        if res.country is None and res.code and res.kind != "org" and not res.org_coded:
            if lower not in RELATIONAL_HEADS:  # "its regional partners" are not its own
                res = self._owner_country(head, res, speaker)
        if not res.resolved and lower in self.resolver.kb.terms_of_kind("unit"):
            res = self._unit_of_owner(head, res, speaker)  # "four of its officers"
        chamber = self._party_in_chamber(head, res)
        if chamber is not None:
            res = chamber  # "Republicans in Congress", "Labour members in parliament"
        kind = self._kind_of_group(toks, head) if res.code and res.kind == "group" else None
        if kind is not None and kind[1] != res.sector:
            res = replace(
                res,
                sector=kind[1],
                code=compose_code(res.country, kind[1]),
                why=[*res.why, f"'{kind[0]}' says what kind of group"],
            )
        if kind is None and res.country is None and res.code and res.kind not in {"org", "person"}:
            res = self._other_of_list(head, res) or res  # "Putin and other officials"
        if (
            kind is None
            and res.country is None
            and res.code
            and res.kind not in {"org", "person"}
            and (_names_nobody(toks, head) or _foreigners(toks, head, res))
            and not self._people_of_place(head)
        ):
            context = self._context_people(toks, head)
            where = self._victims_country(head, res.sector, context)
            if where is None and head.i in self._withheld:
                # victims of an attack by the only state in sight: their sector only (the
                # event stage gives them the country where they were harmed)
                return replace(res, why=[*res.why, WITHHELD_WHY.format(context)])
            armed = res.sector in FOREIGN_ARMED_SECTORS and _foreigners(toks, head, res)
            if where is None and armed:
                # "several foreign fighters": an armed group's sector, of no country (A1)
                return replace(res, why=[*res.why, "foreign fighters: no country, their sector"])
            if where is None:
                members = self._members_of_group(head)
                if members is not None:
                    return members
                # "Western leaders", "a third party", "people everywhere": nobody to code,
                # but remembered, so that a "they" after them is nobody either.
                if head.tag_ in {"NNS", "NNPS"}:
                    self._remember(Seen(Resolution(), head.i, None, True))
                return None
            why = "country {} of the sentence, release or article"
            res = _with_country(res, where, why if where == context else VICTIMS_WHY)
        if res.country is None and res.title and not res.org_coded:
            # "the mayor of Odesa", "Artem Semenikhin, the mayor of Konotop": a local office
            # is of its place's country, whatever the article or release is about
            where = _local_office_country(head, res.title)
            if where is not None:
                res = _with_country(res, where, "country {} of the place the office is of")
        if res.country is None and res.title in SINGLE_HOLDER_TITLES and not res.org_coded:
            # "joint projects with first ladies": a state has one, so these are several
            # states' holders, not the release's or the article's own
            self._remember(Seen(Resolution(), head.i, None, True))
            return None
        if (
            self.home
            and res.country is None
            and res.code
            and res.kind != "org"
            and not res.org_coded
            and res.sector in STATE_SECTORS
            and any(w.startswith(("title", "orgterm", "former")) for w in res.why)
        ):
            # "the President", "the Department" in a release of that state's own office.
            other = self._visitor_country(head.doc, res, head)
            if other is not None:
                res = _with_country(res, other, "not the home state's office holder: {}")
            else:
                res = _with_country(res, self.home, "home country {} of this official release")
        if self._press_in_release(res) and not any(t.pos_ == "PROPN" for t in toks if t.i < head.i):
            # "a statement to the media", "Media who plan to attend": any outlet (not "Rossiya
            # 24 television channels": a named outlet is of the release's country)
            return None
        if (
            res.country is None
            and lower in ORIGIN_ONLY_NOUNS
            and not res.titled
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(head))
        ):
            # "migrants" found off Calais or arriving in Ceuta: of no country the text names
            # (rule A1); "migrants from Syria" goes on to the phrase's state
            self._remember(Seen(Resolution(), head.i, None, head.tag_ in {"NNS", "NNPS"}))
            return Resolution(sector=res.sector, why=[*res.why, "origin not named (rule A1)"])
        if res.country is None and lower in COUNTED_PEOPLE and self._migrants_by(head):
            # "Twenty-six people are killed ... after a boat carrying migrants capsizes off
            # Lampedusa, Italy": the victims of a migrant boat are of no country the text
            # names (rule A1), not of the coast they drowned off (session 14)
            self._remember(Seen(Resolution(), head.i, None, head.tag_ in {"NNS", "NNPS"}))
            return Resolution(sector=res.sector, why=[*res.why, "people of a migrant boat (A1)"])
        if res.country is None and res.sector and res.kind != "org" and not res.org_coded:
            # "residents of Kherson", "protesters in Tbilisi": the place in the phrase
            where = _own_place_country(head, self.place_entities(head.doc))
            if where is not None:
                res = _with_country(res, where, "country {} of the place in the phrase")
        if res.country is None and _plain_description(res):
            # "travelers from Italy", "nurses in Sudan": the one state the phrase names
            state = self._phrase_state(head)
            if state is not None:
                res = _with_country(res, state, "country {} named in its phrase")
        if res.country is None and _plain_description(res) and res.sector in PEOPLE_SECTORS:
            # "200 Palestinian prisoners, including 121 people serving life sentences", "161
            # Mexican nationals, including 92 adults and 69 children": some of that group
            group = self._including_group(head)
            state = group.country if group is not None else None
            if state is not None:
                res = _with_country(res, state, "country {} of the group that includes them")
        if res.country is None and res.sector and res.kind != "org" and not res.org_coded:
            # "Nicaragua's ambassador and another diplomat", "Polish troops and engineers"
            state = self._conjunct_country(head)
            if state is not None:
                res = _with_country(res, state, "country {} of the phrase it is coordinated with")
        if res.country is None and res.sector in OWN_PEOPLE_SECTORS and not res.titled:
            # "Keir Starmer authorizes the military", "the President talked to local
            # residents": a leader acts on their own state's forces and people.
            actor = self._subject_state(head)
            if actor is not None:
                res = _with_country(res, actor, "the country {} of the clause's subject")
        if res.country is None and res.sector in FORCE_SECTORS and not res.titled:
            # "Trump orders the navy to fire ..., after the military observed ...": forces
            # in a clause hanging on a leader's clause are that leader's
            actor = self._main_clause_state(head)
            if actor is not None:
                res = _with_country(res, actor, "the country {} of the main clause's subject")
        if (
            res.country is None
            and res.sector
            and res.kind != "org"
            and not res.org_coded
            and not res.titled
        ):
            # "The Lebanese army said two soldiers were killed": the state of an earlier
            # subject of the same sector
            subject = self._same_sector_subject(head, res.sector)
            state = self._victims_country(head, res.sector, subject)
            if state is not None:
                why = "country {} of an earlier subject of that sector"
                res = _with_country(res, state, why if state == subject else VICTIMS_WHY)
        if res.country is None and res.sector and res.kind != "org" and not res.org_coded:
            # "22 children" in "strikes on Kryvyi Rih, Ukraine, injure 22 children": where
            # the sentence happens, when it names one country only
            where = self._sentence_place(head)
            if where is not None and not (res.sector in FORCE_SECTORS and _attacking(head)):
                # (not forces that strike there: "the air force has struck depots in Gaza")
                res = _with_country(res, where, "country {} of the place the sentence names")
        if res.country is None and _plain_description(res) and res.sector in PEOPLE_SECTORS:
            # "The Security Service of Ukraine arrests two people on suspicion of spying for
            # Hungary", "Indonesian police ... detain two additional individuals": people a
            # state's police, service or court holds are its own, when no place of the
            # sentence is another country's (the other state is whom they acted for)
            state = self._custody_state(head)
            if state is not None:
                res = _with_country(res, state, "country {} of the state that holds them")
        if (
            res.country is None
            and (lower in COUNTED_PEOPLE or dead)
            and len(self._sentence_countries(head) | self._states_not_of_things(head)) > 1
        ):
            # "45 people are killed across Afghanistan and Pakistan", "the United States is
            # sanctioning two individuals that support the Kremlin": whose?
            victims = self._victims_of_named_attacker(head)
            why = VICTIMS_WHY
            if victims is None:
                victims = self._one_state_by_name(head)
                why = "country {} the sentence names by name, of the harmed"
            if victims is None:
                return None
            res = _with_country(res, victims, why)
        people = _plain_description(res) and res.sector in PEOPLE_SECTORS and not _pron_poss(head)
        if res.country is None and people and self._several_states(head):
            # "nurses" in a sentence about Israel and Gaza, "fishermen" held between India and
            # Pakistan: nothing ties the people to one state, so their sector only (not the
            # first or the article's state)
            self._remember(Seen(Resolution(), head.i, None, head.tag_ in {"NNS", "NNPS"}))
            return Resolution(sector=res.sector, why=[*res.why, "people of several states"])
        if (
            res.country is None
            and res.sector in LOCAL_FORCE_SECTORS
            and self.home is None
            and not res.org_coded
        ):
            # "Seven people are injured in ... Derby, Derbyshire, England. An Indian national
            # ... is arrested, with counter-terrorism police investigating": police and courts
            # act where a news story happens (the one country its places are in), whatever
            # nationality it gives a suspect (session 14)
            scene = self._story_places(head.doc)
            if len(scene) == 1:
                res = _with_country(res, scene.pop(), "country {} of the story's places")
        if res.country is None and res.sector and res.kind != "org" and not res.org_coded:
            # (an official release that names no country is about its own state)
            about = self.context_country(head.doc) or self.home
            context = self._victims_country(head, res.sector, about, whole_text=True)
            if context is not None:
                why = "country {} the article is about" if context == about else VICTIMS_WHY
                res = _with_country(res, context, why)
        if head.i in self._withheld and res.country is None:
            res = replace(res, why=[*res.why, WITHHELD_WHY.format(self._withheld[head.i])])
        elif res.country is None and (lower in COUNTED_PEOPLE or dead):
            return None  # "Thousands of people" somewhere no text says: nobody to code
        if res.titled and res.kind != "person":
            # "the governor of Taiz", "a military commander": one person, for "he"/"she".
            res = replace(res, kind="person")

        if not res.resolved and res.kind == "unresolved":
            if head.pos_ != "PROPN" and not any(t.ent_type_ in ACTOR_ENT_TYPES for t in toks):
                return None
        if not res.weak:
            self._remember(Seen(res, head.i, _surname(res), head.tag_ in {"NNS", "NNPS"}))
        return res

    def _appointed(self, head: Token) -> str | None:
        """The sector of the office a nominee is "to be" (`_office_to_be`): GOV, or the
        title's own sector when it is a court, force or service ("to be United States
        District Judge" JUD)."""
        office = _office_to_be(head)
        if not office:
            return None
        titles = [c for c in self.resolver.index.scan(office) if c.kind == "title"]
        sector = str(titles[-1].value) if titles else None
        return sector if sector in APPOINTED_SECTORS else "GOV"

    def _named_before_by(self, head: Token) -> Resolution | None:
        """The latest earlier body or group whose head is the same word ("Council" ... "the
        council"), when it was coded."""
        tokens = tokens_of(head.doc)
        for seen in self._coded_by_lemma(head.doc).get(head.lemma_.lower(), ()):
            if seen.token >= head.i or seen.res.kind == "person":
                continue
            if not seen.res.code or not (seen.res.country or seen.res.org_coded):
                continue  # "The Liberal Party" coded PTY alone: whose is still unknown
            # "the Interparliamentary Assembly": its name words must be the earlier name's
            named = {t.text for t in np_tokens(tokens[seen.token])}
            if any(m.text not in named for m in _name_modifiers(head)):
                continue
            why = f"the {head.lower_} named before"
            return replace(seen.res, why=[*seen.res.why, why])
        return None

    def _coded_by_lemma(self, doc: Doc) -> dict[str, list[Seen]]:
        """The coded mentions of the history by their head's lemma in lower case, each list
        the latest in the text first as `_latest_first` orders them (ties in reading order);
        kept up to date as the history grows (`_named_before_by` looked at every earlier
        mention's lemma on each call)."""
        at, done, index = self._lemma_index
        if at is not doc:
            done, index = 0, {}
        if done != len(self.history):
            tokens = tokens_of(doc)
            for seen in self.history[done:]:
                if seen.res.code:
                    lemma = tokens[seen.token].lemma_.lower()
                    same = list(index.get(lemma, ()))  # (a new list: a caller may read the old)
                    same.insert(bisect_right(same, -seen.token, key=_minus_position), seen)
                    index[lemma] = same
            self._lemma_index = (doc, len(self.history), index)
        return index

    def _latest_body_before(
        self, head: Token, accept: Callable[[Resolution], bool], why: str
    ) -> Resolution | None:
        """The latest coded mention before `head` that is no person and that `accept` takes,
        with `why` added: what "the group", "the organisation" or bare "peacekeepers" stand
        for."""
        for seen in self._latest_first():
            res = seen.res
            if seen.token < head.i and res.kind != "person" and res.code and accept(res):
                return replace(res, why=[*res.why, why])
        return None

    def _the_group(self, head: Token) -> Resolution | None:
        """ "the group" alone: the latest earlier non-state body or party of people ("the
        PKK ... asks the group to disarm", "Hamas fighters ... The group claimed"), never a
        government or its forces, which a text does not call "the group"."""
        return self._latest_body_before(
            head,
            lambda res: res.sector in NON_STATE_GROUP_SECTORS,
            "'the group': the group named before",
        )

    def _the_organisation(self, head: Token) -> Resolution | None:
        """ "the organisation" alone: the latest earlier international or non-governmental
        body ("the Interparliamentary Assembly of the CIS ... the 30th anniversary of the
        organisation"); a state's own bodies are "the ministry", "the agency"."""
        return self._latest_body_before(
            head,
            lambda res: res.org_coded and str(res.code).startswith(("IGO", "NGO")),
            "'the organisation': the body named before",
        )

    def _peacekeepers_body(self, head: Token) -> Resolution | None:
        """ "peacekeepers" of no state ("More than 4,000 peacekeepers have died"), in a text
        that names a body fielding them before (the UN, UNIFIL, MONUSCO): that body's, not
        the article's state (a US message on the UN's peacekeepers)."""
        return self._latest_body_before(
            head,
            lambda res: res.org_coded and res.code in PEACEKEEPING_BODIES,
            "peacekeepers of the body named before",
        )

    def _conjunct_country(self, head: Token) -> str | None:
        """The country a coordinated phrase before `head` names in its own words ("Nicaragua's
        ambassador and another diplomat"): the second shares it, as an adjective or possessor
        before the first would often be left unrepeated."""
        if head.dep_ != "conj":
            return None
        first = head.head
        while first.dep_ == "conj":
            first = first.head
        seen = next((s for s in self._latest_first() if s.token == first.i), None)
        if seen is None or seen.res.country is None or not seen.res.sector:
            return None
        own = ("adjective ", "country ", "seat of government ")
        return seen.res.country if any(w.startswith(own) for w in seen.res.why) else None

    def _adversary(self, head: Token, res: Resolution) -> Resolution | None:
        """ "the enemy", "the occupiers", "the invaders" with no country of their own are
        never the speaker's side: in an official release, the forces of the other state
        whose military the text named last ("Russian troops ... the occupiers" in a
        Ukrainian address); with no such forces, or outside a release, nobody to code."""
        found = None
        if self.home is not None:
            for seen in reversed(self.history):
                r = seen.res
                if seen.token < head.i and r.sector == "MIL" and r.country not in {None, self.home}:
                    found = r.country
                    break
        if found is None:
            if head.tag_ in {"NNS", "NNPS"}:
                self._remember(Seen(Resolution(), head.i, None, True))
            return None
        res = _with_country(res, found, "the other side: {}, whose forces were named last")
        self._remember(Seen(res, head.i, None, head.tag_ in {"NNS", "NNPS"}))
        return res

    def _mixed_nations(self, head: Token) -> bool:
        """A plural whose coordinated modifiers name two countries ("Russian and Ukrainian
        representatives", "Israeli and Palestinian officials")."""
        if head.tag_ not in {"NNS", "NNPS"}:
            return False
        kb = self.resolver.kb
        for mod in head.children:
            if mod.i > head.i or mod.dep_ not in {"amod", "compound", "nmod"}:
                continue
            parts = [mod, *(x for x in mod.conjuncts if mod.i < x.i < head.i)]
            if len(parts) < 2:
                continue
            found = {
                kb.adjective_index().get(normalise(p.text))
                or kb.country_names().get(normalise(p.text))
                for p in parts
            }
            if len(found - {None}) >= 2:
                return True
        return self._of_several_states(head)

    def _of_several_states(self, head: Token) -> bool:
        """A plural of a list of states ("The leaders of France, the United Kingdom, and the
        United States", "representatives of Japan and Korea", "climbers from Nepal, China and
        Pakistan"): several states' people."""
        return any(
            len(self._states_after(prep, {"country", "adjective"})) >= 2
            for prep in head.rights
            if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}
        )

    def _states_after(self, prep: Token, kinds: set[str]) -> set[str]:
        """The states a preposition's objects name, each conjunct with its own modifiers
        ("of France and the United Kingdom", "from Nepal, China and Pakistan"), by the cue
        kinds asked for."""
        found: set[str] = set()
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for part in (obj, *obj.conjuncts):
                own = [t for t in part.lefts if t.dep_ in {"compound", "amod"}]
                cues = self.resolver.index.scan([*own, part])
                found |= {str(c.value) for c in cues if c.kind in kinds}
        return found

    def _several_states(self, head: Token) -> bool:
        """Does the noun's clause speak of several states' people: places of several
        countries, or several states named in it besides those acting on others ("by
        Pakistan" after "Afghan officials say"), or, with none such, several states acting
        ("India and Pakistan have exchanged lists of fishermen")? People "between" whom
        something happens, named by one plural noun ("fighting between the nuclear-armed
        neighbours"), are of two sides at least."""
        if head.dep_ == "pobj" and head.head.lower_ == "between" and not head.conjuncts:
            return head.tag_ in {"NNS", "NNPS"}
        self.country_counts(head.doc)  # (fills `_named_at`)
        tokens = tokens_of(head.doc)
        start, end = self.sentence_start(head), self._sent_ends[head.i]
        clause = _clause_verb(head).i
        in_clause = [
            (k, c)
            for k, c in self._named_at
            if start <= k < end and _clause_verb(tokens[k]).i == clause
        ]
        named = {c for _, c in in_clause}
        places = self._sentence_countries(head)
        if len(named) < 2:
            return len(places | named) > 1
        spoken_of = {c for k, c in in_clause if not _of_another(_first_conjunct(tokens[k]))}
        found = places | spoken_of
        return len(found) > 1 or not found

    def _phrase_state(self, head: Token) -> str | None:
        """The one state named after the noun's own "from", "in" or "of" ("travelers from
        Italy", "nurses in Sudan"); none when the phrase names several."""
        found: set[str] = set()
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "from", "in"}:
                found |= self._states_after(prep, {"country"})
        return found.pop() if len(found) == 1 else None

    def _from_other_states(self, head: Token) -> bool:
        """People "from Russia and foreign countries" (their own "from", or one after the list
        they are in: "famous scientists and practising doctors from ..."): of states the text
        does not name, so of no one state."""
        origins = [p for p in head.rights if p.dep_ == "prep" and p.lower_ == "from"]
        for prep in origins + _list_origins(head):
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for part in (obj, *obj.conjuncts):
                    own = [t for t in part.lefts if t.dep_ in {"compound", "amod"}]
                    if part.lower_ in OTHER_STATES_HEADS and any(
                        t.lower_ in {"foreign", "other"} for t in own
                    ):
                        return True
        return False

    def _subject_state(self, head: Token) -> str | None:
        """The country of the official or state that is the subject of the clause whose
        object `head` is (through a preposition and a coordinated verb, once each)."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ in {"prep", "dative"}:
            verb = verb.head
        elif head.dep_ not in {"dobj", "dative"}:
            return None
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
        return self._state_of(subject, head)

    def _state_of(self, subject: Token | None, head: Token) -> str | None:
        """The country of an official or state already read as `subject`, before `head`."""
        if subject is None or subject.i >= head.i:
            return None
        res = self.cache.get(subject.i)
        if res is None or res.country not in self.resolver.kb.countries:
            return None
        if res.sector not in {"GOV", "MIL"} or res.kind not in {"person", "state"}:
            return None
        return res.country

    def _main_clause_state(self, head: Token) -> str | None:
        """The country of the official or state that is the subject of the main clause when
        `head` is the subject of a clause hanging on it ("after ...", "and ...")."""
        verb = head.head
        if head.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"advcl", "conj"}:
            return None
        main = verb.head
        subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
        return self._state_of(subject, head)

    def _earlier_subjects(self, head: Token, sentences: int) -> list[Seen]:
        """Mentions that were a clause's subject, before `head`, in its sentence and the
        `sentences` sentences before it, the nearest first."""
        doc = head.doc
        start = self.sentence_start(head)
        starts = self._sent_starts or []
        for _ in range(sentences):
            if start > 0:
                start = starts[start - 1]
        found = []
        for seen in self._recent_history():
            if start <= seen.token < head.i and doc[seen.token].dep_ in {"nsubj", "nsubjpass"}:
                found.append(seen)
        return found

    def _same_sector_subject(self, head: Token, sector: str) -> str | None:
        """The one state whose actors of this sector were a subject just before: "The
        Lebanese army said two soldiers ...", "Trump signs orders ... all references from
        the federal government". Subjects of two states decide nothing."""
        if sector == "ELI":
            return None
        countries = self.resolver.kb.countries
        found = {
            s.res.country
            for s in self._earlier_subjects(head, COREF_WINDOW)
            if s.res.sector == sector and s.res.country in countries and not s.res.org_coded
        }
        return found.pop() if len(found) == 1 else None

    def _the_country(self, head: Token) -> Resolution | None:
        """ "Ukrainian President Volodymyr Zelenskyy says that the country will not hold
        elections": the state of the subject before it (its sentence's, else the sentence
        before's), when all of them are of one state; but the state that subject acts on
        when one is named after it ("The United States will remain engaged with the
        Government of Afghanistan to ensure the country ..."). With no such subject, the
        state named last before it ("orders IndiGo, the country's largest airline" after
        "of India"), never one its own verb or noun sets against it ("an attack by Iran on
        the country")."""
        countries = self.resolver.kb.countries
        iso, why = None, ""
        for window in (0, 1):
            subjects = [
                s
                for s in self._earlier_subjects(head, window)
                if (s.res.kind in {"person", "state"} or s.res.sector in STATE_SECTORS)
                and s.res.country in countries
            ]
            found = {s.res.country for s in subjects}
            if len(found) > 1:
                break
            if found:
                iso = str(found.pop())
                why = f"'{head.text}': the state of the subject before it ({iso})"
                after = max(s.token for s in subjects)
                acted_on = [
                    c
                    for k, c in self._states_named_before(head, window, after, scenes=False)
                    if _body_of_state(head.doc[k])
                ]
                other = next((c for c in acted_on if c != iso), None)
                if other is not None and self.home is None:
                    iso, why = other, f"'{head.text}': the state its subject acts on ({other})"
                if iso in self._states_set_against(head):
                    iso = None  # "Iran has fired ..., the first attack by Iran on the country"
                break
        if iso is None:
            named = self._states_named_before(head, 1, -1, scenes=True)
            if not named:
                return None
            iso = named[0][1]
            why = f"'{head.text}': the state named last before it ({iso})"
        res = Resolution(countries[iso].name, iso, iso, None, iso, "state", [why])
        self._remember(Seen(res, head.i, None, False))
        return res

    def _states_set_against(self, head: Token) -> set[str]:
        """The states named before `head` as the other party of the word it is an argument
        of ("an attack by Iran on the country": Iran)."""
        if head.dep_ == "poss":
            return set()
        own, doc = _argument_of(head), head.doc
        everyone = self._states_named_before(head, 0, -1, scenes=True, own=-1)
        return {c for k, c in everyone if _argument_of(doc[k]) == own}

    def _states_named_before(
        self, head: Token, sentences: int, after: int, scenes: bool, own: int | None = None
    ) -> list[tuple[int, str]]:
        """(token, country) of the states named or already coded as states, bodies or
        officials after token `after` and before `head`, in its sentence and the
        `sentences` before it, the latest first; without `scenes`, not a place where things
        happen ("in Berlin, Germany"); never an argument of the word `head` is an argument
        of ("an attack by Iran on the country"), or of token `own` when given (-1: any)."""
        countries = self.resolver.kb.countries
        self.country_counts(head.doc)
        start = self.sentence_start(head)
        starts = self._sent_starts or []
        for _ in range(sentences):
            if start > 0:
                start = starts[start - 1]
        start = max(start, after + 1)
        found = {k: c for k, c in self._named_at if start <= k < head.i}
        for k in range(start, head.i):
            res = self.cache.get(k)
            if res is not None and res.country in countries and k not in found:
                if res.kind in {"person", "state", "org"} or res.sector in STATE_SECTORS:
                    found[k] = str(res.country)
        if own is None:
            own = _argument_of(head) if head.dep_ != "poss" else -1
        doc = head.doc
        return [
            (k, c)
            for k, c in sorted(found.items(), reverse=True)
            if (own < 0 or _argument_of(doc[k]) != own) and (scenes or not _scene_place(doc[k]))
        ]

    def _victims_country(
        self, head: Token, sector: str | None, country: str | None, whole_text: bool = False
    ) -> str | None:
        """The country a context rule gives a mention, unless the mention is harmed ("seven
        people were killed") and that country is the attacker's in its sentence or the three
        before ("the Russian missiles hit one of our cities"): the victims of an attack are
        not the attacker's people. Then the one country of the places named there, else the
        release's own state when it is not the attacker, else none. Armed groups and criminals
        are often their own state's ("a Pakistan Army raid kills nine militants"): kept.
        With `whole_text` (for the weakest cue, the country the article is about), a state
        the text names as attacking anywhere counts too ("The woman was wounded in the head"
        in a Ukrainian address about Russian strikes)."""
        if country is None or sector in ARMED_NON_STATE or not _harmed(head):
            return country
        doc = head.doc
        attackers = self._attackers(head)
        if whole_text:
            attackers |= self._text_attackers(doc)
        if country not in attackers:
            return country
        start, end = self._attack_window(head)
        places = self._places_in(doc, start, end, None) | self._places_hit(doc, start, end)
        places -= attackers
        if len(places) == 1:
            return places.pop()
        if self.home is not None and self.home not in attackers:
            return self.home
        self._withheld[head.i] = country
        return None

    def _states_not_of_things(self, head: Token) -> set[str]:
        """The states the mention's sentence names, less those named only as whose a thing
        or act is: "Four people are killed in protests over fuel prices raised by the Iran
        war in Nairobi, Kenya" names Iran for the war, not for the people (session 14)."""
        self.country_counts(head.doc)
        start, end = self.sentence_start(head), self._sent_ends[head.i]
        tokens = tokens_of(head.doc)
        found = set()
        for k, country in self._named_at:
            if not start <= k < end:
                continue
            top = tokens[k]
            while top.dep_ in {"compound", "amod", "poss", "nmod", "flat"} and top.head.i != top.i:
                top = top.head
            lemma = top.lemma_.lower()
            if top.i == k or lemma not in OWNED_THINGS or lemma in ATTACK_NOUNS:
                found.add(country)  # (an attack's state is the attacker: read as before)
        return found

    def _victims_of_named_attacker(self, head: Token) -> str | None:
        """ "The Russian Armed Forces launch ... missiles at Kyiv, Ukraine, ... killing 25
        people": harmed people in a sentence of two countries, one of them the attacker's,
        are of the other (the one left once the attackers are set aside), not nobody's."""
        if not _harmed(head):
            return None
        start, end = self.sentence_start(head), self._sent_ends[head.i]
        places = self._places_in(head.doc, start, end, None)
        named = self._sentence_countries(head) | self._sentence_named(head)
        rest = named - self._attackers(head)
        # (the side left must be where the sentence places the harm: "Russia fires drones
        # at Ukraine, wounding five people ... Poland scrambles its jets" gives no Poles)
        return rest.pop() if len(rest) == 1 and rest <= places else None

    def _one_state_by_name(self, head: Token) -> str | None:
        """ "A botulism outbreak in southern Italy kills three people ... in Diamante,
        Calabria": harmed people in a sentence whose places disagree only through a town the
        gazetteer also knows elsewhere are of the one state the sentence names by its name
        (A15, session 16); none when it names two ("across Afghanistan and Pakistan")."""
        if not _harmed(head):
            return None
        named = self._states_not_of_things(head)
        if len(named) != 1 or self._attackers(head) & named:
            return None
        return next(iter(named)) if named <= self._sentence_countries(head) else None

    def _places_hit(self, doc: Doc, start: int, end: int) -> set[str]:
        """Countries of the places in doc[start:end] that a verb of attack has for its object
        ("Russian drones struck Kharkiv", "hit one of our cities - Mykolaiv")."""
        found: set[str] = set()
        for ent in self.place_entities(doc):
            if not start <= ent.start < end:
                continue
            top = ent.root
            while top.dep_ in {"appos", "conj", "compound", "pobj", "prep"} and top.head.i != top.i:
                top = top.head  # ("one of our cities - Mykolaiv": the object is "one")
            if top.dep_ == "dobj" and top.head.lemma_.lower() in ATTACK_VERBS:
                country = self._place_country(ent)
                if country is not None:
                    found.add(country)
        return found

    def _text_attackers(self, doc: Doc) -> set[str]:
        """The states the whole text names as attacking (`_attacking`), read once."""
        if self._attacking_states is None:
            self.country_counts(doc)
            tokens = tokens_of(doc)
            self._attacking_states = {c for k, c in self._named_at if _attacking(tokens[k])}
        return self._attacking_states

    def _attack_window(self, head: Token) -> tuple[int, int]:
        """Token range of the mention's sentence and the `ATTACK_WINDOW` sentences before it."""
        start = self.sentence_start(head)
        starts = self._sent_starts or []
        for _ in range(ATTACK_WINDOW):
            if start > 0:
                start = starts[start - 1]
        return start, self._sent_ends[head.i]

    def _attackers(self, head: Token) -> set[str]:
        """The states named as attacking (`_attacking`) in the mention's sentence and the
        `ATTACK_WINDOW` before it, and those of forces read as attacking there."""
        self.country_counts(head.doc)
        start, end = self._attack_window(head)
        tokens = tokens_of(head.doc)
        found = {c for k, c in self._named_at if start <= k < end and _attacking(tokens[k])}
        for k in range(start, head.i):
            res = self.cache.get(k)
            if res is not None and res.country and res.sector == "MIL" and _attacking(tokens[k]):
                found.add(res.country)
        return found

    def _sentence_place(self, head: Token) -> str | None:
        """The one country of the places the sentence names after "in", "at" or "near"
        (country names, or towns and regions by the geo gazetteer); a "local" description
        with none in its sentence looks in the sentence before. None when they disagree."""
        found = self._sentence_countries(head)
        return found.pop() if len(found) == 1 else None

    def _sentence_countries(self, head: Token) -> set[str]:
        """The countries of the places `_sentence_place` reads (several when they disagree)."""
        if head.dep_ not in ARGUMENT_DEPS:
            return set()  # "a U.S. military-operated drone": a modifier, not a party
        doc = head.doc
        start = self.sentence_start(head)
        starts = self._sent_starts or []
        end = self._sent_ends[head.i]
        verb = _clause_verb(head)
        found = self._places_in(doc, start, end, verb)
        if not found and verb.dep_ == "relcl":
            found = self._places_of_antecedent(doc, verb)
        if not found and start > 0 and any(c.lower_ == "local" for c in head.children):
            found = self._places_in(doc, starts[start - 1], start, None)
        return found

    def _places_of_antecedent(self, doc: Doc, verb: Token) -> set[str]:
        """ "... for the knife attack in Mannheim, Baden-Württemberg, Germany, which killed
        one person": a relative clause's harm happened where its antecedent's phrase says
        (the phrase of the noun the place chain hangs on, up through its prepositions), not
        in the main clause's setting (session 14)."""
        top = verb.head
        while top.dep_ in {"appos", "conj", "compound", "pobj", "prep"} and top.head.i != top.i:
            top = top.head
        if top.pos_ not in {"NOUN", "PROPN"}:
            return set()
        lo, hi = top.left_edge.i, verb.left_edge.i  # the antecedent's phrase before the clause
        return {
            country
            for ent in self.place_entities(doc)
            if lo <= ent.start < hi and (country := self._place_country(ent)) is not None
        }

    def _places_in(self, doc: Doc, start: int, end: int, clause: Token | None) -> set[str]:
        """Countries of the places named after "in"/"at"/"near" in doc[start:end], in the
        clause of `clause` only when given (not "Armenians living in Russia")."""
        found: set[str] = set()
        for ent in self.place_entities(doc):
            if ent.start < start or ent.start >= end:
                continue
            top = ent.root
            while top.dep_ in {"appos", "conj", "compound", "nmod", "npadvmod"}:
                top = top.head  # "in Kryvyi Rih, Dnipropetrovsk Oblast, Ukraine"
            if top.dep_ == "poss" and _place_phrase(top.head):
                # "in Lebanon's eastern Bekaa Valley": the state owns the place named after
                # it (A15, session 16; not "in Russia's attack": no place)
                top = top.head
            top = _scene_phrase(top)
            if top.dep_ != "pobj" or not (top.head.lower_ in SCENE_PREPS or _attacked(top)):
                continue
            if clause is not None and clause.i not in _clauses_above(_clause_verb(top)):
                continue
            country = self._place_country(ent)
            if country is not None:
                found.add(country)
        return found

    def _nothing_to_read(self, head: Token, toks: list[Token], res: Resolution, lemma: str) -> bool:
        """A shortcut of `_resolve`, not a rule: a phrase with a word some knowledge-base
        phrase uses but no cue of its own ("the region", "security cooperation"): nothing
        coded, no title, no body word, no name and no named entity of an actor type. Such a
        phrase ends as no actor at the end of `_resolve`, and every rule between would only
        read it as someone through what is excluded here: a name or proper noun (earlier
        person, acronym, people listed by name), a head word the rules look up (adversaries,
        offices, units, counted people, "the" + a noun named before), a title, sector or
        organisation code. About 8,000 of 300 releases' noun heads take it."""
        return (
            res.code is None
            and res.country is None
            and res.sector is None
            and res.kind == "unresolved"
            and res.title is None
            and not res.titled
            and not res.org_coded
            and res.body_word is None
            and head.pos_ != "PROPN"
            and not any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENT_TYPES for t in toks)
            and not self.known_surname(head)
            and lemma not in ADVERSARY_HEADS
            and lemma not in OFFICE_HEADS
            and head.lower_ not in COUNTED_PEOPLE
            and head.lower_ not in self.resolver.kb.terms_of_kind("unit")
            and not _bare_the(head)
        )

    def _may_be_actor(self, head: Token) -> bool:
        """Cheap test before any phrase is built: a named entity of an actor type, a proper
        noun, or a word (of the head or a modifier) that some knowledge-base phrase uses."""
        pos = head.pos_  # (read once: spaCy makes the string anew on every read)
        if head.ent_type_ in ACTOR_ENT_TYPES or pos == "PROPN":
            return True
        if pos == "NOUN" and self.known_surname(head):
            return True  # "Zapata flew across": a surname tagged as a common noun
        may_cover = self.resolver.index.may_cover
        return may_cover(head) or any(
            c.ent_type_ in ACTOR_ENT_TYPES or may_cover(c)
            for c in children_of(head)
            if c.i < head.i and c.dep_ in {"amod", "compound", "poss", "nmod"}
        )

    def _whose_country(self, head: Token, speaker: ActorRef | None) -> Resolution | None:
        """ "our country", "their homeland": the owner's country, named as a whole."""
        poss = next((c for c in children_of(head) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        owner = self._pronoun(poss, speaker) if poss is not None else None
        if owner is None or owner.country not in self.resolver.kb.countries:
            return None
        iso = str(owner.country)
        res = Resolution(
            self.resolver.kb.countries[iso].name,
            iso,
            iso,
            None,
            iso,
            "state",
            [*owner.why, f"'{poss.text} {head.text}': {iso}"],  # type: ignore[union-attr]
        )
        self._remember(Seen(res, head.i, None, False))
        return res

    def _owner_country(self, head: Token, res: Resolution, speaker: ActorRef | None) -> Resolution:
        """ "its ambassador", "their forces": the owner's country, through the pronoun."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is None:
            return res
        owner = self._pronoun(poss, speaker)
        if owner is None or owner.country is None:
            return res
        if (
            owner.kind == "org"
            and owner.code
            and owner.code != compose_code(owner.country, owner.sector)
            and res.sector not in ARMED_GROUP_OFFICES
            and not _state_house(res)
        ):
            # "Hezbollah claims its fighters struck ...", "the party said its members ...",
            # "NATO said its troops ...": a body's own people are that body (REB HZB, as
            # "Hezbollah fighters" is), not any group of its country (LBN REB). The police
            # and courts a governing group runs keep their sector ("a Hamas police chief").
            return replace(
                res,
                name=owner.name,
                country=owner.country,
                sector=owner.sector,
                code=owner.code,
                actor_id=owner.actor_id,
                kind=owner.kind,
                why=[*res.why, f"'{poss.text} {head.text}' are {owner.name}'s own"],
            )
        return replace(
            res,
            country=owner.country,
            code=compose_code(owner.country, res.sector),
            actor_id=f"{owner.country}-{res.sector}" if res.sector else owner.country,
            why=[*res.why, f"'{poss.text}' is {owner.name or owner.country}"],
        )


# A release's place line: "Chisinau, Moldova" alone on a line near the top.
DATELINE = re.compile(r"(?m)^[A-Z][^\n,:]{1,60}, ([A-Z][^\n,:]{1,40}?)[ \t]*$")
DATELINE_WITHIN = 600  # characters of the text where a place line is looked for


# Words of a woman or a man besides actors/mentions.py's titles: "spokeswoman", and kin named
# by their relation ("Camara's wife and two of his grandchildren").
FEMALE_WORDS |= WORD_LISTS["female_words"]
MALE_WORDS |= WORD_LISTS["male_words"]
