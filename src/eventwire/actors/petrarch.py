"""Read PETRARCH / Phoenix actor and agent dictionaries into our knowledge base.

Users of the event-data field own large dictionaries in the PETRARCH format (TABARI's
heirs). Reading them lets those users keep their curated names while coding with
eventwire. The formats are described in PETRARCH's ``dictionaries.rst``; docs/actors.md
says how each construct maps onto our model. In short:

- an actor entry with dated codes (``[USAGOV 090120-170120]``) is a *person*: one
  ``PersonRole`` row per dated code, plus an undated row for the entry's default code;
- an undated entry coded with a bare country (``AFGHANISTAN [AFG]``) adds country names;
- any other undated entry (``WHITE_HOUSE [USAGOV]``, ``UNITED_NATIONS [IGOUNO]``) is an
  *organisation* coded with its own CAMEO code;
- an agent (``POLICE {} [~COP]``) is a sector word (kind ``noun``), plural forms included.

A user's big dictionary with one odd line should still load, so bad lines are skipped and
reported in ``KnowledgeBase.warnings`` as ``file:line: reason``. Only an unreadable file
raises ``PetrarchDictionaryError``. The shipped data always wins: a phrase that already
names something in our tables is not taken over, and an entry naming someone in
``people.tsv`` is skipped (our dated roles are curated; dictionary dates may be stale).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from eventwire.actors.kb import (
    DATA_DIR,
    Country,
    KnowledgeBase,
    Organization,
    PersonRole,
    SectorTerm,
)
from eventwire.actors.kb import normalise as _normalise

CAMEO_CODES_FILE = DATA_DIR / "cameo_codes.tsv"
NULL_CODE = "---"
ID_PREFIX = "petrarch-"

_CODE = re.compile(r"^[A-Z0-9]{3,}$")
_DAY = r"(\d{6}|\d{8})"
_BEFORE = re.compile(rf"^<{_DAY}$")
_AFTER = re.compile(rf"^>{_DAY}$")
_BETWEEN = re.compile(rf"^{_DAY}-{_DAY}$")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_MARKER_DEFINITION = re.compile(r"^!([A-Z0-9_-]+)!\s*=\s*(.+)$", re.IGNORECASE)
_MARKER = re.compile(r"!([A-Z0-9_-]+)!", re.IGNORECASE)
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


# Dictionaries repeat phrases a lot (every entry is looked up several times).
normalise = lru_cache(maxsize=None)(_normalise)


class PetrarchDictionaryError(ValueError):
    """A dictionary file cannot be read at all; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class CodedPeriod:
    """One ``[CODE restriction]``: the code applies from ``start`` to ``end`` (inclusive)."""

    code: str
    start: str | None
    end: str | None
    where: str

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorEntry:
    """A primary phrase, its ``+`` synonyms, and its codes, as written in the file."""

    phrases: list[str]
    periods: list[CodedPeriod]
    where: str
    had_code: bool = False


@dataclass(frozen=True)
class AgentEntry:
    phrase: str
    code: str
    where: str


@dataclass(frozen=True)
class CodeMeaning:
    """What a CAMEO code says in our model."""

    code: str
    root: str
    country: str | None  # ISO3 (or a dictionary-only root) when the code is national
    org_kind: str | None  # IGO/NGO/REB/MNC/OTHER for transnational roots
    sector: str | None


@dataclass(frozen=True)
class CameoTable:
    sectors: dict[str, str]
    modifiers: dict[str, str]
    transnational: dict[str, str]
    countries: dict[str, str]


# ---------------------------------------------------------------- reading lines


