"""The evaluators: metrics on hand-made inputs, the gold readers on small fixtures, and
smoke runs of `eventwire eval ...` on the real gold files in ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.evaluate.cli import eval_app
from eventwire.evaluate.metrics import (
    PRF,
    exact_matcher,
    label_report,
    match_spans,
    overlap_same,
    span_prf,
    token_prf,
)
from eventwire.evaluate.petrarch import evaluate_petrarch, read_petrarch_records
from eventwire.evaluate.plover import evaluate_plover, plover_type, read_plover
from eventwire.evaluate.plv import choose_event, parse_marked, plv_label, recovers_pair
from eventwire.evaluate.polnear import load_polnear, read_brat
from eventwire.records import ActorRef, Cameo, Event, Plover, Span

runner = CliRunner()


def _event(src: tuple[int, int] | None, tgt: tuple[int, int] | None, ptype: str, trig=(0, 1)):
    def ref(span, country="USA"):
        return None if span is None else ActorRef("x", span[0], span[1], country=country)

    return Event(
        event_id="e",
        article_id="a",
        sentence_index=0,
        sentence="",
        date=None,
        date_precision="unknown",
        article_date=None,
        source=ref(src),
        target=ref(tgt, "CHN"),
        trigger=Span("t", *trig),
        cameo=Cameo("111", "11", "criticise"),
        plover=Plover(ptype),
        goldstein=-2.0,
        quad_class=3,
        modality="asserted",
    )


# -- metrics ------------------------------------------------------------------


def test_prf_is_zero_not_nan_when_nothing_is_predicted():
    assert PRF(0, 0, 5).as_dict()["precision"] == 0.0
    assert PRF(0, 0, 0).f1 == 0.0
    assert PRF(2, 4, 2).f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_macro_f1_averages_gold_labels_and_no_event_hurts_recall_only():
    gold = ["A", "A", "B", "B"]
    pred = ["A", "NONE", "B", "A"]
    rep = label_report(gold, pred, ["A", "B", "C"])
    # A: P 1/2, R 1/2 -> F1 .5 ; B: P 1, R 1/2 -> F1 2/3 ; C has no gold: not averaged
    assert rep["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 2, abs=1e-4)
    assert rep["accuracy"] == 0.5
    assert rep["per_label"]["B"]["precision"] == 1.0
    assert {"gold": "A", "pred": "NONE", "count": 1} in rep["confusion"]


def test_overlap_matching_is_one_to_one():
    gold = [[(0, 10)], [(20, 30)]]
    one_long_prediction = [(0, 30)]
    assert len(match_spans(gold, one_long_prediction, overlap_same)) == 1
    score = span_prf(gold, [(5, 8), (25, 40), (50, 60)], overlap_same)
    assert (score.tp, score.n_pred, score.n_gold) == (2, 3, 2)


def test_exact_match_ignores_quote_marks_and_uses_the_hull_of_fragments():
    text = 'He said "we will go" and left, and "then stop".'
    same = exact_matcher(text)
    assert same([(8, 20)], (9, 19))  # with and without the quote marks
    assert not same([(9, 19)], (9, 15))
    assert same([(9, 12), (13, 19)], (9, 19))


def test_token_overlap_counts_words():
    text = "alpha beta gamma delta"
    score = token_prf(text, [(0, 16)], [(6, 22)])
    assert (score.tp, score.n_pred, score.n_gold) == (2, 3, 3)


# -- PLV ----------------------------------------------------------------------


def test_marker_parser_gives_spans_in_the_plain_text():
    pair = parse_marked("<s>Russia</s> condemned <t>the EU</t> and <t>the EU</t>'s envoy.")
    assert pair.text == "Russia condemned the EU and the EU's envoy."
    assert [pair.text[a:b] for a, b in pair.sources] == ["Russia"]
    assert [pair.text[a:b] for a, b in pair.targets] == ["the EU", "the EU"]
    only_target = parse_marked("<t>Two papers</t> were shut.")
    assert only_target.sources == [] and only_target.text == "Two papers were shut."


def test_chosen_event_is_the_one_on_the_marked_pair():
    pair = parse_marked("<s>Russia</s> condemned <t>the EU</t> and praised China.")
    wrong = _event((0, 6), (41, 46), "SUPPORT", trig=(33, 40))
    right = _event((0, 6), (17, 23), "ACCUSE", trig=(7, 16))
    assert choose_event([wrong, right], pair) is right
    assert recovers_pair(right, pair) and not recovers_pair(wrong, pair)
    assert choose_event([], pair) is None
    assert plv_label("RETREAT") == plv_label("CONCEDE") == "YIELD"


# -- PolNeAR ------------------------------------------------------------------

ANN = """T1\tSource 0 5\tSmith
T2\tCue 6 10\tsaid
T3\tContent 11 20;25 30\ttaxes ris also
T4\tAttribution 6 10\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tCue 40 52\taccording to
T6\tContent 31 39\tit rains
T7\tAttribution-no-source 40 52\taccording to
E2\tAttribution-no-source:T7 Content:T6 Cue:T5
"""


def test_brat_reader_ties_roles_and_keeps_fragments(tmp_path: Path):
    attributions = read_brat(ANN)
    assert len(attributions) == 2
    first, second = attributions
    assert first.source == [(0, 5)] and first.cue == [(6, 10)]
    assert first.content == [(11, 20), (25, 30)]
    assert second.source == [] and second.cue == [(40, 52)]
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text("x" * 60, encoding="utf-8")
    (tmp_path / "attributions" / "story_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "story_zz99.ann").write_text("", encoding="utf-8")
    [article] = load_polnear(tmp_path)
    assert article.article_id == "story" and len(article.attributions) == 2


# -- PETRARCH -----------------------------------------------------------------

PETR_XML = """<Validation><Sentences>
<!-- a comment with <Sentence> inside it must not count -->
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"THE MINISTRY"' targetcode="GON" eventcode="111"></EventCoding>
<Text>
Arnor restored ties with
Gondor &amp; friends.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date = "20080801"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- something.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="DEMO" sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences></Validation>
"""


def test_petrarch_reader_handles_odd_records(tmp_path: Path):
    path = tmp_path / "records.xml"
    path.write_text(PETR_XML, encoding="utf-8")
    first, error, empty = read_petrarch_records(path)
    assert first.text == "Arnor restored ties with Gondor & friends."
    assert first.date == "1995-01-01"
    assert [(x.source, x.target, x.code) for x in first.expected] == [
        ("ARN", "GON", "064"),
        ("THE MINISTRY", "GON", "111"),
    ]
    assert error.error == "dateline" and error.record_id == "record-2"
    assert empty.no_events and not empty.expected


def test_petrarch_scoring_counts_roots_and_extra_events(tmp_path: Path):
    path = tmp_path / "records.xml"
    path.write_text(PETR_XML, encoding="utf-8")
    first, error, empty = read_petrarch_records(path)
    e1, e2, e3 = (_event((0, 5), (25, 31), "X") for _ in range(3))
    e1.cameo = Cameo("064", "06", "x")
    e2.cameo = Cameo("112", "11", "x")
    e3.cameo = Cameo("040", "04", "x")
    metrics = evaluate_petrarch([(first, [e1, e2, e3]), (error, []), (empty, [])], {"USA"})
    assert metrics["root_pass_rate"] == 1.0  # 06 and 11 both produced
    assert metrics["code_pass_rate"] == 0.0  # 111 was not, 112 was
    assert metrics["extra_events"] == 1
    assert metrics["no_event_records_empty"] == 1.0
    assert metrics["error_records_skipped"] == 1
    assert metrics["full_tuple"]["comparable"] == 0  # ARN/GON are fictional


# -- PLOVER -------------------------------------------------------------------


def test_plover_reader_maps_old_labels_and_reads_json_lines(tmp_path: Path):
    records = [
        {
            "id": "r1",
            "text": "China condemned the United States.",
            "event": "DISAPPROVE",
            "source": [{"actorText": "China", "code": "CHN", "sector": "GOV"}],
            "target": [{"actorText": "the United States", "code": "USA", "sector": ""}],
            "mode": "",
            "context": "",
        },
        {"id": "r2", "text": "Troops fought.", "event": "FIGHT", "source": [], "target": []},
    ]
    as_list = tmp_path / "gold.json"
    as_list.write_text(json.dumps(records), encoding="utf-8")
    as_lines = tmp_path / "gold.jsonl"
    as_lines.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    for path in (as_list, as_lines):
        first, second = read_plover(path)
        assert first.event == "ACCUSE" and first.source_countries == ["CHN"]
        assert second.event == "ASSAULT"
    assert plover_type("demand") == "REQUEST"


def test_plover_scores_type_country_and_tuple(tmp_path: Path):
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps(
            [
                {
                    "text": "t",
                    "event": "ACCUSE",
                    "source": [{"code": "USA"}],
                    "target": [{"code": "CHN"}],
                }
            ]
        ),
        encoding="utf-8",
    )
    [record] = read_plover(path)
    right = _event((0, 1), (2, 3), "ACCUSE")  # USA -> CHN
    metrics = evaluate_plover([(record, [right, _event((0, 1), None, "SUPPORT")])])
    assert metrics["event_type"]["recall"] == 1.0 and metrics["event_type"]["precision"] == 0.5
    assert metrics["actor_country"]["f1"] == 1.0
    assert metrics["full_tuple"]["tp"] == 1


def test_plover_cli_runs_on_a_fixture(tmp_path: Path):
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps(
            [
                {
                    "text": "Russia condemned the European Union on Monday.",
                    "event": "DISAPPROVE",
                    "source": [{"actorText": "Russia", "code": "RUS", "sector": "GOV"}],
                    "target": [],
                }
            ]
        ),
        encoding="utf-8",
    )
    result = runner.invoke(eval_app, ["plover", str(path), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["records"] == 1
    assert metrics["event_type"]["recall"] == 1.0


# -- smoke runs on the real gold files ---------------------------------------


def _run_json(*args: str) -> dict:
    result = runner.invoke(eval_app, [*args, "--limit", "20", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _all_rates_in_unit_interval(metrics: dict, keys: list[str]) -> None:
    for key in keys:
        node: object = metrics
        for part in key.split("."):
            assert isinstance(node, dict)
            node = node[part]
        assert isinstance(node, float | int) and 0.0 <= node <= 1.0, (key, node)


@pytest.mark.shared
def test_plv_smoke(shared_dir: Path):
    m = _run_json("plv", str(shared_dir / "gold/plv/plv_train.tsv"))
    assert m["given_pair"]["n"] == 20
    assert len({c["gold"] for c in m["given_pair"]["confusion"]}) == 15  # labels in turn
    _all_rates_in_unit_interval(
        m,
        [
            "given_pair.accuracy",
            "given_pair.macro_f1",
            "no_event_rate",
            "end_to_end.pair_recall",
            "end_to_end.type_accuracy_on_recovered",
        ],
    )


@pytest.mark.shared
def test_polnear_smoke(shared_dir: Path):
    m = _run_json("polnear", str(shared_dir / "gold/polnear/dev"))
    assert m["articles"] == 20 and m["gold_attributions"] > 0
    keys = []
    for system in ("cues", "events"):
        for scope in ("all", "cue_verb"):
            base = f"systems.{system}.{scope}"
            keys += [
                f"{base}.{match}.{role}.f1"
                for match in ("exact", "overlap")
                for role in ("source", "cue", "content")
            ]
            keys += [f"{base}.content_token.f1", f"{base}.source_exact_on_matched"]
    _all_rates_in_unit_interval(m, keys)
    # the attribution finder itself should find a fair share of said-type attributions
    assert m["systems"]["cues"]["cue_verb"]["overlap"]["cue"]["recall"] > 0.3


@pytest.mark.shared
def test_petrarch_smoke(shared_dir: Path):
    m = _run_json("petrarch", str(shared_dir / "gold/petrarch2/text/PETR.UnitTest.records.xml"))
    assert m["records_with_events"] > 0
    _all_rates_in_unit_interval(
        m,
        [
            "root_pass_rate",
            "code_pass_rate",
            "no_event_records_empty",
            "full_tuple.match_rate_on_comparable",
        ],
    )
    assert "fictional" in m["full_tuple"]["note"]


def test_the_two_halves_of_a_blind_split_are_fixed_and_complementary():
    from eventwire.evaluate.corpus import in_half

    ids = [f"wcep-2025-01-{d:02d}-001" for d in range(1, 29)]
    a = {i for i in ids if in_half(i, "A")}
    b = {i for i in ids if in_half(i, "b")}
    assert a and b and a.isdisjoint(b) and a | b == set(ids)
    assert a == {i for i in ids if in_half(i, "a")}  # the same every run
