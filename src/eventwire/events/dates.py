"""Resolve an event's time expression ("in February", "last week") against the article date."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DAYNUM = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def resolve_time(expr: str, article_day: str | None) -> tuple[str, str] | None:
    """Return (ISO date or YYYY-MM or YYYY, precision) for a time expression, or None.

    Relative expressions need the article date; absolute ones do not. Month names
    without a year take the latest such month on or before the article date.
    """
    text = expr.lower().strip()
    m = _ISO.search(text)
    if m:
        return m.group(0), "day"
    ref = date.fromisoformat(article_day) if article_day else None
    words = re.findall(r"[a-z]+", text)
    year_m = _YEAR.search(text)
    year = int(year_m.group(0)) if year_m else None
    if ref is not None:
        if "yesterday" in words:
            return (ref - timedelta(days=1)).isoformat(), "day"
        if "tomorrow" in words:
            return (ref + timedelta(days=1)).isoformat(), "day"
        if (
            "today" in words
            or "tonight" in words
            or (
                "this" in words
                and ("morning" in words or "afternoon" in words or "evening" in words)
            )
        ):
            return ref.isoformat(), "day"
        for unit, precision in (("week", "week"), ("month", "month"), ("year", "year")):
            if unit in words or f"{unit}s" in words:
                shift = (
                    -1
                    if "last" in words or "previous" in words or "past" in words
                    else (1 if "next" in words else 0)
                )
                if ("ago" in words or "earlier" in words) and shift == 0 and "this" not in words:
                    continue
                return _shift(ref, unit, shift), precision
        for name, wd in WEEKDAYS.items():
            if name in words:
                back = (ref.weekday() - wd) % 7
                if "next" in words:
                    return (ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)).isoformat(), "day"
                if "last" in words and back == 0:
                    back = 7
                return (ref - timedelta(days=back)).isoformat(), "day"
    month = next((MONTHS[w] for w in words if w in MONTHS and w != "may"), None)
    if month is None and "may" in words and (year or _DAYNUM.search(text) or len(words) <= 2):
        month = 5  # "may" is a month only beside a day, a year, or alone ("in May")
    if month is not None:
        if year is None:
            if ref is None:
                return None
            year = ref.year if month <= ref.month else ref.year - 1
        day_m = None
        for num in _DAYNUM.findall(_YEAR.sub(" ", text)):
            if 1 <= int(num) <= 31:
                day_m = int(num)
                break
        if day_m is not None:
            try:
                return date(year, month, day_m).isoformat(), "day"
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}", "month"
    if year is not None:
        return f"{year:04d}", "year"
    return None


def _shift(ref: date, unit: str, shift: int) -> str:
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return monday.isoformat()
    if unit == "month":
        month_index = ref.year * 12 + ref.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    return f"{ref.year + shift:04d}"
