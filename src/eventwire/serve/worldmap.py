"""The dashboard's world map: country outlines as SVG paths on a plain equirectangular
projection, shaded by located events (a choropleth), with the events' places on top.

No tiles and nothing from the network: the outlines are the GeoJSON (Natural Earth
1:110m, ISO 3166 alpha-3 ids) that the `countryinfo` package ships. They are projected,
simplified and written as compact path strings once per process (`world()`); a request
only adds its counts. Countries the package has no outline for (small islands, and a
few others such as Myanmar and Serbia) are drawn as a disc at their centre when they
have events, so every located event's country can be seen and clicked.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

# Map units per degree: coordinates are whole tenths of a degree, so paths are integers.
SCALE = 10
NORTH, SOUTH = 84, -58  # the rows shown: no Antarctica, room for the Arctic coasts
VIEWBOX = f"0 {(90 - NORTH) * SCALE} {360 * SCALE} {(NORTH - SOUTH) * SCALE}"
# Douglas-Peucker tolerance in map units (0.12 degree) and the smallest ring kept
# (square map units, about 0.4 square degrees) unless it is a country's only land.
TOLERANCE = 1.2
MIN_RING_AREA = 40.0
SHADES = 5  # choropleth classes, l1 (fewest events) .. l5 (most)
LEFT_OUT = {"ATA"}  # Antarctica: below the map's southern edge


@dataclass(frozen=True)
class CountryShape:
    """One country, ready to draw: `path` is SVG path data in map units ('' when the
    package has no outline), (x, y) its centre in map units."""

    iso3: str
    name: str
    path: str
    x: float
    y: float


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: x grows east from 180W, y grows south from 90N, in map units."""
    return round((lon + 180.0) * SCALE, 1), round((90.0 - lat) * SCALE, 1)


