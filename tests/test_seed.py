"""The first acceptance case: the TASS report of 17 March 2023 (../shared/seed)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_events(shared_dir, tmp_path_factory):
    """Run the real CLI on the seed file, as a user would, and read its JSONL."""
    out = tmp_path_factory.mktemp("seed") / "seed.jsonl"
    seed = shared_dir / "seed" / "tass-2023-03-17.txt"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwire.cli",
            "code",
            str(seed),
            "--out",
            str(out),
            "--all-modalities",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in out.read_text().splitlines()]
    text = None
    from eventwire.ingest.readers import read_articles
    from eventwire.ingest.report import IngestReport

    (article,) = list(read_articles([str(seed)], IngestReport()))
    text = article.text
    return events, text


def _spans_ok(event, text):
    for role in ("source", "target"):
        actor = event[role]
        if actor:
            assert text[actor["start"] : actor["end"]] == actor["text"]
    trig = event["trigger"]
    assert text[trig["start"] : trig["end"]] == trig["text"]


def test_every_event_has_article_date_and_true_spans(seed_events):
    events, text = seed_events
    assert events
    for e in events:
        assert e["article_date"] == "2023-03-17"
        _spans_ok(e, text)
        assert text[e["sentence_start"] : e["sentence_start"] + len(e["sentence"])] == e["sentence"]


def test_usa_rejects_china_attributed_to_kirby(seed_events):
    events, _ = seed_events
    rejects = [
        e
        for e in events
        if e["cameo"]["root"] == "12"
        and e["modality"] == "asserted"
        and e["source"]
        and e["source"]["country"] == "USA"
        and e["source"]["sector"] == "GOV"
        and e["target"]
        and e["target"]["country"] == "CHN"
    ]
    assert rejects, [(e["cameo"], e["source"], e["target"]) for e in events]
    speaker = rejects[0]["attribution"]["speaker"]
    assert speaker["name"] == "John Kirby"
    assert speaker["country"] == "USA" and speaker["sector"] == "GOV"


def test_usa_requests_china_to_consult_ukraine(seed_events):
    events, _ = seed_events
    requests = [
        e
        for e in events
        if e["plover"]["type"] == "REQUEST"
        and e["cameo"]["root"] in {"02", "10"}
        and e["source"]
        and e["source"]["country"] == "USA"
        and e["target"]
        and e["target"]["country"] == "CHN"
    ]
    assert requests, [(e["cameo"], e["source"], e["target"]) for e in events]
    consults = [
        e
        for e in events
        if e["plover"]["type"] == "CONSULT"
        and e["source"]
        and e["source"]["country"] == "CHN"
        and e["target"]
        and e["target"]["country"] == "UKR"
    ]
    assert consults
    assert all(e["modality"] == "requested" for e in consults)


def test_chinas_february_plan_is_dated_to_the_month(seed_events):
    events, _ = seed_events
    plan = [
        e
        for e in events
        if e["source"] and e["source"]["country"] == "CHN" and e["date"] == "2023-02"
    ]
    assert plan, [(e["cameo"], e["source"], e["date"]) for e in events]
    assert all(e["date_precision"] == "month" for e in plan)


def test_hypothetical_attack_is_not_asserted(seed_events):
    events, _ = seed_events
    bad = [
        e
        for e in events
        if e["modality"] == "asserted" and e["plover"]["type"] in {"ASSAULT", "MOBILIZE", "COERCE"}
    ]
    assert not bad, bad
