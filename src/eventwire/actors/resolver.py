"""Resolve actor mentions (noun phrases of a spaCy parse) to coded actors.

A mention is read as a bag of *cues* found by longest match against the
knowledge base: a known person, an organisation, a country name, a capital or
seat-of-government metonym ("the Kremlin"), a nationality adjective, and
sector words (titles such as "minister", nouns such as "troops", institution
words such as "foreign ministry"). The cues are then combined the CAMEO way:
country + sector ("Russian troops" -> RUS MIL), a person's dated role, or an
organisation's own code. `ArticleActors` adds within-article coreference
(pronouns, surnames, "the minister") on top.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from spacy.attrs import DEP, IDX, ORTH, POS, SENT_START
from spacy.symbols import NOUN as NOUN_ID
from spacy.symbols import PROPN as PROPN_ID
from spacy.tokens import Doc, Span, Token

from eventwire.actors.coreference import Coreference, TurnVocatives
from eventwire.actors.kb import AmbiguousName, KnowledgeBase, PersonRole, load_kb, normalise
from eventwire.actors.mentions import (
    ARGUMENT_DEPS,
    FEMALE,
    FEMALE_WORDS,
    FIRST_PERSON,
    FORMER,
    HONORIFICS,
    MALE,
    MALE_WORDS,
    NOT_ACTOR_ENTS,
    PLURAL,
    STATE_SECTORS,
    THING,
    Resolution,
    Seen,
    _office,
    _title_acronym,
    compose_code,
)
from eventwire.actors.phrases import _initial, _initial_text, _separator, np_tokens
from eventwire.actors.phrases import conjuncts as conjuncts  # re-exported: events.extract
from eventwire.datafiles import read_data_tsv, read_word_sets, read_word_uses
from eventwire.nlp.pipeline import children_of, text_of, tokens_of
from eventwire.records import ActorRef

MAX_NGRAM = 7
# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")
NAME_PARTICLES = WORD_LISTS["name_particles"]
ACTOR_ENT_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
PRONOUNS = MALE | FEMALE | THING | PLURAL | FIRST_PERSON
CHAINED = PLURAL | THING  # pronouns that are antecedents of the next one


@dataclass(frozen=True)
class Cue:
    kind: str  # person | org | country | metonym | adjective | title | noun | orgterm
    value: object
    start: int  # token index (first token of the match)
    end: int  # token index, exclusive


# `normalise` is pure and slow, and the same words and phrases come back in every article
# ("the United States", "Secretary"): its recent answers are kept.
_normal = lru_cache(maxsize=1 << 16)(normalise)


class PhraseIndex:
    """All knowledge-base phrases in one dict, for fast longest-match scanning."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entries: dict[str, list[tuple[str, object]]] = {}
        for phrase, iso in kb.country_names().items():
            self._add(phrase, "country", iso)
        for phrase, iso in kb.metonym_index().items():
            self._add(phrase, "metonym", iso)
        for phrase, iso in kb.adjective_index().items():
            self._add(phrase, "adjective", iso)
        for phrase, actor_id in kb.org_index().items():
            self._add(phrase, "org", kb.organizations[actor_id])
        for phrase, roles in kb.person_index().items():
            self._add(phrase, "person", tuple(roles))
        for term, st in kb.sector_terms.items():
            if st.kind in {"name", "unit"}:
                continue  # read only inside a name or a force's phrase (`Resolver.named_body`)
            kind = {"title": "title", "noun": "noun", "org": "orgterm", "modifier": "modifier"}.get(
                st.kind, "noun"
            )
            self._add(normalise(term), kind, st.sector)
        for key, amb in kb.ambiguous.items():
            # "Korea", "Congolese": the article decides (see `settle_ambiguous`).
            kept = [e for e in self.entries.get(key, []) if e[0] not in {"country", "adjective"}]
            self.entries[key] = [*kept, ("ambiguous", amb)]
        self.max_len = MAX_NGRAM
        # Aliases written in capitals ("US", "UN") must be capitalised in text too,
        # so that the pronoun "us" is never the United States.
        self.upper_only: set[str] = set()
        for country in kb.countries.values():
            for alias in country.aliases:
                if alias.replace(".", "").isupper() and len(alias.replace(".", "")) <= 4:
                    self.upper_only.add(normalise(alias))
        for org in kb.organizations.values():
            for alias in (org.name, *org.aliases):
                if alias.replace(".", "").isupper() and len(alias.replace(".", "")) <= 5:
                    self.upper_only.add(normalise(alias))

        # Only tokens that can begin some phrase start a match attempt (speed).
        self.first_words = {phrase.split()[0] for phrase in self.entries}
        # "al-Qaida" is three tokens ("al", "-", "Qaida"): its first is the part before "-".
        self.first_words |= {w.split("-")[0] for w in self.first_words if "-" in w[1:]}
        self.all_words = {w for phrase in self.entries for w in phrase.split()}
        # The longest phrase that begins with each first word (as a string prefix): a run of
        # tokens whose text is longer cannot match, so `scan` does not try it (speed).
        keys = sorted(self.entries)
        self.longest_from: dict[str, int] = {}
        for word in self.first_words:
            lo = bisect_left(keys, word)
            hi = bisect_left(keys, word + "\U0010ffff", lo)
            self.longest_from[word] = max((len(k) for k in keys[lo:hi]), default=0)
        self._starter: dict[str, bool] = {}  # token text -> `_starts(text)`
        self._covered: dict[str, bool] = {}  # token text -> its normal form is in `all_words`

    def _starts(self, text: str) -> bool:
        """Can a phrase begin with this token text? (Kept per text: `scan` asks for every
        token of every phrase, and the same words come back in every article.)"""
        found = self._starter[text] = _normal(text) in self.first_words
        return found

    def may_cover(self, head: Token) -> bool:
        """Cheap test: can any knowledge-base phrase include this head word at all?"""
        text = head.text
        covered = self._covered.get(text)
        if covered is None:
            covered = self._covered[text] = _normal(text) in self.all_words
        return covered or head.lemma_.lower() in self.all_words

    def _add(self, phrase: str, kind: str, value: object) -> None:
        if phrase:
            self.entries.setdefault(phrase, []).append((kind, value))

    def scan(self, tokens: list[Token]) -> list[Cue]:
        """Greedy longest-first matching over consecutive tokens.

        Token attributes are read once per call: spaCy builds a Python string on every
        attribute access, and each start position tries up to MAX_NGRAM phrases."""
        cues: list[Cue] = []
        n = len(tokens)
        texts = [t.text for t in tokens]
        written = texts[:]  # as the tokens have them (for initials)
        glued_at = [k for k, x in enumerate(texts) if "[" in x[1:]]
        with_ws = [t.text_with_ws for t in tokens] if glued_at else None
        for k in glued_at:
            # "China[Xi Jinping]": a bracket the tokenizer left glued to the word before
            x = texts[k]
            glued = x.rsplit("[", 1)[1]
            texts[k], with_ws[k] = glued, glued + with_ws[k][len(x) :]  # type: ignore[index]
        starter = self._starter
        starts = [starter[x] if x in starter else self._starts(x) for x in texts]
        if True not in starts:
            return cues
        index = [t.i for t in tokens]
        # A run of tokens' text with their spaces is a slice of the document's text (the
        # tokens' own `text_with_ws`, read only when a glued bracket changed a text above).
        at = [t.idx for t in tokens]
        doc_text = text_of(tokens[0].doc)
        # Characters each token surely keeps in a normalised phrase (accented or other
        # non-ASCII text may lose some: counted as none).
        kept = [len(x) if x.isascii() and not x.isspace() else 0 for x in texts]
        pos: dict[int, str] = {}  # `pos_`, `lower_`, `lemma_` of the tokens read so far
        lower: dict[int, str] = {}
        initial: list[bool] | None = None  # `_initial` of each token, read when first needed
        lemma: dict[int, str] = {}
        i = 0
        while i < n:
            if not starts[i]:
                i += 1
                continue
            low = lower[i] = tokens[i].lower_
            if low in HONORIFICS:
                i += 1
                continue
            matched = False
            first_key = _normal(texts[i])
            # (+2: a final "'s" is dropped; "the" is dropped too; accents may change case
            # rules: no pruning then.)
            ascii_start = first_key != "the" and texts[i].isascii()
            room = self.longest_from[first_key] + 2 if ascii_start else None
            for j in range(min(n, i + self.max_len), i, -1):
                # Only contiguous token runs form a phrase.
                if index[j - 1] - index[i] != j - 1 - i:
                    continue
                if room is not None and j > i + 1 and sum(kept[i : j - 1]) > room:
                    continue  # longer than any phrase that starts so (the last word aside)
                if with_ws is None:
                    before_last = doc_text[at[i] : at[j - 1]]
                    run = before_last + written[j - 1]
                else:
                    before_last = "".join(with_ws[i : j - 1])
                    run = "".join(with_ws[i:j])
                phrase = _normal(run.strip())
                found = self.entries.get(phrase)
                if not found:
                    tag = pos.get(j - 1)
                    if tag is None:
                        tag = pos[j - 1] = tokens[j - 1].pos_
                if not found and tag == "NOUN":
                    last = lemma.get(j - 1)
                    if last is None:
                        last = lemma[j - 1] = tokens[j - 1].lemma_
                    low = lower.get(j - 1)
                    if low is None:
                        low = lower[j - 1] = tokens[j - 1].lower_
                    if last != low:
                        # plurals: "newspapers" finds "newspaper"
                        stem = before_last + last
                        found = self.entries.get(normalise(stem.strip()))
                if not found and j - i >= 3:
                    if initial is None:
                        initial = [_initial_text(x) for x in written]
                    if True not in initial[i + 1 : j - 1]:
                        continue
                    # "Wendy R. Sherman" is "Wendy Sherman"
                    inner = [written[k] for k in range(i + 1, j - 1) if not initial[k]]
                    found = self.entries.get(normalise(" ".join([texts[i], *inner, texts[j - 1]])))
                if not found:
                    continue
                first = texts[i]
                for kind, value in found:
                    if kind == "person" and _inside_other_name(tokens[i], value):
                        continue  # "Bibi" in "Bushra Bibi" is not Netanyahu
                    if kind == "person" and _before_other_name(tokens[j - 1], value):
                        continue  # "Sharon" in "Sharon Beth Lewis" is not Ariel Sharon
                    if kind in {"country", "metonym"} and _surname_of_person(tokens[i]):
                        continue  # "George Washington", "Michael Jordan": a person's name
                    if kind in {
                        "country",
                        "metonym",
                        "adjective",
                        "ambiguous",
                        "person",
                    } and (_supporter(tokens[i]) or _backer(tokens[j - 1])):
                        continue  # "pro-Palestinian", "Iran-backed": about, not of
                    if kind in {"country", "metonym", "adjective", "ambiguous", "org", "person"}:
                        if not first[:1].isupper() and not (
                            first.lower() in NAME_PARTICLES and j - i > 1
                        ):
                            continue  # "al-Qaida", "el-Sisi" start with a particle
                        if phrase in self.upper_only and not first.replace(".", "").isupper():
                            continue
                    cues.append(Cue(kind, value, index[i], index[j - 1] + 1))
                    matched = True
                if matched:
                    i = j
                    break
            if not matched:
                i += 1
        return cues


def settle_ambiguous(cues: list[Cue], named: Callable[[], dict[str, int]] | None) -> list[Cue]:
    """A name of several countries ("Korea", "Congolese") becomes the only candidate the
    article names elsewhere, else the name's default (else nothing). `named` gives how often
    the article names each country by an unambiguous name; read only when needed."""
    if not any(c.kind == "ambiguous" for c in cues):
        return cues
    counts = named() if named is not None else {}
    settled: list[Cue] = []
    for cue in cues:
        if cue.kind != "ambiguous":
            settled.append(cue)
            continue
        amb: AmbiguousName = cue.value  # type: ignore[assignment]
        in_text = [iso for iso in amb.candidates if counts.get(iso)]
        iso = in_text[0] if len(in_text) == 1 else amb.default
        if iso is not None:
            settled.append(Cue(amb.kind, iso, cue.start, cue.end))
    return settled