@functools.cache
def world() -> tuple[CountryShape, ...]:
    """Every country of the package, projected and simplified once per process."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # the map then shows the event points only
        return ()
    shapes: dict[str, CountryShape] = {}
    for info in CountryInfo.all().values():
        iso3 = str((info.get("ISO") or {}).get("alpha3") or "").upper()
        centre = info.get("latlng") or []
        if len(iso3) != 3 or iso3 in LEFT_OUT or len(centre) != 2:
            continue
        rings = list(_rings(info.get("geoJSON") or {}))
        x, y = project(float(centre[0]), float(centre[1]))
        shape = CountryShape(iso3, str(info.get("name") or iso3), _path(rings), x, y)
        if iso3 not in shapes or (shape.path and not shapes[iso3].path):  # "Burma", "Myanmar"
            shapes[iso3] = shape
    return tuple(shapes[iso3] for iso3 in sorted(shapes))


@functools.cache
def country_names() -> dict[str, str]:
    """ISO3 -> the package's English short name (for labels and the filter's list)."""
    return {shape.iso3: shape.name for shape in world()}


def _rings(geojson: Mapping[str, Any]) -> Iterable[list[tuple[int, int]]]:
    """The outer and inner rings of every polygon, projected to whole map units."""
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") or {}
        coordinates = geometry.get("coordinates") or []
        polygons = [coordinates] if geometry.get("type") == "Polygon" else coordinates
        for polygon in polygons:
            for ring in polygon:
                yield [_unit(lat, lon) for lon, lat, *_ in ring]


def _unit(lat: float, lon: float) -> tuple[int, int]:
    x, y = project(lat, lon)
    return round(x), round(y)


def _path(rings: Sequence[list[tuple[int, int]]]) -> str:
    """Compact SVG path data: each ring simplified, written with relative moves."""
    simplified = [_simplify(ring, TOLERANCE) for ring in rings]
    kept = [ring for ring in simplified if len(ring) >= 3 and _area(ring) >= MIN_RING_AREA]
    if not kept and simplified:  # a small island state: keep its largest ring
        kept = [max(simplified, key=lambda ring: (len(ring) >= 3, _area(ring)))]
    parts = []
    for ring in kept:
        (x0, y0), rest = ring[0], ring[1:]
        steps = []
        px, py = x0, y0
        for x, y in rest:
            steps.append(f"{x - px} {y - py}")
            px, py = x, y
        parts.append(f"M{x0} {y0}l" + " ".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def _area(ring: Sequence[tuple[int, int]]) -> float:
    """Unsigned area (shoelace), in square map units."""
    total = 0
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def _simplify(ring: list[tuple[int, int]], tolerance: float) -> list[tuple[int, int]]:
    """Douglas-Peucker on a closed ring (without its repeated last point): keeps the
    points farther than `tolerance` from the chord of the points kept around them."""
    points = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if len(points) < 4:
        return points
    # split the ring at its point farthest from the first, so both halves are open lines
    far = max(range(len(points)), key=lambda i: _dist2(points[0], points[i]))
    first = _simplify_line(points[: far + 1], tolerance)
    second = _simplify_line([*points[far:], points[0]], tolerance)
    return first[:-1] + second[:-1]


def _simplify_line(points: list[tuple[int, int]], tolerance: float) -> list[tuple[int, int]]:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        best, best_index = 0.0, -1
        for i in range(start + 1, end):
            d = _segment_distance(points[i], points[start], points[end])
            if d > best:
                best, best_index = d, i
        if best > tolerance:
            keep[best_index] = True
            stack += [(start, best_index), (best_index, end)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _dist2(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _segment_distance(p: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> float:
    length2 = _dist2(a, b)
    if length2 == 0:
        return math.sqrt(_dist2(p, a))
    t = max(
        0.0, min(1.0, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / length2)
    )
    return math.hypot(p[0] - a[0] - t * (b[0] - a[0]), p[1] - a[1] - t * (b[1] - a[1]))


# -- per request: counts onto the shapes --------------------------------------------------


def shade_bounds(most: int) -> list[int]:
    """Upper bounds of the choropleth classes for counts 1..`most`, in geometric steps
    (event counts per country span orders of magnitude); fewer classes for small counts."""
    if most < 1:
        return []
    return sorted({max(1, round(most ** (k / SHADES))) for k in range(1, SHADES + 1)})


def shade(count: int, bounds: Sequence[int]) -> int:
    """The class (1..SHADES, darkest last) of `count`, 0 for none."""
    if count <= 0 or not bounds:
        return 0
    index = next((i for i, upper in enumerate(bounds) if count <= upper), len(bounds) - 1)
    return SHADES - len(bounds) + 1 + index


def legend(bounds: Sequence[int]) -> list[dict[str, Any]]:
    """One entry per class: its shade and the counts it covers ("1", "2-4", ...)."""
    entries, low = [], 1
    for upper in bounds:
        label = str(upper) if upper == low else f"{low}–{upper}"
        entries.append({"level": shade(upper, bounds), "label": label})
        low = upper + 1
    return entries


def choropleth(
    counts: Mapping[str, int],
    points: Sequence[Mapping[str, Any]],
    *,
    link_query: str = "",
    selected: str | None = None,
    min_radius: float = 10,
) -> dict[str, Any]:
    """What the map template draws: every country with its count and shade (outline-less
    ones only when they have events), the places as circles, and the legend. Links go
    to the events list with `link_query` (the other filters) and the country or place."""
    bounds = shade_bounds(max(counts.values(), default=0))
    countries = []
    for shape in world():
        count = counts.get(shape.iso3, 0)
        if shape.path or count:
            countries.append(
                {
                    "iso3": shape.iso3,
                    "name": shape.name,
                    "path": shape.path,
                    "x": round(shape.x),
                    "y": round(shape.y),
                    "count": count,
                    "level": shade(count, bounds),
                }
            )
    most = max((p["events"] for p in points), default=1)
    circles = []
    for p in points:
        x, y = project(p["lat"], p["lon"])
        radius = min_radius + 3 * min_radius * math.sqrt(p["events"] / most)
        circles.append({**p, "x": x, "y": y, "r": round(radius, 1)})
    return {
        "viewbox": VIEWBOX,
        "countries": countries,
        "countries_svg": countries_svg(countries, link_query, selected),
        "points": circles,
        "link_query": link_query,
        "selected": selected,
        "legend": legend(bounds),
        "ranking": [
            {"iso3": iso3, "name": country_names().get(iso3, iso3), "count": count}
            for iso3, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ],
        "located": sum(counts.values()),
        "countries_with_events": sum(1 for v in counts.values() if v),
    }


def countries_svg(
    countries: Sequence[Mapping[str, Any]], link_query: str, selected: str | None
) -> Markup:
    """The countries' SVG elements, written here rather than in the template: the same
    ~180 elements on every page cost Jinja ~9 ms a render (attribute look-ups), this
    under 1 ms. A country with events links to its events list."""
    suffix = f"&{link_query}" if link_query else ""
    parts = []
    for c in countries:
        iso3, count = escape(c["iso3"]), c["count"]
        tip = escape(f"{c['name']} ({c['iso3']}): {count} located event{'' if count == 1 else 's'}")
        classes = f"country l{c['level']}{' selected' if c['iso3'] == selected else ''}"
        data = f'data-country="{iso3}" data-count="{count}"><title>{tip}</title>'
        if c["path"]:
            element = f'<path class="{classes}" d="{c["path"]}" {data}</path>'
        else:
            element = (
                f'<circle class="{classes} no-outline" cx="{c["x"]}" cy="{c["y"]}" r="9" '
                f"{data}</circle>"
            )
        if count:
            href = escape(f"/events?location_country={c['iso3']}{suffix}")
            element = f'<a href="{href}">{element}</a>'
        parts.append(element)
    return Markup("\n".join(parts))
