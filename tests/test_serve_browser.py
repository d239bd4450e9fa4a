"""The dashboard in a real browser: Debian's chromium driven by Playwright against the real
server and database of test_serve_api (one of each per session). Each test saves a
screenshot under its temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from test_serve_api import LOCATED_TEXT, served_db, stop_served

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]

pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
    reason=f"needs Debian's chromium at {CHROMIUM}",
)

# Pixels of a canvas that carry colour (bars, dots), not the transparent background or
# the grey axes and labels.
COLOURED_PIXELS = """(canvas) => {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
    if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
  }
  return coloured;
}"""


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Iterator[str]:
    yield served_db(tmp_path_factory, coder)[0]
    stop_served()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, base_url: str, tmp_path: Path) -> Iterator[Any]:
    """A fresh page; fails the test on any script error or request for another host."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1300, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    outside: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on(
        "request",
        lambda req: outside.append(req.url) if not req.url.startswith(base_url) else None,
    )
    tab.script_errors = errors  # a test expecting an error status clears it
    yield tab
    tab.screenshot(path=str(tmp_path / "page.png"), full_page=True)
    context.close()
    assert not errors, f"script errors: {errors}"
    assert not outside, f"requests outside the package: {outside}"


@pytest.fixture(scope="session")
def events(base_url: str) -> list[dict[str, Any]]:
    with httpx.Client(base_url=base_url) as client:
        return client.get("/api/events", params={"modality": "all", "limit": 1000}).json()["events"]


def located_places(events: list[dict[str, Any]]) -> int:
    """Distinct places (country, name) among asserted events with coordinates: what the
    map plots, one circle each."""
    return len(
        {
            (e["location"].get("country"), (e["location"].get("name") or e["location"]["text"]))
            for e in events
            if e["modality"] == "asserted"
            and e["location"]
            and e["location"].get("lat") is not None
            and e["location"].get("lon") is not None
        }
    )


def asserted_in(events: list[dict[str, Any]], country: str) -> int:
    return sum(
        1
        for e in events
        if e["modality"] == "asserted" and (e["location"] or {}).get("country") == country
    )


# Where on the screen a user can click `selector` itself: the centre of a cell of a grid
# over its box where nothing (a place's circle) lies on top of it.
OPEN_SPOT = """(el) => {
  const box = el.getBoundingClientRect();
  for (let fy = 0.5, step = 0; step < 9; step++) {
    for (let i = 1; i < 12; i++) {
      const x = box.left + (box.width * i) / 12;
      const y = box.top + box.height * (step % 2 ? fy - step * 0.05 : fy + step * 0.05);
      if (document.elementFromPoint(x, y) === el) return [x, y];
    }
  }
  return null;
}"""


def test_overview_draws_the_timeline_tables_and_map(page, events, tmp_path) -> None:
    page.goto("/")
    chart = page.locator("canvas#timeline")
    assert int(chart.get_attribute("data-drawn")) > 0
    assert chart.evaluate(COLOURED_PIXELS) > 500
    assert page.locator("#top-actors tbody tr a").count() >= 5
    assert page.locator("#top-dyads tbody tr a").count() >= 3
    points = page.locator("svg#map circle.map-point")
    assert points.count() == located_places(events)
    countries = {points.nth(i).get_attribute("data-country") for i in range(points.count())}
    assert "UKR" in countries
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)


def test_map_draws_country_shapes_shaded_by_their_events(page, events, tmp_path) -> None:
    page.goto("/")
    shapes = page.locator("svg#map path.country")
    assert shapes.count() > 150
    assert shapes.evaluate_all("els => els.every(el => el.hasAttribute('data-count'))")
    ukraine = page.locator("svg#map path.country[data-country=UKR]")
    assert int(ukraine.get_attribute("data-count")) == asserted_in(events, "UKR") > 0
    box = ukraine.bounding_box()
    assert box["width"] > 10 and box["height"] > 5  # drawn, at a size one can click
    # Ukraine is shaded, a country without events stays grey
    empty = page.locator("svg#map path.country[data-count='0']").first
    fill = "el => getComputedStyle(el).fill"
    assert ukraine.evaluate(fill) != empty.evaluate(fill)
    page.locator("svg#map").screenshot(path=str(tmp_path / "map.png"))