def _in_office(cue: Cue, day: str | None) -> bool:
    """Does this known person hold a listed role on that day? (If not, a title written
    before the name may tell the office.)"""
    return any(r.active_on(day) for r in cue.value)  # type: ignore[attr-defined]


def _supporter(first: Token) -> bool:
    """ "pro-Palestinian activists" are not Palestinians, "anti-Russian" is not Russian,
    "pro-Yoon protesters" are not Yoon."""
    doc = first.doc
    return (
        first.i >= 2
        and doc[first.i - 1].text == "-"
        and doc[first.i - 2].lower_ in {"pro", "anti", "non"}
    )


# "Ukraine-aligned", "Iran-backed": a state that supports a group, not the group's own.
BACKING_WORDS = WORD_LISTS["backing_words"]


def _backer(last: Token) -> bool:
    """ "the Ukraine-aligned Russian Volunteer Corps", "Iran-backed militias": the name
    before the hyphen supports the group; it is not the group's nationality."""
    doc = last.doc
    k = last.i
    return k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ in BACKING_WORDS


def _surname_of_person(tok: Token) -> bool:
    """A place name that continues a person's name the tagger found ("Washington" in "George
    Washington"): part of the name, not the state or its capital."""
    if tok.i == 0 or tok.ent_iob_ != "I" or tok.ent_type_ != "PERSON":
        return False
    given = tok.doc[tok.i - 1]
    return given.ent_type_ == "PERSON" and given.is_title and not _title_acronym(given)


def _inside_other_name(first: Token, roles: object) -> bool:
    """A surname match inside a longer name whose first name is not this person's
    ("Bushra Bibi" is not "Bibi" Netanyahu; "Antony J. Blinken" is Blinken)."""
    if first.i == 0 or first.ent_iob_ != "I":
        return False
    doc = first.doc
    k = first.i - 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    while k < first.i and (_title_acronym(doc[k]) or _initial(doc[k])):
        # "NSA Sullivan", "DNI Haines": an office written short, not a first name; "J." in
        # "Antony J. Blinken" when the tagger starts the name there
        k += 1
    given = doc[k].lower_
    if doc[k].ent_type_ != "PERSON" or k == first.i:
        return False
    names = {w.lower() for r in roles for n in (r.name, *r.aliases) for w in n.split()[:1]}  # type: ignore[attr-defined]
    return given not in names


def _before_other_name(last: Token, roles: object) -> bool:
    """A one-word name followed, in the same person's name, by words none of this person's
    names has ("Sharon Beth Lewis" is not Ariel Sharon): the start of someone else's name."""
    doc = last.doc
    k = last.i + 1
    if k >= len(doc) or doc[k].ent_iob_ != "I" or doc[k].ent_type_ != "PERSON":
        return False
    if not doc[k].text[:1].isupper() or _initial(doc[k]):
        return False
    names = {w.lower() for r in roles for n in (r.name, *r.aliases) for w in n.split()}  # type: ignore[attr-defined]
    return last.lower_ in names and doc[k].lower_ not in names


PLACE_PREPS = {"in", "of", "from", "at", "near"}
SCENE_PREPS = {"in", "at", "near", "across", "throughout"}  # where a sentence happens
FORCE_SECTORS = {"MIL", "COP"}


class PlaceEntity(NamedTuple):
    """A GPE or LOC entity of the article: token span, head and text."""

    start: int
    end: int
    root: Token
    text: str


@lru_cache(maxsize=50_000)
def _likeliest_place(name: str):  # noqa: ANN202 - a geo.gazetteer.Place, or None
    """The most likely place of that name with a country, in the gazetteer the location
    stage uses (loaded once per process)."""
    from eventwire.geo.gazetteer import load_gazetteer  # geo builds on actors, not back

    return next((p for p in load_gazetteer().lookup(name) if p.country), None)


def gazetteer_country(name: str) -> str | None:
    """The country of the most likely town or region of that name; None for seas, sites
    and unknowns."""
    place = _likeliest_place(name)
    return place.country if place is not None and place.feature_class in {"P", "A"} else None


def _own_place_country(head: Token, places: list[PlaceEntity]) -> str | None:
    """The country of a town or region named in the noun's own phrase ("residents of
    Kherson")."""
    for prep in children_of(head):
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in children_of(prep):
            if pobj.dep_ == "pobj" and _seat_in_name(head, pobj):
                country = _seat_country(pobj.text)  # "the Higher Regional Court of Dresden"
                if country is not None:
                    return country
            if pobj.dep_ != "pobj" or pobj.ent_type_ not in {"GPE", "LOC"}:
                continue
            ent = next((e for e in places if e.start <= pobj.i < e.end), None)
            if ent is not None and (country := gazetteer_country(ent.text)) is not None:
                return country
    return None


# A town named as a body's seat inside its name must be a city (a large populated place):
# "Justice", "Commerce", "Hope" are small towns too.
SEAT_MIN_POPULATION = 100_000


def _seat_in_name(head: Token, pobj: Token) -> bool:
    """A one-word proper name after "of" that ends a body's name ("the Higher Regional Court
    of Dresden"), to which the tagger gave no place type (none, or the body's ORG)."""
    return (
        head.pos_ == "PROPN"
        and pobj.ent_type_ in {"ORG", ""}
        and pobj.pos_ == "PROPN"
        and pobj.is_title
        and not any(True for _ in pobj.children)
    )


def _seat_country(name: str) -> str | None:
    """The country of a city of that name (populated place of at least
    `SEAT_MIN_POPULATION`), else None."""
    place = _likeliest_place(name)
    if place is not None and place.feature_class == "P" and place.population >= SEAT_MIN_POPULATION:
        return place.country
    return None


# Offices of a town or region: "the mayor of X", "the governor of X region".
LOCAL_OFFICES = WORD_LISTS["local_offices"]
AREA_NOUNS = WORD_LISTS["area_nouns"]


def _local_office_country(head: Token, title: str) -> str | None:
    """The country of the place after "of" in a local office's phrase (the head's own, or
    an appositive's): "the mayor of Odesa", "Artem Semenikhin, the mayor of Konotop, Sumy",
    "the governor of Kursk region". Only local offices: "Minister of Justice" names none."""
    if title.split()[-1] not in LOCAL_OFFICES:
        return None
    holders = [head, *(c for c in children_of(head) if c.dep_ == "appos")]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is None or any(c.dep_ in {"det", "prep"} for c in children_of(obj)):
                continue  # "the governor of the Bank of England": a body, not a place
            names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if obj.pos_ == "PROPN":
                names.append(obj)
            elif obj.lemma_.lower() not in AREA_NOUNS:
                continue
            if names:
                country = gazetteer_country(" ".join(t.text for t in names))
                if country is not None:
                    return country
    return None


def _name_goes_on(cues: list[Cue], head: Token) -> bool:
    """A known person's name followed by more of it ("HAYASHI Yoshimasa": family name first,
    as Japanese officials write it in English)."""
    doc = head.doc
    for cue in cues:
        if cue.kind == "person" and cue.end <= head.i:
            if all(doc[k].pos_ == "PROPN" for k in range(cue.end, head.i + 1)):
                return True
    return False