def _read_text(path: Path) -> tuple[str, list[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PetrarchDictionaryError(f"{path}:0: cannot read: {exc}") from exc
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        note = f"{path}:0: not UTF-8 (byte {exc.start}); read as Latin-1"
        return raw.decode("latin-1"), [note]


def _content_lines(path: Path, warnings: list[str]) -> Iterator[tuple[str, str]]:
    """(``file:line``, text) with comments removed: ``#`` to the end of the line, TABARI
    ``;`` comments, ``<!-- ... -->`` (also over several lines) and lines starting ``<``."""
    text, notes = _read_text(path)
    warnings.extend(notes)
    in_comment = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_comment = before, True
        if line.lstrip().startswith("<"):
            continue
        line = line.split("#", 1)[0]
        if " ;" in line or "\t;" in line:
            line = re.split(r"\s;", line, maxsplit=1)[0]
        if line.strip():
            yield f"{path}:{number}", line.rstrip()


# ---------------------------------------------------------------- actor dictionaries


def petrarch_day(text: str) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` -> ISO day; two-digit years up to 30 are 20YY (as
    PETRARCH reads them), later ones 19YY. Raises ValueError on an impossible date."""
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    elif len(text) == 6:
        short = int(text[:2])
        year, rest = (2000 + short if short <= 30 else 1900 + short), text[2:]
    else:
        raise ValueError(text)
    return date(year, int(rest[:2]), int(rest[2:])).isoformat()


def parse_code(content: str, where: str) -> CodedPeriod:
    """Read the inside of ``[...]``: a code, then an optional ``<d``, ``>d`` or ``d-d``."""
    parts = content.split(None, 1)
    if not parts:
        raise ValueError("empty code")
    code = parts[0].upper()
    if code != NULL_CODE and not _CODE.match(code):
        raise ValueError(f"malformed code {parts[0]!r}")
    restriction = "".join(parts[1].split()) if len(parts) > 1 else ""
    start = end = None
    try:
        if not restriction:
            pass
        elif match := _BEFORE.match(restriction):
            end = petrarch_day(match[1])
        elif match := _AFTER.match(restriction):
            start = petrarch_day(match[1])
        elif match := _BETWEEN.match(restriction):
            start, end = petrarch_day(match[1]), petrarch_day(match[2])
        else:
            raise ValueError
    except ValueError:
        raise ValueError(f"bad date restriction {restriction!r}") from None
    if start and end and start > end:
        raise ValueError(f"restriction starts after it ends: {restriction!r}")
    return CodedPeriod(code, start, end, where)


def readable_phrase(text: str) -> str:
    """``BARACK_OBAMA_`` -> ``Barack Obama``: underscores are spaces, case is PETRARCH's
    upper case made readable (index keys are case-folded anyway)."""
    words = text.replace("_", " ").split()
    return " ".join(
        word.capitalize() if word.isupper() and "." not in word else word for word in words
    )


def _split_line(text: str) -> tuple[str, list[str]]:
    """Phrase text and the contents of any ``[...]`` groups on a line."""
    if text.count("[") != text.count("]"):
        raise ValueError("unbalanced brackets")
    codes = _BRACKETS.findall(text)
    phrase = _BRACKETS.sub(" ", text).strip()
    return phrase, codes


def read_actor_dictionary(path: Path | str) -> tuple[list[ActorEntry], list[str]]:
    """Entries of an actor dictionary and ``file:line`` warnings for lines skipped.

    A primary phrase with no code yet that is followed by another primary phrase (a
    forgotten ``+``) is read as another name of that next entry, with a warning."""
    path = Path(path)
    warnings: list[str] = []
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None

    def add_codes(entry: ActorEntry, contents: list[str], where: str) -> None:
        for content in contents:
            entry.had_code = True
            try:
                entry.periods.append(parse_code(content, where))
            except ValueError as exc:
                warnings.append(f"{where}: {exc}; code skipped")

    for where, text in _content_lines(path, warnings):
        stripped = text.strip()
        try:
            phrase_text, contents = _split_line(stripped.lstrip("+"))
        except ValueError as exc:
            warnings.append(f"{where}: {exc}; line skipped")
            continue
        phrase = readable_phrase(phrase_text)
        if stripped.startswith("["):
            if current is None:
                warnings.append(f"{where}: code line before any entry; skipped")
            else:
                add_codes(current, contents, where)
            continue
        if not phrase:
            warnings.append(f"{where}: no phrase; line skipped")
            continue
        if stripped.startswith("+"):
            if current is None:
                warnings.append(f"{where}: synonym before any entry; skipped")
                continue
            current.phrases.append(phrase)
        elif current is not None and not current.had_code:
            warnings.append(
                f"{where}: {phrase!r} follows {current.phrases[0]!r}, which has no code yet: "
                "read as another name of the same entry (missing '+'?)"
            )
            current.phrases.append(phrase)
        else:
            if current is not None:
                entries.append(current)
            current = ActorEntry([phrase], [], where)
        add_codes(current, contents, where)
    if current is not None:
        entries.append(current)
    kept = []
    for entry in entries:
        if entry.had_code:
            kept.append(entry)
        else:
            warnings.append(f"{entry.where}: {entry.phrases[0]!r} has no code; skipped")
    return kept, warnings


# ---------------------------------------------------------------- agent dictionaries


def plural_of(phrase: str) -> str:
    """The regular plural of the last word: -y after a consonant -> -ies, -s/-x/-z/-ch/-sh
    -> -es, else -s (PETRARCH's rule, with -ay/-ey kept as -ays/-eys)."""
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}".strip()


def read_agent_dictionary(path: Path | str) -> tuple[list[AgentEntry], list[str]]:
    """Agent phrases (singular and plural forms, markers expanded) with their codes."""
    path = Path(path)
    warnings: list[str] = []
    markers: dict[str, list[str]] = {}
    agents: list[AgentEntry] = []
    for where, text in _content_lines(path, warnings):
        stripped = text.strip()
        if definition := _MARKER_DEFINITION.match(stripped):
            items = [item.strip() for item in definition[2].split(",") if item.strip()]
            markers[definition[1].upper()] = items
            continue
        if "[" not in stripped or "]" not in stripped:
            warnings.append(f"{where}: agent has no [code]; line skipped")
            continue
        before, _, after = stripped.partition("[")
        code = "".join(after.partition("]")[0].split()).upper()
        if not code.replace("~", ""):
            warnings.append(f"{where}: empty agent code; line skipped")
            continue
        forms = _agent_forms(before.strip(), where, warnings)
        for form in _expand_markers(forms, markers, where, warnings):
            phrase = readable_phrase(form).lower()
            if phrase:
                agents.append(AgentEntry(phrase, code, where))
    return agents, warnings


def _agent_forms(text: str, where: str, warnings: list[str]) -> list[str]:
    if "{" not in text:
        return [text] if "!" in text else [text, plural_of(text.replace("_", " "))]
    if "}" not in text:
        warnings.append(f"{where}: missing '}}'; plural ignored")
        return [text.split("{", 1)[0].strip()]
    root, _, rest = text.partition("{")
    plural = rest.partition("}")[0].strip()
    return [root.strip(), plural] if plural else [root.strip()]


def _expand_markers(
    forms: list[str], markers: dict[str, list[str]], where: str, warnings: list[str]
) -> list[str]:
    out = []
    for form in forms:
        match = _MARKER.search(form)
        if match is None:
            out.append(form)
        elif match[1].upper() in markers:
            out.extend(
                form[: match.start()] + item + form[match.end() :]
                for item in markers[match[1].upper()]
            )
        else:
            warnings.append(f"{where}: substitution marker !{match[1]}! is not defined")
    return out


# ---------------------------------------------------------------- CAMEO codes


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    """The code-part table in ``data/cameo_codes.tsv``."""
    tables: dict[str, dict[str, str]] = {
        "sector": {},
        "modifier": {},
        "transnational": {},
        "country": {},
    }
    header_seen = False
    for number, line in enumerate(CAMEO_CODES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        code, use, value = cells[0], cells[1], cells[2]
        if use not in tables:
            raise PetrarchDictionaryError(f"{CAMEO_CODES_FILE}:{number}: unknown use {use!r}")
        tables[use][code] = value
    return CameoTable(
        tables["sector"], tables["modifier"], tables["transnational"], tables["country"]
    )


@lru_cache(maxsize=65536)
def interpret_code(code: str) -> CodeMeaning:
    """Split a CAMEO code into its root and three-letter parts and read them: the first
    role part gives the sector (``USAGOVLEG`` -> GOV); a religious part counts only when
    no role part does (``~MUSUAF`` -> UAF, ``~MUS`` -> REL)."""
    table = cameo_table()
    root = code[:3]
    parts = [code[i : i + 3] for i in range(3, len(code) - len(code) % 3, 3)]
    country = org_kind = None
    if root in table.transnational:
        org_kind = table.transnational[root]
    elif root in table.sectors or root in table.modifiers:
        parts = [root, *parts]  # an agent code such as GOVFRM has no country root
        root = ""
    else:
        country = table.countries.get(root, root)
    sector = next((table.sectors[p] for p in parts if p in table.sectors), None)
    if sector is None:
        sector = next((table.modifiers[p] for p in parts if p in table.modifiers), None)
    if sector is None and org_kind is not None and root in table.sectors:
        sector = table.sectors[root]  # IMGxxx: an armed group; NGOxxx: civil society
    return CodeMeaning(code, root, country, org_kind, sector)


# ---------------------------------------------------------------- merging


@dataclass
class _Merge:
    """Mutable state while dictionary entries are folded into a copy of a base KB."""

    base: KnowledgeBase
    countries: dict[str, Country]
    organizations: dict[str, Organization]
    people: list[PersonRole]
    sector_terms: dict[str, SectorTerm]
    warnings: list[str]
    claims: dict[str, tuple[str, str]]  # index key -> (what it names, that one's code)
    known_people: set[str]
    org_by_code: dict[str, str]  # code -> actor_id, organisations with a code of their own
    used_ids: set[str] = field(default_factory=set)
    stats: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.stats[what] = self.stats.get(what, 0) + n

    def claim(self, phrase: str, value: str, code: str, where: str) -> bool:
        """Reserve ``phrase`` for ``value``; False when it is taken. Only a phrase already
        taken by something with another code is worth a warning (a repeat is not)."""
        key = normalise(phrase)
        if not key:
            return False
        held = self.claims.get(key)
        if held is None:
            self.claims[key] = (value, code)
            return True
        if held[1] != code:
            self.count("phrases already taken")
            self.warnings.append(
                f"{where}: {phrase!r} already names {held[0]} ({held[1]}); "
                f"not given to {value} ({code})"
            )
        return False

    def new_id(self, phrase: str) -> str:
        slug = _SLUG_JUNK.sub("-", normalise(phrase)).strip("-") or "entry"
        candidate, n = f"{ID_PREFIX}{slug}", 1
        while candidate in self.used_ids or candidate in self.organizations:
            n += 1
            candidate = f"{ID_PREFIX}{slug}-{n}"
        self.used_ids.add(candidate)
        return candidate


def _start_merge(base: KnowledgeBase) -> _Merge:
    claims: dict[str, tuple[str, str]] = {}
    for index in (base.country_names(), base.adjective_index(), base.metonym_index()):
        for key, iso in index.items():
            claims.setdefault(key, (iso, iso))
    for key, actor_id in base.org_index().items():
        claims.setdefault(key, (actor_id, base.organizations[actor_id].code))
    return _Merge(
        base=base,
        countries=dict(base.countries),
        organizations=dict(base.organizations),
        people=list(base.people),
        sector_terms=dict(base.sector_terms),
        warnings=list(base.warnings),
        claims=claims,
        known_people=set(base.person_index()),
        org_by_code={o.code: o.actor_id for o in base.organizations.values() if o.kind != "OTHER"},
        used_ids={role.person_id for role in base.people},
    )


def merge_petrarch(
    base: KnowledgeBase,
    actor_files: Sequence[Path | str] = (),
    agent_files: Sequence[Path | str] = (),
) -> KnowledgeBase:
    """A new knowledge base: ``base`` plus what the dictionaries add (``base`` is untouched).

    ``warnings`` on the result lists every skipped line or phrase as ``file:line: why``."""
    merge = _start_merge(base)
    for path in actor_files:
        entries, warnings = read_actor_dictionary(path)
        merge.warnings.extend(warnings)
        for entry in entries:
            _add_actor(merge, entry)
    for path in agent_files:
        agents, warnings = read_agent_dictionary(path)
        merge.warnings.extend(warnings)
        for agent in agents:
            _add_agent(merge, agent)
    if merge.stats.get("people already known"):
        merge.warnings.append(
            f"{merge.stats['people already known']} dictionary entries name people already "
            "in people.tsv: the shipped roles were kept and those entries skipped"
        )
    kb = KnowledgeBase(
        countries=merge.countries,
        organizations=merge.organizations,
        sector_terms=merge.sector_terms,
        people=merge.people,
        origins=dict(base.origins),
        warnings=merge.warnings,
        stats=merge.stats,
    )
    kb.country_names(), kb.adjective_index(), kb.metonym_index(), kb.org_index()
    kb.person_index()
    return kb


def _add_actor(merge: _Merge, entry: ActorEntry) -> None:
    periods = [p for p in entry.periods if p.code != NULL_CODE]
    if not periods:
        merge.count("null-coded entries")
        return
    national = _national_code(periods)
    if national is not None:
        _add_country_names(merge, entry, interpret_code(national))
        return
    if any(p.dated for p in entry.periods):
        _add_person(merge, entry, periods)
        return
    if len(periods) > 1:
        merge.warnings.append(
            f"{entry.where}: {entry.phrases[0]!r} has several undated codes; "
            f"the first ({periods[0].code}) is used"
        )
    _add_organization(merge, entry, interpret_code(periods[0].code))


def _national_code(periods: list[CodedPeriod]) -> str | None:
    """The country a country-level entry names: the code in force last (the undated
    default, else the latest-ending one) when it is a bare country code, so that
    ``ARMENIA [USRARM <900823] [ARM >911221]`` names ARM (historical codes are dropped)."""
    defaults = [p for p in periods if not p.dated]
    last = defaults[0] if defaults else max(periods, key=lambda p: p.end or "9999")
    if len(last.code) == 3 and interpret_code(last.code).country is not None:
        return last.code
    return None


def _country_for(merge: _Merge, meaning: CodeMeaning, where: str, name: str = "") -> str:
    """The ISO3 for a national code, creating a dictionary-only country for a root we do
    not list (a region such as ``AFR``, or a validation suite's fictional country)."""
    iso = meaning.country
    assert iso is not None
    if iso not in merge.countries:
        label = name if name and normalise(name) not in merge.claims else f"PETRARCH {iso}"
        merge.claims.setdefault(normalise(label), (iso, iso))
        merge.countries[iso] = Country(iso, label, (), (), (), ())
        merge.count("dictionary-only countries")
    return iso


def _add_country_names(merge: _Merge, entry: ActorEntry, meaning: CodeMeaning) -> None:
    iso = _country_for(merge, meaning, entry.where, entry.phrases[0])
    country = merge.countries[iso]
    new = [p for p in entry.phrases if merge.claim(p, iso, iso, entry.where)]
    if new and country.name == f"PETRARCH {iso}":  # named by the first entry that says how
        country, new = replace(country, name=new[0]), new[1:]
    merge.countries[iso] = replace(country, aliases=(*country.aliases, *new))
    merge.count("country names", len(new))


def _org_for_code(merge: _Merge, meaning: CodeMeaning, where: str) -> str:
    """The actor_id of the organisation a transnational code names (longest known prefix),
    creating a placeholder named after the code when none is known."""
    for length in range(len(meaning.code), 2, -3):
        if meaning.code[:length] in merge.org_by_code:
            return merge.org_by_code[meaning.code[:length]]
    actor_id = merge.new_id(meaning.code)
    merge.organizations[actor_id] = Organization(
        actor_id,
        f"PETRARCH {meaning.code}",
        (),
        meaning.code,
        None,
        meaning.sector,
        meaning.org_kind or "OTHER",
    )
    merge.org_by_code[meaning.code] = actor_id
    merge.count("organisations")
    return actor_id


def _add_organization(merge: _Merge, entry: ActorEntry, meaning: CodeMeaning) -> None:
    if meaning.org_kind is not None:
        known_id = merge.org_by_code.get(meaning.code)
        if known_id is not None and not known_id.startswith(ID_PREFIX):
            # Our own record of this organisation: the dictionary adds names only.
            org = merge.organizations[known_id]
            new = [p for p in entry.phrases if merge.claim(p, org.actor_id, org.code, entry.where)]
            merge.organizations[org.actor_id] = replace(org, aliases=(*org.aliases, *new))
            merge.count("organisation names", len(new))
            return
        kind, country = meaning.org_kind, None
    else:
        country = _country_for(merge, meaning, entry.where) if meaning.country else None
        kind = {"REB": "REB", "PTY": "PTY"}.get(meaning.sector or "", "OTHER")
    actor_id = merge.new_id(entry.phrases[0])
    names = [p for p in entry.phrases if merge.claim(p, actor_id, meaning.code, entry.where)]
    if not names:
        merge.count("entries with no free phrase")
        return
    merge.organizations[actor_id] = Organization(
        actor_id, names[0], tuple(names[1:]), meaning.code, country, meaning.sector, kind
    )
    merge.count("organisations")


def _add_person(merge: _Merge, entry: ActorEntry, periods: list[CodedPeriod]) -> None:
    if normalise(entry.phrases[0]) in merge.known_people:
        merge.count("people already known")
        return
    names = [
        p
        for p in entry.phrases
        if normalise(p) not in merge.claims and normalise(p) not in merge.known_people
    ]
    if not names:
        merge.count("entries with no free phrase")
        return
    person_id = merge.new_id(entry.phrases[0])
    for period in periods:
        meaning = interpret_code(period.code)
        if meaning.country is None:  # a transnational (or agent-like) code
            holder = _org_for_code(merge, meaning, period.where)
        else:
            holder = _country_for(merge, meaning, period.where)
        merge.people.append(
            PersonRole(
                person_id,
                names[0],
                tuple(names[1:]),
                holder,
                meaning.sector or "",
                f"PETRARCH {period.code}",
                period.start,
                period.end,
            )
        )
    merge.count("people")
    merge.count("person roles", len(periods))


def _add_agent(merge: _Merge, agent: AgentEntry) -> None:
    key = normalise(agent.phrase)
    if key in merge.sector_terms:
        merge.count("agent phrases already known")
        return
    meaning = interpret_code(agent.code.replace("~", ""))
    if meaning.sector is None:
        merge.warnings.append(
            f"{agent.where}: agent code {agent.code} has no PLOVER sector here; "
            f"{agent.phrase!r} skipped"
        )
        return
    merge.sector_terms[key] = SectorTerm(key, meaning.sector, "noun")
    merge.count("sector terms")