def test_clicking_a_country_lists_its_events(page, events, tmp_path) -> None:
    page.goto("/")
    ukraine = page.locator("svg#map path.country[data-country=UKR]")
    spot = ukraine.evaluate(OPEN_SPOT)
    assert spot, "a place's circle covers all of Ukraine"
    page.mouse.click(*spot)
    page.wait_for_url("**/events?location_country=UKR**")
    assert int(page.locator("#event-total").inner_text()) == asserted_in(events, "UKR")
    assert page.locator("input[name=location_country]").input_value() == "UKR"
    codes = set(page.locator("tr.event-row td.where a.country-code").all_inner_texts())
    assert codes == {"UKR"}
    page.screenshot(path=str(tmp_path / "ukraine.png"), full_page=True)


def test_clicking_a_place_lists_the_events_there(page) -> None:
    page.goto("/")
    kharkiv = page.locator("svg#map circle.map-point[data-name=Kharkiv]")
    count = int(kharkiv.get_attribute("data-count"))
    kharkiv.click()
    page.wait_for_url("**location_name=Kharkiv**")
    assert int(page.locator("#event-total").inner_text()) == count > 0
    places = set(page.locator("tr.event-row td.where a.place").all_inner_texts())
    assert places == {"Kharkiv"}


def test_location_filter_in_the_form_narrows_the_overview(page) -> None:
    page.goto("/")
    everything = int(page.locator("canvas#timeline").get_attribute("data-drawn"))
    page.fill("input[name=location_country]", "UKR")
    page.click("form.filters button")
    page.wait_for_url("**location_country=UKR**")
    assert 0 < int(page.locator("canvas#timeline").get_attribute("data-drawn")) <= everything
    shaded = page.locator("svg#map .country:not([data-count='0'])")
    assert shaded.count() == 1 and shaded.get_attribute("data-country") == "UKR"
    assert page.locator("#top-countries tbody tr").count() == 1


def test_overview_filters_live_in_the_url(page) -> None:
    page.goto("/")
    everything = int(page.locator("canvas#timeline").get_attribute("data-drawn"))
    page.select_option("select[name=quad_class]", "4")
    page.click("form.filters button")
    page.wait_for_url("**quad_class=4**")
    only_four = page.locator("canvas#timeline")
    assert 0 < int(only_four.get_attribute("data-drawn")) < everything
    assert page.locator("select[name=quad_class]").input_value() == "4"


def test_a_filter_changes_the_event_list(page) -> None:
    page.goto("/events")
    before = int(page.locator("#event-total").inner_text())
    rows_before = page.locator("tr.event-row").count()
    page.fill("input[name=actor]", "IRN")
    page.click("form.filters button")
    page.wait_for_url("**actor=IRN**")
    after = int(page.locator("#event-total").inner_text())
    assert 0 < after < before
    assert page.locator("tr.event-row").count() == min(after, 50) <= rows_before
    # every listed sentence still shows its evidence
    assert page.locator("tr.event-row mark.trigger").count() >= page.locator("tr.event-row").count()


def test_event_page_marks_source_target_and_trigger(page, events) -> None:
    event = next(e for e in events if e["source"] and e["target"] and e["attribution"])
    page.goto(f"/events/{event['event_id']}")
    sentence = page.locator("#sentence")
    for role in ("source", "target", "trigger"):
        marked = "".join(sentence.locator(f"mark.{role}").all_inner_texts())
        span = event[role]
        assert marked == span["text"], role
    assert (
        "".join(sentence.locator("mark.cue").all_inner_texts())
        == event["attribution"]["cue"]["text"]
    )
    assert sentence.inner_text().strip() == event["sentence"]
    assert page.locator("#modality").inner_text() == event["modality"]
    assert event["attribution"]["speaker"]["text"] in page.locator("#attribution").inner_text()
    page.click("#article-link")
    page.wait_for_url(f"**/articles/{quote(event['article_id'])}")


def test_article_page_marks_every_event(page, events) -> None:
    article_id = "located-kharkiv"
    page.goto(f"/articles/{article_id}")
    text = page.locator("#article-text")
    assert text.inner_text() == LOCATED_TEXT
    own = [e for e in events if e["article_id"] == article_id]
    triggers = set(text.locator("mark.trigger").all_inner_texts())
    assert {e["trigger"]["text"] for e in own} <= triggers
    assert "Kharkiv" in text.locator("mark.location").all_inner_texts()
    assert page.locator("tr.event-row").count() == len(own)