class Resolver:
    """Stateless mention -> actor resolution against one knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self.index = PhraseIndex(self.kb)
        self.offices: dict[tuple[str, str], list[PersonRole]] = {}
        for role in self.kb.people:
            self.offices.setdefault((role.country, role.role.lower()), []).append(role)
        # how many states have each office (read for every title: counted once)
        self.office_states: dict[str, int] = {}
        for _, office in self.offices:
            self.office_states[office] = self.office_states.get(office, 0) + 1
        # the words of each country's offices, and how many countries use each word
        self.office_words: dict[str, set[str]] = {}
        for country, office in self.offices:
            self.office_words.setdefault(country, set()).update(office.replace("-", " ").split())
        self.word_states: dict[str, int] = {}
        for words in self.office_words.values():
            for word in words:
                self.word_states[word] = self.word_states.get(word, 0) + 1

    def foreign_office(self, country: str, office: str) -> bool:
        """An office other states have in our data but this one never has ("prime minister"
        for the United States): whoever holds it, in this state's release, is a visitor."""
        if (country, office) in self.offices:
            return False
        return self.office_states.get(office, 0) > 0

    def common_foreign_office(self, country: str, office: str) -> bool:
        """A foreign office that many states have in our data ("prime minister", "foreign
        minister" for the United States), not a rare role label ("head of state")."""
        if not self.foreign_office(country, office):
            return False
        return self.office_states.get(office, 0) >= COMMON_OFFICE_STATES

    def foreign_title_word(self, country: str, office: str) -> bool:
        """A title whose head word none of this state's offices has while many states' do:
        "Minister HAGIUDA" in a US release is a visitor (no US office is a "minister")."""
        words = office.split()
        if not words or {"of", "for", "to"} & set(words):
            return False  # "head of state": the head word is not the last one
        word = words[-1]
        return (
            country in self.office_words
            and word not in self.office_words[country]
            and self.word_states.get(word, 0) >= COMMON_OFFICE_STATES
        )

    def foreign_rank(self, country: str, office: str) -> str:
        """A rank below an office this state never has is that office, for telling a visitor
        ("Deputy Foreign Minister" in a US release is a foreign minister's deputy, as the
        United States has no foreign minister); else the office as written."""
        words = office.split()
        k = 0
        while k < len(words) - 1 and words[k] in SUBORDINATE | {"first"}:
            k += 1
        if k == 0 or (country, office) in self.offices:
            return office
        base = " ".join(words[k:])
        return base if self.foreign_office(country, base) else office

    def holders(self, country: str, office: str, day: str | None) -> list[PersonRole]:
        """Who held this office ("president") of this country on that day, as far as we know."""
        return [r for r in self.offices.get((country, office), []) if r.active_on(day)]

    def resolve_tokens(
        self,
        tokens: list[Token],
        day: str | None,
        head: Token | None = None,
        named: Callable[[], dict[str, int]] | None = None,
    ) -> Resolution:
        """Resolve a noun phrase; with `head`, only a phrase whose head is itself an
        actor word counts ("Russian troops" is an actor, "the Russian perspective" is not).
        `named` counts the countries the article names, for ambiguous names ("Korea")."""
        cues = self.index.scan([t for t in tokens if not t.is_punct or t.text in {".", "-", "'"}])
        # "Christian", "Radio": the sector of a body they name, and of nothing else
        modifiers = [replace(c, kind="noun") for c in cues if c.kind == "modifier"]
        if modifiers:
            cues = [c for c in cues if c.kind != "modifier"]
        cues = settle_ambiguous(cues, named)
        if tokens:
            cues = _drop_homonym_capitals(cues, tokens[0].doc)
        cues = _drop_portfolios(cues, tokens[0].doc) if tokens else cues
        if tokens:
            cues = [c for c in cues if not _title_inside_name(tokens[0].doc, c)]
        if (
            head is not None
            and named is not None
            and not any(c.start <= head.i < c.end for c in cues)
        ):
            plural_title = self._capitalised_plural_title(head, named)
            if plural_title is not None:
                cues = sorted([*cues, plural_title], key=_cue_start)
        if (
            head is not None
            and head.ent_type_ == "PERSON"
            and not any(c.kind in {"title", "org"} for c in cues)
            and not any(c.kind == "person" and _in_office(c, day) for c in cues)
        ):
            # "said adviser to the President of Ukraine on economic issues Oleh Ustenko":
            # the parser often leaves a long title outside the name's phrase ("leader of
            # the Volunteer Corps": a phrase after "of" is the body led, not the leader).
            run = _title_run(tokens[0])
            if run and run[-1].lower_ == "of":
                run = []
            run_cues = _drop_portfolios(
                settle_ambiguous(
                    self.index.scan(
                        [t for t in run if not t.is_punct or t.text in {".", "-", "'"}]
                    ),
                    named,
                ),
                head.doc,
            )
            # "Hamas leader in the Gaza Strip Izz al-Din al-Haddad": an organisation right
            # before the title is the body the person leads; one further back ends the title.
            led = {c.start for c in run_cues if c.kind == "title"}
            named = [
                c.end
                for c in run_cues
                if c.kind == "person" or (c.kind == "org" and c.end not in led)
            ]
            run_cues = [
                c
                for c in run_cues
                if (
                    c.kind in {"title", "orgterm", "country", "adjective", "metonym"}
                    or (c.kind == "org" and c.end in led)
                )
                and c.start >= max(named, default=0)
            ]
            if any(c.kind == "title" for c in run_cues):
                # (read whole: "for Iraq, Syria and Lebanon John Doe" lists portfolios)
                cues, tokens = _drop_portfolios(run_cues + cues, head.doc), run + tokens
        elif (
            head is not None
            and (head.ent_type_ == "PERSON" or _name_like(head))
            and any(c.kind == "title" for c in cues)
            and not any(
                c.kind in {"org", "person", "country", "adjective", "metonym"} for c in cues
            )
        ):
            # "UN Office for Disaster Risk Reduction Special Representative of the
            # Secretary-General Mami Mizutori", "International Organization for Migration
            # Director General António Vitorino": the body is named before the parser's phrase.
            cues, tokens = self._body_before(tokens, cues, named)
        if head is not None and (head.ent_type_ == "PERSON" or _name_like(head)):
            cues, tokens = self._described_before(head, cues, tokens, day, named)
        if head is not None and head.ent_type_ == "PERSON":
            if not any(c.kind in {"title", "org", "person"} for c in cues):
                # "the appointment of Erika L. Moritsugu as Deputy Assistant to the President"
                run = _as_run(tokens[-1])
                # the title is what comes before its portfolio ("... to the President")
                prep = next((t.i for t in run if t.pos_ == "ADP"), None)
                run_cues = [
                    c
                    for c in _drop_portfolios(self.index.scan(run), head.doc)
                    if c.kind in {"title", "orgterm", "country", "adjective", "metonym"}
                    and (prep is None or c.start < prep)
                ]
                if any(c.kind == "title" for c in run_cues):
                    cues, tokens = cues + run_cues, tokens + run
        if head is not None and head.pos_ == "NOUN" and head.ent_type_ != "PERSON":
            cues = self._owners_of_group(cues, head, day)
        titled_name = (
            head is not None
            and _name_like(head)
            and (
                any(c.kind == "title" and c.end <= head.i for c in cues)
                or _appositive_title(head, tokens, cues)
            )
        )
        group_word = head is not None and (
            head.lemma_.lower() in GROUP_HEADS
            or head.lemma_.lower() in self.kb.terms_of_kind("unit")  # "a military convoy"
            or head.lower_ in self.kb.terms_of_kind("unit")  # "army officers": plurals as listed
        )
        if group_word and any(c.kind in {"noun", "title", "orgterm"} for c in cues + modifiers):
            # "The Sudan Doctors Network", "a group of protesters", "the Christian
            # Association of Nigeria": a body of those people.
            res = self.combine(sorted(cues + modifiers, key=_cue_start), tokens, day)
            res.why.append(f"'{head.text}' of the people named before it")
            return res
        if (
            modifiers
            and head is not None
            and head.pos_ == "PROPN"
            and head.ent_type_ != "PERSON"
            and not any(c.kind in {"person", "org", "title"} for c in cues)
            and all(t.text[:1].isupper() for t in tokens if modifiers[0].start <= t.i <= head.i)
        ):
            # "Radio France Internationale": a body whose capitalised name says its sector
            res = self.combine(sorted(cues + modifiers, key=_cue_start), tokens, day)
            res.why.append(f"'{head.text}': a body named by its sector")
            return res
        if head is not None and not any(c.start <= head.i < c.end for c in cues):
            if head.ent_type_ != "PERSON" and not titled_name and not _name_goes_on(cues, head):
                # "a Canadian man", "Russian naval activities": not a known kind of actor,
                # but whose it is still counts (weak: never an antecedent for "it"/"he").
                national = [c for c in cues if c.kind in {"country", "adjective", "metonym", "org"}]
                body = self._named_body(tokens, head, cues, day)
                if body is not None:
                    return body
                if not national:
                    return Resolution(why=[f"head '{head.text}' is not an actor word"])
                if _office_of_seat(head, national):
                    res = self.combine(national, tokens, day)  # "the White House Office"
                    res.why.append(f"'{head.text}' of a seat of government: its staff")
                    return res
                res = self.combine(national, tokens, day, metonym_sector=False)
                res.weak = True
                res.why.append(f"head '{head.text}' is not an actor word: nationality kept")
                return res
        res = self.combine(cues, tokens, day)
        if (
            head is not None
            and res.kind == "person"
            and not res.sector
            and any(w.startswith("unknown person") for w in res.why)
        ):
            res = self._official_of_named_body(res, tokens, head)
        if head is None or res.kind in {"person", "org"}:
            return res
        head_cue = next((c for c in cues if c.start <= head.i < c.end), None)
        if head_cue is not None and head.tag_ in {"NN", "NNP"} and head_cue.kind == "title":
            res.titled = True
        elif (
            head_cue is not None
            and head_cue.kind == "adjective"
            and head.tag_ in {"NNS", "NNPS"}
            and res.sector is None
            and not any(t.lower_ == "the" for t in tokens if t.i < head.i)
        ):
            # "any Russians", "59 Palestinians": people of that nation (not "the Russians").
            res.sector, res.code = "CVL", compose_code(res.country, "CVL")
            res.actor_id = f"{res.country}-CVL"
            res.why.append(f"plural demonym '{head.text}': civilians")
        return res

    def _capitalised_plural_title(
        self, head: Token, named: Callable[[], dict[str, int]]
    ) -> Cue | None:
        """ "met with the Speakers", "the historic five Black Speakers of the House": a
        capitalised plural of a title, inside a sentence, names holders of that office (the
        vocabulary lists singular titles; lowercase "speakers" at a conference are anyone),
        in a text that names one country at most ("The Presidents" of a joint statement are
        of two states)."""
        if head.tag_ not in {"NNS", "NNPS"} or not head.text.istitle() or head.i == head.sent.start:
            return None
        if len(named()) > 1:
            return None
        if not head.lower_.endswith("s") or head.lower_.endswith("ss"):
            return None
        term = self.kb.sector_terms.get(head.lower_[:-1])  # (the tagger keeps names' plurals)
        if term is None or term.kind != "title":
            return None
        return Cue("title", term.sector, head.i, head.i + 1)

    def _named_body(
        self, tokens: list[Token], head: Token, cues: list[Cue], day: str | None
    ) -> Resolution | None:
        """A capitalised name the base lacks whose words say what kind of body it is ("The
        U.S. Centers for Disease Control and Prevention" GOV, "the National Hockey League"
        BUS, "Good News International Ministries" REL): that sector, and the country its own
        words give; with none, `body_word` is set and the article decides
        (`ArticleActors._body_country`)."""
        if any(c.kind in {"org", "person"} for c in cues):
            return None  # "the Office of the UN High Commissioner": the known body's
        found = _body_word(tokens, head, self.kb.terms_of_kind("name"))
        if found is None:
            return None
        word, sector = found
        # "Columbia University's Center", "the Department of Energy's ... Data Center": a part
        # of an institution named in the phrase is of that institution's kind
        sector = next((str(c.value) for c in reversed(cues) if c.kind == "orgterm"), sector)
        national = [c for c in cues if c.kind in {"country", "adjective", "metonym"}]
        res = self.combine(national, tokens, day, metonym_sector=False)
        text = " ".join(t.text for t in tokens if not (t.i == tokens[0].i and t.lower_ == "the"))
        res.name, res.kind, res.sector, res.body_word = text, "org", sector, word
        res.code = compose_code(res.country, sector) if res.country else None
        res.actor_id = f"{res.country}-{sector}" if res.country else None
        res.why.append(f"'{word}' in a name the base lacks: {sector}")
        return res

    def _official_of_named_body(
        self, res: Resolution, tokens: list[Token], head: Token
    ) -> Resolution:
        """ "U.S. National Counterterrorism Center director Joe Kent": an unknown person
        named after a state body the base lacks, with a country of their own, is its
        official (the body's sector, when it is one of the state's)."""
        if res.country is None:
            return res
        first = next((t for t in tokens if t.ent_type_ == "PERSON"), head)
        before = [t for t in tokens if t.i < first.i]
        while before and not before[-1].text[:1].isupper():
            before.pop()  # the title word after the body ("director")
        if not before:
            return res
        found = _body_word(before, before[-1], self.kb.terms_of_kind("name"), person=True)
        if found is None or found[1] not in STATE_SECTORS:
            return res
        word, sector = found
        return replace(
            res,
            sector=sector,
            code=compose_code(res.country, sector),
            actor_id=f"{res.country}-{sector}",
            why=[*res.why, f"official of a body named by '{word}': {sector}"],
        )

    def _owners_of_group(self, cues: list[Cue], head: Token, day: str | None) -> list[Cue]:
        """A person named inside a group's phrase ("the incoming Boric administration",
        "Putin's spokesman") says whose the group is, not who: their country, by the role they
        hold that day, else by any they held or will hold."""
        if not any(
            c.start <= head.i < c.end and c.kind in {"title", "noun", "orgterm"} for c in cues
        ) or not any(c.kind == "person" and not c.start <= head.i < c.end for c in cues):
            return cues
        kept: list[Cue] = []
        for cue in cues:
            if cue.kind != "person" or cue.start <= head.i < cue.end:
                kept.append(cue)
                continue
            roles = list(cue.value)  # type: ignore[call-overload]
            role = pick_role(roles, day, None) or roles[0]
            if role.country in self.kb.countries:
                kept.append(Cue("country", role.country, cue.start, cue.end))
            else:
                kept.append(cue)  # "Guterres's spokesperson": the organisation's own
        return kept

    def _body_before(
        self,
        tokens: list[Token],
        cues: list[Cue],
        named: Callable[[], dict[str, int]] | None,
    ) -> tuple[list[Cue], list[Token]]:
        """An organisation named in the words before a titled name's phrase (back to a verb,
        comma or the sentence start): the person is its official."""
        run = _title_run(tokens[0])
        if not run:
            return cues, tokens
        found = settle_ambiguous(
            self.index.scan([t for t in run + tokens if not t.is_punct or t.text in {".", "-"}]),
            named,
        )
        first = tokens[0].i
        before = [c for c in found if c.start < first]
        orgs = [c for c in before if c.kind == "org"]
        if not orgs or any(
            c.kind in {"person", "country", "adjective", "metonym"} and c.start >= orgs[-1].start
            for c in before
        ):
            return cues, tokens
        return [orgs[-1], *cues], run + tokens

    def _described_before(
        self,
        head: Token,
        cues: list[Cue],
        tokens: list[Token],
        day: str | None,
        named: Callable[[], dict[str, int]] | None,
    ) -> tuple[list[Cue], list[Token]]:
        """What is written before a name says who the person is; an organisation in an
        appositive after it says what they are also part of. "Slovakia's central bank chief,
        Peter Kažimír, a member of the European Central Bank committee" is Slovak;
        "Iraqi human rights activist Nadia Murad, a survivor of ISIS slavery" is no IS member."""
        if any(c.kind == "person" and _in_office(c, day) for c in cues):
            return cues, tokens
        if head.dep_ == "appos" and head.head.i < tokens[0].i and head.head.pos_ == "NOUN":
            # "<title phrase>, <name>": the phrase the name is in apposition to describes them
            before = [t for t in np_tokens(head.head) if t.i < tokens[0].i]
            while before and before[-1].is_punct:
                before.pop()
            found = _drop_portfolios(
                settle_ambiguous(
                    self.index.scan([t for t in before if not t.is_punct or t.text in {".", "-"}]),
                    named,
                ),
                head.doc,
            )
            if any(c.kind == "title" for c in found) and not any(
                c.kind in {"person", "org"} for c in found
            ):
                cues, tokens = found + cues, before + tokens
        national = any(c.kind in {"country", "adjective"} and c.end <= head.i for c in cues)
        described = any(c.kind in {"title", "noun", "orgterm"} and c.end <= head.i for c in cues)
        if national and described:
            cues = [c for c in cues if not (c.kind == "org" and c.start > head.i)]
        return _title_over_appositive_nouns(head, cues), tokens

    def combine(
        self, cues: list[Cue], tokens: list[Token], day: str | None, metonym_sector: bool = True
    ) -> Resolution:
        """Put cues together the CAMEO way. `metonym_sector=False` when the capital only
        says whose the thing is ("The Washington Post" is American, not the government)."""
        res = Resolution()
        country: str | None = None
        country_why = ""
        sector: str | None = None
        sector_why = ""
        sector_deferential = False
        person_roles: list[PersonRole] = []
        person_name: str | None = None
        org = None
        org_start = -1
        country_end = -1
        at = [t.i for t in tokens]
        for cue in cues:
            text = " ".join([tokens[k].text for k, i in enumerate(at) if cue.start <= i < cue.end])
            if cue.kind == "person" and not person_roles:
                person_roles = list(cue.value)  # type: ignore[arg-type]
                person_name = text
            elif cue.kind == "org" and org is None:
                org, org_start = cue.value, cue.start
            elif cue.kind in {"country", "adjective"} and country is None:
                country, country_why = str(cue.value), f"{cue.kind} '{text}'"
                country_end = cue.end
            elif cue.kind == "metonym" and country is None:
                country, country_why = str(cue.value), f"seat of government '{text}'"
                if sector is None and metonym_sector:
                    sector, sector_why = "GOV", f"metonym '{text}'"
            elif cue.kind in {"title", "orgterm", "noun"}:
                # The last sector word is the head's ("Foreign Ministry spokesman" -> GOV).
                deferential = (cue.kind == "title" and text.lower() in SPEAKS_FOR_BODY) or (
                    cue.kind == "noun"
                    and text.lower() in STAFF_NOUNS
                    and sector_why.startswith("orgterm")  # the body they work for
                )
                if deferential and sector is not None and not sector_why.startswith("metonym"):
                    # "military command spokesperson": speaks for the command (MIL)
                    res.title = text.lower()
                    if cue.kind == "title" and _former(tokens, cue.start):
                        sector, sector_why = "ELI", f"former '{text}'"
                    continue
                if (
                    sector is None
                    or sector_why.startswith("metonym")
                    or sector_deferential
                    or cue.kind == "title"
                    or (cue.kind == "noun" and tokens and cue.end > tokens[-1].i)
                    or (_party_head(cue, tokens) and sector != "OPP")  # "opposition ... Party"
                ):
                    # the head noun codes the group: "People Power Party lawmakers" -> LEG
                    sector, sector_why = str(cue.value), f"{cue.kind} '{text}'"
                    # "spokesperson of the opposition party": the body named next decides
                    sector_deferential = deferential
                    if cue.kind == "title" and _members_of_house_title(tokens, cue.end, text):
                        # "Representatives LaLota and Pappas": the title of a lower house's
                        # members before their names, not "representatives" sent by a body
                        sector, sector_why = "LEG", f"title '{text}' before names: members"
                        sector_deferential = False
                    if cue.kind == "title":
                        res.title = _qualified(text.lower(), tokens, cue.start)
                        if _former(tokens, cue.start):
                            sector, sector_why = "ELI", f"former '{text}'"
                            sector_deferential = False
                    elif sector in OFFICE_GROUP_SECTORS and _former(tokens, cue.start):
                        # "seven former government officials", "former lawmakers": out of office
                        sector, sector_why = "ELI", f"former '{text}'"
        placed = {
            i
            for c in cues
            if c.kind in {"country", "metonym", "adjective", "org", "noun", "orgterm"}
            for i in range(c.start, c.end)
        }
        # A place the tagger took for a person ("Kiev") is no name.
        person_ent = _person_entity([t for t in tokens if t.i not in placed])
        if person_ent is None:
            person_ent = _titled_name(tokens, cues)
        if person_roles:
            role = pick_role(person_roles, day, country)
            if role is not None:
                res.name, res.actor_id = role.name, role.person_id
                res.country, res.sector, res.kind = role.country, role.sector, "person"
                res.why.append(
                    f"person '{person_name}': {role.role} {role.start}..{role.end or ''}"
                )
                if (
                    sector == "ELI"
                    and sector_why.startswith(("former", "title"))
                    and _same_office(_office(res.title), role.role)
                ):
                    # "former prime minister Viktor Orbán": the text knows he has left.
                    res.sector = "ELI"
                    res.why.append(f"{sector_why}: out of that office")
                elif (
                    sector == "ELI"
                    and (sector_why.startswith("former") or _office(res.title) != res.title)
                    and role.sector not in STATE_SECTORS
                ):
                    # "former prime minister Imran Khan", now leading the opposition: the
                    # office the text names him by, no longer held, with none of the state's
                    res.sector = "ELI"
                    res.why.append(f"{sector_why}: no state office now")
            else:
                first = person_roles[0]
                res.name, res.actor_id = first.name, first.person_id
                res.kind = "person"
                held_before = any(
                    r.end and day and r.end < day and _same_office(res.title, r.role)
                    for r in person_roles
                )
                if org is not None and org.kind == "IGO" and sector_why.startswith("title"):
                    # "Arab League secretary general Nabil Fahmy": a title of the organisation
                    # named with it, not of the state he served before
                    res.country, res.sector, res.code = org.country, org.sector, org.code
                    res.org_coded = True
                    res.why.append(f"person '{person_name}': {sector_why} of {org.name}")
                    return res
                if (
                    sector
                    and sector_why.startswith("title")
                    and not held_before
                    and first.country in self.kb.countries
                ):
                    # "Minister of Infrastructure Oleksandr Kubrakov": the text's own title
                    # tells the office on that day, where our dated roles have a gap.
                    res.country, res.sector = country or first.country, sector
                    res.why.append(
                        f"person '{person_name}' holds no listed role on {day}; {sector_why}"
                    )
                    res.code = compose_code(res.country, res.sector)
                    return res
                res.country, res.sector = first.country, "ELI"
                res.why.append(
                    f"person '{person_name}' holds no listed role on {day}: former (ELI)"
                )
            res.code = compose_code(res.country, res.sector)
            org_of_role = self.kb.organization_of(role or person_roles[0])
            if org_of_role is not None:
                # An official of an IGO or armed group is coded as that organisation.
                res.country, res.code = org_of_role.country, org_of_role.code
                res.org_coded = True
                if res.sector != "ELI":
                    res.sector = org_of_role.sector
            return res
        if org is not None:
            res.name, res.actor_id, res.kind = org.name, org.actor_id, "org"
            res.country, res.sector, res.code = org.country, org.sector, org.code
            res.org_coded = True
            res.why.append(f"organisation '{org.name}'")
            period = self.kb.org_period(org.actor_id, day)
            if period is not None:
                res.country, res.sector = period.country, period.sector
                res.code = compose_code(period.country, period.sector)
                res.why.append(f"{period.country} {period.sector} from {period.start} (dated)")
            if person_ent is not None:
                res.name = person_ent
                res.kind = "person"
            elif org.kind == "PTY":
                # "House Republicans": the lower chamber, which "house" alone cannot code
                house = any(t.i == org_start - 1 and t.text == "House" for t in tokens)
                sector = "LEG" if house else sector
                res = _party_of(res, country, country_end == org_start, country_why, sector)
            return res
        if person_ent is not None:
            res.name, res.kind = person_ent, "person"
            res.why.append(f"unknown person '{person_ent}'")
        if country:
            res.country = country
            res.why.append(country_why)
        if sector:
            res.sector = sector
            res.why.append(sector_why)
        if res.kind == "unresolved" and (country or sector):
            res.kind = (
                "state" if country and (sector in {None, "GOV", "MIL", "LEG", "JUD"}) else "group"
            )
        if country and res.name is None:
            res.name = self.kb.countries[country].name if country in self.kb.countries else country
            if sector:
                res.name = f"{res.name} ({sector})"
        res.actor_id = country and (f"{country}-{sector}" if sector else country)
        if res.actor_id is None and sector:
            res.actor_id = sector
        res.code = compose_code(country, sector)
        return res


