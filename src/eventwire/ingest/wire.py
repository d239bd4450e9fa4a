"""Dates and wire-report headers in plain text.

Wire copy starts with a dateline ("WASHINGTON, March 17. /TASS/.") and often a
small header ("date 2023-03-17", "Title: ..."). Events are dated from it, and
character offsets must index the body only, so the header is cut off here.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EARLIEST_YEAR, _LATEST_YEAR = 1800, 2200

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SLASHED = re.compile(r"(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})")
_WEEKDAY = r"(?:[A-Za-z]+\.?,?\s+)?"  # "Friday, " or "Fri. " before the date
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(
    rf"{_WEEKDAY}(\d{{1,2}}){_ORDINAL}\s+({_MONTH_RE}),?\s+(\d{{4}})", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_WEEKDAY}({_MONTH_RE})\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})", re.I
)


def _month_number(name: str) -> int:
    return _MONTHS[name.strip(".")[:3].lower()]


def _valid_day(year: int, month: int, day: int) -> date | None:
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_epoch(seconds: float) -> date | None:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def parse_date(value: object) -> str | None:
    """An ISO day 'YYYY-MM-DD' from the date forms news data uses, or None.

    The day is taken as written (a time zone offset does not move it): it is the
    publisher's calendar day. Ambiguous numeric forms such as 03/04/2023 give None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        day = _from_epoch(value / 1000 if value > 1e11 else value)
        return day.isoformat() if day else None
    text = str(value).strip()
    if not text:
        return None
    day = _parse_date_text(text)
    return day.isoformat() if day else None


def _parse_date_text(text: str) -> date | None:
    if m := _ISO_DAY.match(text):
        return _valid_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT_DAY.fullmatch(text):
        return _valid_day(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        seconds = float(text)
        return _from_epoch(seconds / 1000 if seconds > 1e11 else seconds)
    if m := _SLASHED.fullmatch(text):
        return _slashed_day(m[1], m[2], m[3])
    if m := _DAY_MONTH_YEAR.match(text):
        return _valid_day(int(m[3]), _month_number(m[2]), int(m[1]))
    if m := _MONTH_DAY_YEAR.match(text):
        return _valid_day(int(m[3]), _month_number(m[1]), int(m[2]))
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _slashed_day(first: str, second: str, third: str) -> date | None:
    """2023/03/17, or 17/03/2023 and 03/17/2023 when the day is > 12 (else ambiguous)."""
    if len(first) == 4:
        return _valid_day(int(first), int(second), int(third))
    if len(third) != 4:
        return None
    a, b = int(first), int(second)
    if a > 12 >= b:
        return _valid_day(int(third), b, a)
    if b > 12 >= a:
        return _valid_day(int(third), a, b)
    return None


@dataclass
class WireHeader:
    """What the top of a plain-text wire report says, and where its body starts."""

    date: str | None  # ISO day, completed from the header/reference year when needed
    place: str | None  # dateline place as written, e.g. "WASHINGTON"
    agency: str | None  # e.g. "TASS", "Reuters"
    body_start: int  # offset in the input where the article body starts
    headers: dict[str, str] = field(default_factory=dict)  # key: value lines, keys lowercased
    region: str | None = None  # "Ukraine" in "KYIV, Ukraine (AP) —"
    dateline_day: str | None = None  # the dateline's own date as written, e.g. "March 17"


# Header keys understood at the top of a plain-text file ("Title: ...").
HEADER_KEYS = frozenset(
    {"date", "published", "title", "headline", "source", "agency", "url", "link", "id", "place"}
)
_DATE_TOKEN = re.compile(r"date[ \t]+(\d{4}-\d{2}-\d{2}\S*|\d{8})[ \t]*", re.I)
_KEY_LINE = re.compile(r"([A-Za-z][A-Za-z_ -]{0,20}?)[ \t]*:[ \t]*([^\n]*)(?:\n|$)")
_SPACES = re.compile(r"\s*")

_PLACE = r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*)"
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})(?=\s*[,(]))?"
_DAY = (
    rf"(?:,\s*(?:(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_RE})))?"
)
_DASH = r"(?:--|[-–—])"
_CLOSE = (
    rf"(?:\.?\s*/(?P<slash_agency>[A-Za-z][\w-]{{0,20}})/\.?(?:\s*{_DASH})?"
    rf"|\s*\((?P<paren_agency>[A-Za-z][\w .&-]{{0,30}})\)\s*{_DASH}"
    rf"|\s+{_DASH}(?=\s))"
)
_DATELINE = re.compile(_PLACE + _REGION + _DAY + _CLOSE)


def _read_header_lines(text: str, pos: int, headers: dict[str, str]) -> int:
    """Consume 'date 2023-03-17' tokens and known 'key: value' lines; return the new offset."""
    while True:
        pos = _SPACES.match(text, pos).end()
        if m := _DATE_TOKEN.match(text, pos):
            headers.setdefault("date", m[1])
            pos = m.end()
            continue
        m = _KEY_LINE.match(text, pos)
        if m and m[1].strip().lower() in HEADER_KEYS:
            headers.setdefault(m[1].strip().lower(), m[2].strip())
            pos = m.end()
            continue
        return pos


def complete_year(month: int, day: int, reference: date) -> date | None:
    """The date with this month and day nearest to `reference` (Jan 2 near Dec 30 -> next year)."""
    candidates = [
        d for y in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _valid_day(y, month, day))
    ]  # fmt: skip
    return min(candidates, key=lambda d: abs(d - reference)) if candidates else None


def parse_wire_header(text: str, reference_date: str | None = None) -> WireHeader:
    """Split a wire report into header facts and the offset where the body starts.

    The dateline's month and day win over the header date (it is the report's own
    date); its year comes from the header date, else from `reference_date` (e.g. a
    date in the file name), choosing the nearest year around New Year.
    """
    headers: dict[str, str] = {}
    pos = _read_header_lines(text, 0, headers)
    header_day = parse_date(headers.get("date") or headers.get("published"))
    place = agency = region = dateline_day = None
    day = header_day
    if m := _DATELINE.match(text, pos):
        place, region = m["place"], m["region"]
        agency = m["slash_agency"] or m["paren_agency"]
        pos = _SPACES.match(text, m.end()).end()
        month_name, day_number = m["month"] or m["month2"], m["day"] or m["day2"]
        if month_name and day_number:
            dateline_day = f"{month_name} {day_number}"
            reference = header_day or parse_date(reference_date)
            completed = (
                complete_year(_month_number(month_name), int(day_number),
                              date.fromisoformat(reference))
                if reference else None
            )  # fmt: skip
            day = completed.isoformat() if completed else None
    return WireHeader(
        date=day,
        place=place,
        agency=agency.strip() if agency else None,
        body_start=pos,
        headers=headers,
        region=region,
        dateline_day=dateline_day,
    )
