"""The predicate lexicon: which verb or noun constructions code to which CAMEO event.

Patterns live in data/lexicon.tsv (format and matching rule in docs/lexicon.md). Users
add their own TSV files in the same format; theirs win over built-in patterns of equal
specificity, so a user can correct the coder without editing the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire.events.ontology import PLOVER_CONTEXTS, UnknownCameoCode, cameo, is_valid_mode

LEXICON_FILE = "lexicon.tsv"
COLUMNS = (
    "pos",
    "lemma",
    "particle",
    "object",
    "prep",
    "cameo",
    "target",
    "mode",
    "context",
    "note",
)
REQUIRED_COLUMNS = 6  # pos .. cameo; later columns may be left off a line
POS_VALUES = frozenset({"VERB", "NOUN"})
TARGET_RE = re.compile(r"^(dobj|iobj|dative|none|prep:[a-z]+(\|[a-z]+)*)$")
WORD_RE = re.compile(r"^[a-z][a-z'-]*$")


class LexiconError(ValueError):
    """A bad lexicon line; the message starts with "file:line:" so editors can jump to it."""


@dataclass(frozen=True)
class Pattern:
    """One lexicon row: a head word plus the constraints that make it this event."""

    pos: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    prep: str | None
    cameo: str
    target: str
    mode: str | None
    context: str | None
    line: int
    source_file: str
    # Words that must all be among the predicate's objects as well ("humanitarian" in
    # PETRARCH's {HUMANITARIAN AID}); stored as naive singulars. The TSV format has no
    # column for it: only imported dictionaries set it.
    required: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """How many constraints the pattern sets; the most specific matching pattern wins."""
        return sum((self.particle is not None, bool(self.objects), self.prep is not None)) + len(
            self.required
        )

    @property
    def where(self) -> str:
        """ "file:line" of the row, for explaining a coding decision."""
        return f"{self.source_file}:{self.line}"

    def accepts(self, particles: set[str], objects: set[str], preps: set[str]) -> bool:
        """True when every constraint of the pattern is met by the predicate's dependents.

        A particle may also arrive as a preposition: spaCy labels "out" in "pulled out of"
        as prep, not prt.
        """
        particle = self.particle
        if particle is not None and particle not in particles and particle not in preps:
            return False
        if self.objects and not self.objects & objects:
            return False
        if self.required and not self.required <= objects:
            return False
        return self.prep is None or self.prep in preps


class Lexicon:
    """Patterns indexed by (pos, lemma), each list ordered most specific first."""

    def __init__(
        self,
        patterns: Sequence[Pattern],
        ranks: dict[str, int] | None = None,
        warnings: Sequence[str] = (),
    ) -> None:
        ranks = ranks or {}
        self.warnings = list(warnings)  # "file:line: reason" for imported lines left out
        # Higher rank = later file = takes precedence at equal specificity.
        ordered = sorted(
            patterns, key=lambda p: (-p.specificity, -ranks.get(p.source_file, 0), p.line)
        )
        self._by_head: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in ordered:
            self._by_head.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
        self._size = len(patterns)

    def lemmas(self, pos: str) -> set[str]:
        """Every head lemma with a pattern of this part of speech ("VERB": the verbs we code)."""
        return {lemma for p, lemma in self._by_head if p == pos.upper()}

    def heads_a_pattern(self, pos: str, lemma: str) -> bool:
        """Whether any pattern has this head word (a cheap test before reading its phrase)."""
        return (pos.upper(), lemma.lower()) in self._by_head

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        """All patterns for this head word, in the order match() tries them."""
        return list(self._by_head.get((pos.upper(), lemma.lower()), ()))

    def match(
        self,
        pos: str,
        lemma: str,
        particles: set[str],
        objects: set[str],
        preps: set[str],
    ) -> Pattern | None:
        """The most specific pattern whose constraints the predicate satisfies, if any."""
        patterns = self._by_head.get((pos.upper(), lemma.lower()))
        if not patterns:
            return None  # most words head no pattern: skip normalising their complements
        particles = {p.lower() for p in particles}
        preps = {p.lower() for p in preps}
        objects = _object_forms(objects)
        for pattern in patterns:
            if pattern.accepts(particles, objects, preps):
                return pattern
        return None

    def heads(self) -> set[tuple[str, str]]:
        """Every (pos, lemma) the lexicon can code."""
        return set(self._by_head)

    def __iter__(self) -> Iterator[Pattern]:
        for patterns in self._by_head.values():
            yield from patterns

    def __len__(self) -> int:
        return self._size


def naive_singular(word: str) -> str:
    """The matcher's plural rule: drop a final "s" from words longer than three letters."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _object_forms(objects: set[str]) -> set[str]:
    """Lowercased objects plus a naive singular, so "talks" meets a pattern written "talk"."""
    forms = set()
    for obj in objects:
        obj = obj.lower()
        forms.add(obj)
        forms.add(naive_singular(obj))
    return forms