PLACE_ENTS = {"FAC", "GPE", "LOC"}


def _body_word(
    tokens: list[Token], head: Token, words: dict[str, str], person: bool = False
) -> tuple[str, str] | None:
    """The institution word that heads a capitalised name ("Centers" of "the Centers for
    Disease Control", "League" of "the National Hockey League") and its sector. Plurals
    count only as listed ("Ministries" are churches, "Services" a company). Only a
    proper-noun or organisation-entity head that is no place counts, and not one after
    "in"/"at" ("at the Kennedy Center" is a place); a word before the head is not the body
    ("the Academy Awards")."""
    if not head.text[:1].isupper():
        return None
    if not person and (
        (head.pos_ != "PROPN" and head.ent_type_ != "ORG") or head.ent_type_ in PLACE_ENTS
    ):
        return None  # (a building, "the Los Angeles Convention Center", is a place)
    if not person and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return None
    sector = words.get(head.lower_.rstrip("."))
    return (head.text, sector) if sector is not None else None


def _title_inside_name(doc: Doc, cue: Cue) -> bool:
    """A title word that is part of a name, not before it: "Dan Bishop" (a surname), "the
    Workers' General Confederation" (an organisation's name goes on after it)."""
    if cue.kind != "title" or cue.start == 0:
        return False
    first, before = doc[cue.start], doc[cue.start - 1]
    if first.ent_iob_ != "I":
        return False
    if first.ent_type_ == "PERSON":
        return before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before.text.istitle()
    after = doc[cue.end] if cue.end < len(doc) else None
    return (
        first.ent_type_ == "ORG"
        and cue.end - cue.start == 1
        and after is not None
        and after.ent_iob_ == "I"
        and after.ent_type_ == "ORG"
        and after.pos_ == "PROPN"
    )


def _cue_start(cue: Cue) -> int:
    return cue.start


def _title_over_appositive_nouns(head: Token, cues: list[Cue]) -> list[Cue]:
    """A title before a name says what the person is; a group word in an appositive after
    it names what they founded or belong to: "opposition figure Victoire Ingabire Umuhoza,
    founder of the United Democratic Forces" is OPP, not MIL."""
    if not any(c.kind == "title" and c.end <= head.i for c in cues):
        return cues
    comma = next((t.i for t in head.doc[head.i + 1 : head.i + 3] if t.text == ","), None)
    if comma is None:
        return cues
    return [c for c in cues if not (c.kind == "noun" and c.start > comma)]


def _appositive_title(head: Token, tokens: list[Token], cues: list[Cue]) -> bool:
    """ "Didier Guillaume, the head of government of Monaco": a title in an appositive
    after the name says who the named person is."""
    commas = [t.i for t in tokens if t.i > head.i and t.text == ","]
    return bool(commas) and any(
        c.kind == "title" and c.start > commas[0] and c.start <= commas[0] + 3 for c in cues
    )


def _party_of(
    res: Resolution, country: str | None, named_before: bool, country_why: str, sector: str | None
) -> Resolution:
    """A party's name read with the words around it: "the Saint Lucia Labour Party" is
    Saint Lucia's party of that name, not the British one; "Congressional Republicans"
    are the party's legislators (LEG)."""
    if country and named_before and country != res.country:
        why = f"{country_why} before the party's name: that country's party"
        return replace(
            res,
            country=country,
            sector="PTY",
            code=compose_code(country, "PTY"),
            actor_id=f"{country}-PTY",
            why=[*res.why, why],
        )
    if sector == "LEG" and res.country:
        why = "the party's legislators"
        return replace(
            res,
            sector="LEG",
            code=compose_code(res.country, "LEG"),
            actor_id=f"{res.country}-LEG",
            why=[*res.why, why],
        )
    return res


