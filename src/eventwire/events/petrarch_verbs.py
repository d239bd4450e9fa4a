"""Read a PETRARCH(-2) / TABARI verb dictionary into eventwire lexicon patterns.

Users of the field keep years of work in these dictionaries (CAMEO.2.0.txt and
its relatives); reading them lets eventwire code with their verbs. The format is
documented in PETRARCH's dictionaries.rst; docs/lexicon.md says what is kept:

* every verb of a `--- NAME [code] ---` block becomes a bare VERB pattern with the
  verb's own code or the block's (none for the null code `---`);
* every pattern line `- ... * ... [code]` of the block is applied to each verb of
  the block, with what follows `*` turned into our constraints: a particle
  (OUT, OFF, UP...), one preposition (bare or as `(PREP ...)`), object words (the
  head noun of the first noun phrase, with `&SYNSET` expanded), and words that must
  also be present (the other nouns and the modifiers of a `{...}` phrase);
* `+` names the target: after the verb or an object it is the direct object,
  after a preposition that preposition's object;
* words before `*` ("NOT *", "SAID WOULD *") must occur before the verb in its
  clause: required words marked with BEFORE, read by the extractor (`words_before`);
  words joined by `_` must be consecutive ("RECENTLY_*": right before the verb);
* a code `[A:B]` also gives B from the target to the source (`reversed_events`);
* the extractor looks a verb up as written when the dictionary lists that form as a
  verb of its own ("LEFT" beside "LEAVE"), and finds targets as PETRARCH does
  (`phrase_targets`, the first actor after a preposition).

What our matcher cannot say is left out with a "file:line: reason" warning:
actor slots before the verb (`+`, `%`), `$` after the verb (a reversed source),
`%` compound actors, negations and pronouns after the verb, several prepositions,
transformations (`~`) and reverse-only codes (`[:173]`).

A code outside our CAMEO table (the validation dictionaries' WEIS-style 223 or
their 9xx test codes) is the dictionary's own: PETRARCH emits it as written, and
so do we, through `event_code`, with no PLOVER type and a Goldstein score of 0.
A TABARI test variant of a CAMEO code (`174K`, `075A`) is also emitted as written,
with the type and score of its base code.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Token

from eventwire.events.lexicon import Pattern, naive_singular
from eventwire.events.ontology import CameoCode, UnknownCameoCode, cameo
from eventwire.nlp.pipeline import children_of
from eventwire.records import ActorRef, Cameo, Event, Plover, make_event_id

PREPOSITIONS = frozenset(
    "about above across after against along alongside amid amidst among amongst around as "
    "at before behind below beneath beside besides between beyond by despite during except "
    "for from in inside into near of off on onto outside over past per since than through "
    "throughout till to toward towards under underneath unlike until unto upon via with "
    "within without".split()
)
# The target spec of "any preposition" (`roles._prep_objects`).
ANY_PREPOSITION = "prep:" + "|".join(sorted(PREPOSITIONS))
# Verb particles: a particle word is never read as a preposition. "off" and "over" are
# both; as a particle ("called off", "took over") they are what spaCy's prt gives us.
PARTICLES = frozenset("out off up down back away forward aside ahead together".split())
DROPPED_WORDS = frozenset({"the", "a", "an"})  # determiners change nothing
FILLER_WORDS = frozenset({"of", "and", "or", "the", "a", "an", "to"})  # inside phrases
# Words whose presence changes the meaning in a way our matcher cannot check.
MEANING_WORDS = frozenset(
    "not n't no never neither nor "
    "i me my we us our you your he him his she her it its they them their "
    "himself herself itself themselves ourselves yourself myself".split()
)
AUXILIARIES = frozenset(
    "will would should shall may might can could must said says say was were is are am be "
    "been being have has had did do does".split()
)
# Prefix of a required word that must come before the verb, not among its objects.
BEFORE = "<"
MAX_PHRASE = 8  # the longest run of words before a verb a pattern can require
MAX_EXPANSION = 64  # patterns one line may produce per verb through synset modifiers
_CODE = re.compile(r"\[([^\]]*)\]")
_VARIANT = re.compile(r"^(\d+)[A-Za-z?!]+$")  # TABARI test variants such as 075A, 023?
_OWN_CODE = re.compile(r"^\d{2,4}$")  # a dictionary's own numeric code, e.g. WEIS 223


@dataclass(frozen=True)
class Frame:
    """The constraints one verb or pattern line puts on a predicate."""

    particle: str | None = None
    prep: str | None = None
    prep_bare: bool = False  # the preposition has no noun: its object is the target
    objects: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    target: str | None = None  # set by '+'


NO_CONSTRAINTS = Frame()


@dataclass
class _Verb:
    line: int
    lemma: str
    frame: Frame
    code: str | None


@dataclass
class _Block:
    code: str | None
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


class _Skip(Exception):
    """A line our matcher cannot express; the message is the reason."""


def load_petrarch_verbs(path: Path) -> tuple[list[Pattern], list[str]]:
    """Patterns for a PETRARCH verb dictionary, and "file:line: reason" warnings.

    Warnings name the lines left out (and codes read as another code); the
    patterns are ready for `Lexicon` / `load_lexicon(petrarch_verb_files=...)`.
    """
    _DICTIONARY_FILES.add(str(path))
    return _Reader(Path(path)).read()


# Files read by load_petrarch_verbs: their patterns code a whole verb phrase.
_DICTIONARY_FILES: set[str] = set()
# (file, line) -> the reverse code of a line coded [A:B]: B is the target's act on the source.
_REVERSE_CODES: dict[tuple[str, int], str] = {}


def from_dictionary(pattern: Pattern) -> bool:
    """True for a pattern read from a PETRARCH verb dictionary.

    PETRARCH codes a verb phrase once: "condemned an attack" is the dictionary's
    CONDEMN event, not also an attack; the extractor asks this to leave the object
    noun of such a phrase uncoded.
    """
    return pattern.source_file in _DICTIONARY_FILES


def reverse_code(pattern: Pattern) -> str | None:
    """The target-to-source code of a dictionary line coded `[A:B]` ("ARRIVE [032:033]":
    the visitor travels to the host, the host receives the visitor), or None."""
    return _REVERSE_CODES.get((pattern.source_file, pattern.line))


def reversed_events(rows: list[Event], pattern: Pattern) -> list[Event]:
    """The reverse events of a pattern coded `[A:B]`: B from each row's target to its
    source. PETRARCH codes an event between two actors only, so a row needs both."""
    code = reverse_code(pattern)
    if code is None:
        return []
    entry = event_code(code)
    have = {(_code_of(e.source), _code_of(e.target), e.cameo.code) for e in rows}
    out = []
    for row in rows:
        if row.source is None or row.target is None or not (row.source.code and row.target.code):
            continue
        if row.cameo.code != pattern.cameo:
            continue  # folded into another act ("will meet": an intent): no reverse
        key = (row.target.code, row.source.code, entry.code)
        if key in have:
            continue  # "A and B met": the other direction is already a row
        have.add(key)
        out.append(
            replace(
                row,
                event_id=make_event_id(row.event_id, "reverse", entry.code),
                source=row.target,
                target=row.source,
                cameo=Cameo(entry.code, entry.root, entry.name),
                plover=Plover(entry.plover_type, entry.plover_mode, row.plover.context),
                goldstein=entry.goldstein,
                quad_class=entry.quad_class,
            )
        )
    return out


def phrase_targets(heads: list[Token], actor_word: Callable[[Token], bool]) -> list[Token]:
    """Target heads as PETRARCH finds them: an object that names no actor stands for the
    first actor named inside its phrase, with the actors conjoined to it ("welcomed a
    resumption of ties between Gondor and Osgiliath" -> Gondor, Osgiliath).

    `actor_word` is the resolver's test that a word may be part of an actor's name."""
    out: list[Token] = []
    for head in heads:
        named = _actor_noun(head, actor_word) or any(
            c.dep_ in {"poss", "compound"} and _actor_noun(c, actor_word) for c in children_of(head)
        )
        out += ([] if named else _first_actors(head, actor_word)) or [head]
    return out


def _actor_noun(tok: Token, actor_word: Callable[[Token], bool]) -> bool:
    """A name, or a common noun an actor's name can hold ("police", "rebels")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and actor_word(tok))


def _first_actors(head: Token, actor_word: Callable[[Token], bool]) -> list[Token]:
    """The first actor among the prepositional objects nested in a noun phrase."""
    queue = [head]
    while queue:
        tok = queue.pop(0)
        if tok is not head and _actor_noun(tok, actor_word):
            return [tok, *(c for c in tok.conjuncts if c.i > tok.i and _actor_noun(c, actor_word))]
        queue += [g for p in children_of(tok) if p.dep_ == "prep" for g in _objects_of(p)]
    return []


def _objects_of(prep: Token) -> list[Token]:
    return [g for g in children_of(prep) if g.dep_ == "pobj"]


def _code_of(actor: ActorRef | None) -> str | None:
    return actor.code if actor is not None else None


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = str(path)
        self.warnings: list[str] = []
        self.synsets: dict[str, list[tuple[str, ...]]] = {}
        self.raw_synsets: dict[str, list[str]] = {}
        self.blocks: list[_Block] = []
        self.verb_lines: list[tuple[_Block, int, str, str | None]] = []
        self.irregular: dict[str, str] = {}
        self.base_verbs: set[str] = set()

    def warn(self, line: int, reason: str) -> None:
        self.warnings.append(f"{self.source}:{line}: {reason}")

    # -- pass 1: the file's structure ---------------------------------------------
    def read(self) -> tuple[list[Pattern], list[str]]:
        self._scan(self.path.read_text("utf-8", errors="replace").splitlines())
        for name in self.raw_synsets:
            self.synsets[name] = self._flatten(name, set())
        self._read_verbs()
        return self._emit(), self.warnings

    def _scan(self, lines: list[str]) -> None:
        block: _Block | None = None
        synset: str | None = None
        for number, raw in enumerate(lines, start=1):
            stripped = raw.strip()
            if stripped.startswith("<!"):
                continue  # XML-style comment lines of the validation dictionaries
            text = raw.split("#", 1)[0].strip()
            if not text:
                continue
            if synset is not None and text.startswith("+"):
                self.raw_synsets[synset].append(text[1:].strip())
                continue
            synset = None
            if text.startswith("&"):
                synset = _synset_name(text.split()[0])
                self.raw_synsets[synset] = []
            elif text.startswith("---"):
                codes = _CODE.findall(text)
                block = _Block(codes[0].strip() if codes else None)
                self.blocks.append(block)
            elif text.startswith("~"):
                self.warn(number, "verb transformation (~) not supported")
            elif block is None:
                self.warn(number, f"line outside a verb block: {text!r}")
            elif text.startswith("-"):
                block.patterns.append((number, text[1:]))
            else:
                codes = _CODE.findall(text)
                word_part = _CODE.sub(" ", text)
                forms = re.findall(r"\{([^}]*)\}", word_part)
                main = re.sub(r"\{[^}]*\}", " ", word_part).split()
                if not main:
                    self.warn(number, "verb line without a verb")
                    continue
                code = codes[-1].strip() if codes else None
                self.verb_lines.append((block, number, main[0], code))
                base = _verb_word(main[0])
                if base:
                    self.base_verbs.add(base)
                    for form in " ".join(forms).split():
                        word = _verb_word(form)
                        if word and word != base:
                            self.irregular.setdefault(word, base)

    def _flatten(self, name: str, seen: set[str]) -> list[tuple[str, ...]]:
        """A synset's members as word tuples, nested synsets expanded."""
        members: list[tuple[str, ...]] = []
        for member in self.raw_synsets.get(name, []):
            words = member.replace("_", " ").lower().split()
            if len(words) == 1 and words[0].startswith("&"):
                inner = _synset_name(words[0])
                if inner in self.raw_synsets and inner not in seen:
                    members.extend(self._flatten(inner, seen | {name}))
                continue
            if words:
                members.append(tuple(words))
        return members

    # -- pass 2: verbs and patterns -------------------------------------------------
    def _lemma(self, word: str) -> str:
        """spaCy's lemma for a dictionary verb: a listed irregular form maps to its base,
        a regular inflection to a base verb of the same file ("CALLED" -> call)."""
        if word in self.irregular:
            return self.irregular[word]
        for suffix, repl in (
            ("ies", "y"),
            ("es", ""),
            ("s", ""),
            ("ied", "y"),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
        ):
            if word.endswith(suffix):
                stem = word[: -len(suffix)] + repl
                if stem != word and stem in self.base_verbs:
                    return stem
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in self.base_verbs:
                    return stem[:-1]  # "planned" -> plan
        return word

    def _read_verbs(self) -> None:
        for block, number, word, code in self.verb_lines:
            parts = word.replace("_", " ").lower().split()
            marked = [i for i, p in enumerate(parts) if p.startswith("+")]
            at = marked[0] if marked else 0
            parts[at] = parts[at].lstrip("+")
            try:
                # "WIRE_+TAP": the words before the marked verb must precede it.
                frame = self._frame_of_words(parts[:at], parts[at + 1 :], number)
            except _Skip as skip:
                self.warn(number, f"verb {word!r}: {skip}")
                continue
            lemma = self._lemma(parts[at])
            block.verbs.append(_Verb(number, lemma, frame[0] if frame else NO_CONSTRAINTS, code))

    def _frame_of_words(self, before: list[str], words: list[str], number: int) -> list[Frame]:
        """Constraints from the other words of a multi-word verb ("call off", "wire tap")."""
        if not words and not before:
            return []
        return self._frames("_".join([*before, "*"]) + " " + " ".join(words), number)

    def _emit(self) -> list[Pattern]:
        patterns: list[Pattern] = []
        seen: dict[tuple, tuple[int, str]] = {}
        conflicts: set[int] = set()

        fields: dict[tuple[Frame, str, int], dict] = {}

        def add(verb: _Verb, frame: Frame, code: str, number: int) -> None:
            key = (verb.lemma, frame.particle, frame.objects, frame.prep, frame.required)
            if key in seen:
                first, first_code = seen[key]
                if first_code != code and number not in conflicts and number != first:
                    conflicts.add(number)
                    self.warn(
                        number,
                        f"same verb and constraints as line {first} with "
                        f"code {first_code}; line {first} kept",
                    )
                return
            seen[key] = (number, code)
            shared = fields.get((frame, code, number))
            if shared is None:  # one line's frame is the same for every verb of the block
                shared = fields[frame, code, number] = _pattern_fields(frame, code, number)
            patterns.append(Pattern(lemma=verb.lemma, source_file=self.source, **shared))

        for block in self.blocks:
            for verb in block.verbs:
                code = self._code(verb.code or block.code, verb.line, quiet_null=True)
                if code is not None:
                    add(verb, verb.frame, code, verb.line)
            for number, text in block.patterns:
                try:
                    code = self._pattern_code(text, number)
                    frames = self._frames(_CODE.sub(" ", text), number)
                except _Skip as skip:
                    self.warn(number, str(skip))
                    continue
                if code is None:
                    continue
                for verb in block.verbs:
                    for frame in frames:
                        merged = _merge(verb.frame, frame)
                        if merged is not None:
                            add(verb, merged, code, number)
        return patterns

    # -- codes -----------------------------------------------------------------------
    def _pattern_code(self, text: str, number: int) -> str | None:
        codes = _CODE.findall(text)
        if not codes:
            raise _Skip("pattern without a [code]")
        return self._code(codes[-1].strip(), number)

    def _code(self, raw: str | None, number: int, quiet_null: bool = False) -> str | None:
        """Our CAMEO code for a PETRARCH code, or None (with a warning) when there is none."""
        if raw is None or raw in {"", "---"}:
            if not quiet_null:
                self.warn(number, "null code [---] (no event): eventwire has no 'not an event' row")
            return None
        forward, _, reverse = (part.strip() for part in raw.partition(":"))
        if not forward:
            self.warn(number, f"code [{raw}] names only the reverse (target-to-source) event")
            return None
        if reverse and reverse != "---" and (_known(reverse) or _OWN_CODE.match(reverse)):
            _REVERSE_CODES[self.source, number] = reverse
        if _known(forward):
            return forward
        variant = _VARIANT.match(forward)
        if variant and _known(variant.group(1)):
            self.warn(
                number,
                f"code [{raw}] kept as written, with the type and score of {variant.group(1)}",
            )
            return forward
        if _OWN_CODE.match(forward):
            self.warn(
                number,
                f"code [{raw}] is not in eventwire's CAMEO table: emitted as the dictionary's "
                "own code (no PLOVER type, Goldstein 0)",
            )
            return forward
        self.warn(number, f"code [{raw}] is not in eventwire's CAMEO table")
        return None

    # -- pattern text -> frames ------------------------------------------------------------
    def _frames(self, text: str, number: int) -> list[Frame]:
        """The frames of a pattern's text (without its code): what follows `*` gives the
        constraints after the verb, what precedes it the words required before it."""
        before, star, after = re.sub(r"([(){}])", r" \1 ", text).partition("*")
        if not star:
            raise _Skip("pattern without the verb marker '*'")
        frames = self._build(self._parse_after(_tokens(after)), number)
        slots = self._before_slots(before)
        if not slots:
            return frames
        size = len(frames)
        for slot in slots:
            size *= len(slot)
        if size > MAX_EXPANSION:
            raise _Skip(f"synsets before the verb would make {size} patterns")
        return [
            replace(frame, required=frame.required | {w for words in combo for w in words})
            for frame in frames
            for combo in itertools.product(*slots)
        ]

    def _before_slots(self, text: str) -> list[list[frozenset[str]]]:
        """The words a pattern puts before the verb ("NOT *", "&NEGATVAUXVRB *"): each
        must occur before the verb in its clause (see `words_before`). Words joined by
        `_`, and the words of a synset member, must be consecutive there ("MOST_CERTAINLY
        _&NEGATVAUXVRB_EVER *"), and next to the verb when `_` joins them to it
        ("RECENTLY_*"). An actor slot there (`+` the target before the verb, `%` a
        compound) is not supported.

        Each slot lists its alternatives; one alternative is the set of required words
        it adds: each word on its own (so a longer phrase is a more specific pattern)
        plus, for a phrase, the phrase itself."""
        groups = [g.split("_") for g in text.split()]
        if text.endswith("_") and groups:
            groups[-1][-1] = "*"  # "RECENTLY_*": the last word touches the verb
        slots = []
        for group in groups:
            words = [w for w in group if w and w not in {"$", "^", "(", ")", "{", "}"}]
            words = [w for w in words if w.lower() not in DROPPED_WORDS]
            for slot in (w for w in words if w in {"+", "%"}):
                raise _Skip(f"'{slot}' before the verb (an actor slot there) not supported")
            if not words or words == ["*"]:
                continue
            options = [self._slot(w) if w != "*" else [("*",)] for w in words]
            slot = []
            for combo in itertools.product(*options):
                phrase = [w for alt in combo for w in alt]
                required = {BEFORE + w for w in phrase if w != "*"}
                if len(phrase) > 1:
                    required.add(BEFORE + " ".join(phrase))
                slot.append(frozenset(required))
            slots.append(slot)
        return slots

    def _parse_after(self, tokens: list[str]) -> _Parsed:
        parsed = _Parsed()
        context: int | None = None  # index into parsed.preps, or None for the verb
        phrase: list[list[tuple[str, ...]]] | None = None  # an open {...} phrase
        run: list[list[tuple[str, ...]]] | None = None  # consecutive bare words
        for token in tokens:
            if token == "(":
                run = None
                continue
            if token == ")":
                context, run = None, None
                continue
            if token == "{":
                phrase, run = [], None
                continue
            if token == "}":
                if phrase:
                    parsed.phrases.append((context, phrase))
                phrase = None
                continue
            if token == "+":
                parsed.targets.append(context)
                run = None
                continue
            if token == "^":
                run = None
                continue
            if token in {"$", "%"}:
                raise _Skip(f"'{token}' after the verb (reversed source or compound) not supported")
            word = token.lower()
            if word in DROPPED_WORDS:
                continue
            if word in MEANING_WORDS:
                raise _Skip(f"{token!r} changes the meaning in a way eventwire cannot check")
            if word in AUXILIARIES:
                raise _Skip(f"{token!r}: verbs after the verb not supported")
            if phrase is not None:
                phrase.append(self._slot(token))
                continue
            synset = self._synset(token) if token.startswith("&") else None
            if synset is not None and all(len(m) == 1 and m[0] in PREPOSITIONS for m in synset):
                context = parsed.add_prep(tuple(m[0] for m in synset))
                run = None
                continue
            if synset is None and word in PARTICLES:
                if parsed.particle not in (None, word):
                    raise _Skip("two particles")
                parsed.particle = word
                run = None
                continue
            if synset is None and word in PREPOSITIONS:
                if word == "of" and parsed.phrases and context is None:
                    context, run = -1, None  # "X of Y": Y is one more object word
                else:
                    context, run = parsed.add_prep((word,)), None
                continue
            if (
                context is not None
                and context >= 0
                and word in self.base_verbs
                and parsed.preps[context] == ("to",)
            ):
                raise _Skip(f"infinitive 'to {word}' not supported")
            slot = self._slot(token)
            if run is None:
                run = [slot]
                parsed.phrases.append((context, run))
            else:
                run.append(slot)
        return parsed

    def _synset(self, token: str) -> list[tuple[str, ...]]:
        name = _synset_name(token)
        if name not in self.synsets:
            raise _Skip(f"undefined synset {token}")
        return self.synsets[name]

    def _slot(self, token: str) -> list[tuple[str, ...]]:
        """The alternatives one word position allows: the word, or a synset's members."""
        if token.startswith("&"):
            return list(self._synset(token))
        return [(token.lower(),)]

    def _build(self, parsed: _Parsed, number: int) -> list[Frame]:
        preps = parsed.preps
        if len(preps) > 1:
            raise _Skip("more than one preposition")
        prep_choices: tuple[str | None, ...] = preps[0] if preps else (None,)
        target = None
        for where in parsed.targets:
            target = "dobj" if where is None or where < 0 else f"prep:{'|'.join(preps[where])}"
        phrases = [slots for _, slots in parsed.phrases if slots]
        prep_bare = bool(preps) and not any(ctx == 0 for ctx, _ in parsed.phrases)
        if not phrases:
            groups: list[tuple[frozenset[str], tuple[str, ...]]] = [(frozenset(), ())]
            rest: list[list[tuple[str, ...]]] = []
        else:
            primary = phrases[0]
            groups = _head_groups(primary[-1])
            rest = primary[:-1] + [slot for other in phrases[1:] for slot in other]
        size = len(groups) * len(prep_choices)
        for slot in rest:
            size *= len(slot)
        if size > MAX_EXPANSION:
            raise _Skip(f"synset modifiers would make {size} patterns (limit {MAX_EXPANSION})")
        frames = []
        for (objects, extra), combo, prep in itertools.product(
            groups, itertools.product(*rest), prep_choices
        ):
            words = [w for alt in combo for w in alt] + list(extra)
            frames.append(
                Frame(
                    particle=parsed.particle,
                    prep=prep,
                    prep_bare=prep_bare,
                    objects=objects,
                    required=frozenset(naive_singular(w) for w in words if w not in FILLER_WORDS),
                    target=target,
                )
            )
        return frames


@dataclass
class _Parsed:
    particle: str | None = None
    preps: list[tuple[str, ...]] = field(default_factory=list)
    # (context, slots): context None = object of the verb, -1 = "of" an object,
    # n >= 0 = object of preps[n]; each slot lists alternative word tuples.
    phrases: list[tuple[int | None, list[list[tuple[str, ...]]]]] = field(default_factory=list)
    targets: list[int | None] = field(default_factory=list)

    def add_prep(self, choices: tuple[str, ...]) -> int:
        self.preps.append(choices)
        return len(self.preps) - 1


def _head_groups(slot: list[tuple[str, ...]]) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """Object sets for a head position: single words share one pattern; a multi-word
    member ("nuclear bomb") gets its own, its other words required."""
    singles = [alt[0] for alt in slot if len(alt) == 1]
    groups = [(_forms(singles), ())] if singles else []
    groups += [(_forms([alt[-1]]), alt[:-1]) for alt in slot if len(alt) > 1]
    return groups


def _forms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(f for w in words for f in (w, naive_singular(w)))


def _merge(verb: Frame, line: Frame) -> Frame | None:
    """A multi-word verb's own constraints plus a pattern line's; None when they clash."""
    if verb is NO_CONSTRAINTS:
        return line
    if (verb.particle and line.particle and verb.particle != line.particle) or (
        verb.prep and line.prep and verb.prep != line.prep
    ):
        return None
    if verb.objects and line.objects:
        return None
    return replace(
        line,
        particle=line.particle or verb.particle,
        prep=line.prep or verb.prep,
        prep_bare=line.prep_bare if line.prep else verb.prep_bare,
        objects=line.objects or verb.objects,
        required=line.required | verb.required,
        target=line.target or verb.target,
    )


def _pattern_fields(frame: Frame, code: str, number: int) -> dict:
    """Pattern fields other than the verb and file, shared by the verbs of a block."""
    target = frame.target or (f"prep:{frame.prep}" if frame.prep and frame.prep_bare else "dobj")
    return {
        "pos": "VERB",
        "particle": frame.particle,
        "objects": frame.objects,
        "prep": frame.prep,
        "cameo": code,
        "target": target,
        "mode": None,
        "context": None,
        "line": number,
        "required": frame.required - frame.objects,
    }


def _tokens(text: str) -> list[str]:
    """Pattern text as tokens: brackets stand alone, '_' joins words like a space."""
    text = re.sub(r"([(){}])", r" \1 ", text.replace("_", " "))
    return text.split()


def _synset_name(token: str) -> str:
    return token.strip("{}()").rstrip("_").upper()


def _verb_word(token: str) -> str:
    """The verb of a dictionary entry: the '+'-marked word of a multi-word one."""
    parts = token.replace("_", " ").lower().split()
    marked = [p for p in parts if p.startswith("+")]
    return (marked[0] if marked else parts[0] if parts else "").lstrip("+")


def _known(code: str) -> bool:
    try:
        cameo(code)
    except UnknownCameoCode:
        return False
    return True


def event_code(code: str) -> CameoCode:
    """The CAMEO entry of a code, or the entry of a code a PETRARCH dictionary defines.

    Only imported dictionaries can put such a code on a pattern (our TSV rows are
    checked against the table), and PETRARCH emits a dictionary's codes as written:
    its root is the first two digits; it has no PLOVER type, mode or Goldstein score,
    except a test variant of a CAMEO code ("174K"), which has its base code's.
    """
    try:
        return cameo(code)
    except UnknownCameoCode:
        variant = _VARIANT.match(code)
        if variant and _known(variant.group(1)):
            # A test variant ("174K") is its base event as the dictionary writes it.
            return replace(cameo(variant.group(1)), code=code)
        if not _OWN_CODE.match(code):
            raise
        return CameoCode(
            code=code,
            root=code[:2],
            level=min(len(code) - 1, 3),
            name=f"code {code} of an imported PETRARCH dictionary",
            goldstein=0.0,
            quad_class=0,
            plover_type=None,
            plover_mode=None,
        )


# Dependents that start a verb's own clause when the verb is the complement of another
# ("said it would attack": the words before "attack" include "said").
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def words_before(verb: Token) -> set[str]:
    """The words before a verb in its clause, marked with BEFORE, for PETRARCH patterns
    with words before the verb ("&NEGATVAUXVRB * OVER EFFORTS", "SAID WOULD *").

    The clause runs from the left edge of the verb's governing clause (climbing from a
    complement to the verb that takes it), so "said" is before "attack" in "X said it
    would attack" while an earlier sentence part joined by punctuation is not.
    Runs of consecutive words are there too, as phrases ("<did n't ever"), and those
    that end next to the verb also with a final "*" ("<recently *").
    """
    top = verb
    while top.dep_ in _COMPLEMENT_DEPS and top.head is not top and top.head.i < verb.i:
        top = top.head
    start = top.left_edge.i
    doc = verb.doc
    words = [doc[i].lower_ for i in range(start, verb.i)]
    found = {BEFORE + w for i, w in enumerate(words) if not doc[start + i].is_punct}
    for end in range(1, len(words) + 1):
        run: list[str] = []
        for i in range(end - 1, max(-1, end - 1 - MAX_PHRASE), -1):
            if doc[start + i].is_punct:
                break
            run.insert(0, words[i])
            phrase = " ".join(run)
            if len(run) > 1:
                found.add(BEFORE + phrase)
            if end == len(words):
                found.add(f"{BEFORE}{phrase} *")
    return found