def load_lexicon(
    extra_files: Sequence[Path] = (), petrarch_verb_files: Sequence[Path] = ()
) -> Lexicon:
    """The built-in lexicon plus user files; later files win at equal specificity.

    Load order (and so precedence at equal specificity, lowest first): built-in rows,
    PETRARCH verb dictionaries, then our-format TSV files, each group in the order given.
    A head word a PETRARCH dictionary codes drops the built-in rows for it.
    Lines of a PETRARCH file that cannot be expressed are listed in `Lexicon.warnings`.
    """
    if not extra_files and not petrarch_verb_files:
        return _builtin_lexicon()
    from eventwire.events.petrarch_verbs import load_petrarch_verbs  # it imports Pattern

    imported: list[Pattern] = []
    ranks: dict[str, int] = {}
    warnings: list[str] = []
    for path in petrarch_verb_files:
        path = Path(path)
        ranks[str(path)] = len(ranks) + 1
        found, skipped = load_petrarch_verbs(path)
        imported.extend(found)
        warnings.extend(skipped)
    # A verb an imported dictionary codes is the dictionary's: our rows for that head word
    # step aside, so a PETRARCH dictionary codes its verbs as its authors meant.
    owned = {(p.pos, p.lemma) for p in imported}
    patterns = [p for p in _builtin_patterns() if (p.pos, p.lemma) not in owned] + imported
    for path in extra_files:
        path = Path(path)
        ranks[str(path)] = len(ranks) + 1
        patterns.extend(parse_lexicon(path.read_text("utf-8"), str(path)))
    return Lexicon(patterns, ranks, warnings)


@cache
def _builtin_lexicon() -> Lexicon:
    return Lexicon(_builtin_patterns())


@cache
def _builtin_patterns() -> tuple[Pattern, ...]:
    resource = resources.files("eventwire.events").joinpath("data", LEXICON_FILE)
    return tuple(parse_lexicon(resource.read_text("utf-8"), str(resource)))


def parse_lexicon(text: str, source_file: str) -> list[Pattern]:
    """Parse lexicon TSV text; comments (#), blank lines and a "pos" header are skipped."""
    patterns: list[Pattern] = []
    seen: dict[tuple, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("pos\t"):
            continue
        pattern = _parse_line(raw, number, source_file)
        key = (pattern.pos, pattern.lemma, pattern.particle, pattern.objects, pattern.prep)
        if key in seen:
            raise LexiconError(
                f"{source_file}:{number}: same head and constraints as line {seen[key]}"
            )
        seen[key] = number
        patterns.append(pattern)
    return patterns


def _parse_line(raw: str, number: int, source_file: str) -> Pattern:
    def fail(reason: str) -> LexiconError:
        return LexiconError(f"{source_file}:{number}: {reason}")

    fields = [f.strip() for f in raw.split("\t")]
    if not REQUIRED_COLUMNS <= len(fields) <= len(COLUMNS):
        raise fail(
            f"expected {len(COLUMNS)} tab-separated columns ({' '.join(COLUMNS)}), "
            f"got {len(fields)}"
        )
    fields += [""] * (len(COLUMNS) - len(fields))
    pos, lemma, particle, obj, prep, code, target, mode, context, _note = fields
    if pos not in POS_VALUES:
        raise fail(f"unknown pos {pos!r} (use VERB or NOUN)")
    for column, value in (("lemma", lemma), ("particle", particle), ("prep", prep)):
        if (value or column == "lemma") and not WORD_RE.match(value):
            raise fail(f"bad {column} {value!r}: one lowercase word")
    objects = frozenset(obj.split("|")) if obj else frozenset()
    if any(not WORD_RE.match(o) for o in objects):
        raise fail(f"bad object {obj!r}: lowercase lemmas separated by '|'")
    try:
        entry = cameo(code)
    except UnknownCameoCode:
        raise fail(f"unknown CAMEO code {code!r}") from None
    if not target:
        if pos == "NOUN":
            raise fail("NOUN patterns need a target, e.g. prep:on|against")
        target = "dobj"
    if not TARGET_RE.match(target):
        raise fail(f"bad target {target!r} (dobj, iobj, dative, none or prep:a|b)")
    if mode and not is_valid_mode(entry.plover_type, mode):
        raise fail(
            f"mode {mode!r} is not a PLOVER mode of {entry.plover_type or 'no type'} (CAMEO {code})"
        )
    if context and context not in PLOVER_CONTEXTS:
        raise fail(f"unknown PLOVER context {context!r}")
    return Pattern(
        pos=pos,
        lemma=lemma,
        particle=particle or None,
        objects=objects,
        prep=prep or None,
        cameo=code,
        target=target,
        mode=mode or None,
        context=context or None,
        line=number,
        source_file=source_file,
    )