# Groups of office holders: "former" ones are out of office (ELI), unlike "former rebels".
OFFICE_GROUP_SECTORS = {"GOV", "LEG", "JUD"}
# Titles of people who speak or act for a body: they take the body's sector.
SPEAKS_FOR_BODY = WORD_LISTS["speaks_for_body"]


# Words that make a title a lower office of its own ("Assistant Secretary of State" is not
# the Secretary of State, whoever holds that).
SUBORDINATE = WORD_LISTS["subordinate"]


def _qualified(title: str, tokens: list[Token], title_start: int) -> str:
    """The title with the rank word written before it ("assistant secretary of state")."""
    before = [t for t in tokens if t.i < title_start]
    words = []
    while before and before[-1].lower_ in SUBORDINATE | {"-"}:
        words.insert(0, before.pop().lower_)
    if not words or words[0] == "-" or title.split()[0] in SUBORDINATE:
        return title
    return " ".join([*words, title]).replace(" - ", "-")


# People who work for a body: they take its sector ("government employees" are GOV, "hospital
# staff" MED), else their own ("workers" LAB).
STAFF_NOUNS = WORD_LISTS["staff_nouns"]


def _party_head(cue: Cue, tokens: list[Token]) -> bool:
    """ "the Workers' Party", "the Farmers' Party": a party named by the people it speaks
    for is a party (PTY), unlike a network or union named by its members ("the Workers'
    Party of Korea": "Party" is the phrase's root)."""
    if cue.kind != "orgterm" or cue.value != "PTY" or not tokens:
        return False
    first, last = tokens[0].i, tokens[-1].i
    root = next((t for t in tokens if t.head.i == t.i or not first <= t.head.i <= last), None)
    return root is not None and cue.start <= root.i < cue.end


# Verbs that put the person named as their object into a state office.
OFFICE_GIVING_VERBS = WORD_LISTS["office_giving_verbs"]


def _named_to_office(head: Token) -> str | None:
    """ "intends to nominate William Brown for Under Secretary", "Jane Roe, Nominee for
    Ambassador": a person the release nominates or appoints to an office is a government
    official (GOV), not a private citizen, though no title stands before the name."""
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in OFFICE_GIVING_VERBS:
        if verb.lemma_.lower() != "name" or any(c.lower_ in {"as", "to"} for c in verb.children):
            return "GOV"
    if any(c.dep_ == "appos" and c.lemma_.lower() == "nominee" for c in head.children):
        return "GOV"
    return None


# Sectors an appointed office may have besides GOV (a legislature's members are elected).
APPOINTED_SECTORS = {"JUD", "MIL", "COP", "SPY"}


def _office_to_be(head: Token) -> list[Token]:
    """ "Carol Hamilton, of California, to be a Representative of the United States to ...":
    in a list of nominations the person's own infinitive names the office (capitalised)."""
    verbs = [c for c in children_of(head) if c.dep_ in {"relcl", "acl"} and c.i > head.i]
    if head.dep_ == "nsubj" and head.head.i > head.i:
        verbs.append(head.head)  # (or parsed as the infinitive's subject)
    for verb in verbs:
        if verb.lemma_ != "be":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
            continue
        attr = next((c for c in children_of(verb) if c.dep_ == "attr"), None)
        if attr is not None and attr.text[:1].isupper():
            words = [t for t in attr.lefts if t.dep_ in {"compound", "amod"}]
            return [*words, attr]
    return []


def _members_of_house_title(tokens: list[Token], title_end: int, text: str) -> bool:
    """ "Representatives LaLota and Pappas", "Reps. Smith and Jones": the capitalised plural
    title straight before surnames names members of a lower house (LEG), unlike lowercase
    "representatives of the company", who speak for whatever body is named."""
    if text not in {"Representatives", "Reps.", "Reps"}:
        return False
    following = [t for t in tokens if t.i == title_end]
    return bool(following) and following[0].pos_ == "PROPN"


def _former(tokens: list[Token], title_start: int) -> bool:
    """ "former interior minister", "former party-list representative": the title is no
    longer held ("former" just before it, or modifying it from further back)."""
    return any(
        t.lower_ in FORMER
        for t in tokens
        if t.i < title_start and (title_start - 3 <= t.i or t.head.i >= title_start)
    )


# Head words of a body named by its members ("Doctors Network", "Workers' Union").
GROUP_HEADS = WORD_LISTS["group_heads"]
# Groups a leader or government commands or serves: as the object of its action they are
# its own ("Starmer authorizes the military").
OWN_PEOPLE_SECTORS = {"MIL", "COP", "CVL"}
# Heads and modifiers of mentions that name nobody in particular: with no country or
# organisation of their own they stay unresolved ("Western leaders", "a third party").
GENERIC_HEADS = WORD_LISTS["generic_heads"]
VAGUE_MODIFIERS = WORD_LISTS["vague_modifiers"]
# (Quantifiers name nobody only with a generic head: "some countries" is nobody, while
# "many farmers" in an American statement are American farmers.)
# Group words that name a relation: a possessive says whose ("Russia's allies"), not who.
RELATIONAL_HEADS = WORD_LISTS["relational_heads"]
# "our country", "their homeland": the country of whoever the possessive is.
HOMELAND_HEADS = WORD_LISTS["homeland_heads"]
# "our cities", "their land": the places of whoever the possessive is, as their country
# ("our region" is not: a region is often larger than the speaker's state).
TERRITORY_HEADS = WORD_LISTS["territory_heads"]
TITLE_RUN_MAX = 12  # tokens looked back for a title left outside a name's phrase
TITLE_RUN_STOP_POS = {"VERB", "AUX", "PRON", "SCONJ", "NUM", "PART", "INTJ"}


