"""The actor knowledge base: countries, organisations, sector words and office holders.

Everything lives in TSV files under ``actors/data`` (docs/actors.md gives the schema);
this module reads them, refuses bad rows with a ``file:line`` message, and builds the
lookup indexes the resolver matches mention text against.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "adjectives", "capitals", "gov_metonyms")
ORG_COLUMNS = ("actor_id", "name", "aliases", "code", "country", "sector", "kind")
SECTOR_COLUMNS = ("term", "sector", "kind", "note")
PEOPLE_COLUMNS = ("person_id", "name", "aliases", "country", "sector", "role", "start", "end")
SECTOR_CODE_COLUMNS = ("code", "meaning")
ORG_PERIOD_COLUMNS = ("actor_id", "country", "sector", "start", "end", "note")
AMBIGUOUS_COLUMNS = ("name", "kind", "candidates", "default", "note")

ORG_KINDS = frozenset({"IGO", "NGO", "REB", "PTY", "MNC", "OTHER"})
SECTOR_TERM_KINDS = frozenset({"noun", "title", "org", "modifier", "name", "unit"})

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ORG_CODE = re.compile(r"^[A-Z0-9]{6}$")
_ACTOR_ID = re.compile(r"^[a-z0-9][a-z0-9'.-]*$")
# Letters that Unicode decomposition leaves alone but news spellings drop.
_EXTRA_FOLDS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "–": "-",
        "—": "-",
    }
)


class KnowledgeBaseError(ValueError):
    """A data file is malformed; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    gov_metonyms: tuple[str, ...]


@dataclass(frozen=True)
class Organization:
    actor_id: str
    name: str
    aliases: tuple[str, ...]
    code: str
    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True)
class SectorTerm:
    term: str
    sector: str
    # noun | title | org | modifier (sector of the body it names: "Christian") | name (what
    # kind of body a capitalised name the base lacks is: "League") | unit (part of a force)
    kind: str


