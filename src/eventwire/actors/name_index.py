"""Knowledge-base phrases found in a mention's words: the resolver's name matching.

`PhraseIndex` scans a mention's tokens for the longest knowledge-base phrases (people,
organisations, countries, capitals, adjectives, sector words) and returns them as `Cue`s;
`settle_ambiguous` picks one reading of a name several entries share. Kept apart from the
rules that combine cues (`resolver.py`) because matching is its own concern: what the words
say, before anyone decides who acts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from spacy.tokens import Token

from eventwire.actors.kb import AmbiguousName, KnowledgeBase, normalise
from eventwire.actors.mentions import HONORIFICS, _title_acronym
from eventwire.actors.phrases import _initial, _initial_text
from eventwire.datafiles import read_word_sets
from eventwire.nlp.pipeline import text_of

MAX_NGRAM = 7
# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")
NAME_PARTICLES = WORD_LISTS["name_particles"]


@dataclass(frozen=True)
class Cue:
    kind: str  # person | org | country | metonym | adjective | title | noun | orgterm
    value: object
    start: int  # token index (first token of the match)
    end: int  # token index, exclusive


# `normalise` is pure and slow, and the same words and phrases come back in every article
# ("the United States", "Secretary"): its recent answers are kept.
_normal = lru_cache(maxsize=1 << 16)(normalise)

# (C-level attribute reads for whole token lists: `list(map(_TEXT, tokens))`)
_TEXT = attrgetter("text")
_TEXT_WITH_WS = attrgetter("text_with_ws")
_INDEX = attrgetter("i")
_IDX = attrgetter("idx")


class _Memo(dict):  # type: ignore[type-arg]
    """A dict that fills itself: a missing key's value is `fill(key)`, kept. (Its
    `__getitem__` can be mapped over a whole list at C speed.)"""

    def __init__(self, fill: Callable[[str], object]) -> None:
        super().__init__()
        self.fill = fill

    def __missing__(self, key: str) -> object:
        value = self[key] = self.fill(key)
        return value


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
        # Kept per token text, as `scan` asks for every token of every phrase and the same
        # words come back in every article: can a phrase begin with it (`_starter`), and its
        # `_room` as a first word (`_room_after`).
        self._starter = _Memo(lambda text: _normal(text) in self.first_words)
        self._room_after = _Memo(self._room)
        self._covered: dict[str, bool] = {}  # token text -> its normal form is in `all_words`
        self._entry = lru_cache(maxsize=1 << 16)(self._lookup)

    def _lookup(self, run: str) -> tuple[str, list[tuple[str, object]] | None]:
        """A run of text's phrase key and its entries (`scan` keeps recent answers in
        `_entry`: the same runs come back in every article)."""
        phrase = _normal(run.strip())
        return phrase, self.entries.get(phrase)

    def _room(self, first: str) -> int | None:
        """How many characters a phrase starting with this word (a first word) can have past
        it, +2 as a final "'s" is dropped; None (no limit) when the word is "the" (dropped
        too) or not ASCII (accents may change case rules)."""
        key = _normal(first)
        return self.longest_from[key] + 2 if key != "the" and first.isascii() else None

    def _longest_run(self, texts: list[str], i: int, top: int) -> int:
        """The end (exclusive, at most `top`) of the longest run from token i that may be a
        phrase: the characters before its last word must fit the first word's `_room`.
        (Accented or other non-ASCII text may lose characters in a phrase: counted as none.)"""
        room = self._room_after[texts[i]]
        if room is None:
            return top
        end = i + 1
        used = 0
        for x in texts[i : top - 1]:
            if x.isascii() and not x.isspace():
                used += len(x)
                if used > room:
                    break
            end += 1
        return end

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

    def _place_word(self, tok: Token) -> bool:
        """Whether a token is by itself the name of a country ("Armenia", "Turkmenistan")."""
        return any(kind == "country" for kind, _ in self.entries.get(_normal(tok.text), ()))

    def scan(self, tokens: list[Token]) -> list[Cue]:
        """Greedy longest-first matching over consecutive tokens.

        Token attributes are read once per call: spaCy builds a Python string on every
        attribute access, and each start position tries up to MAX_NGRAM phrases. Most
        calls are a word or two, so the per-call work comes first and is kept small."""
        n = len(tokens)
        if not n:
            return []
        texts = list(map(_TEXT, tokens))
        # (most phrases have no "[": one test of their joined text first)
        glued_at = [k for k, x in enumerate(texts) if "[" in x[1:]] if "[" in "".join(texts) else []
        written = texts[:] if glued_at else texts  # as the tokens have them (for initials)
        with_ws = list(map(_TEXT_WITH_WS, tokens)) if glued_at else None
        for k in glued_at:
            # "China[Xi Jinping]": a bracket the tokenizer left glued to the word before
            x = texts[k]
            glued = x.rsplit("[", 1)[1]
            texts[k], with_ws[k] = glued, glued + with_ws[k][len(x) :]  # type: ignore[index]
        starts = list(map(self._starter.__getitem__, texts))
        if True not in starts:
            return []
        cues: list[Cue] = []
        index = list(map(_INDEX, tokens))
        # A run of tokens is a phrase only if its tokens follow each other in the text: in a
        # list in text order, the tokens from i on up to the first gap.
        gaps = n > 1 and index != list(range(index[0], index[0] + n))
        in_order = not gaps or index == sorted(set(index))
        # A run of tokens' text with their spaces is a slice of the document's text (the
        # tokens' own `text_with_ws`, read only when a glued bracket changed a text above).
        plain = with_ws is None and n > 1
        at = list(map(_IDX, tokens)) if plain else []
        doc_text = text_of(tokens[0].doc) if plain else ""
        hyphens: bool | None = None  # (`_hyphen_near`, read when first needed)
        pos: dict[int, str] = {}  # `pos_`, `lower_`, `lemma_` of the tokens read so far
        lower: dict[int, str] = {}
        initial: list[bool] | None = None  # `_initial` of each token, read when first needed
        lemma: dict[int, str] = {}
        entry = self._entry
        resume = 0  # (a match's end: its words start no other)
        for i in compress(range(n), starts):
            if i < resume:
                continue
            low = lower[i] = tokens[i].lower_
            if low in HONORIFICS:
                continue
            matched = False
            top = min(n, i + self.max_len)
            if gaps and in_order:
                end = i + 1
                while end < top and index[end] == index[end - 1] + 1:
                    end += 1
                top = end
            if top > i + 1:
                top = self._longest_run(texts, i, top)
            for j in range(top, i, -1):
                # Only contiguous token runs form a phrase.
                if gaps and not in_order and index[j - 1] - index[i] != j - 1 - i:
                    continue
                if j == i + 1:
                    before_last, run = "", texts[i]  # (its space and a glued "[" aside)
                elif with_ws is None:
                    before_last = doc_text[at[i] : at[j - 1]]
                    run = before_last + written[j - 1]
                else:
                    before_last = "".join(with_ws[i : j - 1])
                    run = "".join(with_ws[i:j])
                phrase, found = entry(run)
                if not found:
                    tag = pos.get(j - 1)
                    if tag is None:
                        tag = pos[j - 1] = tokens[j - 1].pos_
                    if tag == "NOUN":
                        last = lemma.get(j - 1)
                        if last is None:
                            last = lemma[j - 1] = tokens[j - 1].lemma_
                        low = lower.get(j - 1)
                        if low is None:
                            low = lower[j - 1] = tokens[j - 1].lower_
                        if last != low:
                            # plurals: "newspapers" finds "newspaper"
                            found = entry(before_last + last)[1]
                    if not found and j - i >= 3:
                        if initial is None:
                            initial = [_initial_text(x) for x in written]
                        if True not in initial[i + 1 : j - 1]:
                            continue
                        # "Wendy R. Sherman" is "Wendy Sherman"
                        inner = [written[k] for k in range(i + 1, j - 1) if not initial[k]]
                        found = self.entries.get(
                            _normal(" ".join([texts[i], *inner, texts[j - 1]]))
                        )
                    if not found:
                        continue
                first = texts[i]
                if hyphens is None:
                    hyphens = with_ws is not None or not in_order or _hyphen_near(tokens)
                for kind, value in found:
                    if kind == "person" and _inside_other_name(tokens[i], value, self._place_word):
                        continue  # "Bibi" in "Bushra Bibi" is not Netanyahu
                    if kind == "person" and _before_other_name(tokens[j - 1], value):
                        continue  # "Sharon" in "Sharon Beth Lewis" is not Ariel Sharon
                    if kind in {"country", "metonym"} and _surname_of_person(tokens[i]):
                        continue  # "George Washington", "Michael Jordan": a person's name
                    if (
                        kind in SUPPORTED_KINDS
                        and hyphens
                        and (_supporter(tokens[i]) or _backer(tokens[j - 1]))
                    ):
                        continue  # "pro-Palestinian", "Iran-backed": about, not of
                    if kind == "org" and j < n and hyphens and _backer(tokens[j - 1]):
                        # "IRGC-aligned Iraqi militia": its backer, not its name (the "IRGC"
                        # read alone is still the IRGC)
                        continue
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
                    resume = j
                    break
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
# (Cues of these kinds are dropped when so read: `_supporter`, `_backer`.)
SUPPORTED_KINDS = frozenset({"country", "metonym", "adjective", "ambiguous", "person"})
BACKING_WORDS = WORD_LISTS["backing_words"]


def _hyphen_near(tokens: list[Token]) -> bool:
    """Is there a "-" in the text from two characters before a list of tokens (in text
    order) to two after it? If not, no token of it is `_supporter` or `_backer`: their "-"
    token would be right before or after one (a token's space is one " " at most)."""
    start, last = tokens[0].idx, tokens[-1]
    return "-" in text_of(last.doc)[max(start - 2, 0) : last.idx + len(last) + 2]


def _backer(last: Token) -> bool:
    """ "the Ukraine-aligned Russian Volunteer Corps", "Iran-backed militias", "al-Qaeda-linked
    insurgents": the name before the hyphen supports the group; it is not the group's
    nationality, nor the group itself."""
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


def _inside_other_name(
    first: Token, roles: object, place_word: Callable[[Token], bool] | None = None
) -> bool:
    """A surname match inside a longer name whose first name is not this person's
    ("Bushra Bibi" is not "Bibi" Netanyahu; "Antony J. Blinken" is Blinken). A country the
    tagger put at the start of the name is no first name ("Prime Minister of Armenia Nikol
    Pashinyan": the entity is "Armenia Nikol Pashinyan")."""
    if first.i == 0 or first.ent_iob_ != "I":
        return False
    doc = first.doc
    k = first.i - 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    while k < first.i and (
        _title_acronym(doc[k])
        or _initial(doc[k])
        or (place_word is not None and place_word(doc[k]))
    ):
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