def _acronym(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and 2 <= len(tok.text) <= 6 and tok.text.isupper()


def _drop_portfolios(cues: list[Cue], doc: Doc) -> list[Cue]:
    """A country after "for" following a title is the portfolio, not the nationality:
    "Special Representative for Afghanistan", "U.S. District Judge for Washington"."""
    kept: list[Cue] = []
    titled = posted = False
    for cue in cues:
        if cue.kind in {"title", "orgterm"}:
            titled = True
            posted = posted or (cue.kind == "title" and _posting_title(cue, doc))
        if titled and cue.kind in {"country", "adjective", "metonym"}:
            if _after_for(cue, doc) or (cue.kind == "country" and _listed_after_for(cue, doc)):
                continue
            if posted and cue.kind in {"country", "metonym"} and _posted_to(cue, doc):
                continue  # "Ambassador to Chile": Chile is where the holder serves
        if titled and cue.kind == "org" and _posted_to(cue, doc):
            continue  # "a Representative of the United States to ... the General Assembly"
        kept.append(cue)
    return kept


# Titles of people a state posts abroad ("Ambassador", "Envoy"): see _drop_portfolios.
POSTING_TITLES = WORD_LISTS["posting_titles"]


def _posting_title(cue: Cue, doc: Doc) -> bool:
    return any(tok.lower_ in POSTING_TITLES for tok in doc[cue.start : cue.end])


def _listed_after_for(cue: Cue, doc: Doc) -> bool:
    """A later place of a portfolio's list: "for Afghanistan, Pakistan, and Central Asia",
    "for Iraq, Syria and Lebanon" (only commas, "and" and capitalised names back to "for")."""
    k = cue.start - 1
    seen_joiner = False
    while k >= 0 and cue.start - k <= 10:
        tok = doc[k]
        if tok.lower_ == "for":
            return seen_joiner
        if tok.text in {",", "&"} or tok.lower_ == "and":
            seen_joiner = True
        elif not (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            return False
        k -= 1
    return False


def _posted_to(cue: Cue, doc: Doc) -> bool:
    """An organisation after "to" following a title is where the holder is posted, not
    whose official they are: "Representative of the United States of America to the
    Seventy-seventh Session of the General Assembly of the United Nations"."""
    k = cue.start - 1
    while k >= 0 and cue.start - k <= POSTED_TO_REACH:
        tok = doc[k]
        if tok.lower_ == "to" and tok.pos_ == "ADP":
            return True
        if tok.pos_ not in {"DET", "NUM", "ADJ", "PROPN", "ADP", "PUNCT"} or tok.text == ",":
            return False
        k -= 1
    return False


# Words between "to" and the organisation a title's holder is posted to ("to the
# Seventy-seventh Session of the General Assembly").
POSTED_TO_REACH = 12


def _after_for(cue: Cue, doc: Doc) -> bool:
    k = cue.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "for"


def _title_run(first: Token) -> list[Token]:
    """Tokens just before a name that may be its title: back to a verb, pronoun, number,
    comma, quote or the sentence start, at most TITLE_RUN_MAX tokens."""
    doc = first.doc
    run: list[Token] = []
    k = first.i - 1
    while k >= 0 and len(run) < TITLE_RUN_MAX:
        tok = doc[k]
        if tok.is_sent_end or tok.pos_ in TITLE_RUN_STOP_POS or "\n" in tok.text_with_ws:
            break
        if tok.is_space or _separator(tok, run):
            break
        if tok.text == "," and _title_goes_on(doc, k, run):
            # "Special Representative for Environmental Protection, Ecology and Transport
            # Sergei Ivanov": a portfolio listed with commas is still the title
            run.insert(0, tok)
            k -= 1
            continue
        if tok.is_punct and tok.text not in {".", "-", "'", "’"}:
            break
        run.insert(0, tok)
        k -= 1
    return run


AS_NOT_TITLE = {"well", "such", "if", "though", "long", "soon", "far", "much", "part", "a", "an"}


def _as_run(last: Token) -> list[Token]:
    """The words of "as <title>" right after a name ("appointed Jane Roe as ambassador to
    Chad"): to the next punctuation, verb or clause word, at most TITLE_RUN_MAX tokens."""
    doc = last.doc
    k = last.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "as" or doc[k + 1].lower_ in AS_NOT_TITLE:
        return []
    run: list[Token] = []
    for tok in doc[k + 1 : k + 1 + TITLE_RUN_MAX]:
        if tok.is_punct and tok.text not in {".", "-"} or tok.pos_ in TITLE_RUN_STOP_POS:
            break
        if "\n" in tok.text_with_ws:
            run.append(tok)
            break
        run.append(tok)
    return run


def _title_goes_on(doc: Doc, comma: int, run: list[Token]) -> bool:
    """A comma inside a title's list of portfolios: capitalised nouns on both sides (a
    person or organisation named before still ends the title: see `resolve_tokens`)."""
    before = doc[comma - 1] if comma > 0 else None
    after = doc[comma + 1]
    if after.lower_ == "and" and comma + 2 < len(doc):
        after = doc[comma + 2]  # "Afghan Women, Girls, and Human Rights": a serial comma
    return (
        before is not None
        and before.pos_ in {"PROPN", "NOUN"}
        and before.text[:1].isupper()
        and before.ent_type_ != "PERSON"
        and after.text[:1].isupper()
        and after.lower_ not in HONORIFICS  # "At the request of the President, Ms Golikova"
    )


def pick_role(
    roles: Iterable[PersonRole], day: str | None, country_hint: str | None
) -> PersonRole | None:
    """The role a person held on `day` (the article's date)."""
    active = [r for r in roles if r.active_on(day)]
    if not active:
        return None
    if country_hint:
        same = [r for r in active if r.country == country_hint]
        if same:
            active = same
    # Prefer the most specific (latest-starting) active role.
    return max(active, key=lambda r: r.start or "")


def _person_entity(tokens: list[Token]) -> str | None:
    ents = [t for t in tokens if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if not ents:
        return None
    # The last run of PERSON tokens is the name; titles come before it.
    last = ents[-1]
    run = [last]
    for t in reversed(ents[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    if len(run) == 1 and _acronym_word(last):
        return None  # "tested positive for COVID": a one-word name in capitals is no person
    words = [t.text for t in run if t.lower_ not in HONORIFICS]
    return " ".join(words) or None


def _acronym_word(tok: Token) -> bool:
    """An all-capitals word of three letters or more outside a capitalised line (a
    transcript label such as "CHANCELLOR MERKEL:" keeps its capitals' names)."""
    if len(tok.text) < 3 or not tok.text.isupper():
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
        return False  # "PUTIN:" opening a transcript turn
    return tok.i == 0 or not doc[tok.i - 1].text.isupper()


def _pron_poss(head: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(head))


def _name_like(tok: Token) -> bool:
    """A proper noun, or an upper-case word the tagger took for a noun ("FOREIGN MINISTER
    LIIMETS:" in a transcript's speaker label)."""
    return tok.pos_ == "PROPN" or (tok.is_upper and tok.is_alpha and len(tok) > 2)


def _titled_name(tokens: list[Token], cues: list[Cue]) -> str | None:
    """The proper nouns after a title that the tagger did not take for a person
    ("PRESIDENT CHAKWERA:" in a transcript, "President Chakwera")."""
    titles = [c for c in cues if c.kind == "title"]
    if not titles or not tokens or not _name_like(tokens[-1]):
        return None
    after = max(c.end for c in cues)
    if max(c.end for c in titles) != after:
        return None
    run = [t for t in tokens if t.i >= after]
    if (
        not run
        or len(run) > 4
        or any(not _name_like(t) or t.ent_type_ in {"GPE", "ORG", "NORP"} for t in run)
    ):
        return None
    return " ".join(t.text if not t.text.isupper() else t.text.title() for t in run)


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
        text = text_of(doc)
        positions = np.arange(len(start))
        return cls(
            doc=doc,
            sent_start=(start == 1).tolist(),
            name_like=name_like.tolist(),
            capitalised=[k for k, at in enumerate(idx.tolist()) if text[at : at + 1].isupper()],
            in_brackets=(bracketed.nonzero()[0] + 1).tolist(),
            names=name_like.nonzero()[0].tolist(),
            last_start=np.maximum.accumulate(np.where(start == 1, positions, -1)).tolist(),
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
        self.cache: dict[int, Resolution] = {}
        self.mentions: dict[int, ActorRef] = {}  # head token -> first reading of the mention
        self._context: tuple[str | None] | None = None  # the article's main country, once read
        self._read_to = -1  # last token whose sentence's earlier names were all resolved
        self._acronyms: dict[str, Token] | None = None  # "NUP" -> "Platform" of "... (NUP)"
        self._counts: dict[str, int] | None = None  # country -> times the article names it
        self._joint: bool | None = None  # a joint statement of several states (`_joint_statement`)
        self._named_at: list[tuple[int, str]] = []  # (token index, country) of those names
        self._dateline: tuple[str | None] | None = None  # foreign country of the place line
        self._quotes: list[tuple[int, int]] | None = None
        self._turns: list[tuple[int, Token]] | None = None  # transcript turns: (char, label head)
        self._inline_turns: list[tuple[int, Token]] | None = None  # with labels mid-line
        self._vocative_scans: dict[int, TurnVocatives] = {}  # by the turn's first char
        self._greeted: set[int] | None = None  # heads a release's message is addressed to
        self._to_nation: bool | None = None  # an address that opens by hailing its people
        self._by_line: tuple[Resolution | None] | None = None  # who the headline says speaks
        self._un_named: bool | None = None  # the text names the UN (`_home_body`)
        # Read once per article from the Doc's arrays: spaCy builds a new Token object on
        # every `doc[i]`, and most tokens are never needed as objects.
        self._layout: DocLayout | None = None
        self._phrases: dict[int, list[Token]] = {}  # head index -> its noun phrase
        self._by_position: tuple[int, list[Seen]] | None = None  # history, latest first
        self._sent_starts: list[int] | None = None  # token index -> its sentence's first token
        self._sent_ends: list[int] = []  # token index -> its sentence's end (with `_sent_starts`)
        self._place_ents: list[PlaceEntity] | None = None  # GPE/LOC entities, read once
        self._in_text_order = True  # has every mention been remembered after the one before?
        self._genders: dict[str, str] = {}  # person -> 'm' or 'f', as the text shows
        self._main_subjects: dict[int, int | None] = {}  # sentence start -> subject before

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
            self._place_ents = [
                PlaceEntity(e.start, e.end, e.root, e.text)
                for e in doc.ents
                if e.label_ in {"GPE", "LOC"}
            ]
        return self._place_ents

    def sentence_start(self, tok: Token) -> int:
        """`tok.sent.start`, from one pass over the sentences (`Token.sent` walks the
        sentence on every call)."""
        self.layout(tok.doc)
        if self._sent_starts is None:
            starts = [0] * len(tok.doc)
            ends = [0] * len(tok.doc)
            for sent in tok.doc.sents:
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
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        ref = ActorRef(
            text=text_of(head.doc)[start:end],
            start=start,
            end=end,
            name=res.name,
            actor_id=res.actor_id,
            country=res.country,
            sector=res.sector,
            code=res.code,
        )
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
        doc = head.doc
        layout = self.layout(doc)
        at = head.i
        if at - 1 <= self._read_to:
            return  # (read already)
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
            best = max(counts.values(), default=0)
            self._context = (next((c for c, n in counts.items() if n == best), None),)
        return self._context[0]

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
            for cue in settle_ambiguous(cues, lambda: plain):
                if cue.kind in {"country", "adjective", "metonym"}:
                    self._counts[str(cue.value)] = self._counts.get(str(cue.value), 0) + 1
                    self._named_at.append((cue.start, str(cue.value)))
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
        for own in kb.organizations.values():
            if own.country == self.home and any(
                own.name.startswith(f"{alias} of ") for alias in org.aliases
            ):
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
        return None

    def _included_member(self, head: Token, res: Resolution) -> Resolution | None:
        """A person we do not know, named as one of a group ("four Israeli hostages,
        including Naama Levy"), is of the group's country and sector."""
        tok = head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "including" or prep.head.pos_ != "NOUN":
            return None
        group = self.resolve_head(prep.head)
        if group is None or not group.country or group.kind in {"person", "org"}:
            return None
        return _with_country(
            replace(res, sector=group.sector), group.country, "one of the group it is in: {}"
        )

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
        """ "the people of Florida", "people in Mariupol": people with a town or region of
        their own are its civilians (the place-in-the-phrase rule gives the country), as
        "residents of Kherson" are; "people" alone names nobody."""
        return (
            head.lower_ == "people"
            and _own_place_country(head, self.place_entities(head.doc)) is not None
        )

    def _sentence_named(self, head: Token, acting: bool = True) -> set[str]:
        """The countries the mention's sentence names (country names, nationality words,
        capitals), read from the article's list of named countries, not from its tokens;
        when `acting` is False, without those that speak of someone else: a clause's subject
        ("The United States imposes visa bans on ...": the state acting says nothing of whom
        it acts on) or another noun's nationality ("Kenyan athlete")."""
        self.country_counts(head.doc)
        start = self.sentence_start(head)
        end = self._sent_ends[head.i]
        tokens = tokens_of(head.doc)
        return {
            c
            for k, c in self._named_at
            if start <= k < end and (acting or not _of_another(tokens[k]))
        }

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
        return self.home if about in {None, self.home} else None

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
        if head.lower_ in RELATIONAL_HEADS and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(head)
        ):
            return None  # "China's trading partners": whose partners they are, not who
        toks = _before_inclusion(head, self.phrase(head))
        res = self.resolver.resolve_tokens(
            toks, self.day, head, named=lambda: self.country_counts(head.doc)
        )
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
        if _capital_as_place(head, res):
            return None  # "meets ... in Paris, France", "arrives in Tehran": where, not who
        if head.lower_ in RELATIONAL_HEADS and res.org_coded and res.kind != "person":
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
            where = self._unknown_person_country(head)
            if where is not None:
                res = _with_country(
                    replace(res, sector=_named_to_office(head) or self._appointed(head) or "CVL"),
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
            if head.lower_ not in RELATIONAL_HEADS:  # "its regional partners" are not its own
                res = self._owner_country(head, res, speaker)
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
        if (
            kind is None
            and res.country is None
            and res.code
            and res.kind not in {"org", "person"}
            and (_names_nobody(toks, head) or _foreigners(toks, head, res))
            and not self._people_of_place(head)
        ):
            where = self._context_people(toks, head)
            if where is None:
                # "Western leaders", "a third party", "people everywhere": nobody to code,
                # but remembered, so that a "they" after them is nobody either.
                if head.tag_ in {"NNS", "NNPS"}:
                    self._remember(Seen(Resolution(), head.i, None, True))
                return None
            res = _with_country(res, where, "country {} of the sentence, release or article")
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
            state = self._same_sector_subject(head, res.sector)
            if state is not None:
                res = _with_country(res, state, "country {} of an earlier subject of that sector")
        if res.country is None and res.sector and res.kind != "org" and not res.org_coded:
            # "22 children" in "strikes on Kryvyi Rih, Ukraine, injure 22 children": where
            # the sentence happens, when it names one country only
            where = self._sentence_place(head)
            if where is not None:
                res = _with_country(res, where, "country {} of the place the sentence names")
        if (
            res.country is None
            and (head.lower_ in COUNTED_PEOPLE or dead)
            and len(self._sentence_countries(head) | self._sentence_named(head)) > 1
        ):
            # "45 people are killed across Afghanistan and Pakistan", "the United States is
            # sanctioning two individuals that support the Kremlin": whose?
            return None
        people = _plain_description(res) and res.sector in PEOPLE_SECTORS and not _pron_poss(head)
        if res.country is None and people and self._several_states(head):
            # "nurses" in a sentence about Israel and Gaza, "fishermen" held between India and
            # Pakistan: nothing ties the people to one state, so their sector only (not the
            # first or the article's state)
            self._remember(Seen(Resolution(), head.i, None, head.tag_ in {"NNS", "NNPS"}))
            return Resolution(sector=res.sector, why=[*res.why, "people of several states"])
        if res.country is None and res.sector and res.kind != "org" and not res.org_coded:
            # (an official release that names no country is about its own state)
            context = self.context_country(head.doc) or self.home
            if context is not None:
                res = _with_country(res, context, "country {} the article is about")
        if res.country is None and (head.lower_ in COUNTED_PEOPLE or dead):
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
        lemma = head.lemma_.lower()
        doc = head.doc
        for seen in self._latest_first():
            if seen.token >= head.i or seen.res.kind == "person":
                continue
            if not seen.res.code or not (seen.res.country or seen.res.org_coded):
                continue  # "The Liberal Party" coded PTY alone: whose is still unknown
            if doc[seen.token].lemma_.lower() == lemma:
                # "the Interparliamentary Assembly": its name words must be the earlier name's
                named = {t.text for t in np_tokens(doc[seen.token])}
                if any(m.text not in named for m in _name_modifiers(head)):
                    continue
                why = f"the {head.lower_} named before"
                return replace(seen.res, why=[*seen.res.why, why])
        return None

    def _the_group(self, head: Token) -> Resolution | None:
        """ "the group" alone: the latest earlier non-state body or party of people ("the
        PKK ... asks the group to disarm", "Hamas fighters ... The group claimed"), never a
        government or its forces, which a text does not call "the group"."""
        for seen in self._latest_first():
            res = seen.res
            if seen.token >= head.i or res.kind == "person" or not res.code:
                continue
            if res.sector in NON_STATE_GROUP_SECTORS:
                return replace(res, why=[*res.why, "'the group': the group named before"])
        return None

    def _the_organisation(self, head: Token) -> Resolution | None:
        """ "the organisation" alone: the latest earlier international or non-governmental
        body ("the Interparliamentary Assembly of the CIS ... the 30th anniversary of the
        organisation"); a state's own bodies are "the ministry", "the agency"."""
        for seen in self._latest_first():
            res = seen.res
            if seen.token >= head.i or res.kind == "person" or not res.code:
                continue
            if res.org_coded and res.code.startswith(("IGO", "NGO")):
                why = "'the organisation': the body named before"
                return replace(res, why=[*res.why, why])
        return None

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
        ("India and Pakistan have exchanged lists of fishermen")?"""
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
        before's), when all of them are of one state."""
        countries = self.resolver.kb.countries
        for window in (0, 1):
            found = {
                s.res.country
                for s in self._earlier_subjects(head, window)
                if (s.res.kind in {"person", "state"} or s.res.sector in STATE_SECTORS)
                and s.res.country in countries
            }
            if len(found) > 1:
                return None
            if found:
                iso = str(found.pop())
                res = Resolution(
                    countries[iso].name,
                    iso,
                    iso,
                    None,
                    iso,
                    "state",
                    [f"'{head.text}': the state of the subject before it ({iso})"],
                )
                self._remember(Seen(res, head.i, None, False))
                return res
        return None

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
        found = self._places_in(doc, start, end, _clause_verb(head))
        if not found and start > 0 and any(c.lower_ == "local" for c in head.children):
            found = self._places_in(doc, starts[start - 1], start, None)
        return found

    def _places_in(self, doc: Doc, start: int, end: int, clause: Token | None) -> set[str]:
        """Countries of the places named after "in"/"at"/"near" in doc[start:end], in the
        clause of `clause` only when given (not "Armenians living in Russia")."""
        names = self.resolver.kb.country_names()
        found: set[str] = set()
        for ent in self.place_entities(doc):
            if ent.start < start or ent.start >= end:
                continue
            top = ent.root
            while top.dep_ in {"appos", "conj", "compound", "nmod", "npadvmod"}:
                top = top.head  # "in Kryvyi Rih, Dnipropetrovsk Oblast, Ukraine"
            top = _scene_phrase(top)
            if top.dep_ != "pobj" or not (top.head.lower_ in SCENE_PREPS or _attacked(top)):
                continue
            if clause is not None and clause.i not in _clauses_above(_clause_verb(top)):
                continue
            country = names.get(normalise(ent.text)) or gazetteer_country(ent.text)
            if country is not None:
                found.add(country)
        return found

    def _may_be_actor(self, head: Token) -> bool:
        """Cheap test before any phrase is built: a named entity of an actor type, a proper
        noun, or a word (of the head or a modifier) that some knowledge-base phrase uses."""
        if head.ent_type_ in ACTOR_ENT_TYPES or head.pos_ == "PROPN":
            return True
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
        return replace(
            res,
            country=owner.country,
            code=compose_code(owner.country, res.sector),
            actor_id=f"{owner.country}-{res.sector}" if res.sector else owner.country,
            why=[*res.why, f"'{poss.text}' is {owner.name or owner.country}"],
        )


# An office held in this many states of our data is a common one: a release's state that
# never has it is speaking of a visitor's ("the prime minister" in a US release).
COMMON_OFFICE_STATES = 10

# A release's place line: "Chisinau, Moldova" alone on a line near the top.
DATELINE = re.compile(r"(?m)^[A-Z][^\n,:]{1,60}, ([A-Z][^\n,:]{1,40}?)[ \t]*$")
DATELINE_WITHIN = 600  # characters of the text where a place line is looked for


def _name_after_honorific(head: Token) -> Token | None:
    """The name an honorific heads in the parse of an upper-case speaker's label ("MS.
    JEAN-PIERRE:", "MR. KIRBY:" in White House transcripts, where "MS" is taken for the
    head and the name for its apposition): that name's last word."""
    if head.lower_.rstrip(".") not in {"mr", "ms", "mrs", "dr"}:
        return None
    names = [c for c in children_of(head) if c.dep_ in {"appos", "flat"} and c.pos_ == "PROPN"]
    names = [c for c in names if c.i > head.i and c.i - head.i <= 5]
    if names:
        return names[0]
    doc = head.doc  # "MS. PSAKI:" cut in two sentences: the name is the next word but the dot
    after = [doc[k] for k in range(head.i + 1, min(head.i + 3, len(doc)))]
    if len(after) == 2 and after[0].text == "." and after[1].pos_ == "PROPN" and after[1].is_upper:
        name = after[1]  # "JEAN" of "JEAN-PIERRE": the compound's head
        if name.dep_ == "compound" and name.head.pos_ == "PROPN" and 0 < name.head.i - name.i <= 3:
            return name.head
        return name
    return None


def _drop_homonym_capitals(cues: list[Cue], doc: Doc) -> list[Cue]:
    """ "Santo Domingo, Ecuador", "Córdoba, Argentina": a capital's name followed by another
    country's name is a town of that country, not the capital (nor its government)."""
    after = {c.start: c for c in cues if c.kind == "country"}
    kept: list[Cue] = []
    for cue in cues:
        if cue.kind in {"country", "adjective"} and _region_part(doc, cue.start):
            continue  # "South America", "Latin American": a region, not the United States
        if cue.kind == "metonym" and cue.end < len(doc) and doc[cue.end].text in EVENT_NAME_HEADS:
            continue  # "the Dakar Rally", "the Minsk Agreements": an event or treaty's name
        if cue.kind == "metonym" and cue.end + 1 < len(doc) and doc[cue.end].text == ",":
            country = after.get(cue.end + 1)
            if country is not None and country.value != cue.value:
                continue
        kept.append(cue)
    return kept


REGION_WORDS = WORD_LISTS["region_words"]
# Capitalised words after a capital's name that make it the name of an event or a treaty,
# which says nothing of whose people or government act ("the 2022 Dakar Rally").
EVENT_NAME_HEADS = WORD_LISTS["event_name_heads"]
# Heads of a body named by the title it serves ("Office of the Spokesperson").
OFFICE_HEADS = WORD_LISTS["office_heads"]
# Prepositions after which a capital names where something happens, not who acts ("talks in
# Moscow"); "by", "from", "to", "with" are left out: "sanctions by Moscow", "a call to Kyiv".
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "throughout", "across"}


def _office_of_seat(head: Token, national: list[Cue]) -> bool:
    """ "the White House Office of Intergovernmental Affairs", "the Kremlin Office": an
    office named after the seat of government is part of that government."""
    return head.lemma_.lower() in OFFICE_HEADS and any(c.kind == "metonym" for c in national)


def _capital_as_place(head: Token, res: Resolution) -> bool:
    """A capital's name as the object of a locative preposition ("in Paris, France", "the
    U.S. Embassy in Kyiv") is the city: its government is not meant, so the mention is no
    actor and no antecedent for a later "it" or "they"."""
    return (
        res.resolved
        and head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE_PREPS
        and res.kind not in {"person", "org"}
        and any(w.startswith("seat of government") for w in res.why)
        and not any(w.startswith(("title", "orgterm", "noun", "person", "org")) for w in res.why)
    )


def _region_part(doc: Doc, start: int) -> bool:
    """A country's name right after a compass word of the same name ("South America",
    "Central American"): the longer name, had it been a country, would have matched whole."""
    return start > 0 and doc[start - 1].text in REGION_WORDS and doc[start].ent_iob_ == "I"


# Words of a woman or a man besides actors/mentions.py's titles: "spokeswoman", and kin named
# by their relation ("Camara's wife and two of his grandchildren").
FEMALE_WORDS |= WORD_LISTS["female_words"]
MALE_WORDS |= WORD_LISTS["male_words"]


def _bare_the(head: Token) -> bool:
    """ "the council", "the companies": a common noun with "the" and nothing else."""
    children = [c for c in head.children if c.dep_ != "case"]
    return (
        head.pos_ == "NOUN"
        and len(children) == 1
        and children[0].dep_ == "det"
        and children[0].lower_ == "the"
    )


def _bare_the_name(head: Token) -> bool:
    """ "The Assembly", "the Interparliamentary Assembly": a capitalised body word with "the"
    and at most capitalised name words, the short name an official text gives a body it
    named in full before."""
    children = [c for c in head.children if c.dep_ != "case"]
    rest = [c for c in children if c.dep_ != "det"]
    return (
        head.pos_ == "PROPN"
        and head.is_title
        and len(children) - len(rest) == 1
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and all(c in _name_modifiers(head) for c in rest)
    )


def _name_modifiers(head: Token) -> list[Token]:
    """The capitalised words before a name's head ("Interparliamentary" of "the
    Interparliamentary Assembly")."""
    return [
        c
        for c in head.lefts
        if c.dep_ in {"compound", "amod"} and c.is_title and c.pos_ in {"PROPN", "ADJ"}
    ]


def _abbreviation(head: Token) -> bool:
    """ "US" in "the US" is the United States, not the pronoun "us"."""
    text = head.text.replace(".", "")
    return len(text) > 1 and text.isupper() and (head.pos_ == "PROPN" or bool(head.ent_type_))


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in, at the top of a chain of coordinated verbs
    ("strikes ... kill 16 people and injure 130 others": kill)."""
    while (tok.pos_ not in {"VERB", "AUX"} or tok.dep_ == "prep") and tok.head.i != tok.i:
        tok = tok.head  # (not a preposition tagged as a verb: "including", "following")
    while tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        tok = tok.head
    return tok


def _scene_phrase(place: Token) -> Token:
    """The scene a place is part of: "in an Israeli strike on Deir ez-Zahrani, Lebanon" ->
    "strike" (the object of "in"); a place of no such phrase is its own."""
    top = place
    while (
        top.dep_ == "pobj"
        and top.head.lower_ not in SCENE_PREPS
        and top.head.dep_ == "prep"
        and top.head.head.dep_ == "pobj"
        and top.head.head.pos_ == "NOUN"
    ):
        top = top.head.head
    return top if top.dep_ == "pobj" and top.head.lower_ in SCENE_PREPS else place


# Nouns of an attack whose "on" names the place hit ("a drone attack on Dnipro kills ...").
ATTACK_NOUNS = WORD_LISTS["attack_nouns"]


def _attacked(place: Token) -> bool:
    """ "A large-scale drone attack on Dnipro kills two people": the place an attack is on is
    where its victims were."""
    return place.head.lower_ == "on" and place.head.head.lemma_.lower() in ATTACK_NOUNS


def _clauses_above(verb: Token) -> set[int]:
    """A clause and the clauses it is an adverbial of ("... are injured after a bus collided
    in Khairpur": the place of "collided" is where the injuring was); not a relative or
    participle clause of a noun ("Armenians living in Russia"). An infinitive or gerund
    hanging on the clause counts too ("is arrested after attempting to behead a man in
    Belfast": where the arrest was)."""
    found = {verb.i}
    while verb.head.i != verb.i and (
        verb.dep_ == "advcl" or _subject_control(verb) or _adverbial_gerund(verb)
    ):
        verb = _clause_verb(verb.head.head if verb.dep_ == "pcomp" else verb.head)
        found.add(verb.i)
    return found


def _subject_control(verb: Token) -> bool:
    """ "attempting to behead", "tried to cross": an infinitive whose doer is the subject
    of the verb above; not "urged farmers to protest" (the object's act, elsewhere)."""
    return verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children)


def _adverbial_gerund(verb: Token) -> bool:
    """ "after attempting", "before fleeing": a gerund of a preposition of time of a verb
    (not "congratulated on winning in Budapest": the deed, not where the act was)."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in TIME_PREPS
        and prep.head.pos_ in {"VERB", "AUX"}
        and prep.head.i != prep.i
    )


def _elided_group(head: Token) -> Token | None:
    """The group an elided count counts more of: "eight" in "Eleven people are killed and
    eight are injured", "19 others" after "Eight people": the nearest counted group noun
    before it in the sentence."""
    bare_number = head.pos_ == "NUM" and head.dep_ in {"nsubj", "nsubjpass", "dobj"}
    # "Three people are killed and another is injured": one more of them
    another = head.lower_ == "another" and head.dep_ in {"nsubj", "nsubjpass", "dobj"}
    if not bare_number and not another and not (head.lower_ == "others" and _counted(head)):
        return None
    for tok in reversed(head.doc[head.sent.start : head.i]):
        # ("At least four Palestinians are killed and six wounded": a plural name counted)
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in ARGUMENT_DEPS and _counted(tok):
            listed = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
            # "Two Nigerians and three Ghanaians are kidnapped and four are released": of
            # which group, the text does not say
            return None if listed else tok
    return None


def _regnal_number(head: Token) -> bool:
    """ "Peter I", "Elizabeth I": a capital I right after a name (no comma between) that is
    not the clause's subject is a ruler's number, not the speaker."""
    if head.text != "I" or head.i == 0 or head.dep_ in {"nsubj", "nsubjpass"}:
        return False
    before = head.doc[head.i - 1]
    return before.pos_ == "PROPN" and before.text.istitle() and not before.whitespace_ == ""


def _full_name(head: Token) -> bool:
    """Is the head the last word of a person's name of two words or more ("Tetsuya
    Yamagami"), as the tagger marks it?"""
    return head.i > 0 and head.nbor(-1).ent_type_ == "PERSON" and head.nbor(-1).ent_iob_ != "O"


def _named_among_people(head: Token) -> bool:
    """ "congratulated Viktoria Sinitsina and Nikita Katsalapov": a two-word capitalised name
    the tagger left untagged, coordinated with a person's name, is a person's name too."""
    if head.pos_ != "PROPN" or head.ent_type_ or not head.text.istitle() or head.i == 0:
        return False
    first = head.nbor(-1)
    if not (first.pos_ == "PROPN" and first.dep_ == "compound" and first.text.istitle()):
        return False
    if head.dep_ in {"conj", "appos"} and head.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in children_of(head))


def _of_another(tok: Token) -> bool:
    """Does this word of a country's name speak of someone else: the subject of its clause
    (a state acting), a nationality word of another noun ("Kenyan athlete X ... surpassing
    Y's record": X is Kenyan, not Y), or part of another name ("the Dakar Rally")?"""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        if tok.head.ent_type_ not in {"GPE", "LOC", "NORP"}:
            return True  # "the Dakar Rally", "the Minsk agreements": part of another name
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "amod", "nmod"}


def _with_country(res: Resolution, country: str, why: str) -> Resolution:
    return replace(
        res,
        country=country,
        code=compose_code(country, res.sector),
        actor_id=f"{country}-{res.sector}" if res.sector else country,
        why=[*res.why, why.format(country)],
    )


# Plain words for people that a careful coder codes from context ("young people", "these
# individuals"): with no country of their own they are the people of the one country their
# sentence speaks of, else of the release's state or the article's country (docs/actors.md,
# round 12).
CONTEXT_PEOPLE = WORD_LISTS["context_people"]
# Words that make such people nobody in particular: "more people", "people everywhere".
UNBOUNDED_PEOPLE = WORD_LISTS["unbounded_people"]
# Words that count a group: "Hundreds of police officers" are the officers.
QUANTITY_WORDS = read_word_uses("eventwire.actors", "counting_words.tsv")["counts_group"]
QUANTITY_ENTS = {"CARDINAL", "QUANTITY"}
# Generic group words that name a group once counted ("100,000 people", "Thousands of people").
# Words that make a short name another body's ("UN Security Council", "the Collective
# Security Council" of the CSTO), in its phrase; the UN named anywhere in the text.
UN_WORDS = {"UN", "U.N.", "United", "Nations", "UNSC", "Collective"}
UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United Nations|UNSC)\b")
COUNTED_PEOPLE = WORD_LISTS["counted_people"]
# Words for the other side's forces: never the speaker's own (`ArticleActors._adversary`).
ADVERSARY_HEADS = WORD_LISTS["adversary_heads"]
# Prepositions of time whose gerund clause happened where the verb's act did.
TIME_PREPS = {"after", "before", "while", "upon", "during"}
# Sectors of bodies a text may go on to call "the group": not a state's own organs, nor
# plain civilians (in "kill two civilians ..., as the group launches missiles" the group is
# the attackers, often named only as a modifier: "Houthi attacks").
NON_STATE_GROUP_SECTORS = set("REB PRM UAF CRM SOC PTY OPP LAB REL AGR".split())
# Nouns for a state's friends: "of" a state after them says whose, not who.
FRIEND_HEADS = WORD_LISTS["friend_heads"]
# "the organisation" alone names the international or non-governmental body named before.
ORGANISATION_WORDS = WORD_LISTS["organisation_words"]
# Offices a state has one holder of at a time: their plural with no country of its own
# ("joint projects with first ladies", "the presidents") is several states' holders.
SINGLE_HOLDER_TITLES = WORD_LISTS["single_holder_titles"]
# Heads that say a body's members: "the member states of ASEAN", "EU member states",
# "NATO members" are several states, not the organisation.
MEMBER_HEADS = WORD_LISTS["member_heads"]
# Plural words for states: with "foreign" or "other" they are states besides those named.
OTHER_STATES_HEADS = MEMBER_HEADS - {"members"}
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}
COREF_WINDOW = 1  # sentences before the mention's own searched for a same-sector subject


# People words whose possessive names a category of things ("the men's sprint").
CATEGORY_PEOPLE = WORD_LISTS["category_people"]


def _category_possessive(head: Token) -> bool:
    """ "the men's sprint event", "the women's competition": a possessive people word that
    classifies a thing names no actor ("the two men's lawyer", with a count, still does)."""
    return (
        head.lower_ in CATEGORY_PEOPLE
        and head.dep_ == "poss"
        and not any(c.dep_ == "nummod" for c in children_of(head))
    )


def _before_inclusion(head: Token, toks: list[Token]) -> list[Token]:
    """A group's phrase without the part it includes: "Three people, including two hospital
    workers" are people (CVL), not workers; the part says who some of them are."""
    part = next(
        (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "including"), None
    )
    if part is None or part.i < head.i:
        return toks
    cut = part.i
    while cut - 1 > head.i and head.doc[cut - 1].is_punct:
        cut -= 1
    return [t for t in toks if t.i < cut]


# Ship prefixes of navies: "the USS Abraham Lincoln" is a US warship, not a president.
WARSHIP_PREFIXES = {
    row["prefix"]: row["country"]
    for row in read_data_tsv("eventwire.actors", "warship_prefixes.tsv")
}


def _warship_country(toks: list[Token]) -> str | None:
    """The navy of a ship named with its prefix ("The USS George Washington" -> USA; "only
    the USS Abraham Lincoln"; "the USS Gerald R. Ford carrier group", parsed apart)."""
    words = [t for t in toks if t.dep_ not in {"det", "predet", "advmod"}]
    if not words:
        return None
    first = words[0]
    if len(words) > 1 and first.text in WARSHIP_PREFIXES:
        navy = WARSHIP_PREFIXES[first.text]
    elif first.i > 0:
        navy = WARSHIP_PREFIXES.get(tokens_of(first.doc)[first.i - 1].text)
    else:
        navy = None
    # (the prefix first: most phrases have none)
    return navy if navy is not None and words[-1].text[:1].isupper() else None


def _counted_group(head: Token) -> Token | None:
    """The group a quantity word counts: "Hundreds of Congolese police officers" -> officers
    ("Millions of Americans" too, where the tagger takes the capitalised word for a name)."""
    if head.pos_ not in {"NOUN", "NUM"} and not (
        head.pos_ == "PROPN" and head.lower_ in QUANTITY_WORDS
    ):
        return None
    if head.ent_type_ not in QUANTITY_ENTS and head.lower_ not in QUANTITY_WORDS:
        return None
    for prep in children_of(head):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return obj
    return None


def _counted(head: Token) -> bool:
    """Is the group counted: a number before it, or the object of "Thousands of"?"""
    if any(
        c.dep_ in {"nummod", "quantmod"} or (c.dep_ == "amod" and c.like_num)
        for c in children_of(head)
    ):
        return True  # ("Eleven people": a number word the tagger read as an adjective)
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.ent_type_ in QUANTITY_ENTS or prep.head.lower_ in QUANTITY_WORDS)
    )