@dataclass(frozen=True)
class PersonRole:
    """One office held by one person. ``country`` is an ISO3 code, or the actor_id of
    an organisation for officials of an IGO/NGO/armed group (e.g. ``un``)."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: str | None
    end: str | None

    def active_on(self, day: str | None) -> bool:
        """True when the role was held on ``day`` (both ends inclusive; None = any day)."""
        if day is None:
            return True
        day = day[:10]
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day <= self.end


@dataclass(frozen=True)
class OrgPeriod:
    """An organisation coded otherwise for a while: the Taliban rule Afghanistan from
    2021-08-15, so on those days they are AFG GOV, not the REB group of organizations.tsv."""

    actor_id: str
    country: str
    sector: str
    start: str | None
    end: str | None

    def active_on(self, day: str | None) -> bool:
        if day is None:
            return False  # undated text keeps the organisation's own code
        day = day[:10]
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class AmbiguousName:
    """A name of several countries ("Korea", "Congolese"): the article decides which
    (data/ambiguous_names.tsv)."""

    name: str
    kind: str  # country | adjective
    candidates: tuple[str, ...]
    default: str | None  # when the article names none or several of the candidates


@dataclass
class KnowledgeBase:
    countries: dict[str, Country]
    organizations: dict[str, Organization]
    sector_terms: dict[str, SectorTerm]
    people: list[PersonRole]
    # Dated codes of organisations whose status changed (data/org_periods.tsv).
    org_periods: dict[str, list[OrgPeriod]] = field(default_factory=dict)
    # Names of several countries, by normalised name (data/ambiguous_names.tsv).
    ambiguous: dict[str, AmbiguousName] = field(default_factory=dict)
    # Where each record came from ("file:line"), for index-collision messages.
    origins: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    # Lines and phrases of user dictionaries that were skipped ("file:line: why").
    warnings: list[str] = field(default_factory=list, repr=False)
    # What merged PETRARCH dictionaries added ("people", "sector terms", ...).
    stats: dict[str, int] = field(default_factory=dict, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def country_names(self) -> dict[str, str]:
        """Normalised country name or alias -> iso3 (adjectives are separate)."""
        return self._cached("names", lambda: self._country_index(lambda c: (c.name, *c.aliases)))

    def adjective_index(self) -> dict[str, str]:
        """Normalised demonym/adjective ("Emirati", "Britons") -> iso3."""
        return self._cached("adjectives", lambda: self._country_index(lambda c: c.adjectives))

    def metonym_index(self) -> dict[str, str]:
        """Normalised capital or seat of government ("Kiev", "the Kremlin") -> iso3."""
        return self._cached(
            "metonyms", lambda: self._country_index(lambda c: (*c.capitals, *c.gov_metonyms))
        )

    def capital_index(self) -> dict[str, str]:
        """Normalised capital city ("Kyiv", "Kiev") -> iso3: the cities among the metonyms."""
        return self._cached("capitals", lambda: self._country_index(lambda c: c.capitals))

    def org_index(self) -> dict[str, str]:
        """Normalised organisation name or alias -> actor_id."""

        def build() -> dict[str, str]:
            index: dict[str, str] = {}
            for org in self.organizations.values():
                for phrase in (org.name, *org.aliases):
                    self._claim(index, normalise(phrase), org.actor_id, ("org", org.actor_id))
            return index

        return self._cached("orgs", build)

    def organizations_of(self, country: str | None) -> list[Organization]:
        """The organisations of one country, in the knowledge base's order (read once: a
        release's own bodies are looked for among its state's, not among them all)."""
        return self._cached(
            f"orgs of:{country}",
            lambda: [o for o in self.organizations.values() if o.country == country],
        )

    def person_index(self) -> dict[str, list[PersonRole]]:
        """Normalised full name and each alias -> every role of the people so called."""

        def build() -> dict[str, list[PersonRole]]:
            index: dict[str, list[PersonRole]] = {}
            for role in self.people:
                for key in {normalise(p) for p in (role.name, *role.aliases)}:
                    if key:
                        index.setdefault(key, []).append(role)
            return index

        return self._cached("people", build)

    def terms_of_kind(self, kind: str) -> dict[str, str]:
        """The sector words of one kind ("name", "unit"), word -> sector: these two kinds are
        read only inside a phrase of their own shape, never by the phrase scan."""
        # (read for most noun heads, several times each: kept per kind without building a
        # key or a function on every call)
        by_kind = self._cache.get("terms by kind")
        if by_kind is None:
            by_kind = self._cache["terms by kind"] = {}
        terms = by_kind.get(kind)
        if terms is None:
            terms = by_kind[kind] = {
                k: t.sector for k, t in self.sector_terms.items() if t.kind == kind
            }
        return terms

    def org_period(self, actor_id: str, day: str | None) -> OrgPeriod | None:
        """The dated code an organisation has on ``day``, if data/org_periods.tsv gives one."""
        return next((p for p in self.org_periods.get(actor_id, ()) if p.active_on(day)), None)

    def organization_of(self, role: PersonRole) -> Organization | None:
        """The organisation an IGO/NGO/group official speaks for, else None."""
        return self.organizations.get(role.country)

    def memo(self, name: str) -> dict:
        """A dict kept with this knowledge base under `name`, for answers that depend only on
        its data (a rule's memo: the same questions come back in every article)."""
        return self._cached(f"memo:{name}", dict)

    def _cached(self, name: str, build: Callable[[], Any]) -> Any:
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    def _country_index(self, phrases: Callable[[Country], Sequence[str]]) -> dict[str, str]:
        index: dict[str, str] = {}
        for country in self.countries.values():
            for phrase in phrases(country):
                key = normalise(phrase)
                self._claim(index, key, country.iso3, ("country", country.iso3))
        return index

    def _claim(self, index: dict[str, str], key: str, value: str, who: tuple[str, str]) -> None:
        """Add key -> value, refusing a key that two records claim (ambiguity is a data bug)."""
        if not key:
            return
        held = index.get(key)
        if held is not None and held != value:
            where = self.origins.get(who, "?")
            raise KnowledgeBaseError(
                f"{where}: {key!r} already names {held}; cannot also name {value}"
            )
        index[key] = value


@lru_cache(maxsize=65536)
def normalise(phrase: str) -> str:
    """The form every index key takes: case, accents, spacing and a possessive don't matter."""
    text = phrase.translate(_EXTRA_FOLDS)
    if not text.isascii():  # decomposing is slow and a no-op on plain ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    text = " ".join(text.translate(_EXTRA_FOLDS).split())
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text


def load_kb(
    extra_actor_files: Sequence[Path] = (),
    petrarch_actor_files: Sequence[Path] = (),
    petrarch_agent_files: Sequence[Path] = (),
) -> KnowledgeBase:
    """Read the shipped data plus user files: our TSV schema (people or organisations, by
    header) and PETRARCH/Phoenix actor and agent dictionaries (see ``actors.petrarch``).

    Only the shipped data alone is cached; skipped dictionary lines are in ``warnings``."""
    base = _load(tuple(Path(p) for p in extra_actor_files)) if extra_actor_files else None
    if not petrarch_actor_files and not petrarch_agent_files:
        return base or _load_default()
    from eventwire.actors.petrarch import merge_petrarch  # it builds on this module

    return merge_petrarch(base or _load_default(), petrarch_actor_files, petrarch_agent_files)


@lru_cache(maxsize=1)
def _load_default() -> KnowledgeBase:
    return _load(())


def _load(extra_files: tuple[Path, ...]) -> KnowledgeBase:
    origins: dict[tuple[str, str], str] = {}
    sectors = _read_sector_codes(DATA_DIR / "sector_codes.tsv")
    countries = _read_countries(DATA_DIR / "countries.tsv", origins)
    org_files = [DATA_DIR / "organizations.tsv"]
    people_files = sorted(DATA_DIR.glob("people*.tsv"))  # people.tsv, people_officials.tsv, ...
    for path in extra_files:
        header = _header(path)
        if header not in (PEOPLE_COLUMNS, ORG_COLUMNS):
            raise KnowledgeBaseError(
                f"{path}:1: header must be the people.tsv or organizations.tsv columns: "
                f"{' '.join(PEOPLE_COLUMNS)} | {' '.join(ORG_COLUMNS)}"
            )
        (people_files if header == PEOPLE_COLUMNS else org_files).append(path)
    organizations: dict[str, Organization] = {}
    for path in org_files:
        _read_organizations(path, countries, sectors, organizations, origins)
    people: list[PersonRole] = []
    names: dict[str, str] = {}
    for path in people_files:
        people.extend(_read_people(path, countries, organizations, sectors, names))
    kb = KnowledgeBase(
        countries=countries,
        organizations=organizations,
        sector_terms=_read_sector_terms(DATA_DIR / "sectors.tsv", sectors),
        people=people,
        org_periods=_read_org_periods(
            DATA_DIR / "org_periods.tsv", countries, organizations, sectors
        ),
        origins=origins,
        ambiguous=_read_ambiguous(DATA_DIR / "ambiguous_names.tsv", countries),
    )
    # Build every index now so that an ambiguous key fails at load time, not mid-run.
    kb.country_names(), kb.adjective_index(), kb.metonym_index(), kb.org_index()
    kb.person_index()
    _check_ambiguous(kb)
    return kb


def _read_ambiguous(path: Path, countries: dict[str, Country]) -> dict[str, AmbiguousName]:
    _expect_header(path, AMBIGUOUS_COLUMNS)
    names: dict[str, AmbiguousName] = {}
    for where, (name, kind, candidates, default, _note) in _rows(path):
        if kind not in {"country", "adjective"}:
            raise KnowledgeBaseError(f"{where}: kind must be country or adjective: {kind!r}")
        isos = _split(candidates)
        if len(isos) < 2:
            raise KnowledgeBaseError(f"{where}: an ambiguous name needs two candidates or more")
        for iso in isos:
            _check_iso3(where, iso, countries)
        if default and default not in isos:
            raise KnowledgeBaseError(f"{where}: default {default} is not a candidate")
        key = normalise(name)
        if key in names:
            raise KnowledgeBaseError(f"{where}: duplicate name {name!r}")
        names[key] = AmbiguousName(name, kind, isos, default or None)
    return names


def _check_ambiguous(kb: KnowledgeBase) -> None:
    """An ambiguous name may also be an ordinary index key only if it names its default
    there (so that both readings agree when the article says nothing)."""
    for key, amb in kb.ambiguous.items():
        for index in (kb.country_names(), kb.adjective_index(), kb.metonym_index()):
            held = index.get(key)
            if held is not None and held != amb.default:
                raise KnowledgeBaseError(
                    f"ambiguous_names.tsv: {amb.name!r} names {held} in countries.tsv, "
                    f"not its default {amb.default}"
                )


def _header(path: Path) -> tuple[str, ...]:
    for _, cells in _rows(path, header_only=True):
        return tuple(cells)
    raise KnowledgeBaseError(f"{path}:1: empty file (a header row is required)")


def _rows(path: Path, header_only: bool = False) -> Iterator[tuple[str, list[str]]]:
    """(``file:line``, cells) for each data row; comments and blank lines skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}:0: cannot read: {exc}") from exc
    width = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        where = f"{path}:{number}"
        if width is None:
            width = len(cells)
            if header_only:
                yield where, cells
                return
            continue
        if len(cells) != width:
            raise KnowledgeBaseError(f"{where}: expected {width} columns, found {len(cells)}")
        yield where, cells


def _expect_header(path: Path, columns: tuple[str, ...]) -> None:
    if _header(path) != columns:
        raise KnowledgeBaseError(f"{path}:1: header must be: {' '.join(columns)}")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _read_sector_codes(path: Path) -> frozenset[str]:
    _expect_header(path, SECTOR_CODE_COLUMNS)
    codes = set()
    for where, (code, _meaning) in _rows(path):
        if not _ISO3.match(code):
            raise KnowledgeBaseError(f"{where}: sector code must be 3 capital letters: {code!r}")
        codes.add(code)
    return frozenset(codes)


def _check_sector(where: str, sector: str, sectors: frozenset[str]) -> None:
    if sector not in sectors:
        raise KnowledgeBaseError(f"{where}: unknown sector code {sector!r}")


def _check_iso3(where: str, iso3: str, countries: dict[str, Country] | None = None) -> None:
    if not _ISO3.match(iso3):
        raise KnowledgeBaseError(f"{where}: malformed iso3 {iso3!r} (3 capital letters)")
    if countries is not None and iso3 not in countries:
        raise KnowledgeBaseError(f"{where}: country {iso3!r} is not in countries.tsv")


def _read_countries(path: Path, origins: dict[tuple[str, str], str]) -> dict[str, Country]:
    _expect_header(path, COUNTRY_COLUMNS)
    countries: dict[str, Country] = {}
    for where, (iso3, name, aliases, adjectives, capitals, metonyms) in _rows(path):
        _check_iso3(where, iso3)
        if iso3 in countries:
            raise KnowledgeBaseError(f"{where}: duplicate iso3 {iso3}")
        if not name:
            raise KnowledgeBaseError(f"{where}: empty name")
        countries[iso3] = Country(
            iso3, name, _split(aliases), _split(adjectives), _split(capitals), _split(metonyms)
        )
        origins[("country", iso3)] = where
    return countries


def _read_organizations(
    path: Path,
    countries: dict[str, Country],
    sectors: frozenset[str],
    into: dict[str, Organization],
    origins: dict[tuple[str, str], str],
) -> None:
    _expect_header(path, ORG_COLUMNS)
    codes = {org.code: org.actor_id for org in into.values() if org.kind != "OTHER"}
    for where, (actor_id, name, aliases, code, country, sector, kind) in _rows(path):
        if not _ACTOR_ID.match(actor_id):
            raise KnowledgeBaseError(f"{where}: actor_id must be a lowercase slug: {actor_id!r}")
        if actor_id in into:
            raise KnowledgeBaseError(f"{where}: duplicate actor_id {actor_id}")
        if kind not in ORG_KINDS:
            raise KnowledgeBaseError(f"{where}: kind must be one of {sorted(ORG_KINDS)}")
        if not _ORG_CODE.match(code):
            raise KnowledgeBaseError(f"{where}: code must be 6 capitals/digits: {code!r}")
        if country:
            _check_iso3(where, country, countries)
        if sector:
            _check_sector(where, sector, sectors)
        if kind == "OTHER":
            if code != f"{country}{sector}":
                raise KnowledgeBaseError(f"{where}: an OTHER body is coded country+sector")
        elif code in codes:
            raise KnowledgeBaseError(f"{where}: code {code} already used by {codes[code]}")
        elif not code.startswith(kind):
            raise KnowledgeBaseError(f"{where}: code {code} must start with its kind {kind}")
        codes[code] = actor_id
        into[actor_id] = Organization(
            actor_id, name, _split(aliases), code, country or None, sector or None, kind
        )
        origins[("org", actor_id)] = where


def _read_sector_terms(path: Path, sectors: frozenset[str]) -> dict[str, SectorTerm]:
    _expect_header(path, SECTOR_COLUMNS)
    terms: dict[str, SectorTerm] = {}
    for where, (term, sector, kind, _note) in _rows(path):
        _check_sector(where, sector, sectors)
        if kind not in SECTOR_TERM_KINDS:
            raise KnowledgeBaseError(
                f"{where}: kind must be noun, title, org, modifier, name or unit: {kind!r}"
            )
        key = normalise(term)
        if key in terms:
            raise KnowledgeBaseError(f"{where}: duplicate term {term!r}")
        if kind in {"name", "unit"} and (" " in key or key != term.lower()):
            # (they are matched against one token's lowercase text)
            raise KnowledgeBaseError(f"{where}: a {kind} term is one lowercase word: {term!r}")
        terms[key] = SectorTerm(key, sector, kind)
    return terms


def _parse_day(where: str, cell: str) -> str | None:
    if not cell:
        return None
    try:
        if not _ISO_DAY.match(cell):
            raise ValueError
        date.fromisoformat(cell)
    except ValueError:
        raise KnowledgeBaseError(f"{where}: bad date {cell!r} (want YYYY-MM-DD)") from None
    return cell


def _read_org_periods(
    path: Path,
    countries: dict[str, Country],
    organizations: dict[str, Organization],
    sectors: frozenset[str],
) -> dict[str, list[OrgPeriod]]:
    _expect_header(path, ORG_PERIOD_COLUMNS)
    periods: dict[str, list[OrgPeriod]] = {}
    for where, (actor_id, country, sector, start, end, _note) in _rows(path):
        if actor_id not in organizations:
            raise KnowledgeBaseError(f"{where}: unknown organisation {actor_id!r}")
        _check_iso3(where, country, countries)
        _check_sector(where, sector, sectors)
        first, last = _parse_day(where, start), _parse_day(where, end)
        if first and last and first > last:
            raise KnowledgeBaseError(f"{where}: start {first} is after end {last}")
        periods.setdefault(actor_id, []).append(OrgPeriod(actor_id, country, sector, first, last))
    return periods


def _read_people(
    path: Path,
    countries: dict[str, Country],
    organizations: dict[str, Organization],
    sectors: frozenset[str],
    names: dict[str, str],
) -> list[PersonRole]:
    _expect_header(path, PEOPLE_COLUMNS)
    roles = []
    for where, (person_id, name, aliases, country, sector, role, start, end) in _rows(path):
        if not _ACTOR_ID.match(person_id):
            raise KnowledgeBaseError(f"{where}: person_id must be a lowercase slug: {person_id!r}")
        if names.setdefault(person_id, name) != name:
            raise KnowledgeBaseError(
                f"{where}: {person_id} is named {names[person_id]!r} elsewhere, not {name!r}"
            )
        if country not in organizations:
            _check_iso3(where, country, countries)
        _check_sector(where, sector, sectors)
        if not role:
            raise KnowledgeBaseError(f"{where}: empty role")
        first, last = _parse_day(where, start), _parse_day(where, end)
        if first and last and first > last:
            raise KnowledgeBaseError(f"{where}: start {first} is after end {last}")
        roles.append(
            PersonRole(person_id, name, _split(aliases), country, sector, role, first, last)
        )
    return roles