def test_actor_page_draws_partners_and_timeline(page) -> None:
    page.goto("/actors/USA")
    network = page.locator("svg#network")
    partners = int(network.get_attribute("data-drawn"))
    assert partners >= 3
    edges = network.locator("line.net-edge")
    assert edges.count() == partners
    colours = {edges.nth(i).get_attribute("stroke") for i in range(partners)}
    assert colours & {"#2e9d57", "#d23c3c"}
    for i in range(partners):
        goldstein = float(edges.nth(i).get_attribute("data-goldstein"))
        expected = "#2e9d57" if goldstein > 0 else "#d23c3c" if goldstein < 0 else "#9aa3ad"
        assert edges.nth(i).get_attribute("stroke") == expected
    assert page.locator("canvas#timeline").evaluate(COLOURED_PIXELS) > 100
    assert page.locator("#quotes-about li mark").count() > 0
    # the small map: the actor's located events, and a click lists them
    assert page.locator("svg#actor-map path.country").count() > 150
    shaded = page.locator("svg#actor-map path.country:not([data-count='0'])")
    assert shaded.count() >= 1
    first = shaded.first
    count = int(first.get_attribute("data-count"))
    first.dispatch_event("click")  # may lie under a place's circle: the link, not a point
    page.wait_for_url("**/events?location_country=*actor=USA**")
    assert int(page.locator("#event-total").inner_text()) == count


def test_dyad_page_draws_both_directions_and_lists_events(page, events) -> None:
    page.goto("/")
    page.locator("#top-dyads tbody tr a").first.click()
    page.wait_for_url("**/dyads?**")
    chart = page.locator("canvas#dyad-chart")
    assert int(chart.get_attribute("data-drawn")) > 0
    assert chart.evaluate(COLOURED_PIXELS) > 100
    assert page.locator("tr.event-row").count() > 0


def test_quotes_page_lists_who_said_what(page, events) -> None:
    page.goto("/quotes")
    quoted = [e for e in events if e["attribution"]]
    rows = page.locator("tr.event-row")
    assert rows.count() == min(len(quoted), 200) > 0
    assert page.locator("tr.event-row mark.speaker").count() > 0


def test_clusters_page_lists_each_happening_once_with_its_counts(page, base_url) -> None:
    clusters = httpx.get(f"{base_url}/api/clusters", params={"limit": 200}).json()["clusters"]
    page.goto("/clusters")
    rows = page.locator("tr.cluster-row")
    assert rows.count() == len(clusters) > 0
    shown = [int(x) for x in page.locator("tr.cluster-row td.articles").all_inner_texts()]
    assert shown == [c["num_articles"] for c in clusters]
    assert page.locator("tr.cluster-row mark.trigger").count() > 0  # the evidence, marked
    page.fill("input[name=min_articles]", "2")
    page.click("form.filters button")
    page.wait_for_url("**/clusters?min_articles=2")
    several = [c for c in clusters if c["num_articles"] >= 2]
    assert page.locator("tr.cluster-row").count() == len(several)


def test_code_a_text_shows_highlighted_events_and_stores_nothing(page, base_url) -> None:
    stored = httpx.get(f"{base_url}/healthz").json()["events"]
    page.goto("/code")
    page.fill("#code-text", "Iran accused Israel of attacking its nuclear sites on Monday.")
    page.fill("#code-date", "2025-06-16")
    page.click("#code-form button")
    page.wait_for_selector(".code-event")
    assert "not stored" in page.locator("#code-status").inner_text()
    first = page.locator(".code-event").first
    assert first.locator("mark.trigger").all_inner_texts()
    assert "Iran" in "".join(page.locator(".code-event mark.source").all_inner_texts())
    assert httpx.get(f"{base_url}/healthz").json()["events"] == stored


def test_missing_pages_say_so(page) -> None:
    response = page.goto("/events/ffffffffffffffff")
    assert response.status == 404
    assert "not found" in page.locator(".error-message").inner_text()
    page.script_errors.clear()  # the browser logs the 404 itself