# Sectors of people (not of a state's bodies, companies or armed groups): a description of
# them takes no country from the article when its sentence speaks of several states.
PEOPLE_SECTORS = {"CVL", "REF", "MED", "EDU", "LAB", "AGR", "REL", "JRN", "SOC"}


def _first_conjunct(tok: Token) -> Token:
    """The first of the words coordinated with `tok` ("Pakistan" in "India and Pakistan" ->
    "India"): it holds the list's role in the clause."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _plain_description(res: Resolution) -> bool:
    """People named by a word of the vocabulary alone ("nurses", "the tenants"): no name,
    title or organisation says whose they are."""
    return (
        res.kind == "group"
        and not res.titled
        and not res.org_coded
        and any(w.startswith("noun '") for w in res.why)
    )


def _friends_of(head: Token) -> bool:
    """A relational noun with "of" a name ("partners of Russia", "leaders-friends of
    Ukraine", "allies of the United States"): the name says whose friends they are."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos" and c.i == head.i + 2)]
    for noun in nouns:
        if noun.lower_ not in FRIEND_HEADS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children):
                    return True
    return False


def _list_origins(head: Token) -> list[Token]:
    """The "from" after a list of plural people words that `head` begins or is in ("famous
    scientists and practising doctors from Russia and foreign countries"): the origin of
    every member, up to the list's verb (a parse often hangs it on the last member only)."""
    if head.tag_ not in {"NNS", "NNPS"}:
        return []
    for tok in head.doc[head.i + 1 : head.sent.end]:
        if tok.tag_ in FINITE_VERB_TAGS or tok.text in {";", ":"}:
            return []
        if tok.lower_ == "from" and tok.dep_ == "prep":
            # on the last member, or on a participle the parse took for a verb ("practising")
            listed = tok.head.tag_ in {"NNS", "NNPS", "VBG", "VBN"}
            return [tok] if listed and tok.head is not head else []
    return []


def _members_of(head: Token) -> bool:
    """A plural that names a body's members ("member states", "members", "countries" of a
    body named with it), not the body itself."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lower_ not in MEMBER_HEADS:
        return False
    return head.lower_ == "members" or any(
        c.lower_ in {"member", "participating"} for c in head.lefts
    )


def _bare_definite(head: Token) -> bool:
    """ "the country", "the country's" with nothing else in its phrase (not "the whole
    country", "the country of ...")."""
    children = [c for c in head.children if c.dep_ != "case"]  # the "'s" of "the country's"
    return (
        head.tag_ == "NN"
        and len(children) == 1
        and children[0].dep_ == "det"
        and children[0].lower_ == "the"
    )


def _names_nobody(toks: list[Token], head: Token) -> bool:
    """A group word with nothing that says whose ("leaders", "some countries"); people who
    are counted ("More than 100,000 people protest in London") are a group of their own."""
    if head.lower_ in COUNTED_PEOPLE and _counted(head):
        return False
    if head.lower_ in STAFF_NOUNS and any(
        t.i < head.i and t.dep_ == "compound" and t.pos_ == "NOUN" for t in toks
    ):
        return False  # "gang members", "party members": of a kind of body, not anyone
    if head.lemma_.lower() in GENERIC_HEADS or head.lower_ in GENERIC_HEADS:
        return True
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return False  # "the Higher Regional Court": a name, not a vague group
    return any(t.lower_ in VAGUE_MODIFIERS for t in toks if t.i < head.i)


def _foreigners(toks: list[Token], head: Token, res: Resolution) -> bool:
    """ "91 foreign citizens", "foreign fighters": people of no country in particular
    (while "the foreign minister" is a title of the article's state)."""
    return (
        head.tag_ in {"NNS", "NNPS"}
        and any(t.lower_ == "foreign" for t in toks if t.i < head.i)
        and any(w.startswith("noun") for w in res.why)
    )


def _same_office(title: str | None, role: str) -> bool:
    """Does a title written in the text name this role ("prime minister" / "prime minister")?"""
    words = set((title or "").split())
    return bool(words) and words <= set(role.lower().replace("-", " ").split())


def _surname(res: Resolution) -> str | None:
    if res.kind != "person" or not res.name or res.titled:
        return None
    return res.name.split()[-1]


def lookup(text: str, day: str | None, resolver: Resolver, nlp) -> tuple[Span, Resolution]:  # noqa: ANN001
    """Resolve a free-standing phrase (used by `eventwire actors lookup`)."""
    doc = nlp(text)
    return doc[:], resolver.resolve_tokens(list(doc), day)
